"""Named entities in Indonesian and English text, cross-lingual matching, and the entity-drift check.

Mentions come from two sources:

1. **Known entities**: the longest match of a form in ``countries.tsv`` (ISO 3166-1 names in both languages),
   ``exonyms.tsv`` (exonyms, demonyms, cities, organisations, LNR/DNR, holidays) and ``institutions_id.tsv``
   (Indonesian provinces, cities, ministries, agencies, police and armed forces, parliament, courts, parties,
   offices and ranks, with acronyms and English renderings). Each has a key, so ``Rusia``, ``Russia`` and
   ``Russian`` are one entity, ``AS`` = ``U.S.`` = ``United States``, ``Jawa Barat`` = ``West Java``, ``KPK`` =
   ``Corruption Eradication Commission`` = ``the anti-graft agency``, ``Kapolri`` = ``National Police chief``;
   all-caps forms match case-sensitively (``AS`` never matches "As"). A one-word place glued to another
   capitalised word is part of a person's or club's name (``Iwan Setiabudi``, ``Persib Bandung``).
2. **Capitalised spans and acronyms** not covered by (1), with titles (``Presiden``, ``Minister``) and
   function words stripped from the edges. A span is kept only if one of its words is not an ordinary word
   of the language (``vocab_*.txt``: words seen in lower case), so sentence-initial words, title-case
   headlines and the dateline drop out while ``Putin`` or ``Stoltenberg`` stay.

Matching: a known entity matches the same key on the other side; an unknown one matches when its last
distinctive word, or two thirds of its words, appear on the other side, exactly or by normalised string
similarity (>= 0.8, so ``Lugansk``/``Luhansk`` match; a lower-case word matches fuzzily only when it is
at least as long as the name, so ``Haris`` is not ``hari`` but ``Trauma`` is ``traumatic``), or as its rendering: a given name
or ruler's title (``given_names.tsv``: ``Firaun``/Pharaoh, ``Nabi Musa``/the Prophet Moses) or, for the entity check, a
dictionary word (``renderings.tsv``: ``Jalan Salib``/Way of the Cross; not in an institution's name, left to the body
rules below). Fuzzy matching never pairs a word with a word of a
*different* known entity, so ``Donetsk`` for ``Lugansk`` stays a swap. The neighbouring sentences on the
other side count too (translators move names across a sentence boundary).

Amounts of money, currency codes and time zones (``Rp80``, ``IDR``, ``WIB``) are never names. Offices (type
``ROLE``: ``Menteri Keuangan``, ``Bupati``, ``juru bicara``) are compared with offices only: an office put in place
of another is a **changed title (critical)**, ``title Menteri Keuangan (ID) became Foreign Minister (EN)``;
a rendered one is no finding. Full names are kept whole (an Indonesian office word at the end of a name, as in
"Uka Suska Puji Utama", stays).

Check (per aligned pair): an unmatched source entity facing an unmatched target entity of a compatible type
is a **swapped entity (critical)**, unless the two are related (``Moskow``/``Russia``: metonyms) or
cognates (``Arktik``/``Arctic``: compared under a spelling key, :func:`_cognate_key`). An unknown name takes
part in a swap only if no vocabulary of either language knows its words (a name that is copied, not
translated) and it has the same shape as its partner (acronym or words); a word after a personal honorific
(``Mr Bean``, ``nyonya Hill``) is such a name, but only facing another one; two unknown names that each hold
an ordinary word of their own language (``Makam Kudus``/``Holy Sepulchre``), or an institution's head word of one
kind (``Perhimpunan Dokter Gigi``/``Dental Association``), are translations, never a swap, and a known place that
only qualifies a longer target name (``Western`` of "Western Wall") does not stand for a translated source name; an English word left
capitalised in Indonesian (``kepada pihak Post``) may face a capitalised English word (``the Times``). A gloss that contradicts its
acronym on one side only (``LNR (Donetsk People's Republic)`` where the other side has ``LNR (Republik
Rakyat Lugansk)``) is a swap too. A name of two or more such words in the source only is a **dropped entity
(critical)**, in the target only an **added entity (major)**; known entities and single words alone are not
reported (translators drop and add them freely: "Indonesia's disaster agency" = "Badan Penanggulangan
Bencana"), except what cannot have been translated: an Indonesian place written alike in English, a one-word
place or person of the Indonesian gazetteer or after a place head (``Kabupaten Pandeglang``), an English name
copied into Indonesian copy none of whose words the English holds (``Wall Street``, ``All Blacks``), and an
international acronym (``NATO``). A name written on the other side as its initials (``LSU``), in another
vowel spelling (``Nur``/``Noor``), with or without a hyphen or a space (``Biogas``/``Bio-gas``, ``CD-ROM``/
``CD-ROMs``) or partly rendered (``Piramida Agung``/``Great Pyramid``) is kept. A name
changed beside a kept acronym (``Mahkamah Konstitusi (MK)`` / ``General Elections Commission (MK)``) is a swap.
A relation noun before a name (``relations.tsv``: "Pengacara Jessica", "Suami Debbie") is no part of it: the
name is the possessor. Across the document, two parts of one longer name that either version holds ("Jessica"
/ "Wongso" beside "Jessica Kumala Wongso") are one person, not a swap (:func:`parts_of_one_name`).

Institutions (:func:`_body_swap`): a party, an organisation, a generic body (``Parlemen``, ``the police``), an
unknown acronym (``FBI``) or a name of ordinary words under a head word (``Met Office``, ``Komite Kehakiman``:
type ``BODY``) facing another institution is a swap (``Partai Buruh`` -> ``World Bank``, ``FBI`` -> ``Ministry of
Defence``), except where a translation explains it: related keys, a generic body rendered by a body of its
kind or inside a longer name (``Parlemen`` -> ``House of Representatives``, ``Parlemen Eropa`` -> ``European
Parliament``; one named chamber is never another: ``Senat`` -> ``Congress``), a party beside a legislature
(``Anggota Parlemen`` -> ``Labour MPs``; not a party named with its head word, ``Democratic Party``), an acronym
that spells a form of the other body, and a name in words sharing a word with one of the known body's names
(``Central Bureau of Statistics`` / BPS; ``Perhimpunan Diabetes`` / World Health Organization shares none). Two
unknown bodies never swap: either may be the other translated. An institution named in full in an English
translation of an Indonesian text, of which the source holds no trace (no word, no head word of its kind, no
related office, no unmatched body it may render), is **critical** (:func:`_added_body`: ``Komite Nobel`` ...
-> ``Met Office``): a report credited to another body. An English "<head> of <place>" (``Bank of England``,
``Strait of Malacca``) is read as its place, so its head must be rendered too: a head of a body or a place whose
kind the Indonesian source holds nowhere is critical (:func:`_unrendered_of_heads`: ``Gereja Inggris`` -> ``Bank of
England``), and so is an Indonesian bank named "<head> <place>" whose head, which English always writes, the English
drops while it keeps the place (:func:`_dropped_id_heads`: ``Bank Sentral Inggris`` -> ``Britain``).

Every finding carries the offsets of the mentions it is about. Extraction and matching are linear in the
sentence's length: sentence starts are found in one scan, look-behind checks read a bounded window, and the
other side of a pair is indexed once (exact words, spelling-key buckets for fuzzy matching).
"""

from __future__ import annotations

import bisect
import collections
import difflib
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
import dataclasses
from dataclasses import dataclass

from ..findings import Finding
from ._lexicon import Side, data_lines, is_common_word, lexicon_lang, word_set
from ._lexicon import fold as _fold_text
from .profiles import body_head_kinds, get_profile, profile_name_related, profile_name_types, profile_names

#: ``fold`` memoised: names and words repeat, and folding (Unicode decomposition) is the hot spot of long texts
fold = functools.lru_cache(maxsize=1 << 16)(_fold_text)

__all__ = ["EntityMention", "extract_entities", "match_entity", "check_entities", "entity_key", "name_spans", "known_entities", "norm_tokens",
           "distinct_word", "name_words", "long_names", "parts_of_one_name", "relation_head", "BODY_HEAD_WORDS", "body_kinds"]

