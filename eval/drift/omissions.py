"""Omissions and additions: sentences without a counterpart, and large parts of a sentence dropped.

- A null bead (``n-0`` or ``0-n``) is an **omission** or **addition**: *major* for headline and body
  sentences, *minor* for photo captions and credit lines (``Sentence.role`` ``caption``/``credit``, or a
  sentence that is only a parenthesised credit such as ``(Source Kremlin.ru)``). A fragment of four words
  or fewer whose names and numbers all stand in the neighbouring sentences of the other side is a
  splitting artefact and is not reported.
- Inside a merged bead (1-2, 2-1, ...), a sentence at the edge of the longer side is an **omission or
  addition** of its own when it is a caption or credit line facing none on the other side (minor), or when
  the embedding similarity of the bead *rises* without it (by :data:`MERGE_GAIN`) while the sentence alone
  is far from the other side (:data:`MERGE_GAP` below), or when the similarity stays within
  :data:`MERGE_SLACK` and the lengths fit much better without it: the aligner merged an unmatched
  sentence into its neighbour's pair. Embeddings only locate the sentence; the decision needs both conditions.
- Inside an aligned 1-1 pair, a length ratio far outside what translation produces means part of the
  sentence was dropped or added: the target is compared with the source length times the language pair's
  usual ratio (:data:`LENGTH_RATIO`); below :data:`PARTIAL_LOW` or above :data:`PARTIAL_HIGH` of it, with
  at least :data:`PARTIAL_MIN_CHARS` characters on the longer side, is a **partial omission/addition
  (major)** when the aligner's similarity is also low (below :data:`PARTIAL_MAX_SIM`).
"""

from __future__ import annotations

import math
import re

from ...align.types import Bead, Document
from ..findings import Finding
from ._lexicon import Side

__all__ = ["check_null_bead", "check_merged", "check_partial", "LENGTH_RATIO", "PARTIAL_LOW", "PARTIAL_HIGH",
           "MERGE_GAIN", "MERGE_GAP"]

#: similarity gained by leaving the edge sentence out of a merged bead
MERGE_GAIN = 0.01
#: how far below the rest of the bead the edge sentence alone must score
MERGE_GAP = 0.08
#: similarity the bead may lose without the edge sentence when the length then fits much better
MERGE_SLACK = 0.015

#: characters of target per character of source in faithful translation (measured on NTREX-128 id-en: en/id)
LENGTH_RATIO = {("id", "en"): 0.87, ("en", "id"): 1.15}
PARTIAL_LOW = 0.40
PARTIAL_HIGH = 2.5
PARTIAL_MIN_CHARS = 80
#: a pair the aligner found this similar is not reported as partial, whatever its length
PARTIAL_MAX_SIM = 0.80

_CREDIT = re.compile(r"^\(?\s*(?:source|sumber|foto|photo|credit|kredit|ilustrasi|illustration|reuters|antara|afp|ap|dok\.?|file)\b.*\)?$", re.I)


def _is_minor(doc: Document, ids: tuple[int, ...]) -> bool:
    """Captions and credit lines carry less weight."""
    for i in ids:
        s = doc.sentences[i]
        if s.role in ("caption", "credit"):
            continue
        if _CREDIT.match(s.text.strip()) or re.search(r"\((?:source|sumber|foto|photo)\b[^)]*\)\s*$", s.text, re.I):
            continue
        return False
    return True


def _clip(s: str, n: int = 70) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _fragment_covered(doc: Document, ids: tuple[int, ...], other: Document, near: tuple[int, ...]) -> bool:
    """A fragment of four words or fewer whose names and numbers all appear in the neighbouring sentences
    of the other side ("Amerika Serikat." split off a headline) is a splitting artefact, not an omission."""
    text = " ".join(doc.sentences[i].text for i in ids)
    words = text.split()
    if len(words) > 4 or not near:
        return False
    other_text = " ".join(other.sentences[j].text for j in near if 0 <= j < len(other.sentences))
    from .entities import extract_entities, match_entity

    ents = extract_entities(text, doc.lang)
    o_ents = extract_entities(other_text, other.lang)
    nums = re.findall(r"\d+", text)
    if not ents and not nums:
        return False
    return all(match_entity(e, other_text, o_ents, lenient=True) for e in ents) and all(n in other_text for n in nums)


def check_null_bead(src: Document, tgt: Document, bead: Bead, near: tuple[int, ...] = ()) -> list[Finding]:
    """An omission or addition finding for a null bead; nothing for other beads.

    :param near: the sentence indices on the other side next to the null bead (for fragments).
    """
    if bead.src and _fragment_covered(src, bead.src, tgt, near) or bead.tgt and _fragment_covered(tgt, bead.tgt, src, near):
        return []
    if bead.src and not bead.tgt:
        text = " ".join(src.sentences[i].text for i in bead.src)
        minor = _is_minor(src, bead.src)
        where = Side(bead.src, text, src.lang).label()
        return [Finding("omission", "minor" if minor else "major", bead.src, (), text, "",
                        f"{where} ({'caption/credit' if minor else 'body'}) has no counterpart in {tgt.lang.upper()}: \"{_clip(text)}\"",
                        text, None, text, None)]
    if bead.tgt and not bead.src:
        text = " ".join(tgt.sentences[j].text for j in bead.tgt)
        minor = _is_minor(tgt, bead.tgt)
        where = Side(bead.tgt, text, tgt.lang).label()
        return [Finding("addition", "minor" if minor else "major", (), bead.tgt, "", text,
                        f"{where} ({'caption/credit' if minor else 'body'}) has no counterpart in {src.lang.upper()}: \"{_clip(text)}\"",
                        None, text, None, text)]
    return []


