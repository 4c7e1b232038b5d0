"""Dates in Indonesian and English text as comparable values, and the date-drift check.

Recognised: weekdays (``Senin``..``Minggu``/``Ahad``, ``Monday``..``Sunday``), months with their
abbreviations (``Februari``, ``Feb.``, ``Sept.``, ``Agu``), day-month(-year) dates in either order
(``22 Februari 2022``, ``Feb. 22``, ``February 22, 2022``, ``22/2/2022``) and relative days and periods
(``kemarin``/``yesterday``, ``hari ini``/``today``, ``pekan lalu``/``last week``, ``tahun lalu``/``last
year``). Ambiguous forms count only in a date context: ``May`` and ``March`` (English words), ``Minggu``
followed by ``lalu/depan/ini`` (= "week"), and abbreviations without a following day. A month this language does
not spell so counts with a day or year attached: the other language's name (``-23 January 2016`` left in
Indonesian copy) or a misspelling one letter off (``Ockober 2013``). Indonesian names written in lower case, as
informal and transcribed copy writes them (``bulan januari``, ``juni lalu``, ``hari kamis``), count in a date
context only (see :func:`_id_lower_names`).

Check (per aligned pair): a weekday, month, day or year that differs is a **changed date
(critical)**, e.g. ``weekday Selasa (Tuesday) became Monday``; one on one side only is **missing or
added (major)**; a year written on one side only is minor (English copy drops the current year). A bare
month word copied with its neighbour on the other side, where it is no month, is a name (``June Cohen:``).

Indonesian wire forms: ``Rabu (13/3)`` (a day/month in brackets after a weekday, a relative day or
``tanggal``) = ``Wednesday (March 13)``, ``Selasa (8/11/2022)``, ranges ``4-7 Juni`` / ``16 hingga 20 Januari``
= ``June 4-7`` (two dates), and names holding calendar words (``Pasar Minggu``, ``Universitas Sebelas
Maret``, ``Jalan 17 Agustus``; see ``number_names.tsv``) are no dates. Extraction is linear in the text. Relative terms are compared only when both sides have one (``pekan lalu`` vs ``last
year`` is critical): translators often resolve "kemarin" into a weekday, which is no drift. The night of a weekday
is the evening before it (``malam Minggu``, also ``malam minggu`` in lower case and ``malem minggu`` in informal
spelling, = "Saturday night"; ``malam Jumat`` = "Thursday night"), so either day renders it; ``Minggu malam`` is
Sunday night. A holiday of fixed date is named by its date or by its name (``17 Agustus`` = "Independence Day",
``1 Mei`` = "May Day"): either renders the other; named with its year ("Boxing Day 2004", "the 2004 Boxing Day
tsunami", "Natal 2022") it is that date, so "26 Desember 2004" against "Christmas Day 2004" is a changed date.
"""

from __future__ import annotations

import functools
import re
from typing import cast
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, Taken, calendar_column, data_lines, fold, is_common_word
from .numbers import MONTH_SPAN_JOIN, after_place_word, name_spans
from .profiles import get_profile

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
            m, d, y = cast("tuple[int, int, int | None]", self.key)
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


#: "every May", "each March", "throughout May": a month that recurs or lasts, as seasons in travel copy are told
_SEASON_BEFORE = re.compile(r"\b(?:every|each|throughout)\s+$", re.I)
_MONTH_WORDS = "|".join(_EN_MONTH)
#: "between May and September", "from March to May", "March through May": a month joined to another month
_MONTH_PAIR_BEFORE = re.compile(r"\b(?:" + _MONTH_WORDS + r")\s*(?:[-–]|\s(?:and|to|through|until|till|or)\s)\s*$")
_MONTH_PAIR_AFTER = re.compile(r"\s*(?:[-–]|\s(?:and|to|through|until|till|or)\s)\s*(?:" + _MONTH_WORDS + r")\b")


def _month_in_season(text: str, lo: int, a: int, b: int) -> bool:
    """Whether the ambiguous month word at ``a``-``b`` ("May", "March") is told as a season: after "every" or
    "each", or joined to another month ("between May and September", "from March to May"), as travel and
    nature copy dates its seasons without a day; a name ("Theresa May") stands beside no month."""
    return bool(_SEASON_BEFORE.search(text, lo, a) or _MONTH_PAIR_BEFORE.search(text, lo, a)
                or _MONTH_PAIR_AFTER.match(text, b, b + 16))


#: a lower-case word right before a capitalised "March" inside a sentence: the month used as a modifier ("recorded
#: March inflation", "the March figures"); the verb is written in lower case, names follow a capital ("Women's March")
_LOWER_WORD_BEFORE = re.compile(r"(?<![^\s(\"“])[a-z][\w'’-]*\s+$")
#: "March inflation stood at ...": a sentence that opens with the month before a lower-case noun (the verb "march"
#: is followed by its preposition or adverb: "March on the palace", "March forward")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[\"“(]?$")
_MONTH_NOUN_AFTER = re.compile(r"\s+(?!(?:to|on|for|through|into|across|with|past|along|forward|ahead|back|down|up|off|"
                               r"out|in|against|toward|towards|and|or|the|a|an)\b)[a-z]{3,}")