_LOC = {"COUNTRY", "PLACE"}


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity found in a text.

    :param key: the known entity's key (``RU``, ``LUGANSK``) or ``None`` for an unknown name.
    :param type: ``COUNTRY``, ``PLACE``, ``ORG``, ``PERSON``, ``GROUP``, ``TITLE`` or ``NAME`` (unknown).
    :param tokens: folded distinctive words used for string matching.
    """

    start: int
    end: int
    text: str
    key: str | None
    type: str
    tokens: tuple[str, ...]
    #: the mention follows an honorific ("Mr Bean", "nyonya Hill"): a person's name even if it is also a word
    titled: bool = False


@dataclass(frozen=True, slots=True)
class KnownEntities:
    forms: dict[str, dict[str, str]]  # lang -> form -> key
    types: dict[str, str]
    related: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern[str]]
    #: keys from institutions_id.tsv
    institutions: frozenset[str] = frozenset()
    #: keys that name one entity in two lists (a form of exonyms.tsv taken over by institutions_id.tsv:
    #: SCOURT/MA, HOR/DPR, PRES/PRESIDEN); they match each other
    synonyms: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)


@functools.cache
def known_entities() -> KnownEntities:
    forms: dict[str, dict[str, str]] = {"en": {}, "id": {}}
    types: dict[str, str] = {}
    related: dict[str, set[str]] = {}
    # an ISO country code that is also the key of an Indonesian institution (PT = Pengadilan Tinggi, MA =
    # Mahkamah Agung, MK, PN, BI, KY, NU) names the country under a key of its own: one key for both would make
    # Portugal the High Court (no country to swap, and "Maroko" the same entity as "Supreme Court")
    inst_keys = {row[0] for row in data_lines("institutions_id.tsv")}

    def country_key(code: str) -> str:
        return "ISO-" + code if code in inst_keys else code

    for row in data_lines("countries.tsv"):
        key = country_key(row[0])
        types[key] = "COUNTRY"
        for lang, col in (("en", 1), ("id", 2)):
            for f in row[col].split("|"):
                forms[lang].setdefault(f, key)
                if lang == "id" and "Prancis" in f:
                    forms[lang].setdefault(f.replace("Prancis", "Perancis"), key)
                if lang == "id" and "Perancis" in f:
                    forms[lang].setdefault(f.replace("Perancis", "Prancis"), key)
    plural: list[tuple[str, str]] = []
    for row in data_lines("exonyms.tsv"):
        key = country_key(row[0])
        types[key] = row[1]
        for lang, col in (("en", 2), ("id", 3)):
            for f in row[col].split("|"):
                if f:
                    forms[lang][f] = key
        _epithet_forms(forms["id"], row, key)
        if row[1] == "COUNTRY":
            # demonym plurals: "Egyptian" -> "Egyptians"
            plural += [(f + "s", key) for f in row[2].split("|") if f.endswith("an") and f + "s" not in forms["en"]]
        if len(row) > 4 and row[4]:
            for r in row[4].split(","):
                related.setdefault(key, set()).add(r)
                related.setdefault(r, set()).add(key)
    for f, key in plural:
        forms["en"].setdefault(f, key)
    # demonyms: Cambodia -> Cambodian(s), Korea -> Korean(s); New York -> New Yorker(s), London -> Londoner(s)
    for f, key in list(forms["en"].items()):
        if types.get(key) == "COUNTRY" and " " not in f and f.endswith("a") and len(f) > 4:
            forms["en"].setdefault(f + "n", key)
            forms["en"].setdefault(f + "ns", key)
        elif types.get(key) == "PLACE" and f[-1:] in "kmnrtl" and len(f) > 4 and f[-2:] != "er":
            forms["en"].setdefault(f + "er", key)
            forms["en"].setdefault(f + "ers", key)
    synonyms: dict[str, set[str]] = {}
    gaz_keys = _load_institutions(forms, types, related, synonyms)
    for lang, f, key in profile_names():  # the names of per-language profiles (Russland, Weißes Haus)
        # (a profile's country under its ISO code is the country whose key was set apart above)
        forms.setdefault(lang, {}).setdefault(f, "ISO-" + key if "ISO-" + key in types else key)
    types.update({k: t for k, t in profile_name_types().items() if k not in types})
    for a, b in profile_name_related():  # "Bundesbank" = "the central bank"
        _relate(related, a, b)
    patterns = {}
    for lang, table in forms.items():
        alts = sorted(table, key=len, reverse=True)
        patterns[lang] = re.compile(r"(?<![\w.])(" + "|".join(_form_pattern(f, lang) for f in alts) + r")(?![\w]|\.\w)")
    return KnownEntities(forms, types, {k: frozenset(v) for k, v in related.items()}, patterns, frozenset(gaz_keys),
                  {k: frozenset(v) for k, v in synonyms.items()})


def _epithet_forms(id_forms: dict[str, str], row: Sequence[str], key: str) -> None:
    """The other spellings of a country's epithet in Indonesian copy (julukan, ``exonyms.tsv``: "Negeri Sakura" =
    Japan): the press writes its head word in lower case inside a sentence ("ke negeri Paman Sam") and as
    ``Negara`` too ("Negara Tirai Bambu"), the epithet itself always capitalised."""
    if row[1] != "COUNTRY":
        return
    for f in row[3].split("|"):
        if f.startswith("Negeri "):
            for head in ("negeri ", "Negara ", "negara "):
                id_forms.setdefault(head + f[len("Negeri "):], key)


#: Indonesian compass points of two words ("Barat Daya" = south-west, "Timur Laut" = north-east)
_COMPASS_TAIL = re.compile(r"(?:Barat|Timur)$")


def _form_pattern(f: str, lang: str) -> str:
    """A known form as a regex alternative. An Indonesian form ending in "Barat" or "Timur" ("Afrika Barat")
    does not match where the word is the first half of a compound compass point ("Afrika Barat Daya" is
    South West Africa: "Afrika", then "Barat Daya")."""
    if lang == "id" and _COMPASS_TAIL.search(f):
        return re.escape(f) + r"(?![ \t]+(?:Daya|Laut)\b)"
    return re.escape(f)


#: institutions_id.tsv types -> mention types (ROLE: an office, compared with offices only; INST: never a swap)
_INSTITUTION_TYPES = {
    "PROVINCE": "PLACE", "REGION": "PLACE", "CITY": "PLACE", "DISTRICT": "PLACE",
    "MINISTRY": "ORG", "AGENCY": "ORG", "LEGISLATURE": "ORG", "COURT": "ORG", "POLICE": "ORG", "MILITARY": "ORG",
    "COMPANY": "ORG", "UNIVERSITY": "ORG", "PARTY": "PARTY", "ROLE": "ROLE", "GENERIC": "INST",
}


_PREV_CAP = re.compile(r"([A-Z][\w'’\-]*)[ \t]+$")
_NEXT_CAP = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")


#: kinds of the institutions list whose office or body takes the place named right after it in Indonesian
#: ("DPRD Jatim", "Kajati Sumsel": an office or a government body, not a firm, a party or a university)
_PLACE_TAKERS = frozenset({"ROLE", "AGENCY", "LEGISLATURE", "COURT", "POLICE", "MILITARY", "MINISTRY"})


@functools.cache
def _country_given_names() -> frozenset[str]:
    """Countries whose name is also a common given name (``country_given_names.txt``: Chad, Jordan, Israel ...)."""
    return frozenset(row[0] for row in data_lines("country_given_names.txt"))


def _country_as_first_name(text: str, a: int, b: int, lang: str, known: KnownEntities, known_starts: Collection[int],
                           known_ends: Mapping[int, str]) -> bool:
    """Whether the one-word country ``text[a:b]`` is a person's first name: the country is one whose name is also a
    given name, a capitalised word follows that is no ordinary word of either language, no title and no known name
    ("Chad Hammel", "Jordan Henderson", "Israel Adesanya"), and no title or office stands before it ("Presiden Chad
    Mahamat Deby", "Menteri Luar Negeri Israel Gideon Saar": the country of the office). Other countries before a
    name are countries ("wakil Jepang Akane Yamaguchi", "Striker asal Brasil David da Silva")."""
    if " " in text[a:b] or not text[a:b].istitle() or text[a:b] not in _country_given_names():
        return False  # (a demonym is no first name: "Chinese Taipei")
    nxt = _NEXT_CAP.match(text, b)
    if nxt is None or nxt.start(1) in known_starts:
        return False
    word = nxt.group(1).rstrip(".,;:")
    titles = word_set("titles.tsv", _lang_of(lang))
    if (word in known.forms[lang] or fold(word) in titles or not distinct_word(word, lang) or not word[1:].islower()
            or is_common_word(word, "en") or is_common_word(word, "id") or is_common_word(word, _lang_of(lang))):
        return False
    w0 = max(0, a - 40)
    prev = _PREV_CAP.search(text[w0:a])
    return prev is None or (fold(prev.group(1)) not in titles and prev.group(1) not in known.forms[lang]
                            and w0 + prev.end(1) not in known_ends)


def _inside_name(text: str, a: int, b: int, lang: str, known: KnownEntities, known_ends: Mapping[int, str] | None = None,
                 known_starts: Collection[int] = ()) -> bool:
    """Whether the one-word known place ``text[a:b]`` is glued to another capitalised word that is neither a
    title nor part of a known name ("Iwan Setiabudi", "Persib Bandung"; not "Kota Bandung", "Bandung Governor",
    "Polres Metro Jaksel"). ``known_ends``: the end of each known mention of the text -> its key."""
    if " " in text[a:b] or text[a:b].isupper():
        return False
    known_ends = known_ends or {}
    titles = word_set("titles.tsv", _lang_of(lang))
    w0 = max(0, a - 40)
    prev, nxt = _PREV_CAP.search(text[w0:a]), _NEXT_CAP.match(text, b)
    if lang == "id" and prev is not None and fold(prev.group(1)) in titles:
        return False  # "Bupati Sleman Kustini Sri Purnomo": the place after an office is the office's, not the name's
    if lang == "id" and prev is not None and _body_kinds().get(known_ends.get(w0 + prev.end(1), "")) in _PLACE_TAKERS:
        # "Ketua DPRD Jabar Buky Wibawa", "Kajati Sumsel Yulianto": the short name of a region after a known
        # office or government body is that body's region, as after an office word, not the person's first name
        return False
    for w, touching in ((prev, prev is not None and w0 + prev.end(1) in known_ends),
                        (nxt, nxt is not None and nxt.start(1) in known_starts)):
        if w is None or touching:
            continue
        word = w.group(1).rstrip(".,;:")
        if fold(word) in titles or word in known.forms[lang] or not distinct_word(word, lang):
            continue
        if (w is prev and lang == "id" and _region_level(known.forms[lang].get(text[a:b], "")) in ("PROVINCE", "ISLAND")
                and _opening_common_word(text, w0 + prev.start(1), word)):
            continue  # "Inflasi Sulsel", "Warga Kaltara": an ordinary word capitalised by its place alone
        if w is nxt and fold(word) in _PLACE_HEAD_AFTER:
            continue  # "Cianjur Regency", "Bogor City": the place with its English head
        return True
    return False


def _opening_common_word(text: str, pos: int, word: str) -> bool:
    """Whether ``word`` at ``pos`` opens a sentence and is an ordinary Indonesian word, not a given name: its
    capital then tells nothing, so it does not make a name of the province after it ("Inflasi Sulsel naik"; a
    person's surname may be a city's or a district's name, "Iwan Setiabudi", hardly a province's)."""
    return (_at_sentence_start(text, pos) and is_common_word(word, "id", stems=False)
            and fold(word) not in _given_names() and _gazetteer_types().get(word) != "PERSON")


#: English heads written after an Indonesian place's name ("Cianjur Regency", "Tanah Abang District")
_PLACE_HEAD_AFTER = frozenset("regency regency's city city's district subdistrict sub-district province village island "
                              "islands municipality town county".split())


def _relate(related: dict[str, set[str]], a: str, b: str) -> None:
    if a != b:
        related.setdefault(a, set()).add(b)
        related.setdefault(b, set()).add(a)


#: a compound compass point spelt in two words or hyphenated ("South East Sulawesi", "South-east Aceh" for
#: "Southeast ...")
_COMPASS = re.compile(r"\b(South|North)(east|west)\b")


def _compass_spellings(f: str) -> list[str]:
    """The other spellings of an English name holding a compound compass point ("Southeast Sulawesi")."""
    m = _COMPASS.search(f)
    if m is None:
        return []
    a, b = m.group(1), m.group(2)
    return [f[:m.start()] + a + part + f[m.end():] for part in (" " + b.capitalize(), "-" + b, "-" + b.capitalize())]


def _lower_words(f: str) -> str:
    """``f`` in lower case but its acronyms ("Finance Minister" -> "finance minister", "Menteri BUMN" -> "menteri BUMN")."""
    return " ".join(w if w.isupper() else w.lower() for w in f.split(" "))


#: the small words English leaves in lower case inside a title-case office ("Director of Narcotics")
_TITLE_SMALL = frozenset({"of", "the", "for", "and", "at", "in", "on"})


def _title_words(f: str) -> str:
    """``f`` in title case, its small words and acronyms left as they are ("director of narcotics" -> "Director of
    Narcotics"): English writes an office before a name that way."""
    return " ".join(w if w in _TITLE_SMALL or w.isupper() else w[:1].upper() + w[1:] for w in f.split(" "))


def _load_institutions(forms: dict[str, dict[str, str]], types: dict[str, str], related: dict[str, set[str]],
                       synonyms: dict[str, set[str]] | None = None) -> set[str]:
    """Add ``institutions_id.tsv`` (Indonesian institutions, regions and offices) to the known entities.

    Indonesian names and acronyms, and English names, take precedence over an exonym with the same form, and
    the displaced key becomes related (``Mahkamah Agung`` is the Supreme Court in both lists); an acronym on
    the English side never displaces an English meaning (``DPR`` stays the Donetsk People's Republic in
    English; a ``DPR`` written on both sides still matches by its text). A lower-case form also matches with
    a capital first letter; an office also matches in lower case (``menteri keuangan``, ``finance minister``), and
    so does an English ministry named by its field (``the health ministry``, as wire desks write it), and an
    English office also in title case where no other entity has that form (``Director of Narcotics``).
    """
    keys: set[str] = set()
    titled: list[tuple[str, str]] = []
    for row in data_lines("institutions_id.tsv"):
        key, typ = row[0], _INSTITUTION_TYPES.get(row[1], "ORG")
        keys.add(key)
        types[key] = typ
        acronyms = [f for f in row[3].split("|") if f]
        for lang, names in (("id", [f for f in row[2].split("|") if f] + acronyms),
                            ("en", [f for f in row[4].split("|") if f])):
            for f in names:
                variants = [f]
                if f[:1].islower():
                    variants.append(f[:1].upper() + f[1:])
                if typ == "ROLE":
                    variants.append(_lower_words(f))
                    if lang == "en" and _title_words(f) not in variants:
                        titled.append((_title_words(f), key))  # "Director of Narcotics" before a name
                    if lang == "en" and re.search(r"[a-z][^s\W]$", f) and " of " not in f:
                        variants += [v + "s" for v in list(variants)]  # "regents and mayors", "chief prosecutors"
                if lang == "en" and row[1] == "MINISTRY" and f.endswith(" Ministry"):
                    # wire desks write a ministry in lower case ("the health ministry said")
                    variants.append(_lower_words(f))
                if lang == "en":
                    variants += _compass_spellings(f)
                for v in variants:
                    old = forms[lang].get(v)
                    if old is not None and old != key:
                        if old in keys:
                            continue  # two rows of this file: the first wins
                        _relate(related, key, old)
                        if synonyms is not None:
                            synonyms.setdefault(key, set()).add(old)
                            synonyms.setdefault(old, set()).add(key)
                    forms[lang][v] = key
        for f in acronyms:
            forms["en"].setdefault(f, key)
        for r in (row[5].split(",") if len(row) > 5 else []):
            if r:
                _relate(related, key, r)
    for f, key in titled:
        forms["en"].setdefault(f, key)  # never in place of a form of its own ("Inspector General" is the rank)
    for f, key in _short_offices(forms["id"], types).items():
        forms["id"].setdefault(f, key)
        if key.endswith(_DEPUTY):
            types[key] = "ROLE"
            keys.add(key)
    return keys


def _short_offices(id_forms: dict[str, str], types: dict[str, str]) -> dict[str, str]:
    """Indonesian offices written short, derived from the listed names rather than listed one by one: a deputy
    minister is "Wamen" before the ministry ("Wamen BUMN") or "Wa" glued to the minister's acronym ("Wamenlu",
    "Wamenkeu"), the deputy's office (see :func:`_deputy`); the head of a regional office is "Kadis" before the
    office's field ("Kadis Kesehatan") or "Ka" glued to its acronym ("Kadinkes", "Kadishub"), read as the office
    itself, to which its head is related, so a changed office is a swap."""
    offices = {key for f, key in id_forms.items() if f.startswith("Dinas ") and types.get(key) == "ORG"}
    out: dict[str, str] = {}
    for f, key in id_forms.items():
        if types.get(key) == "ROLE" and f.startswith("Menteri ") and not f.startswith("Menteri Koordinator"):
            out["Wamen " + f[8:]] = key + _DEPUTY
        elif types.get(key) == "ROLE" and re.fullmatch(r"Men[a-z]+(?:[A-Z]+| [A-Z]+)?", f):
            out["Wa" + f[0].lower() + f[1:]] = key + _DEPUTY
        elif key in offices and f.startswith("Dinas "):
            out["Kadis " + f[6:]] = key
        elif key in offices and re.fullmatch(r"Di[a-z]+(?: [A-Z]+)?", f) and not f.startswith("Dinas"):
            out["Ka" + f[0].lower() + f[1:]] = key
    return out


@functools.cache
def _gazetteer_types() -> dict[str, str]:
    return {row[0]: row[1] for row in data_lines("gazetteer_id.tsv")}


def name_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of known names in ``text`` that hold a calendar or number word (``Pasar Minggu``, ``Universitas
    Sebelas Maret``, ``Jumat Agung``, ``Densus 88``): the number and date detectors skip them.

    One regex scan over the known forms (linear in the text's length).
    """
    known = known_entities()
    lk = lang if lang in known.patterns else "en"
    cal = _calendar_words()
    numbers = {fold(row[1]) for row in data_lines("number_words.tsv") if row[0] == lk}
    out = []
    for m in known.patterns[lk].finditer(text):
        words = [fold(w).rstrip(".") for w in re.findall(r"[^\W_]+", m.group(1))]
        if len(words) > 1 and any(w in cal or w in numbers or w.isdigit() for w in words):
            out.append(m.span(1))
    return out


def entity_key(text: str, lang: str) -> str | None:
    """The known-entity key of ``text`` (``Rusia`` -> ``RU``), or ``None``."""
    k = known_entities()
    return k.forms.get(lang if lang in k.forms else "en", {}).get(text.strip())


_CONNECT = {"of", "de", "da", "van", "von", "der", "den", "bin", "binti", "al", "el", "la", "le", "du", "y", "dos", "del", "the"}
_CAP_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’\-]*)"
_SPAN_RE = re.compile(r"(?<![\w'’])" + _CAP_TOKEN + r"(?:\s+(?:(?:" + "|".join(_CONNECT) + r")\s+)?" + _CAP_TOKEN + r")*")
_POSSESSIVE = re.compile(r"(?:['’](?:s|m|re|ll|ve|d)|n['’]t|['’])$", re.I)


@functools.lru_cache(maxsize=1 << 16)
def _strip_token(tok: str) -> str:
    """A word without trailing punctuation, possessive or contraction; ``U.S.`` -> ``US``, ``TVs`` -> ``TV``."""
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", tok):
        return tok.replace(".", "")
    tok = _POSSESSIVE.sub("", tok.rstrip(".,;:!?"))
    if re.fullmatch(r"(?:[A-Z0-9]+-)*[A-Z]{2,}s", tok):
        tok = tok[:-1]  # an acronym's plural, hyphenated ones too ("CD-ROMs")
    return tok


def norm_tokens(text: str) -> list[str]:
    """Folded comparable words of ``text``: hyphenated words split, possessives and dots removed."""
    out = []
    for raw in re.findall(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*", text):
        for part in _strip_token(raw).split("-"):
            if part:
                out.append(fold(part))
    return out


def _lang_of(lang: str) -> str:
    return lexicon_lang(lang)  # en, id or a profile language; others borrow the English lists


@functools.cache
def _calendar_words() -> frozenset[str]:
    out: set[str] = set()
    for row in data_lines("calendar.tsv"):
        if not row[0].startswith("rel:"):
            out.update(fold(f).rstrip(".") for c in row[1:3] for f in c.split("|"))
    return frozenset(out)


#: money, currency codes and time zones: values, never names ("Rp80", "Rp", "US$", "IDR", "WIB")
_NOT_NAME = re.compile(r"(?:Rp|RP|IDR|USD|US|SGD|EUR|GBP|JPY|AUD|MYR|CNY|HKD|HK|NZ|S|A|C)?\$?[\d.,]+\w*|Rp\.?|IDR|USD|WIB|WITA|WIT|GMT|UTC")


def relation_head(words: Sequence[str], lang: str) -> int:
    """How many of the leading ``words`` make a relation noun of ``relations.tsv`` ("suami", "kuasa hukum")
    with a name after it, whose possessor that name is; 0 if they do not."""
    rel = word_set("relations.tsv", _lang_of(lang))
    if not rel:
        return 0
    for n in (2, 1):
        if len(words) > n and " ".join(fold(w) for w in words[:n]) in rel:
            return n
    return 0


def distinct_word(tok: str, lang: str, title: bool = True) -> bool:
    """Whether ``tok`` can be part of a name: not a function word, title (when ``title``), calendar word,
    amount of money or time zone."""
    if _NOT_NAME.fullmatch(tok):
        return False
    f = fold(tok)
    return (f not in word_set("stopwords.tsv", _lang_of(lang)) and (not title or f not in word_set("titles.tsv", _lang_of(lang)))
            and f.rstrip(".") not in _calendar_words())


# One scan that trims and splits capitalised spans by many word-list rules; noqa until it is split.
def extract_entities(text: str, lang: str, title_case: bool = False, seen_lower: frozenset[str] = frozenset(),  # noqa: C901
                     seen_caps: frozenset[str] = frozenset(), own_lower: frozenset[str] | None = None) -> list[EntityMention]:
    """Entity mentions of ``text`` in order (see the module docstring).

    :param title_case: the text is a title-case headline; only words that are not ordinary words count.
    :param seen_lower: words seen in lower case in the document pair (they are ordinary words there).
    :param seen_caps: words seen capitalised inside a sentence in the document pair (names there, even
        when they open a sentence).
    :param own_lower: words seen in lower case in this text's own document (default ``seen_lower``): an
        English word capitalised in an Indonesian text is judged by the Indonesian document alone.
    """
    known = known_entities()
    lk = lang if lang in known.patterns else "en"
    out: list[EntityMention] = []
    matches = list(known.patterns[lk].finditer(text))
    known_ends = {m.end(): known.forms[lk][m.group(1)] for m in matches}
    known_starts = {m.start() for m in matches}
    for m in matches:
        if text[m.end():m.end() + 1] == "$":
            continue  # "US$1,2 miliar", "S$5": a currency, not a country
        key = known.forms[lk][m.group(1)]
        if key in known.institutions and known.types[key] == "PLACE" and _inside_name(text, m.start(), m.end(), lk, known, known_ends, known_starts):
            continue  # "Iwan Setiabudi", "Persib Bandung": a place's name inside a person's or a club's name
        if known.types[key] == "COUNTRY" and _country_as_first_name(text, m.start(), m.end(), lk, known, known_starts, known_ends):
            continue  # "Chad Hammel", "Jordan Henderson": a first name that is also a country's
        end = m.end()
        head = _NEXT_CAP.match(text, end) if known.types[key] == "PLACE" else None
        if head is not None and fold(head.group(1)) in _PLACE_HEAD_AFTER and head.start(1) not in known_starts:
            end = head.end(1)  # "Garut Regency": the head is part of the place's mention
        out.append(EntityMention(m.start(), end, text[m.start():end], key, known.types[key], tuple(norm_tokens(m.group(1)))))
    # known mentions are sorted and do not overlap (one regex scan): bisect over them keeps extraction linear
    taken = [(e.start, e.end) for e in out]
    taken_starts = [a for a, _ in taken]
    taken_ends = [b for _, b in taken]
    # a word beside an Indonesian institution is a name of its own ("Kepala BNPB Suharyanto"); beside another
    # known place or organisation it is a generic part of it
    place_at = [(e.type in _LOC or e.type == "ORG") and e.key not in known.institutions for e in out]
    starts = _SentenceStarts(text)
    gaz = _gazetteer_types() if lang == "id" else {}
    for m in _SPAN_RE.finditer(text):
        # cut the span around the known entities inside it
        pieces = [(m.start(), m.end())]
        k = bisect.bisect_right(taken_ends, m.start())
        while k < len(taken) and taken_starts[k] < m.end():
            a, b = taken[k]
            s, e = pieces.pop()
            if a > s:
                pieces.append((s, a))
            if b < e:
                pieces.append((b, e))
            else:
                pieces.append((e, e))
            k += 1
        pieces = [(s, e) for s, e in pieces if e > s]
        for s, e in pieces:
            # a single word left over beside a known place or organisation is a generic part of its name
            # ("Crimean Peninsula", "Semenanjung Krimea", "Jakarta Selatan"), not a name of its own; only the
            # nearest known mention on each side can be separated from the piece by white space alone
            cut = False
            if (s, e) != (m.start(), m.end()):
                j = bisect.bisect_right(taken_ends, s) - 1
                if j >= 0 and place_at[j] and not text[taken_ends[j]:s].strip():
                    cut = True
                j = bisect.bisect_left(taken_starts, e)
                if j < len(taken) and place_at[j] and not text[e:taken_starts[j]].strip():
                    cut = True
            toks = [(t.start() + s, t.end() + s, t.group(0)) for t in re.finditer(r"\S+", text[s:e])]
            # strip titles, function words and connectors at the edges, and a relation noun before its
            # possessor ("Pengacara Jessica": Jessica is the name)
            while True:
                while toks and (not distinct_word(_strip_token(toks[0][2]), lang) or fold(toks[0][2]) in _CONNECT or not toks[0][2][:1].isupper()):
                    if _body_word(toks, 0, lang):
                        break
                    toks.pop(0)
                n = relation_head([t[2] for t in toks], lang)
                if not n:
                    break
                del toks[:n]
            # an ordinary word opening the sentence before an acronym is capitalised by its place alone ("Kasus
            # DBD", "Penderita ISPA"): the acronym is the name, the word is translated ("Dengue cases")
            if (len(toks) >= 2 and toks[0][0] in starts and _is_acronym(_strip_token(toks[1][2]), lang)
                    and is_common_word(_strip_token(toks[0][2]), _lang_of(lang), seen_lower) and not _body_word(toks, 0, lang)):
                toks.pop(0)
            # an Indonesian office word at the end belongs to the name ("Uka Suska Puji Utama"): offices stand
            # before a name in Indonesian, so only English names lose a trailing head word ("Mekong River")
            while toks and (not distinct_word(_strip_token(toks[-1][2]), lang, title=lang != "id") or fold(toks[-1][2]) in _CONNECT
                            or not toks[-1][2][:1].isupper()):
                if _body_word(toks, len(toks) - 1, lang):
                    break
                toks.pop()
            if not toks:
                continue
            groups = [toks]
            if title_case:
                # a title-case headline: every run of uncommon words is a name of its own
                groups = []
                cur: list[tuple[int, int, str]] = []
                for t in toks:
                    w = _strip_token(t[2])
                    if all(is_common_word(p, _lang_of(lang), seen_lower) or not distinct_word(p, lang) for p in w.split("-") if p) and not _is_acronym(w, lang):
                        if cur:
                            groups.append(cur)
                        cur = []
                    else:
                        cur.append(t)
                if cur:
                    groups.append(cur)
            groups = _object_article_split(groups, lang, text)
            # "Hamburg of Qinghai Province": two names joined by "of" are two mentions when both halves
            # hold uncommon words ("Bank of England" stays one: "Bank" is an ordinary word)
            split: list[list[tuple[int, int, str]]] = []
            for g in groups:
                cur2: list[tuple[int, int, str]] = []
                for t in g:
                    if fold(t[2]) == "of" and cur2:
                        split.append(cur2)
                        cur2 = []
                    else:
                        cur2.append(t)
                if cur2:
                    split.append(cur2)
            # ("of" is English: a word of the name common in English keeps it whole in any text, "University of
            # Michigan" in German copy)
            if len(split) > len(groups) and all(
                    any(not is_common_word(_strip_token(t[2]), _lang_of(lang), seen_lower)
                        and not is_common_word(_strip_token(t[2]), "en", seen_lower)
                        and distinct_word(_strip_token(t[2]), lang) for t in part)
                    for part in split):
                groups = split
            for g in groups:
                mention = _make_mention(text, g, lang, seen_lower, gaz, cut, seen_caps, title_case,
                                        seen_lower if own_lower is None else own_lower, starts)
                if mention is not None:
                    out.append(mention)
    out.sort(key=lambda x: x.start)
    if lang in ("id", "en"):
        out = _shared_compass(text, out, lang)
        out = _shared_head(text, out, lang)
        out = _body_heads(text, out, lang)
        out = [_acting(text, _deputy(text, m, lang), lang) for m in out]
    return out


#: connectors of :data:`_CONNECT` that a language whose nouns are all capitalised uses as an article before an object
#: (German accusative "den"), and its articles before a subject
_OBJECT_ARTICLES = {"de": frozenset(("den",))}
_SUBJECT_ARTICLES = {"de": frozenset("der die das ein eine".split())}


def _object_article_split(groups: list[list[tuple[int, int, str]]], lang: str, text: str) -> list[list[tuple[int, int, str]]]:
    """``groups`` split at an object article of a capitalised-nouns language where an article opens the one word
    before it: in German the finite verb comes second, so a clause opened by an adverbial puts its subject and its
    object side by side, both capitalised nouns ("Nach neun Stunden hatte die Feuerwehr den Brand unter Kontrolle",
    "Am Montag hat das Kabinett den Haushalt gebilligt"); the "den" between them is the object's article, not the
    particle of a Dutch name, which no article opens ("Regierungschef Joop den Uyl"), so they are two mentions."""
    arts = _OBJECT_ARTICLES.get(lang)
    if not arts or not get_profile(lang).capitalised_nouns:
        return groups
    out: list[list[tuple[int, int, str]]] = []
    for g in groups:
        at = next((i for i, t in enumerate(g) if i == 1 and fold(t[2]) in arts), None)
        before = text[:g[0][0]].split()[-1:]
        if at is None or not before or fold(before[0]) not in _SUBJECT_ARTICLES.get(lang, frozenset()):
            out.append(g)
            continue
        out += [g[:at], g[at + 1:]] if g[at + 1:] else [g[:at]]
    return out


_COMPASS_WORDS = {"en": "North|South|East|West|Central|Southeast|Southwest|Northeast|Northwest",
                  "id": "Utara|Selatan|Timur|Barat|Tengah|Tenggara|Barat Daya|Barat Laut|Timur Laut"}
#: a compass word left bare before a coordinated place that holds the shared name ("West and Central
#: Kalimantan"; Indonesian after it: "Kalimantan Barat dan Tengah")
_BARE_COMPASS_BEFORE = re.compile(r"\b(" + _COMPASS_WORDS["en"] + r")(?:\s*,\s*|\s+(?:and|or|&)\s+)$")
_BARE_COMPASS_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:dan|atau|&)\s+)(" + _COMPASS_WORDS["id"] + r")\b(?!\s+[A-Z])")
_COMPASS_IN = {lang: re.compile(r"(?:^(" + ws + r") (.+)$)" if lang == "en" else r"(?:^(.+) (" + ws + r")$)")
               for lang, ws in _COMPASS_WORDS.items()}


#: the words that make a directional province of a bare name ("Papua Barat", "Highland Papua")
_COMPASS_TOKENS = frozenset(fold(w) for ws in _COMPASS_WORDS.values() for w in re.split(r"[| ]", ws)) | {"pegunungan", "highland"}


def _shared_compass(text: str, ms: list[EntityMention], lang: str) -> list[EntityMention]:
    """Two directional places sharing their name, written once ("West and Central Kalimantan", "Sulawesi Utara
    dan Selatan"): the bare compass word is the other place (``KALBAR``), not a word of its own ("West")."""
    known = known_entities()
    forms = known.forms[lang]
    out = list(ms)
    for m in ms:
        hit = _COMPASS_IN[lang].match(m.text) if m.key is not None and known.types.get(m.key) == "PLACE" else None
        if hit is None:
            continue
        if lang == "en":
            bare = _BARE_COMPASS_BEFORE.search(text, max(0, m.start - 24), m.start)
            other = forms.get(bare.group(1) + " " + hit.group(2)) if bare else None
        else:
            bare = _BARE_COMPASS_AFTER.match(text, m.end)
            other = forms.get(hit.group(1) + " " + bare.group(1)) if bare else None
        if bare is None or other is None or other == m.key:
            continue
        a, b = bare.start(1), bare.end(1)
        out = [x for x in out if not (x.start < b and a < x.end)]  # the bare word read alone ("West")
        out.append(EntityMention(a, b, text[a:b], other, known.types[other], (fold(text[a:b]),)))
    out.sort(key=lambda x: x.start)
    return out


#: a bare modifier coordinated before an English office that holds the shared head ("district and village heads")
_BARE_MODIFIER_BEFORE = re.compile(r"\b([a-z][a-z-]+)(?:\s*,\s*|\s+(?:and|or|&)\s+)$")


def _shared_head(text: str, ms: list[EntityMention], lang: str) -> list[EntityMention]:
    """Two English offices sharing their head word, written once ("district and village heads", "provincial and
    district police chiefs"): the bare modifier is the other office when the lists know it with that head
    (``CAMAT`` beside ``KADES``), so "camat dan lurah" is rendered, not one office put for another."""
    if lang != "en":
        return ms
    forms = known_entities().forms["en"]
    out = list(ms)
    for m in ms:
        words = m.text.split()
        if m.type != "ROLE" or m.key is None or len(words) < 2 or not m.text[:1].islower():
            continue
        bare = _BARE_MODIFIER_BEFORE.search(text, max(0, m.start - 30), m.start)
        if bare is None:
            continue
        shared = bare.group(1) + " " + " ".join(words[1:])
        key = forms.get(shared) or (forms.get(shared[:-1]) if shared.endswith("s") else None)
        if key is None or key == m.key or known_entities().types.get(key) != "ROLE":
            continue
        a, b = bare.start(1), bare.end(1)
        out.append(EntityMention(a, b, text[a:b], key, "ROLE", (fold(text[a:b]),)))
    out.sort(key=lambda x: x.start)
    return out


def _body_word(toks: list[tuple[int, int, str]], i: int, lang: str) -> bool:
    """Whether the title word ``toks[i]`` at an edge of an English span names the field of an institution whose
    head word stands beside it ("Foreign Office", "Home Office", "Department of Justice", "Ministry of Health"), all
    of them ordinary words: part of the body's name (type ``BODY``), not a title to strip. (Indonesian puts an
    office before its body: "Kepala Dinas".)"""
    if lang != "en" or not toks[i][2][:1].isupper() or not distinct_word(_strip_token(toks[i][2]), lang, title=False):
        return False
    if not all(is_common_word(_strip_token(t[2]), "en") for t in toks):
        return False  # a name of its own ("General Assembly": "Assembly" is no ordinary word here): strip as ever
    if i == 0:
        return len(toks) >= 2 and bool(_head_classes(_strip_token(toks[1][2])))
    return i >= 2 and fold(toks[i - 1][2]) == "of" and bool(_head_classes(_strip_token(toks[i - 2][2])))


#: what joins "head"/"chief" to its body: "Jakarta Police chief", "the KPK's deputy head", "(MPR) speaker" after a
#: gloss; "head of the Jakarta Police"
_HEAD_AFTER_BODY = re.compile(r"(?:['’]s|\))?\s+(?:(?:[Dd]eputy|[Vv]ice)[\s-]+)?")
_OF_AFTER = re.compile(r"\s+of\b")
_HEAD_OF_BODY = {"en": re.compile(r"\s+of\s+(?:the\s+)?"), "id": re.compile(r"\s+")}


def _body_heads(text: str, ms: list[EntityMention], lang: str) -> list[EntityMention]:
    """A generic head ("chief", "Kepala") joined to a body that has one head office is that office: "Jakarta
    Police chief" is the regional police chief, so "Kabid Humas Polda Metro Jaya" (its spokesman) rendered
    "Jakarta Police chief" is another office. A place may stand between ("head of the Bandung District
    Prosecutor's Office", in English a place the lists do not know as well; an Indonesian name there is a unit of
    the body: "Wakil Ketua Komisi III DPR"); "deputy" before the head then makes it the deputy's office
    (:func:`_deputy`)."""
    out = list(ms)
    for k, m in enumerate(ms):
        if m.type != "ROLE" or m.key not in _GENERIC_ROLES:
            continue
        body = None
        if lang == "en" and k > 0 and _HEAD_AFTER_BODY.fullmatch(text, ms[k - 1].end, m.start) and not _OF_AFTER.match(text, m.end):
            body = ms[k - 1]  # not "Jakarta Police chief of detectives": the head of a part of the body
        elif k + 1 < len(ms) and _HEAD_OF_BODY[lang].fullmatch(text, m.end, ms[k + 1].start):
            j = k + 1
            if ((ms[j].type == "PLACE" or ms[j].type == "NAME" and lang == "en") and j + 1 < len(ms)
                    and text[ms[j].end:ms[j + 1].start].isspace()):
                j += 1
            body = ms[j]
        office = _head_office(body.key) if body is not None and body.type == "ORG" and body.key else None
        if office is not None:
            out[k] = dataclasses.replace(m, key=office)
        elif body is not None and (body.type == "ORG" and body.key in known_entities().institutions
                                   or body.type == "INST" and body.key in _HELD_GENERIC):
            # a known body without one head office of the lists ("Kepala BPBD", "Ketua Bawaslu", "head of the
            # health office", "Aceh Police head"): the head of that body, an office of its own (:func:`_held_body`)
            out[k] = dataclasses.replace(m, key=m.key + _HEAD_OF + body.key)
    return out


#: the mark between a generic head and the body it heads (``KEPALA@BPBD``)
_HEAD_OF = "@"
#: generic bodies whose head is an office of its own: "Aceh Police head" is the police's, not the prosecutors'
_HELD_GENERIC = frozenset({"POLICE"})


def _held_body(key: str | None) -> tuple[str, str, bool] | None:
    """``(head, body, deputy)`` for the office of a generic head joined to a body (``KEPALA@BPBD~DEPUTY`` ->
    ``("KEPALA", "BPBD", True)``), else ``None``."""
    if key is None or _HEAD_OF not in key:
        return None
    head, body = key.split(_HEAD_OF, 1)
    deputy = body.endswith(_DEPUTY)
    return head, body[:-len(_DEPUTY)] if deputy else body, deputy


def _held_compatible(a: str, b: str) -> bool | None:
    """Whether two offices, one at least a generic head of a body (:func:`_held_body`), are one put in place of
    the other; ``None`` when neither is. The head of one body is another office than the head of another
    ("Kepala BPBD" -> "head of the health office") or than an office of its own ("Kepala BPBD" -> "Regent");
    "head", "chairman", an office the lists relate to the body or to its head word ("Kepala Pelaksana BPBD" =
    "BPBD chief executive") renders it, unless a deputy was dropped or added."""
    ha, hb = _held_body(a), _held_body(b)
    if ha is None and hb is None:
        return None
    related = known_entities().related

    def near(body: str) -> set[str]:
        # the body and the bodies the lists relate to it ("PN Jakarta Selatan" -> "Pengadilan Negeri")
        return {body} | related.get(body, frozenset())

    if ha is not None and hb is not None:
        if not near(ha[1]) & near(hb[1]):
            return True
        return ha[2] != hb[2]
    held, plain = (ha, b) if ha is not None else (hb, a)
    assert held is not None
    deputy = plain.endswith(_DEPUTY)
    base = plain[:-len(_DEPUTY)] if deputy else plain
    if (base in _GENERIC_ROLES or held[0] not in _BROAD_HEADS and base in related.get(held[0], frozenset())
            or any(base in near(x) for x in near(held[1]))):
        return held[2] != (deputy or base in _deputy_offices().values())
    return True


@functools.cache
def _head_office(body: str) -> str | None:
    """The one office held by the head of a known body (``POLMETRO`` -> ``KAPOLDA``), deputies left out."""
    known = known_entities()
    offices = [r for r in known.related.get(body, frozenset()) if known.types.get(r) == "ROLE" and _head_role(r)
               and not any(fold(f).split()[0] in ("wakil", "deputy", "vice") for _, f in _key_forms().get(r, ()))]
    return offices[0] if len(offices) == 1 else None


#: a deputy's office: "Wakil Menteri Luar Negeri" = "Deputy Foreign Minister", another office than the minister's
#: ("wakil ketua" is also rendered "co-chairman")
_DEPUTY_BEFORE = {"id": re.compile(r"\b(?:[Ww]akil|[Dd]eputi)\s+$"), "en": re.compile(r"\b(?:(?:[Dd]eputy|[Vv]ice)[\s-]+|[Cc]o-)$")}
_DEPUTY = "~DEPUTY"


def _deputy(text: str, m: EntityMention, lang: str) -> EntityMention:
    """An office with "Wakil" / "Deputy" / "Vice" right before it (not listed as an office of its own, as
    ``Wakil Gubernur`` is) is the deputy's office."""
    start = _start_before(_DEPUTY_BEFORE[lang], text, m.start) if m.type == "ROLE" and m.key is not None else None
    if start is None or m.key is None or m.key.endswith(_DEPUTY):
        return m
    key = _deputy_offices().get(m.key, m.key + _DEPUTY)
    return dataclasses.replace(m, start=start, text=text[start:m.end], key=key)


@functools.cache
def _deputy_offices() -> dict[str, str]:
    """Office -> its deputy's office where the lists name one ("Kapolda" -> "Wakil Kapolda"): "deputy" before the
    office is that office ("Jakarta Police deputy chief" = "Wakapolda")."""
    known = known_entities()
    forms = known.forms["id"]
    out: dict[str, str] = {}
    for f, key in forms.items():
        head = forms.get(f[6:]) if f.startswith("Wakil ") else None
        if head is not None and head != key and known.types.get(head) == known.types.get(key) == "ROLE":
            out.setdefault(head, key)
    return out


#: offices an acting holder fills, and the acting office's key ("Acting Jakarta Governor" = "Penjabat Gubernur");
#: any other office held acting is the office with this mark ("Plt. Ketua Umum" = "acting chairman")
_ACTING = {"GUBERNUR": "PJGUBERNUR", "BUPATI": "PJBUPATI", "WALIKOTA": "PJWALIKOTA"}
_ACTING_OF = "~ACTING"
#: Indonesian copy writes the long form with its short form in brackets: "Penjabat (Pj) Gubernur", "Pelaksana
#: Tugas (Plt.) Bupati"
_ACTING_BEFORE = {"en": re.compile(r"\b(?:[Aa]cting|[Ii]nterim|[Cc]aretaker)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"),
                  "id": re.compile(r"\b(?:Plt|Plh|Pj|Pelaksana [Tt]ugas|Pelaksana [Hh]arian|[Pp]enjabat|Pejabat)\.?"
                                   r"(?:\s*\((?:Plt|Plh|Pj)\.?\))?\s+$")}


def _acting(text: str, m: EntityMention, lang: str) -> EntityMention:
    """An office with "acting" before it (English, a place name allowed between: "Acting Jakarta Governor") or
    "Plt."/"Pj."/"Plh." (Indonesian: "Plt. Ketua Umum") is the acting office: the row of its own where the lists
    have one (``Penjabat Gubernur``), else the office marked acting, so an "acting" dropped or added is another
    office (:func:`_compatible`)."""
    if (m.type != "ROLE" or m.key is None or m.key.endswith(_ACTING_OF) or m.key in _ACTING.values()
            or not _before(_ACTING_BEFORE[lang], text, m.start)):
        return m
    return dataclasses.replace(m, key=_ACTING.get(m.key, m.key + _ACTING_OF))


def _is_acronym(w: str, lang: str) -> bool:
    """``BST``, ``KPK``, ``F-16``; a capitalised ordinary word ("ORANG", "OK") is not one."""
    if re.fullmatch(r"[A-Z]{3}|[A-Z]{2,}-[A-Z0-9]+", w):
        return True
    if not re.fullmatch(r"[A-Z]{2,6}", w):
        return False
    return not re.search(r"[AEIOU]", w) or not is_common_word(w, _lang_of(lang))  # LGBT, NATO; not ORANG


_ABBREV_END = r"(?<!\bTn)(?<!\bNy)(?<!\bNn)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bRev)(?<!\bSen)(?<!\bGov)(?<!\bGen)(?<!\bProf)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])"


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Rev|Sen|Rep|Gov|Gen|Prof|Tn|Ny|Nn|[Nn]ona|[Tt]uan|[Nn]yonya|Bapak|Pak|Ibu|Bu)\.?\s+$")
#: plain personal honorifics ("Mr Bean", "nyonya Hill"; not "Lord Protector"): a person's name follows
_PERSONAL_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Tn|Ny|Nn|[Nn]ona|[Tt]uan|[Nn]yonya)\.?\s+$")
#: Indonesian heads of a place name ("Kabupaten Pandeglang", "di Desa Sukamaju", "Gunung Semeru", "Tol Cipali",
#: "Tanjung Perak", whose second word is often a word: perak = silver, emas = gold):
#: the name after one is a place even where the gazetteer does not list it
_PLACE_HEAD_BEFORE = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Kelurahan|Provinsi|Pulau|Gunung|Sungai|"
                                r"Danau|Teluk|Selat|Tanjung|Kampung|Dusun|Pantai|Bandara|Pelabuhan|Stadion|Tol|Jalan Tol|"
                                r"Dinasti|Wangsa|Kekaisaran|Kesultanan|Kerajaan)\s+$")  # a realm: "Dinasti Ming", "Kerajaan Majapahit"
_SPEECH_AFTER = re.compile(r"(?:'s)?\s+(?:said|says|told|tells|added|asked|wrote|mengatakan|berkata|menambahkan|menjelaskan|menyatakan)\b")


def _initials_fit(acronym: str, before: str) -> bool:
    """Whether ``acronym`` spells the initials of the capitalised words just before it, in order."""
    caps = [w[0] for w in re.findall(r"[A-Z][\w'’-]*", before.rstrip(" (")[-120:])]
    letters = [c for c in acronym if c.isalpha()]
    k = len(caps) - 1
    for c in reversed(letters):
        while k >= 0 and caps[k] != c:
            k -= 1
        if k < 0:
            return False
        k -= 1
    return bool(letters)


#: a phrase of lower-case words right before an opening parenthesis: Indonesian copy writes the acronym of a
#: descriptive phrase after it ("bantuan langsung tunai (BLT)", "perjanjian kemitraan ekonomi komprehensif
#: (IEU-CEPA)"), and a translation renders the phrase in words, where the acronym may go
_PHRASE_BEFORE = re.compile(r"(?<![\w-])[a-z][a-z-]+\s+[a-z][a-z-]+\s*\($")
_LETTER_WORD = re.compile(r"[A-Z]-[a-z]{2,}")
_BREAK_RE = re.compile(_ABBREV_END + r"[.!?]\s+")
_OPENERS_RE = re.compile(r"[ \"'“”‘’(\[\-–—*•:]*")
#: how far back the honorific and acronym checks look (an honorific is a few characters before the name)
_WINDOW = 160


class _SentenceStarts:
    """Where sentences start in one text: one scan, then each question costs a bisection.

    A position opens a sentence when only opening quotes, brackets, dashes or bullets stand between it and
    the text's start or the last sentence end (``.``/``!``/``?`` and white space, not after an abbreviation
    such as ``Mr.``). Replaces a per-mention split of the whole prefix, which made long lines quadratic.
    """

    def __init__(self, text: str) -> None:
        ends = [0] + [m.end() for m in _BREAK_RE.finditer(text)]
        self._ends = ends
        # the first position after each sentence end that is not an opener
        self._first = [_OPENERS_RE.match(text, b).end() for b in ends]  # type: ignore[union-attr]

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._ends, pos) - 1
        return pos <= self._first[k]


