"""Drift detection over aligned pairs: entities, numbers, dates, quotes, meaning flips, speakers, omissions.

:func:`detect_drift` runs every detector over every bead of an alignment and returns
:class:`~wiredrift.eval.findings.Finding` records. Detection is pure Python over word lists in
``wiredrift.eval/data/`` (no model; the encoder is only used for alignment): explicit evidence decides,
because sentence embeddings barely move when a negation, antonym or number changes.

Severity rules
--------------
========================================================  ===========
what changed                                              severity
========================================================  ===========
a number's value (``tiga`` -> ``two``, ``2,5`` -> ``25``)   critical
a weekday, month, day or year of a date                   critical
a named entity swapped for another (``Krimea`` -> ``Lugansk``, an acronym glossed as another entity)  critical
an office changed (``Menteri Keuangan`` -> ``Foreign Minister``, ``Kapolri`` -> ``army chief``)  critical
a quote's meaning inverted (negation flipped, antonym)    critical
a negation added or dropped anywhere in the pair, a direction word swapped (``naik`` -> ``fell``)  critical
a converse word swapped without shared words to show the order (``kalah`` -> ``beat``)  major
a quote or statement given to another speaker (one finding naming both people, not also an entity)  critical
a named speaker left out (``Herman Siregar mengatakan`` -> ``one of the survivors said``)  critical
a number or date on one side only                         major
a known or multi-word name on one side only               major
a sentence without counterpart (omission/addition), a large part of a sentence dropped   major
a quote on one side only; quote wording (with MT: chrF below the threshold)             major
a caption or credit line without counterpart              minor
========================================================  ===========

Every finding carries the exact spans (``src_span``/``tgt_span`` are substrings of ``src_text``/
``tgt_text``), ``expected`` and ``found`` values, and a one-line message naming both sides, for example
``number tiga (3) in ID sentence 18 became two (2) in EN sentence 18``. Sentence numbers in messages are
the 0-based indices of the JSON report.

The source side is ``src`` (Indonesian in the first use case) and the target ``tgt``; the detectors read
``Document.lang`` and apply that language's word lists to each side: Indonesian and English from the shared
files, other languages from their profile folder (:mod:`.profiles`; German is the first). Languages without a
profile degrade to digits, calendar-free checks and capitalised names.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from ...align.langcodes import SUPPORTED_LANGS, normalize_lang
from ...align.embed import MAX_CHARS as EMBED_MAX_CHARS
from ...align.types import Bead, Document, Similarity
from ..findings import Finding
from ..glossary import Glossary, apply_glossary
from ._lexicon import Side, fold, word_set
from .attribution import Speaker, check_attribution, find_speaker, in_speech_frame, speaks
from .dates import DateMention, check_dates, date_spans, extract_dates
from .entities import EntityMention, check_entities, extract_entities, long_names
from .meaning import check_meaning
from .numbers import NumberMention, check_numbers, extract_numbers
from .omissions import check_merged, check_null_bead, check_partial
from .profiles import copied_names
from .quotes import paragraph_quotes, check_quotes, quote_spans

logger = logging.getLogger(__name__)

__all__ = ["detect_drift", "cut_notes", "MAX_CHARS"]

#: Longest sentence the detectors read, the aligner's guard (``wiredrift.align.embed.MAX_CHARS``): a
#: longer one (an unpunctuated page) is checked on its first MAX_CHARS characters, cut at a space,
#: and :func:`cut_notes` says so in the report. Keeps the drift stage linear in the document length.
MAX_CHARS = EMBED_MAX_CHARS


def _cut(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    space = head.rfind(" ", MAX_CHARS - 200)  # not inside a number or a name, when a space is near
    return head[:space] if space > 0 else head


def _guarded(doc: Document) -> Document:
    if all(len(s.text) <= MAX_CHARS for s in doc.sentences):
        return doc
    return dataclasses.replace(doc, sentences=tuple(dataclasses.replace(s, text=_cut(s.text)) for s in doc.sentences))


def cut_notes(src: Document, tgt: Document) -> list[str]:
    """One report note per sentence longer than :data:`MAX_CHARS`, which the detectors read only in part."""
    return [f"drift checked only the first {len(_cut(s.text)):,} of the {len(s.text):,} characters of "
            f"{d.lang.upper()} sentence {s.i + 1} (longer than {MAX_CHARS:,})"
            for d in (src, tgt) for s in d.sentences if len(s.text) > MAX_CHARS]


class _DocInfo:
    """Per-sentence mentions of one document, computed once."""

    def __init__(self, doc: Document, seen_lower: frozenset[str], seen_caps: frozenset[str]) -> None:
        self.doc = doc
        self.quotes = quote_spans(doc)
        self.dates: list[list[DateMention]] = []
        self.numbers: list[list[NumberMention]] = []
        self.entities: list[list[EntityMention]] = []
        for s in doc.sentences:
            d = extract_dates(s.text, doc.lang)
            self.dates.append(d)
            self.numbers.append(extract_numbers(s.text, doc.lang, exclude=date_spans(d)))
        own_lower = frozenset(_lower_words(doc))
        for s, nums in zip(doc.sentences, self.numbers):
            ents = extract_entities(s.text, doc.lang, _title_case(s.text, s.role, doc.lang), seen_lower, seen_caps, own_lower)
            # an amount of money ("Rp80.000", "IDR 1.5 trillion") is no name
            money = [(n.start, n.end) for n in nums if n.kind == "currency"]
            self.entities.append([e for e in ents if not any(e.start < b and a < e.end for a, b in money)])

    def side(self, ids: tuple[int, ...]) -> tuple[Side, list[int]]:
        offsets = []
        pos = 0
        for i in ids:
            offsets.append(pos)
            pos += len(self.doc.sentences[i].text) + 1
        text = " ".join(self.doc.sentences[i].text for i in ids)
        roles = tuple(self.doc.sentences[i].role for i in ids)
        return Side(ids, text, self.doc.lang, roles, tuple(offsets)), offsets

    def joined(self, table: list[list], ids: tuple[int, ...], offsets: list[int]) -> list:
        out = []
        for i, off in zip(ids, offsets):
            for m in table[i]:
                out.append(_shift(m, off))
        return out

    def quote_spans(self, ids: tuple[int, ...], offsets: list[int]) -> list[tuple[int, int]]:
        return [(a + off, b + off) for i, off in zip(ids, offsets) for a, b in self.quotes[i]]

    def context(self, ids: Sequence[int]) -> tuple[str, list[EntityMention]]:
        ids = [i for i in ids if 0 <= i < len(self.doc.sentences)]
        text = " ".join(self.doc.sentences[i].text for i in ids)
        ents = [e for i in ids for e in self.entities[i]]
        return text, ents


def _near(beads: Sequence[Bead], k: int) -> tuple[int, ...]:
    """The other side's sentence indices in the beads around null bead ``k``."""
    side_is_src = bool(beads[k].src)
    out: list[int] = []
    for j in (k - 1, k + 1):
        if 0 <= j < len(beads):
            out.extend(beads[j].tgt if side_is_src else beads[j].src)
    return tuple(out)


