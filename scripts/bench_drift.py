"""Seeded-drift benchmark on NTREX-128 id-en: precision and recall of ``wiredrift check`` per drift kind.

Usage::

    python scripts/bench_drift.py [--shared ../shared] [--seed 13] [--docs N] [--kinds entity,number]
                                  [--sides en,id] [--dump clean.jsonl] [--misses misses.jsonl] [--json figures.json]

Data: ``SHARED/data/ntrex128/ntrex128_id_en.tsv``, or the bundled 10-document sample
``corpora/ntrex128-sample/`` when SHARED is absent (NTREX-128, CC BY-SA 4.0: English WMT19 news, human
Indonesian translations; columns ``line, doc_id, seg_in_doc, id, en``; fields are CSV-quoted: a field
written with tripled quote marks holds one quote mark; ``scripts/ntrex.py`` reads it with :mod:`csv`). Each of the 123 documents is rebuilt as a report on both
sides, one paragraph per segment (the first segment is the headline), and read with
:func:`wiredrift.align.reader.parse_document`. Every check runs ``src = id``, ``tgt = en``, offline
(embeddings only, no MT), through :func:`wiredrift.eval.pipeline.check_documents`.

**Perturbations.** For each document, each kind and each side (``en`` = the English target,
``id`` = the Indonesian source) the script makes at most one perturbed copy, with a random generator
seeded by ``(seed, doc_id, kind, side)``, so the set of perturbations does not depend on the detector
and is the same on every run:

=============  ===============================================================================  ==================
kind           what changes (on the perturbed side only)                                        findings that count
=============  ===============================================================================  ==================
entity         a capitalised name found verbatim in both sides of the segment is replaced by   entity, attribution
               a name of the same type and shape (person, place, acronym; one or several
               words) from another document that occurs nowhere in this document and is not
               a spelling variant of the old one
number         a number (digits or a number word) whose value also occurs in the other side   number, date
               of the segment gets a new value that occurs in neither side ("three" -> "four",
               "1.5" -> "15", "250" -> "251")
date           a weekday or month name whose translation occurs in the other side of the      date, number
               segment becomes another weekday or month, or the day of a month written on
               both sides changes ("22 February" -> "23 February")
quote          a word inside a quotation (the other side of the segment also quotes) changes   quote
               the meaning: negation inserted or removed, an antonym, or a stronger word
attribution    the named speaker of a quote (next to a speech verb; the name also occurs in    attribution, quote
               the other side) becomes another person named elsewhere in the document
drop           a one-sentence segment (one sentence on both sides) is removed                  omission (en), addition (id)
add            a one-sentence segment of another document is inserted                          addition (en), omission (id)
=============  ===============================================================================  ==================

Changes that cannot be seen in principle are never made: the value, name or word always differs from
the old one and from everything on the other side of the segment, and a candidate must have a
counterpart on the other side (so the gold is clear). The sentence indices of every perturbation are
taken after re-splitting the perturbed document: the sentence holding the changed span on the perturbed
side, and all sentences of the segment on the other side.

**Scoring.** A perturbation is *found* when the check of its copy has a finding of a kind that counts
(table above) whose indices on the perturbed side overlap the perturbed sentence (for ``drop``: whose
indices on the other side overlap the dropped segment's counterpart). Findings that the clean document
already had (same kind, spans, expected and found values; same texts when a finding has no spans) are
ignored in perturbed copies: they are measured separately as false alarms. *Precision* of a finding kind
is the share of its new findings in perturbed copies that find the copy's perturbation; a new finding of a
related kind at the perturbed place (an ``entity`` finding on a swapped speaker, an ``attribution``
finding on a changed quote, a number or name "without counterpart" where a sentence was dropped or added)
is left out of precision rather than counted as false.
Replacement names are typed (person, place, acronym) from NTREX's own contexts (after a title or next to
a speech verb: person; after in/at/from and di/ke/dari on both sides: place), so a swap keeps the type
where the context tells it; the heuristic is rough (a "North Korea said" makes Korea a person). *False alarms*
are all findings on the unperturbed documents, per 100 segment pairs (NTREX's human alignment units);
NTREX holds real human drift, so some of them are true drift: read them with ``--dump``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# SAMPLE: ten NTREX documents bundled with the project (CC BY-SA 4.0), used when the shared folder is absent.
from ntrex import ROOT, SAMPLE, TSV, add_shared_argument, document_lines  # noqa: E402

KINDS = ("entity", "number", "date", "quote", "attribution", "drop", "add")
SIDES = ("en", "id")

#: Finding kinds that count as catching a perturbation, by perturbation kind (and side for drop/add).
ACCEPT: dict[tuple[str, str], frozenset[str]] = {
    **{("quote", s): frozenset({"quote"}) for s in SIDES},
    **{("date", s): frozenset({"date", "number"}) for s in SIDES},  # a changed day of the month is a number too
    **{("entity", s): frozenset({"entity", "attribution"}) for s in SIDES},  # a swapped speaker name
    **{("number", s): frozenset({"number", "date"}) for s in SIDES},
    **{("attribution", s): frozenset({"attribution", "quote"}) for s in SIDES},
    ("drop", "en"): frozenset({"omission"}),
    ("drop", "id"): frozenset({"addition"}),
    ("add", "en"): frozenset({"addition"}),
    ("add", "id"): frozenset({"omission"}),
}

#: Finding kinds that are *about* a perturbation although they do not count for its recall: a swapped
#: speaker is also a changed name; a changed quote may be read as a changed speaker; where a sentence
#: was dropped or added, its numbers, names and quotes have no counterpart once the aligner folds it into
#: a neighbour's bead. For precision such a finding is neither right nor wrong (it is left out); every
#: other new finding is a false alarm.
_CONTENT = frozenset({"entity", "number", "date", "quote", "attribution"})
RELATED: dict[str, frozenset[str]] = {
    "attribution": frozenset({"entity"}),
    "quote": frozenset({"attribution"}),
    "drop": _CONTENT,
    "add": _CONTENT,
}

#: The finding kind a perturbation is reported under in the P/R table.
ROW: dict[tuple[str, str], str] = {
    **{(k, s): k for k in ("entity", "number", "date", "quote", "attribution") for s in SIDES},
    ("drop", "en"): "omission",
    ("add", "id"): "omission",
    ("drop", "id"): "addition",
    ("add", "en"): "addition",
}
TABLE_ROWS = ("entity", "number", "date", "quote", "attribution", "omission", "addition")

# ---------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    """One NTREX document: parallel segments, ``lines[side][k]`` is segment ``k`` (``side`` in id/en)."""

    doc_id: str
    lines: dict[str, list[str]]

    def __len__(self) -> int:
        return len(self.lines["en"])


def load_ntrex(path: Path) -> list[Doc]:
    """The documents of the NTREX id-en TSV, in file order (read by scripts/ntrex.py)."""
    return [Doc(doc_id, lines) for doc_id, lines in document_lines(path).items()]


def _text(lines: Sequence[str]) -> str:
    return "\n\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------
# Word lists used to plant drift (the benchmark's own, independent of the detector's lists)
# ---------------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
}
#: Names that are also ordinary words ("may", "march"; "minggu" = week): never planted as a replacement.
AMBIGUOUS_CALENDAR = {"May", "March", "Minggu"}

NUMBER_WORDS = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50},
    "id": {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10, "sebelas": 11},
}
#: Number words read on the counterpart side only (never changed: "one"/"satu" are also pronouns/articles).
COUNTERPART_WORDS = {
    "en": {"one": 1, "hundred": 100, "thousand": 1000, "dozen": 12},
    "id": {"satu": 1, "seratus": 100, "seribu": 1000, "lusin": 12, "belas": None},
}

SPEECH_VERBS = {
    "en": r"said|says|told|added|asked|explained|wrote|stated|noted|warned|insisted|according to",
    "id": r"kata|ujar|ucap|tutur|ungkap|jelas|tambah|tegas|menurut|mengatakan|menambahkan|menjelaskan"
          r"|menyatakan|mengungkapkan|menuturkan|menegaskan|berkata",
}
PRONOUNS = {"He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "Dia", "Ia", "Mereka", "Kami",
            "Kita", "Saya", "Beliau", "Ini", "Itu", "But", "And", "Tetapi", "Namun", "Dan"}
TITLES = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "President", "Prime", "Minister", "Senator", "Rev",
          "Pak", "Bu", "Presiden", "Menteri", "Perdana", "Pendeta", "Tuan", "Nyonya", "Nona"}

# Quote-meaning edits: (regex on a word inside a quote, replacement, label); \1 keeps the matched auxiliary.
_EN_AUX = r"is|are|was|were|will|can|could|should|would|must|do|does|did|has|have|had"
QUOTE_EDITS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        (rf"\b({_EN_AUX}) not\b", r"\1", "negation removed"),
        (r"\b(is|are|was|were|do|does|did|has|have|had|could|should|would)n't\b", r"\1", "negation removed"),
        (r"\bcan't\b", "can", "negation removed"),
        (r"\bcannot\b", "can", "negation removed"),
        (r"\bwon't\b", "will", "negation removed"),
        (r"\bnever\b", "always", "negation removed"),
        (r"\b(is|are|was|were|will|could|should|would|must)\b(?! not\b)(?!n't)", r"\1 not", "negation inserted"),
        (r"\bcan\b(?! not\b)(?!['’])", "cannot", "negation inserted"),
    ],
    "id": [
        (r"\btidak (?=\w)", "", "negation removed"),
        (r"\btak (?=\w)", "", "negation removed"),
        (r"\bbukan (?=\w)", "", "negation removed"),
        (r"\bbelum\b", "sudah", "negation removed"),
        (r"(?<!tidak )(?<!tak )(?<!bukan )(?<!belum )(?<!jangan )\b(akan|bisa|dapat|harus|mau|ingin|perlu|boleh)\b",
         r"tidak \1",
         "negation inserted"),
        (r"(?<!tidak )(?<!tak )(?<!belum )\b(sudah|telah)\b", "belum", "negation inserted"),
        (r"\badalah\b", "bukan", "negation inserted"),
    ],
}
ANTONYMS = {
    "en": [("good", "bad"), ("better", "worse"), ("best", "worst"), ("more", "less"), ("increase", "decrease"),
           ("increased", "decreased"), ("rise", "fall"), ("high", "low"), ("higher", "lower"), ("big", "small"),
           ("large", "small"), ("strong", "weak"), ("always", "never"), ("win", "lose"), ("won", "lost"),
           ("right", "wrong"), ("true", "false"), ("easy", "difficult"), ("happy", "sad"), ("safe", "dangerous"),
           ("success", "failure"), ("support", "oppose"), ("agree", "disagree"), ("love", "hate"),
           ("possible", "impossible"), ("everyone", "no one"), ("before", "after"), ("open", "closed"),
           ("great", "terrible"), ("important", "unimportant"), ("guilty", "innocent"), ("accept", "reject")],
    "id": [("baik", "buruk"), ("lebih", "kurang"), ("naik", "turun"), ("tinggi", "rendah"), ("besar", "kecil"),
           ("kuat", "lemah"), ("selalu", "tidak pernah"), ("menang", "kalah"), ("benar", "salah"),
           ("mudah", "sulit"), ("senang", "sedih"), ("aman", "berbahaya"), ("mendukung", "menentang"),
           ("suka", "benci"), ("sebelum", "sesudah"), ("bagus", "jelek"), ("meningkat", "menurun"),
           ("setuju", "menolak"), ("penting", "tidak penting"), ("bersalah", "tidak bersalah"),
           ("menerima", "menolak"), ("mungkin", "mustahil"), ("hebat", "buruk")],
}
STRONGER = {
    "en": [("may", "will"), ("might", "will"), ("could", "will"), ("think", "know"), ("hope", "demand"),
           ("believe", "know"), ("some", "all"), ("probably", "certainly"), ("perhaps", "certainly"),
           ("asked", "ordered"), ("criticised", "condemned"), ("criticized", "condemned"),
           ("concerned", "furious"), ("worried", "terrified"), ("likely", "certain"), ("suggest", "insist")],
    "id": [("barangkali", "pasti"), ("berharap", "menuntut"), ("percaya", "tahu"), ("beberapa", "semua"),
           ("meminta", "memerintahkan"), ("mengkritik", "mengecam"), ("khawatir", "murka"),
           ("kemungkinan", "kepastian"), ("sedikit", "banyak"), ("agak", "sangat")],
}

# a capitalised word: O'Brien and Al-Assad are one word, Trump's is "Trump" (the possessive is not part of it)
_CAP_TOKEN = r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)*(?:['’][A-Z][A-Za-z]+)?"
_CAP_SEQ = re.compile(rf"{_CAP_TOKEN}(?: {_CAP_TOKEN})*")
_DIGITS = re.compile(r"(?<![\w.,/:-])\d+(?:[.,]\d+)*(?![\w/:]|[.,]\d)")
_DQUOTE = re.compile(r"[\"“”]")


def _word_re(phrase: str, flags: int = 0) -> re.Pattern[str]:
    """``phrase`` as whole words (a possessive 's may follow; a hyphenated compound may not)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w-]|['’][a-rt-z])", flags)