def _before(pattern: re.Pattern[str], text: str, pos: int) -> bool:
    """Whether ``pattern`` (anchored with ``$``) matches the text just before ``pos``, reading a bounded window."""
    return _start_before(pattern, text, pos) is not None


def _start_before(pattern: re.Pattern[str], text: str, pos: int) -> int | None:
    """Where the match of ``pattern`` (anchored with ``$``) just before ``pos`` starts, or ``None``."""
    a = max(0, pos - _WINDOW)
    m = pattern.search(text[a:pos])
    return a + m.start() if m is not None and (m.start() > 0 or a == 0 or not text[a - 1].isalnum()) else None


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence of ``text`` (one-off use; extraction shares a :class:`_SentenceStarts`)."""
    return pos in _SentenceStarts(text)


def _make_mention(text: str, toks: list[tuple[int, int, str]], lang: str, seen_lower: frozenset[str],
                  gaz: dict[str, str], cut: bool, seen_caps: frozenset[str] = frozenset(),
                  title_case: bool = False, own_lower: frozenset[str] = frozenset(),
                  starts: _SentenceStarts | None = None) -> EntityMention | None:
    a, b = toks[0][0], toks[-1][1]
    if starts is None:
        starts = _SentenceStarts(text)
    span = text[a:b].rstrip(".,;:!?")
    b = a + len(span)
    span_clean = _POSSESSIVE.sub("", span)
    words = [_strip_token(t[2]) for t in toks if fold(t[2]) not in _CONNECT]
    # a capital letter joined to an ordinary word ("U-turn", "T-shirt", "X-ray") is a word, the letter no name
    parts = [p for w in words for p in (w.split("-")[1:] if _LETTER_WORD.fullmatch(w) else w.split("-")) if p]
    acronym = any(_is_acronym(w, lang) for w in words)
    uncommon = [p for p in parts if not is_common_word(p, _lang_of(lang), seen_lower) and distinct_word(p, lang)]
    if not uncommon and _before(_HONORIFIC_BEFORE, text, a) and parts and distinct_word(parts[-1], lang):
        uncommon = [parts[-1]]  # "Mrs May", "Mr Cooke", "Ny Hill": a word after an honorific is a name
    headed = lang == "id" and (_before(_PLACE_HEAD_BEFORE, text, a)
                               or len(words) >= 2 and bool(_PLACE_HEAD_BEFORE.fullmatch(words[0] + " ")))
    if not uncommon and headed and distinct_word(parts[-1], lang) and not _PLACE_HEAD_BEFORE.fullmatch(words[-1] + " "):
        uncommon = [parts[-1]]  # "Stadion Manahan", "Desa Suka Makmur": the words after a place head are a name
    if not uncommon and not acronym and not title_case and len(words) >= 2 and any(_head_classes(w) for w in words):
        # "Met Office", "Department of Justice", "Komite Kehakiman": ordinary words made an institution's name
        # by a head word; known to no list, it is translated, so it only stands against a known institution
        # of another kind (see _body_swap)
        return EntityMention(a, b, text[a:b], None, "BODY", tuple(fold(p) for p in parts))
    if not uncommon and not acronym:
        w0 = words[0] if len(words) == 1 else ""
        if (w0 and w0[:1].isupper() and not w0.isupper() and distinct_word(w0, lang)
                and fold(w0) not in (own_lower if lang == "id" else seen_lower)
                and a not in starts and not cut and len(w0) > 2 and not title_case
                and (lang == "en" or is_common_word(w0, "en", stems=False))):
            # "Park", "Times" inside a sentence and never written in lower case in this document: perhaps
            # a name that is also a word; it may pair with a copied name in a swap, never stand alone
            return EntityMention(a, a + len(w0), w0, None, "COMMONCAP", (fold(w0),))
        return None
    if len(words) >= 2 and all(w.isupper() for w in words) and sum(is_common_word(p, _lang_of(lang), seen_lower) for p in parts) * 2 >= len(parts):
        return None  # shouted words ("NO ANOTHER BLACK PERSON"), not a name
    if cut and len(words) == 1 and not acronym:
        return None
    initial = (len(words) == 1 and not acronym and a in starts and fold(words[0]) not in seen_caps
               and not _before(_HONORIFIC_BEFORE, text, a) and not _SPEECH_AFTER.match(text, b))
    # distinctive tokens: the uncommon ones (common words get translated: "Timur" -> "East")
    tokens = tuple(fold(p) for p in uncommon) or tuple(fold(p) for p in parts if distinct_word(p, lang))
    if not tokens:
        return None
    typ = gaz.get(span_clean, "NAME")
    if typ == "NAME" and headed:
        typ = "PLACE"
    if initial:
        # a single capitalised word opening a sentence and never capitalised elsewhere: a weak name signal;
        # it may stand in a swap with an unknown name, never alone
        typ = "INITIAL"
    if acronym and len(words) == 1 and text[a - 1:a] == "(" and (_initials_fit(words[0], text[max(0, a - _WINDOW):a])
                                                                 or _PHRASE_BEFORE.search(text, max(0, a - _WINDOW), a)):
        typ = "DEFINED"  # "Taman Nasional Kruger (TNK)": an acronym of a translated name follows its language
    titled = bool(_before(_PERSONAL_BEFORE, text, a)) and len(words) == 1 and not acronym
    return EntityMention(a, b, text[a:b], None, typ, tokens, titled)


def _strong(m: EntityMention, lang: str) -> bool:
    """A name its language's vocabulary does not know as an ordinary word: it is copied, not translated.

    Only the word itself is looked up (no stems): "Sanders" is a name even though "sand" is a word.
    """
    if m.key is not None or _shape(m) == "acronym" or m.titled or m.type == "PLACE":
        return True  # a place typed by the gazetteer or by its head word ("Stadion Manahan") is a name
    return _copied(m, lang)


def _copied(m: EntityMention, lang: str) -> bool:
    return any(not is_common_word(t, _lang_of(lang), stems=False) for t in m.tokens)


def _shape(m: EntityMention) -> str:
    return "acronym" if re.fullmatch(r"[A-Z0-9.\-]{2,}s?", m.text.replace("'s", "")) else "words"


_SUFFIXES = (("ation", "asi"), ("ition", "isi"), ("tion", "si"), ("ities", "itas"), ("ity", "itas"), ("ive", "if"),
             ("ics", "ika"), ("ic", "ik"), ("ism", "isme"), ("ist", "is"), ("ised", "isasi"), ("ized", "isasi"))
#: letters with no decomposition that English copy writes plainly ("Bjørn" / "Bjorn", "Ærø" / "Aero")
_LETTERS = (("ø", "o"), ("æ", "ae"), ("ß", "ss"), ("ł", "l"), ("đ", "d"), ("sch", "sy"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("cz", "c"), ("dj", "j"), ("tj", "c"), ("oe", "u"),
            ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("y", "i"), ("w", "v"))


@functools.cache
def _cognate_key(w: str) -> str:
    """A spelling key under which cognates and transliterations agree (``arctic``/``arktik``,
    ``homosexuality``/``homoseksualitas``, ``Lugansk``/``Luhansk`` stay close, not equal)."""
    w = fold(w)
    if len(w) > 5 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    for a, b in _SUFFIXES:
        if w.endswith(a) and len(w) > len(a) + 2:
            w = w[: -len(a)] + b
            break
    if w.startswith("y") and len(w) > 3 and w[1] in "aeiou":
        w = "j" + w[1:]  # Yordan/Jordan, Yerusalem/Jerusalem
    for a, b in _LETTERS:
        w = w.replace(a, b)
    return re.sub(r"(.)\1", r"\1", w)


#: German spellings of names transliterated from Cyrillic and Arabic and their English counterparts ("Selenskyj" /
#: "Zelensky", "Scheremetjewo" / "Sheremetyevo", "Saporischschja" / "Zaporizhzhia", "Charkiw" / "Kharkiv",
#: "Tschernihiw" / "Chernihiv", "Al-Dschasira" / "Al Jazeera"): the Duden transcription against the English one,
#: longest cluster first; an "s" before a vowel at the start or between vowels is voiced (English "z")
_GERMAN_SPELLING = re.compile(r"schtsch|tsch|dsch|sch|ch|[ijy]j$|j|w|(?:(?<=^)|(?<=[aeiou]))s(?=[aeiou])")
_GERMAN_TO_ENGLISH = {"schtsch": "shch", "tsch": "ch", "dsch": "j", "sch": "sh", "ch": "kh", "j": "y", "w": "v", "s": "z"}


@functools.cache
def _respelled(w: str) -> str:
    """A folded word of a name as English writes it when it is the German transcription of a Cyrillic or Arabic
    name (see ``_GERMAN_SPELLING``); the word itself when it holds none of those spellings. A fallback only: a
    name written alike in both languages matches as written first ("Schönefeld")."""
    return _GERMAN_SPELLING.sub(lambda m: "y" if m.group().endswith("j") and len(m.group()) == 2 else
                                _GERMAN_TO_ENGLISH[m.group()], w)


def _vowel_key(w: str) -> str:
    """A spelling key with the vowel spellings that transliterations trade folded together (``oo``/``ou`` =
    ``u``, ``ee``/``ie`` = ``i``, ``o`` ~ ``u``, ``e`` ~ ``i``): ``noor`` = ``nur``, while ``hasan`` and ``husin``
    (two names) stay apart."""
    k = _cognate_key(w)
    for a, b in (("oo", "u"), ("ou", "u"), ("ee", "i"), ("ie", "i"), ("o", "u"), ("e", "i")):
        k = k.replace(a, b)
    return k


def _consonants(w: str) -> str:
    """The consonants as written (doubles as one, ``c`` as ``k``): ``noor``/``nur`` and ``doc``/``dok`` share
    them, ``chile``/``kelly`` do not."""
    return re.sub(r"(.)\1", r"\1", re.sub(r"[aeiouy]", "", w.replace("c", "k")))


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and _vowel_key(a) == _vowel_key(b) and _consonants(a) == _consonants(b):
        return True
    if len(a) < 4 or len(b) < 4:
        return False
    ka, kb = _cognate_key(a), _cognate_key(b)
    if ka == kb:
        return True
    if ka[:1] != kb[:1]:
        return False
    # a shared stem: "romawi"/"roman", "portugis"/"portuguese", "bizantium"/"byzantine"
    n = 0
    while n < min(len(ka), len(kb)) and ka[n] == kb[n]:
        n += 1
    if n >= 4 and min(len(ka), len(kb)) >= 5 and n >= 0.75 * min(len(ka), len(kb)):
        return True
    # short words need a closer match ("palu" is not "palung")
    return difflib.SequenceMatcher(None, ka, kb).ratio() >= (0.8 if min(len(ka), len(kb)) >= 6 else 0.86)


_CAP_WORD = re.compile(r"(?<![\w'’\-])(?:(?:[A-Z]\.){2,}|[A-Z][\w'’\-]*)")


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class _Buckets:
    """Distinct folded words, indexed so that :func:`_similar` is only tried on words that can pass it.

    ``_similar`` accepts equal words, equal vowel keys, equal spelling keys, a shared key prefix of four letters
    or more, or a ``difflib`` ratio of at least 0.8, which needs the same first key letter and lengths within a factor
    1.5; the buckets hold exactly those candidates, so a long sentence costs no more per name than a short one.
    """

    def __init__(self, toks: Sequence[str]) -> None:
        self.exact = frozenset(toks)
        self.by_key: dict[str, list[str]] = {}
        self.by_pre: dict[str, list[str]] = {}
        self.by_len: dict[tuple[str, int], list[str]] = {}
        self.by_vowel: dict[str, list[str]] = {}
        for o in self.exact:
            if len(o) >= 3:
                self.by_vowel.setdefault(_vowel_key(o), []).append(o)
            if len(o) < 4:
                continue
            k = _cognate_key(o)
            self.by_key.setdefault(k, []).append(o)
            if len(k) >= 4:
                self.by_pre.setdefault(k[:4], []).append(o)
            if k:
                self.by_len.setdefault((k[0], len(k)), []).append(o)

    def candidates(self, w: str) -> set[str]:
        """Words of the index that :func:`_similar` may accept for ``w`` (a superset of those it does)."""
        out = set(self.by_vowel.get(_vowel_key(w), ())) if len(w) >= 3 else set()
        if len(w) < 4:
            return out
        k = _cognate_key(w)
        out.update(self.by_key.get(k, ()))
        if len(k) >= 4:
            out.update(self.by_pre.get(k[:4], ()))
        if k:
            for n in range(max(1, int(len(k) / 1.5)), int(len(k) * 1.5) + 2):
                out.update(self.by_len.get((k[0], n), ()))
        return out


class _TextIndex:
    """The folded words of one text and its capitalised words, built once per text (see :func:`_text_index`)."""

    def __init__(self, text: str) -> None:
        toks = norm_tokens(text)
        # with the English spelling of German transcriptions ("Scheremetjewo" is found by "Sheremetyevo")
        self.toks = _Buckets(toks + [r for r in map(_respelled, toks) if r not in toks])
        caps = norm_tokens(" ".join(_CAP_WORD.findall(text)))
        self.caps = frozenset(caps) | frozenset(map(_respelled, caps))
        #: the words and each run of two or three neighbouring words written together ("bio gas" -> "biogas")
        self.compact = frozenset(toks) | frozenset(
            "".join(toks[k:k + n]) for n in (2, 3) for k in range(len(toks) - n + 1))
        self._memo: dict[tuple[str, bool], bool] = {}
        self._roots: frozenset[str] | None = None

    @property
    def roots(self) -> frozenset[str]:
        """The long candidate roots of the text's words read as Indonesian (:func:`_long_roots`), built on first
        use."""
        if self._roots is None:
            self._roots = frozenset(r for t in self.toks.exact for r in _long_roots(t))
        return self._roots

    def similar(self, w: str, lenient: bool) -> bool:
        """Whether a word of the text is a spelling variant of ``w`` (see :func:`match_entity`)."""
        got = self._memo.get((w, lenient))
        if got is None:
            got = any(_similar(w, o) for o in self.toks.candidates(w) if lenient or o in self.caps or len(o) >= len(w))
            self._memo[(w, lenient)] = got
        return got


@functools.lru_cache(maxsize=64)
def _text_index(text: str) -> _TextIndex:
    return _TextIndex(text)


class _MentionIndex:
    """The keys and the unknown names' words of a list of mentions."""

    def __init__(self, mentions: Sequence[EntityMention]) -> None:
        self.keys = frozenset(o.key for o in mentions if o.key is not None)
        self.unknown = _Buckets([t for o in mentions if o.key is None for t in o.tokens])

    def similar(self, w: str) -> bool:
        return (any(_similar(w, o) for o in self.unknown.candidates(w)) or (w in self.unknown.exact)
                or not _ese_forms(w).isdisjoint(self.unknown.exact))  # "Bali" / "Balinese"


