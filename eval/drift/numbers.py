"""Numbers in Indonesian and English text as comparable values, and the number-drift check.

A mention keeps every value its form allows, so either decimal convention is understood in either
language: ``1.000.000`` (Indonesian) and ``1,000,000`` (English) are 1e6, ``2,5`` and ``2.5`` are 2.5, and
``1.500`` is {1500, 1.5} until the other side settles it. Number words and their compounds (``dua puluh
lima``, ``dua belas``, ``seratus``, ``twenty-five``, ``a hundred``), scales (``ribu/juta/miliar/triliun``,
``thousand/million/billion/trillion``, ``m``/``bn``; loose ``100 millions``, ``Rp100 jutaan``; joined by a hyphen,
``35-thousand``, ``a 20-million-dollar deal``; a glued ``6k`` is a thousand, not in ``a 10k run``), fractions (``setengah``/``half``,
``setengah dari satu juta`` = ``half a million``, ``satu setengah juta`` = ``one and a half million``), percentages
(``persen``/``percent``/``%``; 50 percent also matches one half), currencies (``Rp``, ``US$``, ``$``),
ordinals (``ke-3``, ``ketiga``, ``third``, ``3rd``), times (``10.30 WIB`` = ``10:30``; ``WIB``/``WITA``/``WIT``
= UTC+7/+8/+9, so ``10 a.m. (0300 GMT)`` is the same moment; informal ``jam6 pagi`` = ``6 a.m.``, ``jam 12 malem`` =
``midnight``; ``24/7`` and ``around the clock`` are the 24 hours of ``buka 24 jam``) and decades (``1990-an`` = ``1990s``) are handled.
Wire conventions: every money form (``Rp80.000``, ``Rp 80 ribu``, ``IDR 80,000``, ``80,000 rupiah``,
``US$1,2 miliar`` = ``$1.2bn``, ``£2.4m`` in either language; Indonesian ``M`` is *miliar* after ``Rp`` only, so
``£6.3M`` is millions; a glued English ``15m`` without a currency is 15 million or, against a length, 15 metres), a match score (``menang 2-1``) as one value, vague
quantities (``puluhan``/dozens, ``ratusan``/hundreds, ``ribuan``/thousands, ``puluhan ribu``/tens of thousands)
as orders of magnitude that can drift, names holding number words (``Universitas Sebelas Maret``, ``Jalan
Lima``; ``number_names.tsv``) skipped, and Unicode forms (fullwidth digits, bidi marks inside a number, ``1 000``
with a space, NBSP, thin or narrow NBSP) read like ASCII. Extraction is linear in the text's length. Words that are also ordinary words (``one``, ``satu``, ``kedua`` =
"both", ``first``) are *weak*: they can match but are never reported alone.

Check (per aligned pair): values are matched across the pair; an unmatched source value facing an
unmatched target value is a **changed number (critical)**; a value on one side only is a **missing or
added number (major)**. Two different vague quantities facing each other (``ratusan`` vs ``thousands``) are a
change (critical); one alone is no finding, and an exact count of its order (``ratusan`` vs ``300``) matches it.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..findings import Finding
from ._lexicon import Side, Taken, articles, data_lines, en_superlative_form, fold, word_set
from .profiles import UnitTable, folder_languages, get_profile

logger = logging.getLogger(__name__)

__all__ = ["NumberMention", "extract_numbers", "check_numbers", "format_value", "money_spans", "name_spans",
           "prepare_text", "score_value"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text.

    :param start: offset of the mention in the text.
    :param end: offset after the mention.
    :param text: the exact substring ``text[start:end]``.
    :param values: every value the form allows (see the module docstring).
    :param kind: ``cardinal``, ``percent``, ``currency``, ``ordinal``, ``year``, ``time``, ``decade``,
        ``score`` (``2-1``, one value) or ``vague`` (``ratusan``/hundreds: minus its order of magnitude).
    :param weak: the form is also an ordinary word; never reported alone.
    :param unit: a unit word right after the number (``meter``, ``miles``), for conversions.
    :param utc: for a time whose zone is known (``10.00 WIB``, ``0300 GMT``), the same moment in UTC.
    :param half: for a time, ``am`` or ``pm`` when the form settles it (``a.m.``, ``malam``, ``20.30``, ``08:30``).
    :param per: for an amount of money, the unit of the table it is the price of (``per barel``, ``a tonne``,
        ``/kg``), so a price per tonne is no price per ounce.
    """

    start: int
    end: int
    text: str
    values: frozenset[float]
    kind: str = "cardinal"
    weak: bool = False
    unit: str = ""
    utc: frozenset[float] = frozenset()
    half: str = ""
    per: str = ""


#: unit conversions translators make: unit -> (dimension, factor to the base unit)
_UNITS = {
    "m": ("len", 1.0), "meter": ("len", 1.0), "meters": ("len", 1.0), "metre": ("len", 1.0), "metres": ("len", 1.0),
    "km": ("len", 1000.0), "kilometer": ("len", 1000.0), "kilometers": ("len", 1000.0), "kilometre": ("len", 1000.0),
    "kilometres": ("len", 1000.0), "cm": ("len", 0.01), "sentimeter": ("len", 0.01), "centimeters": ("len", 0.01),
    "centimeter": ("len", 0.01), "centimetre": ("len", 0.01), "centimetres": ("len", 0.01),
    # rainfall, ash and hail are measured in millimetres: "2 sentimeter" told "2 millimetres" is another measure
    "mm": ("len", 0.001), "milimeter": ("len", 0.001), "millimeter": ("len", 0.001), "millimeters": ("len", 0.001),
    "millimetre": ("len", 0.001), "millimetres": ("len", 0.001),
    "ft": ("len", 0.3048), "feet": ("len", 0.3048), "foot": ("len", 0.3048), "kaki": ("len", 0.3048),
    "mile": ("len", 1609.34), "miles": ("len", 1609.34), "mil": ("len", 1609.34), "inch": ("len", 0.0254),
    "inches": ("len", 0.0254), "inci": ("len", 0.0254), "yard": ("len", 0.9144), "yards": ("len", 0.9144),
    "kg": ("mass", 1.0), "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "pound": ("mass", 0.4536),
    "pounds": ("mass", 0.4536), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536), "pon": ("mass", 0.4536),
    "ton": ("mass", 1000.0), "tonnes": ("mass", 1000.0), "tons": ("mass", 907.2), "tonne": ("mass", 1000.0),
    # commodity measures: gold by the (troy) ounce, grain by the bushel, power and energy by the watt (the word after
    # the figure is all that is read, so "megawatt-jam" and "MWh" are one unit)
    "ounce": ("mass", 0.02835), "ounces": ("mass", 0.02835), "oz": ("mass", 0.02835), "troy": ("mass", 0.0311),
    "troi": ("mass", 0.0311), "bushel": ("vol", 35.24), "bushels": ("vol", 35.24),
    "megawatt": ("watt", 1e6), "megawatts": ("watt", 1e6), "mwh": ("watt", 1e6), "gigawatt": ("watt", 1e9),
    "gigawatts": ("watt", 1e9), "gwh": ("watt", 1e9), "kilowatt": ("watt", 1e3), "kilowatts": ("watt", 1e3),
    "kwh": ("watt", 1e3),
    "hektar": ("area", 1.0), "hectares": ("area", 1.0), "hectare": ("area", 1.0), "acres": ("area", 0.4047),
    "acre": ("area", 0.4047), "hektare": ("area", 1.0),
    # the small masses and the volumes of drug seizures, doses and fuel ("500 gram sabu", "5.000 liter solar",
    # "12.000 barel per hari"): one figure in grams and kilograms, or litres and barrels, is two measures
    "gram": ("mass", 0.001), "grams": ("mass", 0.001), "gramme": ("mass", 0.001), "grammes": ("mass", 0.001),
    "miligram": ("mass", 1e-6), "milligram": ("mass", 1e-6), "milligrams": ("mass", 1e-6), "mg": ("mass", 1e-6),
    "kuintal": ("mass", 100.0), "quintal": ("mass", 100.0), "quintals": ("mass", 100.0),
    "liter": ("vol", 1.0), "liters": ("vol", 1.0), "litre": ("vol", 1.0), "litres": ("vol", 1.0),
    "mililiter": ("vol", 0.001), "milliliter": ("vol", 0.001), "milliliters": ("vol", 0.001),
    "millilitre": ("vol", 0.001), "millilitres": ("vol", 0.001), "ml": ("vol", 0.001),
    "kiloliter": ("vol", 1000.0), "kiloliters": ("vol", 1000.0), "kilolitre": ("vol", 1000.0),
    "kilolitres": ("vol", 1000.0), "barel": ("vol", 158.987), "barrel": ("vol", 158.987),
    "barrels": ("vol", 158.987),
    # spans of time: "empat abad" = "400 years", "dua dekade" = "20 years", "dua bulan" = "eight weeks"
    "abad": ("time", 100.0), "century": ("time", 100.0), "centuries": ("time", 100.0), "dekade": ("time", 10.0),
    "decade": ("time", 10.0), "decades": ("time", 10.0), "dasawarsa": ("time", 10.0), "tahun": ("time", 1.0),
    "year": ("time", 1.0), "years": ("time", 1.0), "bulan": ("time", 1 / 12), "month": ("time", 1 / 12),
    "months": ("time", 1 / 12), "minggu": ("time", 7 / 365.25), "pekan": ("time", 7 / 365.25),
    "week": ("time", 7 / 365.25), "weeks": ("time", 7 / 365.25),
    # "30 menit" = "half an hour", "90 menit" = "an hour and a half", "2 hari" = "48 hours"
    "hari": ("time", 1 / 365.25), "day": ("time", 1 / 365.25), "days": ("time", 1 / 365.25),
    "jam": ("time", 1 / 8766), "hour": ("time", 1 / 8766), "hours": ("time", 1 / 8766),
    "menit": ("time", 1 / 525960), "minute": ("time", 1 / 525960), "minutes": ("time", 1 / 525960),
    "menitan": ("time", 1 / 525960),  # chat "30 menitan" = about 30 minutes
}
#: the units of spans of a day or less (see :func:`_day_spans`), read from the table
_DAY_SPAN_UNITS = frozenset(u for u, (dim, f) in _UNITS.items() if dim == "time" and f <= 1 / 365.25)
# an area in a length unit squared ("kilometer persegi", "square miles", "km²"), in hectares
_UNITS.update({"sq " + u: ("area", f * f / 10000) for u, (dim, f) in list(_UNITS.items()) if dim == "len"})
#: the unit of a span of time is compared more loosely: "dua bulan" is told as "eight weeks" (8.7)
_LOOSE_DIMENSIONS = frozenset({"time"})
#: the units of time that no whole number of months or years makes: weeks
_WEEK_UNITS = frozenset({"minggu", "pekan", "week", "weeks"})


def _loose_units(u: str, v: str) -> bool:
    """Whether a span in unit ``u`` told in unit ``v`` is a rough conversion: weeks against months or years ("dua
    bulan" = "eight weeks"); years, months, decades and centuries convert exactly ("satu tahun" is no "11 months")."""
    return u != v and (u in _WEEK_UNITS) != (v in _WEEK_UNITS) and _UNITS.get(u, ("", 0.0))[0] in _LOOSE_DIMENSIONS
def _era_unit(toks: Sequence[tuple[int, int, str]], k: int) -> bool:
    """Whether the article ``k`` stands before a unit naming a span of many whole years ("a century", "a decade"):
    "a century later" is travel and history copy's "seratus tahun kemudian", so the article counts as one weak
    unit of it (matches, never reported alone); "a week", "a month" or "a year" stay words ("a year ago" = "tahun
    lalu"), and so does the article of a share ("half a century", "a quarter of a century": the share is the figure)."""
    dim, factor = _UNITS.get(toks[k + 1][2].lower(), ("", 0.0))
    return dim == "time" and factor >= 10 and not (k and toks[k - 1][2].lower() in ("half", "quarter", "third", "of"))


_UNITS = UnitTable(_UNITS)  # with the units of the per-language profiles (Zentimeter, Kilo), merged on first use

#: every extractor below reads a bounded window after a position (never ``text[pos:]``): linear in the text
_WINDOW = 64

_UNIT_AFTER = re.compile(r"(?:\s*(?:to|hingga|sampai|bis|-|–|and|dan|und|\d[\d.,]*)\s*){0,3}\s*([a-zA-Z]+)")
_UNIT_NEXT = re.compile(r"\s*([a-zA-Z]+)")
#: "425 square miles", "12 sq km": an area in a squared length unit
_SQUARE = re.compile(r"\s*(?:square|sq\.?)\s+([a-zA-Z]+)", re.I)
#: an inch glued to its figure: "8in", "6ft 2in" (not "8inch", which the unit table reads)
_GLUED_INCH = re.compile(r"in\b")
#: what makes the length unit before it a squared one: "kilometer persegi", "km²", "km2"
_SQUARED = re.compile(r"\s+persegi\b|[²2](?!\d)", re.I)


def _measure_unit(text: str, end: int, lang: str) -> str:
    """The unit of the number that ends at ``end``: a temperature scale (:func:`_temperature_unit`) or a unit
    word (:func:`_unit_after`), ``""`` for none."""
    return _temperature_unit(text, end, lang) or _unit_after(text, end)


def _temperature_unit(text: str, end: int, lang: str) -> str:
    """``temp:c`` or ``temp:f`` for a temperature right after ``end`` ("27 ºC", "80 degrees Fahrenheit"), or
    ``temp:?`` for plain English "degrees", which may be either; Indonesian and German "derajat"/"Grad" with
    no scale named are Celsius. ``""`` when no temperature follows."""
    t = _TEMPERATURE.match(text, end, end + _WINDOW)
    if not t:
        return ""
    scale = (t.group(1) or t.group(2) or t.group(3) or "").lower()[:1]
    return "temp:" + (scale if scale in ("c", "f") else "?" if lang == "en" else "c")


def _unit_after(text: str, end: int) -> str:
    """The unit word within three words after ``end`` ("100 hingga 250 meter" gives "meter"); a length squared
    ("kilometer persegi", "square miles", "km²") is ``sq`` and the length unit."""
    window = text[end:end + _WINDOW]
    # British copy glues the inch to its figure ("8in of snow", "a 65in television"); "in" spaced is the preposition
    if end and text[end - 1].isdigit() and _GLUED_INCH.match(window):
        return "inch"
    sq = _SQUARE.match(window)
    if sq and sq.group(1).lower() in _UNITS:
        return "sq " + sq.group(1).lower()
    for m in (_UNIT_AFTER.match(window), _UNIT_NEXT.match(window)):
        if m and m.group(1).lower() in _UNITS:
            unit = m.group(1).lower()
            squared = _SQUARED.match(window, m.end()) and "sq " + unit in _UNITS
            return "sq " + unit if squared else unit
    return ""


@functools.cache
def _words(lang: str) -> dict[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    for row in data_lines("number_words.tsv"):
        if row[0] == lang:
            table[row[1] if row[3] == "suffix" else row[1].lower()] = (float(row[2]), row[3])
    return table


# -- text preparation: Unicode digits, bidi marks and space-like group separators ------------------------

#: format characters that may sit inside a number (bidi marks, joiners, BOM, soft hyphen): ignored
_IGNORABLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
                        # a race time split after its colon by a tokenizer or MT ("1: 47.632" for "1:47.632")
                        r"|(?<=\d:) (?=\d{2}[.,]\d)"
                        # a decimal comma followed by a space the same way ("Rp243, 6 billion" for "Rp243,6 billion")
                        r"|(?<=\d,) (?=\d{1,2} (?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)\b)"
                        # a rupiah amount's thousands dot followed by a space the same way ("rp 500. 000" for
                        # "Rp 500.000" in tokenised review and social-media text)
                        r"|(?:" + "|".join(rf"(?<=[Rr][Pp]{sp}{d}\.)" for sp in ("", " ", ". ") for d in (r"\d", r"\d\d", r"\d\d\d"))
                        + r") (?=\d{3}(?!\d))")
#: space-like thousands separators (SI style ``1 000``): space, NBSP, figure space, thin space, narrow NBSP
_GROUP_SPACES = " \u00a0\u2007\u2009\u202f"


@functools.cache
def _digit_table() -> dict[int, str]:
    """Every BMP decimal digit (fullwidth ``１``, Arabic-Indic ``١``...) -> its ASCII digit; fullwidth ``．，：％＄``."""
    table: dict[int, str] = {}
    for cp in range(0x80, 0x10000):
        d = unicodedata.decimal(chr(cp), None)
        if d is not None:
            table[cp] = str(d)
    table.update({0xFF0E: ".", 0xFF0C: ",", 0xFF1A: ":", 0xFF05: "%", 0xFF04: "$", 0x066B: ",", 0x066C: ","})
    return table