#: "the May promo", "the May elections": a month before a lower-case noun after "the" (the name reads "Theresa May")
_THE_MONTH_NOUN = re.compile(r"(?<![\w])the\s+$", re.I)
#: the words after a sentence-opening modal "May" ("May you live long", "May this year be better"): a wish, no month
_WISH_AFTER = re.compile(r"\s+(?:you|your|they|she|his|her|him|our|their|them|its|this|these|those|all|every|everyone|"
                         r"everybody|each|peace|god|allah)\b", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[.:,]\d|%|persen|percent))(,?\s+(\d{4}))?")
_DAY_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?$")  # "22. Februar" too
#: (German writes its days as ordinals with a full stop and joins them by "und" or "bis (zum)": "12. und 13. Juli",
#: "vom 3. bis zum 5. März")
_RANGE_WORD = r"(?:[-–]|\s[-–]\s|\s+(?:hingga|sampai|sampai\s+dengan|s\.d\.?|s/d|to|through|and|dan|und|bis(?:\s+zu[mr])?)\s+)"
_RANGE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\.?" + _RANGE_WORD + r"(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?$")
_RANGE_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?" + _RANGE_WORD + r"(\d{1,2})(?:st|nd|rd|th)?\b(?![.:,]\d)(,?\s+(\d{4}))?")
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(\d{4})\b")  # "December 2011", "December of 2011"
#: a capitalised word that may be a month this language's calendar lacks (see :func:`_loose_month`)
_LOOSE_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]{2,11})(?![\w'’])")
#: a day or year right after or before a word: what a loosely read month needs (see :func:`_loose_month`)
_DATE_NEAR = re.compile(r",?\s+\d")
_DATE_NEAR_BEFORE = re.compile(r"\d(?:st|nd|rd|th|\.)?\s+$")
_MINGGU_WEEK = re.compile(r"\s+(?:lalu|depan|ini|kemarin|ke-?\d|pertama|kedua|terakhir)")
#: "Minggu pertama setiap bulan", "Minggu ketiga bulan Agustus", "Minggu terakhir di bulan Ramadan": the n-th
#: Sunday of a month (an ordinal, then "bulan" or a month within a few words)
_NTH_SUNDAY = re.compile(r"\s+(?:pertama|kedua|ketiga|keempat|terakhir)\s+(?:(?:setiap|tiap|dalam|di|pada|pada\s+setiap)\s+)?"
                         r"(?:bulan\b|(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b)")


def _nth_sunday(text: str, b: int) -> bool:
    """Whether the "Minggu" that ends at ``b`` names the n-th Sunday of a month ("pada Minggu pertama setiap bulan" =
    "on the first Sunday of the month"), which an ordinal after it otherwise reads as a week ("Minggu kedua" = the
    second week): a week of a month is "pekan" or a lower-case "minggu", a Sunday of a month keeps its capital."""
    return _NTH_SUNDAY.match(text, b, b + 48) is not None


_HARI_BEFORE = re.compile(r"\bhari\s+$", re.I)
#: ``malam`` right before an Indonesian weekday: "malam Minggu" is the night before Sunday (Saturday night), as
#: "malam Jumat" is Thursday night; "Minggu malam" is Sunday night; informal copy spells it ``malem`` (Jakarta
#: colloquial schwa, "malem minggu") and writes the weekday in lower case ("tiap malem jumat")
_NIGHT_BEFORE = re.compile(r"\bmal[ae]m\s+$", re.I)
#: the night before a weekday in German agency copy: "in der Nacht zum Sonntag", "in der Nacht zu Montag", "in der
#: Nacht auf Freitag" run from the evening before, which English may call "Saturday night"
_NIGHT_BEFORE_DE = re.compile(r"\bNacht\s+(?:zum|zu|auf(?:\s+den)?)\s+$", re.I)
#: weekday keys in order, for the day before one
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: 22/2/2022, and the German 22.02.2022
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])|(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]|,\d)")
#: a day/month date without a year, as Indonesian wire copy writes it after a weekday: ``Rabu (13/3)``
_SHORT_DATE = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")
_SHORT_RANGE = re.compile(r"(?<![\d/.,])(\d{1,2})\s?[-–]\s?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/]|[.,]\d)")
#: what may stand before a short date: a weekday or relative day, ``tanggal``/``tgl``, then ``(`` or ``,``
_SHORT_DATE_BEFORE = re.compile(
    r"(?i)(tanggal\s+|tgl\.?\s*)?(?:\s+(?:malam|pagi|siang|sore|dini\s+hari|night|morning|afternoon|evening))?\s*[,(]?\s*$")


@functools.cache
def _weekday_date_after() -> re.Pattern[str]:
    """What makes a weekday abbreviation a weekday: a day number or a month (``Wed, Oct 18``) after it."""
    months = {f for row in data_lines("calendar.tsv") if row[0].isdigit() for c in row[1:3] for f in c.split("|") if f}
    return re.compile(r",?\s+(?:\(?\d|(?:" + "|".join(re.escape(f) for f in sorted(months, key=len, reverse=True)) + r")(?!\w))")


@functools.cache
def _full_months() -> dict[str, str]:
    """The full month names of the English and Indonesian calendars: name -> key (``Oktober`` -> ``10``)."""
    return {c.split("|")[0]: row[0] for row in data_lines("calendar.tsv") if row[0].isdigit() for c in row[1:3]}


