"""Numbers in Indonesian and English text as comparable values, and the number-drift check.

A mention keeps every value its form allows, so either decimal convention is understood in either
language: ``1.000.000`` (Indonesian) and ``1,000,000`` (English) are 1e6, ``2,5`` and ``2.5`` are 2.5, and
``1.500`` is {1500, 1.5} until the other side settles it. Number words and their compounds (``dua puluh
lima``, ``dua belas``, ``seratus``, ``twenty-five``, ``a hundred``), scales (``ribu/juta/miliar/triliun``,
``thousand/million/billion/trillion``, ``m``/``bn``), fractions (``setengah``/``half``), percentages
(``persen``/``percent``/``%``; 50 percent also matches one half), currencies (``Rp``, ``US$``, ``$``),
ordinals (``ke-3``, ``ketiga``, ``third``, ``3rd``), times (``10.30 WIB`` = ``10:30``) and decades
(``1990-an`` = ``1990s``) are handled. Words that are also ordinary words (``one``, ``satu``, ``kedua`` =
"both", ``first``) are *weak*: they can match but are never reported alone.

Check (per aligned pair): values are matched across the pair; an unmatched source value facing an
unmatched target value is a **changed number (critical)**; a value on one side only is a **missing or
added number (major)**.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, articles, data_lines, fold
from .profiles import UnitTable

logger = logging.getLogger(__name__)

__all__ = ["NumberMention", "extract_numbers", "check_numbers", "format_value"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text.

    :param start: offset of the mention in the text.
    :param end: offset after the mention.
    :param text: the exact substring ``text[start:end]``.
    :param values: every value the form allows (see the module docstring).
    :param kind: ``cardinal``, ``percent``, ``currency``, ``ordinal``, ``year``, ``time`` or ``decade``.
    :param weak: the form is also an ordinary word; never reported alone.
    """

    start: int
    end: int
    text: str
    values: frozenset[float]
    kind: str = "cardinal"
    weak: bool = False
    unit: str = ""


#: unit conversions translators make: unit -> (dimension, factor to the base unit)
_UNITS = {
    "m": ("len", 1.0), "meter": ("len", 1.0), "meters": ("len", 1.0), "metre": ("len", 1.0), "metres": ("len", 1.0),
    "km": ("len", 1000.0), "kilometer": ("len", 1000.0), "kilometers": ("len", 1000.0), "kilometre": ("len", 1000.0),
    "kilometres": ("len", 1000.0), "cm": ("len", 0.01), "sentimeter": ("len", 0.01), "centimeters": ("len", 0.01),
    "ft": ("len", 0.3048), "feet": ("len", 0.3048), "foot": ("len", 0.3048), "kaki": ("len", 0.3048),
    "mile": ("len", 1609.34), "miles": ("len", 1609.34), "mil": ("len", 1609.34), "inch": ("len", 0.0254),
    "inches": ("len", 0.0254), "inci": ("len", 0.0254), "yard": ("len", 0.9144), "yards": ("len", 0.9144),
    "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "pound": ("mass", 0.4536),
    "pounds": ("mass", 0.4536), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536), "pon": ("mass", 0.4536),
    "ton": ("mass", 1000.0), "tonnes": ("mass", 1000.0), "tons": ("mass", 907.2),
    "hektar": ("area", 1.0), "hectares": ("area", 1.0), "hectare": ("area", 1.0), "acres": ("area", 0.4047),
    "acre": ("area", 0.4047), "hektare": ("area", 1.0),
}
_UNITS = UnitTable(_UNITS)  # with the units of the per-language profiles (Zentimeter, Kilo), merged on first use


def _unit_after(text: str, end: int) -> str:
    """The unit word within three words after ``end`` ("100 hingga 250 meter" gives "meter")."""
    m = re.match(r"(?:\s*(?:to|hingga|sampai|bis|-|–|and|dan|und|\d[\d.,]*)\s*){0,3}\s*([a-zA-Z]+)", text[end:])
    if m and m.group(1).lower() in _UNITS:
        return m.group(1).lower()
    m = re.match(r"\s*([a-zA-Z]+)", text[end:])
    return m.group(1).lower() if m and m.group(1).lower() in _UNITS else ""