def prepare_text(text: str) -> tuple[str, list[int] | None]:
    """``text`` with Unicode digits made ASCII and ignorable format characters (and the space of a split race time,
    decimal or rupiah thousands group) removed, and the offset map.

    :return: ``(clean, index)``; ``index[i]`` is the offset in ``text`` of ``clean[i]`` (one entry more, for the
        end), or ``None`` when nothing was removed (then offsets are the same).
    """
    if not text.isascii():
        text = text.translate(_digit_table())
    if _IGNORABLE.search(text) is None:
        return text, None
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _IGNORABLE.finditer(text):
        parts.append(text[pos:m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    parts.append(text[pos:])
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return "".join(parts), index


# digits: SI-grouped (``1 000 000``, ``12 500,5``) first, then runs joined by . , : (``1.000.000``, ``10:30``)
_DIGITS = re.compile(r"\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+(?:[.,]\d+)?(?!\d|[.,]\d)|\d+(?:[.,:]\d+)*")
_PERCENT = re.compile(r"\s?(?:%|persen\b|per\s?cent\b|percents?\b|pct\b)", re.I)
#: basis points, a hundredth of a percentage point: central-bank and market copy gives a rate move in one
#: language as "0,25 persen" or "0,25 poin persentase" and in the other as "25 basis points" / "25 bps"
_BASIS_POINTS = re.compile(r"\s?(?:(?i:basis[\s-]+(?:points?|poin))|bps?)\b")
#: a currency sign or code right before an amount (``Rp80.000``, ``Rp 80.000``, ``IDR 80,000``, ``US$1,2``, ``£2.4m``)
_CURRENCY_BEFORE = re.compile(r"(?<![^\W\d_])(?:Rp\.?|IDR|US\$|USD|A\$|AU\$|S\$|SGD|HK\$|RM|\$|€|£|¥|EUR|GBP|JPY|CNY|AUD)\s?$")
#: a dollar word names its country after it in Indonesian (``dolar Singapura``) and before it in English
#: (``Singapore dollars``), so a changed country is a changed currency
_CURRENCY_AFTER = re.compile(r"\s?(?:rupiah|dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?|Singapura|Australia|Hong\s+Kong|Kanada|"
                             r"Selandia\s+Baru|Taiwan)\b)?|US-Dollar|(?:(?:U\.S\.|US|American|Singapore|Australian|"
                             r"Hong\s+Kong|Canadian|New\s+Zealand|Taiwan(?:ese)?)\s+)?dollars?|euros?|pounds?(?:\s*sterling)?|Pfund|Franken|yen|ringgit|yuan|won)\b", re.I)
#: "a 550 pound hog": a singular "pound" before a word is a weight ("550 pounds" and "£550" stay money)
_POUND_WEIGHT = re.compile(r"\s?pound\s+(?!sterling|note|coin)[a-z]")
#: a weight told in the words before an amount of pounds ("can weigh more than 220 pounds"): pounds of mass
_WEIGHT_BEFORE = re.compile(r"(?i)\b(?:weigh\w*|weight|heav(?:y|ier|iest))\b[^.;:!?\d]{0,24}$")
#: a temperature: "27 ºC", "80 degrees Fahrenheit", "12 Grad", "30 derajat Celsius", and the British papers'
#: scale glued to the figure without a degree sign ("highs of 30C", "95F"), a capital letter only, and the scale
#: named without "degrees" in a conversion ("42.6 degrees Celsius (108.7 Fahrenheit)")
_TEMPERATURE = re.compile(r"(?i)\s?(?:(?:[°º˚]\s?|(?<=\d)(?-i:(?=[CF])))([CF])\b|-?(?:degrees?|grad|derajat)(?:\s+(celsius|fahrenheit|C|F)\b)?"
                          r"|(celsius|fahrenheit)\b)")
_TIME_AFTER = re.compile(r"\s?(?:WIB|WITA|WIT|GMT|UTC|a\.?m\.?|p\.?m\.?|pagi|siang|sore|mal[ae]m|waktu|local\s+time|waktu\s+setempat)\b", re.I)
_ZONE_NAMES = (r"WIB|WITA|WIT|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|"
               r"Western\s+Indonesian?\s+(?:Standard\s+)?Time|Central\s+Indonesian?\s+(?:Standard\s+)?Time|"
               r"Eastern\s+Indonesian?\s+(?:Standard\s+)?Time|Waktu\s+Indonesia\s+(?:Barat|Tengah|Timur)|Jakarta\s+time")
_ZONE_AFTER = re.compile(r"\s?(?:[ap]\.?m\.?\s?)?\(?(" + _ZONE_NAMES + r")\b")
#: hours ahead of UTC, to compare "22.00 WIB" with "15.00 UTC"
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "EST": -5, "EDT": -4,
          "CST": -6, "CDT": -5, "PST": -8, "PDT": -7}


_CURRENCY_CODES = (("us-dollar", "USD"), ("pfund", "GBP"), ("franken", "CHF"), ("rp", "IDR"), ("idr", "IDR"), ("rupiah", "IDR"), ("us$", "USD"), ("usd", "USD"), ("dolar as", "USD"),
                   ("dolar amerika", "USD"), ("u.s. dollar", "USD"), ("us dollar", "USD"), ("american", "USD"),
                   ("dolar singapura", "SGD"), ("singapore", "SGD"), ("dolar australia", "AUD"), ("australian", "AUD"),
                   ("dolar hong kong", "HKD"), ("hong kong", "HKD"), ("dolar kanada", "CAD"), ("canadian", "CAD"),
                   ("dolar selandia baru", "NZD"), ("new zealand", "NZD"), ("dolar taiwan", "TWD"), ("taiwan", "TWD"),
                   ("a$", "AUD"), ("au$", "AUD"), ("aud", "AUD"), ("s$", "SGD"), ("sgd", "SGD"), ("hk$", "HKD"),
                   ("rm", "MYR"), ("ringgit", "MYR"), ("€", "EUR"), ("eur", "EUR"), ("euro", "EUR"), ("£", "GBP"),
                   ("gbp", "GBP"), ("pound", "GBP"), ("¥", "JPY"), ("jpy", "JPY"), ("yen", "JPY"), ("cny", "CNY"),
                   ("yuan", "CNY"), ("won", "KRW"), ("$", "$"), ("dolar", "$"), ("dollar", "$"))


def _currency_code(form: str) -> str:
    """``cur:IDR`` for ``Rp``/``IDR``/``rupiah``, ``cur:USD`` for ``US$``, ``cur:$`` for a bare dollar sign."""
    low = form.strip().lower().rstrip(".")
    for key, code in _CURRENCY_CODES:
        if low.startswith(key):
            return "cur:" + code
    return ""


def _same_currency(a: NumberMention, b: NumberMention) -> bool:
    """Amounts in two named currencies must name the same one (``€7,8 juta`` is not ``£7.8m``); a bare ``$`` is
    any dollar."""
    ua, ub = a.unit, b.unit
    if not (ua.startswith("cur:") and ub.startswith("cur:")) or ua == ub:
        return True
    dollars = {"cur:$", "cur:USD", "cur:AUD", "cur:SGD", "cur:HKD", "cur:CAD", "cur:NZD", "cur:TWD"}
    return ua in dollars and ub in dollars and "cur:$" in (ua, ub)


def _zone_offset(name: str) -> int:
    """Hours ahead of UTC of a zone name or phrase (``WITA``, ``Western Indonesia Time``)."""
    if name in _ZONES:
        return _ZONES[name]
    low = name.lower()
    if "western" in low or "barat" in low or "jakarta" in low:
        return 7
    if "central" in low or "tengah" in low:
        return 8
    return 9


#: a UTC rendering in brackets right after a time: ``10 a.m. (0300 GMT)``, ``10.00 WIB (03.00 GMT)``; after the end of
#: a range the bracket gives the whole range (``9 a.m. to 11:30 a.m. (0200-0430 GMT)``), its last time is this one's
_UTC_AFTER = re.compile(r"\s*\(\s*(?:\d{1,2}[.:]?\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–]\s*)?(\d{1,2})[.:]?(\d{2})?\s*(?:([ap])\.?m\.?\s*)?(GMT|UTC)\s*\)", re.I)
_PM_AFTER = re.compile(r"\s?(?:p\.?m\.?|sore|mal[ae]m)", re.I)
_AM_PM_AFTER = re.compile(r"\s?(?:(a)\.m\.|(p)\.m\.|(a)m\b|(p)m\b)", re.I)
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE_SUFFIX = re.compile(r"(?:-an\b|'?s\b)")
_CLOCK_BEFORE = re.compile(r"(?:pukul|jam|at)\s$", re.I)
_HOUR_BEFORE = re.compile(r"(?<!\w)(?:pukul|jam)\s?$", re.I)

#: a result in a match report: ``menang 2-1``, ``skor 1-1``, ``won 3-0``, ``(2-1)`` after a sports word
_SCORE = re.compile(r"(?<![\d.,/-])(\d{1,3})\s?[-–—:]\s?(\d{1,3})(?![\d]|[.,:/]\d|-\d)")
#: result words a few words before a score ("menang 2-1", "won 3-1", "skor (1-1)")
_SCORE_WORDS_BEFORE = (
    r"menang|kalah|skor|imbang|unggul|takluk|tumbang|ditahan|tertinggal|ketinggalan|memimpin|menyamakan|kedudukan|mengalahkan|menaklukkan|menundukkan|membungkam|"
    r"agregat|laga|pertandingan|partai|final|gol|adu\s+penalti|won|lost|beat|beating|defeat|drew|draw|drawn|score|"
    r"victory|win|tie|tied|aggregate|match|game|goal|led|leading|trailing|edged|thrashed|routed|penalt|shoot-?out|"
    # the end or a half of a match: "babak pertama berakhir 1-1", "the first half ended 1-1", "finished 2-3"
    r"berakhir|babak|ended|finished|half")
#: a result word right after the score: "a 3-0 victory", "the 1-1 draw", "kemenangan 2-1" is caught before; a
#: stage of the match ("2-2 at half-time", "1-0 at the break", "4-3 on aggregate", "5-4 on penalties") and a
#: state of it ("a 2-0 lead", "the 1-1 scoreline")
_SCORE_WORDS_AFTER = (r"victory|win|defeat|loss|draw|home\s+win|away\s+win|triumph|thrashing|kemenangan|kekalahan|hasil\s+imbang|"
                      r"(?:at|by|after)\s+(?:half-?time|the\s+(?:break|interval|half|final\s+whistle))|on\s+(?:aggregate|penalties)|"
                      r"lead|deficit|scoreline|saat\s+turun\s+minum|(?:hingga|sampai|pada\s+saat)\s+turun\s+minum")

#: win words right before a score: a wire report puts the winner's tally first after them in either language
#: (``menang 2-1``, ``beat Bali United 2-1``), so there the order is the result and ``beat ... 1-2`` reverses it
_WIN_BEFORE = re.compile(r"(?i)(?<!\w)(?:menang|mengalahkan|menaklukkan|menundukkan|membungkam|won|winning|beat|beating|defeated|"
                         r"edged|thrashed|routed|crushed|outclassed)(?!\w)[^\d.;:!?]{0,32}$")
#: a result word closer to the score than the win word, after which either order is told ("menang adu penalti")
_RESULT_BETWEEN = re.compile(r"(?i)(?<!\w)(?:skor|kedudukan|agregat|imbang|kalah|lost|draw|drew|aggregate|score|"
                             r"tie|set|game)\w*")

#: a result between two team names, as a headline gives it: "Livingston 1 - 0 Rangers"
_BETWEEN_TEAMS = re.compile(r"[A-Z][\w'’.]*\s$")
_TEAM_AFTER = re.compile(r"\s[A-Z]")


@functools.cache
def _score_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The result words before and after a score, with those of every folder profile (``score_words``: German
    ``gegen``, ``Sieg``; ``0:1-Niederlage`` joins its word with a hyphen)."""
    extra = sorted({re.escape(w) for code in folder_languages() for w in get_profile(code).score_words}, key=len, reverse=True)
    words = "".join(w + "|" for w in extra)
    gap = r"(?:\s{1,2}|-)" if extra else r"\s{1,2}"
    before = re.compile(r"(?i)(?<![\w-])(?:" + words + _SCORE_WORDS_BEFORE + r")\w*[^\d.;:!?]{0,24}$")
    after = re.compile(r"(?i)\)?" + gap + r"(?:" + words + _SCORE_WORDS_AFTER + r")\b")
    return before, after


#: vague quantities that are still values: ``puluhan``/dozens, ``ratusan``/hundreds, ``ribuan``/thousands
_VAGUE_ID = re.compile(
    r"(?i)(?<!\w)(?:(belasan|lusinan|puluhan|ratusan|ribuan|jutaan|miliaran|milyaran|triliunan)"
    r"(?:\s+(ribu|juta|miliar|milyar|triliun)(?!\w))?|(beberapa|sekian)\s+(puluh|ratus|ribu|juta|miliar)(?!\w))(?!\w)")
_VAGUE_EN = re.compile(
    r"(?i)(?<!\w)(?:(dozens|tens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+(?:upon\s+\w+\s+)?of\s+(thousands|millions|billions|trillions))?|(several|a\s+few|some)\s+(hundred|thousand|million|billion|trillion)(?!\w))(?!\w)")
#: German: ``Dutzende``/dozens, ``Hunderte``/hundreds, ``Tausende``, ``Zehntausende``/tens of thousands (also dative
#: ``Hunderten``), ``mehrere hundert``/several hundred; ``Millionen`` is left out (also the plural of the scale word)
_VAGUE_DE = re.compile(
    r"(?i)(?<!\w)(?:(dutzende|hunderte|tausende|zehntausende|hunderttausende)n?()"
    r"|(mehrere|einige|etliche|ein\s+paar)\s+(hundert|tausend)(?!\w))(?!\w)")
#: "sepuluh"/"seratus" before a vague quantity multiply its order ("sepuluh ribuan" = tens of thousands)
_VAGUE_TIMES = re.compile(r"(?i)(?<!\w)se(puluh|ratus)\s+$")
_VAGUE_MAG = {"belasan": 10, "lusinan": 10, "puluhan": 10, "ratusan": 100, "ribuan": 1000, "jutaan": 10**6, "miliaran": 10**9,
              "milyaran": 10**9, "triliunan": 10**12, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 10**6,
              "miliar": 10**9, "milyar": 10**9, "triliun": 10**12, "dozens": 10, "tens": 10, "scores": 10,
              "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9, "trillions": 10**12,
              "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
              "dutzende": 10, "hunderte": 100, "tausende": 1000, "zehntausende": 10**4, "hunderttausende": 10**5,
              "hundert": 100, "tausend": 1000}

#: scale suffixes an amount of money takes in any language (``£2.4m``, ``$1.2bn``, ``US$3tn``)
_MONEY_SUFFIX = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "jt": 1e6, "rb": 1e3}

#: the score and vague-quantity values live below zero so they never meet an ordinary value
_SCORE_BASE = 0.5


def score_value(a: int, b: int) -> float:
    """The value that stands for the score ``a-b`` (negative, never an ordinary number)."""
    return -(a * 1000 + b) - _SCORE_BASE


def _is_score(v: float) -> bool:
    return v < 0 and not float(v).is_integer()


def _is_vague(v: float) -> bool:
    return v < 0 and float(v).is_integer()


def _digit_values(s: str) -> set[float]:
    """Every value the digit string allows under the Indonesian and the English convention."""
    if any(c in s for c in _GROUP_SPACES):
        # SI grouping is unambiguous: the spaces group thousands, a . or , after them is the decimal mark
        dm = re.search(r"[.,]", s)
        whole, frac = (s[:dm.start()], s[dm.end():]) if dm else (s, "")
        return {float("".join(ch for ch in whole if ch.isdigit()) + ("." + frac if frac else ""))}
    if ":" in s:
        h, _, m = s.partition(":")
        if h.isdigit() and m.isdigit() and len(m) == 2:
            return {int(h) + int(m) / 100}
        if h.isdigit() and re.fullmatch(r"[0-5]\d[.,]\d{1,3}", m):
            return {int(h) * 60 + float(m.replace(",", "."))}  # a race time, 1:47.632 = 107.632 seconds
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


_SCALE_NEXT = re.compile(r"[\s-]?([^\W\d_]+)\b")
#: what a glued "k" counts before: a race or a screen, not a thousand ("a 10k run", "the 5k fun run")
_K_NOT_THOUSAND = re.compile(r"(?i)\s+(?:run|race|fun|walk|marathon|lari|resolution|resolusi|tv|display|video)\b")
_GLUED_M = re.compile(r"m\b")


#: the ending a scale word takes after a number in loose usage: "Rp100 jutaan" (a hundred million or so),
#: "100 millions" (non-native English copy); either is the scale itself
_SCALE_PLURAL = {"id": "an", "en": "s"}


def _scale_after(text: str, end: int, lang: str, currency: str = "") -> tuple[float, int]:
    """A scale word or suffix right after ``end`` (``juta``, ``million``, ``bn``): (factor, new end).

    :param currency: the code (``cur:GBP``) of the currency sign the amount follows, so the money suffixes of
        any language count (``£2.4m`` in Indonesian copy). Indonesian ``M`` is *miliar* only after rupiah
        (``Rp5 M``); after another currency it is the English million (``£6.3M``, ``US$2M``).
    """
    money = bool(currency)
    m = _SCALE_NEXT.match(text, end, end + _WINDOW)
    if not m:
        return 1.0, end
    word = m.group(1)
    hyphen = m.group(0).startswith("-")
    if word == "k" and m.group(0) == "k" and not _K_NOT_THOUSAND.match(text, m.end()):
        return 1e3, m.end()  # "6k", "a 500k package": the thousand of informal copy in either language
    table = _words(lang)
    entry = table.get(word) if table.get(word, (0, ""))[1] == "suffix" else table.get(word.lower())
    plural = _SCALE_PLURAL.get(lang, "")
    if entry is None and plural and word.lower().endswith(plural) and table.get(word.lower()[:-len(plural)], (0, ""))[1] == "scale":
        entry = table[word.lower()[:-len(plural)]]
    if entry is not None and word == "M" and lang == "id" and money and currency != "cur:IDR":
        entry = None  # "£6.3M": the English million, read from the money suffixes below
    if hyphen and not (entry and entry[1] == "scale"):
        return 1.0, end  # "35-thousand", "a 20-million-dollar deal": only a scale word joins by a hyphen
    if entry is None and money and (not m.group(0).startswith(" ") or word == "M") and word.lower() in _MONEY_SUFFIX:
        return _MONEY_SUFFIX[word.lower()], m.end()
    if entry is None and money:
        # a scale word of the other language after money: "Rp1.5 trillion" in Indonesian, "USD 5 juta" in English
        for other in ("en", "id"):
            e = _words(other).get(word.lower()) if other != lang else None
            if e and e[1] == "scale" and e[0] >= 1000:
                return e[0], m.end()
    if entry and entry[1] in ("scale", "suffix") and entry[0] >= 1000:
        if entry[1] == "suffix" and m.group(0).startswith(" ") and len(word) <= 2 and word not in ("bn", "mn", "tn", "jt", "rb") \
                and not (money and word in ("M", "T")):
            return 1.0, end  # "5 M" / "5 k": too ambiguous with a space, unless money is counted ("Rp1,2 T")
        if entry[1] == "suffix" and word in ("m", "k", "K", "M", "T") and not money:
            return 1.0, end  # "100m" is a distance and "4K" a screen unless money is counted ("$100m", "$50K")
        return entry[0], m.end()
    return 1.0, end


# -- names that hold number or calendar words ---------------------------------------------------------


@functools.cache
def _name_table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """(language -> names that hold number or calendar words, place words that start such names)."""
    names: dict[str, list[str]] = {}
    places: set[str] = set()
    for row in data_lines("number_names.tsv"):
        if row[0] == "place":
            places.update(w for w in row[2].split("|") if w)
        elif row[0] == "name":
            names.setdefault(row[1], []).extend(w for w in row[2].split("|") if w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in names.items()}, frozenset(places)


@functools.cache
def _name_pattern(lang: str) -> re.Pattern[str] | None:
    names = _name_table()[0].get(lang, ()) + _name_table()[0].get("*", ())
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


@functools.cache
def _place_pattern() -> re.Pattern[str]:
    places = sorted(_name_table()[1], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in places) + r")\s+$")


#: a unit's code glued by a slash to its territorial name ("Kodim 0505/Jakarta Timur", "Korem 061/Suryakancana",
#: "Kodam XIV/Hasanuddin"): part of the unit's name, which English copy often gives without the code
_UNIT_CODE = re.compile(r"(?<![\w/.,])(?:\d{2,4}|[IVX]{1,5})/(?=[A-Z][a-z])")


def name_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of known names that hold number or calendar words (``Universitas Sebelas Maret``, ``Pasar Minggu``,
    ``Gerakan 30 September``) and of units' codes (``0505/Jakarta Timur``): neither numbers nor dates."""
    pat = _name_pattern(lang)
    return ([] if pat is None else [m.span() for m in pat.finditer(text)]) + [m.span() for m in _UNIT_CODE.finditer(text)]


def after_place_word(text: str, start: int, _depth: int = 0) -> bool:
    """Whether a capitalised word at ``start`` directly follows a capitalised place word that starts a name
    (``Pasar`` Minggu, ``Jalan`` Lima, ``Kabupaten`` Lima Puluh Kota) or another such word of the same name."""
    if start >= len(text) or not (text[start].isupper() or text[start].isdigit()):
        return False
    lo = max(0, start - 48)
    pat = _place_pattern()
    if pat.search(text, lo, start):
        return True
    # a chain: "Universitas Sebelas Maret" (Maret follows Sebelas, which follows the place word)
    m = re.search(r"(?<!\w)([A-Z][^\W\d_]*|\d+)\s+$", text[lo:start])
    if m and _depth < 3 and _is_number_or_calendar_word(m.group(1)):
        return after_place_word(text, lo + m.start(1), _depth + 1)
    return False


@functools.cache
def _number_or_calendar_words() -> frozenset[str]:
    out = {row[1].lower() for row in data_lines("number_words.tsv") if row[0] == "id"}
    for row in data_lines("calendar.tsv"):
        if not row[0].startswith("rel:"):
            out.update(f.lower() for f in row[2].split("|"))
    return frozenset(out)


def _is_number_or_calendar_word(w: str) -> bool:
    return w.isdigit() or w.lower() in _number_or_calendar_words()


# -- extraction ---------------------------------------------------------------------------------------


def money_spans(text: str, lang: str = "id") -> list[tuple[int, int]]:
    """Spans of amounts of money in ``text`` (``Rp80.000``, ``Rp 1,5 triliun``, ``US$1,2 miliar``, ``£2.4m``,
    ``80,000 rupiah``), for detectors that must not read ``Rp80`` as a name."""
    return [(n.start, n.end) for n in extract_numbers(text, lang) if n.kind == "currency"]


def extract_numbers(text: str, lang: str, exclude: Sequence[tuple[int, int]] = ()) -> list[NumberMention]:
    """Numbers in ``text`` (digits and number words) in order of appearance.

    Unicode digits (fullwidth ``１０``), bidi marks inside a number (RLM, LRM, ALM) and space-like thousands
    separators (``1 000``, NBSP, thin and narrow NBSP) are read as an ASCII number would be. Scores
    (``menang 2-1``) are one value, vague quantities (``ratusan``, ``thousands``) have kind ``vague``, and
    names holding number words (``Universitas Sebelas Maret``) are skipped. Linear in ``len(text)``.

    :param lang: ``id`` or ``en`` for number words; other languages get digits only.
    :param exclude: ``(start, end)`` spans already claimed (dates); numbers inside them are skipped.
    """
    clean, index = prepare_text(text)
    taken = Taken(len(clean))
    for s, e in exclude:
        if index is not None:
            s, e = bisect.bisect_left(index, s), bisect.bisect_left(index, e)
        taken.take(max(0, s), min(len(clean), e))
    for s, e in name_spans(clean, lang):
        taken.take(s, e)
    found = _scores(clean, taken, lang) + _nil_scores(clean, lang, taken) + _word_scores(clean, lang, taken) + _vague(clean, lang, taken) + _ratios(clean, lang, taken)
    found += _all_hours(clean, lang, taken) + _digit_numbers(clean, lang, taken)
    found += _clock_words(clean, lang, taken) + _word_numbers(clean, lang, taken) + _roman_numbers(clean, taken)
    out: list[NumberMention] = []
    for n in found:
        if index is not None:
            a, b = index[n.start], index[n.end - 1] + 1
            n = NumberMention(a, b, text[a:b], n.values, n.kind, n.weak, n.unit, n.utc, n.half)
        elif n.text != text[n.start:n.end]:
            n = NumberMention(n.start, n.end, text[n.start:n.end], n.values, n.kind, n.weak, n.unit, n.utc, n.half)
        out.append(n)
    out.sort(key=lambda n: n.start)
    out = _join_twelfths(text, out, _FEET_GAP, _INCHES, "feet", lambda v: 0 <= v < 12, minor_named=False)
    out = _join_twelfths(text, out, _YEARS_GAP, _MONTHS, "years", lambda v: 0 < v < 12, minor_named=True, ndigits=3)
    out = _fraction_units(text, out)
    out = _price_units(text, out)
    # an ordinal numbers a place, so the noun after it is no unit of its own: "minggu ke-17 tahun ini" is "the 17th
    # week of this year" (no years against a week), "hari ke-5" the fifth day
    out = [replace(n, unit="") if n.kind == "ordinal" and n.unit in _UNITS else n for n in out]
    return _below_zero(text, _mark_conversions(text, _centuries(text, out, lang)))


#: the unit a price is given for: "per barel", "/kg", "a tonne", "an ounce", "sebarel"
_PRICE_UNIT = re.compile(r"(?i)\s*(?:per\s+|/\s*|an?\s+|se(?=[a-z]))([a-z]+)\b")


def _price_units(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """An amount of money right before the unit it is the price of (``US$80 per barel``, ``$11,000 a tonne``) keeps
    that unit as :attr:`NumberMention.per`, where the unit table knows it."""
    out = []
    for n in nums:
        m = _PRICE_UNIT.match(text, n.end, n.end + 32) if n.kind == "currency" else None
        if m is not None and m.group(1).lower() in _UNITS:
            n = replace(n, per=m.group(1).lower())
        out.append(n)
    return out


#: an article (and "of") between a fraction and its unit: "half an hour", "a quarter of an hour", "half a mile"
_FRACTION_UNIT = re.compile(r"(?i)\s+(?:of\s+)?an?\s+([a-z]+)\b")


def _fraction_units(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """A fraction of one unit names its unit after an article ("half an hour" = "30 menit", "a quarter of an hour"
    = "15 menit"), where :func:`_unit_after` reads none: a mention without a unit whose values are all below one
    takes the unit of the table it is followed by so."""
    out = []
    for n in nums:
        m = _FRACTION_UNIT.match(text, n.end, n.end + 24) if not n.unit and n.values and max(n.values) < 1 else None
        if m is not None and m.group(1).lower() in _UNITS:
            n = replace(n, unit=m.group(1).lower())
        out.append(n)
    return out


#: a sign before a temperature: "minus 5 derajat", "-5C", "−5 °C" (a dash after a figure is a range: "5-10C", "25 – 30C")
_MINUS_BEFORE = re.compile(r"(?i)(?:\bminus\s+|(?<![\w.,])[-−–]\s?)$")
#: a figure right before that sign, spaced or not: the sign is a range dash ("25 – 30C")
_FIGURE_BEFORE_DASH = re.compile(r"\d\s*[-−–]\s?$")


def _below_zero(text: str, out: list[NumberMention]) -> list[NumberMention]:
    """A temperature below zero is its negative value, so "minus 5 derajat Celsius" is "23F" (and no "5C"): the
    scales meet at other points below zero than above it. Other quantities keep their sign unread."""
    return [replace(n, values=frozenset(-v for v in n.values))
            if n.unit.startswith("temp:") and _MINUS_BEFORE.search(text, max(0, n.start - 8), n.start)
            and not _FIGURE_BEFORE_DASH.search(text, max(0, n.start - 8), n.start) else n
            for n in out]


#: what makes a number before it the ordinal of a century: "abad ke-19", "abad kesembilan belas", "abad XIX"
_CENTURY_BEFORE_ID = re.compile(r"(?i)\babad\s+$")
#: the same after it: "19th century", "nineteenth-century", "the 16th and 17th centuries"
_CENTURY_AFTER_EN = re.compile(r"(?i)[\s-]+centur(?:y|ies)\b")


def _centuries(text: str, nums: list[NumberMention], lang: str) -> list[NumberMention]:
    """A century's ordinal also reads as the hundreds its years open with ("abad ke-19" = "the 1800s", "20th
    century" = "tahun 1900-an", "abad ke-15" = "the mid-1400s"): encyclopaedic copy tells an era either way."""
    out = []
    for n in nums:
        if (n.kind != "decade" and n.values and all(float(v).is_integer() and 1 <= v <= 21 for v in n.values)
                and (lang == "id" and _CENTURY_BEFORE_ID.search(text, max(0, n.start - 8), n.start)
                     or lang == "en" and _CENTURY_AFTER_EN.match(text, n.end, n.end + 16))):
            n = replace(n, values=n.values | {(v - 1) * 100 for v in n.values})
        out.append(n)
    return out


#: a height in feet and inches: "6-foot-6", "6 feet 2 inches", "5ft 11in", "6 kaki 6 inci"
_FEET_GAP = re.compile(r"(?i)[- ]?(?:foot|feet|ft|kaki)\.?[- ]")
_INCHES = re.compile(r"(?i)[- ]?(?:inch(?:es)?|inci|in\b\.?)")
#: a term in years and months: "tujuh tahun enam bulan", "seven years and six months" (court sentences, ages)
_YEARS_GAP = re.compile(r"(?i)[- ](?:tahun|years?)[- ](?:(?:and|dan)\s+)?")
_MONTHS = re.compile(r"(?i)[- ](?:bulan|months?)\b")


def _join_twelfths(text: str, nums: list[NumberMention], gap: re.Pattern[str], minor: re.Pattern[str], unit: str,
                   fits: Callable[[float], bool], minor_named: bool, ndigits: int | None = None) -> list[NumberMention]:
    """Two counts written as one term in a unit and its twelfth are one value in the unit: feet and inches
    (``6-foot-6`` = 6.5 ft = ``1,98 m``), years and months (``tujuh tahun enam bulan`` = 7.5 = "seven and a half
    years").

    :param gap: what stands between the two counts ("-foot-", " tahun ").
    :param minor: the smaller unit's word after the second count; ``minor_named``: it must be there.
    :param fits: which second counts are twelfths (inches 0-11, months 1-11).
    :param ndigits: round the joined value to this many decimals.
    """
    out: list[NumberMention] = []
    k = 0
    while k < len(nums):
        a = nums[k]
        b = nums[k + 1] if k + 1 < len(nums) else None
        m = minor.match(text, b.end, b.end + 8) if b is not None else None
        if (b is not None and (m is not None or not minor_named) and a.kind == b.kind == "cardinal"
                and gap.fullmatch(text, a.end, b.start) and all(float(v).is_integer() for v in a.values)
                and any(fits(v) for v in b.values)):
            small = min(v for v in b.values if fits(v))
            end = m.end() if m is not None else b.end
            values = [v + small / 12 for v in a.values]
            out.append(NumberMention(a.start, end, text[a.start:end],
                                     frozenset(values if ndigits is None else (round(v, ndigits) for v in values)),
                                     "cardinal", unit=unit))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


#: the hedges a converted figure opens with: "(sekitar US$97 juta)", "atau setara Rp19 triliun", "or about $3m"
_CONVERSION_HEDGE = (r"about|around|approx(?:imately|\.)?|roughly|some|nearly|almost|equivalent\s+to|sekitar|"
                     r"setara(?:\s+dengan)?|kira-kira|sekira")

#: what stands between an amount and its conversion: "Rp1,5 triliun (sekitar US$97 juta)", "£2.4m ($3m)"
_CONVERSION_GAP = re.compile(r"(?i)\s*[(\[]\s*(?:" + _CONVERSION_HEDGE + r"|or|atau|~|≈)?\s*$")


#: an amount given again in another currency without brackets: "US$1,2 miliar atau sekitar Rp19 triliun", "2,5 miliar
#: dolar AS, setara Rp39 triliun", "$1.2 billion, or about Rp19 trillion"
_CONVERSION_OR = re.compile(r"(?i)\s*,?\s*(?:(?:atau|or)\s+(?:" + _CONVERSION_HEDGE + r")?|setara(?:\s+dengan)?|equivalent\s+to)\s*$")


#: the unit of a price: "per kilogram", "/kg", "per liter"
_PER_UNIT = re.compile(r"(?i)\s*(?:per\s+|/\s*)[^\W\d_]+")


#: the same after a measure, whose unit word stands outside the mention: "six meters (18 feet)"
_MEASURE_GAP = re.compile(r"(?i)\s*[a-z]+\.?" + _CONVERSION_GAP.pattern.removeprefix("(?i)"))


#: the same after a clock time, whose zone stands outside the mention; a bare "atau"/"or" also joins two zones
_TIME_GAP = re.compile(r"(?i)\s*(?:(" + _ZONE_NAMES + r")\b|waktu\s+setempat|local\s+time)\s*(?:[(\[]\s*(?:atau|or)?|atau|or)\s*$")


def _mark_conversions(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """An amount of money or a measure in brackets right after another one of its kind is a conversion the
    writer added ("six meters (18 feet)"), and so is an amount in another currency after "atau sekitar" / "or
    about" (:data:`_CONVERSION_OR`) and a clock time in another zone after one that names its zone ("19.00 WIB
    atau 12.00 GMT", :data:`_TIME_GAP`): weak, so it matches when the other side has it too but is never
    reported alone."""
    out = list(nums)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        ua, ub = _UNITS.get(a.unit), _UNITS.get(b.unit)
        same_dim = a.kind == b.kind == "currency" or ua is not None and ub is not None and ua[0] == ub[0]
        gap = _CONVERSION_GAP if a.kind == "currency" else _MEASURE_GAP
        if a.kind == b.kind == "time":
            # "pukul 14.00 waktu setempat (19.00 WIB)", "19.00 WIB atau 12.00 GMT": the same moment in another
            # zone; both times name their zone, two different ones ("10.00 atau 11.00 WIB" is a choice of two)
            g, zb = _TIME_GAP.fullmatch(text, a.end, b.start), _ZONE_AFTER.match(text, b.end, b.end + _WINDOW)
            same_dim = bool(g and zb and (not g.group(1) or _zone_offset(g.group(1)) != _zone_offset(zb.group(1))))
            gap = _TIME_GAP
        # a price's unit stands between a price and its conversion ("Rp35.000 per kilogram (US$2,2)")
        per = _PER_UNIT.match(text, a.end, b.start) if a.kind == "currency" else None
        end = per.end() if per else a.end
        converted = same_dim and b.start - end <= 24 and gap.fullmatch(text, end, b.start) is not None
        if not converted and a.kind == b.kind == "currency" and not _same_currency(a, b):
            converted = b.start - end <= 24 and _CONVERSION_OR.fullmatch(text, end, b.start) is not None
        if converted:
            out[k] = NumberMention(b.start, b.end, b.text, b.values, b.kind, True, b.unit, b.utc, b.half)
    return out


def _scores(text: str, taken: Taken, lang: str) -> list[NumberMention]:
    """Match results (``menang 2-1``, ``won 3-1``, ``skor (1-1)``, German ``1:0``): one value each; either order
    is the same result told from either team's side, except right after a win word, where the winner's tally
    comes first (``beat ... 1-2`` against ``menang 2-1`` is a reversed score)."""
    out: list[NumberMention] = []
    colon_scores = lang in folder_languages() and bool(get_profile(lang).score_words)
    before, after = _score_context()
    for m in _SCORE.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        x, y = int(m.group(1)), int(m.group(2))
        if ":" in m.group(0) and len(m.group(2)) == 2 and (x <= 24 or not colon_scores or text.startswith(" Uhr", b)):
            continue  # a clock time (10:30) or a game clock (27:37); German writes results so too (38:17)
        if not (":" in m.group(0) and len(m.group(2)) == 1  # 10:6, 17:5: no clock or decimal is written so
                or before.search(text, max(0, a - 48), a) or after.match(text, b, b + 24)
                or _BETWEEN_TEAMS.search(text, max(0, a - 32), a) and _TEAM_AFTER.match(text, b, b + 4)):
            continue
        win = _WIN_BEFORE.search(text, max(0, a - 48), a)
        ordered = win is not None and not _RESULT_BETWEEN.search(text, win.start(), a)
        if a and text[a - 1] == "(" and b < len(text) and text[b] == ")":
            a, b = a - 1, b + 1
        taken.take(a, b)
        values = {score_value(x, y)} if ordered else {score_value(x, y), score_value(y, x)}
        out.append(NumberMention(a, b, text[a:b], frozenset(values), "score"))
        tb = _TIE_BREAK.match(text, b, b + 12) if {x, y} == {6, 7} else None
        if tb and taken.free(tb.start(1), tb.end()):
            # a tennis set's tie-break told in full, "7-6 (7-5)": the loser's points, as "7-6(5)" gives them
            taken.take(tb.start(1), tb.end())
            pts = min(int(tb.group(1)), int(tb.group(2)))
            out.append(NumberMention(tb.start(1), tb.end(2), text[tb.start(1):tb.end(2)], frozenset({float(pts)}), "cardinal"))
    return out


#: a tie-break's points in brackets after a 7-6 set, both sides' ("7-6 (7-5)"): see :func:`_scores`
_TIE_BREAK = re.compile(r"\s?\((\d{1,2})[-–](\d{1,2})\)")


def _vague(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """Vague quantities as orders of magnitude (``ratusan`` = hundreds = -100): weak, so never reported alone;
    two different ones facing each other are a change."""
    pat = {"id": _VAGUE_ID, "en": _VAGUE_EN, "de": _VAGUE_DE}.get(lang)
    if pat is None:
        return []
    out: list[NumberMention] = []
    for m in pat.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        head = (m.group(1) or m.group(4) or "").lower()
        if re.search(r"\d\s?$", text[max(0, a - 2):a]):
            continue  # "Rp100 jutaan": the scale of the amount before it (see _scale_after)
        if head in ("tens", "scores") and not m.group(2) and not re.match(r"\s+of\b", text[b:b + 4], re.I):
            continue  # "tens" and "scores" are quantities only in "tens of", "scores of"
        mag = _VAGUE_MAG.get(head, 0)
        if m.group(2):
            mag *= _VAGUE_MAG[m.group(2).lower()]
        if not mag:
            continue
        pre = _VAGUE_TIMES.search(text, max(0, a - 10), a) if lang == "id" and m.group(1) else None
        if pre and taken.free(pre.start(), a):
            a = pre.start()  # "sepuluh ribuan" = tens of thousands, "seratus ribuan" = hundreds of thousands
            mag *= _VAGUE_MAG[pre.group(1).lower()]
        taken.take(a, b)
        out.append(NumberMention(a, b, text[a:b], frozenset({-float(mag)}), "vague", True))
    return out


def _midnight_hour(h: int, after: str) -> set[float]:
    """The midnight values (0, 24) of "jam 12 malam" (also informal "jam 12 malem"), the hour Indonesian tells on
    the 12-hour clock with the part of the day, and English as "midnight" or "12 a.m.": empty for any other hour."""
    return {0.0, 24.0} if h == 12 and re.match(r"\s?mal[ae]m\b", after, re.I) else set()


def _time_values(text: str, a: int, b: int, s: str, lang: str) -> tuple[set[float], str, int, frozenset[float], str] | None:
    """A clock time at ``text[a:b]`` (digits ``s``): (values, kind, new end, UTC values, half) or ``None``."""
    after = text[b:b + _WINDOW]
    vals: set[float]
    half = ""
    # s is a number mention's digits: it starts with one
    hour = int(re.match(r"\d+", s).group(0)) if len(s) != 4 or not s.isdigit() else int(s[:2])  # type: ignore[union-attr]
    if re.fullmatch(r"[0-2]\d[0-5]\d", s) and _ZONE_AFTER.match(after):
        vals = {int(s[:2]) + int(s[2:]) / 100}
    elif re.fullmatch(r"\d{1,2}[.:]\d{2}", s) and (":" in s or _TIME_AFTER.match(after) or _CLOCK_BEFORE.search(text, max(0, a - 6), a)):
        h, mm = int(s[:-3]), int(s[-2:])
        if h > 24 or mm > 59:
            return None
        vals = {h + mm / 100}
        if h > 12:
            vals.add(h - 12 + mm / 100)
        elif _PM_AFTER.match(after):
            vals.add(h + 12 + mm / 100)
    elif s.isdigit() and int(s) <= 12 and (ap := _AM_PM_AFTER.match(after)):
        h = int(s)
        vals = {float(h)} if (ap.group(1) or ap.group(3)) else {float(h), float(h % 12 + 12)}
        vals |= {0.0, 24.0} if h == 12 and (ap.group(1) or ap.group(3)) else set()  # "12 a.m." is midnight
    elif s.isdigit() and int(s) <= 24 and _HOUR_BEFORE.search(text, max(0, a - 6), a):
        h = int(s)
        vals = {float(h)} | ({float(h + 12)} if h < 12 and _PM_AFTER.match(after) else set()) | _midnight_hour(h, after)
    else:
        return None
    # which half of the day the form settles: "a.m."/"pagi", "p.m."/"malam", a 24-hour "20.30" or "08:30"
    ap = _AM_PM_AFTER.match(text, b, b + 8)
    if ap:
        half = "am" if (ap.group(1) or ap.group(3)) else "pm"
        b = ap.end()  # "7 a.m." is one mention, so a flipped half is underlined
    elif _PM_AFTER.match(after):
        half = "pm"
    elif re.match(r"\s?pagi\b", after, re.I):
        half = "am"
    elif hour >= 13:
        half = "pm"
    elif hour < 12 and (s.startswith("0") and len(s) >= 4 or lang == "id" and re.match(r"\s?WI(?:B|TA|T)\b", after)):
        half = "am"
    if _midnight_hour(hour, after):
        half = ""  # "jam 12 malam" is "12 a.m." as well as "midnight"
    utc: set[float] = set()
    pos = b
    z = _ZONE_AFTER.match(text, b, b + _WINDOW)
    if z:
        off = _zone_offset(z.group(1))
        # the same moment in UTC, so a converted time still matches
        utc = {round((v - off) % 24, 2) for v in vals}
        vals |= utc
        pos = z.end()
    ap = _AM_PM_AFTER.match(text, pos, pos + 8)
    if ap:
        pos = ap.end()
    u = _UTC_AFTER.match(text, pos, pos + _WINDOW)
    if u:
        # "10 a.m. (0300 GMT)": the bracket is the same moment in UTC, read as part of this time
        h, mm = int(u.group(1)), int(u.group(2) or 0)
        if u.group(3) and u.group(3).lower() == "p" and h < 12:
            h += 12
        gmt = round(h + mm / 100, 2)
        utc = {gmt}
        vals.add(gmt)
        b = u.end()
    return vals, "time", b, frozenset(utc), half


#: a result stated in words: "a goalless draw", "ended scoreless", "imbang tanpa gol", "skor kacamata" (0-0)
_NIL_SCORE = {"en": re.compile(r"(?i)(?<!\w)(?:(?:goalless|scoreless)(?=\s+(?:draw|stalemate|tie|match|game|result)\b)|"
                               r"(?<=\bended\s)(?:goalless|scoreless)|(?<=\bfinished\s)(?:goalless|scoreless)|nil-nil|nil-all)(?!\w)"),
              "id": re.compile(r"(?i)(?<!\w)(?:(?<=\bimbang\s)|(?<=\bseri\s))(?:tanpa\s+gol|kacamata)(?!\w)|(?<!\w)skor\s+kacamata(?!\w)")}


_NIL_WRITTEN = re.compile(r"[\s,;:(\-–—]*\(?0\s?[-–]\s?0\b(?!\d)")


def _nil_scores(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """A goalless result told in words (:data:`_NIL_SCORE`): the score 0-0, so "imbang 0-0" = "a goalless draw"
    and "imbang 1-1" against "a goalless draw" is a changed score."""
    pat = _NIL_SCORE.get(lang)
    out: list[NumberMention] = []
    for m in pat.finditer(text) if pat is not None else ():
        a, b = m.span()
        if _NIL_WRITTEN.search(text, max(0, a - 16), a) or _NIL_WRITTEN.match(text, b, b + 16):
            continue  # "ended goalless, 0-0": the score is written too
        if taken.free(a, b):
            taken.take(a, b)
            out.append(NumberMention(a, b, text[a:b], frozenset({score_value(0, 0)}), "score"))
    return out


#: the number word "one" of each language, which is weak (also "a", "single") but counts in a compound ("satu juta")
#: and as a tally ("one-nil")
_WEAK_ONE = ("satu", "one")


@functools.cache
def tally_words(lang: str) -> frozenset[str]:
    """The number words a match's tally is told with, one to ten (``number_words.tsv``: the units and ten, and
    the weak "one"): "two-nil", "one-all", "tiga gol tanpa balas"."""
    return frozenset(w for w, (v, cls) in _words(lang).items()
                     if cls in ("unit", "teen", "weak") and 1 <= v <= 10 and (cls != "weak" or w in _WEAK_ONE))


#: a result whose tallies are told in words: "two-nil", "5-nil", "nil-two" (British "nil", also "zero"), "three
#: unanswered goals", Indonesian "tiga gol tanpa balas" (each the score N-0), a level score "one-all", "3-all"
#: (N-N), "two goals to one" (2-1) and "two goals to nil"; ``{t}`` is a tally: one or two digits or a number word
#: of :func:`tally_words`
_WORD_SCORE = {"en": r"(?i)(?<![\w-])(?:({t})[-–]\s?(?:nil|zero)|(?:nil|zero)[-–]\s?({t})|({t})\s+unanswered\s+goals?|({t})[-–]all|"
                     r"({t})\s+goals?\s+to\s+(?:nil|zero|({t})))(?![\w-])",
               "id": r"(?i)(?<![\w-])({t})\s+gol\s+tanpa\s+(?:balas|balasan)(?!\w)"}


def _with_tallies(form: str | None, lang: str, digits: str) -> re.Pattern[str] | None:
    """``form`` (:data:`_WORD_SCORE`, :data:`_MARGIN`) compiled with its ``{t}`` read as a tally: ``digits`` or a
    number word of :func:`tally_words`."""
    if form is None:
        return None
    return re.compile(form.replace("{t}", digits + "|" + "|".join(sorted(tally_words(lang), key=len, reverse=True))))


@functools.cache
def _word_score_pattern(lang: str) -> re.Pattern[str] | None:
    return _with_tallies(_WORD_SCORE.get(lang), lang, r"\d{1,2}")


def _word_scores(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """A result with a nil side told in words (:data:`_WORD_SCORE`): "won two-nil" or "tiga gol tanpa balas" is
    the score 2-0 or 3-0, so it faces "menang 2-0" / "won 3-0", and "won 4-nil" against "menang 5-0" is a changed
    score; "drew one-all" is 1-1."""
    pat = _word_score_pattern(lang)
    out: list[NumberMention] = []
    table = _words(lang)
    for m in pat.finditer(text) if pat is not None else ():
        a, b = m.span()
        tallies = [int(g) if g.isdigit() else int(table.get(g.lower(), (-1.0, ""))[0]) for g in m.groups() if g]
        if min(tallies) < 0 or not taken.free(a, b):
            continue
        taken.take(a, b)
        low = m.group(0).lower()
        n = tallies[0]
        x, y = (n, n) if low.endswith("all") else (n, 0) if len(tallies) == 1 else (tallies[0], tallies[1])
        out.append(NumberMention(a, b, text[a:b], frozenset({score_value(x, y)}), "score"))
    return out


#: a winning margin told in place of the score: "won by a single goal", "by two goals", "by 11 points", "menang dengan
#: selisih dua gol"; ``{t}`` as in :data:`_WORD_SCORE`, "a"/"a single"/"a lone" one goal or point
_MARGIN = {"en": r"(?i)(?<!\w)(?:by\s+(?:(a|a\s+single|a\s+lone|{t})\s+(?:clear\s+)?(?:goals?|points?|runs?))|(straight)\s+(?:games|sets))(?!\w)",
           "id": r"(?i)(?<!\w)(?:selisih\s+({t})\s+(?:gol|poin|angka)|(?:dua|tiga)\s+(?:gim|game|set)\s+(langsung)|(straight)\s+(?:set|game)s?)(?!\w)"}


@functools.cache
def _margin_pattern(lang: str) -> re.Pattern[str] | None:
    return _with_tallies(_MARGIN.get(lang), lang, r"\d{1,3}")


def _margins(text: str, lang: str) -> list[tuple[int, int, int]]:
    """The winning margins of ``text`` (:data:`_MARGIN`): ``(start, end, margin)``; a sweep ("in straight games",
    "dua gim langsung": 2-0 or 3-0, every game or set won) is the margin :data:`_SWEEP`."""
    pat = _margin_pattern(lang)
    out = []
    for m in pat.finditer(text) if pat is not None else ():
        w = next(g for g in m.groups() if g).lower()
        n = (_SWEEP if w in ("straight", "langsung") else int(w) if w.isdigit() else 1 if w.startswith("a")
             else int(_words(lang).get(w, (0.0, ""))[0]))
        if n:
            out.append((m.start(), m.end(), n))
    return out


#: the margin of a sweep: it tells any score whose loser won no game or set, of two or three games or sets
_SWEEP = -1


def _margin_fits(margin: int, x: float, y: float) -> bool:
    return min(x, y) == 0 and max(x, y) in (2, 3) if margin == _SWEEP else margin == abs(x - y)


def _excuse_margins(left: list[NumberMention], other: list[NumberMention], other_text: str,
                    other_lang: str) -> tuple[list[NumberMention], list[NumberMention]]:
    """Drop each score of ``left`` that a winning margin of the other side tells (``menang 2-1`` = "won by a single
    goal", ``menang 89-78`` = "won by 11 points", ``menang 2-0`` = "won in straight games"), and the margin's number from the other side's leftovers
    ``other``; each margin once. A margin of another size ("by two goals" for 2-1) stays a changed score."""
    margins = _margins(other_text, other_lang) if any(n.kind == "score" for n in left) else []
    if not margins:
        return left, other
    keep = []
    used: set[tuple[int, int, int]] = set()
    for n in left:
        xy = _parts(n) if n.kind == "score" else None
        hit = next((g for g in margins if g not in used and xy is not None and _margin_fits(g[2], *xy)), None)
        if hit is None:
            keep.append(n)
            continue
        used.add(hit)
        other = [o for o in other if not (hit[0] <= o.start and o.end <= hit[1])]
    return keep, other


_CLOCK_WORDS = {"en": re.compile(r"(?i)(?<!\w)(noon|midday|midnight)(?!\w)"),
                "id": re.compile(r"(?i)(?<!\w)(tengah\s+hari|tengah\s+malam)(?!\w)")}


#: English for "open all 24 hours" ("buka 24 jam"): "24/7", "around the clock", "round-the-clock"
_ALL_HOURS = re.compile(r"(?i)(?<![\w/])(?:24\s?/\s?7|24-7|a?round[\s-]the[\s-]clock)(?![\w/])")


def _all_hours(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """"24/7" and "around the clock" as the 24 hours of Indonesian "buka 24 jam" (open 24 hours): English says
    "open 24/7" and no 7 was added; the words are weak (they match but are never reported alone). An Indonesian
    "24/7" read as a date (24 July) is claimed by the date check before."""
    out = []
    for m in _ALL_HOURS.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            weak = not m.group(0)[0].isdigit()
            out.append(NumberMention(m.start(), m.end(), m.group(0), frozenset({24.0}), "cardinal", weak))
    return out


def _clock_words(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """``noon``/``tengah hari`` (12:00) and ``midnight``/``tengah malam`` (00:00, 24:00): weak times that match a
    written time (``pukul 12.00 WIB`` = ``noon local time``) but are never reported alone."""
    pat = _CLOCK_WORDS.get(lang)
    if pat is None:
        return []
    out = []
    for m in pat.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        w = m.group(1).lower()
        vals = frozenset({12.0}) if w in ("noon", "midday") or w.endswith("hari") else frozenset({0.0, 24.0})
        taken.take(a, b)
        out.append(NumberMention(a, b, text[a:b], vals, "time", True))
    return out


#: "seven in ten", "one out of five", "tujuh dari sepuluh", "one in a hundred": a share, the same as a percentage
_RATIO = re.compile(r"(?i)\b(\d{1,3}|[a-z]+)\s+(?:in|out of|of every|dari|dari setiap)\s+(a\s+)?(\d{1,3}|[a-z]+)\b(?![.,]?\d)")


def _ratios(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    """Shares of ten or a hundred written as "N in M" (``seven in ten``, ``tujuh dari sepuluh``) are the
    percentage they stand for. Other denominators stay two numbers: "satu dari lima anak" and "one in five
    children" are written alike in both languages, and "dua dari tiga korban" is a count (two of the three)."""
    table = _words(lang) if lang in ("id", "en") else {}

    def value(w: str, article: bool = False) -> float | None:
        if w.isdigit():
            return float(w)
        hit = table.get(w.lower())
        # "a hundred" is one scale word with its article ("one in a hundred")
        return hit[0] if hit is not None and hit[1] in ("unit", "weak", "teen", "tens", "scale1") + ("scale",) * article else None

    out = []
    for m in _RATIO.finditer(text):
        a, b = m.span()
        n, d = value(m.group(1)), value(m.group(3), bool(m.group(2)))
        if n is None or d not in (10.0, 100.0) or not 0 < n < d or not taken.free(a, b):
            continue
        if re.search(r"(?i)\bsalah\s+$", text[max(0, a - 8):a]):
            continue  # "salah satu dari 100 orang" = one of the 100 people
        taken.take(a, b)
        pct = round(100 * n / d, 1)
        # the share itself too, as a percentage carries it ("10 persen" = 0.1): "one in ten" = "sepersepuluh"
        out.append(NumberMention(a, b, text[a:b], frozenset({pct, float(round(pct)), round(n / d, 3)}), "percent",
                                 unit=f"{_RATIO_UNIT}{n:g}:{d:g}"))
    return out


#: multiples: "dua kali lipat", "tiga kali lipatnya", "doubled", "tripled", "three-fold", "tenfold"
_MULTIPLE = {
    "id": re.compile(r"(?i)\b(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,3})\s+kali\s+lipat(?:nya)?\b"),
    "en": re.compile(r"(?i)\b(doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|[a-z]+?-?fold|\d{1,3}-fold)\b"),
}
#: the verbs of a multiple (the "-fold" words take their number from the number words: "sixfold", "twentyfold"; a
#: word that is none, "manifold", "blindfold", is no multiple)
_MULTIPLE_VERBS = {"doubl": 2, "tripl": 3, "quadrupl": 4}


def _multiples(text: str, lang: str) -> list[NumberMention]:
    """Multiples a quantity grew by (``dua kali lipat`` = doubled = 2), for comparing one with another; read apart
    from the other numbers, whose small words they would otherwise stand for."""
    pat = _MULTIPLE.get(lang)
    if pat is None:
        return []
    out = []
    for m in pat.finditer(text):
        w = m.group(1).lower()
        head = re.match(r"\d+|[a-z]+?(?=-?fold|e[ds]?$|ing$)|[a-z]+", w) if lang == "en" else None
        key = head.group(0) if head else w  # "three-fold" -> three, "doubled" -> doubl
        v = float(key) if key.isdigit() else float(_MULTIPLE_VERBS.get(key, 0)) or _words(lang).get(key, (0.0, ""))[0]
        if v:
            out.append(NumberMention(m.start(), m.end(), m.group(0), frozenset({v}), "cardinal"))
    return out


def _multiple_told(n: NumberMention, own: Sequence[NumberMention], other: Sequence[NumberMention]) -> bool:
    """Whether ``n`` is the number of a multiple of its side (``own``: "naik 10 kali lipat") that the other side
    tells as a multiple of the same value (``other``: "rose tenfold"), which the other numbers do not read."""
    return any(m.start <= n.start and n.end <= m.end and any(m.values & o.values for o in other) for m in own)


#: the unit of a share read by :func:`_ratios` ("ratio:7:10"): its two numbers may stand apart on the other side
_RATIO_UNIT = "ratio:"


def _parts(n: NumberMention) -> tuple[float, float] | None:
    """The two numbers a score (``2-1``) or a share (``seven in ten``) is made of."""
    if n.kind == "score":
        v = int(-(min(n.values) + _SCORE_BASE))
        return float(v // 1000), float(v % 1000)
    if n.unit.startswith(_RATIO_UNIT):
        x, y = n.unit[len(_RATIO_UNIT):].split(":")
        return float(x), float(y)
    return None


#: a Roman numeral after a capitalised word ("Komisi III", "World War II", "Kodam IV/Diponegoro"); a one-letter
#: numeral ("I" is also the English pronoun) only after a head word that takes one
_ROMAN = re.compile(r"\b([A-Z][\w.'’-]*|[a-z]+) ((?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\w'’])")
_ROMAN_HEADS = frozenset(
    "komisi commission kodam region regional zone zona wilayah sektor sector tahap phase fase perang war pasal article "
    "bab chapter golongan kelas class grade level tingkat jilid volume gelombang wave angkatan batch seri series "
    "divisi division brigade armada fleet dapil district kommission phase".split())
#: the lowercase words a Roman numeral numbers in running text: periods of a year and stages of a process or a match
#: (``kuartal III`` = the third quarter, ``semester I`` = the first half, ``tahap II`` = phase two, ``babak II``)
_ROMAN_PERIODS = frozenset(
    "kuartal triwulan caturwulan semester tahap fase gelombang jilid babak termin periode sesi phase stage".split())
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(s: str) -> int:
    total = 0
    for k, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        total += -v if k + 1 < len(s) and _ROMAN_VALUES[s[k + 1]] > v else v
    return total


def _roman_numbers(text: str, taken: Taken) -> list[NumberMention]:
    """Roman numerals numbering a body, a phase or a war (``Komisi III`` = ``Commission III`` = ``Commission 3``), and
    after a lowercase word only a period or stage (:data:`_ROMAN_PERIODS`: ``kuartal III`` = "third quarter")."""
    out = []
    for m in _ROMAN.finditer(text):
        a, b = m.span(2)
        if a == b or not taken.free(a, b):
            continue
        head = fold(m.group(1))
        if m.group(1).islower() and head not in _ROMAN_PERIODS or len(m.group(2)) == 1 and head not in _ROMAN_HEADS | _ROMAN_PERIODS:
            continue
        taken.take(a, b)
        out.append(NumberMention(a, b, m.group(2), frozenset({float(_roman_value(m.group(2)))}), "ordinal"))
    return out


def _glued_hour(text: str, a: int, lang: str) -> bool:
    """Whether the digits at ``a`` are an hour that informal Indonesian glues to ``jam`` ("jam6 pagi" = "6 a.m.",
    "jam7an" = "around 7"): a clock time like "jam 6", not a code like "B12" or "MH17"."""
    return lang == "id" and _HOUR_BEFORE.search(text, max(0, a - 6), a) is not None


def _digit_numbers(text: str, lang: str, taken: Taken) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _DIGITS.finditer(text):
        a, b = m.start(), m.end()
        if not taken.free(a, b):
            continue
        cur = _CURRENCY_BEFORE.search(text, max(0, a - 6), a)
        prev = text[a - 1] if a else " "
        if (prev.isalpha() or prev == "_") and not cur and not _glued_hour(text, a, lang):
            continue  # B12, MH17
        if prev in "-/+" and a >= 2 and (text[a - 2].isupper() or text[a - 2].isdigit() and prev == "+"):
            continue  # COVID-19, F-16, GMT+0100
        s = m.group(0).rstrip(".,:")
        b = a + len(s)
        vals = _digit_values(s)
        if not vals:
            continue
        code = None if cur or not s.isdigit() else _CODE_AFTER.match(text, b, b + 8)
        if code is not None:
            # "3T" (terdepan, terluar, tertinggal), "4G", "3D": a code, not a count (see :func:`check_numbers`)
            taken.take(a, code.end())
            out.append(NumberMention(a, code.end(), text[a:code.end()], frozenset(vals), "code"))
            continue
        kind = "cardinal"
        utc: frozenset[float] = frozenset()
        half = ""
        after = text[b:b + _WINDOW]
        timed = _time_values(text, a, b, s, lang) if not cur else None
        if lang == "id" and text[max(0, a - 3):a].lower() == "ke-":
            a -= 3
            kind = "ordinal"
        elif ord_suffix := _ORD_SUFFIX.match(after):
            b += ord_suffix.end()
            kind = "ordinal"
        elif len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2100 and not timed:
            kind = "year"
            d = _DECADE_SUFFIX.match(after)
            if d:
                b += d.end()
                kind = "decade"
        elif timed:
            vals, kind, b, utc, half = set(timed[0]), timed[1], timed[2], timed[3], timed[4]
        else:
            d = _DECADE_SUFFIX.match(after)
            if d and s.isdigit() and len(s) == 2 and (after.startswith("-an") or after.startswith("s") or after.startswith("'s")):
                vals = {float(s), 1900.0 + int(s), 2000.0 + int(s)}
                b += d.end()
                kind = "decade"
        currency = _currency_code(cur.group(0)) if cur else ""
        factor, b2 = _scale_after(text, b, lang, currency) if kind != "time" else (1.0, b)
        if factor != 1.0:
            vals = {v * factor for v in vals}
            b = b2
        unit = ""
        if factor == 1.0 and lang == "en" and kind == "cardinal" and not cur and _GLUED_M.match(text, b):
            # "15m more than": millions in wire copy, metres in a sports report; both readings are kept and
            # the metre one matches only a length (see _fits_reading)
            vals |= {v * 1e6 for v in vals}
            b += 1
            unit = "m"
        if cur:
            kind = "currency"
            a = a - len(cur.group(0))
            unit = currency
        elif kind == "cardinal":
            c = _CURRENCY_AFTER.match(text, b, b + _WINDOW)
            if c and (_POUND_WEIGHT.match(text, b, b + _WINDOW)
                      or c.group(0).strip().lower() == "pounds" and _WEIGHT_BEFORE.search(text, max(0, a - 48), a)):
                c = None
                unit = "pound"
            elif not unit:
                unit = _temperature_unit(text, b, lang)
            if c:
                kind = "currency"
                b = c.end()
                unit = _currency_code(c.group(0))
        pm = _PERCENT.match(text, b, b + _WINDOW)
        bp = _BASIS_POINTS.match(text, b, b + _WINDOW) if kind == "cardinal" else None
        if pm and kind != "time":
            kind = "percent"
            b = pm.end()
            vals |= {v / 100 for v in vals}
        elif bp:
            # "25 basis points" is the percentage-point figure 0.25 (and the share 0.0025), never 25
            kind = "percent"
            b = bp.end()
            vals = {v / 100 for v in vals} | {v / 10000 for v in vals}
        if kind == "cardinal" and factor == 1.0 and not unit and (r := _RANGE_YEAR.search(text, max(0, a - 5), a)) \
                and re.fullmatch(r"\d\d", s) and (int(r.group(1)) + 1) % 100 == int(s):
            # the short second year of a season or fiscal year ("2011/12", "2022-23"): it may be dropped on the
            # other side ("Protes di Syria 2011") or written out ("2022/2023"), so it is matched, never reported alone
            weak = True
        else:
            # a bare "1" is often "a"/"an" on the other side ("1 mil" = "a mile"): matched, never reported alone
            weak = vals == {1.0} and kind == "cardinal"
        if not unit and not cur and kind == "cardinal" and (ft := _FEET_DECIMAL.fullmatch(s)) \
                and _UNITS.get(_unit_after(text, b), ("", 0.0))[1] == _UNITS["feet"][1] and int(ft.group(2)) < 12:
            # "6,6 kaki" for "6-foot-6": a height in feet and inches is often written with the inches as decimals
            vals.add(int(ft.group(1)) + int(ft.group(2)) / 12)
        taken.take(a, b)
        out.append(NumberMention(a, b, text[a:b], frozenset(vals), kind, weak=weak,
                                 unit=unit or _unit_after(text, b), utc=utc, half=half))
    return out


#: a capital glued to a number makes a code ("3T", "4G", "5G", "3D"); K, M and B are scales ("10K", "5M") and W, V,
#: A, L, C and F units ("20W", "220V", "5L", "30C"), and two or more capitals mostly a unit too ("20MW", "5GB")
_CODE_AFTER = re.compile(r"(?![KMBWVALCF])[A-Z](?![\w])")

#: the first year of a range whose second is shortened, right before it: "2011/", "2022-", "2024–"
_RANGE_YEAR = re.compile(r"(?<!\d)((?:18|19|20)\d\d)[/–-]$")
#: a height in feet with the inches after the decimal sign: "6,6" (kaki), "5.11" (feet)
_FEET_DECIMAL = re.compile(r"(\d)[.,](\d{1,2})")

_EN_CONNECT = {"and"}
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
#: "of" between a fraction and its scale: "setengah dari satu juta", "half of a million"
_FRACTION_OF = {"id": ("dari",), "en": ("of",)}
#: weak number words that are ordinals beside a superlative ("second" is also a unit of time, "kedua" also "both")
_RANK_WEAK = frozenset({"second", "kedua"})
#: the word after an English ordinal and the one after it ("second-largest", "second most populous")
_WORDS_AFTER_EN = re.compile(r"[\s-]+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
#: an Indonesian superlative right before its ordinal ("terbesar kedua", "paling padat kedua")
_SUPERLATIVE_BEFORE_ID = re.compile(r"\b(?:ter(?:besar|kecil|tinggi|rendah|panjang|pendek|luas|padat|dalam|tua|muda|kaya|miskin|"
                                    r"ramai|sibuk|banyak|sedikit|cepat|lambat|berat|jauh|dekat|populer|penting|baik|buruk|kuat|"
                                    r"mahal|murah|lebar|sempit|dingin|panas)|paling\s+[a-z]+)\s+$", re.I)


def _beside_superlative(text: str, a: int, end: int, lang: str) -> bool:
    """Whether the weak ordinal at ``text[a:end]`` ranks a superlative ("second-largest", "terbesar kedua")."""
    if lang == "en":
        m = _WORDS_AFTER_EN.match(text, end, end + 32)
        if m is None:
            return False
        # "second most populous" (most/least before a word), "third-busiest" (any superlative form)
        return (m.group(2) is not None and fold(m.group(1)) in ("most", "least")) or (
            fold(m.group(1)) not in ("most", "least") and en_superlative_form(m.group(1)))
    return lang == "id" and _SUPERLATIVE_BEFORE_ID.search(text, max(0, a - 24), a) is not None


#: English words that name a share after "a", "one", "two" or "three" ("a fifth", "two thirds"); Indonesian writes
#: the share in one word (``seperlima``, ``sepertiga``: ``number_words.tsv``)
_EN_DENOMINATORS = frozenset("third quarter fifth sixth eighth tenth".split())
#: the words joining a count to its half: "satu setengah juta", "one and a half million" (= 1.5 million)
_HALF_JOIN = {"id": (), "en": ("and", "a")}


#: English denominators of a share of several parts ("two-thirds", "three fifths"); a singular one only hyphenated
#: ("a two-third majority")
_EN_SHARE_DENOMINATORS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixths": 6,
                          "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10}
#: words before a count of quarters that make them periods, not a share ("the first three quarters" of a game or a
#: year)
_PERIOD_BEFORE = frozenset("the first last past next previous all consecutive straight".split())


def _share_denominator(toks: list[tuple[int, int, str]], k: int, text: str, lang: str,
                       table: dict[str, tuple[float, str]]) -> tuple[float, int]:
    """The denominator that the words after count ``k`` name as a share, and how many words they are ("pertiga" = 3
    and "thirds" = 3 in one word, "per tiga" = 3 in two), or ``(0, 0)``: Indonesian writes it as "per" and the
    count word (KBBI: "dua pertiga"), English as an ordinal, in the plural or hyphenated. "Quarters" counts periods
    after "the"/"first"/"last" or where no "of" or hyphen tells a share ("three quarters" of a game), and
    "perempat" before "final" is a round (perempat final)."""
    w = toks[k + 1][2].lower()
    nxt = toks[k + 2][2].lower() if k + 2 < len(toks) else ""
    if lang == "en":
        den = _EN_SHARE_DENOMINATORS.get(w, 0)
        hyphen = text[toks[k][1]:toks[k + 1][0]] == "-"
        if not w.endswith("s") and not hyphen:
            return 0, 0
        if w.startswith("quarter") and (not (hyphen or nxt == "of") or k and toks[k - 1][2].lower() in _PERIOD_BEFORE):
            return 0, 0
        return den, 1 if den else 0
    if lang == "id" and w.startswith("per") and (e := table.get(w[3:])) and e[1] in ("unit", "teen") and e[0] >= 2 \
            and not nxt.startswith("final"):
        return e[0], 1
    if lang == "id" and w == "per" and (e := table.get(nxt)) and e[1] in ("unit", "teen") and e[0] >= 2 \
            and text[toks[k + 1][1]:toks[k + 2][0]] == " ":
        return e[0], 2  # spaced: "dua per tiga"
    return 0, 0


def _adjacent(text: str, toks: list[tuple[int, int, str]], k: int, p: int) -> bool:
    """Whether tokens ``k``..``p`` stand one after another, a space or two apart (no digit or comma between)."""
    return all(text[toks[i][1]:toks[i + 1][0]] in (" ", "  ") for i in range(k, p))


def _half_after(text: str, toks: list[tuple[int, int, str]], j: int, lang: str, table: dict[str, tuple[float, str]]) -> int:
    """The token index after a half joined to the count before token ``j`` ("setengah", "and a half"), or 0."""
    join = _HALF_JOIN.get(lang)
    if join is None:
        return 0
    h = j + len(join)
    if h >= len(toks) or [t[2].lower() for t in toks[j:h]] != list(join) or table.get(toks[h][2].lower()) != (0.5, "fraction"):
        return 0
    return h + 1 if _adjacent(text, toks, j - 1, h) else 0


def _compound_count(word: str, lang: str, table: dict[str, tuple[float, str]]) -> float | None:
    """The count that opens a compound of a compounding profile language ("zwölfjährige" = 12-year-old,
    "dreitägigen" = three-day, "zehnköpfige"): a number word of ``table`` (unit, teen or tens) before one of the
    profile's ``number_compounds`` heads and an adjective ending. Such a word is a count written as one word,
    as "12-year-old" is written with digits; ``None`` for any other word."""
    p = get_profile(lang)
    if not p.compounds or not p.number_compounds:
        return None
    for head in p.number_compounds:
        k = word.find(head, 3)
        if k < 0 or word[k + len(head):] not in ("", "e", "en", "er", "es", "em"):
            continue
        entry = table.get(word[:k])
        if entry is not None and entry[1] in ("unit", "teen", "tens"):
            return entry[0]
    return None


# A small parser of spelled-out numbers (units, tens, scales, "setengah"); noqa until it is split.
def _word_numbers(text: str, lang: str, taken: Taken) -> list[NumberMention]:  # noqa: C901
    table = _words(lang)
    if not table:
        return []
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD_TOKEN.finditer(text)]
    out: list[NumberMention] = []
    k = 0
    while k < len(toks):
        a, b, w = toks[k]
        lw = w.lower()
        entry = table.get(lw)
        if entry is None and (count := _compound_count(lw, lang, table)) is not None and taken.free(a, b):
            out.append(NumberMention(a, b, w, frozenset({count}), "cardinal", False))  # "zwölfjährige"
            k += 1
            continue
        # "an hour and a half", "two years and a half": the count and its half around the noun
        if (k + 1 < len(toks) and (lw in articles(lang) or entry is not None and entry[1] in ("unit", "teen", "tens", "weak"))
                and toks[k + 1][2].lower() not in table and _adjacent(text, toks, k, k + 1)
                and (h := _half_after(text, toks, k + 2, lang, table)) and taken.free(a, toks[h - 1][1])):
            end = toks[h - 1][1]
            value = (1.0 if entry is None else entry[0]) + 0.5
            out.append(NumberMention(a, end, text[a:end], frozenset({value}), "cardinal", False,
                                     unit=_measure_unit(text, b, lang)))
            k = h
            continue
        # "a hundred", "a million", "a dozen", "a third"
        if (lw in articles(lang) or entry is not None and entry[1] == "weak" and entry[0] == 1.0) and k + 1 < len(toks):
            # "a million", "eine Million"; "satu juta", "one hundred": a weak "one" before a scale counts
            nxt = table.get(toks[k + 1][2].lower())
            if nxt and nxt[1] in ("scale", "dozen") and toks[k + 1][0] - b <= 1 or entry is not None and _half_after(text, toks, k + 1, lang, table):
                entry = (1.0, "unit")  # "satu setengah juta", "one and a half million" too
            elif (len(toks[k + 1][2]) > 2 and toks[k + 1][2].lower() in _UNITS and toks[k + 1][0] - b <= 1
                  and (_UNITS[toks[k + 1][2].lower()][0] not in _LOOSE_DIMENSIONS or _era_unit(toks, k))):
                entry = (1.0, "weak")  # "about a mile" (= 1,6 Kilometer): matches, never reported alone
        if not entry or entry[1] == "suffix" or not taken.free(a, b):
            k += 1
            continue
        if w[0].isupper() and lang == "id" and after_place_word(text, a):
            k += 1
            continue  # "Pasar Minggu", "Jalan Lima", "Universitas Sebelas Maret": part of a name
        if lang == "id" and lw.startswith("ke") and entry[1] in ("ordinal", "weak") and k + 1 < len(toks) \
                and toks[k + 1][2].lower() in ("belas", "puluh") and toks[k + 1][0] - b <= 1:
            # "kedua belas" = twelfth, "ketiga puluh" = thirtieth
            val = entry[0] + 10 if toks[k + 1][2].lower() == "belas" else entry[0] * 10
            end = toks[k + 1][1]
            out.append(NumberMention(a, end, text[a:end], frozenset({val}), "ordinal", False))
            k += 2
            continue
        if entry[1] == "decade":
            # "in her sixties", "the nineties": a decade told in a word, as the digits "60-an" / "1990s" tell it
            v = entry[0]
            out.append(NumberMention(a, b, w, frozenset({v, 1900.0 + v, 2000.0 + v}), "decade", False))
            k += 1
            continue
        if entry[1] == "belas" and not (k and table.get(toks[k - 1][2].lower(), (0, ""))[1] in ("unit", "weak")):
            k += 1
            continue  # "belas" alone ("belasan" aside) is no number
        if entry[1] in ("ordinal", "weak", "dozen") or entry[1] == "fraction":
            j = k
            val = entry[0]
            cls = entry[1]
            # "setengah juta", "half a million", "setengah dari satu juta", "half of one million"; an English
            # share after its count too ("a quarter of a million", "a third of a billion", "a quarter million")
            share = lang == "en" and lw in _EN_DENOMINATORS and k > 0 and toks[k - 1][2].lower() in ("a", "one", "two", "three")
            scale = 1.0
            if cls == "fraction" or share:
                p = k + 1
                if p < len(toks) and toks[p][2].lower() in _FRACTION_OF.get(lang, ()):
                    p += 1
                if p < len(toks) and (toks[p][2].lower() in articles(lang) or table.get(toks[p][2].lower()) == (1.0, "weak")):
                    p += 1
                nxt = table.get(toks[p][2].lower()) if p < len(toks) else None
                if nxt and nxt[1] in ("scale", "scale1") and nxt[0] >= 1000 and _adjacent(text, toks, k, p):
                    scale = nxt[0]
                    val *= scale
                    j = p
            end = toks[j][1]
            if share:
                # "a third", "a fifth", "two thirds": the share, the ordinal's value kept (as "a third" below); of a
                # scale word, a cardinal ("a quarter of a billion" = 250 juta)
                val = (0.25 if lw == "quarter" else 1 / entry[0]) * (1 if toks[k - 1][2].lower() in ("a", "one") else table[toks[k - 1][2].lower()][0]) * scale
                a = toks[k - 1][0]
                if scale > 1:
                    cls = "fraction"
            if cls == "weak" and lw in _RANK_WEAK and _beside_superlative(text, a, end, lang):
                cls = "ordinal"  # "second-largest", "terbesar kedua": a rank, never a unit of time or "both"
            kind = {"ordinal": "ordinal", "weak": "cardinal", "dozen": "cardinal", "fraction": "cardinal"}[cls]
            # fractions are mostly nouns in news ("the first half", "a quarter of"): matched, not reported alone
            weak = cls in ("weak", "fraction") and j == k or (cls == "dozen" and lw.endswith("s"))
            vals = {round(val, 3), val}
            if lang == "en" and lw in _EN_DENOMINATORS and lw != "quarter" and scale == 1.0:
                vals.add(entry[0])
            out.append(NumberMention(a, end, text[a:end], frozenset(vals), kind, weak,
                                     unit=_measure_unit(text, end, lang)))
            k = j + 1
            continue
        # a share of more than one part, its count and its denominator in two words: "dua pertiga", "tiga
        # perempat", "two-thirds", "three quarters" (= 2/3, 3/4), read as the share, not as the count alone
        if entry[1] in ("unit", "teen") and k + 1 < len(toks) and text[b:toks[k + 1][0]] in (" ", "-") \
                and (parts := _share_denominator(toks, k, text, lang, table))[0] \
                and taken.free(a, toks[k + parts[1]][1]):
            den, n_words = parts
            end = toks[k + n_words][1]
            val = entry[0] / den
            # a share keeps its count as well: English tells it "three out of four", "two in three" ("tiga perempat
            # pemilih"), two numbers of which the count is the first (German "zwei Drittel" likewise); an English share
            # of a unit ("three quarters of an hour") is the share alone, which the unit turns into minutes
            vals = {round(val, 3), val} | ({entry[0]} if lang != "en" or not _FRACTION_UNIT.match(text, end, end + 24)
                                           else set())
            out.append(NumberMention(a, end, text[a:end], frozenset(vals), "cardinal", False,
                                     unit=_measure_unit(text, end, lang)))
            k += 1 + n_words
            continue
        # a compound: units, teens, tens, belas/puluh/ratus and scales
        total, current, j, used = 0.0, 0.0, k, False
        end = b
        while j < len(toks):
            tw = toks[j][2].lower()
            if j > k and toks[j][0] - toks[j - 1][1] > 1 and text[toks[j - 1][1]:toks[j][0]].strip() not in ("-", ""):
                break
            if j > k and not taken.free(toks[j][0], toks[j][1]):
                break
            e = table.get(tw)
            if tw in articles(lang) and j == k:
                e = (1.0, "unit")
            if (lang == "en" and tw in _EN_CONNECT and used and (current >= 100 or total >= 100) and j + 1 < len(toks)
                    and table.get(toks[j + 1][2].lower(), (0, ""))[1] in ("unit", "teen", "tens")):
                # "a hundred and five", never "five and eight" (two numbers)
                j += 1
                continue
            if e is not None and e[1] == "ordinal" and used and lang == "en" and current % 10 == 0 and current >= 20:
                current += e[0]  # "twenty-fourth"
                end = toks[j][1]
                j += 1
                break
            h = _half_after(text, toks, j, lang, table) if used and 0 < current < 100 and current.is_integer() else 0
            if h:
                current += 0.5  # "dua setengah juta", "two and a half million"
                end = toks[h - 1][1]
                j = h
                continue
            if e is None or e[1] in ("ordinal", "weak", "dozen", "fraction", "suffix"):
                if e is not None and e[1] == "weak" and tw in _WEAK_ONE and not used:
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
                # the tens multiply the units before them only: "seratus enam puluh" = 100 + 6 * 10
                hundreds = current - current % 100
                current = hundreds + (current % 100 or 1) * 10
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
        pm = _PERCENT.match(text, end, end + _WINDOW)
        vals = {value}
        if pm:
            end = pm.end()
            kind = "percent"
            vals.add(value / 100)
        out.append(NumberMention(start, end, text[start:end], frozenset(vals), kind, weak,
                                 unit=_measure_unit(text, end, lang)))
        k = max(j, k + 1)
    return out


def format_value(values: frozenset[float]) -> str:
    """A readable form of a mention's main value (``2014``, ``2.5``, ``1500000``; a score ``2-1``; a vague
    quantity ``~100``)."""
    v = max(values)
    if _is_score(v):
        n = int(-(min(values) + _SCORE_BASE))  # the winner's tally first
        return f"{n // 1000}-{n % 1000}"
    if _is_vague(v):
        return f"~{int(-v)}"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _same_moment(s: NumberMention, t: NumberMention) -> bool:
    """Two times whose UTC is known on both sides must agree on it (``10.00 WIB`` vs ``10 a.m. (0400 GMT)``),
    and so must their halves of the day where both forms settle it (``20.30`` vs ``8:30 a.m.``); two amounts
    must be in the same currency."""
    if s.half and t.half and s.half != t.half:
        return False
    if not _units_agree(s, t):
        return False
    return (not s.utc or not t.utc or bool(s.utc & t.utc)) and _same_currency(s, t) and _fits_reading(s, t) and _fits_reading(t, s)


def _units_agree(s: NumberMention, t: NumberMention) -> bool:
    """One value in two units of one dimension is two measures ("1.200 hektare" is not "1,200 acres", "120
    kilometer" not "120 miles"), unless the units are near alike (ton/tons, mil/nautical mile); one value in units
    of two dimensions is two measures too ("1,2 juta barel" is no "1.2 million tonnes"), and so is one price for
    units of two measures ("per ton" against "an ounce")."""
    if _day_spans(s.unit, t.unit):
        return True
    return all(not (us and ut and (us[0] != ut[0] or not 0.8 <= us[1] / ut[1] <= 1.25))
               for us, ut in ((_UNITS.get(s.unit), _UNITS.get(t.unit)), (_UNITS.get(s.per), _UNITS.get(t.per))))


def _day_spans(u: str, v: str) -> bool:
    """Whether both units are spans of a day or less (days, hours, minutes): they are in the table to convert
    ("90 menit" = "an hour and a half", "2 hari" = "48 hours"), but the same figure in two of them stays one
    figure, as before they were listed: chat copy writes these units loosely ("buka 24 hari" for open 24 hours)."""
    return u in _DAY_SPAN_UNITS and v in _DAY_SPAN_UNITS


def _fits_reading(n: NumberMention, other: NumberMention) -> bool:
    """A glued English ``15m`` without a currency (15 million or 15 metres) matches a length in either reading
    and anything else only as millions: ``15 juta`` and ``15 meter`` match it, a bare ``15`` does not."""
    if n.unit != "m" or not n.text.endswith("m") or _UNITS.get(other.unit, ("", 0.0))[0] == "len":
        return True
    millions = {v for v in n.values if v / 1e6 in n.values}
    return not millions or bool(millions & other.values)


#: above this many candidate pairs a pair's mentions are matched greedily in order (a pathological line)
_MAX_PAIRS = 20000


def _match(src: list[NumberMention], tgt: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Pair mentions with a common value, best pairs first; return the unmatched of each side.

    A pair is better when both readings agree exactly (``1.500`` {1500, 1.5} with ``1,500``), when neither
    side is weak (so ``2.000`` pairs with ``2,000``, not with "both"), and when the kinds agree.
    """
    by_value: dict[float, list[int]] = {}
    for b, t in enumerate(tgt):
        for v in t.values:
            by_value.setdefault(v, []).append(b)
    cands = []
    for a, s in enumerate(src):
        seen: set[int] = set()
        for v in s.values:
            for b in by_value.get(v, ()):
                if b in seen:
                    continue
                seen.add(b)
                t = tgt[b]
                if _same_moment(s, t):
                    score = (s.values == t.values, not s.weak and not t.weak, s.kind == t.kind, -abs(a - b))
                    cands.append((score, a, b))
            if len(cands) > _MAX_PAIRS:
                break
        if len(cands) > _MAX_PAIRS:
            return _match_greedy(src, tgt, by_value)
    cands.sort(key=lambda c: c[0], reverse=True)
    used_s: set[int] = set()
    used_t: set[int] = set()
    for _, a, b in cands:
        if a not in used_s and b not in used_t:
            used_s.add(a)
            used_t.add(b)
    return [s for a, s in enumerate(src) if a not in used_s], [t for b, t in enumerate(tgt) if b not in used_t]


def _match_greedy(src: list[NumberMention], tgt: list[NumberMention],
                  by_value: dict[float, list[int]]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Each source mention takes the first free target mention with a common value (linear fallback)."""
    nxt: dict[float, int] = {}
    used_t: set[int] = set()
    left_s = []
    for s in src:
        hit = None
        for v in s.values:
            lst = by_value.get(v, [])
            k = nxt.get(v, 0)
            while k < len(lst) and lst[k] in used_t:
                k += 1
            nxt[v] = k
            if k < len(lst) and _same_moment(s, tgt[lst[k]]):
                hit = lst[k]
                break
        if hit is None:
            left_s.append(s)
        else:
            used_t.add(hit)
    return left_s, [t for b, t in enumerate(tgt) if b not in used_t]


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
    if a.kind in ("score", "vague") or b.kind in ("score", "vague"):
        return False
    if convert and a.unit.startswith("temp:") and b.unit.startswith("temp:") and a.unit != b.unit:
        return _same_temperature(a, b)
    if convert:
        for c_m, d_m in ((a, b), (b, a)):
            # "temperatures around 27 ºC" = "widespread 80s": American weather copy gives a Fahrenheit decade
            if c_m.unit == "temp:c" and d_m.kind == "decade" and re.match(r"\d\d\D", d_m.text):
                if any(lo - 1.5 <= c * 1.8 + 32 < lo + 11.5 for c in c_m.values for lo in d_m.values if lo < 100):
                    return True
    ua, ub = _UNITS.get(a.unit), _UNITS.get(b.unit)
    if convert and ua and ub and ua[0] == ub[0] and ua[1] != ub[1]:
        for x in a.values:
            for y in b.values:
                xa, yb = x * ua[1], y * ub[1]
                if xa and yb and abs(xa - yb) / max(xa, yb) < (0.1 if _loose_units(a.unit, b.unit) else 0.03):
                    return True
                # a rough conversion rounded to the digits it is written with, a little off ("5 kilometer" =
                # "about three miles", 3.1; "30 meter" is no "31 yards", 28.3)
                if xa and yb and abs(xa - yb) / max(xa, yb) < 0.05 and any(
                        _sig_digits(w) <= 2 and _sig_round(v, _sig_digits(w)) == w for v, w in ((xa / ub[1], y), (yb / ua[1], x))):
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


def _same_temperature(a: NumberMention, b: NumberMention) -> bool:
    """Celsius against Fahrenheit, as a reading (27 ºC = 80 degrees) or as a difference (6 Grad = 10 degrees
    warmer), within the rounding translators use; a scale left unnamed ("degrees") may be either."""
    for c_m, f_m in ((a, b), (b, a)):
        if c_m.unit not in ("temp:c", "temp:?") or f_m.unit not in ("temp:f", "temp:?"):
            continue
        for c in c_m.values:
            for f in f_m.values:
                if abs(c * 1.8 + 32 - f) <= max(1.5, 0.03 * abs(f)) or c and abs(c * 1.8 - f) <= 0.1 * abs(f):
                    return True
    return False


def _in_vague_range(n: NumberMention, vague: NumberMention) -> bool:
    """``ratusan`` (hundreds) covers 100..999 and ``ribuan`` 1,000..9,999: an exact count a translator gave."""
    mag = -min(vague.values)
    return any(mag <= v < mag * 10 or mag == 10 and 10 <= v < 100 for v in n.values)


def _value_of(n: NumberMention) -> str:
    """The ``expected``/``found`` value of a mention: its value, or for a clock time the time as written."""
    return n.text if n.kind == "time" else format_value(n.values)


def _finding(sev: str, src: Side, tgt: Side, msg: str, s: NumberMention | None, t: NumberMention | None) -> Finding:
    return Finding("number", sev, src.ids, tgt.ids, src.text, tgt.text, msg,
                   s.text if s else None, t.text if t else None,
                   _value_of(s) if s else None, _value_of(t) if t else None,
                   s.start if s else None, s.end if s else None, t.start if t else None, t.end if t else None)


#: the words between the two months of a span ("Januari-Oktober", "Januari hingga September", "July to September");
#: the date check reads spans by them too
MONTH_SPAN_JOIN = r"\s*(?:[-–]|(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d|to|through|until|till)\s)\s*"


@functools.cache
def _span_from_january() -> tuple[re.Pattern[str], dict[str, int]]:
    """A span of months from January ("Januari-September", "January to September", "Januari hingga September"), and
    the number of each month by its full name (the first English and Indonesian forms of ``calendar.tsv``)."""
    months: dict[str, int] = {}
    for row in data_lines("calendar.tsv"):
        if row[0].isdigit():
            for cell in row[1:3]:
                months[cell.split("|")[0]] = int(row[0])
    january = "|".join(re.escape(m) for m, n in months.items() if n == 1)
    pattern = re.compile(rf"\b(?:{january}|Jan\.?){MONTH_SPAN_JOIN}(" + "|".join(map(re.escape, months)) + r")\b")
    return pattern, months


def _months_of_span(n: NumberMention, text: str, other: str) -> bool:
    """Whether ``n`` counts the months of a span from January that the other side names by its months ("the first
    nine months" = "Januari-September", "sembilan bulan pertama" = "January to September"): the same period."""
    if len(n.values) != 1:
        return False
    v = next(iter(n.values))
    first = bool(re.search(r"(?i)\bfirst\s+$", text[max(0, n.start - 8):n.start])
                 and re.match(r"\s+months\b", text[n.end:]))
    first = first or bool(re.match(r"(?i)(?:[- ]month\s+period\b|\s+bulan\s+pertama\b)", text[n.end:]))
    if not first or not v.is_integer():
        return False
    span, months = _span_from_january()
    ends = {months[m.group(1)] for m in span.finditer(other)}
    return int(v) in ends


def check_numbers(src: Side, tgt: Side, src_nums: list[NumberMention], tgt_nums: list[NumberMention]) -> list[Finding]:
    """Number findings for one aligned pair (see the module docstring)."""
    sl, tl = src.label(), tgt.label()
    out: list[Finding] = []
    # vague quantities are compared among themselves: "ratusan" vs "thousands" is a change, "ratusan" vs
    # "hundreds of" is not, and one alone ("puluhan" rendered "many") is no finding
    s_vague = [n for n in src_nums if n.kind == "vague"]
    t_vague = [n for n in tgt_nums if n.kind == "vague"]
    src_nums = [n for n in src_nums if n.kind != "vague"]
    tgt_nums = [n for n in tgt_nums if n.kind != "vague"]
    sv, tv = _match(s_vague, t_vague)
    # strong forms first; a weak form ("doubles", "foursomes", "both") may only stand in for a value that
    # has no strong candidate left on the other side. An amount converted in brackets ("(about $97 million)")
    # is matched like a strong one but reported only against another conversion left over on the other side.
    ls, lt = _match([n for n in src_nums if not n.weak or _is_conversion(n)],
                    [n for n in tgt_nums if not n.weak or _is_conversion(n)])
    sc, tc = [n for n in ls if _is_conversion(n)], [n for n in lt if _is_conversion(n)]
    ls, lt = [n for n in ls if not _is_conversion(n)], [n for n in lt if not _is_conversion(n)]
    ls, lt = _drop_zone_partners(ls, src_nums, sc), _drop_zone_partners(lt, tgt_nums, tc)
    if not (ls and lt):
        ls, _ = _match(ls, [n for n in tgt_nums if n.weak and not _is_conversion(n)])
        lt, _ = _match(lt, [n for n in src_nums if n.weak and not _is_conversion(n)])
    # a score read on one side only ("won 5-4" vs "dengan suara 5-4"): its two numbers on the other side match it
    ls, lt = _split_scores(ls, lt, tgt_nums, tgt.text)
    lt, ls = _split_scores(lt, ls, src_nums, src.text)
    # a score told as its winning margin on the other side ("menang 2-1" / "won by a single goal")
    ls, lt = _excuse_margins(ls, lt, tgt.text, tgt.lang)
    lt, ls = _excuse_margins(lt, ls, src.text, src.lang)
    # "the first nine months" = "Januari-September": the count of a span the other side names by its months
    ls = [n for n in ls if not _months_of_span(n, src.text, tgt.text)]
    lt = [n for n in lt if not _months_of_span(n, tgt.text, src.text)]
    # an exact count facing a vague quantity of its order ("ratusan" vs "about 300") is a rendering
    if sv or tv:
        ls = _excuse_vague(ls, tv)
        lt = _excuse_vague(lt, sv)
    # rounding and shortening forms are not drift
    # a converted value ("45 mil (72 kilometer)") only excuses a mention whose own unit has no
    # counterpart on the other side: "46 miles" for "45 mil" stays a change
    if len(ls) * len(tgt_nums) + len(lt) * len(src_nums) <= _MAX_PAIRS:
        ls = [s for s in ls if not any(_close(s, t, _no_same_unit(s, tgt_nums)) for t in tgt_nums)]
        lt = [t for t in lt if not any(_close(t, s, _no_same_unit(t, src_nums)) for s in src_nums)]
    # a value written in digits on one side may stand inside a word on the other ("G20" vs "G-20"), and a
    # number word may be kept verbatim inside a name or title ("Five Lives", "back nine")
    s_in, t_in = _Verbatim(tgt.text), _Verbatim(src.text)
    ls2 = [s for s in ls if not s_in.inside_token(s) and not s_in.word(s)]
    lt2 = [t for t in lt if not t_in.inside_token(t) and not t_in.word(t)]
    # leftover conversions and codes first: each faces only its own kind
    out += _conversions_and_codes(src, tgt, sc, tc, ls2, lt2)
    ls2, lt2 = [s for s in ls2 if s.kind != "code"], [t for t in lt2 if t.kind != "code"]
    # pair the leftovers in order, a target of the same kind first
    by_kind: dict[str, list[NumberMention]] = {}
    for t in lt2:
        by_kind.setdefault(t.kind, []).append(t)
    used: set[int] = set()
    pos: dict[str, int] = {}
    any_pos = 0
    n_pairs = min(len(ls2), len(lt2))
    for s in ls2[:n_pairs]:
        lst = by_kind.get(s.kind, [])
        k = pos.get(s.kind, 0)
        while k < len(lst) and id(lst[k]) in used:
            k += 1
        pos[s.kind] = k
        if k < len(lst):
            t = lst[k]
        else:
            while id(lt2[any_pos]) in used:
                any_pos += 1
            t = lt2[any_pos]
        used.add(id(t))
        noun = "score" if s.kind == t.kind == "score" else "number"
        units = (f" {s.unit}", f" {t.unit}") if s.unit and t.unit and s.unit != t.unit and s.kind != "currency" else ("", "")
        out.append(_finding("critical", src, tgt, f"{noun} {_shown(s)}{units[0]} in {sl} became {_shown(t)}{units[1]} in {tl}", s, t))
    ls2 = ls2[n_pairs:]
    lt2 = [t for t in lt2 if id(t) not in used]
    # a weak "one" of a unit ("satu meter", "1 meter") facing a lone number of that unit on the other side
    for ones, others, from_src in ((src_nums, tgt_nums, True), (tgt_nums, src_nums, False)):
        left = lt2 if from_src else ls2
        for one, n in _one_of_a_unit(ones, others, left):
            left.remove(n)
            s_m, t_m = (one, n) if from_src else (n, one)
            out.append(_finding("critical", src, tgt, f"number {_shown(s_m)} {s_m.unit} in {sl} became {_shown(t_m)} "
                                                      f"{t_m.unit} in {tl}", s_m, t_m))
    for s, t in zip(sc, tc):
        if not _close(s, t):
            out.append(_finding("critical", src, tgt, f"number {_shown(s)} in {sl} became {_shown(t)} in {tl}", s, t))
    # two different vague quantities facing each other: "ratusan" (hundreds) became "thousands"
    for s, t in zip(sv, tv):
        out.append(_finding("critical", src, tgt, f"quantity {_shown(s)} in {sl} became {_shown(t)} in {tl}", s, t))
    # a vague quantity left alone facing an exact count of another order: "ratusan" became "3,000"
    k = min(len(sv), len(tv))
    for v, side in ((sv[k:], "src"), (tv[k:], "tgt")):
        counts = lt2 if side == "src" else ls2
        for q in v:
            c = next((c for c in counts if c.kind == "cardinal" and not c.weak), None)
            if c is None:
                break
            counts.remove(c)
            s_m, t_m = (q, c) if side == "src" else (c, q)
            out.append(_finding("critical", src, tgt, f"quantity {_shown(s_m)} in {sl} became {_shown(t_m)} in {tl}", s_m, t_m))
    # a multiple changed: "naik dua kali lipat" (doubled) became "tripled"
    sm, tm = _multiples(src.text, src.lang), _multiples(tgt.text, tgt.lang)
    if len(sm) == len(tm) == 1 and not sm[0].values & tm[0].values:
        out.append(_finding("critical", src, tgt, f"number {_shown(sm[0])} in {sl} became {_shown(tm[0])} in {tl}", sm[0], tm[0]))
    # a share written as a fraction word on each side, a different one: "sepertiga" (a third) became "a quarter"
    # (fraction words are weak, so the matching above leaves them out)
    # ("a third", two words, is a strong form: it counts here as well)
    s_frac = [n for n in src_nums if _fraction_word(n)]
    t_frac = [n for n in tgt_nums if _fraction_word(n)]
    if len(s_frac) == len(t_frac) == 1 and not _value_among(s_frac[0], tgt_nums) and not _value_among(t_frac[0], src_nums):
        out.append(_finding("critical", src, tgt, f"number {_shown(s_frac[0])} in {sl} became {_shown(t_frac[0])} in {tl}",
                            s_frac[0], t_frac[0]))
    # a clock word changed into another: "tengah malam" (midnight) became "noon" (clock words are weak times, so the
    # matching above leaves them out)
    s_clock = [n for n in src_nums if _clock_word(n)]
    t_clock = [n for n in tgt_nums if _clock_word(n)]
    if len(s_clock) == len(t_clock) == 1 and not _value_among(s_clock[0], tgt_nums) and not _value_among(t_clock[0], src_nums):
        out.append(_finding("critical", src, tgt, f"number {_shown(s_clock[0])} in {sl} became {_shown(t_clock[0])} in {tl}",
                            s_clock[0], t_clock[0]))
    out += _ordinal_changes(src, tgt, src_nums, tgt_nums)
    out += _swapped_scores(src, tgt, src_nums, tgt_nums)
    out += _count_noun_changes(src, tgt, src_nums, tgt_nums)
    # a small number word alone on one side is too often lexicalised on the other ("dua kali lipat" =
    # "doubled", "dua tahunan" = "biennial"): a missing or added one is reported only for digits, compounds
    # and values above ten
    for s in ls2:
        if _reportable_alone(s) and not _multiple_told(s, sm, tm):
            # a holder's number after an office ("Presiden ke-3 RI") is often left out or told as "former": minor
            sev = "minor" if _holder_number(src.text, s, src.lang) else "major"
            out.append(_finding(sev, src, tgt, f"number {s.text} in {sl} has no counterpart in {tl}", s, None))
    for t in lt2:
        if _reportable_alone(t) and not _multiple_told(t, tm, sm):
            out.append(_finding("major", src, tgt, f"number {t.text} in {tl} has no counterpart in {sl}", None, t))
    return out


def _one_of_a_unit(ones: list[NumberMention], others: list[NumberMention],
                   left: list[NumberMention]) -> list[tuple[NumberMention, NumberMention]]:
    """Weak "one"s of a measure unit ("satu meter", "1 jam", "one mile") paired with a number of the same unit left
    over on the other side ("two metres"), where that side holds no one of the unit: a weak form is never reported
    alone, so without this a one changed into another count would pass."""
    out: list[tuple[NumberMention, NumberMention]] = []
    taken: set[int] = set()
    for one in ones:
        unit = _UNITS.get(one.unit) if one.unit else None
        if not (one.weak and one.kind == "cardinal" and one.values == frozenset({1.0}) and unit):
            continue
        if any(_UNITS.get(o.unit) == unit and 1.0 in o.values for o in others):
            continue
        n = next((n for n in left if id(n) not in taken and not n.weak and n.kind == "cardinal"
                  and _UNITS.get(n.unit) == unit), None)
        if n is not None:
            taken.add(id(n))
            out.append((one, n))
    return out


def _conversions_and_codes(src: Side, tgt: Side, sc: list[NumberMention], tc: list[NumberMention],
                           ls: list[NumberMention], lt: list[NumberMention]) -> list[Finding]:
    """Findings for leftover conversions and codes; the mentions used are taken out of the lists.

    A conversion left over faces an amount in its currency left over on the other side: the translator gave the
    converted figure as the main one ("US$1,2 miliar atau sekitar Rp19 triliun" / "Rp91 trillion ($1.2 billion)").
    A code ("4G", "3T") faces only another code: a changed one is a changed number, one left out was spelt out
    ("daerah 3T" = "remote regions") and is no finding."""
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    for conv, others, from_src in ((sc, lt, True), (tc, ls, False)):
        for c in list(conv):
            amount = next((o for o in others if o.kind == "currency" and o.unit == c.unit), None)
            if amount is None:
                continue
            conv.remove(c)
            others.remove(amount)
            if not _close(c, amount):
                s_m, t_m = (c, amount) if from_src else (amount, c)
                out.append(_finding("critical", src, tgt, f"number {_shown(s_m)} in {sl} became {_shown(t_m)} in {tl}", s_m, t_m))
    for s, t in zip([s for s in ls if s.kind == "code"], [t for t in lt if t.kind == "code"]):
        out.append(_finding("critical", src, tgt, f"number {s.text} in {sl} became {t.text} in {tl}", s, t))
    return out


#: loss words right before a score: the subject lost ("kalah 1-3 dari", "lost 3-1 to"); see :func:`_result_side`
_LOSS_BEFORE = re.compile(r"(?i)(?<!\w)(?:kalah|takluk|tumbang|menyerah|tertinggal|lost|losing|trailed|trailing|went\s+down)"
                          r"(?!\w)[^\d.;:!?]{0,32}$")


def _result_side(text: str, n: NumberMention) -> str:
    """``win`` or ``loss`` for a score told right after a win word or a loss word (the nearer one), else ``""``."""
    lo = max(0, n.start - 48)
    win, loss = _WIN_BEFORE.search(text, lo, n.start), _LOSS_BEFORE.search(text, lo, n.start)
    if win is None and loss is None:
        return ""
    return "win" if loss is None or win is not None and win.start() > loss.start() else "loss"


def _swapped_scores(src: Side, tgt: Side, src_nums: list[NumberMention], tgt_nums: list[NumberMention]) -> list[Finding]:
    """Two results swapped between their clauses: "Persib menang 2-0, sementara Persija kalah 1-3" / "Persib won 3-1,
    while Persija lost 2-0". Each score still finds its value on the other side, but crosswise, and each faces one
    told after the other kind of result word (a win's score after "lost"). A translator who puts the clauses in the
    other order keeps each result with its word, and one who tells a result from the other team's side does not
    reorder them as well."""
    ss = [n for n in src_nums if n.kind == "score"]
    ts = [n for n in tgt_nums if n.kind == "score"]
    if len(ss) != 2 or len(ts) != 2:
        return []
    (s0, s1), (t0, t1) = ss, ts
    if s0.values & t0.values or s1.values & t1.values or not (s0.values & t1.values and s1.values & t0.values):
        return []
    sides = [_result_side(src.text, s0), _result_side(tgt.text, t1), _result_side(src.text, s1), _result_side(tgt.text, t0)]
    if "" in sides or sides[0] == sides[1] or sides[2] == sides[3]:
        return []
    return [_finding("critical", src, tgt, f"scores swapped: {_shown(s0)} and {_shown(s1)} in {src.label()} are told as "
                     f"{_shown(t1)} and {_shown(t0)} in {tgt.label()}, each after the other result", s0, t1)]


#: the ordinal words of one and two, which the number words list as weak: "first" and "pertama" also say "at first",
#: "for the first time", "second" is a unit of time and "kedua" is also "both" (``kedua negara``)
_WEAK_ORDINALS = {"en": frozenset({"first", "second"}), "id": frozenset({"pertama", "kedua"})}
#: a second (the time unit), not the ordinal: "a second", "one second", "per second", "split second", "5 second"
_SECOND_UNIT = re.compile(r"(?i)(?:\b(?:a|one|per|split|every)|\d)\s+$")
#: words after which Indonesian "kedua" is "both" ("dan kedua anaknya", "di kedua sisi", "antara kedua negara"):
#: prepositions and conjunctions, and verbs by their prefixes ("melibatkan kedua negara", "bertemu kedua pihak")
_BOTH_BEFORE = re.compile(r"(?i)(?:^|[,;:(\"“]|\b(?:dan|atau|serta|di|ke|dari|pada|untuk|bagi|oleh|antara|dengan|kepada|"
                          r"dalam|atas|bahwa|agar|para|sang|kini|juga|akan|telah|sudah|bersama|tentang|terhadap|"
                          r"(?:mem|men|meng|meny|me[lrwyn]|ber|ter|di)[a-z]{3,}))\s+$")


def _ordinal_reading(text: str, n: NumberMention, lang: str) -> bool:
    """Whether ``n`` numbers a place in a sequence: an ordinal form (``ketiga``, ``3rd``, ``ke-3``, ``kuartal III``)
    or the weak ordinal words of one and two (:data:`_WEAK_ORDINALS`) where they read as ordinals: English
    "second" not as the time unit, Indonesian "kedua" after a noun or before "kali" ("babak kedua", "kedua kalinya")
    rather than before one as "both" ("kedua negara")."""
    if n.kind == "ordinal":
        return True
    w = fold(n.text)
    if not n.weak or w not in _WEAK_ORDINALS.get(lang, ()):
        return False
    before = text[max(0, n.start - 24):n.start]
    if w == "second":
        return not _SECOND_UNIT.search(before)
    if w == "kedua":
        return bool(re.match(r"\s+kali", text[n.end:n.end + 6])) or not _BOTH_BEFORE.search(before)
    return True


def _ordinal_changes(src: Side, tgt: Side, src_nums: list[NumberMention], tgt_nums: list[NumberMention]) -> list[Finding]:
    """A place in a sequence changed where a weak ordinal word stands on one side (:func:`_ordinal_reading`): "babak
    kedua" became "the first half", "peringkat kedua" became "third", "kuartal III" became "the second quarter". The
    ordinals of each side are paired by value first; an ordinal left whose value any number of the other side holds
    ("kedua negara" / "the two countries") is no change; one ordinal left on each side, of different values, is
    (critical). Two strong ordinals ("ketiga" / "fourth") are left to the pairing of leftovers."""
    # ordinals in digits ("ke-90", "3rd") are compared as any number is: a word is no rendering of one ("menit ke-90+2"
    # = "the second minute of stoppage time"); an ordinal numbers a place, so the noun after it is no unit to convert
    # ("pekan pertama bulan Agustus" = "the first week of August": no week against a month)
    s_ord = [n for n in src_nums if _ordinal_reading(src.text, n, src.lang) and not any(c.isdigit() for c in n.text)]
    t_ord = [n for n in tgt_nums if _ordinal_reading(tgt.text, n, tgt.lang) and not any(c.isdigit() for c in n.text)]
    if not s_ord or not t_ord:
        return []
    s_left, t_left = _match([replace(n, unit="") for n in s_ord], [replace(n, unit="") for n in t_ord])
    s_left = [n for n in s_left if not _value_among(n, [o for o in tgt_nums if o not in t_ord])]
    t_left = [n for n in t_left if not _value_among(n, [o for o in src_nums if o not in s_ord])]
    if len(s_left) != 1 or len(t_left) != 1 or not (s_left[0].weak or t_left[0].weak):
        return []
    s, t = s_left[0], t_left[0]
    return [_finding("critical", src, tgt, f"number {_shown(s)} in {src.label()} became {_shown(t)} in {tgt.label()}", s, t)]


@functools.cache
def _count_kinds() -> dict[str, dict[str, str]]:
    """lang -> counted noun -> its kind (``count_nouns.tsv``)."""
    out: dict[str, dict[str, str]] = {}
    for kind, lang, words in (row[:3] for row in data_lines("count_nouns.tsv") if len(row) >= 3):
        for w in words.split("|"):
            out.setdefault(lang, {})[w] = kind
    return out


#: words between a count and its noun that tell nothing ("3 unit rumah", "12 of the houses"); words after which
#: the next noun is no longer the counted one ("5 dan 7", "3 di Bogor", "3 residents were")
_COUNT_SKIP = frozenset("unit buah medali of the a an medal medals".split())
_COUNT_STOP = frozenset("dan atau serta yang di ke dari dengan untuk per and or but to in at on for from with by who which "
                        "that is are was were be been being has have had will would can could may might did do does".split())
_COUNT_WORD = re.compile(r"[^\W\d_]+(?:['’]s?(?!\w))?|[^\w\s]|\d")
#: English endings of nouns for people ("robbers", "members", "activists"): a person may be what is counted
_PERSON_ENDING = re.compile(r"(?:ers|ors|ists|ians|ants|ents|men|people)$")
#: nouns with a person's ending that count whatever their body holds ("has 15 members" = "beranggotakan 15 negara")
_ANY_KIND = frozenset(("members", "member"))


def _counted_kinds(text: str, n: NumberMention, lang: str) -> frozenset[str]:
    """The kinds of noun a count may count: Indonesian names it right after the count or its classifier (``3
    warga``: person; ``25 ekor sapi``: animal), English ends its noun phrase with it, after modifiers that may be
    listed nouns themselves: "two motorcycle theft suspects" gives vehicle or person (either is no change), "3
    motorcycle thieves" nothing (its head is unlisted); a participle after the noun ends the phrase ("25 cattle
    belonging to")."""
    kinds = _count_kinds().get(lang)
    if not kinds or n.kind != "cardinal" or n.unit:
        return frozenset()
    out: set[str] = set()
    modified = False  # a listed word was followed by an unlisted one: it modified the head, which is unknown so far
    for k, m in enumerate(_COUNT_WORD.finditer(text, n.end, n.end + 64)):
        w = m.group(0).lower()
        if lang == "en" and k < 4 and w.endswith(("'", "’", "'s", "’s")):
            modified = True  # a possessor ("3 residents' houses", "11 traders' stalls"): the head follows
            continue
        if k >= 4 or w in _COUNT_STOP or not w.isalpha():
            break
        kind = kinds.get(w) or ("person" if lang == "en" and w not in _ANY_KIND and _PERSON_ENDING.search(w) else None)
        if lang != "en":
            if kind is not None:
                return frozenset({kind})
            if w not in _COUNT_SKIP:
                break  # Indonesian puts the noun right after the count (or after a classifier)
            continue
        if kind is not None:
            out.add(kind)
            modified = False
        elif w in _COUNT_SKIP:
            continue
        elif out and len(w) > 4 and w.endswith(("ing", "ed")):
            break
        elif out:
            modified = True
    return frozenset() if modified else frozenset(out)


def _count_noun_changes(src: Side, tgt: Side, src_nums: list[NumberMention],
                        tgt_nums: list[NumberMention]) -> list[Finding]:
    """A count kept but put on another noun: two counts swapped between their nouns ("menewaskan 3 warga dan merusak
    12 rumah" / "killed 12 residents and damaged 3 houses"), or a count of people made a count of things ("3 korban"
    / "3 houses"). Only counts whose value occurs once on each side and whose nouns are listed on both
    (``count_nouns.tsv``), of kinds no side shares, are compared; one finding per pair."""
    if src.lang not in _count_kinds() or tgt.lang not in _count_kinds():
        return []
    pairs = []
    for s in src_nums:
        ks = _counted_kinds(src.text, s, src.lang)
        if not ks or sum(1 for o in src_nums if o.values & s.values) != 1:
            continue
        ts = [t for t in tgt_nums if t.values & s.values]
        kt = _counted_kinds(tgt.text, ts[0], tgt.lang) if len(ts) == 1 else frozenset()
        if kt and not kt & ks:
            pairs.append((s, ts[0], ks, kt))
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    used: set[int] = set()
    for a, (s1, t1, ks1, kt1) in enumerate(pairs):
        other = next((p for p in pairs[a + 1:] if len(ks1) == len(kt1) == 1 and p[2] == kt1 and p[3] == ks1
                      and id(p[0]) not in used), None)
        if other is not None and id(s1) not in used:
            used.update((id(s1), id(other[0])))
            (k1,), (k2,) = ks1, kt1
            out.append(_finding("critical", src, tgt, f"counts swapped between nouns: {_shown(s1)} ({k1}) and "
                                f"{_shown(other[0])} ({k2}) in {sl} count {k2} and {k1} in {tl}", s1, t1))
    for s, t, ks, kt in pairs:
        if id(s) not in used and "person" in ks | kt:
            out.append(_finding("critical", src, tgt, f"number {_shown(s)} in {sl} counts {'/'.join(sorted(ks))}, "
                                f"{_shown(t)} in {tl} counts {'/'.join(sorted(kt))}", s, t))
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _holder_number(text: str, n: NumberMention, lang: str) -> bool:
    """Whether ``n`` is an Indonesian ordinal right after an office word ("Presiden ke-3", "Kapolri ke-25"): which
    holder of the office someone is."""
    if lang != "id" or n.kind != "ordinal":
        return False
    w = _WORD_BEFORE.search(text, max(0, n.start - 32), n.start)
    return w is not None and w.group(1)[:1].isupper() and fold(w.group(1)) in word_set("titles.tsv", "id")


def _fraction_word(n: NumberMention) -> bool:
    """A share written in words ("sepertiga", "separuh", "a third"), weak or not."""
    return bool(n.values) and (n.weak and max(n.values) < 1 or min(n.values) < 1 and not any(ch.isdigit() for ch in n.text))


def _value_among(n: NumberMention, others: list[NumberMention]) -> bool:
    """Whether a value of ``n`` is (to a hundredth) a value of one of ``others``: "separuh" among "50 percent"."""
    return any(abs(a - b) < 0.01 for o in others for a in n.values for b in o.values)


#: what joins two items of a list, not the two tallies of a score
_LIST_JOIN = re.compile(r"(?i)\s*(?:,|;|&|and|dan|serta|atau|or|,\s*(?:and|dan))\s*")


def _split_scores(left: list[NumberMention], other: list[NumberMention],
                  other_all: list[NumberMention], other_text: str = "") -> tuple[list[NumberMention], list[NumberMention]]:
    """Drop each score of ``left`` whose two tallies stand as separate numbers on the other side (``other_all``,
    weak ones included), and drop those numbers from the other side's leftovers ``other``; likewise a share read
    on one side only ("seven in ten" against "tujuh dari sepuluh" read as two numbers). Two numbers joined by
    "and" or a comma in ``other_text`` are a list, never one score's tallies ("babak pertama dan kedua", "the
    first and second halves")."""
    if not any(_parts(n) is not None for n in left):
        return left, other
    # neighbouring numbers on the other side, by their values: (x, y) -> [(first, second)], built once
    plain = sorted((o for o in other_all if _parts(o) is None), key=lambda o: o.start)
    pairs: dict[tuple[float, float], list[tuple[NumberMention, NumberMention]]] = {}
    for a, b in zip(plain, plain[1:]):
        if b.start - a.start <= 20 and not _LIST_JOIN.fullmatch(other_text[a.end:b.start]):
            for x in a.values:
                for y in b.values:
                    pairs.setdefault((x, y), []).append((a, b))
    used: set[int] = set()
    heads: dict[tuple[float, float], int] = {}
    keep = []
    for n in left:
        xy = _parts(n)
        if xy is not None:
            x, y = xy
            hit = None
            for key in ((x, y), (y, x)) if n.kind == "score" else ((x, y),):
                lst = pairs.get(key, [])
                h = heads.get(key, 0)
                while h < len(lst) and (id(lst[h][0]) in used or id(lst[h][1]) in used):
                    h += 1
                heads[key] = h
                if h < len(lst):
                    hit = lst[h]
                    break
            if hit is not None:
                used.update((id(hit[0]), id(hit[1])))
                continue
        keep.append(n)
    return keep, [o for o in other if id(o) not in used]


def _is_conversion(n: NumberMention) -> bool:
    """A conversion marked by :func:`_mark_conversions` (weak; a measure or a clock time written in digits: not "a
    mile", not a clock word such as "noon" or "tengah malam", which is weak of its own): an amount or measure in
    brackets, an amount after "atau sekitar"/"or about", a clock time in another zone."""
    return n.weak and (n.kind == "currency" or (n.kind == "time" or n.unit in _UNITS) and n.text[:1].isdigit())


def _clock_word(n: NumberMention) -> bool:
    """A clock word read by :func:`_clock_words` ("noon", "tengah malam"): a weak time not written in digits."""
    return n.kind == "time" and n.weak and not n.text[:1].isdigit()


def _drop_zone_partners(left: list[NumberMention], nums: list[NumberMention], conv_left: list[NumberMention]) -> list[NumberMention]:
    """Drop from ``left`` each clock time whose same moment in another zone (the time conversion right after it,
    see :func:`_mark_conversions`) was matched: "19.00 WIB atau 12.00 GMT" rendered "12:00 GMT" alone."""
    order = sorted(nums, key=lambda n: n.start)
    drop = {id(a) for a, b in zip(order, order[1:])
            if a.kind == b.kind == "time" and _is_conversion(b) and not any(c is b for c in conv_left)}
    return [n for n in left if id(n) not in drop]


def _excuse_vague(left: list[NumberMention], vague: list[NumberMention]) -> list[NumberMention]:
    """``left`` without the exact counts that a vague quantity on the other side covers (each used once)."""
    pool = list(vague)
    out = []
    for n in left:
        hit = next((v for v in pool if _in_vague_range(n, v)), None) if len(pool) < 50 else None
        if hit is None:
            out.append(n)
        else:
            pool.remove(hit)
            vague.remove(hit)
    return out


def _no_same_unit(n: NumberMention, others: list[NumberMention]) -> bool:
    u = _UNITS.get(n.unit)
    return not (u and any(_UNITS.get(o.unit) == u for o in others))


def _shown(n: NumberMention) -> str:
    """``tiga (3)``; a mention that already reads as its value is not repeated (``2014``)."""
    v = format_value(n.values)
    if n.kind == "time":
        return n.text
    if n.kind in ("score", "vague"):
        return n.text if n.kind == "score" else f"{n.text} ({v})"
    return n.text if n.text.replace(",", "").replace(".", "") == v.replace(".", "") else f"{n.text} ({v})"


def _reportable_alone(n: NumberMention) -> bool:
    if n.kind == "vague":
        return False
    if any(ch.isdigit() for ch in n.text):
        return True
    return len(n.text.split()) > 1 or max(n.values) > 10


_CURRENCY_LETTERS = frozenset({"rp", "idr", "usd", "rm", "sgd", "eur", "gbp", "jpy", "aud", "cny"})


class _Verbatim:
    """Look-ups in the other side's text, computed once per pair (linear in the text, not per mention)."""

    def __init__(self, other: str) -> None:
        self.other = other
        self._after_letter: set[str] | None = None
        self._words: dict[str, bool] = {}

    def inside_token(self, n: NumberMention) -> bool:
        """The digits of ``n`` stand right after a letter in the other text (``G20``, ``G-20``); a year may stand
        there shortened to two digits after a capital code (``SS19`` = spring/summer 2019, ``FY19``, ``AW19``). A
        single digit counts only after a code of one or two capitals (``Autobahn 9`` = ``A9``, ``Gruppe der 7`` =
        ``G7``): a longer word glued to a digit ("Top5") is no such code."""
        digits = re.sub(r"\D", "", n.text)
        # only a number written as one run of digits: a score's tallies ("2-3") or a decimal ("2,3 persen") is no
        # "23" of the other side's "U-23"
        if not digits or n.kind == "currency" or len(re.findall(r"\d+", n.text)) != 1 \
                or len(digits) < 2 and not re.fullmatch(r"\d", n.text):
            return False
        if self._after_letter is None:
            # "Rp15" is an amount, not a name like "G20"
            self._after_letter = {m.group(2) for m in re.finditer(r"([^\W\d_]+)-?(\d+)", self.other)
                                  if m.group(1).lower() not in _CURRENCY_LETTERS}
            self._after_letter |= {"year:" + m.group(1) for m in re.finditer(r"\b[A-Z]{1,3}(\d\d)\b", self.other)}
            self._after_letter |= {"code:" + m.group(1) for m in re.finditer(r"\b[A-Z]{1,2}-?(\d)\b", self.other)}
        if len(digits) < 2:
            return "code:" + digits in self._after_letter
        return digits in self._after_letter or n.kind == "year" and "year:" + digits[-2:] in self._after_letter

    def word(self, n: NumberMention) -> bool:
        """A number word of ``n`` occurs verbatim in the other text (a name or title kept as is)."""
        if any(ch.isdigit() for ch in n.text):
            return False
        key = n.text.lower()
        if key not in self._words:
            self._words[key] = re.search(r"(?<!\w)" + re.escape(n.text) + r"(?!\w)", self.other, re.I) is not None
        return self._words[key]