def _loose_month(word: str, lang: str) -> str | None:
    """The key of a month this language's calendar does not spell so: the other language's full name (wire copy
    leaves ``-23 January 2016`` untranslated in Indonesian text) or a misspelt full name (``Ockober``, ``Febuary``:
    one letter changed, added, dropped or swapped, against exactly one month). Read only with a day or year."""
    if word in _calendar(lang)[0]:
        return None
    full = _full_months()
    if word in full:
        return full[word]
    if len(word) < 6:
        return None
    keys = {key for name, key in full.items() if len(name) >= 6 and name[0] == word[0] and _one_edit(word, name)}
    return keys.pop() if len(keys) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


#: what makes a lower-case Indonesian month or weekday a date (``bulan januari``, ``juni lalu``, ``hari kamis``):
#: a word before it, or a relative word after it (a day number or year is checked as for capitalised names)
_ID_LOWER_BEFORE = re.compile(r"(?i)\b(?:bulan|hari|pada|sejak|hingga|sampai|awal|akhir|pertengahan|setiap|tiap|tanggal|"
                              r"tgl\.?)\s+$")
_ID_LOWER_AFTER = re.compile(r"\s+(?:lalu|kemarin|depan|ini|mendatang|nanti|pagi|siang|sore|mal[ae]m)\b")


@functools.cache
def _id_lower_pattern() -> re.Pattern[str]:
    """Full Indonesian month and weekday names in lower case, as informal and transcribed copy writes them."""
    full = {row[2].split("|")[0].lower() for row in data_lines("calendar.tsv") if not row[0].startswith("rel:")}
    return re.compile(r"(?<![\w.])(" + "|".join(sorted(full, key=len, reverse=True)) + r")(?![\w'’-])")


def _id_lower_names(text: str) -> list[tuple[int, int, str, str, bool]]:
    """Lower-case Indonesian calendar names read as dates: ``(start, end, capitalised form, key, False)``.

    Only in a date context (a word such as ``bulan``/``hari`` before, ``lalu``/``ini`` after, a day number or
    year beside a month, a short date after a weekday; a weekday also alone, see :func:`_lone_lower_weekday`), and
    ``minggu`` (also "week") only after ``hari`` and not before ``lalu``/``ini``/``depan``."""
    names, _ = _calendar("id")
    out = []
    for m in _id_lower_pattern().finditer(text):
        a, b = m.span()
        form = m.group(1).capitalize()
        key = names.get(form)
        if key is None:
            continue
        before = _ID_LOWER_BEFORE.search(text, max(0, a - 16), a)
        if form == "Minggu":
            # "hari minggu ini" is "this week" as often as "this Sunday"; "malam minggu" is Saturday night, also
            # before "lalu"/"kemarin" (last Saturday night)
            ok = (_HARI_BEFORE.search(text, max(0, a - 8), a) is not None and not _MINGGU_WEEK.match(text, b)
                  or _NIGHT_BEFORE.search(text, max(0, a - 8), a) is not None)
        elif key.isdigit():
            ok = bool(before or _ID_LOWER_AFTER.match(text, b) or _DAY_BEFORE.search(text, max(0, a - 8), a)
                      or _DAY_AFTER.match(text, b, b + 24) or _YEAR_AFTER.match(text, b, b + 12))
        else:
            ok = bool(before or _ID_LOWER_AFTER.match(text, b) or _weekday_date_after().match(text, b, b + 16)
                      or _NIGHT_BEFORE.search(text, max(0, a - 8), a) or _lone_lower_weekday(text, a, b))
        if ok:
            out.append((a, b, form, key, False))
    return out


#: the word right before or after a lower-case weekday, across a space or a hyphen ("senin kamis", "sabtu-minggu")
_WORD_BEFORE = re.compile(r"(?i)\b([a-z]+)[\s-]+$")
_WORD_AFTER = re.compile(r"(?i)[\s-]+([a-z]+)\b")


def _lone_lower_weekday(text: str, a: int, b: int) -> bool:
    """Whether the lower-case weekday at ``text[a:b]`` (Senin..Sabtu; "minggu" is also "week") is a day: these
    names have no other sense, so chat copy's "gajian jumat", "dikirim rabu" name the day without a date word,
    unless another weekday stands right beside it: "senin kamis" is the Javanese idiom for barely alive
    ("napasnya senin kamis"), "sabtu minggu" the weekend."""
    before, after = _WORD_BEFORE.search(text, max(0, a - 12), a), _WORD_AFTER.match(text, b, b + 12)
    days = _calendar("id")[0]
    return not any(w is not None and days.get(w.group(1).capitalize(), "0").isalpha() for w in (before, after))


@functools.cache
def _form_pattern(lang: str) -> re.Pattern[str] | None:
    names, _ = _calendar(lang)
    if not names:
        return None
    forms = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in forms) + r")(?!\w|['’](?!s\b))")


@functools.cache
def _relative_pattern(lang: str) -> re.Pattern[str] | None:
    _, rel = _calendar(lang)
    if not rel:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in sorted(rel, key=len, reverse=True)) + r")(?!\w)")