def _unpaired(doc: Document, ids: tuple[int, ...], other_lang: str, is_src: bool, why: str) -> Finding:
    text = " ".join(doc.sentences[i].text for i in ids)
    minor = _is_minor(doc, ids)
    where = Side(ids, text, doc.lang).label()
    msg = f"{where} ({'caption/credit' if minor else 'body'}) has no counterpart in {other_lang.upper()} ({why}): \"{_clip(text)}\""
    if is_src:
        return Finding("omission", "minor" if minor else "major", ids, (), text, "", msg, text, None, text, None)
    return Finding("addition", "minor" if minor else "major", (), ids, "", text, msg, None, text, None, text)


def check_merged(src: Document, tgt: Document, bead: Bead, similarity: object | None) -> tuple[list[Finding], Bead]:
    """Split an unmatched edge sentence out of a merged bead (see the module docstring).

    :param similarity: a :class:`~wiredrift.align.types.Similarity` (``groups``), or ``None`` to use the
        caption rule only.
    :return: the findings and the bead that remains for the other checks.
    """
    out: list[Finding] = []
    for _ in range(2):
        if not bead.src or not bead.tgt or len(bead.src) + len(bead.tgt) < 3:
            break
        changed = False
        for is_src in (True, False):
            ids = bead.src if is_src else bead.tgt
            other = bead.tgt if is_src else bead.src
            doc, odoc = (src, tgt) if is_src else (tgt, src)
            if len(ids) < 2:
                continue
            # a caption inside a merged bead facing no caption
            other_caption = any(odoc.sentences[j].role in ("caption", "credit") for j in other)
            for edge in (ids[-1], ids[0]):
                if doc.sentences[edge].role in ("caption", "credit") and not other_caption:
                    rest = tuple(i for i in ids if i != edge)
                    out.append(_unpaired(doc, (edge,), odoc.lang, is_src, "a caption merged into a body pair"))
                    bead = Bead(rest, bead.tgt, bead.similarity, bead.cost) if is_src else Bead(bead.src, rest, bead.similarity, bead.cost)
                    changed = True
                    break
            if changed:
                break
            if similarity is None:
                continue
            o_txt = [odoc.sentences[j].text for j in other]
            for edge in (ids[-1], ids[0]):
                rest = tuple(i for i in ids if i != edge)
                groups_a = [[doc.sentences[i].text for i in ids], [doc.sentences[i].text for i in rest], [doc.sentences[edge].text]]
                try:
                    sims = similarity.groups(groups_a, [o_txt] * 3) if is_src else similarity.groups([o_txt] * 3, groups_a)  # type: ignore[attr-defined]
                except Exception:  # noqa: BLE001 - a failing encoder must not stop the other checks
                    return out, bead
                joint, without, alone = (float(x) for x in sims)
                # length: does the other side fit the rest better than the whole?
                ratio = LENGTH_RATIO.get((src.lang, tgt.lang), 1.0)
                n_other = sum(len(t) for t in o_txt)
                n_all = sum(len(doc.sentences[i].text) for i in ids)
                n_rest = n_all - len(doc.sentences[edge].text)
                exp = ratio if is_src else 1 / ratio
                fit_all = abs(math.log(max(n_other, 1) / (max(n_all, 1) * exp)))
                fit_rest = abs(math.log(max(n_other, 1) / (max(n_rest, 1) * exp)))
                better_len = fit_rest + 0.2 < fit_all and without >= joint - MERGE_SLACK
                if (without >= joint + MERGE_GAIN or better_len) and alone <= without - MERGE_GAP:
                    out.append(_unpaired(doc, (edge,), odoc.lang, is_src,
                                         f"the pair is closer without it: {without:.3f} vs {joint:.3f}"))
                    bead = Bead(rest, bead.tgt, without, bead.cost) if is_src else Bead(bead.src, rest, without, bead.cost)
                    changed = True
                    break
            if changed:
                break
        if not changed:
            break
    return out, bead


def check_partial(src: Side, tgt: Side, similarity: float) -> list[Finding]:
    """A partial omission or addition inside a 1-1 pair, judged by length (see the module docstring)."""
    ratio = LENGTH_RATIO.get((src.lang, tgt.lang), 1.0)
    ls, lt = len(src.text), len(tgt.text)
    if max(ls, lt) < PARTIAL_MIN_CHARS or similarity >= PARTIAL_MAX_SIM or not ls or not lt:
        return []
    r = lt / (ls * ratio)
    if r < PARTIAL_LOW:
        return [Finding("omission", "major", src.ids, tgt.ids, src.text, tgt.text,
                        f"{tgt.label()} renders only part of {src.label()} ({lt} vs {ls} characters, "
                        f"{r:.2f} of the expected length)", src.text, tgt.text, None, None)]
    if r > PARTIAL_HIGH:
        return [Finding("addition", "major", src.ids, tgt.ids, src.text, tgt.text,
                        f"{tgt.label()} holds much more than {src.label()} ({lt} vs {ls} characters, "
                        f"{r:.2f} of the expected length)", src.text, tgt.text, None, None)]
    return []