def _named_person(mentions: Sequence[EntityMention], f: Finding) -> bool:
    """Whether ``f``'s source span is a person's full name (an unknown name of two or more words, or a known person)."""
    for m in mentions:
        if m.start == f.src_start and m.end == f.src_end:
            return m.type == "PERSON" or (m.key is None and m.type in ("NAME", "PERSON") and len(m.tokens) >= 2)
    return False


def _overlaps(f: Finding, g: Finding, side: str) -> bool:
    """Whether findings ``f`` and ``g`` mark overlapping spans on ``side`` (``src`` or ``tgt``)."""
    a0, a1 = getattr(f, f"{side}_start"), getattr(f, f"{side}_end")
    b0, b1 = getattr(g, f"{side}_start"), getattr(g, f"{side}_end")
    return None not in (a0, a1, b0, b1) and a0 < b1 and b0 < a1


def _default_similarity() -> Similarity | None:
    """The bundled encoder, or ``None`` when it cannot be loaded (the caption rule still runs)."""
    try:
        from ...align.embed import EmbeddingSimilarity

        return EmbeddingSimilarity()
    except Exception as exc:  # noqa: BLE001 - detection degrades, it does not fail
        logger.warning("merged-bead check without embeddings: %s", exc)
        return None


def _shift(m, off: int):  # type: ignore[no-untyped-def]
    if off == 0:
        return m
    return type(m)(**{**{f: getattr(m, f) for f in m.__slots__}, "start": m.start + off, "end": m.end + off})