# One left-to-right scan over the date patterns with their overlap rules; noqa until it is split.
def extract_dates(text: str, lang: str) -> list[DateMention]:  # noqa: C901
    """Date expressions in ``text`` in order of appearance (see the module docstring). Linear in ``len(text)``."""
    names, rel = _calendar(lang)
    out: list[DateMention] = []
    pat = _form_pattern(lang)
    if pat is None:
        return out
    taken = Taken(len(text))
    for a, b in name_spans(text, lang):
        taken.take(a, b)
    weekday_ends: set[int] = set()
    found = [(m.start(), m.end(), m.group(1), names[m.group(1)], False) for m in pat.finditer(text)]
    if lang == "id":
        found += _id_lower_names(text)
        found.sort()
    if lang in ("id", "en") and any(c.isdigit() for c in text):
        found += [(m.start(), m.end(), m.group(1), key, True) for m in _LOOSE_WORD.finditer(text)
                  if _DATE_NEAR.match(text, m.end(), m.end() + 8) or _DATE_NEAR_BEFORE.search(text, max(0, m.start() - 8), m.start())
                  if (key := _loose_month(m.group(1), lang)) is not None]
        found.sort()
    for a, b, form, key, loose in found:
        if not taken.free(a, b):
            continue
        if lang == "id" and after_place_word(text, a):
            continue  # "Pasar Minggu", "Universitas Sebelas Maret": part of a name
        after = text[b:b + 12]
        lo = max(0, a - 20)
        if key.isdigit():  # a month
            mo = int(key)
            day_after = _DAY_AFTER.match(text, b, b + 24)
            day_before = _DAY_BEFORE.search(text, lo, a)
            year_after = _YEAR_AFTER.match(text, b, b + 12)
            rng = _RANGE_BEFORE.search(text, max(0, a - 28), a)
            if rng and 1 <= int(rng.group(1)) < int(rng.group(2)) <= 31 and taken.free(rng.start(1), a):
                # "4-7 Juni", "16 hingga 20 Januari": two dates of one month
                y = int(year_after.group(1)) if year_after else 0
                e = year_after.end() if year_after else b
                s1, s2 = rng.start(1), rng.start(2)
                out.append(DateMention(s1, rng.end(1), text[s1:rng.end(1)], "date", (mo, int(rng.group(1)), y)))
                out.append(DateMention(s2, e, text[s2:e], "date", (mo, int(rng.group(2)), y)))
                taken.take(s1, e)
                continue
            rng = _RANGE_AFTER.match(text, b, b + 32)
            if rng and 1 <= int(rng.group(1)) < int(rng.group(2)) <= 31:
                # "June 4-7", "January 16 to 20, 2024"
                y = int(rng.group(4)) if rng.group(4) else 0
                s2, e = rng.start(2), rng.end()
                out.append(DateMention(a, rng.end(1), text[a:rng.end(1)], "date", (mo, int(rng.group(1)), y)))
                out.append(DateMention(s2, e, text[s2:e], "date", (mo, int(rng.group(2)), y)))
                taken.take(a, e)
                continue
            if day_before and 1 <= int(day_before.group(1)) <= 31 and taken.free(day_before.start(1), a):
                d = int(day_before.group(1))
                y = int(year_after.group(1)) if year_after else 0
                s = day_before.start(1)
                e = year_after.end() if year_after else b
                if lang == "id" and after_place_word(text, s):
                    continue  # "Jalan 17 Agustus"
                out.append(DateMention(s, e, text[s:e], "date", (mo, d, y)))
                taken.take(s, e)
                continue
            if day_after and 1 <= int(day_after.group(1)) <= 31:
                d = int(day_after.group(1))
                y = int(day_after.group(3)) if day_after.group(3) else 0
                e = day_after.end()
                out.append(DateMention(a, e, text[a:e], "date", (mo, d, y)))
                taken.take(a, e)
                continue
            if loose and not year_after:
                continue  # a month read loosely needs its day or year
            # "May inflation was 2.8 percent", "May sales fell": a sentence that opens with the month before a
            # lower-case noun, as "March inflation" does (the modal opens a wish: "May you ...")
            may_opens = (_SENTENCE_START.search(text, lo, a) and _MONTH_NOUN_AFTER.match(text, b)
                         and not _WISH_AFTER.match(text, b))
            if form in _AMBIGUOUS or (form in _abbreviations(lang) and not form.endswith(".")):
                if not (_MONTH_CONTEXT.search(text, lo, a) or year_after or _month_in_season(text, lo, a, b)
                        or form == "March" and (_LOWER_WORD_BEFORE.search(text, lo, a)
                                                or _SENTENCE_START.search(text, lo, a) and _MONTH_NOUN_AFTER.match(text, b))
                        or form == "May" and (_THE_MONTH_NOUN.search(text, lo, a) and _NOUN_AFTER.match(text, b) or may_opens)):
                    continue
            e = year_after.end() if year_after else b
            out.append(DateMention(a, e, text[a:e], "date" if year_after else "month",
                                   (mo, 0, int(year_after.group(1))) if year_after else (mo,)))
            taken.take(a, e)
        else:  # a weekday
            if form in _abbreviations(lang) and not _weekday_date_after().match(text, b, b + 16):
                continue  # "Sen." (Senator), "Sun." (the newspaper)
            if form == "Minggu" and _MINGGU_WEEK.match(after) and not _HARI_BEFORE.search(text, lo, a) \
                    and not _NIGHT_BEFORE.search(text, lo, a) and not _nth_sunday(text, b):  # "malam Minggu lalu" = last Saturday night
                continue
            out.append(DateMention(a, b, text[a:b], "weekday", key))
            taken.take(a, b)
            weekday_ends.add(b)
    for m in _holiday_years(lang).finditer(text) if lang in _HOLIDAY_NAMES and any(c.isdigit() for c in text) else ():
        # "Boxing Day 2004", "the 2004 Boxing Day tsunami", "Natal 2022": a holiday of fixed date with its year is
        # that date ("26 Desember 2004"), and the year is no number of its own
        a, b = m.span()
        g_name, g_year = (1, 2) if m.group(1) else (4, 3)
        y = int(m.group(g_year))
        # the name may be a listed name ("Boxing Day" in number_names.tsv), its year must be free; a name before it
        # is a place's ("Kabupaten Mandailing Natal 2020")
        if taken.free(m.start(g_year), m.end(g_year)) and 1900 <= y <= 2099 and not _name_before(text, m.start(g_name), lang):
            name = m.group(g_name)
            mo, d = _HOLIDAY_NAMES[lang][" ".join(fold(name).split())]
            out.append(DateMention(a, b, text[a:b], "date", (mo, d, y)))
            taken.take(a, b)
    rpat = _relative_pattern(lang)
    if rpat is not None:
        low = text.lower()
        for m in rpat.finditer(low):
            a, b = m.span()
            if not taken.free(a, b):
                continue
            out.append(DateMention(a, b, text[a:b], "relative", rel[m.group(1)]))
            taken.take(a, b)
            weekday_ends.add(b)
    # short date ranges: "Senin-Selasa (12-13/3)", "(12-13/3/2024)"
    for m in _SHORT_RANGE.finditer(text):
        a, b = m.span()
        lead = _SHORT_DATE_BEFORE.search(text, max(0, a - 24), a)
        if not taken.free(a, b) or lead is None or not (lead.group(1) or lead.start() in weekday_ends):
            continue
        d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else 0
        if 1 <= mo <= 12 and 1 <= d1 < d2 <= 31:
            y = y if y > 99 or not y else 2000 + y
            out.append(DateMention(a, m.end(1), text[a:m.end(1)], "date", (mo, d1, y)))
            out.append(DateMention(m.start(2), b, text[m.start(2):b], "date", (mo, d2, y)))
            taken.take(a, b)
    # numeric dates 22/2/2022 (day first in Indonesian and British usage; both readings kept below)
    for m in _NUMERIC_DATE.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        d, mo, y = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))  # 22/2/2022 or 22.02.2022
        if lang == "en" and mo > 12 >= d:
            d, mo = mo, d
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(DateMention(a, b, text[a:b], "date", (mo, d, y if y > 99 else 2000 + y)))
            taken.take(a, b)
    # short dates: "Rabu (13/3)", "Jumat, 25/2", "kemarin (12/3)", "tanggal 5/1"
    for m in _SHORT_DATE.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        lead = _SHORT_DATE_BEFORE.search(text, max(0, a - 24), a)
        if lead is None:
            continue
        if not (lead.group(1) or lead.start() in weekday_ends):
            continue
        d, mo = int(m.group(1)), int(m.group(2))
        if lang == "en" and mo > 12 >= d:
            d, mo = mo, d  # "Wednesday (3/13)"
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(DateMention(a, b, text[a:b], "date", (mo, d, 0)))
            taken.take(a, b)
    out.sort(key=lambda x: x.start)
    return out


