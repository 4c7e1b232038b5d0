"""Omissions and additions: sentences without a counterpart, and large parts of a sentence dropped.

- A null bead (``n-0`` or ``0-n``) is an **omission** or **addition**: *major* for headline and body
  sentences, *minor* for photo captions and credit lines (``Sentence.role`` ``caption``/``credit``, or a
  sentence that is only a parenthesised credit such as ``(Source Kremlin.ru)``).
- Inside an aligned 1-1 pair, a length ratio far outside what translation produces means part of the
  sentence was dropped or added: the target is compared with the source length times the language pair's
  usual ratio (:data:`LENGTH_RATIO`); below :data:`PARTIAL_LOW` or above :data:`PARTIAL_HIGH` of it, with
  at least :data:`PARTIAL_MIN_CHARS` characters on the longer side, is a **partial omission/addition
  (major)** when the aligner's similarity is also low (below :data:`PARTIAL_MAX_SIM`).
"""

from __future__ import annotations

import re

from ...align.types import Bead, Document
from ..findings import Finding
from ._lexicon import Side

__all__ = ["check_null_bead", "check_partial", "LENGTH_RATIO", "PARTIAL_LOW", "PARTIAL_HIGH"]

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


def check_null_bead(src: Document, tgt: Document, bead: Bead) -> list[Finding]:
    """An omission or addition finding for a null bead; nothing for other beads."""
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
