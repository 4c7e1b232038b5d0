"""Dates in Indonesian and English text as comparable values, and the date-drift check.

Recognised: weekdays (``Senin``..``Minggu``/``Ahad``, ``Monday``..``Sunday``), months with their
abbreviations (``Februari``, ``Feb.``, ``Sept.``, ``Agu``), day-month(-year) dates in either order
(``22 Februari 2022``, ``Feb. 22``, ``February 22, 2022``, ``22/2/2022``) and relative days and periods
(``kemarin``/``yesterday``, ``hari ini``/``today``, ``pekan lalu``/``last week``, ``tahun lalu``/``last
year``). Ambiguous forms count only in a date context: ``May`` and ``March`` (English words), ``Minggu``
followed by ``lalu/depan/ini`` (= "week"), and abbreviations without a following day.

Check (per aligned pair): a weekday, month, day or year that differs is a **changed date
(critical)**, e.g. ``weekday Selasa (Tuesday) became Monday``; one on one side only is **missing or
added (major)**. Relative terms are compared only when both sides have one (``pekan lalu`` vs ``last
year`` is critical): translators often resolve "kemarin" into a weekday, which is no drift.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, calendar_column, data_lines

__all__ = ["DateMention", "extract_dates", "check_dates", "date_spans"]

_EN_DAY = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
           "sat": "Saturday", "sun": "Sunday"}
_EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text.

    :param kind: ``weekday`` (key ``mon``..``sun``), ``month`` (key ``(m,)``), ``date`` (key ``(m, d, y)``,
        ``y`` 0 when absent) or ``relative`` (key such as ``rel:-1d``).
    """

    start: int
    end: int
    text: str
    kind: str
    key: object

    def gloss(self) -> str:
        """English gloss used in messages: ``Tuesday``, ``February``, ``February 22, 2022``."""
        if self.kind == "weekday":
            return _EN_DAY[str(self.key)]
        if self.kind == "month":
            return _EN_MONTH[self.key[0] - 1]  # type: ignore[index]
        if self.kind == "date":
            m, d, y = self.key  # type: ignore[misc]
            return f"{_EN_MONTH[m - 1]} {d}" + (f", {y}" if y else "")
        return str(self.key)