def _month(d: DateMention) -> int | None:
    return d.key[0] if d.kind in ("month", "date") else None  # type: ignore[index]


class _Verbatim:
    """Whole-word look-ups in the other side's text, one regex per distinct form (linear per pair)."""

    def __init__(self, other: str) -> None:
        self.other = other
        self._seen: dict[str, bool] = {}

    def __call__(self, form: str) -> bool:
        if form not in self._seen:
            self._seen[form] = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", self.other) is not None
        return self._seen[form]


def _unmatched(
    src_dates: list[DateMention], tgt_dates: list[DateMention], kind: str
) -> tuple[list[DateMention], list[DateMention]]:
    """The mentions of ``kind`` on each side left after pairing off those with the same key, in order."""
    src_of = [d for d in src_dates if d.kind == kind]
    tgt_of = [d for d in tgt_dates if d.kind == kind]
    free: dict[object, list[int]] = {}
    for k, t in enumerate(tgt_of):
        free.setdefault(t.key, []).append(k)
    nxt: dict[object, int] = {}
    used: set[int] = set()
    src_left = []
    for d in src_of:
        lst = free.get(d.key, [])
        k = nxt.get(d.key, 0)
        if k < len(lst):
            used.add(lst[k])
            nxt[d.key] = k + 1
        else:
            src_left.append(d)
    return src_left, [t for k, t in enumerate(tgt_of) if k not in used]


