"""Drift detection over aligned pairs (placeholder: omissions and additions only)."""

from __future__ import annotations

from collections.abc import Sequence

from ...align.types import Bead, Document
from ..findings import Finding

__all__ = ["detect_drift"]


def detect_drift(src: Document, tgt: Document, beads: Sequence[Bead], mt: Sequence[str] | None = None) -> list[Finding]:
    """Findings for every aligned pair of ``src`` and ``tgt``.

    :param mt: machine translation of each source sentence (same length as ``src``), when a model ran.
    """
    out: list[Finding] = []
    for b in beads:
        st = " ".join(src.sentences[i].text for i in b.src)
        tt = " ".join(tgt.sentences[j].text for j in b.tgt)
        if not b.tgt:
            out.append(Finding("omission", "major", b.src, (), st, "", f"{src.lang} sentence {b.src[0]} has no counterpart in {tgt.lang}"))
        elif not b.src:
            out.append(Finding("addition", "major", (), b.tgt, "", tt, f"{tgt.lang} sentence {b.tgt[0]} has no counterpart in {src.lang}"))
    return out