def _count(phrase: str, text: str, flags: int = 0) -> int:
    return len(_word_re(phrase, flags).findall(text))


# ---------------------------------------------------------------------------------------------------
# Numbers (the benchmark's own reading, used only to keep planted changes visible)
# ---------------------------------------------------------------------------------------------------


def _digit_values(token: str) -> set[float]:
    """Both readings of a digit token: ``1,500`` may be 1500 (en) or 1.5 (id); ``1.000`` likewise."""
    out: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ",")):
        t = token
        parts = t.split(thousands)
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and parts[0]:
            t = "".join(parts)
        t = t.replace(decimal, ".")
        try:
            out.add(float(t))
        except ValueError:
            pass
    return out


def _values(text: str, lang: str) -> set[float]:
    """Every number value written in ``text`` (digits in either convention, number words)."""
    vals: set[float] = set()
    for m in _DIGITS.finditer(text):
        vals |= _digit_values(m.group())
    low = text.lower()
    for table in (NUMBER_WORDS, COUNTERPART_WORDS):
        for word, value in table[lang].items():
            if value is not None and _count(word, low):
                vals.add(float(value))
    if lang == "id":  # "dua belas" = 12, "tiga puluh" = 30 ...
        for word, value in NUMBER_WORDS["id"].items():
            if value < 10:
                if _count(f"{word} belas", low):
                    vals.add(float(value + 10))
                if _count(f"{word} puluh", low):
                    vals.add(float(value * 10))
    return vals