def _pair_months(sm: list[DateMention], tm: list[DateMention]) -> tuple[list[tuple[DateMention, DateMention]], list[DateMention], list[DateMention]]:
    """Pair month and date mentions with the same month, the most specific partner first: a date with the same
    day, then another date, then a bare month (or, for a bare month, a bare month first). In text order;
    each look-up is constant time, so a line with thousands of dates stays linear."""
    queues: dict[tuple[int | None, str, int], list[int]] = {}
    heads: dict[tuple[int | None, str, int], int] = {}
    for k, t in enumerate(tm):
        day = t.key[1] if t.kind == "date" else 0  # type: ignore[index]
        queues.setdefault((_month(t), t.kind, day), []).append(k)
        queues.setdefault((_month(t), t.kind, -1), []).append(k)
    used: set[int] = set()

    def take(key: tuple[int | None, str, int]) -> int | None:
        lst = queues.get(key, [])
        h = heads.get(key, 0)
        while h < len(lst) and lst[h] in used:
            h += 1
        heads[key] = h
        if h < len(lst):
            used.add(lst[h])
            return lst[h]
        return None

    pairs: list[tuple[DateMention, DateMention]] = []
    src_left: list[DateMention] = []
    for d in sm:
        mo = _month(d)
        if d.kind == "date":
            order = [(mo, "date", d.key[1]), (mo, "date", -1), (mo, "month", -1)]  # type: ignore[index]
        else:
            order = [(mo, "month", -1), (mo, "date", -1)]
        hit = None
        for key in order:
            hit = take(key)
            if hit is not None:
                break
        if hit is None:
            src_left.append(d)
        else:
            pairs.append((d, tm[hit]))
    return pairs, src_left, [t for k, t in enumerate(tm) if k not in used]


def _with_neighbour(text: str, d: DateMention) -> list[str]:
    """The mention with the word before it and with the word after it (``June Cohen:``, ``th February``)."""
    before = re.search(r"\S+\s+$", text[max(0, d.start - 40):d.start])
    after = re.match(r"\s+\S+", text[d.end:d.end + 40])
    return ([before.group(0) + d.text] if before else []) + ([d.text + after.group(0)] if after else [])


def _in_compound(d: DateMention, other: Side) -> bool:
    """Whether the other side, in a language that writes compounds as one word, holds the weekday of ``d`` as
    the first part of a word ("die freitagabendlichen Sitzungen" = "the Friday night meetings"), or as the head
    of a named day ("Rosenmontag" = "Rose Monday", "Karfreitag" = "Good Friday", "Ostermontag" = "Easter Monday",
    also inside a longer word: "Rosenmontagszug"): such a word is its counterpart, though it is no date mention of
    its own (Sonntagszeitung is no Sunday)."""
    p = get_profile(other.lang)
    forms = p.weekdays.get(str(d.key)) if p.compounds else None
    if not forms:
        return False
    day = re.escape(fold(forms[0]))
    return re.search(r"(?<!\w)" + day + r"\w|\w{3}" + day, fold(other.text)) is not None


def _copied_month_word(d: DateMention, own: Side, other: Side, in_other: _Verbatim) -> bool:
    """Whether a bare month of an ambiguous form ("May", "March": English words too), read without a month's
    preposition before it, is written as is on the other side, whose language names no month so ("Mai"/"Mei",
    "März"/"Maret"): the word was copied, so it is a name ("May sagte der BBC" = "May told the BBC"), whatever
    words stand beside it; "in May" stays a month though a name holds the word ("Carol May Brown")."""
    return (d.kind == "month" and d.text in _AMBIGUOUS and in_other(d.text)
            and d.text not in _calendar(other.lang)[0]
            and not _MONTH_CONTEXT.search(own.text, max(0, d.start - 20), d.start))


def _night_before(side: Side, d: DateMention) -> bool:
    """Whether the weekday ``d`` of the source names the night that leads into it ("malam Minggu", "in der Nacht
    zum Sonntag"), which the English may date by the evening before ("Saturday night")."""
    if side.lang == "id":
        return _NIGHT_BEFORE.search(side.text, max(0, d.start - 8), d.start) is not None
    return side.lang == "de" and _NIGHT_BEFORE_DE.search(side.text, max(0, d.start - 16), d.start) is not None


#: holidays of a fixed date (month, day) -> their ``EVENT`` row of ``exonyms.tsv``: Indonesian national holidays of
#: fixed date (New Year's Day, Labour Day, Independence Day, Christmas) and widely kept days (Valentine's Day), with
#: the eves their names hold ("Christmas Eve", "New Year's Eve")
_HOLIDAY_DATES = {(1, 1): "NEWYEAR", (12, 31): "NEWYEAR", (12, 24): "XMAS", (12, 25): "XMAS", (5, 1): "LABOURDAY",
                  (8, 17): "INDEPDAY", (2, 14): "VALENTINE", (12, 26): "BOXINGDAY"}


#: the names of holidays of fixed date that copy dates by their name and a year ("on Boxing Day 2004", "Natal 2022",
#: "malam Tahun Baru 2025": the eve is taken at its face value, the 31st of the year written), as ``(month, day)``
_HOLIDAY_NAMES = {
    "en": {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
           "new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's day": (1, 1), "new year’s day": (1, 1),
           "new year": (1, 1), "valentine's day": (2, 14), "valentine’s day": (2, 14)},
    "id": {"malam natal": (12, 24), "hari natal": (12, 25), "natal": (12, 25), "malam tahun baru": (12, 31),
           "malam pergantian tahun": (12, 31), "hari tahun baru": (1, 1), "tahun baru": (1, 1),
           "hari valentine": (2, 14)},
}