def _title_case(text: str, role: str, lang: str = "en") -> bool:
    """Whether a line is written in title case (a headline), so a capital is no name signal there.

    A sentence crowded with names ("Ia dirawat di Rumah Sakit James Paget di Great Yarmouth") is no headline:
    title case leaves only function words in lower case, so two lower-case words of more than three letters
    that are no function words of either language ("dirawat", "initially") make it a sentence. (A language that
    capitalises its nouns, German, is judged by the share of capitals alone.)
    """
    words = re.findall(r"[^\W\d_]+", text)
    if role == "headline":
        return True
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    if caps / len(words) < 0.6 or lang not in ("id", "en"):
        return caps / len(words) >= 0.6
    function = word_set("stopwords.tsv", "id") | word_set("stopwords.tsv", "en")
    return sum(1 for w in words if w.islower() and len(w) > 3 and fold(w) not in function) < 2


def _inner_caps(doc: Document) -> set[str]:
    """Words capitalised inside a sentence (not first, not in a title-case line)."""
    out: set[str] = set()
    for s in doc.sentences:
        if _title_case(s.text, s.role, doc.lang):
            continue
        for m in re.finditer(r"(?<=[a-z,;] )[A-Z][^\W\d_]+", s.text):
            out.add(fold(m.group(0)))
    return out


def _capitalised_words(doc: Document) -> set[str]:
    return {fold(w) for s in doc.sentences for w in re.findall(r"[^\W\d_]+", s.text) if w[0].isupper()}


def _lower_words(doc: Document) -> set[str]:
    out: set[str] = set()
    for s in doc.sentences:
        for w in re.findall(r"[^\W\d_]+", s.text):
            if w.islower() and len(w) > 2:
                out.add(fold(w))
    return out


#: how much longer (relative to the other side) the sentence holding an unmatched negator must be in its bead
#: than in the neighbouring bead for the two to be read as one boundary drawn in different places
_SHIFT_RATIO = 1.5


def _unmatched_negation(f: Finding) -> bool:
    """Whether ``f`` is a meaning finding of a negator without counterpart on the other side."""
    return f.kind == "meaning" and f.message.startswith("negation ") and "has no counterpart" in f.message


def _boundary_shifted(f: Finding, si: _DocInfo, ti: _DocInfo, beads: Sequence[Bead], k: int,
                      mt: Sequence[str] | None) -> bool:
    """Whether negation finding ``f`` of bead ``k`` ("negation X has no counterpart") only marks a sentence
    boundary the two sides draw in different places: with the bead before or after it merged in, the pair holds
    as many negations on each side ("Tempatnya luas sekali, tidak bersih. Makanannya pun biasa saja." / "The place
    is very spacious. Not clean, and the food is also mediocre."). A negator really added or dropped stays unmatched
    in the merged pair too. Only a shifted boundary is looked at: the neighbour on its own has a negator of the
    other side without counterpart, and the side that holds the surplus negator is markedly longer, against the
    other side, in this bead than in the neighbour (:data:`_SHIFT_RATIO`), as where a clause moved over."""
    if not _unmatched_negation(f):
        return False
    tgt_surplus = f.src_start is None and f.tgt_start is not None

    def ratio(b: Bead) -> float:  # the target side's length against the source side's
        n_s = sum(len(si.doc.sentences[i].text) for i in b.src)
        n_t = sum(len(ti.doc.sentences[i].text) for i in b.tgt)
        return n_t / max(n_s, 1)

    for j in (k - 1, k + 1):
        if not 0 <= j < len(beads) or not beads[j].src or not beads[j].tgt:
            continue
        shift = ratio(beads[k]) / max(ratio(beads[j]), 1e-6)
        if (shift if tgt_surplus else 1 / max(shift, 1e-6)) < _SHIFT_RATIO:
            continue
        # the neighbour on its own holds the opposite surplus: a negator of the other side without counterpart
        n_s, n_s_off = si.side(beads[j].src)
        n_t, n_t_off = ti.side(beads[j].tgt)
        n_mt = " ".join(mt[i] for i in beads[j].src) if mt is not None else None
        if not any(_unmatched_negation(g) and (g.src_start is not None) == tgt_surplus for g in check_meaning(
                n_s, n_t, si.quote_spans(beads[j].src, n_s_off), ti.quote_spans(beads[j].tgt, n_t_off), n_mt)):
            continue
        a, b = (beads[j], beads[k]) if j < k else (beads[k], beads[j])
        s_ids, t_ids = a.src + b.src, a.tgt + b.tgt
        if list(s_ids) != list(range(s_ids[0], s_ids[-1] + 1)) or list(t_ids) != list(range(t_ids[0], t_ids[-1] + 1)):
            continue
        s_side, s_off = si.side(s_ids)
        t_side, t_off = ti.side(t_ids)
        mt_text = " ".join(mt[i] for i in s_ids) if mt is not None else None
        merged = check_meaning(s_side, t_side, si.quote_spans(s_ids, s_off), ti.quote_spans(t_ids, t_off), mt_text)
        if not any(_unmatched_negation(g) for g in merged):
            return True
    return False