def _new_digit_token(token: str, rng: random.Random) -> list[str]:
    """Candidate rewrites of a digit token, each a different value."""
    out = []
    # bump the last digit: 250 -> 251, 1.5 -> 1.6, 2019 -> 2018
    last = token[-1]
    d = int(last)
    out.append(token[:-1] + str(d + 1 if d < 9 else d - 1))
    # drop a decimal separator: 1.5 -> 15 (only when it is a decimal point, not a thousands group)
    for sep in ".,":
        parts = token.split(sep)
        if len(parts) == 2 and len(parts[1]) in (1, 2):
            out.append(parts[0] + parts[1])
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------------------------------
# Perturbations
# ---------------------------------------------------------------------------------------------------


@dataclass
class Perturbation:
    """One planted change: the perturbed copy's segments, what changed and (after splitting) where."""

    doc_id: str
    kind: str
    side: str
    segment: int  # 0-based segment (paragraph) index in the perturbed copy
    before: str  # the old span ("" for add)
    after: str  # the new span ("" for drop)
    note: str
    lines: dict[str, list[str]] = field(repr=False)
    src: list[int] = field(default_factory=list)  # Indonesian sentence indices (perturbed copy)
    tgt: list[int] = field(default_factory=list)  # English sentence indices (perturbed copy)

    def record(self) -> dict[str, Any]:
        d = asdict(self)
        del d["lines"]
        return d


def _replace_once(text: str, old: str, new: str, flags: int = 0) -> str:
    return _word_re(old, flags).sub(lambda m: new, text, count=1)


def _entities(line: str) -> list[str]:
    """Capitalised spans of ``line`` and their contiguous sub-spans (longest first)."""
    spans: list[str] = []
    for m in _CAP_SEQ.finditer(line):
        toks = m.group().split(" ")
        for n in range(len(toks), 0, -1):
            for i in range(len(toks) - n + 1):
                spans.append(" ".join(toks[i:i + n]))
    return spans


def _shape(name: str) -> str:
    """The surface shape of a name: acronym, one word or several words."""
    if re.fullmatch(r"[A-Z0-9]{2,}(?:-[A-Z0-9]+)*", name):
        return "acronym"
    return "multi" if " " in name else "single"


def _strip_titles(name: str) -> str:
    """The name after the last title or pronoun: "Massachusetts Senator Elizabeth Warren" -> "Elizabeth Warren"."""
    toks = name.split(" ")
    cut = max((i + 1 for i, t in enumerate(toks) if t in TITLES or t in PRONOUNS), default=0)
    return " ".join(toks[cut:])


_PLACE_BEFORE = {"en": r"\b(?:in|at|from|to|near|across|outside)", "id": r"\b(?:di|ke|dari)"}