#: a capitalised word right before a holiday's name that is no part of it: the name is a place's ("Mandailing Natal")
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’]*)[\s-]+$")


def _name_before(text: str, a: int, lang: str) -> bool:
    """Whether a capitalised word that is no common word stands right before ``a``: the holiday's name is then part
    of a place's ("Kabupaten Mandailing Natal 2020", "KwaZulu-Natal"), unlike "Misa Natal 2019" (Christmas Mass)."""
    m = _CAP_WORD_BEFORE.search(text, max(0, a - 24), a)
    return m is not None and not is_common_word(m.group(1), lang)


@functools.cache
def _holiday_years(lang: str) -> re.Pattern[str]:
    """A holiday name of :data:`_HOLIDAY_NAMES` with a year after it ("Boxing Day 2004") or, in English, before it
    ("the 2004 Boxing Day tsunami"): groups name and year, or year and name."""
    names = "|".join(re.escape(n).replace("\\ ", r"\s+") for n in sorted(_HOLIDAY_NAMES[lang], key=len, reverse=True))
    after = rf"(?<![\w'’])({names}),?\s+(\d{{4}})(?![\d.,/-]\d|\w)"
    before = rf"|(?<=\bthe\s)(\d{{4}})\s+({names})(?![\w'’])" if lang == "en" else ""
    return re.compile(after + before, re.I)


