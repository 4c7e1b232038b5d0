"""Sentence alignment by dynamic programming (placeholder: 1-1/1-0/0-1/1-2/2-1, quadratic)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .types import Bead, Similarity

__all__ = ["AlignConfig", "align_sentences"]


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Aligner settings. :param max_bead: most sentences on one side. :param null_cost: cost of a 1-0/0-1 bead."""

    max_bead: int = 4
    null_cost: float | None = None


def align_sentences(
    src: Sequence[str], tgt: Sequence[str], similarity: Similarity, config: AlignConfig | None = None
) -> list[Bead]:
    """Align ``src`` with ``tgt`` sentences; returns beads covering both sides in order."""
    config = config or AlignConfig()
    null = 0.6 if config.null_cost is None else config.null_cost
    n, m = len(src), len(tgt)
    sim = similarity.matrix(src, tgt) if n and m else np.zeros((n, m))
    moves = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)]
    cost = np.full((n + 1, m + 1), np.inf)
    back: dict[tuple[int, int], tuple[int, int, float, float]] = {}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for di, dj in moves:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or not np.isfinite(cost[pi, pj]):
                    continue
                if di == 0 or dj == 0:
                    s, c = 0.0, null
                else:
                    s = float(similarity.groups([src[pi:i]], [tgt[pj:j]])[0]) if (di, dj) != (1, 1) else float(sim[pi, pj])
                    c = 1.0 - s + (0.05 if (di, dj) != (1, 1) else 0.0)
                if cost[pi, pj] + c < cost[i, j]:
                    cost[i, j] = cost[pi, pj] + c
                    back[(i, j)] = (pi, pj, s, c)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, s, c = back[(i, j)]
        beads.append(Bead(tuple(range(pi, i)), tuple(range(pj, j)), s, c))
        i, j = pi, pj
    return beads[::-1]