def entity_types(docs: Sequence[Doc]) -> dict[str, str]:
    """``name -> person|place`` from the contexts NTREX itself writes a name in.

    A person is named after a title or next to a speech verb; a place follows a locative preposition
    on both sides of one segment ("in Barcelona" / "di Barcelona"). Names that neither tells stay
    untyped (``name``). Only NTREX is read, so the perturbations do not move when wiredrift's own word
    lists change.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    title = "|".join(sorted(TITLES))
    name_re = rf"({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,2}})(?!['’]s)"
    for doc in docs:
        for k in range(len(doc)):
            places: dict[str, set[str]] = {}
            for side in SIDES:
                line = doc.lines[side][k]
                found = list(_speakers(line, side))
                found += [_strip_titles(m.group(1)) for m in
                          re.finditer(rf"\b(?:{title})\.? ({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}})", line)]
                for sp in found:
                    if sp:
                        votes[sp]["person"] += 1
                        if " " in sp:  # the surname alone names the same person
                            votes[sp.split(" ")[-1]]["person"] += 1
                places[side] = {m.group(1) for m in re.finditer(rf"{_PLACE_BEFORE[side]} {name_re}", line)}
            for name in places["en"] & places["id"]:
                votes[name]["place"] += 1
    return {name: max(sorted(v), key=lambda t: v[t]) for name, v in votes.items()}


def _type(name: str, types: dict[str, str]) -> str:
    shape = _shape(name)
    return f"{shape}/{'org' if shape == 'acronym' else types.get(name, 'name')}"


def _usable_entity(name: str) -> bool:
    toks = name.split(" ")
    return (len(name) >= 3 and toks[0] not in PRONOUNS and toks[0] not in TITLES and toks[-1] not in TITLES
            and name not in WEEKDAYS["en"] + WEEKDAYS["id"] + MONTHS["en"] + MONTHS["id"])


def bilingual_entities(doc: Doc, k: int, side: str) -> list[str]:
    """Names in segment ``k`` on ``side`` that occur exactly once there and also in the other side."""
    other = "id" if side == "en" else "en"
    line, oline = doc.lines[side][k], doc.lines[other][k]
    out: list[str] = []
    for name in _entities(line):
        if name in out or not _usable_entity(name):
            continue
        if _count(name, line) == 1 and _count(name, oline) >= 1:
            if not any(name in longer for longer in out):  # the longest shared span wins
                out.append(name)
    return out


def entity_pool(docs: Sequence[Doc], types: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """``shape/type -> [(name, doc_id)]`` of every bilingual name in the corpus (for swaps)."""
    pool: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    for doc in docs:
        for k in range(len(doc)):
            for name in bilingual_entities(doc, k, "en"):
                if name not in seen:
                    seen.add(name)
                    pool[_type(name, types)].append((name, doc.doc_id))
    return pool


def _distinct_names(a: str, b: str) -> bool:
    """Two names share no word and are not spelling variants (Davis/Davies, Lugansk/Luhansk)."""
    words = lambda n: set(re.split(r"[ -]", n.lower()))  # noqa: E731
    if words(a) & words(b):
        return False
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() < 0.7


def _doc_mentions(doc: Doc, phrase: str) -> bool:
    return any(_count(phrase, line, re.IGNORECASE) for side in SIDES for line in doc.lines[side])


def plant_entity(doc: Doc, side: str, rng: random.Random, pool: dict[str, list[tuple[str, str]]],
                 types: dict[str, str]) -> Perturbation | None:
    cands = [(k, name) for k in range(len(doc)) for name in bilingual_entities(doc, k, side)]
    rng.shuffle(cands)
    # names whose type is known (person, place, acronym) first, so a swap keeps the type for certain
    cands.sort(key=lambda c: _type(c[1], types).endswith("/name"))
    for k, name in cands:
        options = [n for n, d in pool.get(_type(name, types), []) if d != doc.doc_id and not _doc_mentions(doc, n)
                   and _distinct_names(n, name)]
        if not options:
            continue
        new = rng.choice(sorted(options))
        lines = {s: list(v) for s, v in doc.lines.items()}
        lines[side][k] = _replace_once(lines[side][k], name, new)
        return Perturbation(doc.doc_id, "entity", side, k, name, new,
                            f"{_type(name, types)} {name} -> {new}", lines)
    return None


def plant_number(doc: Doc, side: str, rng: random.Random) -> Perturbation | None:
    other = "id" if side == "en" else "en"
    cands: list[tuple[int, str, str]] = []  # (segment, token, "digit"|"word")
    for k in range(len(doc)):
        line = doc.lines[side][k]
        ovals = _values(doc.lines[other][k], other)
        for m in _DIGITS.finditer(line):
            tok = m.group()
            if _digit_values(tok) & ovals and _count(tok, line) == 1:
                cands.append((k, tok, "digit"))
        low = line.lower()
        for word, value in NUMBER_WORDS[side].items():
            if float(value) in ovals and _count(word, low) == 1:
                cands.append((k, word, "word"))
    rng.shuffle(cands)
    for k, tok, how in cands:
        line, oline = doc.lines[side][k], doc.lines[other][k]
        taken = _values(line, side) | _values(oline, other)
        if how == "digit":
            options = [t for t in _new_digit_token(tok, rng) if not _digit_values(t) & taken]
        else:
            words = NUMBER_WORDS[side]
            old = words[tok]
            options = sorted((w for w, v in words.items() if v != old and float(v) not in taken
                              and abs(v - old) <= 3), key=lambda w: (abs(words[w] - old), w))[:2]
            rng.shuffle(options)
        if not options:
            continue
        new = options[0]
        lines = {s: list(v) for s, v in doc.lines.items()}
        if how == "word":
            pat = _word_re(tok, re.IGNORECASE)
            m = pat.search(line)
            assert m is not None
            found = m.group()
            new = new.capitalize() if found[0].isupper() else new
            lines[side][k] = line[:m.start()] + new + line[m.end():]
            tok = found
        else:
            lines[side][k] = _replace_once(line, tok, new)
        return Perturbation(doc.doc_id, "number", side, k, tok, new, f"{tok} -> {new}", lines)
    return None


def _day_month(line: str, lang: str, month: str) -> list[re.Match[str]]:
    """``22 February``, ``February 22`` (en) or ``22 Februari`` (id): the day is group ``day``."""
    pats = [rf"(?<![\w.,])(?P<day>[1-9]|[12]\d|3[01]) {month}\b"]
    if lang == "en":
        pats.append(rf"\b{month}\.? (?P<day>[1-9]|[12]\d|3[01])(?![\w.,]\d|\d)(?!,\d)")
    return [m for p in pats for m in re.finditer(p, line)]


def plant_date(doc: Doc, side: str, rng: random.Random) -> Perturbation | None:
    """A weekday, a month, or the day of a month ("22 Februari" -> "23 Februari") changes."""
    other = "id" if side == "en" else "en"
    cands: list[tuple[int, str, int, str]] = []
    for k in range(len(doc)):
        line, oline = doc.lines[side][k], doc.lines[other][k]
        for table_name, table in (("weekday", WEEKDAYS), ("month", MONTHS)):
            for i, name in enumerate(table[side]):
                if _count(name, line) == 1 and _count(table[other][i], oline) >= 1:
                    cands.append((k, table_name, i, name))
                    if table_name == "month":
                        days = _day_month(line, side, name)
                        odays = {m.group("day") for m in _day_month(oline, other, table[other][i])}
                        if len(days) == 1 and days[0].group("day") in odays:
                            cands.append((k, "day", i, name))
    rng.shuffle(cands)
    for k, table_name, i, name in cands:
        line, oline = doc.lines[side][k], doc.lines[other][k]
        lines = {s: list(v) for s, v in doc.lines.items()}
        if table_name == "day":
            m = _day_month(line, side, name)[0]
            day = int(m.group("day"))
            taken = {int(t) for t in re.findall(r"\d+", line + " " + oline)}
            options = [d for d in (day + 1, day - 1, day + 2, day - 2) if 1 <= d <= 28 and d not in taken]
            if not options:
                continue
            new_day = str(rng.choice(options))
            a, b = m.span("day")
            lines[side][k] = line[:a] + new_day + line[b:]
            return Perturbation(doc.doc_id, "date", side, k, m.group(), m.group().replace(m.group("day"), new_day),
                                f"day {m.group('day')} -> {new_day} of {name}", lines)
        table = WEEKDAYS if table_name == "weekday" else MONTHS
        options = [j for j in range(len(table[side])) if j != i
                   and table[side][j] not in AMBIGUOUS_CALENDAR and table[other][j] not in AMBIGUOUS_CALENDAR
                   and not _count(table[side][j], line) and not _count(table[other][j], oline)]
        if not options:
            continue
        new = table[side][rng.choice(options)]
        lines[side][k] = _replace_once(line, name, new)
        return Perturbation(doc.doc_id, "date", side, k, name, new, f"{table_name} {name} -> {new}", lines)
    return None


def quote_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of quoted text in ``line`` (double quotes, straight or curly).

    A segment may open a quote that a later segment closes (or close one an earlier segment opened): an
    unpaired mark quotes from itself to the end (an opening mark) or from the start (a closing mark).
    """
    marks = [m.start() for m in _DQUOTE.finditer(line)]
    spans: list[tuple[int, int]] = []
    if not marks:
        return spans
    first_closes = line[marks[0]] == "”" or (line[marks[0]] == '"' and marks[0] > 0
                                              and line[marks[0] - 1] not in " ([—–-")
    i = 0
    if first_closes and (len(marks) % 2 == 1 or line[marks[0]] == "”"):
        spans.append((0, marks[0]))
        i = 1
    while i + 1 < len(marks):
        spans.append((marks[i] + 1, marks[i + 1]))
        i += 2
    if i < len(marks):
        spans.append((marks[i] + 1, len(line)))
    return [(a, b) for a, b in spans if b - a >= 3]