@functools.cache
def _holiday_pattern(key: str, lang: str) -> re.Pattern[str] | None:
    """The names of holiday ``key`` (an ``EVENT`` row of ``exonyms.tsv``) in ``lang`` (``id`` or ``en``)."""
    row = next((r for r in data_lines("exonyms.tsv") if r[0] == key), None)
    if row is None or lang not in ("id", "en"):
        return None
    forms = sorted({f.strip() for f in row[2 if lang == "en" else 3].split("|") if f.strip()}, key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _holiday_named(d: DateMention, other: Side) -> bool:
    """Whether date ``d``, left without a date on the other side, is a holiday of fixed date that the other side
    names instead: "17 Agustus" = "Independence Day", "tgl 25 desember" = "Christmas Day", "1 Mei" = "May Day",
    "New Year's Day" = "1 Januari". Copy names a holiday by its date or by its name, in either language."""
    if d.kind != "date":
        return False
    when = cast("tuple[int, ...]", d.key)
    key = _HOLIDAY_DATES.get((when[0], when[1]))
    pat = _holiday_pattern(key, other.lang) if key else None
    return pat is not None and pat.search(other.text) is not None


#: the words between the two months of a span, closing the text between them
_MONTH_SPAN_JOIN = re.compile(MONTH_SPAN_JOIN + "$", re.I)
_COUNT_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {w: i for i, w in enumerate(
    "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split())}
_ORDINAL_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1, "kedua": 2,
                  "ketiga": 3, "keempat": 4}
#: a span of the year told without its months: "the first nine months", "sembilan bulan pertama", "a nine-month
#: period" (from January), a quarter ("third quarter", "Q3", "triwulan III", "kuartal ketiga") or a half ("first half",
#: "H1", "semester I", "paruh pertama")
_FIRST_MONTHS = re.compile(r"\bfirst\s+(\w+)\s+months\b|\b(\w+)\s+bulan\s+pertama\b|\b(\w+)[- ]month\s+period\b", re.I)
_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ([1-4])\b|\b([1-4])Q\b"
                      r"|\b(?:triwulan|kuartal)\s+(I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)\b", re.I)
_HALF = re.compile(r"\b(first|second)\s+half\b|\bH([12])\b|\b(?:semester|paruh)\s+(I{1,2}|[12]|pertama|kedua)\b", re.I)


def _spans_told(text: str) -> set[tuple[int, int]]:
    """The spans of months ``(first, last)`` that ``text`` tells without naming the months (see ``_FIRST_MONTHS``)."""
    out: set[tuple[int, int]] = set()
    for m in _FIRST_MONTHS.finditer(text):
        w = next(g for g in m.groups() if g).lower()
        n = int(w) if w.isdigit() else _COUNT_WORDS.get(w)
        if n and 1 < n <= 12:
            out.add((1, n))
    for m in _QUARTER.finditer(text):
        q = _ORDINAL_WORDS.get(next(g for g in m.groups() if g).lower())
        if q:
            out.add((3 * q - 2, 3 * q))
    for m in _HALF.finditer(text):
        h = _ORDINAL_WORDS.get(next(g for g in m.groups() if g).lower())
        if h in (1, 2):
            out.add((6 * h - 5, 6 * h))
    return out


def _span_told(own: Side, months: list[DateMention], other: Side) -> tuple[list[DateMention], list[tuple[DateMention, DateMention]]]:
    """``months`` less the two ends of a span of months ("Januari-Oktober", "July to September") that the other side
    tells without naming them ("the first ten months", "the third quarter", "semester I"): the same period; and the
    spans left where the other side tells only other spans ("April-June" for "triwulan III"): a changed period."""
    told = _spans_told(other.text)
    if not told:
        return months, []
    drop: set[int] = set()
    other_spans: list[tuple[DateMention, DateMention]] = []
    ordered = sorted(months, key=lambda d: d.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.kind == "month" and b.kind == "month" and _MONTH_SPAN_JOIN.match(own.text[a.end:b.start]) \
                and id(a) not in drop and (_month(a) or 0) < (_month(b) or 0):
            if (_month(a), _month(b)) not in told:
                other_spans.append((a, b))
            drop |= {id(a), id(b)}
    return [d for d in months if id(d) not in drop], other_spans


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
                           s.gloss() if s else None, t.gloss() if t else None,
                           s.start if s else None, s.end if s else None, t.start if t else None, t.end if t else None))

    # weekdays
    sw, tw = _unmatched(src_dates, tgt_dates, "weekday")
    # a name kept verbatim on the other side ("Sunday Times", "Saturday Night Live") is no drift
    in_tgt, in_src = _Verbatim(tgt.text), _Verbatim(src.text)
    sw = [d for d in sw if not in_tgt(d.text) and not _in_compound(d, tgt)]
    tw = [d for d in tw if not in_src(d.text) and not _in_compound(d, src)]
    # "malam Minggu" ("in der Nacht zum Sonntag") rendered as "Saturday night": that night is the evening before it
    for s_d in [d for d in sw if _night_before(src, d) and str(d.key) in _WEEK]:
        eve = _WEEK[_WEEK.index(str(s_d.key)) - 1]
        t_d = next((t for t in tw if str(t.key) == eve), None)
        if t_d is not None:
            sw.remove(s_d)
            tw.remove(t_d)
    # "kemarin" rendered as "on Tuesday": a relative day resolved into a weekday is no drift
    s_rel_day = any(d.kind == "relative" and str(d.key).endswith("d") for d in src_dates)
    t_rel_day = any(d.kind == "relative" and str(d.key).endswith("d") for d in tgt_dates)
    if not (sw and tw):
        if t_rel_day:
            sw = []
        if s_rel_day:
            tw = []
    n = min(len(sw), len(tw))
    for s, t in zip(sw[:n], tw[:n]):
        add("critical", f"weekday {g(s)} in {sl} became {g(t)} in {tl}", s, t)
    for s in sw[n:]:
        add("major", f"weekday {g(s)} in {sl} has no counterpart in {tl}", s, None)
    for t in tw[n:]:
        add("major", f"weekday {g(t)} in {tl} has no counterpart in {sl}", None, t)

    # months and dates
    pairs, sm, tm = _pair_months([d for d in src_dates if d.kind in ("month", "date") and not _copied_month_word(d, src, tgt, in_tgt)],
                                 [d for d in tgt_dates if d.kind in ("month", "date") and not _copied_month_word(d, tgt, src, in_src)])
    for s, t in pairs:
        if s.kind == "date" and t.kind == "date":
            sd, td = s.key[1], t.key[1]  # type: ignore[index]
            sy, ty = s.key[2], t.key[2]  # type: ignore[index]
            if sd and td and sd != td:
                add("critical", f"date {g(s)} in {sl} became {g(t)} in {tl}", s, t)
            elif sy and ty and sy != ty:
                add("critical", f"year of {s.text} ({sy}) in {sl} became {ty} in {tl}", s, t)
            # a year dropped on one side ("Kamis, 5 Januari 2023" = "Thursday, January 5") is house style
            elif sy and not ty and str(sy) not in tgt.text:
                add("minor", f"year {sy} of {s.text} in {sl} has no counterpart in {tl}", s, t)
            elif ty and not sy and str(ty) not in src.text:
                add("minor", f"year {ty} of {t.text} in {tl} has no counterpart in {sl}", s, t)
    # a bare month word written the same, with a neighbouring word, on the other side, where it is no month,
    # is a name or copy left as is ("June Cohen:", "28 th February")
    sm = [d for d in sm if not (d.kind == "month" and any(in_tgt(w) for w in _with_neighbour(src.text, d)))]
    tm = [d for d in tm if not (d.kind == "month" and any(in_src(w) for w in _with_neighbour(tgt.text, d)))]
    # "Januari-Oktober" = "the first ten months", "triwulan III" = "the July-September quarter"
    sm, s_spans = _span_told(src, sm, tgt)
    tm, t_spans = _span_told(tgt, tm, src)
    for a, b in s_spans:
        add("critical", f"months {g(a)}-{g(b)} in {sl} are another period than the one {tl} tells", a, None)
    for a, b in t_spans:
        add("critical", f"months {g(a)}-{g(b)} in {tl} are another period than the one {sl} tells", None, a)
    n = min(len(sm), len(tm))
    months_changed: set[tuple[int | None, int | None]] = set()
    for s, t in zip(sm[:n], tm[:n]):
        # one change, one finding: "16 hingga 20 Januari" -> "February 16 to 20" moved two dates but one month
        if (_month(s), _month(t)) in months_changed:
            continue
        months_changed.add((_month(s), _month(t)))
        add("critical", f"month of {g(s)} in {sl} became {g(t)} in {tl}", s, t)
    for s in [d for d in sm[n:] if not _holiday_named(d, tgt)]:
        add("major", f"date {g(s)} in {sl} has no counterpart in {tl}", s, None)
    for t in [d for d in tm[n:] if not _holiday_named(d, src)]:
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