@functools.cache
def _calendar(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(form -> key for weekdays and months, phrase -> key for relative terms) for ``lang``.

    Abbreviations (every form after the first of a cell) are listed in :func:`_abbreviations`.
    """
    col = calendar_column(lang)  # en 1, id 2, a profile language its own column
    names: dict[str, str] = {}
    rel: dict[str, str] = {}
    for row in data_lines("calendar.tsv"):
        cols = [row[1]] if col is None else [row[col]]
        if col is None:  # other languages: English names still help (dates in English inside quotes)
            cols = []
        for c in cols:
            for form in filter(None, c.split("|")):  # a language may leave a cell empty
                if row[0].startswith("rel:"):
                    rel[form.lower()] = row[0]
                else:
                    names[form] = row[0]
    return names, rel


@functools.cache
def _abbreviations(lang: str) -> frozenset[str]:
    col = calendar_column(lang)  # en 1, id 2, a profile language its own column
    if col is None:
        return frozenset()
    return frozenset(f for row in data_lines("calendar.tsv") if not row[0].startswith("rel:")
                     for f in row[col].split("|")[1:] if f.endswith(".") or len(f) <= 4)


_AMBIGUOUS = {"May", "March", "Minggu", "Jan", "Mar", "Jun", "Jul", "Sun", "Sat", "Sen", "Min"}
_MONTH_CONTEXT = re.compile(r"(?:\b(?:in|on|since|until|till|by|from|of|early|late|mid|last|next|this|end|during|before|after|pada|bulan|sejak|hingga|sampai|awal|akhir|pertengahan|tahun|setiap)\s*-?\s*)$", re.I)


def extract_dates(text: str, lang: str) -> list[DateMention]:
    """Date expressions in ``text`` in order of appearance (see the module docstring)."""
    names, rel = _calendar(lang)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if not names:
        return out
    forms = sorted(names, key=len, reverse=True)
    pat = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?!\w|['’](?!s\b))")
    for m in pat.finditer(text):
        form = m.group(1)
        key = names[form]
        a, b = m.span()
        after = text[b:b + 12]
        before = text[max(0, a - 20):a]
        if key.isdigit():  # a month
            mo = int(key)
            day_after = re.match(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[.:,]\d|%|persen|percent))(,?\s+(\d{4}))?", text[b:])
            day_before = re.search(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?$", text[:a])
            year_after = re.match(r",?\s+(\d{4})\b", text[b:])
            if day_before and 1 <= int(day_before.group(1)) <= 31:
                d = int(day_before.group(1))
                y = int(year_after.group(1)) if year_after else 0
                s = day_before.start(1)
                e = b + (year_after.end() if year_after else 0)
                out.append(DateMention(s, e, text[s:e], "date", (mo, d, y)))
                taken.append((s, e))
                continue
            if day_after and 1 <= int(day_after.group(1)) <= 31:
                d = int(day_after.group(1))
                y = int(day_after.group(3)) if day_after.group(3) else 0
                e = b + day_after.end()
                out.append(DateMention(a, e, text[a:e], "date", (mo, d, y)))
                taken.append((a, e))
                continue
            if form in _AMBIGUOUS or (form in _abbreviations(lang) and not form.endswith(".")):
                if not (_MONTH_CONTEXT.search(before) or year_after):
                    continue
            if form == "May" and not (_MONTH_CONTEXT.search(before) or year_after):
                continue
            e = b + (year_after.end() if year_after else 0)
            out.append(DateMention(a, e, text[a:e], "date" if year_after else "month",
                                   (mo, 0, int(year_after.group(1))) if year_after else (mo,)))
            taken.append((a, e))
        else:  # a weekday
            if form in _abbreviations(lang) and not re.match(r",?\s+(?:\d|" + "|".join(_EN_MONTH) + ")", after):
                continue  # "Sen." (Senator), "Sun." (the newspaper)
            if form == "Minggu" and re.match(r"\s+(?:lalu|depan|ini|ke-?\d|pertama|kedua|terakhir)", after) and not re.search(r"\bhari\s+$", before, re.I):
                continue
            out.append(DateMention(a, b, form, "weekday", key))
            taken.append((a, b))
    low = text.lower()
    for phrase in sorted(rel, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
            a, b = m.span()
            if any(not (b <= s or a >= e) for s, e in taken):
                continue
            out.append(DateMention(a, b, text[a:b], "relative", rel[phrase]))
            taken.append((a, b))
    # numeric dates 22/2/2022 (day first in Indonesian and British usage; both readings kept below)
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])|(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]|,\d)", text):
        a, b = m.span()
        if any(not (b <= s or a >= e) for s, e in taken):
            continue
        d, mo, y = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))  # 22/2/2022 or 22.02.2022
        if lang == "en" and mo > 12 >= d:
            d, mo = mo, d
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(DateMention(a, b, text[a:b], "date", (mo, d, y if y > 99 else 2000 + y)))
            taken.append((a, b))
    out.sort(key=lambda x: x.start)
    return out


def _month(d: DateMention) -> int | None:
    return d.key[0] if d.kind in ("month", "date") else None  # type: ignore[index]


def _verbatim(form: str, other: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", other) is not None


def _unmatched(
    src_dates: list[DateMention], tgt_dates: list[DateMention], kind: str
) -> tuple[list[DateMention], list[DateMention]]:
    """The mentions of ``kind`` on each side left after pairing off those with the same key, in order."""
    src_left = [d for d in src_dates if d.kind == kind]
    tgt_left = [d for d in tgt_dates if d.kind == kind]
    for d in list(src_left):
        hit = next((t for t in tgt_left if t.key == d.key), None)
        if hit:
            src_left.remove(d)
            tgt_left.remove(hit)
    return src_left, tgt_left


def check_dates(src: Side, tgt: Side, src_dates: list[DateMention], tgt_dates: list[DateMention]) -> list[Finding]:
    """Date findings for one aligned pair (see the module docstring)."""
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()

    def g(d: DateMention) -> str:
        """``Rabu (Wednesday)``; an English form is not glossed again."""
        return d.text if d.gloss().lower().startswith(d.text.lower().rstrip(".")) or d.text == d.gloss() else f"{d.text} ({d.gloss()})"

    def add(sev: str, msg: str, s: DateMention | None, t: DateMention | None) -> None:
        out.append(Finding("date", sev, src.ids, tgt.ids, src.text, tgt.text, msg,
                           s.text if s else None, t.text if t else None,
                           s.gloss() if s else None, t.gloss() if t else None))

    # weekdays
    sw, tw = _unmatched(src_dates, tgt_dates, "weekday")
    # a name kept verbatim on the other side ("Sunday Times", "Saturday Night Live") is no drift
    sw = [d for d in sw if not _verbatim(d.text, tgt.text)]
    tw = [d for d in tw if not _verbatim(d.text, src.text)]
    # "kemarin" rendered as "on Tuesday": a relative day resolved into a weekday is no drift
    s_rel_day = any(d.kind == "relative" and str(d.key).endswith("d") for d in src_dates)
    t_rel_day = any(d.kind == "relative" and str(d.key).endswith("d") for d in tgt_dates)
    if not (sw and tw):
        if t_rel_day:
            sw = []
        if s_rel_day:
            tw = []
    while sw and tw:
        s, t = sw.pop(0), tw.pop(0)
        add("critical", f"weekday {g(s)} in {sl} became {g(t)} in {tl}", s, t)
    for s in sw:
        add("major", f"weekday {g(s)} in {sl} has no counterpart in {tl}", s, None)
    for t in tw:
        add("major", f"weekday {g(t)} in {tl} has no counterpart in {sl}", None, t)

    # months and dates
    sm = [d for d in src_dates if d.kind in ("month", "date")]
    tm = [d for d in tgt_dates if d.kind in ("month", "date")]
    pairs: list[tuple[DateMention, DateMention]] = []
    for d in list(sm):
        # the most specific partner with the same month first (a date before a bare month)
        cands = [t for t in tm if _month(t) == _month(d)]
        cands.sort(key=lambda t: (t.kind != d.kind, t.kind == "date" and d.kind == "date" and t.key[1] != d.key[1]))  # type: ignore[index]
        if cands:
            sm.remove(d)
            tm.remove(cands[0])
            pairs.append((d, cands[0]))
    for s, t in pairs:
        if s.kind == "date" and t.kind == "date":
            sd, td = s.key[1], t.key[1]  # type: ignore[index]
            sy, ty = s.key[2], t.key[2]  # type: ignore[index]
            if sd and td and sd != td:
                add("critical", f"date {g(s)} in {sl} became {g(t)} in {tl}", s, t)
            elif sy and ty and sy != ty:
                add("critical", f"year of {s.text} ({sy}) in {sl} became {ty} in {tl}", s, t)
            elif sy and not ty and str(sy) not in tgt.text:
                add("major", f"year {sy} of {s.text} in {sl} has no counterpart in {tl}", s, t)
            elif ty and not sy and str(ty) not in src.text:
                add("major", f"year {ty} of {t.text} in {tl} has no counterpart in {sl}", s, t)
    while sm and tm:
        s, t = sm.pop(0), tm.pop(0)
        add("critical", f"month of {g(s)} in {sl} became {g(t)} in {tl}", s, t)
    for s in sm:
        add("major", f"date {g(s)} in {sl} has no counterpart in {tl}", s, None)
    for t in tm:
        add("major", f"date {g(t)} in {tl} has no counterpart in {sl}", None, t)

    # relative terms: only a clash between two different ones counts
    sr, tr = _unmatched(src_dates, tgt_dates, "relative")
    if sr and tr and len(sr) == len(tr):
        for s, t in zip(sr, tr):
            add("critical", f"{s.text} in {sl} became {t.text} in {tl}", s, t)
    return out


def date_spans(dates: list[DateMention]) -> list[tuple[int, int]]:
    """The spans of day-month(-year) dates, which the number check leaves to this one."""
    return [(d.start, d.end) for d in dates if d.kind == "date"]