def _ese_forms(place: str) -> frozenset[str]:
    """The forms an English ``-ese`` demonym of folded place word ``place`` may take ("bali" -> balinese, baliese,
    "madura" -> madurese); short words have none."""
    if len(place) < 4:
        return frozenset()
    out = {place + "nese", place + "ese"}
    if place[-1] in "aeiou":
        out.add(place[:-1] + "ese")
    return frozenset(out)


def _ese_demonym(place: str, word: str) -> bool:
    """Whether folded ``word`` is an English demonym in ``-ese`` of folded place word ``place`` ("Balinese" of
    "Bali", "Madurese" of "Madura", "Sudanese" of "Sudan"): a people named for its place, a form the place lists
    need not hold."""
    return word.endswith("ese") and word in _ese_forms(place)


_MENTION_INDEX: dict[int, tuple[Sequence[EntityMention], _MentionIndex]] = {}


def _mention_index(mentions: Sequence[EntityMention]) -> _MentionIndex:
    """The index of ``mentions``, cached while the same list object is passed again (lists are not mutated
    once extracted)."""
    hit = _MENTION_INDEX.get(id(mentions))
    if hit is not None and hit[0] is mentions:
        return hit[1]
    idx = _MentionIndex(mentions)
    if len(_MENTION_INDEX) > 64:
        _MENTION_INDEX.clear()
    _MENTION_INDEX[id(mentions)] = (mentions, idx)
    return idx


def match_entity(m: EntityMention, other_text: str, other_mentions: Sequence[EntityMention], lenient: bool = False,
                 rendered: bool = False) -> bool:
    """Whether mention ``m`` has a counterpart in ``other_text`` (whose mentions are ``other_mentions``).

    :param lenient: also accept the first distinctive word alone ("Kavanaugh Debacle" = "Bencana
        Kavanaugh"); used before reporting a name as dropped, never to rule out a swap.
    :param rendered: also accept a word written as its dictionary rendering (``renderings.tsv``: "Jalan Salib" =
        "Way of the Cross"), for names that a translation renders word by word; the entity check asks for it, a
        speaker's name (the attribution check) is matched as written.

    The other side is indexed once (per text and per mention list), so each call costs time in the size of
    ``m``, not of the other side.
    """
    if m.key is not None:
        same = {m.key} | known_entities().synonyms.get(m.key, frozenset())
        if len(other_mentions) < 8:
            if any(o.key in same for o in other_mentions):
                return True
            # an unknown form of the same name on the other side ("Krimea" written "Crimea" in an id text):
            # every word of the name has a spelling variant there ("Jawa Barat" left untranslated), so a
            # long list of other names cannot match "Barat" alone
            unknown = [t for o in other_mentions if o.key is None for t in o.tokens]
            hits = [any(_similar(t, f) or _ese_demonym(f, t) for t in unknown) for f in m.tokens]
            # a common word of the name may be translated around the kept one ("Pasar Senen" = "Senen Market")
            return any(hits) and all(h or _rendered_in(f, _text_index(other_text)) for h, f in zip(hits, m.tokens))
        idx = _mention_index(other_mentions)
        return bool(same & idx.keys) or (bool(m.tokens) and all(idx.similar(f) for f in m.tokens))
    if not m.tokens:
        return True
    if _acronym_on_other_side(m.text, other_text):
        return True  # "Louisiana State University" = "LSU", "Johnny English" = "JE"
    if _blend_in(m, other_text):
        return True  # "Joko Widodo" = "Jokowi", "Bambang Soesatyo" = "Bamsoet"
    # away from the lenient check, a lower-case word is a spelling variant of a name only when it is at least
    # as long (a derived form: "Trauma"/"traumatic"), never a shorter word the name merely extends ("Haris" is
    # not "hari", "Waters" is not "water"); capitalised words are compared as they are
    tix = _text_index(other_text)
    compact = "".join(norm_tokens(m.text))
    if len(compact) >= 4 and compact in tix.compact:
        return True  # written with or without a hyphen or a space ("Biogas" = "Bio-gas", "Bio gas")
    # the same for the name's own words, its common words translated ("Kontes Yo-Yo Dunia" = "World YoYo Contest")
    own = "".join(m.tokens)
    if len(m.tokens) >= 2 and len(own) >= 4 and own != compact and own in tix.compact:
        return True
    # a word written as its rendering in the other language is the same word: a given name or a ruler's title
    # ("Firaun" = "Pharaoh", "Nabi Musa" = "the Prophet Moses": given_names.tsv) or a word of a name translated
    # word by word ("Jalan Salib" = "Way of the Cross": renderings.tsv)
    # (an institution's name is left to the body rules: "Dewan Keamanan" is no trace of the Security Council
    # when the translation names another council in its place)
    rendered = rendered and not _name_heads(m)
    found = []
    for t in _without_post_nominals(m):
        tt = fold(t)
        found.append(tt in tix.toks.exact or tix.similar(tt, lenient) or not _given_names().get(tt, frozenset()).isdisjoint(tix.toks.exact)
                     or rendered and (_rendered_in(tt, tix) or _root_spelled(tt, tix))
                     or _respelled(tt) != tt and tix.similar(_respelled(tt), lenient))
    # the surname (last word) or two thirds of the words: "Vladimir Putin" = "Putin"; leniently the first of
    # two words ("Kavanaugh Debacle" = "Bencana Kavanaugh"), unless it is an acronym or a qualifier glued to
    # a longer name ("LSU Joe Alleva", "HMP Long Lartin", "Arizona Jeff Flake": the name itself is lost)
    first_free = len(found) == 2 and not m.text.split()[0].isupper()
    if found[-1] and len(found) >= 2 and not found[0] and _other_first_name(m, other_mentions):
        return False  # "Danny Pomanto" / "Ramdhan Pomanto": the surname kept, the person changed
    if len(found) >= 2 and not all(found) and _one_word_changed(m, other_mentions):
        return False  # "Sri Mulyani Indrawati" / "Sri Wahyuni Indrawati": the rest kept, one name changed
    # (the last word of a name of three words or more stands for it when it is no ordinary word, when every rare
    # word of the name is there too, or when the other side writes it as a name, capitalised: "networks" keeps no
    # "Fox Business Network", "West" keeps "Rapper Kanye West")
    words = _without_post_nominals(m)
    rare = [f for t, f in zip(words, found) if not _common_either(fold(t))]
    last_tells = (len(m.text.split()) < 3 or not _common_either(fold(words[-1])) or all(rare)
                  or re.search(r"(?<!\w)" + re.escape(words[-1][:1].upper() + words[-1][1:]) + r"(?!\w)", other_text) is not None)
    if found[-1] and last_tells or lenient and first_free and found[0]:
        return True
    # two thirds of the words count only with a rare word among them where the name holds one: "Teleskop Antariksa
    # Hubble" is not the "James Webb Space Telescope", whose common words render "teleskop" and "antariksa"
    return sum(found) * 3 >= 2 * len(found) and (not rare or any(rare))


def _common_either(w: str) -> bool:
    """Whether ``w`` is an ordinary word of Indonesian or English (a name's common word, "teleskop", "space")."""
    return is_common_word(w, "id") or is_common_word(w, "en")


#: letters written after a person's name: honours and offices ("QC", "MP", "KC"), academic degrees ("PhD", "SH",
#: "MBA") and generational suffixes ("Jr", "Sr", "III"); an acronym of two to four capitals at the end of a name
#: is one of them
_POST_NOMINAL = re.compile(r"(?:[A-Z]{2,4}|Jr|Sr|PhD|MSc|BSc)\.?")


#: the legal forms written after a company's name (Indonesian "Tbk" = listed, "Persero" = state-owned; "Inc", "Ltd")
_LEGAL_FORMS = frozenset("tbk persero inc ltd plc llc corp bhd".split())


def _without_post_nominals(m: EntityMention) -> tuple[str, ...]:
    """The tokens of ``m`` without post-nominal letters at its end ("Kier Starmer QC" -> kier, starmer) and without a
    company's legal form ("Tbk"): a translation keeps "QC" or "MP" beside any name, so they are no trace of this one,
    and the surname before them is the name's last word."""
    words = m.text.split()
    toks = list(m.tokens)
    while len(words) > 2 and len(toks) > 2 and _POST_NOMINAL.fullmatch(words[-1]) and fold(words[-1].rstrip(".")) == toks[-1]:
        words.pop()
        toks.pop()
    # a company's legal form after its name ("PT Sritex Tbk" = "Sritex", "Apple Inc." = "Apple"): English copy drops it
    while len(toks) >= 2 and toks[-1] in _LEGAL_FORMS:
        toks.pop()
    return tuple(toks)


@functools.cache
def _given_names() -> dict[str, frozenset[str]]:
    """Folded given name -> its renderings in the other language, both ways (``given_names.tsv``)."""
    return _both_ways((fold(row[0]), {fold(en) for en in row[1].split("|")}) for row in data_lines("given_names.tsv"))


@functools.cache
def _renderings() -> dict[str, frozenset[str]]:
    """Folded word -> its one-word renderings in the other language, both ways (``renderings.tsv``, from a
    bilingual dictionary); an English noun also in its plural ("zaitun" -> "olive", "olives")."""
    def plurals(en: str) -> set[str]:
        return {en, en + "s", en + "es"} | ({en[:-1] + "ies"} if en.endswith("y") else set())

    return _both_ways((fold(w), plurals(fold(row[0]))) for row in data_lines("renderings.tsv") for w in row[1].split("|"))


#: the shortest Indonesian root through which two affixed words are read as one word (``terlarang`` and the
#: dictionary's ``dilarang``, both ``larang``): shorter roots are often letters of unrelated words that an
#: affix stripper happens to leave (``terang``/``perang`` -> ``rang``)
_MIN_ROOT = 5


def _long_roots(w: str) -> frozenset[str]:
    """The candidate roots of folded Indonesian word ``w`` (:func:`~.meaning.id_roots`) of :data:`_MIN_ROOT`
    letters or more."""
    from .meaning import id_roots  # the meaning check imports this module

    return frozenset(r for r in id_roots(w) if len(r) >= _MIN_ROOT)


@functools.cache
def _root_renderings() -> dict[str, frozenset[str]]:
    """A root of an Indonesian word of ``renderings.tsv`` -> the English renderings of the words built on it
    (``larang`` -> forbidden, from ``dilarang``): the dictionary lists one affixed form of a word, a name holds
    another (``Kota Terlarang`` = Forbidden City, ``Penghalang`` = barrier)."""
    out: dict[str, set[str]] = {}
    for w, ens in _renderings().items():
        if w in _renderings_en():
            continue
        for r in _long_roots(w):
            out.setdefault(r, set()).update(ens)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _renderings_en() -> frozenset[str]:
    """The English words of ``renderings.tsv`` with their plurals (the keys of :func:`_renderings` that are
    English)."""
    return frozenset(e for row in data_lines("renderings.tsv") for e in (fold(row[0]), fold(row[0]) + "s", fold(row[0]) + "es"))


def _rendered_in(w: str, tix: _TextIndex) -> bool:
    """Whether a word of the text indexed by ``tix`` renders folded word ``w`` (``renderings.tsv``), the
    Indonesian side read through its root (:func:`_root_renderings`): "Terlarang" is rendered by "Forbidden"
    (the dictionary's ``dilarang``), and "Forbidden" by "Terlarang"."""
    own = _renderings().get(w, frozenset())
    if not own.isdisjoint(tix.toks.exact):
        return True
    if w in _renderings_en():
        return any(not _long_roots(i).isdisjoint(tix.roots) for i in own)
    return any(not _root_renderings().get(r, frozenset()).isdisjoint(tix.toks.exact) for r in _long_roots(w))


def _root_spelled(w: str, tix: _TextIndex) -> bool:
    """Whether a word of the text indexed by ``tix`` spells the root of folded Indonesian word ``w`` with at most
    two letters more or less at its end ("Pembaptis" of "Yohanes Pembaptis" = "Baptist": ``baptis``), a word of a
    name made with a prefix on a borrowed root. Only a prefix is taken off (the root ends the word), never an
    ending of a name ("Abdullah" is no "Abdul-" word), and the root must open the other word whole ("Gunawan"
    is no "Gunadi")."""
    if w in _renderings_en():
        return False
    roots = [r for r in _long_roots(w) if len(r) < len(w) and w.endswith(r[1:])]
    return any((o.startswith(r) or r.startswith(o)) and abs(len(o) - len(r)) <= 2 and len(o) >= _MIN_ROOT
               for r in roots for o in tix.toks.exact)


def _both_ways(pairs: Iterable[tuple[str, Iterable[str]]]) -> dict[str, frozenset[str]]:
    """A word -> its renderings table read both ways from ``(word, renderings)`` pairs (:func:`_given_names`,
    :func:`_renderings`)."""
    out: dict[str, set[str]] = {}
    for a, bs in pairs:
        for b in bs:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def _other_first_name(m: EntityMention, other_mentions: Sequence[EntityMention]) -> bool:
    """Whether the other side names someone else with ``m``'s surname: an unknown name of two words or more
    ending in the same word whose first word differs (neither a spelling variant nor an initial)."""
    first, last = m.tokens[0], m.tokens[-1]
    for o in other_mentions:
        if o.key is not None or len(o.tokens) < 2 or len(o.tokens[0]) < 3 or len(first) < 3:
            continue
        if (o.tokens[-1] == last and o.tokens[0] not in m.tokens and first not in o.tokens
                and not _similar(o.tokens[0], first) and o.tokens[0] not in _given_names().get(first, ())):
            return True  # ("Inf Markus Rumbiak" / "Markus Rumbiak": one name, a prefix more)
    return False