def detect_drift(
    src: Document,
    tgt: Document,
    beads: Sequence[Bead],
    mt: Sequence[str] | None = None,
    *,
    similarity: Similarity | None = None,
    glossary: Glossary | None = None,
) -> list[Finding]:
    """Findings for every aligned pair of ``src`` and ``tgt``, in bead order.

    :param src: the source document (Indonesian in the first use case).
    :param tgt: the target document (English).
    :param beads: the alignment, covering both documents.
    :param mt: machine translation of each source sentence into the target language (same length as
        ``src``), when a model ran; it sharpens the quote check (see :mod:`.quotes`).
    :param similarity: sentence similarity used only to split an unmatched sentence out of a merged bead
        (see :mod:`.omissions`); by default the bundled encoder is loaded when a merged bead occurs.
    :param glossary: a house glossary (:func:`wiredrift.eval.glossary.load_glossary`): its term pairs silence
        name and number findings, and a source term whose required target is missing is a ``term`` finding.
    :return: findings, bead by bead; within a bead critical ones first.
    """
    # "ID"/"ind" would silently switch the word lists off: documents made by hand get the reader's normalisation
    src, tgt = (d if d.lang in SUPPORTED_LANGS else replace(d, lang=normalize_lang(d.lang, "Document.lang")) for d in (src, tgt))
    if mt is not None and len(mt) != len(src.sentences):
        raise ValueError(f"mt: {len(mt)} translations for {len(src.sentences)} source sentences")
    src, tgt = _guarded(src), _guarded(tgt)  # see MAX_CHARS
    mt = [_cut(t) for t in mt] if mt is not None else None
    seen = frozenset(_lower_words(src) | _lower_words(tgt))
    caps = frozenset(_inner_caps(src) | _inner_caps(tgt))
    si, ti = _DocInfo(src, seen, caps), _DocInfo(tgt, seen, caps)
    # a language that capitalises its nouns (German) compares only names the other document also holds
    si.entities = copied_names(si.entities, src.lang, frozenset(_capitalised_words(tgt)), [s.text for s in src.sentences])
    ti.entities = copied_names(ti.entities, tgt.lang, frozenset(_capitalised_words(src)), [s.text for s in tgt.sentences])
    src_people = [e for ents in si.entities for e in ents if e.key is None]
    tgt_people = [e for ents in ti.entities for e in ents if e.key is None]
    # the longer names of both documents: "Jessica" and "Wongso" are one person where either names her in full
    doc_names = long_names(src_people + tgt_people)
    out: list[Finding] = []
    sim = similarity
    for k, bead in enumerate(beads):
        if not bead.src or not bead.tgt:
            out.extend(check_null_bead(src, tgt, bead, _near(beads, k)))
            continue
        if len(bead.src) + len(bead.tgt) >= 3:
            if sim is None:
                sim = _default_similarity()
            split, bead = check_merged(src, tgt, bead, sim)
            out.extend(split)
        s_side, s_off = si.side(bead.src)
        t_side, t_off = ti.side(bead.tgt)
        if " ".join(s_side.text.split()) == " ".join(t_side.text.split()):
            continue  # left untranslated (a byline, a tweet, a line-up): nothing in it can have drifted
        found: list[Finding] = []
        # numbers and dates
        found += check_numbers(s_side, t_side, si.joined(si.numbers, bead.src, s_off), ti.joined(ti.numbers, bead.tgt, t_off))
        found += check_dates(s_side, t_side, si.joined(si.dates, bead.src, s_off), ti.joined(ti.dates, bead.tgt, t_off))
        # entities, with the neighbouring sentences as context
        s_ctx_ids = list(range(bead.src[0] - 2, bead.src[0])) + list(range(bead.src[-1] + 1, bead.src[-1] + 3))
        t_ctx_ids = list(range(bead.tgt[0] - 2, bead.tgt[0])) + list(range(bead.tgt[-1] + 1, bead.tgt[-1] + 3))
        s_ctx, t_ctx = si.context(s_ctx_ids), ti.context(t_ctx_ids)
        s_ents = si.joined(si.entities, bead.src, s_off)
        t_ents = ti.joined(ti.entities, bead.tgt, t_off)
        ent_findings = check_entities(s_side, t_side, s_ents, t_ents, s_ctx, t_ctx, doc_names)
        # quotes
        s_q, t_q = si.quote_spans(bead.src, s_off), ti.quote_spans(bead.tgt, t_off)
        mt_text = " ".join(mt[i] for i in bead.src) if mt is not None else None
        found += check_quotes(s_side, t_side, s_q, t_q, mt_text, paragraph_quotes(mt_text) if mt_text else ())
        # negation and direction flips anywhere in the pair (quoted text on both sides is the quote check's)
        found += [f for f in check_meaning(s_side, t_side, s_q, t_q, mt_text)
                  if not _boundary_shifted(f, si, ti, beads, k, mt)]
        # attribution
        s_sp: Speaker | None = find_speaker(s_side.text, src.lang, s_q)
        t_sp: Speaker | None = find_speaker(t_side.text, tgt.lang, t_q)
        before_s = [e for i in range(0, bead.src[0]) for e in si.entities[i] if e.key is None]
        before_t = [e for i in range(0, bead.tgt[0]) for e in ti.entities[i] if e.key is None]
        attr = check_attribution(s_side, t_side, s_sp, t_sp, s_ctx, t_ctx, before_s, before_t, src_people, tgt_people,
                                 doc_names)
        found += attr
        # one change, one finding: a speaker's name swapped for another is an attribution finding naming both
        # people, not also a swapped entity; a swapped name in a speech frame ("said X", "kepada X", "according
        # to X") is an attribution change even where the speaker parse found nothing to compare
        if attr:
            ent_findings = [f for f in ent_findings if not (f.severity == "critical" and any(
                _overlaps(f, a, "src") or _overlaps(f, a, "tgt") for a in attr))]
        else:
            for k2, f in enumerate(ent_findings):
                if (f.severity == "critical" and f.src_span and f.tgt_span and not f.message.startswith("title ")
                        and (in_speech_frame(f.src_text, f.src_span, src.lang, f.src_start)
                             or in_speech_frame(f.tgt_text, f.tgt_span, tgt.lang, f.tgt_start))):
                    ent_findings[k2] = Finding(
                        "attribution", "critical", f.src, f.tgt, f.src_text, f.tgt_text,
                        f"speaker or source {f.src_span} ({src.lang.upper()}) became {f.tgt_span} ({tgt.lang.upper()}) "
                        f"in {t_side.label()}", f.src_span, f.tgt_span, f.src_span, f.tgt_span,
                        f.src_start, f.src_end, f.tgt_start, f.tgt_end)
                    break
                if (f.src_span and not f.tgt_span and f.src_start is not None
                        and f.src_end is not None and _named_person(s_ents, f)
                        and speaks(f.src_text, f.src_start, f.src_end, src.lang)):
                    # a named speaker left out ("Herman Siregar mengatakan" -> "one of the survivors said"):
                    # the statement is no longer credited to a named person
                    ent_findings[k2] = Finding(
                        "attribution", "critical", f.src, f.tgt, f.src_text, f.tgt_text,
                        f"named speaker {f.src_span} ({src.lang.upper()}) is not named in {t_side.label()}: "
                        "the statement is credited to no named person", f.src_span, None, f.src_span, None,
                        f.src_start, f.src_end)
                    break
        found += ent_findings
        if len(bead.src) == 1 and len(bead.tgt) == 1:
            found += check_partial(s_side, t_side, bead.similarity)
        if glossary is not None:
            found = apply_glossary(found, glossary, bead.src, bead.tgt, s_side.text, t_side.text,
                                   s_side.label(), t_side.label())
        found.sort(key=lambda f: ("critical", "major", "minor").index(f.severity))
        out.extend(found)
    return out