@functools.cache
def _words(lang: str) -> dict[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    for row in data_lines("number_words.tsv"):
        if row[0] == lang:
            table[row[1] if row[3] == "suffix" else row[1].lower()] = (float(row[2]), row[3])
    return table


_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_PERCENT = re.compile(r"\s?(?:%|persen\b|per\s?cent\b|percent\b|pct\b)", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:Rp\.?|US\$|USD|A\$|S\$|HK\$|\$|€|£|¥|EUR|GBP)\s?$")
_TIME_AFTER = re.compile(r"\s?(?:WIB|WITA|WIT|GMT|UTC|a\.?m\.?|p\.?m\.?|pagi|siang|sore|malam|waktu)\b", re.I)
_ZONE_AFTER = re.compile(r"\s?(WIB|WITA|WIT|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT)\b")
#: hours ahead of UTC, to compare "22.00 WIB" with "15.00 UTC"
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4,
          "CST": -6, "CDT": -5, "PST": -8, "PDT": -7}
_PM_AFTER = re.compile(r"\s?(?:p\.?m\.?|sore|malam)", re.I)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE_SUFFIX = re.compile(r"(?:-an\b|'?s\b)")


def _digit_values(s: str) -> set[float]:
    """Every value the digit string allows under the Indonesian and the English convention."""
    if ":" in s:
        h, _, m = s.partition(":")
        if h.isdigit() and m.isdigit() and len(m) == 2:
            return {int(h) + int(m) / 100}
        return set()
    if not any(c in s for c in ".,"):
        return {float(s)}
    out: set[float] = set()
    for thou, dec in ((".", ","), (",", ".")):
        whole, _, frac = s.partition(dec) if s.count(dec) == 1 else (s, "", "")
        if s.count(dec) > 1:
            continue
        groups = whole.split(thou)
        if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
            continue
        try:
            out.add(float("".join(groups) + ("." + frac if frac else "")))
        except ValueError:
            continue
    return out


def _scale_after(text: str, end: int, lang: str) -> tuple[float, int]:
    """A scale word or suffix right after ``end`` (``juta``, ``million``, ``bn``): (factor, new end)."""
    m = re.match(r"\s?([^\W\d_]+)\b", text[end:])
    if not m:
        return 1.0, end
    word = m.group(1)
    table = _words(lang)
    entry = table.get(word) if table.get(word, (0, ""))[1] == "suffix" else table.get(word.lower())
    if entry and entry[1] in ("scale", "suffix") and entry[0] >= 1000:
        if entry[1] == "suffix" and m.group(0).startswith(" ") and len(word) <= 2 and word not in ("bn", "mn", "tn", "jt", "rb"):
            return 1.0, end  # "5 M" / "5 k": too ambiguous with a space
        if entry[1] == "suffix" and word in ("m", "k", "M", "T") and not _CURRENCY_BEFORE.search(text[max(0, end - 12):end].rstrip("0123456789.,")):
            return 1.0, end  # "100m" is a distance unless money is counted ("$100m")
        return entry[0], end + m.end()
    return 1.0, end