def _one_word_changed(m: EntityMention, other_mentions: Sequence[EntityMention]) -> bool:
    """Whether the other side names someone else whose name differs from ``m``'s in one word only, at the same
    place among the same number of words ("Hotman Paris Hutapea" / "Hotman Paris Simanjuntak", "Siti Aminah binti
    Sulaiman" / "Siti Aisyah binti Sulaiman"): neither a spelling variant nor a rendering of a given name. All
    the words of the names count, not only the uncommon ones (the "Dewi" of "Ratna Dewi Lubis" is a word too);
    a leading ordinary word on one side only is a description glued to the name ("Terdakwa", "Lawyer").
    A capitalised title or function word inside the name, between two of its words, is a word of the name
    ("PT Sinar Baru Abadi", "PT Sinar Mas Abadi"): only at an edge is it a title or a description."""
    def words(x: EntityMention) -> list[str]:
        ws = _WORD.findall(_POSSESSIVE.sub("", x.text))
        return [f for i, w in enumerate(ws) if (f := fold(w)) not in _CONNECT
                and ((distinct_word(w, "id") and distinct_word(w, "en")) or (0 < i < len(ws) - 1 and w[0].isupper()))]

    def described(ws: list[str], other: list[str]) -> bool:
        return len(ws) > 2 and ws[0] not in other and (is_common_word(ws[0], "id") or is_common_word(ws[0], "en"))

    for o in other_mentions:
        # the other name's words are counted as written, not its uncommon tokens: a surname that is also in the
        # word lists ("Prasetyo", seen in lower case there) is still a word of "Eko Prasetyo"; such a name of one
        # uncommon token only counts with its last word changed, after the same given names ("Badai Katrina" /
        # "Hurricane Katrina" is a translated head word)
        if o.key is not None or not o.tokens:
            continue
        own, theirs = words(m), words(o)
        if len(o.tokens) < 2 and (len(own) < 2 or own[:-1] != theirs[:-1]):
            continue
        while described(own, theirs) or described(theirs, own):
            own, theirs = (own[1:] if described(own, theirs) else own), (theirs[1:] if described(theirs, own) else theirs)
        diff = [(a, b) for a, b in zip(own, theirs) if a != b]
        if len(theirs) != len(own) or len(diff) != 1:
            continue
        a, b = diff[0]
        if (len(a) >= 3 and len(b) >= 3 and a not in theirs and b not in own and not _similar(a, b)
                and b not in _given_names().get(a, ())):
            return True
    return False


#: an acronym; a full stop after it ends the sentence ("at LSU."), one before a letter makes it an
#: abbreviation ("U.S.")
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,6}(?!\w|\.\w)")


def _name_words(text: str) -> list[str]:
    """The words of a name as written, its possessive ending and connecting words ("of", "dan") left out: the
    words that a name's initials, its head words and its copies on the other side are read from."""
    return [w for w in _WORD.findall(_POSSESSIVE.sub("", text)) if fold(w) not in _CONNECT]


def _surname_left(m: EntityMention, own_text: str, other_text: str, lang: str) -> bool:
    """Whether the person named in full by ``m`` is left out of ``other_text`` while a mention of the surname alone
    stays: the other words of the name are nowhere there, and the surname is written there fewer times than in
    ``own_text`` ("Sigit Prasetyo, 29. Prasetyo mengemudi" / ", 29. Prasetyo was driving": the full name is gone,
    the later "Prasetyo" renders the later mention). A translation that shortens a repeated name writes the
    surname as often as the source, or keeps the first name. A name holding a word of ``own_text``'s language
    (``lang``) is translated, not copied ("Pencacah Geiger" / "Geiger counter")."""
    words = _name_words(m.text)
    if m.key is not None or m.type not in ("NAME", "PERSON") or len(words) < 2 or len(m.tokens) < 2 or len(words[-1]) < 3:
        return False
    if any(is_common_word(w, _lang_of(lang)) and not is_common_word(w, "en", stems=False) for w in words):
        return False
    tix = _text_index(other_text)
    if any(fold(w) in tix.toks.exact or tix.similar(fold(w), True) for w in words[:-1]):
        return False
    last = re.compile(r"(?<![\w'’-])" + re.escape(words[-1]) + r"(?![\w-])")
    if re.search(last.pattern + r"\s+[A-Z]", other_text):
        return False  # the surname heads a longer name there ("the Geiger Counter"): a thing named after a person
    here = len(last.findall(own_text))
    return here >= 2 and len(last.findall(other_text)) < here


def _acronym_on_other_side(name: str, other_text: str) -> bool:
    """Whether ``other_text`` writes a run of two or more capitalised words of ``name`` (ending at its last
    word) as their initials: "Louisiana State University" as "LSU", "Abenteuer von Johnny English" as "JE"."""
    words = _name_words(name)
    if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
        return False
    acronyms = {a for a in _ACRONYM.findall(other_text)}
    if not acronyms:
        return False
    for k in range(len(words) - 1):
        run = words[k:]
        if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run) in acronyms:
            return True
    return _connected_initials(name) in acronyms


def _connected_initials(name: str) -> str:
    """The initials of a person's name with its connecting words ("bin", "al"), as the Indonesian and Arab press
    abbreviates the name: "Mohammed bin Salman" = "MBS"; empty for a name without a connecting word."""
    words = _WORD.findall(_POSSESSIVE.sub("", name))
    if len(words) < 3 or all(fold(w) not in _CONNECT for w in words) or not words[0][:1].isupper():
        return ""
    return "".join(w[0].upper() for w in words)


_MIN_BLEND = 5


def _blend_of(word: str, words: Sequence[str]) -> bool:
    """Whether ``word`` joins the opening letters (two or more each, in order) of two or more consecutive
    ``words``: the nicknames Indonesian copy coins from a full name ("Jokowi" = Joko Widodo, "Bamsoet" = Bambang
    Soesatyo, "Zulhas" = Zulkifli Hasan)."""
    w = fold(word)
    ws = [fold(x) for x in words]

    def fits(p: int, j: int, used: int) -> bool:
        if p == len(w):
            return used >= 2
        if j >= len(ws):
            return False
        return any(w.startswith(ws[j][:k], p) and fits(p + k, j + 1, used + 1)
                   for k in range(min(len(ws[j]), len(w) - p), 1, -1))

    return len(w) >= _MIN_BLEND and w not in ws and any(fits(0, i, 0) for i in range(len(ws) - 1))


def _blend_in(m: EntityMention, other_text: str) -> bool:
    """Whether ``other_text`` writes the person named by ``m`` as a nickname blended from the words of the
    full name, or ``m`` is such a nickname of a name written in full there (:func:`_blend_of`): one person."""
    words = _name_words(m.text)
    if m.type not in ("NAME", "PERSON", "INITIAL", "COMMONCAP") or any(w.isupper() for w in words):
        return False
    if len(words) == 1:
        return len(words[0]) >= _MIN_BLEND and any(
            _blend_of(words[0], _name_words(r.group(0))) for r in _SPAN_RE.finditer(other_text) if " " in r.group(0))
    return any(_blend_of(w, words) for w in _CAP_WORD.findall(other_text) if len(w) >= _MIN_BLEND and not w.isupper())


@functools.cache
def _region_level(key: str) -> str | None:
    """``PROVINCE``, ``CITY`` (a city or regency) or ``ISLAND`` (an island or island group of the institutions
    list, or a place of the exonyms related to a province: Java, Sumatra) for a known Indonesian region."""
    kind = _body_kinds().get(key)
    if kind in ("PROVINCE", "CITY"):
        return kind
    if kind == "REGION":
        return "ISLAND"
    known = known_entities()
    if kind is None and known.types.get(key) == "PLACE" and any(_body_kinds().get(r) == "PROVINCE" for r in known.related.get(key, ())):
        return "ISLAND"
    return None


def _level_change(a: EntityMention, b: EntityMention) -> bool:
    """Whether one of two places is a province and the other a city, a regency or an island of it, or an island
    and a city on it (``JATIM`` / ``SURABAYA``, ``GORONTALO`` / ``SULAWESI``).

    The two are related (a city is part of its province), yet when neither has a counterpart on the other side
    the one has taken the other's place: a translation names the province of a body or an office it names
    ("Kepala Dinas Pendidikan Jawa Timur" = "East Java Education Office head"), not one of its cities, and a
    city's council is not the province's. Not a change: two names sharing a word, where one name is written for
    the other ("Papua" for the province, "Gorontalo" for the city), and Jakarta, a province and a city at once
    whose municipalities ("Jakarta Pusat") English often writes "Jakarta"."""
    la, lb = _region_level(a.key or ""), _region_level(b.key or "")
    if la is None or lb is None or la == lb or "JAKARTA" in (a.key, b.key):
        return False
    if b.key not in known_entities().related.get(a.key or "", frozenset()):
        return False
    wa, wb = {fold(w) for w in a.tokens}, {fold(w) for w in b.tokens}
    # the bare name against it with a compass word ("Papua" / "West Papua", "Sulawesi" / "Sulawesi Utara"): a
    # province of its own, never written for the island or for the province of the bare name
    return not wa & wb or bool(wa ^ wb) and (wa ^ wb) <= _COMPASS_TOKENS and (wa <= wb or wb <= wa)


def _compatible(a: EntityMention, b: EntityMention) -> bool:
    known = known_entities()
    if a.key is None or b.key is None:
        # an unknown name's type (from the Indonesian gazetteer at best) is too weak to rule a swap out
        a = a if a.key is not None else EntityMention(a.start, a.end, a.text, None, "NAME" if a.type in ("ORG", "PLACE", "PERSON") else a.type, a.tokens)
        b = b if b.key is not None else EntityMention(b.start, b.end, b.text, None, "NAME" if b.type in ("ORG", "PLACE", "PERSON") else b.type, b.tokens)
    if a.key and b.key and _level_change(a, b):
        return True  # "Kepala Dinas Pendidikan Jawa Timur" -> "Surabaya Education Office head": another tier
    if a.key and b.key and (b.key in known.related.get(a.key, frozenset()) or a.key == b.key):
        return False
    if a.key and b.key and (a.key.endswith(_ACTING_OF) or b.key.endswith(_ACTING_OF)):
        if a.key.endswith(_ACTING_OF) != b.key.endswith(_ACTING_OF):
            return a.type == b.type == "ROLE"  # an "acting" dropped or added ("Plt. Ketua Umum" -> "chairman")
        return _compatible(dataclasses.replace(a, key=a.key.removesuffix(_ACTING_OF)),
                           dataclasses.replace(b, key=b.key.removesuffix(_ACTING_OF)))
    ta = "ROLE" if a.key in _PERSON_GENERIC else "LOC" if a.type in _LOC else a.type
    tb = "ROLE" if b.key in _PERSON_GENERIC else "LOC" if b.type in _LOC else b.type
    held = _held_compatible(a.key, b.key) if ta == tb == "ROLE" and a.key and b.key else None
    if held is not None:
        return held
    if ta == tb == "INST" and _is_rank(a) and _is_rank(b):
        return True  # a rank put in place of another ("Mayjen" -> "Lt. Gen."): a changed title
    if {"TITLE", "INST"} & {ta, tb}:
        return False
    if "ROLE" in (ta, tb):
        if a.key in _GENERIC_ROLES and _head_role(b.key) or b.key in _GENERIC_ROLES and _head_role(a.key):
            return False  # "head" renders any office held by a head ("Kepala Bappenas" = "Bappenas head")
        if _director_as_head(a.key, b.key):
            return False  # "Direktur FBI" = "FBI chief", "Direktur Jenderal WHO" = "WHO chief"
        if _generic_deputy(a.key) and _deputy_office(b.key) or _generic_deputy(b.key) and _deputy_office(a.key):
            return False  # "deputy head" renders any deputy's office ("Wakapolres" = "West Jakarta Police deputy chief")
        return ta == tb  # an office stands in only for another office ("Menteri Keuangan" -> "Foreign Minister")
    if "GROUP" in (ta, tb):
        return ta == tb  # Yahudi/Hebrew, Muslim/Islamic: a group never stands in for a name
    if "NAME" in (ta, tb):
        return True
    return ta == tb


def _gloss_pairs(text: str, mentions: list[EntityMention]) -> list[tuple[EntityMention, EntityMention]]:
    """``A (B)`` where both are known entities: an acronym or name with its gloss."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if a.key and b.key and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) and text[b.end:b.end + 1] == ")":
            out.append((a, b))
    return out


def _acronym_copied(m: EntityMention, other_text: str) -> bool:
    """An acronym written in capitals on the other side too, even where that side's reader did not take it
    for a name: English "AS" of "AS Monaco" or "AS Roma" is no word "as", so Indonesian "AS" there is the
    club's, not the United States."""
    return len(m.text) >= 2 and m.text.isupper() and m.text.isalpha() and re.search(
        r"(?<![\w.])" + re.escape(m.text) + r"(?![\w.])", other_text) is not None


def _name_copied(m: EntityMention, other_text: str) -> bool:
    """A name of two words or more written as it is on the other side, where that side's reader cut it
    otherwise ("Free West Papua Campaign": "West Papua" in English, "Papua" in Indonesian, which says "Papua
    Barat"): the same name, copied."""
    return " " in m.text.strip() and re.search(r"(?<![\w-])" + re.escape(m.text) + r"(?![\w-])", other_text) is not None


def _glossed_key(a: EntityMention, b: EntityMention) -> str | None:
    """The key of ``b`` glossing ``a`` in ``A (B)``: ``a``'s own key when ``b`` is one of its forms in either
    language, since the gloss tells which of two bodies an acronym means ("House of Representatives (DPR)" is
    the Indonesian DPR, not the Donetsk People's Republic that English "DPR" names alone)."""
    if a.key and any(f == b.text for _, f in _key_forms().get(a.key, ())):
        return a.key
    return b.key


#: offices that name no one office: a word that renders many ("head", "chief", "chairman")
_BROAD_HEADS = frozenset({"KEPALA", "KETUA"})
#: ... and "Kepala Pelaksana" (the executive head of a regional agency: "Kalaksa BPBD"), which renders less
_GENERIC_ROLES = _BROAD_HEADS | {"KALAKSA"}


def _generic_deputy(key: str | None) -> bool:
    """A generic head's deputy ("deputy head", "Wakil Ketua")."""
    return key is not None and key.endswith(_DEPUTY) and key[:-len(_DEPUTY)] in _GENERIC_ROLES


def _deputy_office(key: str | None) -> bool:
    """A deputy's office: one the lists name (``Wakapolres``) or an office with "deputy" before it."""
    return key is not None and (key.endswith(_DEPUTY) or key in _deputy_offices().values())


@functools.cache
def _head_role(key: str | None) -> bool:
    """Whether an office is held by a head: one of its forms says so (``Kepala Bappenas``, ``KPK chief``, a
    commander's: ``Komandan Kodim``)."""
    return any(w in ("kepala", "head", "chief", "ketua", "chairman", "chairwoman", "chairperson", "komandan", "commander", "panglima")
               for _, f in _key_forms().get(key or "", ()) for w in fold(f).split())


def _director_as_head(a: str | None, b: str | None) -> bool:
    """Whether one office is a body's director named by its bare title (``Direktur`` before the body: the
    Director-General of an international agency, the Director of the FBI, the managing or executive director of
    a fund or a foundation, each its head) and the other the generic head ("chief", "head"), which English copy
    writes for it: "Direktur Pelaksana IMF" = "IMF chief"."""
    return {a, b} & {"DIREKTUR"} != set() and bool({a, b} & _BROAD_HEADS)


def _is_rank(m: EntityMention) -> bool:
    """A police or military rank (a generic row of the institutions list that names no body: ``Mayjen``,
    ``AKBP``)."""
    return (m.type == "INST" and m.key is not None and m.key in known_entities().institutions
            and m.key not in _GENERIC_KIND and _body_kinds().get(m.key) == "GENERIC")


#: generic institutions (a word, not one body: "Parlemen", "the police", "pemerintah kota") -> their kind; a
#: translation may render one by the specific body of its kind ("parlemen" = "the House of Representatives")
_GENERIC_KIND = {"CONG": "LEGISLATURE", "SEN": "LEGISLATURE", "HOR": "LEGISLATURE", "PARL": "LEGISLATURE",
                 "SCOURT": "COURT", "POLICE": "POLICE", "ARMY": "MILITARY", "NAVY": "MILITARY", "MILITARYGEN": "MILITARY",
                 "CENTRALGOV": "GOVERNMENT", "PEMPROV": "GOVERNMENT", "PEMKOT": "GOVERNMENT", "PEMKAB": "GOVERNMENT",
                 "CENTRALBANK": "BANK", "JPU": "PROSECUTION"}
#: generic rows that name a person's office, not a body: a prosecutor is no judge ("Jaksa penuntut umum menuntut"
#: -> "Judges demanded"), though the prosecution as a body renders any prosecutors' office
_PERSON_GENERIC = frozenset({"JPU"})
#: named chambers of a legislature: generic towards a parliament ("Parlemen" = "the Senate"), never one
#: another ("Senat" is no "Congress") nor a legislature of the Indonesian list ("House of Representatives")
_CHAMBERS = frozenset({"SEN", "CONG", "HOR"})
_CHAMBER_BODIES = _CHAMBERS | {"DPR", "DPD", "MPR", "DPRD"}
#: a city's and a regency's administration: two generic governments that never render each other (a province's
#: may be called a city's: "Pemprov DKI" = "the Jakarta city administration")
_LOCAL_GOVERNMENTS = frozenset({"PEMKOT", "PEMKAB"})
#: the kinds of specific bodies a generic one may be rendered by
_GENERIC_RENDERED_BY = {"LEGISLATURE": {"LEGISLATURE"}, "COURT": {"COURT"}, "POLICE": {"POLICE"},
                        "MILITARY": {"MILITARY"}, "GOVERNMENT": {"MINISTRY", "AGENCY", "GOVERNMENT"},
                        "BANK": {"AGENCY", "COMPANY"}, "PROSECUTION": {"AGENCY", "COURT"}}


#: head words of institutions' names (both languages) -> kinds of body; a translated name keeps its kind
#: ("Komite Kehakiman" = "Judiciary Committee"), a name of another kind is another body
_HEADS = {
    "MINISTRY": "ministry department kementerian departemen",
    "AGENCY": "agency authority administration bureau board service institute directorate badan otoritas lembaga "
              "biro dinas institut direktorat",
    "COMMISSION": "commission komisi",
    "COMMITTEE": "committee komite panitia",
    "COUNCIL": "council board assembly house parliament senate congress dewan majelis parlemen senat kongres",
    "COURT": "court tribunal mahkamah pengadilan",
    "PARTY": "party partai",
    "UNIVERSITY": "university institute college universitas institut",
    "FOUNDATION": "foundation trust fund yayasan",
    "BANK": "bank",
    "POLICE": "police kepolisian polda polres",
    "MILITARY": "force forces army navy command corps angkatan komando korps pasukan",
    "OFFICE": "office secretariat service kantor sekretariat dinas",
    "ASSOCIATION": "association union federation society organisation organization asosiasi persatuan serikat ikatan "
                   "perhimpunan organisasi",
    "PROSECUTION": "prosecution kejaksaan",
}
_HEAD_CLASSES = {w: frozenset(k for k, ws in _HEADS.items() if w in ws.split()) for ws in _HEADS.values() for w in ws.split()}
#: every head word of an institution's name, both languages (``ministry``, ``badan``, ``court``...)
BODY_HEAD_WORDS = frozenset(_HEAD_CLASSES)


def _head_classes(word: str) -> frozenset[str]:
    return _HEAD_CLASSES.get(fold(word), frozenset())


def _name_heads(m: EntityMention) -> frozenset[str]:
    """The kinds of the institution head words written in a mention ("Dental Association": ASSOCIATION)."""
    return frozenset(c for w in _WORD.findall(m.text) for c in _head_classes(w))


@functools.cache
def body_kinds(text: str, lang: str) -> frozenset[str]:
    """The kinds of body the words of ``text`` name by their heads (``Federal Network Agency`` -> AGENCY; in a
    profile language also compounds, ``Bundesnetzagentur``)."""
    return frozenset(c for w in _WORD.findall(text) for c in _head_classes(w) | _profile_head_classes(w, lang))


def _key_head_classes(key: str) -> frozenset[str]:
    """The head-word kinds of every form of a known entity, in both languages."""
    return frozenset(c for _, f in _key_forms().get(key, ()) for w in f.split() for c in _head_classes(w))


@functools.cache
def _body_kinds() -> dict[str, str]:
    """Key -> kind (MINISTRY, AGENCY, LEGISLATURE, COURT, POLICE, MILITARY, PARTY, COMPANY, UNIVERSITY) of the
    Indonesian institutions list."""
    return {row[0]: row[1] for row in data_lines("institutions_id.tsv")}