def _quote_edits(side: str) -> list[tuple[re.Pattern[str], str, str]]:
    edits = [(re.compile(p), r, label) for p, r, label in QUOTE_EDITS[side]]
    for a, b in ANTONYMS[side]:
        edits.append((_word_re(a), b, f"antonym {a} -> {b}"))
        edits.append((_word_re(b), a, f"antonym {b} -> {a}"))
    for a, b in STRONGER[side]:
        edits.append((_word_re(a), b, f"stronger {a} -> {b}"))
    return edits


def plant_quote(doc: Doc, side: str, rng: random.Random) -> Perturbation | None:
    other = "id" if side == "en" else "en"
    cands: list[tuple[int, int, int, str, str]] = []  # (segment, start, end, replacement, label)
    edits = _quote_edits(side)
    for k in range(len(doc)):
        line = doc.lines[side][k]
        if not _DQUOTE.search(doc.lines[other][k]) and not re.search("[‘’]", doc.lines[other][k]):
            continue
        for a, b in quote_spans(line):
            inner = line[a:b]
            for pat, repl, label in edits:
                for m in pat.finditer(inner):
                    new = m.expand(repl) if "\\" in repl else repl
                    if m.group()[:1].isupper() and new:
                        new = new[0].upper() + new[1:]
                    cands.append((k, a + m.start(), a + m.end(), new, label))
    if not cands:
        return None
    # draw the edit family first (negation, antonym, stronger word), so rare families are not swamped
    families = sorted({c[4].split(" ")[0] for c in cands})
    family = rng.choice(families)
    k, s, e, new, label = rng.choice([c for c in cands if c[4].split(" ")[0] == family])
    line = doc.lines[side][k]
    old = line[s:e]
    lines = {sd: list(v) for sd, v in doc.lines.items()}
    lines[side][k] = re.sub(r"  +", " ", line[:s] + new + line[e:])
    return Perturbation(doc.doc_id, "quote", side, k, old, new, f"{label}: {old!r} -> {new!r}", lines)