def extract_numbers(text: str, lang: str, exclude: Sequence[tuple[int, int]] = ()) -> list[NumberMention]:
    """Numbers in ``text`` (digits and number words) in order of appearance.

    :param lang: ``id`` or ``en`` for number words; other languages get digits only.
    :param exclude: ``(start, end)`` spans already claimed (dates); numbers inside them are skipped.
    """
    out: list[NumberMention] = []
    taken = list(exclude)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _DIGITS.finditer(text):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        prev = text[a - 1] if a else " "
        if prev.isalpha() or prev == "_":
            continue  # B12, MH17
        if prev in "-/+" and a >= 2 and (text[a - 2].isupper() or text[a - 2].isdigit() and prev == "+"):
            continue  # COVID-19, F-16, GMT+0100
        s = m.group(0).rstrip(".,:")
        b = a + len(s)
        vals = _digit_values(s)
        if not vals:
            continue
        kind = "cardinal"
        after = text[b:]
        if lang == "id" and text[max(0, a - 3):a].lower() == "ke-":
            a -= 3
            kind = "ordinal"
        elif _ORD_SUFFIX.match(after):
            b += _ORD_SUFFIX.match(after).end()
            kind = "ordinal"
        elif len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2100:
            kind = "year"
            d = _DECADE_SUFFIX.match(after)
            if d:
                b += d.end()
                kind = "decade"
        elif re.fullmatch(r"[0-2]\d[0-5]\d", s) and _ZONE_AFTER.match(after):
            vals = {int(s[:2]) + int(s[2:]) / 100}
            kind = "time"
        elif re.fullmatch(r"\d{1,2}[.:]\d{2}", s) and (":" in s or _TIME_AFTER.match(after) or re.search(r"(?:pukul|jam|at)\s$", text[max(0, a - 6):a], re.I)):
            h, mm = int(s[:-3]), int(s[-2:])
            vals = {h + mm / 100}
            if h > 12:
                vals.add(h - 12 + mm / 100)
            elif _PM_AFTER.match(after):
                vals.add(h + 12 + mm / 100)
            kind = "time"
        else:
            d = _DECADE_SUFFIX.match(after)
            if d and s.isdigit() and len(s) == 2 and (after.startswith("-an") or after.startswith("s") or after.startswith("'s")):
                vals = {float(s), 1900.0 + int(s), 2000.0 + int(s)}
                b += d.end()
                kind = "decade"
            elif re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b)", after, re.I) and s.isdigit() and int(s) <= 12:
                vals = {float(s), float(s) + 12}
                kind = "time"
        if kind == "time":
            z = _ZONE_AFTER.match(text[b:])
            if z:
                # the same moment in UTC, so a converted time still matches
                vals |= {round((v - _ZONES[z.group(1)]) % 24, 2) for v in vals}
        factor, b2 = _scale_after(text, b, lang)
        if factor != 1.0:
            vals = {v * factor for v in vals}
            b = b2
        if _CURRENCY_BEFORE.search(text[max(0, a - 4):a]):
            kind = "currency"
            a = a - len(_CURRENCY_BEFORE.search(text[max(0, a - 4):a]).group(0))
        pm = _PERCENT.match(text[b:])
        if pm:
            kind = "percent"
            b += pm.end()
            vals |= {v / 100 for v in vals}
        taken.append((a, b))
        # a bare "1" is often "a"/"an" on the other side ("1 mil" = "a mile"): matched, never reported alone
        out.append(NumberMention(a, b, text[a:b], frozenset(vals), kind, weak=vals == {1.0} and kind == "cardinal",
                                 unit=_unit_after(text, b)))
    out.extend(_word_numbers(text, lang, taken))
    out.sort(key=lambda n: n.start)
    return out


_EN_CONNECT = {"and"}


