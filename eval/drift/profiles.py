"""Per-language profiles: the word lists one language contributes to the drift detectors.

A :class:`LanguageProfile` holds what a detector needs to read one language: number words and scales, the
decimal convention, weekday and month names with their abbreviations, relative date phrases, negators, speech
verbs, titles and function words, cross-lingual names (exonyms), common words and inflection endings.

Profiles come from one folder per language under ``eval/data/lang-profiles/<code>/`` (the format is documented in
``eval/data/README.md``; German, ``de``, is the first). Indonesian and English still keep their lists in the
shared files of ``eval/data/`` (``number_words.tsv``, ``calendar.tsv`` ...), one row or column per language;
for them :func:`get_profile` builds the profile from those files (an adapter), so every language is read
through the same interface.

The detectors keep reading the shared lists through :func:`wiredrift.eval.drift._lexicon.data_lines`; that
function merges in the rows of every folder profile (:func:`merged_rows`), so a language added as a folder
reaches each detector without a change to the detector. Everything loads lazily, once per process.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from ...align.errors import ConfigError
from ...align.langcodes import normalize_lang

logger = logging.getLogger(__name__)

__all__ = ["LanguageProfile", "get_profile", "profile_languages", "folder_languages", "LANG_DIR"]

#: ``eval/data/lang-profiles/``: one folder per language (package data)
LANG_DIR = Path(__file__).resolve().parent.parent / "data" / "lang-profiles"

#: languages whose lists live in the shared files of ``eval/data/`` (read through the adapter)
_SHARED = ("en", "id")
T = TypeVar("T")


@dataclass(frozen=True)
class LanguageProfile:
    """The word lists of one language, as the detectors use them.

    :param code: ISO 639-1 code.
    :param name: English name of the language.
    :param decimal: the decimal mark of the language's number format, ``,`` (``1.000,5``) or ``.`` (``1,000.5``).
    :param thousands: the thousands separator (``.`` or ``,``).
    :param number_words: word (lower case; suffixes keep their case) -> (value, class); classes as in
        ``eval/data/number_words.tsv`` (unit, teen, tens, scale, scale1, suffix, fraction, ordinal, weak, dozen).
    :param articles: indefinite articles that stand for "one" before a scale word (``a million``, ``eine Million``).
    :param calendar: key -> forms; keys ``mon``..``sun`` (weekdays), ``01``..``12`` (months) and ``rel:...``
        (relative phrases such as ``rel:-1d``); the first form of a weekday or month is its full name, the
        others are variants and abbreviations.
    :param negators: words that negate their clause.
    :param lexical_negatives: words that carry a negation inside them (``*`` marks a prefix or suffix).
    :param idioms: phrases whose negator is lexicalised (no negation of the meaning).
    :param renders: English lemma -> words of this language that render that lemma negated, or the English
        negative verb itself (``fail`` <- ``verpasste``, ``attend`` <- ``fern``): the guard of that English negator.
    :param rendered: (words of this language, English lemmas): a negator of this language whose clause holds one of
        the words (``mehr`` of "nicht mehr", ``noch`` of "noch nicht", the negator itself: ``keineswegs``; ``*``
        marks a prefix, ``zustimm*``) is rendered by one of the English lemmas without a negator ("stopped",
        "still", "far from", "rejected"): the other way round from ``renders``.
    :param hard_lexical: (words of this language, English lemmas): verbs whose meaning is a negation (``absagen`` =
        cancel, ``ausschließen`` = rule out, ``verweigern`` = refuse), counted by the meaning detector as a negator of
        their clause; a word of two is a verb and its separable particle (``sagte ab``, split: ``sagte ... ab``;
        ``*`` marks a prefix). The English lemmas render it with or without a negator ("called off", "would not
        rule out" for ``nicht ausschließen``).
    :param only_if: words of "only" and of a condition (``nur`` / ``wenn``, ``falls``): a condition told as "only
        ... if" (``nur dann, wenn``) renders the English "not ... unless", whose negator it matches.
    :param speech_verbs: verbs that attribute a quote (``sagte``, ``said``).
    :param speech_sources: phrases that name a source (``laut``, ``according to``).
    :param titles: titles and generic heads that are capitalised before a name but are no name.
    :param stopwords: function words that may be capitalised but never start or end a name.
    :param names: surface form -> entity key (``Russland`` -> ``RU``), keys shared with ``countries.tsv`` and
        ``exonyms.tsv``.
    :param name_types: entity key -> type for keys this profile introduces (``BUNDESTAG`` -> ``INST``).
    :param english_names: English forms of the keys this profile introduces (form -> key).
    :param name_related: pairs of related keys from the 5th column of the name files (``BUNDESBANK`` and
        ``CENTRALBANK``: Germany's central bank is rendered "the central bank"), as the shared ``exonyms.tsv`` relates
        its keys.
    :param suffixes: inflection endings stripped to find a word's stem among the common words.
    :param compounds: the language writes compound nouns as one word, so a word whose head (its last part)
        is a common word is common too (``Bundesregierung`` from ``Regierung``).
    :param units: unit word (lower case) -> (dimension, factor to the base unit), as ``_UNITS`` in
        :mod:`.numbers` (``zentimeter`` -> ``("len", 0.01)``), so a converted value is no changed number.
    :param vocab: common words (folded), which tell a capitalised ordinary word from a name.
    :param capitalised_nouns: the language capitalises every noun (German), so a capital is no name signal: an
        unknown capitalised word counts as a name only where the other language's document holds it too (a
        copied name such as ``Scholz``), see :func:`copied_names`.
    :param score_words: words that stand before or after a match result (``Sieg``, ``gegen``), so that
        ``1:0`` next to them is a score, not a ratio or a time.
    :param directions: pairs of opposites against English (``directions.tsv`` of the folder: ``steigen``/rise,
        ``sinken``/fall), read by :mod:`.meaning`.
    :param particles: separable verb particles (``an``, ``zurück``): ``stiegen im März an`` is ``anstiegen``, so a
        listed form ``stiegen an`` matches the verb with its particle at the clause's end, and a particle there
        is no preposition (``sieht ... vor``), read by :mod:`.meaning`.
    :param reported_speech: verb forms that mark reported speech (German Konjunktiv I: ``sei``, ``habe``,
        ``werde``): agency copy renders a direct quote as ``Er sagte, die Lage sei ernst``, so a quote of the other
        language that this side words as reported speech is a free rendering (minor), read by :mod:`.quotes`.
    :param subject_openers: function words that open a subject (articles, pronouns) in a language that puts its
        finite verb second (German): a clause opening with another function word ("Dort", "Im Gespräch mit ...")
        has its subject, and so a speech verb's speaker, after the verb ("Dort sagte Baerbock").
    :param body_heads: head words of institutions' names -> the kinds of body of ``entities._HEADS`` they name
        (German ``ministerium`` -> MINISTRY, ``universität`` -> UNIVERSITY), also as the last part of a compound
        (``Außenministerium``, ``Bundesnetzagentur``), read by :mod:`.entities` and :mod:`.attribution`.
    :param number_compounds: heads of compounds that open with a count (German ``jährig``, ``tägig``, ``köpfig``:
        ``zwölfjährige`` = 12-year-old), read by :mod:`.numbers`.
    :param pronouns: personal pronouns that may speak (German ``er``, ``sie``, ``wir``): "Er sagte" has a pronoun
        speak, resolved as the English "he said" is, read by :mod:`.attribution`.
    :param subordinators: conjunctions that open a clause with its finite verb last (German ``wie``, ``dass``,
        ``nachdem``): in "..., wie Merkel am Montag in Berlin sagte" the speaker is the subject right after the
        conjunction, not the name before the verb (``Berlin``), read by :mod:`.attribution`.
    :param degrees: how the language forms the comparative and superlative of an adjective (``comparative``,
        ``superlative`` -> settings), for :mod:`.meaning` (``optimistischer`` = more optimistic, ``wichtigsten`` =
        most important): ``endings`` (the first only beside a cue word), ``before`` and ``after`` (cue words:
        ``noch``, ``als``), ``adjective`` (endings that make a stem an adjective: ``isch``, ``lich``) and ``not``
        (stems that form no such degree: ``ander``, ``unser``).
    :param origin: ``folder`` (``eval/data/lang-profiles/<code>/``) or ``shared`` (the adapter over ``eval/data/*.tsv``).
    """

    code: str
    name: str = ""
    decimal: str = "."
    thousands: str = ","
    number_words: Mapping[str, tuple[float, str]] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()
    calendar: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    negators: frozenset[str] = frozenset()
    lexical_negatives: tuple[str, ...] = ()
    idioms: tuple[str, ...] = ()
    renders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    rendered: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    hard_lexical: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    only_if: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    speech_verbs: frozenset[str] = frozenset()
    speech_sources: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    names: Mapping[str, str] = field(default_factory=dict)
    name_types: Mapping[str, str] = field(default_factory=dict)
    english_names: Mapping[str, str] = field(default_factory=dict)
    name_related: tuple[tuple[str, str], ...] = ()
    suffixes: tuple[str, ...] = ()
    compounds: bool = False
    units: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    vocab: frozenset[str] = frozenset()
    capitalised_nouns: bool = False
    score_words: tuple[str, ...] = ()
    #: direction pairs against English: (forms A, English A, forms B, English B, flags), cells ``|``-separated
    directions: tuple[tuple[str, str, str, str, str], ...] = ()
    particles: frozenset[str] = frozenset()
    reported_speech: frozenset[str] = frozenset()
    subject_openers: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    number_compounds: tuple[str, ...] = ()
    body_heads: Mapping[str, frozenset[str]] = field(default_factory=dict)
    degrees: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    origin: str = "folder"

    @property
    def weekdays(self) -> dict[str, tuple[str, ...]]:
        """``mon``..``sun`` -> forms (full name first)."""
        return {k: v for k, v in self.calendar.items() if k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}

    @property
    def months(self) -> dict[int, tuple[str, ...]]:
        """1..12 -> forms (full name first)."""
        return {int(k): v for k, v in self.calendar.items() if k.isdigit()}

    @property
    def relative(self) -> dict[str, str]:
        """Relative phrase (lower case) -> key (``gestern`` -> ``rel:-1d``)."""
        return {f.lower(): k for k, v in self.calendar.items() if k.startswith("rel:") for f in v}

    def parse_number(self, text: str) -> float:
        """The value of a digit string written in this language's convention (``1.000,5`` -> 1000.5 in German).

        :raises ValueError: ``text`` is not a number in this convention.
        """
        s = text.strip().replace("\u202f", "").replace("\xa0", "")
        whole, _, frac = s.partition(self.decimal)
        groups = whole.split(self.thousands)
        if not all(g.isdigit() for g in groups) or (frac and not frac.isdigit()) or (
                len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]))):
            raise ValueError(f"{text!r} is not a number written as {self.code} writes them")
        return float("".join(groups) + ("." + frac if frac else ""))


def folder_languages() -> tuple[str, ...]:
    """The codes that have a folder under ``eval/data/lang-profiles/`` (sorted)."""
    if not LANG_DIR.is_dir():
        return ()
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "profile.toml").is_file()))


def profile_languages() -> tuple[str, ...]:
    """Every code :func:`get_profile` serves with data: the shared-file languages and the folders."""
    return tuple(sorted(set(_SHARED) | set(folder_languages())))


@functools.cache
def get_profile(code: str) -> LanguageProfile:
    """The profile of ``code`` (any spelling :func:`~wiredrift.align.langcodes.normalize_lang` accepts).

    A supported language without data gets an empty profile (digits, capitalised names and calendar-free
    checks still run on it).

    :raises ConfigError: ``code`` names no supported language, or its folder holds a malformed file.
    """
    code = normalize_lang(code)
    if code in folder_languages():
        return _load_folder(code)
    if code in _SHARED:
        return _load_shared(code)
    return LanguageProfile(code, origin="none")


# --- the folder format -------------------------------------------------------------------------------------


def _rows(folder: Path, name: str, width: int) -> list[list[str]]:
    """Tab-separated rows of ``folder/name`` (comments and blank lines skipped); ``[]`` when it is absent.

    :raises ConfigError: a row has fewer than ``width`` columns.
    """
    path = folder / name
    if not path.is_file():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.rstrip("\r").split("\t")
        if len(row) < width:
            raise ConfigError(f"{path}:{n}: expected {width} tab-separated columns, got {len(row)}")
        out.append(row)
    return out


def _words(folder: Path, name: str) -> list[str]:
    """One word or phrase a line (``#`` comments skipped)."""
    path = folder / name
    if not path.is_file():
        return []
    return [w.strip() for w in path.read_text(encoding="utf-8").split("\n") if w.strip() and not w.startswith("#")]


def _declined(forms: tuple[str, ...], endings: tuple[str, ...]) -> list[str]:
    """The other declined forms of a name that opens with an adjective (``adjective_endings`` of profile.toml):
    where a row lists the first word of a name with two endings or more ("Weißes Haus", "Weißen Haus"), the
    adjective takes every ending before every noun form listed ("das Weiße Haus", "das Rote Kreuz", "die Neue
    Zürcher Zeitung"), so a row need not list each case."""
    stems: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for f in forms:
        first, _, tail = f.partition(" ")
        end = next((e for e in endings if first.endswith(e) and len(first) > len(e) + 2), None)
        if tail and end is not None:
            stem = first[: -len(end)]
            stems.setdefault(stem, set()).add(end)
            tails.setdefault(stem, set()).add(tail)
    return [f"{stem}{e} {tail}" for stem, ends in stems.items() if len(ends) >= 2
            for e in endings for tail in sorted(tails[stem])]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in cell.split("|") if f.strip())


@functools.cache
def _load_folder(code: str) -> LanguageProfile:
    from ._lexicon import fold

    folder = LANG_DIR / code
    meta_path = folder / "profile.toml"
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{meta_path}: not a valid TOML file ({exc})") from None
    if meta.get("code", code) != code:
        raise ConfigError(f"{meta_path}: code {meta.get('code')!r} does not match its folder {code!r}")
    decimal = str(meta.get("decimal", "."))
    thousands = str(meta.get("thousands", "," if decimal == "." else "."))
    if {decimal, thousands} != {".", ","}:
        raise ConfigError(f"{meta_path}: decimal and thousands must be '.' and ',' in either order")
    numbers: dict[str, tuple[float, str]] = {}
    for row in _rows(folder, "number_words.tsv", 3):
        try:
            value = float(row[1])
        except ValueError:
            raise ConfigError(f"{folder / 'number_words.tsv'}: {row[0]!r}: value {row[1]!r} is not a number") from None
        numbers[row[0] if row[2] == "suffix" else row[0].lower()] = (value, row[2])
    calendar: dict[str, tuple[str, ...]] = {}
    for row in _rows(folder, "calendar.tsv", 2):
        calendar[row[0]] = calendar.get(row[0], ()) + _split(row[1])
    neg: dict[str, tuple[str, ...]] = {"neg": (), "lexneg": (), "idiom": ()}
    renders: dict[str, tuple[str, ...]] = {}
    # "rendered" and "hardlex" rows: (words of this language, English lemmas)
    pairs: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {"rendered": [], "hardlex": []}
    only_if: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    for row in _rows(folder, "negators.tsv", 2):
        if row[0] == "renders" and len(row) > 2:
            renders[row[1].lower()] = renders.get(row[1].lower(), ()) + _split(row[2])
            continue
        if row[0] in pairs and len(row) > 2:
            pairs[row[0]].append((tuple(fold(w) for w in _split(row[1])), tuple(w.lower() for w in _split(row[2]))))
            continue
        if row[0] == "onlyif" and len(row) > 2:
            only_if = (only_if[0] + _split(row[1]), only_if[1] + _split(row[2]))
            continue
        if row[0] not in neg:
            raise ConfigError(f"{folder / 'negators.tsv'}: kind {row[0]!r} is not neg, lexneg, idiom, renders, rendered, hardlex or onlyif")
        neg[row[0]] += _split(row[1])
    verbs: dict[str, tuple[str, ...]] = {"verb": (), "source": ()}
    for row in _rows(folder, "speech_verbs.tsv", 2):
        if row[0] not in verbs:
            raise ConfigError(f"{folder / 'speech_verbs.tsv'}: role {row[0]!r} is not verb or source")
        verbs[row[0]] += _split(row[1])
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    english: dict[str, str] = {}
    related: list[tuple[str, str]] = []
    endings = tuple(sorted((str(e) for e in meta.get("adjective_endings", ())), key=len, reverse=True))
    for fname in ("countries.tsv", "exonyms.tsv"):
        for row in _rows(folder, fname, 3):
            key, typ = row[0], row[1]
            for f in _split(row[2]):
                names[f] = key
            for f in _declined(_split(row[2]), endings):
                names.setdefault(f, key)
            related += [(key, r.strip()) for r in (row[4].split(",") if len(row) > 4 else ()) if r.strip()]
            if len(row) > 3 and row[3].strip():  # a key of this profile's own: its English forms and type
                types[key] = typ
                for f in _split(row[3]):
                    english.setdefault(f, key)
    vocab = frozenset(fold(w) for w in _words(folder, "vocab.txt"))
    units: dict[str, tuple[str, float]] = {}
    for row in _rows(folder, "units.tsv", 3):
        try:
            units[row[0].lower()] = (row[1], float(row[2]))
        except ValueError:
            raise ConfigError(f"{folder / 'units.tsv'}: {row[0]!r}: factor {row[2]!r} is not a number") from None
    directions = tuple((r[0], r[1], r[2], r[3], r[4] if len(r) > 4 else "") for r in _rows(folder, "directions.tsv", 4))
    logger.info("profile %s: %d number words, %d calendar keys, %d names, %d common words from %s",
                code, len(numbers), len(calendar), len(names), len(vocab), folder)
    return LanguageProfile(
        code=code,
        name=str(meta.get("name", code)),
        decimal=decimal,
        thousands=thousands,
        number_words=MappingProxyType(numbers),
        articles=frozenset(str(a).lower() for a in meta.get("articles", ())),
        calendar=MappingProxyType(calendar),
        negators=frozenset(neg["neg"]),
        lexical_negatives=neg["lexneg"],
        idioms=neg["idiom"],
        renders=MappingProxyType(renders),
        rendered=tuple(pairs["rendered"]),
        hard_lexical=tuple(pairs["hardlex"]),
        only_if=only_if,
        speech_verbs=frozenset(verbs["verb"]),
        speech_sources=frozenset(verbs["source"]),
        titles=frozenset(_words(folder, "titles.txt")),
        stopwords=frozenset(_words(folder, "stopwords.txt")),
        names=MappingProxyType(names),
        name_types=MappingProxyType(types),
        english_names=MappingProxyType(english),
        name_related=tuple(related),
        suffixes=tuple(str(s) for s in meta.get("suffixes", ())),
        compounds=bool(meta.get("compounds", False)),
        units=MappingProxyType(units),
        vocab=vocab,
        capitalised_nouns=bool(meta.get("capitalised_nouns", False)),
        score_words=tuple(str(w).lower() for w in meta.get("score_words", ())),
        directions=directions,
        particles=frozenset(fold(str(w)) for w in meta.get("particles", ())),
        reported_speech=frozenset(fold(str(w)) for w in meta.get("reported_speech", ())),
        subject_openers=frozenset(fold(str(w)) for w in meta.get("subject_openers", ())),
        subordinators=frozenset(fold(str(w)) for w in meta.get("subordinators", ())),
        pronouns=frozenset(fold(str(w)) for w in meta.get("pronouns", ())),
        number_compounds=tuple(str(w).lower() for w in meta.get("number_compounds", ())),
        body_heads=MappingProxyType(_body_heads(dict(meta.get("body_heads", {})))),
        degrees=MappingProxyType({degree: MappingProxyType({str(k): tuple(fold(str(w)) for w in v)
                                                            for k, v in dict(meta[degree]).items()})
                                  for degree in ("comparative", "superlative") if degree in meta}),
        origin="folder",
    )


# --- the adapter over the shared files (id, en) ------------------------------------------------------------


@functools.cache
def _load_shared(code: str) -> LanguageProfile:
    from ._lexicon import base_lines, fold

    numbers = {(r[1] if r[3] == "suffix" else r[1].lower()): (float(r[2]), r[3])
               for r in base_lines("number_words.tsv") if r[0] == code}
    col = {"en": 1, "id": 2}[code]
    calendar = {r[0]: _split(r[col]) for r in base_lines("calendar.tsv") if len(r) > col}
    pol = [r for r in base_lines("polarity.tsv") if len(r) > 2 and r[1] == code]
    neg = [r for r in base_lines("negation.tsv") if len(r) > 2 and r[1] == code]
    verbs = [r for r in base_lines("speech_verbs.tsv") if r[0] == code]
    names: dict[str, str] = {}
    for r in base_lines("countries.tsv"):
        for f in _split(r[col]):
            names.setdefault(f, r[0])
    for r in base_lines("exonyms.tsv"):
        for f in _split(r[col + 1]):
            names[f] = r[0]
    try:
        vocab_text = (LANG_DIR.parent / f"vocab_{code}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        vocab_text = ""
    return LanguageProfile(
        code=code,
        name={"en": "English", "id": "Indonesian"}[code],
        decimal={"en": ".", "id": ","}[code],
        thousands={"en": ",", "id": "."}[code],
        number_words=MappingProxyType(numbers),
        articles=frozenset({"en": ("a", "an"), "id": ()}[code]),
        calendar=MappingProxyType(calendar),
        negators=frozenset(w for r in neg if r[0] == "hard" for w in _split(r[2])),
        lexical_negatives=tuple(w for r in pol if r[0] == "lexneg" for w in _split(r[2])),
        idioms=tuple(w for r in pol if r[0] == "idiom" for w in _split(r[2])),
        only_if=next(((_split(r[2]), _split(r[3])) for r in neg if r[0] == "onlyif" and len(r) > 3), ((), ())),
        speech_verbs=frozenset(w for r in verbs if r[1] == "verb" for w in _split(r[2])),
        speech_sources=frozenset(w for r in verbs if r[1] == "source" for w in _split(r[2])),
        titles=frozenset(w for r in base_lines("titles.tsv") if r[0] == code for w in _split(r[1])),
        stopwords=frozenset(w for r in base_lines("stopwords.tsv") if r[0] == code for w in _split(r[1])),
        names=MappingProxyType(names),
        vocab=frozenset(fold(w) for w in vocab_text.split("\n") if w and not w.startswith("#")),
        origin="shared",
    )


# --- the hook the shared lists go through ------------------------------------------------------------------


def merged_rows(name: str, base: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The rows of shared list ``name`` with every folder profile's rows added in that list's format.

    Row lists (``number_words.tsv``, ``speech_verbs.tsv``, ``stopwords.tsv``, ``titles.tsv``, ``polarity.tsv``,
    ``negation.tsv``)
    get rows tagged with the profile's code; ``calendar.tsv``, which keeps one column per language, gets one
    more column per profile (see :func:`calendar_column`). Other lists are returned unchanged.
    """
    langs = [c for c in folder_languages() if c not in _SHARED]
    if not langs:
        return base
    extra: list[tuple[str, ...]] = []
    if name == "calendar.tsv":
        width = _base_width(base)
        profiles = [get_profile(c) for c in langs]
        rows = [tuple(r) + ("",) * (width - len(r)) + tuple("|".join(p.calendar.get(r[0], ())) for p in profiles)
                for r in base]
        known = {r[0] for r in base}
        for key in sorted({k for p in profiles for k in p.calendar} - known):  # keys only a profile has
            rows.append((key,) + ("",) * (width - 1) + tuple("|".join(p.calendar.get(key, ())) for p in profiles))
        return tuple(rows)
    for code in langs:
        p = get_profile(code)
        if name == "number_words.tsv":
            extra += [(code, w, repr(v), cls) for w, (v, cls) in p.number_words.items()]
        elif name == "speech_verbs.tsv":
            extra += [(code, role, "|".join(sorted(ws))) for role, ws in (("verb", p.speech_verbs), ("source", p.speech_sources)) if ws]
        elif name == "stopwords.tsv" and p.stopwords:
            extra.append((code, "|".join(sorted(p.stopwords))))
        elif name == "titles.tsv" and p.titles:
            extra.append((code, "|".join(sorted(p.titles))))
        elif name == "negation.tsv":
            # the meaning detector's format: hard negators, lexicalised idioms, lexical negatives
            extra += [(kind, code, "|".join(ws)) for kind, ws in (("hard", tuple(sorted(p.negators))), ("idiom", p.idioms),
                                                                  ("lexneg", p.lexical_negatives)) if ws]
            # "renders" rows are English guards ("guard en fail verpasste|..."): the words render the negated lemma
            extra += [("guard", "en", lemma, "|".join(ws)) for lemma, ws in p.renders.items()]
            if p.only_if[0]:
                extra.append(("onlyif", code, "|".join(p.only_if[0]), "|".join(p.only_if[1])))
        elif name == "polarity.tsv":
            # the quote check's negators come from the "hard" rows of negation.tsv
            extra += [(kind, code, "|".join(ws)) for kind, ws in (("lexneg", p.lexical_negatives), ("idiom", p.idioms)) if ws]
    return base + tuple(extra)


def _base_width(base: tuple[tuple[str, ...], ...]) -> int:
    return max((len(r) for r in base), default=3)


def calendar_column(lang: str, base: tuple[tuple[str, ...], ...]) -> int | None:
    """The column of ``lang`` in the merged ``calendar.tsv`` rows (``None``: no calendar for ``lang``)."""
    if lang in ("en", "id"):
        return {"en": 1, "id": 2}[lang]
    langs = [c for c in folder_languages() if c not in _SHARED]
    return _base_width(base) + langs.index(lang) if lang in langs else None


def profile_names() -> list[tuple[str, str, str]]:
    """``(lang, form, key)`` of every folder profile's names, and the English forms of the keys they add."""
    out: list[tuple[str, str, str]] = []
    for code in folder_languages():
        if code in _SHARED:
            continue
        p = get_profile(code)
        out += [(code, f, k) for f, k in p.names.items()]
        out += [("en", f, k) for f, k in p.english_names.items()]
    return out


def _body_heads(table: dict[str, object]) -> dict[str, frozenset[str]]:
    """``[body_heads]`` of profile.toml (kind -> words) turned round: folded word -> its kinds."""
    from ._lexicon import fold

    out: dict[str, set[str]] = {}
    for kind, words in table.items():
        for w in words if isinstance(words, list) else ():
            out.setdefault(fold(str(w)), set()).add(str(kind))
    return {w: frozenset(k) for w, k in out.items()}


@functools.lru_cache(maxsize=65536)
def body_head_kinds(word: str, lang: str) -> frozenset[str]:
    """The kinds of body (``entities._HEADS``) a word of ``lang`` names by its head: the word itself or, in a
    compounding language, its last part after at least three letters (``Bundesnetzagentur`` -> AGENCY), with an
    inflection ending stripped (``Ministeriums``); empty for a language without ``body_heads``."""
    from ._lexicon import fold

    p = get_profile(lang)
    if not p.body_heads:
        return frozenset()
    w = fold(word)
    for cand in (w, *(w[: -len(s)] for s in p.suffixes if w.endswith(s) and len(w) - len(s) >= 3)):
        if cand in p.body_heads:
            return p.body_heads[cand]
        if p.compounds:
            for k in range(3, len(cand) - 2):
                # a head of three letters ends a compound only after five ("Sicherheitsrat"; "Vorrat", "Apparat")
                if cand[k:] in p.body_heads and (len(cand) - k > 3 or k >= 5):
                    return p.body_heads[cand[k:]]
    return frozenset()


def profile_name_related() -> list[tuple[str, str]]:
    """The pairs of related keys the folder profiles add (5th column of their name files)."""
    return [pair for code in folder_languages() if code not in _SHARED for pair in get_profile(code).name_related]


def profile_name_types() -> dict[str, str]:
    """Entity key -> type for the keys the folder profiles add."""
    return {k: t for code in folder_languages() if code not in _SHARED for k, t in get_profile(code).name_types.items()}


def stems(word: str, lang: str, common: frozenset[str]) -> list[str]:
    """Stems of folded ``word`` under a folder profile: inflection endings stripped and, for a compounding
    language, the heads of a compound that are common words (``bundesregierung`` -> ``regierung``)."""
    p = get_profile(lang)
    out = [word[: -len(s)] for s in p.suffixes if word.endswith(s) and len(word) - len(s) >= 3]
    if p.compounds and len(word) >= 8:
        for i in range(3, len(word) - 3):
            head = word[i:]
            if head in common or any(head.endswith(s) and head[: -len(s)] in common for s in p.suffixes if len(head) - len(s) >= 4):
                out.append(head)
                break
    return out


def copied_names(mentions: list[list[T]], lang: str, other_words: frozenset[str], texts: list[str]) -> list[list[T]]:
    """Per sentence, the entity mentions of a ``capitalised_nouns`` language that can be names: a known entity
    (``Russland``) or a mention one of whose words (folded; a genitive ``-s`` dropped) occurs in the other
    language's document (``Livingstons``), or one whose words no list knows and have no noun ending, written as a
    full name or after a title or speech verb (``Olaf Scholz``, ``Präsident Macron``, ``sagte Scholz``). ``Leser`` or ``Verbannung`` are nouns, translated, and never compared as names.
    Other languages' mentions are returned unchanged.

    :param mentions: per sentence, objects with ``key`` and ``tokens`` (:class:`~.entities.EntityMention`).
    :param other_words: folded words written with a capital in the other document.
    :param texts: the sentence of each list of mentions (for the words around a mention).
    """
    if lang not in folder_languages() or not get_profile(lang).capitalised_nouns:
        return mentions

    def copied(t: str) -> bool:
        return t in other_words or (t.endswith("s") and t[:-1] in other_words)

    from ._lexicon import fold

    prof = get_profile(lang)
    cues = {fold(w) for w in prof.titles | prof.speech_verbs}

    def in_name_context(m: T, text: str) -> bool:
        """After a title or speech verb ("Präsident Scholz", "sagte Scholz") or before a speech verb."""
        before = re.findall(r"[^\W\d_]+", text[max(0, getattr(m, "start", 0) - 40):getattr(m, "start", 0)])[-1:]
        after = re.findall(r"[^\W\d_]+", text[getattr(m, "end", 0):getattr(m, "end", 0) + 30])[:1]
        return any(fold(w) in cues for w in before) or any(fold(w) in prof.speech_verbs for w in after)

    out: list[list[T]] = []
    for ms, text in zip(mentions, texts):
        kept: list[T] = []
        for m in ms:
            if getattr(m, "key", None) is not None:
                kept.append(m)
                continue
            parts = [p for t in getattr(m, "tokens", ()) for p in t.split("-") if p]
            # the copied form of each word: "livingstons" is "livingston" when only that occurs on the other side
            tokens = tuple(p if p in other_words else p[:-1] for p in parts if copied(p))
            if not tokens:  # nothing copied: "Olaf Scholz", "Präsident Scholz", "sagte Scholz" are still names
                named = tuple(p for p in parts if _name_like(p, lang))
                tokens = named if len(named) >= 2 or (named and in_name_context(m, text)) else ()
            if not tokens and _full_name(getattr(m, "text", ""), lang) and not re.search(
                    r"\d\s*$", text[:getattr(m, "start", 0)]):  # (after a number: a unit, "27 Grad Celsius")
                tokens = tuple(parts)  # "Wayde Sims", "Jeff Flake": a weak noun ending does not make a name a noun
            if tokens:  # "Livingstons Treffer", "YouGov-Befragung": only the copied words are the name
                kept.append(replace(m, tokens=tokens) if tokens != getattr(m, "tokens", ()) else m)  # type: ignore[type-var]
        out.append(kept)
    return out


#: endings of German nouns (folded), which names rarely have: Verbannung, Optionen, Leser, Fähigkeiten
_NOUN_ENDING = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tat|taten|nis|nisse|ismus|"
                          r"ment|mente|ei|eien|ie|ien|ling|linge|chen|tum|ur|uren|enz|anz|ik|er|ern|en|e|s)$")


#: endings that only nouns have (folded): a word ending so is no name, whatever else it looks like
_STRONG_NOUN_ENDING = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|nisse|tum)$")


def _full_name(text: str, lang: str) -> bool:
    """Whether ``text``, a capitalised span of a ``capitalised_nouns`` language, reads as a full name: two to
    four separate words (no hyphenated compound), none of them a word or stem the language's vocabulary knows or
    an English word but a surname ("Grad Celsius"; "Maxine Waters"), none with an ending only nouns have. Nouns rarely stand capitalised side by side, each unknown ("Wayde
    Sims", "Jeff Flake", "Baton Rouge"), so a weak noun ending (-e, -s, -er) does not make such a pair nouns."""
    from ._lexicon import fold, is_common_word

    words = text.split()
    # the last word may be an English word after words of neither language: a surname that is one ("Maxine
    # Waters", "Kanye West"); a first word that is one makes the span an English phrase ("Grad Celsius")
    return (2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?", w) for w in words)
            and not any(is_common_word(w, lang) or _STRONG_NOUN_ENDING.search(fold(w)) for w in words)
            and not any(is_common_word(w, "en", stems=False) for w in words[:-1]))


def _name_like(word: str, lang: str) -> bool:
    """Whether folded ``word`` of a ``capitalised_nouns`` language looks like a name rather than a noun: no common
    word or stem of it is known, it has no noun ending and does not end in the head word of a body
    (``body_heads``: "Heimatschutzministerium", "Bundesnetzagentur" are nouns, translated)."""
    from ._lexicon import is_common_word

    return (len(word) >= 3 and not _NOUN_ENDING.search(word) and not is_common_word(word, lang)
            and not body_head_kinds(word, lang))


class UnitTable(dict):
    """The unit table of :mod:`.numbers` with every folder profile's units merged in on first lookup (so
    nothing is read at import time); the shared entries win over a profile's."""

    _merged = False

    def _merge(self) -> None:
        if not self._merged:
            self._merged = True
            for code in folder_languages():
                for unit, entry in get_profile(code).units.items():
                    self.setdefault(unit, entry)

    def __contains__(self, key: object) -> bool:
        self._merge()
        return super().__contains__(key)

    def __getitem__(self, key: str) -> tuple[str, float]:
        self._merge()
        return super().__getitem__(key)

    def get(self, key: str, default: object = None) -> object:
        self._merge()
        return super().get(key, default)