def _speakers(line: str, side: str) -> list[str]:
    """Names next to a speech verb in ``line`` ("said Smith", "Smith said", "kata Widodo")."""
    verbs = SPEECH_VERBS[side]
    name = rf"{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}}"
    out = []
    for m in re.finditer(rf"\b(?:{verbs})\s+({name})", line):
        out.append(m.group(1))
    for m in re.finditer(rf"({name})\s+(?:{verbs})\b", line):
        out.append(m.group(1))
    clean = []
    for n in out:
        n = _strip_titles(n)
        if len(n) >= 3:
            clean.append(n)
    return clean


def plant_attribution(doc: Doc, side: str, rng: random.Random, types: dict[str, str]) -> Perturbation | None:
    other = "id" if side == "en" else "en"
    # people of this document: named speakers anywhere in it, and names after a title (Mr, President ...),
    # each also written on the other side of its segment
    people: set[str] = set()
    title = "|".join(sorted(TITLES))
    for k in range(len(doc)):
        line, oline = doc.lines[side][k], doc.lines[other][k]
        people.update(n for n in _speakers(line, side) if _count(n, oline))
        for m in re.finditer(rf"\b(?:{title})\.? ({_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}})", line):
            name = _strip_titles(m.group(1))
            if name and _count(name, oline) and _usable_entity(name):
                people.add(name)
    cands: list[tuple[int, str]] = []
    for k in range(len(doc)):
        line, oline = doc.lines[side][k], doc.lines[other][k]
        if not _DQUOTE.search(line):
            continue
        for sp in _speakers(line, side):
            if _count(sp, line) == 1 and _count(sp, oline) >= 1:
                cands.append((k, sp))
    rng.shuffle(cands)
    for k, sp in cands:
        line, oline = doc.lines[side][k], doc.lines[other][k]
        options = []
        for person in sorted(people):
            if not _type(person, types).endswith("/person"):  # not a newspaper or an agency
                continue
            new = person.split(" ")[-1] if " " not in sp else person
            if not _distinct_names(new, sp) or _count(new, line) or _count(new, oline):
                continue
            if new in options or not _usable_entity(new):
                continue
            options.append(new)
        if not options:
            continue
        new = rng.choice(options)
        lines = {s: list(v) for s, v in doc.lines.items()}
        lines[side][k] = _replace_once(line, sp, new)
        return Perturbation(doc.doc_id, "attribution", side, k, sp, new, f"speaker {sp} -> {new}", lines)
    return None


def plant_drop(doc: Doc, side: str, rng: random.Random, counts: dict[str, list[int]]) -> Perturbation | None:
    cands = [k for k in range(1, len(doc)) if counts["id"][k] == 1 and counts["en"][k] == 1
             and len(doc.lines["en"][k].split()) >= 5 and len(doc.lines["id"][k].split()) >= 5]
    if not cands:
        return None
    k = rng.choice(cands)
    lines = {s: list(v) for s, v in doc.lines.items()}
    old = lines[side].pop(k)
    return Perturbation(doc.doc_id, "drop", side, k, old, "", f"segment {k} dropped", lines)


def plant_add(doc: Doc, side: str, rng: random.Random, donors: Sequence[tuple[str, str, str]]) -> Perturbation | None:
    """``donors``: ``(doc_id, lang, line)`` one-sentence segments of the corpus."""
    options = [line for d, lang, line in donors if d != doc.doc_id and lang == side]
    if not options or len(doc) < 2:
        return None
    new = rng.choice(options)
    k = rng.randrange(1, len(doc) + 1)  # never before the headline
    lines = {s: list(v) for s, v in doc.lines.items()}
    lines[side].insert(k, new)
    return Perturbation(doc.doc_id, "add", side, k, "", new, f"segment inserted at {k}", lines)


# ---------------------------------------------------------------------------------------------------
# Checking and scoring
# ---------------------------------------------------------------------------------------------------


def _parse(lines: Sequence[str], lang: str) -> Any:
    from wiredrift.align.reader import parse_document

    return parse_document(_text(lines), lang)


def _paragraph_ids(doc: Any, k: int) -> list[int]:
    return [s.i for s in doc.sentences if s.paragraph == k]


def _locate(doc: Any, k: int, line: str, start: int, end: int) -> list[int]:
    """Sentences of paragraph ``k`` that hold ``line[start:end]`` (the changed span), found by context."""
    ids = _paragraph_ids(doc, k)
    if not ids:
        return []
    norm = lambda t: " ".join(t.split())  # noqa: E731
    for width in (40, 20, 8, 0):
        a = line.rfind(" ", 0, max(0, start - width)) + 1 if width else start
        b = line.find(" ", min(len(line), end + width)) if width else end
        b = len(line) if b < 0 else b
        snippet = norm(line[a:b])
        if not snippet:
            break
        hits = [i for i in ids if snippet in norm(doc.sentences[i].text)]
        if len(hits) == 1:
            return hits
    return ids


def locate(p: Perturbation, src: Any, tgt: Any, old_line: str) -> None:
    """Fill ``p.src``/``p.tgt``: the perturbed sentence(s) and the other side's counterpart sentences."""
    docs = {"id": src, "en": tgt}
    other = "id" if p.side == "en" else "en"
    if p.kind == "drop":
        # the dropped segment is gone from the perturbed side; its counterpart stays in paragraph k
        hit = {p.side: [], other: _paragraph_ids(docs[other], p.segment)}
    elif p.kind == "add":
        hit = {p.side: _paragraph_ids(docs[p.side], p.segment), other: []}
    else:
        new_line = p.lines[p.side][p.segment]
        start = _first_diff(old_line, new_line)
        end = len(new_line) - _first_diff(old_line[::-1], new_line[::-1])
        end = max(end, start + 1)
        hit = {p.side: _locate(docs[p.side], p.segment, new_line, start, end),
               other: _paragraph_ids(docs[other], p.segment)}
    p.src, p.tgt = hit["id"], hit["en"]