def _body(m: EntityMention) -> tuple[str, bool] | None:
    """``(kind, generic)`` when ``m`` names an institution or party (``ORG``, ``PARTY``, a generic body such as
    "Parlemen", or an unknown acronym of three letters or more such as ``FBI``), else ``None`` (offices and
    ranks included: they are titles)."""
    if m.type == "BODY":
        return "BODY", False
    if m.key is None:
        letters = m.text.replace("'s", "").rstrip("s")
        return ("ACRONYM", False) if _shape(m) == "acronym" and len(letters) >= 3 and m.type in ("NAME", "ORG") else None
    if m.type == "PARTY":
        return "PARTY", False
    if m.type == "ORG":
        return _body_kinds().get(m.key, m.key), False
    if m.type == "INST":
        if m.key in _GENERIC_KIND:
            return _GENERIC_KIND[m.key], True
        # a rank or an office written as a generic row is no body; an institution of a language profile
        # ("European Commission", "Red Cross") is one
        return None if m.key in known_entities().institutions else (m.key, False)
    return None


def _body_swap(s: EntityMention, t: EntityMention) -> bool | None:
    """Whether one institution stands in for another ("Partai Buruh" -> "World Bank", "FBI" -> "Ministry of
    Defence", "Parlemen" -> "Environment Agency"); ``None`` when the two are not both institutions or are both
    unknown acronyms (the general rules decide).

    Institutions are not rendered by other institutions: a generic one ("Parlemen") only by a body of its own
    kind (a legislature), an unknown acronym only by a name whose initials it spells in either language.
    """
    bs, bt = _body(s), _body(t)
    if bs is None or bt is None or s.key is None and t.key is None:
        return None  # two unknown names: the general rules (a "BODY" pair is never a swap)
    if {s.key, t.key} == _LOCAL_GOVERNMENTS:
        return True  # "Pemkot Bekasi" -> "Bekasi regency administration": another tier of government
    known = known_entities()
    if s.key is not None and t.key is not None:
        same = {s.key} | known.related.get(s.key, frozenset()) | known.synonyms.get(s.key, frozenset())
        if t.key in same or s.key in known.related.get(t.key, frozenset()):
            return False
        if s.key in _CHAMBERS and t.key in _CHAMBERS:
            return True  # "Senat" -> "Congress": one named chamber is never another
        for (kind, generic), (other, _), g, o in ((bs, bt, s, t), (bt, bs, t, s)):
            if not generic:
                continue
            if other in _GENERIC_RENDERED_BY.get(kind, {kind}) and not (g.key in _CHAMBERS and o.key in _CHAMBER_BODIES):
                return False
            if other == "PARTY" and not any("PARTY" in _head_classes(w) for w in _WORD.findall(o.text)):
                return False  # "Anggota Parlemen" = "Labour MPs": a party beside a legislature is no swap
            # the generic word inside the other name: "Parlemen Eropa" = "European Parliament"
            words = {fold(f) for _, f in _key_forms().get(g.key or "", ())}
            if any(re.search(r"\b" + re.escape(w) + r"\b", fold(o.text)) for w in words):
                return False
        return True
    acronym, body = (s, t) if s.key is None else (t, s)
    if acronym.type == "BODY":
        # a name in words: the same body translated when it shares a word with the known body's names
        theirs = _key_head_classes(body.key or "")
        # a known body named without a head word ("United Nations") may be any kind: no verdict
        if not theirs:
            return False
        # it renders the known body only when it shares a word with one of its names, in either language
        # ("Central Bureau of Statistics" / BPS, "Statistics Indonesia"; "Foreign Office" / "Kementerian Luar
        # Negeri", "Foreign Ministry": the kinds of head word differ between countries); "Perhimpunan Diabetes"
        # facing the World Health Organization, "House of Commons" facing "Senat", shares none: another body
        names = {w for _, f in _key_forms().get(body.key or "", ()) for w in norm_tokens(f)} - _CONNECT
        toks = [w for w in norm_tokens(acronym.text) if w not in _CONNECT]
        shared = [w for w in toks if w in names or any(_similar(w, f) for f in names)]
        if any(w not in BODY_HEAD_WORDS for w in shared):
            return False
        # a head word alone ("office", "agency") is shared by bodies of one kind in any country: a translation's
        # name that shares only that, with a word of its own that none of the body's names holds (no place: "the
        # Bekasi prosecutor's office"), is another body ("Kejaksaan Agung" / "Attorney General's Office" ->
        # "Foreign Office"), where the source names the known body in words, which are translated word by word
        # (an acronym is rendered freely: "KPK" / "the anti-graft commission"; a source's name in words is
        # compared to English names only through its translation: "Partai Tenaga Kerja" = "Labour")
        known = known_entities()
        return not shared or acronym is t and _shape(body) != "acronym" and any(
            w not in BODY_HEAD_WORDS and w not in shared and len(w) >= 3 and known.types.get(entity_key(w, "en") or "") not in _LOC
            for w in toks)
    forms = [f for _, f in _key_forms().get(body.key or "", ())]
    return not any(_initials_fit(acronym.text, f + " ") or fold(f) == fold(acronym.text) for f in forms)


def _office_body_swap(s: EntityMention, t: EntityMention) -> bool:
    """Whether an office stands against the body of another office: English often renders an office as its
    body's head ("Kajati" = "High Prosecutor's Office head", "Danrem" = "commander of the Military Resort
    Command"), so a known body of the same kind as the office's own body, related to neither, is another
    office ("District Prosecutor's Office head", "Military District Command")."""
    known = known_entities()
    kinds = _body_kinds()
    for role, body in ((s, t), (t, s)):
        if role.type != "ROLE" or role.key is None or body.type != "ORG" or body.key not in known.institutions:
            continue
        own = [r for r in known.related.get(role.key, frozenset()) if known.types.get(r) == "ORG"]
        near = set(own) | {x for r in own for x in known.related.get(r, frozenset())}
        return body.key not in near and any(kinds.get(r) == kinds.get(body.key) for r in own)
    return False


def _generic_rendered(s: EntityMention, t: EntityMention) -> bool:
    """Whether two known bodies, one of them generic, are one body in other words (``Pemprov DKI`` / "the Jakarta
    city administration", ``Parlemen`` / "House of Representatives")."""
    bs, bt = _body(s), _body(t)
    return (s.key is not None and t.key is not None and bs is not None and bt is not None and (bs[1] or bt[1])
            and "PARTY" not in (bs[0], bt[0]) and _body_swap(s, t) is False)  # a party beside a legislature is no rendering


def _swappable(s: EntityMention, t: EntityMention, s_lang: str = "id", t_lang: str = "en") -> bool:
    """Whether two unmatched mentions read as one entity put in place of another."""
    if _office_body_swap(s, t):
        return True
    body = _body_swap(s, t)
    if body is not None:
        return body
    if "BODY" in (s.type, t.type):
        return False  # an unknown institution in words is translated: it only faces a known one
    if s.key is None and t.key is None and not _name_heads(s).isdisjoint(_name_heads(t)):
        # two unknown names headed by institution words of one kind ("Perhimpunan Dokter Gigi" / "Dental
        # Association", "Komite Etik Kedokteran" / "Medical Ethics Committee"): one body, its other words
        # translated, as for two unknown bodies in ordinary words
        return False
    if (s.key is None and t.key is None and _translated_name(s, s_lang, t_lang) and _translated_name(t, t_lang, s_lang)
            and not _copied_parts_differ(s, t, s_lang, t_lang)):
        # both names hold a word of their own language that the other does not write ("Makam Kudus" / "Holy
        # Sepulchre", "Skor Orisinalitas" / "Original Score"): each is translated, so either may render the other
        return False
    if not _compatible(s, t):
        return False
    if s.key is None and t.key is None and _one_word_changed(s, [t]):
        return True  # "KM Sinar Harapan" / "KM Sinar Bahari": the words kept show the name copied, not translated
    if s.type == "DEFINED" and t.type == "DEFINED":
        return False  # "(TNK)" and "(KNP)": each spells its own language's name
    if {"INITIAL", "COMMONCAP"} & {s.type, t.type}:
        # a sentence-opening word or a capitalised ordinary word pairs only with an unknown, copied name
        # of one word
        weak_m, other = (s, t) if s.type in ("INITIAL", "COMMONCAP") else (t, s)
        if s.type == t.type == "COMMONCAP" and "id" in (s_lang, t_lang) and s_lang != t_lang:
            # an English word left capitalised and untranslated in Indonesian is a name ("kepada pihak Post"),
            # so it may stand in a swap with a capitalised word of the English side ("the Times")
            return len(s.tokens) == len(t.tokens) == 1
        if other.key is not None or other.type in ("INITIAL", "COMMONCAP") or len(other.tokens) != 1:
            return False
        if _translated_name(other, t_lang if other is t else s_lang, s_lang if other is t else t_lang):
            return False  # "Makam Kudus" (a word of the language in it): translated, not copied
        if weak_m.type == "COMMONCAP":
            return _strong(other, t_lang if other is t else s_lang) and _shape(other) == "words"
    if s.key is not None and t.key is not None:
        return True
    # an Indonesian institution or party stands in only for another known one or, as an acronym, for another
    # acronym (``BNPB`` / ``SCIS``): an unknown name in words facing it is most often the same body in other
    # words ("Pengadilan Negeri" / "Belfast Magistrates' Court")
    inst = known_entities().institutions
    if any(m.key in inst and m.type in ("ORG", "PARTY") for m in (s, t)) and not _shape(s) == _shape(t) == "acronym":
        return False
    # an ordinary word made a name only by a personal honorific ("Mr Bean") pairs only with another such name:
    # "Mr Evil President" is a nickname, not a person to swap
    if any(m.titled and not _copied(m, lang) for m, lang in ((s, s_lang), (t, t_lang))) and not (s.titled and t.titled):
        return False
    # an unknown name must be one that is copied, not translated, and of the same shape as its partner
    if not ((_strong(s, s_lang) or s.type == "COMMONCAP") and (_strong(t, t_lang) or t.type == "COMMONCAP")):
        return False
    return _shape(s) == _shape(t) or (s.key is not None or t.key is not None) and "acronym" not in (_shape(s), _shape(t))


def _translated_name(m: EntityMention, lang: str, other_lang: str) -> bool:
    """Whether a name of two words or more holds an ordinary word of its own language that the other language
    does not write ("Makam" of "Makam Kudus", "Holy" of "Holy Sepulchre"): a name translated in words, not copied."""
    words = _name_words(m.text)
    return len(words) >= 2 and _holds_own_word(words, lang, other_lang)


def _holds_own_word(words: Sequence[str], lang: str, other_lang: str) -> bool:
    """Whether ``words`` hold an ordinary word of ``lang`` that ``other_lang`` does not write as it is ("Makam",
    "merah", "kesembilan" against English): a name with one is translated in words, not copied."""
    return any(is_common_word(w, _lang_of(lang)) and not is_common_word(w, _lang_of(other_lang), stems=False) for w in words)


def _copied_parts_differ(s: EntityMention, t: EntityMention, s_lang: str, t_lang: str) -> bool:
    """Whether two names translated in words each also hold a word neither language knows (a copied proper
    name) and these differ: "Warga Desa Sumberejo" / "Residents of Sidomulyo" translate their ordinary words
    but name two villages. A word the bilingual dictionary renders (``renderings.tsv``: "kudus" = holy) is an
    ordinary word, however rare in news ("Lagu Malam Kudus" / "Silent Night")."""
    def copied(m: EntityMention) -> set[str]:
        return {fold(w) for w in _name_words(m.text)
                if not is_common_word(fold(w), _lang_of(s_lang)) and not is_common_word(fold(w), _lang_of(t_lang))
                and fold(w) not in _renderings()}
    cs, ct = copied(s), copied(t)
    return bool(cs) and bool(ct) and cs.isdisjoint(ct)


def _qualifier_rendered(s: EntityMention, t: EntityMention, t_text: str, s_lang: str, t_lang: str) -> bool:
    """Whether a known place or people ``t`` is only the qualifier of a longer name of the target ("Western" of
    "Western Wall", the next word capitalised too) facing a translated name of the source ("Tembok Ratapan"):
    the whole name renders the source name, its qualifier stands for nothing on its own."""
    nxt = _NEXT_CAP.match(t_text, t.end)
    return (s.key is None and t.key is not None and t.type in ("PLACE", "COUNTRY", "GROUP") and nxt is not None
            and fold(nxt.group(1)) not in _CONNECT and _translated_name(s, s_lang, t_lang))


def _reportable_alone(m: EntityMention, lang: str, lost: bool = False) -> bool:
    """A name on one side only (``lang``: that side's language; ``lost``: the source side) is reported when it
    is a strong name of two words or more.

    Known entities alone are not reported (translators drop and add them freely: "Indonesia's disaster
    agency" = "Badan Penanggulangan Bencana", "the U.S. Navy" = "angkatan laut AS"; a known entity put in
    place of another is still caught as a swap), except an Indonesian place that English writes alike.
    """
    if m.type in ("TITLE", "GROUP", "INST", "DEFINED", "INITIAL", "COMMONCAP", "BODY"):
        return False
    if m.key is not None:
        # an Indonesian region, city or district that English writes the same way (Banyuwangi, Sleman) is
        # not rendered in other words, so English without it has lost it (English adding one to locate a
        # body, "the Jakarta geophysics agency", is no loss)
        inst = known_entities().institutions
        if lang == "id" and m.type == "PLACE" and m.key in inst and _same_in_english(m):
            return True
        # an international body's acronym that both languages write alike (NATO, FBI) is copied, not
        # translated, so a source without its counterpart lost it (Indonesian bodies are often rendered in
        # words: "BNPB" = "the disaster agency"; a target adding one often spells out a compound: "UN-
        # Sicherheitsrat" = "the U.N. Security Council")
        return lost and _shape(m) == "acronym" and m.type == "ORG" and m.key not in inst and _same_in_english(m)

    if len(m.tokens) >= 2 and sum(1 for t in m.tokens if not is_common_word(t, "en") and not is_common_word(t, "id")) >= 2:
        return True
    # a name of two capitalised words or more of which one alone is distinctive ("Great Yarmouth", "Baja
    # California", "Lakkha Singh": the other is an English word): that word is in no vocabulary, so it is
    # copied, never translated, and a source name whose word the translation lacks is lost. A name holding a
    # word of the source language ("Prakarsa Percabulan", "Bangsal Kesembilan") is translated as a whole
    words = [w for w in _WORD.findall(m.text) if fold(w) not in _CONNECT]
    if (lost and m.type in ("NAME", "PLACE", "PERSON") and len(m.tokens) == 1 and len(m.tokens[0]) >= 4 and len(words) >= 2
            and not is_common_word(m.tokens[0], "en") and not is_common_word(m.tokens[0], "id")
            and not _holds_own_word(words, lang, "en")):
        return True
    # one word that the Indonesian gazetteer knows as a place or a person (Sumenep, Sutrisno; Indonesians
    # often go by one name), left out of the translation of an Indonesian text
    if (lost and lang == "id" and m.type in ("PLACE", "PERSON") and len(m.tokens) == 1 and len(m.text) >= 4
            and not is_common_word(m.tokens[0], "en") and not is_common_word(m.tokens[0], "id")):
        return True
    # a name with two words or more that are no words of the text's own language: copied from the other
    # language, not translated, so it should be there on the other side too ("Shark Tank", "Fox Business
    # Network" in an Indonesian text)
    return len(m.tokens) >= 2 and all(not is_common_word(t, _lang_of(lang), stems=False) for t in m.tokens)


def _added_body(m: EntityMention, own: Sequence[EntityMention], other_text: str, other: Sequence[EntityMention]) -> bool:
    """Whether ``m``, a mention of the target only, is an institution named in full that a translation does not
    add: a known body that is no generic one ("World Health Organization", "Supreme Court", "NATO"; not "the
    police", "parliament", which render ordinary words), a party named with its head word ("Democratic Party";
    "Democrats" and "Labour MPs" render ordinary words) or a body in ordinary words ("Met Office"), written with
    capitals in two words or more (or as an acronym, or a named chamber: "Congress"; "Navy" is any country's), of which the source (``other_text``, its mentions ``other``) holds no trace: no word of it in any
    spelling (place names aside: "Statistics Indonesia" in a text about Indonesia), no head word of its kind in
    any case ("kantor lapas" / "Prison Office"), no office of it ("menteri perhubungan" / "Ministry of
    Transportation"). A body glued to another name of ``own`` is part of a longer one ("Trades Union Congress") or
    glossed by it ("Disaster Mitigation Agency (BPBD)")."""
    body = _body(m)
    words = _name_words(m.text)
    if (body is None or body[1] and m.key not in _CHAMBERS or m.key is None and m.type != "BODY" or m.type == "INST" and m.key not in _CHAMBERS
            or not all(w[0].isupper() for w in words)):
        # an unknown acronym may be anything ("FAQs", "MDT"); "the disaster agency", "riot police" are
        # descriptions, which render ordinary words (a named chamber, "the Senate", "Congress", is no
        # description: a generic one for the lists, since a source's "parlemen" may be rendered by it, but a
        # source naming no legislature at all does not give one)
        return False
    if m.type == "PARTY" and not any("PARTY" in _head_classes(w) for w in words):
        return False
    if len(words) < 2 and _shape(m) != "acronym" and m.key not in _CHAMBERS:
        return False  # "the U.S. Navy", "the Army": one ordinary word names a body of any country
    if any(o is not m and o.type not in _LOC and (0 <= m.start - o.end <= 1 or 0 <= o.start - m.end <= 2) for o in own):
        return False
    known = known_entities()
    if m.key is not None and any(o.key is not None and (o.key in known.related.get(m.key, frozenset())
                                                        or m.key in known.related.get(o.key, frozenset())) for o in other):
        return False
    tix = _text_index(other_text)
    if any(fold(w) in tix.toks.exact or len(w) >= 4 and tix.similar(fold(w), True)
           for w in words if len(w) >= 3 and known.types.get(entity_key(w, "en") or "") not in _LOC):
        return False
    kinds = {c for w in words for c in _head_classes(w)}
    if m.type == "BODY" and any(_head_classes(w) & kinds for w in tix.toks.exact):
        return False
    # a known body written in lower case or in another case in the source ("Mahkamah agung", "indosat")
    folded = " " + " ".join(norm_tokens(other_text)) + " "
    return not any(" " + " ".join(norm_tokens(f)) + " " in folded for _, f in _key_forms().get(m.key or "", ()))


def _english_name_lost(m: EntityMention, lang: str, other_text: str) -> bool:
    """Whether ``m``, a name of an Indonesian text without a counterpart in the English, is a name of two words or
    more in English (each an English word or one no Indonesian vocabulary knows: "Wall Street", "All Blacks",
    "Academy Awards", "New Plymouth") none of whose words the English holds in any spelling or case. An English
    translation copies such a name (or writes its words in lower case: "Car Free Day" / "car-free day"), so it
    has left it out. A name holding an Indonesian word ("Piramida Agung", "Bangsal Kesembilan") is translated."""
    if lang != "id" or m.key is not None or m.type not in ("NAME", "PLACE", "PERSON"):
        return False
    words = _name_words(m.text)
    if (len(words) < 2 or any(len(w) < 2 for w in words)
            or not all(is_common_word(w, "en", stems=False) or not is_common_word(w, "id") for w in words)):
        return False  # "nilai A Plus": a letter grade, no name
    content = [fold(w) for w in words if len(w) >= 3 and fold(w) not in word_set("stopwords.tsv", "en")]
    tix = _text_index(other_text)
    return bool(content) and not any(w in tix.toks.exact or tix.similar(w, True) for w in content)


def _copied_word_lost(m: EntityMention, lang: str, other_text: str) -> bool:
    """A name of several words copied from another language ("Evelyn Street", "Academy Awards" in an
    Indonesian text: no word of it is a word of the text's language) with one word that no vocabulary knows,
    which the other side lacks in any spelling: that word is never translated, so the name is lost (major: the
    rest of it may have been rendered in other words). A name holding a word of its text's language
    ("Palang Merah", "Piramida Agung") is translated as a whole and is left out."""
    words = [w for w in _WORD.findall(m.text) if fold(w) not in _CONNECT]
    if m.key is not None or m.type not in ("NAME", "PLACE", "PERSON") or len(words) < 2:
        return False
    own = _lang_of(lang)
    if own != "en" and _holds_own_word(words, lang, "en"):
        return False  # a word of the text's own language (merah, kamera, kesembilan); English words occur in any
    if not any(len(t) >= 4 and not is_common_word(t, "en") and not is_common_word(t, "id") for t in m.tokens):
        return False
    # any word of the name that is no English word found on the other side ("Piramida Agung" / "Great
    # Pyramid") means it was rendered; an English word ("Avenue") may stay when the name goes
    tix = _text_index(other_text)
    return not any(fold(w) in tix.toks.exact or tix.similar(fold(w), True)
                   for w in words if len(w) >= 4 and not is_common_word(w, "en", stems=False))


def _same_in_english(m: EntityMention) -> bool:
    """Whether the known entity ``m`` has an English form spelled as ``m`` is."""
    return fold(_POSSESSIVE.sub("", m.text)) in _english_forms().get(m.key or "", frozenset())