def _word_numbers(text: str, lang: str, taken: list[tuple[int, int]]) -> list[NumberMention]:
    table = _words(lang)
    if not table:
        return []
    toks = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", text)]
    out: list[NumberMention] = []
    k = 0
    while k < len(toks):
        a, b, w = toks[k]
        lw = w.lower()
        entry = table.get(lw)
        # "a hundred", "a million", "a dozen", "a third"
        if lw in articles(lang) and k + 1 < len(toks):  # a, an; a profile's articles (eine)
            nxt = table.get(toks[k + 1][2].lower())
            if nxt and nxt[1] in ("scale", "dozen") and toks[k + 1][0] - b <= 1:
                entry = (1.0, "unit")
        if not entry or entry[1] == "suffix" or any(not (b <= s or a >= e) for s, e in taken):
            k += 1
            continue
        if lang == "id" and lw.startswith("ke") and entry[1] in ("ordinal", "weak") and k + 1 < len(toks) \
                and toks[k + 1][2].lower() in ("belas", "puluh") and toks[k + 1][0] - b <= 1:
            # "kedua belas" = twelfth, "ketiga puluh" = thirtieth
            val = entry[0] + 10 if toks[k + 1][2].lower() == "belas" else entry[0] * 10
            end = toks[k + 1][1]
            out.append(NumberMention(a, end, text[a:end], frozenset({val}), "ordinal", False))
            k += 2
            continue
        if entry[1] == "belas" and not (k and table.get(toks[k - 1][2].lower(), (0, ""))[1] in ("unit", "weak")):
            k += 1
            continue  # "belas" alone ("belasan" aside) is no number
        if entry[1] in ("ordinal", "weak", "dozen") or entry[1] == "fraction":
            j = k
            val = entry[0]
            cls = entry[1]
            # "setengah juta", "a dozen"
            if cls in ("fraction",) and k + 1 < len(toks):
                nxt = table.get(toks[k + 1][2].lower())
                if nxt and nxt[1] in ("scale", "scale1") and nxt[0] >= 1000 and toks[k + 1][0] - b <= 1:
                    val *= nxt[0]
                    j = k + 1
            end = toks[j][1]
            if lang == "en" and lw in ("third", "quarter") and k and toks[k - 1][2].lower() in ("a", "one", "two", "three"):
                val = {"third": 1 / 3, "quarter": 0.25}[lw] * (1 if toks[k - 1][2].lower() in ("a", "one") else table[toks[k - 1][2].lower()][0])
                a = toks[k - 1][0]
            kind = {"ordinal": "ordinal", "weak": "cardinal", "dozen": "cardinal", "fraction": "cardinal"}[cls]
            # fractions are mostly nouns in news ("the first half", "a quarter of"): matched, not reported alone
            weak = cls in ("weak", "fraction") and j == k or (cls == "dozen" and lw.endswith("s"))
            vals = {round(val, 3), val}
            if lang == "en" and lw == "third":
                vals.add(3.0)
            out.append(NumberMention(a, end, text[a:end], frozenset(vals), kind, weak))
            k = j + 1
            continue
        # a compound: units, teens, tens, belas/puluh/ratus and scales
        total, current, j, used = 0.0, 0.0, k, False
        end = b
        while j < len(toks):
            tw = toks[j][2].lower()
            if j > k and toks[j][0] - toks[j - 1][1] > 1 and text[toks[j - 1][1]:toks[j][0]].strip() not in ("-", ""):
                break
            e = table.get(tw)
            if tw in articles(lang) and j == k:
                e = (1.0, "unit")
            if lang == "en" and tw in _EN_CONNECT and used and j + 1 < len(toks) and table.get(toks[j + 1][2].lower(), (0, ""))[1] in ("unit", "teen", "tens"):
                j += 1
                continue
            if e is not None and e[1] == "ordinal" and used and lang == "en" and current % 10 == 0 and current >= 20:
                current += e[0]  # "twenty-fourth"
                end = toks[j][1]
                j += 1
                break
            if e is None or e[1] in ("ordinal", "weak", "dozen", "fraction", "suffix"):
                if e is not None and e[1] == "weak" and tw in ("satu", "one") and not used:
                    current += 1
                    used = True
                    end = toks[j][1]
                    j += 1
                    continue
                break
            v, cls = e
            if j == k and cls == "scale" and not (k and toks[k - 1][2].lower() in ("a", "an")) and tw not in ("hundred",):
                break  # "ribu" in "puluhan ribu", "thousands": a bare scale word is no number
            if cls in ("unit", "teen", "tens"):
                current += v
            elif cls == "belas":
                current = (current or 1) + 10
            elif cls == "puluh":
                current = (current or 1) * 10
            elif cls in ("scale", "scale1"):
                if v == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * v
                    current = 0.0
            used = True
            end = toks[j][1]
            j += 1
        if not used:
            k += 1
            continue
        value = total + current
        start = a
        span = text[start:end]
        weak = fold(span) in ("one", "satu", "a", "an")
        # the denominator of "dua per tiga" (two-thirds)
        if lang == "id" and re.search(r"\bper\s+$", text[max(0, start - 5):start]):
            weak = True
        kind = "cardinal"
        pm = _PERCENT.match(text[end:])
        vals = {value}
        if pm:
            end += pm.end()
            kind = "percent"
            vals.add(value / 100)
        out.append(NumberMention(start, end, text[start:end], frozenset(vals), kind, weak, unit=_unit_after(text, end)))
        k = max(j, k + 1)
    return out