def _first_diff(a: str, b: str) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


def _key(f: Any) -> tuple[Any, ...]:
    """What makes two findings 'the same' across a clean document and a perturbed copy."""
    if f.src_span or f.tgt_span or f.expected or f.found:
        return (f.kind, f.src_span, f.tgt_span, f.expected, f.found)
    return (f.kind, f.src_text, f.tgt_text)


def _at(p: Perturbation, f: Any) -> bool:
    """Do the finding's indices overlap the perturbed place (for a drop: the dropped segment's counterpart)?"""
    on_en = p.side == "en" if p.kind != "drop" else p.side != "en"
    want, got = (p.tgt, f.tgt) if on_en else (p.src, f.src)
    return bool(set(want) & set(got))


def finds(p: Perturbation, f: Any) -> bool:
    """Does finding ``f`` catch perturbation ``p`` (kind counts and indices overlap)?"""
    return f.kind in ACCEPT[(p.kind, p.side)] and _at(p, f)


def _related(p: Perturbation, f: Any) -> bool:
    """A finding at the perturbed place whose kind is related to the perturbation's (see :data:`RELATED`)."""
    return f.kind in RELATED.get(p.kind, frozenset()) and _at(p, f)


def _finding_record(f: Any) -> dict[str, Any]:
    return {"kind": f.kind, "severity": f.severity, "src": list(f.src), "tgt": list(f.tgt), "message": f.message,
            "src_span": f.src_span, "tgt_span": f.tgt_span, "expected": f.expected, "found": f.found,
            "src_text": f.src_text, "tgt_text": f.tgt_text}


def _seed_rng(seed: int, *parts: str) -> random.Random:
    return random.Random(":".join([str(seed), *parts]))


def plant_all(docs: Sequence[Doc], corpus: Sequence[Doc], seed: int, kinds: Iterable[str], sides: Iterable[str],
              counts: dict[str, dict[str, list[int]]]) -> tuple[list[Perturbation], Counter[tuple[str, str]]]:
    """Every perturbation of ``docs``, and how many documents had no candidate, per (kind, side).

    Replacement names and added sentences come from the whole ``corpus``, so the perturbations of a
    document are the same whether it is checked alone (``--docs``) or with all others.
    """
    types = entity_types(corpus)
    pool = entity_pool(corpus, types)
    donors = [(d.doc_id, lang, d.lines[lang][k]) for d in corpus for k in range(1, len(d)) for lang in SIDES
              if counts[d.doc_id][lang][k] == 1 and len(d.lines[lang][k].split()) >= 6]
    out: list[Perturbation] = []
    skipped: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for kind in kinds:
            for side in sides:
                rng = _seed_rng(seed, doc.doc_id, kind, side)
                if kind == "entity":
                    p = plant_entity(doc, side, rng, pool, types)
                elif kind == "number":
                    p = plant_number(doc, side, rng)
                elif kind == "date":
                    p = plant_date(doc, side, rng)
                elif kind == "quote":
                    p = plant_quote(doc, side, rng)
                elif kind == "attribution":
                    p = plant_attribution(doc, side, rng, types)
                elif kind == "drop":
                    p = plant_drop(doc, side, rng, counts[doc.doc_id])
                else:
                    p = plant_add(doc, side, rng, donors)
                if p is None:
                    skipped[(kind, side)] += 1
                else:
                    out.append(p)
    return out, skipped


