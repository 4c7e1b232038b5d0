"""Small helpers for the drift tests: one-pair and small documents, no encoder involved."""

from __future__ import annotations

from collections.abc import Sequence

from wiredrift.align.types import Bead, Document, Sentence
from wiredrift.eval.drift import detect_drift
from wiredrift.eval.findings import Finding


def doc(lang: str, sentences: Sequence[str], roles: Sequence[str] | None = None) -> Document:
    """A document with one paragraph per sentence."""
    roles = roles or ["body"] * len(sentences)
    return Document(lang, tuple(Sentence(k, s, k, r) for k, (s, r) in enumerate(zip(sentences, roles))))


def check_pair(src: str, tgt: str, mt: str | None = None, src_lang: str = "id", tgt_lang: str = "en") -> list[Finding]:
    """Findings for one aligned sentence pair."""
    return detect_drift(doc(src_lang, [src]), doc(tgt_lang, [tgt]), [Bead((0,), (0,), 0.9)],
                        None if mt is None else [mt])


def check_docs(src: Sequence[str], tgt: Sequence[str], beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] | None = None,
               src_roles: Sequence[str] | None = None, tgt_roles: Sequence[str] | None = None) -> list[Finding]:
    """Findings for two small documents; 1-1 beads by default."""
    if beads is None:
        beads = [((k,), (k,)) for k in range(len(src))]
    return detect_drift(doc("id", src, src_roles), doc("en", tgt, tgt_roles), [Bead(s, t, 0.9) for s, t in beads])