@functools.cache
def _english_forms() -> dict[str, frozenset[str]]:
    return {k: frozenset(fold(f) for lang, f in forms if lang == "en") for k, forms in _key_forms().items()}


@functools.cache
def _key_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Known entity key -> its forms as ``(lang, form)``, Indonesian and English: the forms table turned round
    once, instead of a scan of every form for each key looked up."""
    out: dict[str, list[tuple[str, str]]] = {}
    for lang in ("id", "en"):
        for form, key in known_entities().forms[lang].items():
            out.setdefault(key, []).append((lang, form))
    return {k: tuple(v) for k, v in out.items()}


def _finding(src: Side, tgt: Side, severity: str, message: str, s: EntityMention | None, t: EntityMention | None) -> Finding:
    """An entity finding marking exactly the occurrences ``s`` and ``t`` (offsets into the pair's texts)."""
    return Finding(
        "entity", severity, src.ids, tgt.ids, src.text, tgt.text, message,
        s.text if s else None, t.text if t else None, s.text if s else None, t.text if t else None,
        s.start if s else None, s.end if s else None, t.start if t else None, t.end if t else None)


def name_words(text: str) -> frozenset[str]:
    """The folded words of a name, connectors left out ("Jessica Kumala Wongso" -> jessica, kumala, wongso)."""
    return frozenset(w for w in norm_tokens(text) if w not in _CONNECT)


def long_names(mentions: Iterable[EntityMention]) -> dict[str, tuple[frozenset[str], ...]]:
    """The words of every unknown name of two words or more among ``mentions`` (a document's people), filed
    under each of their words.

    A name joined to another by a hyphen ("Arsenal-Chelsea") is a pairing of two names, not one long name.
    """
    out: dict[str, set[frozenset[str]]] = {}
    for m in mentions:
        if m.key is None and m.type in ("NAME", "PERSON") and not re.search(r"[^\W\d_]-[A-Z]", m.text):
            n = name_words(m.text)
            if len(n) >= 2:
                for w in n:
                    out.setdefault(w, set()).add(n)
    return {w: tuple(ns) for w, ns in out.items()}


def parts_of_one_name(a: Collection[str], b: Collection[str], names: dict[str, tuple[frozenset[str], ...]]) -> bool:
    """Whether the names with words ``a`` and ``b`` are both parts of one longer name of the document
    (``names``: :func:`long_names`).

    News calls one person by the first name in one place and the surname in another, and a translator may
    pick the other part ("Jessica" / "Wongso" where "Jessica Kumala Wongso" occurs in the document pair, or
    "Rusman" / "Heriawan"): on one sentence pair the two look like two people, in the document they are one.
    Two people who share a word (a family name) are still told apart: no single name holds both.
    """
    sa, sb = set(a), set(b)
    return bool(sa) and bool(sb) and any(sa <= n and sb <= n for n in names.get(next(iter(sa)), ()))


def _drop_parts_of_one_name(lost: list[EntityMention], new: list[EntityMention],
                            names: dict[str, tuple[frozenset[str], ...]]) -> tuple[list[EntityMention], list[EntityMention]]:
    """``lost`` and ``new`` without the unknown names that face a part of the same longer name on the other side
    (see :func:`parts_of_one_name`); names are looked up by word, not compared pairwise."""
    by_word: dict[str, list[int]] = {}
    for k, t in enumerate(new):
        if t.key is None:
            for w in name_words(t.text):
                by_word.setdefault(w, []).append(k)
    drop_s: set[int] = set()
    drop_t: set[int] = set()
    for j, s in enumerate(lost):
        sw = name_words(s.text)
        if s.key is not None or not sw:
            continue
        for n in names.get(next(iter(sw)), ()):
            if not sw <= n:
                continue
            for k in {k for w in n - sw for k in by_word.get(w, ())}:
                if name_words(new[k].text) <= n:
                    drop_s.add(j)
                    drop_t.add(k)
    return [s for j, s in enumerate(lost) if j not in drop_s], [t for k, t in enumerate(new) if k not in drop_t]


#: the tier of a place that is both a regency and a city ("Kabupaten Bogor" / "Kota Bogor"): the Indonesian head
#: before the name, English "regency" / "city" after it or "the city of" before it (group 1: regency, 2: city)
_TIER_HEAD_ID = re.compile(r"(?:\b(Kabupaten|Kab\.)|\b(Kota))\s+$")
_TIER_AFTER_EN = re.compile(r"(?:['’]s)?\s+(?:(regency|Regency)|(city|City|municipality|Municipality))\b")
_TIER_BEFORE_EN = re.compile(r"\b(?:(regency|Regency)|(city|City|municipality|Municipality))\s+of\s+(?:the\s+)?$")


@functools.cache
def _two_tier_places() -> frozenset[str]:
    """Keys of the places that are both a regency and a city of one name (``Kabupaten Bogor``, ``Kota Bogor``)."""
    forms = known_entities().forms["id"]
    return frozenset(k for f, k in forms.items() if f.startswith("Kota ") and forms.get("Kabupaten " + f[5:]) == k)


def _tier(text: str, m: EntityMention, lang: str) -> str | None:
    """``regency`` or ``city`` when the words around the place ``m`` say which, else ``None``."""
    if lang == "id":
        # the head is the mention's first word ("Kota Bogor") or stands before it ("Wali Kota Bogor")
        own = m.text.startswith(("Kota ", "Kabupaten ", "Kab. "))
        hit = _TIER_HEAD_ID.search(m.text.split(" ")[0] + " " if own else text[max(0, m.start - 12):m.start])
    elif lang == "en":
        last = m.text.rsplit(" ", 1)[-1] if " " in m.text else ""
        hit = (_TIER_AFTER_EN.match(" " + last) or _TIER_AFTER_EN.match(text, m.end)
               or _TIER_BEFORE_EN.search(text[max(0, m.start - 24):m.start]))
    else:
        return None
    return None if hit is None else "regency" if hit.group(1) else "city"


def _tier_swaps(src: Side, tgt: Side, src_ents: list[EntityMention], tgt_ents: list[EntityMention]) -> list[Finding]:
    """A place that is both a regency and a city named as one on one side and as the other on the other ("Kabupaten
    Bogor" / "Bogor city"): two regions of one name. One finding per place; a side that names no tier tells
    nothing."""
    out = []
    two = _two_tier_places()
    for key in dict.fromkeys(s.key for s in src_ents if s.key in two):
        ss = [(s, _tier(src.text, s, src.lang)) for s in src_ents if s.key == key]
        ts = [(t, _tier(tgt.text, t, tgt.lang)) for t in tgt_ents if t.key == key]
        tiers_s, tiers_t = {x for _, x in ss}, {x for _, x in ts}
        if not ts or None in tiers_s or None in tiers_t or tiers_s & tiers_t:
            continue  # "Kota Bekasi dan Kabupaten Bekasi" = "Bekasi city and regency": a tier on each side
        (s, x), (t, y) = ss[0], ts[0]
        out.append(_finding(src, tgt, "critical", f"entity {s.text} ({src.lang.upper()}, {x}) became {t.text} "
                                                  f"({tgt.lang.upper()}, {y})", s, t))
    return out


#: "former" before an office: its past holder, another title than the present one ("Mantan Menteri Perdagangan" /
#: "Trade Minister"); English may put a place or body between ("Former Bank Indonesia Governor"), Indonesian
#: may say the office was once held ("pernah menjabat Gubernur" = "a former governor")
_FORMER_BEFORE = {"en": re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ee]x\s)\s*(?:[A-Z][\w.'’-]*\s+){0,3}$"),
                  "id": re.compile(r"\b(?:[Mm]antan|[Ee]ks-?|[Bb]ekas|(?:pernah|sempat) menjabat(?: sebagai)?)\s+$")}
#: a side that says "former" away from the office, sets it in a past era ("pada era Presiden ..." = "under former
#: President ...") or numbers its holders ("Presiden ke-6 RI", "the sixth president"), may mean a past holder
#: without the word before it: no verdict. Whole words only ("eks", not "ekspor"); "purnatugas", "purnabakti" (retired,
#: its term served) say it too
_FORMER_ELSEWHERE = {"en": re.compile(r"\b(?:[Ff]ormer(?:ly)?|[Ee]x-|[Pp]reviously|[Oo]nce|[Tt]hen-|[Rr]etired|"
                                      r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+[Pp]resident)\b"),
                     "id": re.compile(r"\b(?:(?:[Mm]antan|[Ee]ks|[Bb]ekas|[Pp]ernah|[Ss]empat|[Pp]urnawirawan|[Pp]urn|[Pp]urna(?:tugas|bakti)?|"
                                      r"[Ee]ra|[Mm]asa|[Ss]emasa|[Zz]aman|[Dd]ulu|[Dd]ahulu)\b|"
                                      r"[Kk]e-?\s?\d+|(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan)\b)")}


def _former_swaps(src: Side, tgt: Side, src_ents: list[EntityMention], tgt_ents: list[EntityMention]) -> list[Finding]:
    """An office held now on one side and formerly on the other ("Mantan Menteri Perdagangan" / "Trade Minister",
    "Gubernur Bank Indonesia" / "Former Bank Indonesia Governor"): another title, as an "acting" dropped or added
    is. One finding per office, where both sides name it once and only one says "former" right before it; a side
    that hints at a past holder elsewhere (:data:`_FORMER_ELSEWHERE`) tells nothing."""
    out: list[Finding] = []
    if src.lang not in _FORMER_BEFORE or tgt.lang not in _FORMER_BEFORE:
        return out
    related = known_entities().related
    for key in dict.fromkeys(s.key for s in src_ents if s.type == "ROLE" and s.key is not None):
        ss = [s for s in src_ents if s.key == key]
        # the office itself or a rendering the lists relate to it ("Kapolda" / "police chief")
        ts = [t for t in tgt_ents if t.type == "ROLE" and _related_keys(t.key, key, related)]
        if len(ss) != 1 or len(ts) != 1:
            continue
        s, t = ss[0], ts[0]
        fs = _start_before(_FORMER_BEFORE[src.lang], src.text, s.start)
        ft = _start_before(_FORMER_BEFORE[tgt.lang], tgt.text, t.start)
        if (fs is None) == (ft is None):
            continue
        plain, lang = (src.text, src.lang) if fs is None else (tgt.text, tgt.lang)
        if _FORMER_ELSEWHERE[lang].search(plain):
            continue
        s_text = src.text[fs:s.end] if fs is not None else s.text
        t_text = tgt.text[ft:t.end] if ft is not None else t.text
        out.append(_finding(src, tgt, "critical", f"title {s_text} ({src.lang.upper()}) became {t_text} "
                                                  f"({tgt.lang.upper()})", s, t))
    return out


def _repeat_swaps(src: Side, tgt: Side, src_ents: list[EntityMention], tgt_ents: list[EntityMention],
                  lost: list[EntityMention], new: list[EntityMention]) -> list[Finding]:
    """Swaps of a known entity named twice on one side and once on the other, the other mention put in place of
    a known one ("Kota Bekasi ... Pemkot Bekasi" / "Bekasi city ... the Depok city administration"): the entity
    is matched by its first mention, so the changed one would stand alone. A known entity alone is no finding
    (translators add and drop them), but one of the other side's repeats is a partner for it. ``lost`` and
    ``new`` (known ones without a partner, not moved across a sentence boundary) lose the names paired here.
    Only Indonesian institutions, regions and offices (``institutions_id.tsv``) take part: a foreign place
    repeated in a garbled source ("A.S. ... A.S.") says little about a region the translation adds."""
    out: list[Finding] = []
    inst = known_entities().institutions
    # a name glossed by its own acronym ("National Disaster Management Agency (BNPB)") is named once
    glosses = {id(b) for side, ents in ((src, src_ents), (tgt, tgt_ents)) for a, b in _gloss_pairs(side.text, ents)
               if a.key == _glossed_key(a, b)}
    s_count = collections.Counter(m.key for m in src_ents if m.key and id(m) not in glosses)
    t_count = collections.Counter(m.key for m in tgt_ents if m.key and id(m) not in glosses)
    for alone, side_ents, more, fewer, is_new in ((new, src_ents, s_count, t_count, True),
                                                    (lost, tgt_ents, t_count, s_count, False)):
        # positions relative to each side's length: the nearest repeat is the likeliest partner
        m_len = max(len((tgt if is_new else src).text), 1)
        other_len = max(len((src if is_new else tgt).text), 1)
        for m in [m for m in alone if m.key in inst]:
            # named twice or more on its side and fewer times on this one (a name such as "Batam Centre" may
            # hold the other mention)
            cands = [(o, o.key) for o in side_ents if o.key is not None and o.key in inst and more[o.key] >= 2
                     and more[o.key] > fewer[o.key]
                     and (_swappable(o, m, src.lang, tgt.lang) if is_new else _swappable(m, o, src.lang, tgt.lang))]
            if not cands:
                continue
            o, key = min(cands, key=lambda c: abs(c[0].start / other_len - m.start / m_len))
            more[key] -= 1
            alone.remove(m)
            s_m, t_m = (o, m) if is_new else (m, o)
            out.append(_finding(src, tgt, "critical", f"{_label(s_m)} {s_m.text} ({src.lang.upper()}) became {t_m.text} "
                                                      f"({tgt.lang.upper()})", s_m, t_m))
    return out


@functools.cache
def _short_heads() -> frozenset[str]:
    """The Indonesian short forms of a regional office's head ("Kadisdik", "Kadis Kesehatan"; see
    :func:`_short_offices`), read as the office."""
    known = known_entities()
    return frozenset(f for f, key in _short_offices(known.forms["id"], dict(known.types)).items()
                     if f.startswith("Ka") and not key.endswith(_DEPUTY))


def _with_short_heads(lang: str, ents: list[EntityMention]) -> list[EntityMention]:
    """``ents`` with the generic head (``Kepala``) beside each regional office written as its head's short form
    ("Kadishub" is the head of the transportation office): the office is compared as a body, the head as an
    office, so "transportation office secretary" is a changed title."""
    if lang != "id" or not any(m.text in _short_heads() for m in ents):
        return ents
    out = []
    for m in ents:
        out.append(m)
        if m.text in _short_heads():
            out.append(dataclasses.replace(m, key="KEPALA", type="ROLE"))
    return out


def _bare_phrase_words(text: str, ents: Sequence[EntityMention]) -> str:
    """The words of the capitalised phrases of two words or more in ``text`` that no mention of ``ents`` covers,
    joined by spaces ("Karang Penghalang Besar", "Karya Besar Raja": a name translated in ordinary words, which
    the name extraction reads as no name)."""
    out = []
    for r in _SPAN_RE.finditer(text):
        if len(r.group(0).split()) < 2:
            continue
        out += [w.group(0) for w in _WORD.finditer(text, r.start(), r.end())
                if not any(m.start <= w.start() < m.end for m in ents)]
    return " ".join(out)


def _renders_bare_phrase(t: EntityMention, bare: str) -> bool:
    """Whether unknown name ``t`` renders a word of ``bare``, the words of the other side's capitalised phrases
    that no mention covers (:func:`_bare_phrase_words`): "Great Barrier Reef" for "Karang Penghalang Besar" (great =
    besar), "Great Deeds" for "Karya Besar": the name is there, translated, so it is no name added, and no swap
    for an unknown name of the source (a known one lost, "New York" of "Distrik Selatan New York", is not
    explained by it)."""
    if t.key is not None or not bare:
        return False
    bix = _text_index(bare)
    return any(w in bix.toks.exact or _rendered_in(w, bix) for w in (fold(x) for x in _WORD.findall(t.text)) if w not in _CONNECT)


def _renamed(words: Sequence[str], t: EntityMention, tgt_text: str, src_text: str) -> bool:
    """Whether the unmatched target name ``t`` has as many words as the source name ``words`` (folded) and, at
    one place, a word the source lacks where the source name has one the target lacks: another name of the same
    make, whatever its other words look like ("Persija Jakarta" / "Persib Bandung"; "Piramida Agung" / "Great
    Pyramid" has no such place: "Pyramid" is "Piramida")."""
    theirs = [fold(w) for w in _WORD.findall(t.text) if fold(w) not in _CONNECT]
    if len(theirs) != len(words):
        return False
    tix, six = _text_index(tgt_text), _text_index(src_text)
    return any(a != b and a not in tix.toks.exact and not tix.similar(a, False) and b not in six.toks.exact
               and not six.similar(b, False) for a, b in zip(words, theirs))


#: what joins an English qualifier to the office after it ("Central Java Governor", "Bank Indonesia's Governor")
_QUALIFIER_BEFORE_EN = re.compile(r"(?:['’]s)?\s+")


def _qualifiers(text: str, ents: Sequence[EntityMention], lang: str) -> dict[int, EntityMention]:
    """The office each body or place qualifies, by the qualifier's id: Indonesian writes it right after the office
    ("Gubernur Bank Indonesia", "Gubernur Jawa Tengah"), English right before it or after "of (the)"."""
    out: dict[int, EntityMention] = {}
    for k, o in enumerate(ents):
        if o.type != "ROLE" or o.key is None:
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        before = ents[k - 1] if k > 0 else None
        if after is not None and (_HEAD_OF_BODY[lang] if lang in _HEAD_OF_BODY else _HEAD_OF_BODY["en"]).fullmatch(text, o.end, after.start):
            out[id(after)] = o
        elif lang == "en" and before is not None and _QUALIFIER_BEFORE_EN.fullmatch(text, before.end, o.start):
            out[id(before)] = o
    return {q: o for q, o in out.items() if any(id(m) == q and m.type in ("ORG", "PLACE", "COUNTRY") for m in ents)}


def _qualifier_swaps(src: Side, tgt: Side, src_ents: list[EntityMention], tgt_ents: list[EntityMention],
                     lost: list[EntityMention], new: list[EntityMention]) -> list[Finding]:
    """A body qualifying an office put in place of a place, or the reverse, the office kept ("Gubernur Bank
    Indonesia" -> "Central Java Governor"): a body never stands in for a place in a swap, but as the qualifier of
    one office the two are the one thing changed. ``lost`` and ``new`` lose the names paired here."""
    out: list[Finding] = []
    sq, tq = _qualifiers(src.text, src_ents, src.lang), _qualifiers(tgt.text, tgt_ents, tgt.lang)
    related = known_entities().related
    for s in list(lost):
        o_s = sq.get(id(s))
        if o_s is None or s.key is None:
            continue
        for t in new:
            o_t = tq.get(id(t))
            if (o_t is None or t.key is None or (s.type == "ORG") == (t.type == "ORG") or t.key in related.get(s.key, frozenset())
                    or not (o_s.key == o_t.key or (o_t.key or "") in related.get(o_s.key or "", frozenset()))):
                continue
            lost.remove(s)
            new.remove(t)
            out.append(_finding(src, tgt, "critical", f"entity {s.text} ({src.lang.upper()}) became {t.text} ({tgt.lang.upper()})"
                                                      f" beside the office {o_t.text}", s, t))
            break
    return out


def _label(m: EntityMention) -> str:
    return "title" if m.type == "ROLE" else "entity"


#: how many unmatched names of the other side compete to be a lost name's replacement; the nearest by position
#: (a normal sentence has a handful; a run-on line of thousands of names stays linear)
_SWAP_CANDIDATES = 32


#: Indonesian possessive clitics written onto a noun ("juru bicaranya" = his spokesman, "pengacaramu")
_ID_CLITIC = r"(?:-?nya|ku|mu)"


def _office_with_clitic(m: EntityMention, other_text: str, other_lang: str) -> bool:
    """Whether the office ``m`` stands in the Indonesian side with a possessive clitic on its last word ("kata juru
    bicaranya" = "his spokesman said", "pengacaranya" = "her lawyer", "pelatihnya" = "their coach"): the lists'
    forms end at a word boundary, so the clitic form yields no mention, and the office would stand unmatched and be
    paired with another office of that side ("anggota partainya" = "from within his party"). The form itself is the
    evidence that the office is rendered."""
    if other_lang != "id" or m.type != "ROLE" or m.key is None:
        return False
    return any(lang == "id" and re.search(r"(?<![\w.])" + re.escape(f) + _ID_CLITIC + r"\b", other_text, re.I)
               for lang, f in _key_forms().get(m.key, ()))


def _body_of_office(m: EntityMention, other_text: str, other: Sequence[EntityMention]) -> bool:
    """Whether the body ``m`` is that of an office the other side names in one form ("Ketua KPK", "Panglima TNI"
    against "chairman of the Corruption Eradication Commission (KPK)"): named there, inside the office. Not an
    office written beside a place or body of its own ("Gubernur Jawa Tengah" is no Bank Indonesia Governor)."""
    if m.type != "ORG" or m.key is None:
        return False
    related = known_entities().related

    def qualified(o: EntityMention) -> bool:
        return any(q is not o and q.type in ("ORG", "PLACE", "COUNTRY")
                   and re.fullmatch(r"(?:\s|['’]s|of|the)*", other_text[q.end:o.start] if q.end <= o.start else other_text[o.end:q.start])
                   is not None for q in other)

    return any(o.type == "ROLE" and o.key is not None and not qualified(o)
               and (m.key in related.get(o.key, frozenset()) or (_held_body(o.key) or ("", ""))[1] == m.key) for o in other)


def _pair_renderings(lost: list[EntityMention], new: list[EntityMention], s_lang: str, t_lang: str) -> None:
    """Take out of ``lost`` and ``new`` (in place) the pairs that render one another before swaps are sought."""
    related = known_entities().related
    # a generic body rendered by one of its kind ("Pemprov DKI" = "the Jakarta city administration") is matched:
    # neither then stands in a swap with a third name ("UMP" against "city administration"); a body the lists relate to
    # the generic one is its rendering first ("Densus 88 Antiteror Polri" / "the police's Mobile Brigade": the police
    # render Polri, so the Mobile Brigade still faces Densus 88)
    for near in (True, False):
        for s in list(lost):
            t = next((t for t in new if _generic_rendered(s, t) and (not near or _related_keys(s.key, t.key, related))), None)
            if t is not None:
                lost.remove(s)
                new.remove(t)
    # an office and one the lists relate to it ("camat" / "district head", "Kapolres" / "police chief") are one
    # office in other words: paired first, so neither stands in a swap with a third office ("camat dan lurah" /
    # "district and village heads": the camat is not the village heads'); not where a body of the source may
    # have become that office's body ("Kepala Staf TNI AL" / "Air Force chief of staff")
    for s in list(lost):
        t = next((t for t in new if s.type == t.type == "ROLE" and s.key and t.key and t.key in related.get(s.key, frozenset())
                  and not any(u.type != "ROLE" and _swappable(u, t, s_lang, t_lang) for u in lost)), None)
        if t is not None:
            lost.remove(s)
            new.remove(t)


def _related_keys(a: str | None, b: str | None, related: Mapping[str, frozenset[str]]) -> bool:
    """Whether two keys are one or the lists relate them, either way (``None``: no key, never related)."""
    return bool(a and b and (a == b or b in related.get(a, frozenset()) or a in related.get(b, frozenset())))


#: English heads of a geographic or public name built as "<head> of <place>" that are no institution heads
#: (see ``_HEADS``), with the Indonesian words that render them (Indonesian puts the head first: "Selat Malaka",
#: "Teluk Meksiko", "Pelabuhan Tanjung Priok", "Gereja Inggris"); each row is one kind
_OF_PLACE_HEADS = {
    "STRAIT": "strait straits selat",
    "GULF": "gulf bay teluk",
    "SEA": "sea laut",
    "PORT": "port harbour harbor pelabuhan",
    "ISLAND": "island isle pulau",
    "LAKE": "lake danau",
    "CHURCH": "church gereja",
    "MUSEUM": "museum",
    "GOVERNMENT": "government pemerintah pemerintahan",
}
_OF_PLACE_CLASSES = {w: k for k, ws in _OF_PLACE_HEADS.items() for w in ws.split()}
#: "<Head> of [the] " right before a mention of the English text
_HEAD_OF_SPAN = re.compile(r"\b([A-Z][a-z]+) of (?:the )?$")
_HEAD_OF_NAME = re.compile(r"([A-Z][a-z]+) of (?:the )?(?=[A-Z])")


def _of_head_classes(word: str) -> frozenset[str]:
    """The kinds of an English head of "<head> of <place>": an institution's (``_HEADS``) or a place's."""
    w = fold(word)
    return _head_classes(w) | ({_OF_PLACE_CLASSES[w]} if w in _OF_PLACE_CLASSES else frozenset())


def _prefix_of_related(m: EntityMention, text: str, other: Sequence[EntityMention]) -> bool:
    """Whether a known name that opens a hyphenated compound ("EU-Ratspräsident", "EU-Kommissionspräsidentin") is
    rendered by a related name of the other side ("European Council President", "European Commission President"):
    the compound's head is the body, of which the prefix only tells the union or country it belongs to."""
    if m.key is None or text[m.end:m.end + 1] != "-":
        return False
    related = known_entities().related.get(m.key, frozenset())
    return any(o.key is not None and o.key in related for o in other)


def _profile_head_classes(word: str, lang: str) -> frozenset[str]:
    """The kinds of body or place a source word of a profile language names by its head (``body_heads`` of its
    profile.toml, the last part of a compound too: ``Zentralbank``, ``Universität``, ``Außenministerium``); empty
    for Indonesian and English, whose head words ``_HEADS`` and ``_OF_PLACE_HEADS`` list. Without it a German source
    rendered no head at all, and "Die Universität Oxford" could become "the Bank of England" unseen."""
    if lang in ("id", "en"):
        return frozenset()
    return body_head_kinds(word, lang)


def _unrendered_of_heads(src: Side, tgt: Side, tgt_ents: list[EntityMention], src_text: str,
                         src_all: Sequence[EntityMention]) -> list[Finding]:
    """English names "<head> of <place>" ("Bank of England", "University of Michigan", "Strait of Malacca")
    whose head the Indonesian source renders nowhere. Extraction keeps the place alone (the head is an ordinary
    word), so the place matched and a body put in place of another body of the same place ("Gereja Inggris" ->
    "Bank of England", "Bank Sentral Jepang" -> "Government of Japan"... of kind ``_OF_PLACE_HEADS`` or
    ``_HEADS``) went unseen. The head is rendered by a word of its kind anywhere in the source or its neighbours
    (Indonesian writes it first: "Bank Sentral Inggris", "Universitas Michigan"), by a known name of the source
    whose forms hold one ("UI" = Universitas Indonesia) or by an acronym the lists do not know (it may spell
    one). A name the lists know whole ("Gulf of Mexico") is matched as a whole and not looked at here. A source in
    a profile language with ``body_heads`` is read the same way (:func:`_profile_head_classes`)."""
    if src.lang != "id" and not get_profile(src.lang).body_heads or tgt.lang != "en":
        return []
    out: list[Finding] = []
    src_classes: set[str] = set()
    for w in _WORD.findall(src_text):
        src_classes |= _of_head_classes(w) | _profile_head_classes(w, src.lang)
    for m in src_all:
        if m.key is not None:
            for _, f in _key_forms().get(m.key, ()):
                src_classes |= {c for w in f.split() for c in _of_head_classes(w)}
        elif _is_acronym(m.text, "id"):
            return []
    for m in tgt_ents:
        if not (m.key is None and m.type == "NAME" or m.type in _LOC):
            continue
        # the head before the mention ("Bank of [England]") or inside it, a name the lists do not know ("[Bank of Malaya]")
        before = _HEAD_OF_SPAN.search(tgt.text, max(0, m.start - 40), m.start)
        h = before or _HEAD_OF_NAME.match(m.text)
        if h is None:
            continue
        kinds = _of_head_classes(h.group(1))
        if not kinds or kinds & src_classes:
            continue
        a = before.start(1) if before else m.start
        head = EntityMention(a, m.end, tgt.text[a:m.end], None, "BODY", m.tokens)
        out.append(_finding(src, tgt, "critical", f"entity {head.text} in {tgt.label()} has no counterpart in {src.label()}: "
                                                  f"its head '{h.group(1)}' is rendered nowhere", None, head))
    return out


#: Indonesian "<head> <place>" ("Bank Sentral Jepang", "Bank Jatim"): a capitalised head word (or the known central
#: bank) right before a place
_ID_HEAD_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))([A-Z][a-z]+)(?: Sentral)? $")
#: the kinds of head checked: a bank's, always written in English ("Bank Sentral Jepang" = the Bank of Japan, Japan's
#: central bank, the BOJ); a place's head often goes unsaid ("Pulau Jawa" = Java, "Danau Kinneret" = the Kinneret,
#: "Pelabuhan Merak" = Merak, "Universitas Oxford" = Oxford scientists) or has other words ("Laut Pasifik" = the
#: Pacific Ocean), troops and police have many words
_DROPPED_HEAD_KINDS = frozenset({"BANK"})