# A benchmark CLI: one branch per option, read top to bottom.
def main(argv: list[str] | None = None) -> int:  # noqa: C901
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_shared_argument(p)
    p.add_argument("--data", type=Path, default=None,
                   help="the NTREX id-en TSV (default: SHARED/data/ntrex128/ntrex128_id_en.tsv)")
    p.add_argument("--seed", type=int, default=13, help="random seed of the perturbations (default: 13)")
    p.add_argument("--docs", type=int, default=None, help="only the first N documents (quick runs)")
    p.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated subset of {','.join(KINDS)}")
    p.add_argument("--sides", default="en,id", help="perturbed sides: en (target), id (source) or both")
    p.add_argument("--dump", type=Path, help="write the clean-set findings (false alarms) as JSONL")
    p.add_argument("--misses", type=Path,
                   help="write every perturbation (found or not) with its sentences and its copy's new findings, as JSONL")
    p.add_argument("--json", type=Path, help="write the figures as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = p.parse_args(argv)

    kinds = [k for k in args.kinds.split(",") if k]
    sides = [s for s in args.sides.split(",") if s]
    bad = [k for k in kinds if k not in KINDS] + [s for s in sides if s not in SIDES]
    if bad:
        p.error(f"unknown kind or side: {', '.join(bad)}")
    data = args.data or args.shared / TSV
    if args.data is None and not data.is_file() and SAMPLE.is_file():
        print(f"note: {data} not found; using the bundled 10-document sample {SAMPLE.relative_to(ROOT)}",
              file=sys.stderr)
        data = SAMPLE
    if not data.is_file():
        print(f"error: {data}: NTREX id-en TSV not found (pass --shared or --data)", file=sys.stderr)
        return 2

    from wiredrift.eval.pipeline import CheckConfig, check_documents

    config = CheckConfig(src_lang="id", tgt_lang="en", offline=True)
    corpus = load_ntrex(data)
    docs = corpus[: args.docs] if args.docs is not None else corpus
    t_start = time.perf_counter()

    def progress(msg: str) -> None:
        if not args.quiet:
            print(f"[{time.perf_counter() - t_start:7.1f}s] {msg}", file=sys.stderr, flush=True)

    # 1. read every document (cheap: no embedding), check the clean ones
    parsed: dict[str, tuple[Any, Any]] = {}
    counts: dict[str, dict[str, list[int]]] = {}
    for doc in corpus:
        src, tgt = _parse(doc.lines["id"], "id"), _parse(doc.lines["en"], "en")
        parsed[doc.doc_id] = (src, tgt)
        counts[doc.doc_id] = {lang: [len(_paragraph_ids(d, k)) for k in range(len(doc))]
                              for lang, d in (("id", src), ("en", tgt))}
        for lang, d in (("id", src), ("en", tgt)):
            if sum(counts[doc.doc_id][lang]) != len(d):
                print(f"warning: {doc.doc_id} {lang}: reader paragraphs do not match the {len(doc)} segments",
                      file=sys.stderr)
    clean: dict[str, list[Any]] = {}
    n_pairs = 0
    for n, doc in enumerate(docs):
        src, tgt = parsed[doc.doc_id]
        clean[doc.doc_id] = check_documents(src, tgt, config).findings
        n_pairs += len(doc)
        if n % 20 == 0:
            progress(f"clean {n + 1}/{len(docs)} {doc.doc_id}")

    # 2. perturbed copies
    perts, skipped = plant_all(docs, corpus, args.seed, kinds, sides, counts)
    progress(f"{len(perts)} perturbations planted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    by_doc = {d.doc_id: d for d in docs}
    miss_records = []
    for n, pt in enumerate(perts):
        doc = by_doc[pt.doc_id]
        src = _parse(pt.lines["id"], "id") if pt.side == "id" else parsed[pt.doc_id][0]
        tgt = _parse(pt.lines["en"], "en") if pt.side == "en" else parsed[pt.doc_id][1]
        old_line = doc.lines[pt.side][pt.segment] if pt.kind not in ("drop", "add") else ""
        locate(pt, src, tgt, old_line)
        result = check_documents(src, tgt, config)
        base = {_key(f) for f in clean[pt.doc_id]}
        new = [f for f in result.findings if _key(f) not in base]
        hit = any(finds(pt, f) for f in new)
        total[(pt.kind, pt.side)] += 1
        found[(pt.kind, pt.side)] += hit
        for f in new:
            if finds(pt, f):
                tp[f.kind] += 1
            elif not _related(pt, f):
                fp[f.kind] += 1
        if args.misses:
            miss_records.append({**pt.record(), "found": hit, "new_findings": [_finding_record(f) for f in new],
                                 "src_sentences": [src.sentences[i].text for i in pt.src],
                                 "tgt_sentences": [tgt.sentences[j].text for j in pt.tgt]})
        if n % 50 == 0:
            progress(f"perturbed {n + 1}/{len(perts)} {pt.doc_id} {pt.kind}/{pt.side}")

    # 3. figures
    alarms = Counter(f.kind for fs in clean.values() for f in fs)
    n_alarms = sum(alarms.values())
    rows = []
    for row in TABLE_ROWS:
        keys = [k for k, r in ROW.items() if r == row and k[0] in kinds and k[1] in sides]
        n = sum(total[k] for k in keys)
        r = sum(found[k] for k in keys) / n if n else None
        pr = tp[row] / (tp[row] + fp[row]) if tp[row] + fp[row] else None
        rows.append({"kind": row, "precision": pr, "recall": r, "planted": n, "found": sum(found[k] for k in keys),
                     "new_findings": tp[row] + fp[row], "false_alarms_clean": alarms[row],
                     "by_side": {f"{k[0]}/{k[1]}": [found[k], total[k]] for k in keys}})
    fmt = lambda x: "   -" if x is None else f"{x:.2f}"  # noqa: E731
    print(f"wiredrift seeded-drift benchmark: NTREX-128 id-en, seed {args.seed}, {len(docs)} documents, "
          f"{n_pairs} segment pairs, offline (no MT)")
    print(f"{'kind':<12} {'P':>5} {'R':>5} {'planted':>8} {'found':>6} {'findings':>9} {'clean FA':>9}   recall by perturbation/side")
    for r in rows:
        sides_txt = "  ".join(f"{k} {a}/{b}" for k, (a, b) in r["by_side"].items())
        print(f"{r['kind']:<12} {fmt(r['precision']):>5} {fmt(r['recall']):>5} {r['planted']:>8} {r['found']:>6} "
              f"{r['new_findings']:>9} {r['false_alarms_clean']:>9}   {sides_txt}")
    other_alarms = {k: v for k, v in alarms.items() if k not in TABLE_ROWS}
    fa_rate = 100.0 * n_alarms / n_pairs if n_pairs else 0.0
    severities = Counter(f.severity for fs in clean.values() for f in fs)
    sev_txt = ", ".join(f"{k} {severities[k]}" for k in ("critical", "major", "minor") if severities[k])
    print(f"false alarms on the clean documents: {n_alarms} in {n_pairs} segment pairs = {fa_rate:.2f} per 100"
          + (f" ({sev_txt})" if sev_txt else "")
          + (f"; other kinds: {dict(other_alarms)}" if other_alarms else ""))
    if skipped:
        print("no candidate (documents skipped): " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(skipped.items())))
    print(f"time {time.perf_counter() - t_start:.1f} s")

    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for doc in docs:
                for fd in clean[doc.doc_id]:
                    f.write(json.dumps({"doc_id": doc.doc_id, **_finding_record(fd)}, ensure_ascii=False) + "\n")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for rec in miss_records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.json:
        figures = {"seed": args.seed, "documents": len(docs), "segment_pairs": n_pairs, "rows": rows,
                   "false_alarms": n_alarms, "false_alarms_per_100": fa_rate, "false_alarms_by_kind": dict(alarms),
                   "false_alarms_by_severity": dict(severities),
                   "skipped": {f"{k}/{s}": v for (k, s), v in skipped.items()}}
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