def format_value(values: frozenset[float]) -> str:
    """A readable form of a mention's main value (``2014``, ``2.5``, ``1500000``)."""
    v = max(values)
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _match(src: list[NumberMention], tgt: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Pair mentions with a common value, best pairs first; return the unmatched of each side.

    A pair is better when both readings agree exactly (``1.500`` {1500, 1.5} with ``1,500``), when neither
    side is weak (so ``2.000`` pairs with ``2,000``, not with "both"), and when the kinds agree.
    """
    cands = []
    for a, s in enumerate(src):
        for b, t in enumerate(tgt):
            if s.values & t.values:
                score = (s.values == t.values, not s.weak and not t.weak, s.kind == t.kind, -abs(a - b))
                cands.append((score, a, b))
    cands.sort(key=lambda c: c[0], reverse=True)
    used_s: set[int] = set()
    used_t: set[int] = set()
    for _, a, b in cands:
        if a not in used_s and b not in used_t:
            used_s.add(a)
            used_t.add(b)
    return [s for a, s in enumerate(src) if a not in used_s], [t for b, t in enumerate(tgt) if b not in used_t]


_SCALE_WORD = re.compile(r"(?i)\b(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)\b|\d(?:m|bn|k|tn)\b")


def _sig_round(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    from math import floor, log10

    return round(x, -int(floor(log10(abs(x)))) + digits - 1)


def _sig_digits(x: float) -> int:
    s = f"{x:.10g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")
    return max(1, len(s))


def _close(a: NumberMention, b: NumberMention, convert: bool = True) -> bool:
    """One value is the other rounded (``1,46 juta`` vs ``1.5 million``), converted (``152 meter`` vs
    ``500 feet``) or a year shortened (``2019/20``)."""
    ua, ub = _UNITS.get(a.unit), _UNITS.get(b.unit)
    if convert and ua and ub and ua[0] == ub[0] and ua[1] != ub[1]:
        for x in a.values:
            for y in b.values:
                xa, yb = x * ua[1], y * ub[1]
                if xa and yb and abs(xa - yb) / max(xa, yb) < 0.03:
                    return True
    for x in a.values:
        for y in b.values:
            if 1800 <= x <= 2100 and y < 100 and float(y).is_integer() and int(x) % 100 == int(y) and b.kind != "percent":
                return True
            if 1800 <= y <= 2100 and x < 100 and float(x).is_integer() and int(y) % 100 == int(x) and a.kind != "percent":
                return True
            if not x or not y or "year" in (a.kind, b.kind) or abs(x - y) / max(abs(x), abs(y)) >= 0.05:
                continue
            rough, fine = (x, y) if _sig_digits(x) <= _sig_digits(y) else (y, x)
            rough_m = a if rough == x else b
            # only a value written with a scale word is a rounding ("1,46 juta" ~ "1.5 million");
            # 40 vs 41 or 1,000 vs 1,001 is a changed number
            if not _SCALE_WORD.search(rough_m.text):
                continue
            if 2 <= _sig_digits(rough) < _sig_digits(fine) and _sig_round(fine, _sig_digits(rough)) == rough:
                return True
    return False


def check_numbers(src: Side, tgt: Side, src_nums: list[NumberMention], tgt_nums: list[NumberMention]) -> list[Finding]:
    """Number findings for one aligned pair (see the module docstring)."""
    # strong forms first; a weak form ("doubles", "foursomes", "both") may only stand in for a value that
    # has no strong candidate left on the other side
    ls, lt = _match([n for n in src_nums if not n.weak], [n for n in tgt_nums if not n.weak])
    if not (ls and lt):
        ls, _ = _match(ls, [n for n in tgt_nums if n.weak])
        lt, _ = _match(lt, [n for n in src_nums if n.weak])
    # rounding and shortening forms are not drift
    # a converted value ("45 mil (72 kilometer)") only excuses a mention whose own unit has no
    # counterpart on the other side: "46 miles" for "45 mil" stays a change
    ls2 = [s for s in ls if not any(_close(s, t, _no_same_unit(s, tgt_nums)) for t in tgt_nums)]
    lt2 = [t for t in lt if not any(_close(t, s, _no_same_unit(t, src_nums)) for s in src_nums)]
    # a value written in digits on one side may stand inside a word on the other ("G20" vs "G-20"), and a
    # number word may be kept verbatim inside a name or title ("Five Lives", "back nine")
    ls2 = [s for s in ls2 if not _inside_token(s, tgt.text) and not _verbatim_word(s, tgt.text)]
    lt2 = [t for t in lt2 if not _inside_token(t, src.text) and not _verbatim_word(t, src.text)]
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    while ls2 and lt2:
        s = ls2.pop(0)
        # prefer a target of the same kind
        t = next((t for t in lt2 if t.kind == s.kind), lt2[0])
        lt2.remove(t)
        out.append(Finding(
            "number", "critical", src.ids, tgt.ids, src.text, tgt.text,
            f"number {_shown(s)} in {sl} became {_shown(t)} in {tl}",
            s.text, t.text, format_value(s.values), format_value(t.values)))
    # a small number word alone on one side is too often lexicalised on the other ("dua kali lipat" =
    # "doubled", "dua tahunan" = "biennial"): a missing or added one is reported only for digits, compounds
    # and values above ten
    ls2 = [s for s in ls2 if _reportable_alone(s)]
    lt2 = [t for t in lt2 if _reportable_alone(t)]
    for s in ls2:
        out.append(Finding(
            "number", "major", src.ids, tgt.ids, src.text, tgt.text,
            f"number {s.text} in {sl} has no counterpart in {tl}",
            s.text, None, format_value(s.values), None))
    for t in lt2:
        out.append(Finding(
            "number", "major", src.ids, tgt.ids, src.text, tgt.text,
            f"number {t.text} in {tl} has no counterpart in {sl}",
            None, t.text, None, format_value(t.values)))
    return out


def _no_same_unit(n: NumberMention, others: list[NumberMention]) -> bool:
    u = _UNITS.get(n.unit)
    return not (u and any(_UNITS.get(o.unit) == u for o in others))


def _shown(n: NumberMention) -> str:
    """``tiga (3)``; a mention that already reads as its value is not repeated (``2014``)."""
    v = format_value(n.values)
    return n.text if n.text.replace(",", "").replace(".", "") == v.replace(".", "") else f"{n.text} ({v})"


def _reportable_alone(n: NumberMention) -> bool:
    if any(ch.isdigit() for ch in n.text):
        return True
    return len(n.text.split()) > 1 or max(n.values) > 10


def _verbatim_word(n: NumberMention, other: str) -> bool:
    if any(ch.isdigit() for ch in n.text):
        return False
    return re.search(r"(?<!\w)" + re.escape(n.text) + r"(?!\w)", other, re.I) is not None


def _inside_token(n: NumberMention, other: str) -> bool:
    digits = re.sub(r"\D", "", n.text)
    if not digits or len(digits) < 2:
        return False
    return re.search(rf"[^\W\d_][-]?{digits}(?!\d)", other) is not None