def _dropped_id_heads(src: Side, tgt: Side, src_ents: list[EntityMention], tgt_ents: list[EntityMention], tgt_text: str,
                      tgt_all: Sequence[EntityMention]) -> list[Finding]:
    """Indonesian names "<head> <place>" of a kind of ``_DROPPED_HEAD_KINDS`` whose head the English renders nowhere
    while the place stays ("Bank Sentral Inggris" -> "Britain"): the body is dropped and its act credited to the
    place. The other half of :func:`_unrendered_of_heads`: the
    head is rendered by an English word of its kind anywhere in the translation or its neighbours, by a known
    name of the same or a related key (the Fed for "Bank Sentral Amerika") or a known name whose forms hold such
    a word, or by an acronym (it may spell the body). A head that follows another head ("Angkatan Laut Amerika"
    = the US Navy) is part of that name."""
    if src.lang != "id" or tgt.lang != "en" or _ACRONYM.search(tgt_text):
        return []
    known = known_entities()
    tgt_classes: set[str] = set()
    for w in _WORD.findall(tgt_text):
        # a plural renders the head too ("three crater lakes", "the churches of")
        tgt_classes |= _of_head_classes(w) | _of_head_classes(w[:-1]) | _of_head_classes(w[:-2])
    tgt_keys = {m.key for m in tgt_all if m.key is not None}
    for k in tgt_keys:
        for _, f in _key_forms().get(k, ()):
            tgt_classes |= {c for w in f.split() for c in _of_head_classes(w)}
    out: list[Finding] = []
    by_end = {m.end: m for m in src_ents}
    for m in src_ents:
        if not (m.type in _LOC and match_entity(m, tgt.text, tgt_ents)):
            continue
        h = _ID_HEAD_BEFORE.search(src.text, max(0, m.start - 40), m.start)
        if h is None:
            continue
        body = by_end.get(m.start - 1)
        if body is not None and body.key is not None and body.start == h.start(1):
            if body.key in tgt_keys or tgt_keys & known.related.get(body.key, frozenset()):
                continue
        elif body is not None:
            continue
        kinds = _of_head_classes(h.group(1)) & _DROPPED_HEAD_KINDS
        before = _WORD.findall(src.text[max(0, h.start(1) - 30):h.start(1)])
        if not kinds or kinds & tgt_classes or (before and before[-1][:1].isupper() and _of_head_classes(before[-1])):
            continue
        head = EntityMention(h.start(1), m.end, src.text[h.start(1):m.end], None, "BODY", m.tokens)
        out.append(_finding(src, tgt, "critical", f"entity {head.text} in {src.label()} has no counterpart in {tgt.label()}: "
                                                  f"its head '{h.group(1)}' is rendered nowhere", head, None))
    return out


def check_entities(
    src: Side,
    tgt: Side,
    src_ents: list[EntityMention],
    tgt_ents: list[EntityMention],
    src_context: tuple[str, list[EntityMention]] = ("", []),
    tgt_context: tuple[str, list[EntityMention]] = ("", []),
    doc_names: dict[str, tuple[frozenset[str], ...]] | None = None,
) -> list[Finding]:
    """Entity findings for one aligned pair.

    Each finding carries the offsets of the very mentions it is about (the second of two "Donetsk People's
    Republic" when that one is the wrong gloss). An office put in place of another ("Menteri Keuangan" ->
    "Foreign Minister") is reported as ``title X (ID) became Y (EN)``, critical.

    :param src_context: text and mentions of the source sentences around the pair (for moved names).
    :param tgt_context: the same for the target.
    :param doc_names: the words of the longer names in either document (:func:`long_names`): two parts of
        one of them on the two sides are the same person (:func:`parts_of_one_name`).
    """
    out: list[Finding] = []
    sl, tl = src.label(), tgt.label()
    sL, tL = src.lang.upper(), tgt.lang.upper()
    known = known_entities()
    src_ents, tgt_ents = _with_short_heads(src.lang, src_ents), _with_short_heads(tgt.lang, tgt_ents)

    # glosses that contradict their acronym on one side only
    sg = {(a.key, _glossed_key(a, b)): (a, b) for a, b in _gloss_pairs(src.text, src_ents)}
    tg = {(a.key, _glossed_key(a, b)): (a, b) for a, b in _gloss_pairs(tgt.text, tgt_ents)}
    glossed: set[int] = set()
    for side_g, other_g, is_src in ((tg, sg, False), (sg, tg, True)):
        for (ka, kb), (a, b) in side_g.items():
            if ka == kb or kb in known.related.get(ka or "", frozenset()) or (ka, kb) in other_g:
                continue
            partner = next((pb for (oa, ob), (pa, pb) in other_g.items() if oa == ka and ob != kb), None)
            if partner is None:
                continue
            s_m, t_m = (b, partner) if is_src else (partner, b)
            glossed.update({id(s_m), id(t_m)})
            out.append(_finding(src, tgt, "critical", f"entity {s_m.text} ({sL}) became {t_m.text} ({tL}) as the gloss of {a.text}",
                                s_m, t_m))
    # a name whose acronym follows it, where one side changed the name and kept the acronym: "Mahkamah
    # Konstitusi (MK)" / "General Elections Commission (MK)"
    for (ka, kb), (a, b) in tg.items():
        if (ka == kb or kb in known.related.get(ka or "", frozenset()) or (ka, kb) in sg or id(a) in glossed or id(b) in glossed
                or any(oa == ka for oa, _ in sg)):
            continue
        partner = next((pa for (oa, ob), (pa, pb) in sg.items()
                        if ob == kb and oa != ka and (oa == ob or ob in known.related.get(oa or "", frozenset()))), None)
        if partner is None or ka in known.related.get(partner.key or "", frozenset()):
            continue
        glossed.update({id(partner), id(a)})
        out.append(_finding(src, tgt, "critical", f"entity {partner.text} ({sL}) became {a.text} ({tL}) beside the acronym {b.text}",
                            partner, a))

    tctx_text = tgt.text + " " + tgt_context[0]
    sctx_text = src.text + " " + src_context[0]
    t_all = tgt_ents + tgt_context[1]
    s_all = src_ents + src_context[1]
    s_texts = {m.text for m in src_ents}
    t_texts = {m.text for m in tgt_ents}

    def unmatched(ms: list[EntityMention], other_text: str, other: list[EntityMention], other_texts: set[str]) -> list[EntityMention]:
        # one mention per name (the first occurrence), decided once: a repeated name costs nothing more
        firsts: dict[str, EntityMention] = {}
        for m in ms:
            if id(m) not in glossed:
                firsts.setdefault(m.key or m.text, m)
        # the same acronym or name written on both sides is the same entity whatever the lists call it
        # ("DPR": the Indonesian parliament in id, the Donetsk People's Republic in en)
        return [m for m in firsts.values() if m.text not in other_texts and not _acronym_copied(m, other_text)
                and not _name_copied(m, other_text) and not match_entity(m, other_text, other, rendered=True)]

    # strictly within the pair first: a name replaced by another is a swap even if the old name occurs
    # again in a neighbouring sentence; the new name must not come from the neighbouring source sentences
    # (then it merely moved)
    lost = unmatched(src_ents, tgt.text, tgt_ents, t_texts)
    new = unmatched(tgt_ents, src.text, src_ents, s_texts)
    if doc_names:
        # the first name on one side and the surname on the other, of a person the document names in full
        lost, new = _drop_parts_of_one_name(lost, new, doc_names)
    # a full name of the source left out while its surname alone stays in the translation (see _surname_left),
    # where the translation names nothing new that may stand in its place ("Pencacah Geiger" / "Rock Counter")
    short = [m for m in src_ents if not any(t.key is None for t in new) and m not in lost and id(m) not in glossed and _surname_left(m, sctx_text, tctx_text, src.lang)]
    lost += [m for m in short if not any(o.text == m.text for o in lost)]
    lost = [m for m in lost if not _body_of_office(m, tgt.text, tgt_ents)]
    new = [m for m in new if not _body_of_office(m, src.text, src_ents)]
    new = [m for m in new if not _office_with_clitic(m, src.text, src.lang)]
    _pair_renderings(lost, new, src.lang, tgt.lang)
    new_pos = sorted(new, key=lambda t: t.start / max(len(tgt.text), 1))
    positions = [t.start / max(len(tgt.text), 1) for t in new_pos]
    t_index = _text_index(tgt.text)
    src_bare = _bare_phrase_words(src.text, src_ents)
    for s in list(lost):
        words = [fold(w) for w in _WORD.findall(s.text) if fold(w) not in _CONNECT]
        # a place head ("Stadion", "Kabupaten") is translated with any name: it tells nothing
        heads = [w for w in words if not _PLACE_HEAD_BEFORE.fullmatch(w.capitalize() + " ")]
        rare = [w for w in heads if not _common_either(w)]
        if (s.key is None and len(words) > 1 and any(w not in t_index.toks.exact and t_index.similar(w, False) for w in heads)
                and not any(_renamed(words, t, tgt.text, src.text) for t in new)
                and (not rare or any(w in t_index.toks.exact or t_index.similar(w, False) for w in rare))):
            # part of the name is there in another spelling ("Piramida Agung" / "Great Pyramid"): rendered,
            # not replaced; a word kept as written ("Agus" of "Agus Priyanto" / "Agus Santoso") tells nothing, and
            # common words alone do not keep a name whose rare word is gone ("Teleskop Antariksa Hubble" / "James
            # Webb Space Telescope")
            continue
        # a name that merely moved across a sentence boundary has its partner in the neighbouring
        # sentences on both sides; a planted or mistaken name is new to the document
        s_pos = s.start / max(len(src.text), 1)
        k = bisect.bisect_left(positions, s_pos) if len(new_pos) > _SWAP_CANDIDATES else 0
        near = new_pos[max(0, k - _SWAP_CANDIDATES // 2):max(0, k - _SWAP_CANDIDATES // 2) + _SWAP_CANDIDATES]
        cands = [t for t in near if _swappable(s, t, src.lang, tgt.lang) and not _qualifier_rendered(s, t, tgt.text, src.lang, tgt.lang)
                 and not (s.key is None and _renders_bare_phrase(t, src_bare))
                 and not (match_entity(t, src_context[0], src_context[1])
                          and match_entity(s, tgt_context[0], tgt_context[1]))]
        # the likeliest partner: a full name before a sentence-opening word, the same shape, a near position
        cands.sort(key=lambda t: (t.type == "INITIAL", _shape(t) != _shape(s), abs(t.start / max(len(tgt.text), 1) - s_pos)))
        t = cands[0] if cands else None
        if t is None:
            continue
        lost.remove(s)
        new.remove(t)
        j = new_pos.index(t)
        del new_pos[j], positions[j]
        out.append(_finding(src, tgt, "critical", f"{_label(s)} {s.text} ({sL}) became {t.text} ({tL})", s, t))
    out += _qualifier_swaps(src, tgt, src_ents, tgt_ents, lost, new)
    # names on one side only: the neighbouring sentences count (a name moved across a sentence boundary)
    # (a full name whose surname alone stays, ``short``, was judged with the neighbouring sentences already)
    lost = [m for m in lost if m in short or not match_entity(m, tctx_text, t_all, lenient=True, rendered=True)]
    new = [m for m in new if not match_entity(m, sctx_text, s_all, lenient=True, rendered=True)]
    out += _repeat_swaps(src, tgt, src_ents, tgt_ents, lost, new)
    lost = [m for m in lost if not _prefix_of_related(m, src.text, t_all)]
    for s in lost:
        if _reportable_alone(s, src.lang, lost=True):
            # a named person or place of the source left out of the translation is lost content: critical,
            # like a changed name; a name the translation adds (below) is major
            out.append(_finding(src, tgt, "critical", f"entity {s.text} in {sl} has no counterpart in {tl}", s, None))
        elif _english_name_lost(s, src.lang, tgt.text):
            # an English name copied into Indonesian copy ("Wall Street", "All Blacks"), none of whose words the
            # English has: English keeps such a name as written, so it was left out
            out.append(_finding(src, tgt, "critical", f"entity {s.text} in {sl} has no counterpart in {tl}", s, None))
        elif _copied_word_lost(s, src.lang, tgt.text):
            out.append(_finding(src, tgt, "major", f"entity {s.text} in {sl} has no counterpart in {tl}", s, None))
    # capitalised phrases of the source that no mention covers ("Wisma Negara": ordinary words, no head word): a
    # translated name, which may be any body of the target
    bare = src.lang == "id" and any(len(r.group(0).split()) >= 2 and not any(m.start < r.end() and r.start() < m.end for m in src_ents)
                                    for r in _SPAN_RE.finditer(src.text))
    for t in new:
        if (src.lang == "id" and not bare and _added_body(t, tgt_ents, src.text, src_ents)
                and not any(_body(s) is not None and not _body_swap(s, t) for s in lost)):
            # an institution the source names nowhere, where no institution of the source is left unmatched
            # that it may render: the report is credited to another body ("Komite Nobel" -> "Met Office")
            out.append(_finding(src, tgt, "critical", f"entity {t.text} in {tl} has no counterpart in {sl}", None, t))
        elif _reportable_alone(t, tgt.lang) and not _renders_bare_phrase(t, src_bare):
            out.append(_finding(src, tgt, "major", f"entity {t.text} in {tl} has no counterpart in {sl}", None, t))
    out += _unrendered_of_heads(src, tgt, tgt_ents, sctx_text, s_all)
    out += _dropped_id_heads(src, tgt, src_ents, tgt_ents, tctx_text, t_all)
    return out + _tier_swaps(src, tgt, src_ents, tgt_ents) + _former_swaps(src, tgt, src_ents, tgt_ents)
