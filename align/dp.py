"""The aligner's band and kernel stages: which cells a dynamic programme may visit, and the DP itself.

**Band.** For every boundary row ``i`` (``0..n``) the allowed columns ``lo[i]..hi[i]`` (inclusive),
monotone in ``i``; memory and time are linear in the number of band cells. :func:`_band_from_path`
widens a path, :func:`_diagonal_band` follows the diagonal, :class:`_SentBand` stores the sentence
cosines of the cells (flat, one run of columns per row), :func:`_knn_means` reads the margin
neighbour means from it.

**Kernel.** :func:`run_dp` finds the least-cost monotone path through the band. Bead costs are
computed in NumPy a chunk of about 32k cells at a time (the caller's ``bead_cost``), then the
recursion over the chunk's rows runs in one compiled loop (:func:`_rows_numba`, numba) instead of
a NumPy call per row and move. The compiled recursion performs the same float64 operations in the
same order as :func:`run_dp_reference` (candidate = start cost + bead cost, first strictly better
move wins, 0-1 beads chained along the row as ``min.accumulate(best - k c) + k c`` with the same
1e-12 tolerance), so both kernels return the same path bit for bit from the same costs
(``tests/test_aligner_stages.py`` checks this on random costs and on NTREX-128 documents).

Kernels (:attr:`~wiredrift.align.aligner.AlignConfig.kernel`): ``"reference"`` (NumPy, row by row),
``"numba"`` (compiled; needs ``pip install 'wiredrift[fast]'``) and ``"auto"`` (numba when it is
installed and the document has at least :data:`AUTO_MIN_SENTENCES` sentences on both sides together:
below that the reference is already fast, and compiling would cost more than it saves).
numba was chosen over NumPy anti-diagonals because the 0-1 chain along a row cannot be vectorised
over an anti-diagonal with the same rounding, so only a row-wise compiled loop gives the same paths.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from .errors import ConfigError

logger = logging.getLogger(__name__)

__all__ = ["KERNELS", "AUTO_MIN_SENTENCES", "numba_available", "resolve_kernel", "run_dp", "run_dp_reference", "warm_up"]

#: Values of :attr:`~wiredrift.align.aligner.AlignConfig.kernel`.
KERNELS = ("auto", "numba", "reference")
#: ``kernel="auto"`` compiles only for documents with at least this many sentences (both sides together).
AUTO_MIN_SENTENCES = 400


# --------------------------------------------------------------------------------------------
# Bands: for every boundary row i (0..n) the allowed columns lo[i]..hi[i] (inclusive).


def _band_from_path(path: Sequence[tuple[int, int]], n: int, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns within ``width`` of a monotone path of boundary points, per row, monotone."""
    jmin = np.full(n + 1, m, dtype=np.int64)
    jmax = np.zeros(n + 1, dtype=np.int64)
    for i, j in path:
        jmin[i] = min(jmin[i], j)
        jmax[i] = max(jmax[i], j)
    # Rows the path jumps over (coarse projections) take the neighbours' columns.
    jmax = np.maximum.accumulate(jmax)
    jmin = np.minimum.accumulate(jmin[::-1])[::-1]
    lo = np.empty(n + 1, dtype=np.int64)
    hi = np.empty(n + 1, dtype=np.int64)
    # Widen along both axes: a row within `width` rows of the path gets its columns too.
    pad_lo = np.concatenate([np.full(width, jmin[0]), jmin, np.full(width, jmin[-1])])
    pad_hi = np.concatenate([np.full(width, jmax[0]), jmax, np.full(width, jmax[-1])])
    win = np.lib.stride_tricks.sliding_window_view
    lo[:] = np.clip(win(pad_lo, 2 * width + 1).min(axis=1) - width, 0, m)
    hi[:] = np.clip(win(pad_hi, 2 * width + 1).max(axis=1) + width, 0, m)
    lo[0], hi[n] = 0, m
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    return lo, hi


def _diagonal_band(n: int, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    rows = np.arange(n + 1)
    centre = np.rint(rows * (m / max(n, 1))).astype(np.int64)
    return _band_from_path(list(zip(rows.tolist(), centre.tolist())), n, m, width)


class _SentBand:
    """Sentence cosines for rows ``a`` (0..n-1) over columns ``c0[a]..c1[a]`` (inclusive), stored flat."""

    def __init__(self, c0: np.ndarray, c1: np.ndarray, values: list[np.ndarray]) -> None:
        self.c0, self.c1, self.values = c0, c1, values
        self.off = np.concatenate([[0], np.cumsum([len(v) for v in values])]).astype(np.int64)
        self.flat = np.concatenate(values) if values else np.zeros(0, dtype=np.float32)

    def rows(self) -> np.ndarray:
        """The source row of every flat entry."""
        return np.repeat(np.arange(len(self.values)), np.diff(self.off))

    def cols(self) -> np.ndarray:
        """The target column of every flat entry."""
        return np.arange(len(self.flat)) - np.repeat(self.off[:-1] - self.c0[: len(self.values)], np.diff(self.off))

    def lookup(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Cosines of sentence pairs ``(rows[k], cols[k])``; ``nan`` outside the band."""
        out = np.full(rows.shape, np.nan, dtype=np.float64)
        ok = (cols >= self.c0[rows]) & (cols <= self.c1[rows])
        out[ok] = self.flat[self.off[rows[ok]] + cols[ok] - self.c0[rows[ok]]]
        return out


def _sentence_band(
    n: int, m: int, lo: np.ndarray, hi: np.ndarray, block: Callable[[int, int, int, int], np.ndarray]
) -> _SentBand:
    """Cosines of sentence pairs (a, c) whose 1-1 bead ends inside the boundary band.

    :param block: ``block(a0, a1, c0, c1)`` returns the cosines of sources ``a0:a1`` with targets ``c0:c1``.
    """
    c0 = np.clip(lo[1:] - 1, 0, max(m - 1, 0))
    c1 = np.clip(hi[1:] - 1, 0, max(m - 1, 0))
    values: list[np.ndarray] = []
    step = 256
    for a0 in range(0, n, step):
        a1 = min(n, a0 + step)
        b0, b1 = int(c0[a0:a1].min()), int(c1[a0:a1].max()) + 1
        mat = np.asarray(block(a0, a1, b0, b1), dtype=np.float32)
        for a in range(a0, a1):
            values.append(mat[a - a0, c0[a] - b0:c1[a] - b0 + 1].copy())
    return _SentBand(c0, c1, values)


def _knn_means(band: _SentBand, n: int, m: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean of the ``k`` best cosines of every source row and target column inside the band.

    Each mean is the float64 sum of the ``k`` best values, best first, divided by their count.
    """
    if k == 0:
        return np.zeros(n, dtype=np.float32), np.zeros(m, dtype=np.float32)
    rows, cols = band.rows(), band.cols()
    return _top_k_mean(rows, band.flat, n, k), _top_k_mean(cols, band.flat, m, k)


def _top_k_mean(keys: np.ndarray, vals: np.ndarray, size: int, k: int) -> np.ndarray:
    """For every key ``0..size-1``, the mean of its ``k`` largest ``vals`` (0 for a key with none).

    With numba installed a compiled selection gives the same sums (best first, float64) without sorting.
    """
    if numba_available() and len(keys) > 100_000:
        return _compiled("top_k")(np.ascontiguousarray(keys, dtype=np.int64), vals, size, k)  # type: ignore[operator]
    order = np.lexsort((-vals, keys))
    keys, vals = keys[order], vals[order]
    starts = np.searchsorted(keys, np.arange(size))
    ends = np.searchsorted(keys, np.arange(size), side="right")
    out = np.zeros(size, dtype=np.float32)
    take = np.minimum(ends - starts, k)
    total = np.zeros(size)
    for t in range(k):  # best first, in float64, as the compiled selection adds them
        ok = take > t
        total[ok] += vals[starts[ok] + t].astype(np.float64)
    has = take > 0
    out[has] = (total / np.maximum(take, 1))[has]
    return out


def _row_argmax(band: _SentBand) -> np.ndarray:
    """For every source row, the target column with the highest cosine in the band (the first on ties)."""
    if numba_available() and len(band.flat) > 100_000:
        return _compiled("argmax")(band.flat, band.off, band.c0, int(band.c1.max()) + 1)[0]  # type: ignore[operator, index]
    order = np.lexsort((-band.flat, band.rows()))
    return band.cols()[order[band.off[:-1]]]


# --------------------------------------------------------------------------------------------
# Banded dynamic programme.


@dataclass(frozen=True, slots=True)
class _Move:
    di: int
    dj: int


#: Cells of the band per chunk of rows: temporaries stay small on any document.
_CHUNK_CELLS = 32768


def _row_chunks(
    n: int, lo: np.ndarray, widths: np.ndarray, off: np.ndarray
) -> Iterator[tuple[int, int, int, np.ndarray, np.ndarray]]:
    """The band's rows ``0..n`` in chunks of about :data:`_CHUNK_CELLS` cells (at least one row each), for
    both kernels: ``(r0, r1, s0, I, J)`` with rows ``[r0, r1)``, ``s0`` the offset of the chunk's first cell,
    and ``I``/``J`` the row and column of every cell of the chunk, in band order."""
    bounds = [0]
    while bounds[-1] < n + 1:
        r = int(np.searchsorted(off, off[bounds[-1]] + _CHUNK_CELLS, side="right")) - 1
        bounds.append(min(n + 1, max(r, bounds[-1] + 1)))
    for r0, r1 in zip(bounds, bounds[1:]):
        s0, s1 = int(off[r0]), int(off[r1])
        I = np.repeat(np.arange(r0, r1), widths[r0:r1])
        J = np.arange(s1 - s0) - np.repeat(off[r0:r1] - s0, widths[r0:r1]) + np.repeat(lo[r0:r1], widths[r0:r1])
        yield r0, r1, s0, I, J


def run_dp_reference(
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    moves: Sequence[_Move],
    bead_cost: Callable[[_Move, np.ndarray, np.ndarray], np.ndarray],
    null_cost: float,
) -> list[tuple[int, int, int, int, float]]:
    """Least-cost path through the band, row by row in NumPy (the reference kernel); beads ``(i0, i1, j0, j1, cost)`` in order.

    :param moves: the non-null moves (``di, dj >= 1``); 1-0 and 0-1 are always allowed.
    :param bead_cost: ``bead_cost(move, I, J)`` gives the cost of the bead ending at boundary cells
        ``(I, J)`` (vectors) for each cell, ``inf`` where the bead is not allowed.
    """
    widths = hi - lo + 1
    off = np.concatenate([[0], np.cumsum(widths)])
    total = int(off[-1])
    cost = np.full(total, np.inf, dtype=np.float64)
    back = np.full(total, -1, dtype=np.int16)  # index into all_moves
    all_moves = list(moves) + [_Move(1, 0), _Move(0, 1)]
    for r0, r1, s0, I, J in _row_chunks(n, lo, widths, off):
        # Per move: index of the start cell (or -1) and the bead cost, for every cell of the chunk.
        prev_idx: list[np.ndarray] = []
        step_cost: list[np.ndarray] = []
        for mv in all_moves[:-1]:
            I0, J0 = I - mv.di, J - mv.dj
            ok = I0 >= 0
            I0c = np.where(ok, I0, 0)
            ok &= (J0 >= lo[I0c]) & (J0 <= hi[I0c])
            idx = np.where(ok, off[I0c] + J0 - lo[I0c], -1)
            if mv.dj == 0:
                c = np.full(I.shape, null_cost)
            else:
                c = np.full(I.shape, np.inf)
                if ok.any():
                    c[ok] = bead_cost(mv, I[ok], J[ok])
            prev_idx.append(idx)
            step_cost.append(c)
        for i in range(r0, r1):
            a, b = int(off[i]) - s0, int(off[i + 1]) - s0
            L = b - a
            best = np.full(L, np.inf)
            arg = np.full(L, -1, dtype=np.int16)
            if i == 0:
                best[0] = 0.0 if lo[0] == 0 else np.inf
            for k in range(len(all_moves) - 1):
                idx = prev_idx[k][a:b]
                ok = idx >= 0
                if not ok.any():
                    continue
                cand = np.full(L, np.inf)
                cand[ok] = cost[idx[ok]] + step_cost[k][a:b][ok]
                better = cand < best
                best[better] = cand[better]
                arg[better] = k
            # 0-1 beads chain along the row: best[j] = min_p best[p] + (j - p) * null_cost.
            steps = np.arange(L) * null_cost
            run = np.minimum.accumulate(best - steps) + steps
            via = run < best - 1e-12
            best = np.where(via, run, best)
            arg[via] = len(all_moves) - 1
            cost[off[i]:off[i + 1]] = best
            back[off[i]:off[i + 1]] = arg
    return _trace(n, m, lo, off, hi, cost, back, all_moves)



def _col_argmax(band: _SentBand, m: int) -> np.ndarray:
    """For every target column, the source row with the highest cosine in the band (-1 for none; the first on ties)."""
    if numba_available() and len(band.flat) > 100_000:
        return _compiled("argmax")(band.flat, band.off, band.c0, m)[1]  # type: ignore[operator, index]
    rows, cols = band.rows(), band.cols()
    order = np.lexsort((rows, -band.flat, cols))
    cols = cols[order]
    first = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]]) if len(cols) else np.zeros(0, dtype=np.int64)
    arg = np.full(m, -1, dtype=np.int64)
    arg[cols[first]] = rows[order][first]
    return arg


# --------------------------------------------------------------------------------------------
# The compiled kernel.

_NUMBA: dict[str, object] = {}


def numba_available() -> bool:
    """True when numba can be imported (the ``fast`` extra); the result is remembered."""
    if "ok" not in _NUMBA:
        try:
            import numba  # noqa: F401
        except ImportError:
            _NUMBA["ok"] = False
        else:
            _NUMBA["ok"] = True
    return bool(_NUMBA["ok"])


def resolve_kernel(kernel: str, n: int, m: int) -> str:
    """``"numba"`` or ``"reference"``: what ``kernel`` means for an ``n`` x ``m`` document.

    :raises ConfigError: ``kernel`` is not one of :data:`KERNELS`, or is ``"numba"`` without numba installed.
    """
    if kernel not in KERNELS:
        raise ConfigError(f"kernel: expected one of {', '.join(KERNELS)}, got {kernel!r}")
    if kernel == "reference":
        return "reference"
    if kernel == "numba":
        if not numba_available():
            raise ConfigError("kernel: 'numba' needs the numba package: pip install 'wiredrift[fast]'")
        return "numba"
    return "numba" if n + m >= AUTO_MIN_SENTENCES and numba_available() else "reference"


def _compiled(name: str) -> Callable[..., object]:
    """The numba-compiled function ``name`` (compiled on first use, cached on disk by numba)."""
    if name not in _NUMBA:
        import numba

        def jit(fn: Callable[..., object]) -> Callable[..., object]:
            try:
                return numba.njit(cache=True, nogil=True)(fn)
            except RuntimeError as exc:  # no writable cache folder (read-only install, no home): compile each run
                logger.info("numba cannot cache %s, compiling in memory: %s", fn.__name__, exc)
                return numba.njit(cache=False, nogil=True)(fn)

        for key, fn in (("rows", _rows_py), ("approx", _approx_py), ("norms", _span_norms_py),
                        ("lexical", _lexical_py), ("top_k", _top_k_py), ("argmax", _argmax_py),
                        ("box_max", _box_max_py)):
            _NUMBA[key] = jit(fn)
    return _NUMBA[name]  # type: ignore[return-value]


def _rows_py(cost, back, off, lo, hi, r0, r1, s0, di, dj, step, null_cost):  # type: ignore[no-untyped-def]
    """Rows ``r0..r1-1`` of the recursion (compiled by numba; the body is plain Python on purpose).

    ``step[k, c - s0]`` is the cost of move ``k`` (``di[k], dj[k]``) ending at cell ``c``; the 0-1 move
    is implicit (index ``len(di)``). Same operations, in the same order, as :func:`run_dp_reference`.
    """
    nk = di.shape[0]
    for i in range(r0, r1):
        a = off[i]
        width = off[i + 1] - a
        best = np.full(width, np.inf)
        arg = np.full(width, -1, dtype=np.int16)
        if i == 0 and lo[0] == 0:
            best[0] = 0.0
        for k in range(nk):
            i0 = i - di[k]
            if i0 < 0:
                continue
            lo0, hi0, off0 = lo[i0], hi[i0], off[i0]
            for t in range(width):
                j0 = lo[i] + t - dj[k]
                if j0 < lo0 or j0 > hi0:
                    continue
                cand = cost[off0 + j0 - lo0] + step[k, a - s0 + t]
                if cand < best[t]:
                    best[t] = cand
                    arg[t] = k
        run = np.inf
        for t in range(width):
            s = t * null_cost
            v = best[t] - s
            if v < run:
                run = v
            r = run + s
            if r < best[t] - 1e-12:
                best[t] = r
                arg[t] = nk
            cost[a + t] = best[t]
            back[a + t] = arg[t]


def _trace(n: int, m: int, lo: np.ndarray, off: np.ndarray, hi: np.ndarray, cost: np.ndarray, back: np.ndarray,
           all_moves: Sequence[_Move]) -> list[tuple[int, int, int, int, float]]:
    """Beads ``(i0, i1, j0, j1, cost)`` from the filled cost/back-pointer band, in order."""
    beads: list[tuple[int, int, int, int, float]] = []
    i, j = n, m
    if not (lo[n] <= m <= hi[n]) or not np.isfinite(cost[off[n] + m - lo[n]]):
        raise RuntimeError("alignment band does not reach the end of both documents")  # a bug, not input
    dis = [mv.di for mv in all_moves]
    djs = [mv.dj for mv in all_moves]
    offl, lol, costl, backl = off.tolist(), lo.tolist(), cost, back
    while i > 0 or j > 0:
        cell = offl[i] + j - lol[i]
        k = int(backl[cell])
        pi, pj = i - dis[k], j - djs[k]
        step = float(costl[cell] - costl[offl[pi] + pj - lol[pi]])
        beads.append((pi, i, pj, j, step))
        i, j = pi, pj
    return beads[::-1]


def run_dp(
    n: int,
    m: int,
    lo: np.ndarray,
    hi: np.ndarray,
    moves: Sequence[_Move],
    bead_cost: Callable[[_Move, np.ndarray, np.ndarray], np.ndarray],
    null_cost: float,
    kernel: str = "reference",
) -> list[tuple[int, int, int, int, float]]:
    """Least-cost path through the band; returns beads ``(i0, i1, j0, j1, cost)`` in order.

    :param moves: the non-null moves (``di, dj >= 1``); 1-0 and 0-1 are always allowed.
    :param bead_cost: ``bead_cost(move, I, J)`` gives the cost of the bead ending at boundary cells
        ``(I, J)`` (vectors) for each cell, ``inf`` where the bead is not allowed.
    :param kernel: ``"numba"`` or ``"reference"`` (see :func:`resolve_kernel`).
    """
    if kernel == "reference":
        return run_dp_reference(n, m, lo, hi, moves, bead_cost, null_cost)
    rows = _compiled("rows")
    lo = np.ascontiguousarray(lo, dtype=np.int64)
    hi = np.ascontiguousarray(hi, dtype=np.int64)
    widths = hi - lo + 1
    off = np.concatenate([[0], np.cumsum(widths)]).astype(np.int64)
    total = int(off[-1])
    cost = np.full(total, np.inf, dtype=np.float64)
    back = np.full(total, -1, dtype=np.int16)
    all_moves = list(moves) + [_Move(1, 0), _Move(0, 1)]
    di = np.array([mv.di for mv in all_moves[:-1]], dtype=np.int64)
    dj = np.array([mv.dj for mv in all_moves[:-1]], dtype=np.int64)
    for r0, r1, s0, I, J in _row_chunks(n, lo, widths, off):
        step = np.full((len(di), len(I)), np.inf)
        for k, mv in enumerate(all_moves[:-1]):
            if mv.dj == 0:
                step[k] = null_cost
                continue
            I0, J0 = I - mv.di, J - mv.dj
            ok = I0 >= 0
            I0c = np.where(ok, I0, 0)
            ok &= (J0 >= lo[I0c]) & (J0 <= hi[I0c])
            if ok.any():
                step[k, ok] = bead_cost(mv, I[ok], J[ok])
        rows(cost, back, off, lo, hi, r0, r1, s0, di, dj, step, float(null_cost))
    return _trace(n, m, lo, off, hi, cost, back, all_moves)


# --------------------------------------------------------------------------------------------
# Compiled scoring of the rehearsal's approximate beads (normalised sums of sentence vectors).


def _span_norms_py(gs, big):  # type: ignore[no-untyped-def]
    """``out[k, I]``: norm of the sum of source vectors ``I-k..I-1`` from ``gs[x, d] = v[x] . v[x+d]``."""
    n = gs.shape[0]
    out = np.zeros((big + 1, n + 1))
    for k in range(1, big + 1):
        for end in range(k, n + 1):
            total = 0.0
            for x in range(end - k, end):
                total += gs[x, 0]
                for y in range(x + 1, end):
                    total += 2.0 * gs[x, y - x]
            out[k, end] = max(math.sqrt(max(total, 0.0)), 1e-12)
    return out


def _approx_py(flat, base, ns, nt, I, J, di, dj, n, m, unrelated):  # type: ignore[no-untyped-def]
    """Cosine, neighbour mean and best sub-bead cosine of beads ``(I - di, I, J - dj, J)`` from box sums.

    ``flat[base[x] + y]`` is ``vs[x] . vt[y]`` for every pair a bead in the band reads (see
    :func:`approx_groups_numba`); ``ns[k, I]`` the norm of the sum of source vectors ``I-k..I-1``.
    The band reads are written out in the loops: numba compiles a helper function (even inlined)
    into code about 50 times slower here.
    """
    cnt = I.shape[0]
    cos = np.empty(cnt)
    nbm = np.empty(cnt)
    sub = np.empty(cnt)
    col = np.zeros(dj + 2)  # col[t]: sum over the source span of vs[x] . vt[J - dj - 1 + t]
    for c in range(cnt):
        i, j = I[c], J[c]
        for t in range(dj + 2):
            y = j - dj - 1 + t
            acc = 0.0
            if y >= 0 and y < m:
                for x in range(i - di, i):
                    acc += flat[base[x] + y]
            col[t] = acc
        dot = 0.0
        for t in range(1, dj + 1):
            dot += col[t]
        s_norm, t_norm = ns[di, i], nt[dj, j]
        cos[c] = dot / (s_norm * t_norm)
        # Neighbours: the source span with the targets around, the target span with the sources around
        # (a missing one at a document edge is left out; a side with none counts as `unrelated`).
        k1 = 0
        side1 = 0.0
        if j - dj - 1 >= 0:
            k1 += 1
            side1 += col[0] / s_norm
        if j < m:
            k1 += 1
            side1 += col[dj + 1] / s_norm
        side1 = side1 / k1 if k1 > 0 else unrelated
        k2 = 0
        side2 = 0.0
        if i - di - 1 >= 0:
            acc = 0.0
            b0 = base[i - di - 1]
            for y in range(j - dj, j):
                acc += flat[b0 + y]
            k2 += 1
            side2 += acc / t_norm
        if i < n:
            acc = 0.0
            b0 = base[i]
            for y in range(j - dj, j):
                acc += flat[b0 + y]
            k2 += 1
            side2 += acc / t_norm
        side2 = side2 / k2 if k2 > 0 else unrelated
        nbm[c] = (side1 + side2) / 2
        best = -1.0
        if di > 1:
            for end in range(i - 1, i + 1):
                acc = 0.0
                for x in range(end - di + 1, end):
                    b0 = base[x]
                    for y in range(j - dj, j):
                        acc += flat[b0 + y]
                best = max(best, acc / (ns[di - 1, end] * t_norm))
        if dj > 1:
            for end in range(j - 1, j + 1):
                acc = 0.0
                for y in range(end - dj + 1, end):
                    acc += col[y - (j - dj - 1)]
                best = max(best, acc / (s_norm * nt[dj - 1, end]))
        sub[c] = best
    return cos, nbm, sub


def approx_groups_numba(
    vs: np.ndarray, vt: np.ndarray, unrelated: float, lo: np.ndarray, hi: np.ndarray, big: int
) -> Callable[[_Move, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The compiled twin of the aligner's ``_approx_groups`` for beads ending in the band ``lo``/``hi``.

    Every cosine is a box sum of sentence dot products (``vs @ vt.T`` over a widened band, computed
    once; the band ``lo``/``hi`` must be monotone, as every band here is) divided by the norms of the two spans, instead of a dot product of normalised summed
    vectors per bead and move: the same values up to float32 rounding (about 1e-6), in linear memory.

    :param big: largest bead side (``max_bead``).
    """
    n, m = len(vs), len(vt)
    norms = _compiled("norms")
    approx = _compiled("approx")

    def gram(v: np.ndarray) -> np.ndarray:
        g = np.zeros((len(v), big), dtype=np.float64)
        for d in range(min(big, len(v))):
            g[: len(v) - d, d] = np.einsum("ij,ij->i", v[: len(v) - d], v[d:])
        return g

    ns = norms(gram(vs), big)
    nt = norms(gram(vt), big)
    # Rows x of the dot-product band: every cell (I, J) with I - big - 1 <= x <= I reads columns
    # J - big - 1 .. J, so row x needs lo[x] - big - 1 .. hi[x + big + 1].
    rows = np.arange(n)
    gc0 = np.clip(lo[rows] - big - 1, 0, m - 1).astype(np.int64)
    gc1 = np.clip(hi[np.minimum(rows + big + 1, n)], 0, m - 1).astype(np.int64)
    goff = np.concatenate([[0], np.cumsum(gc1 - gc0 + 1)]).astype(np.int64)
    flat = np.empty(int(goff[-1]), dtype=np.float64)
    step = 64
    for a0 in range(0, n, step):
        a1 = min(n, a0 + step)
        b0, b1 = int(gc0[a0:a1].min()), int(gc1[a0:a1].max()) + 1
        mat = vs[a0:a1] @ vt[b0:b1].T
        e0, e1 = int(goff[a0]), int(goff[a1])
        rows = np.repeat(np.arange(a0, a1), gc1[a0:a1] - gc0[a0:a1] + 1)
        cols = np.arange(e0, e1) - goff[rows] + gc0[rows]
        flat[e0:e1] = mat[rows - a0, cols - b0]
    base = (goff[:-1] - gc0).astype(np.int64)

    def fn(mv: _Move, I: np.ndarray, J: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return approx(flat, base, ns, nt, np.ascontiguousarray(I, dtype=np.int64),
                      np.ascontiguousarray(J, dtype=np.int64), mv.di, mv.dj, n, m, float(unrelated))

    return fn


def _lexical_py(ps, pt, ts, tt, I, J, di, dj, ratio, lw, tw, pw, hd):  # type: ignore[no-untyped-def]
    """Compiled twin of ``_Scorer.lexical``, in the same float32 arithmetic.

    ``ps``/``pt``: float32 prefix sums of ``(len, tokens[hd], punct[...])`` per sentence; ``ts``/``tt``:
    float64 prefix sums of each sentence's token and punctuation totals (columns 0 and 1). Token and
    punctuation counts are whole numbers, so their sums are exact in any order; the length term is
    computed in float32 as NumPy does (``log`` may differ from NumPy's by one unit in the last place).
    """
    cnt = I.shape[0]
    q = np.zeros(cnt)
    f15 = np.float32(15.0)
    ratio32, lw32, tw32, pw32 = np.float32(ratio), np.float32(lw), np.float32(tw), np.float32(pw)
    half, two, three = np.float32(0.5), np.float32(2.0), np.float32(3.0)
    dim = ps.shape[1]
    for c in range(cnt):
        i, j = I[c], J[c]
        ls = ps[i, 0] - ps[i - di, 0]
        lt = pt[j, 0] - pt[j - dj, 0]
        pen = np.abs(np.log((lt + f15) / (ratio32 * ls + f15)))
        if pen > three:
            pen = three
        out = 0.0 - np.float64(lw32 * pen)
        for g, a, b, w in ((0, 1, 1 + hd, tw32), (1, 1 + hd, dim, pw32)):
            if w == 0:
                continue
            # Counts per side from the row totals: the bucket loop only runs when both sides have some.
            cs = ts[i, g] - ts[i - di, g]
            ct = tt[j, g] - tt[j - dj, g]
            tot = cs + ct
            mn = 0.0
            if cs > 0 and ct > 0:
                for d in range(a, b):
                    mn += np.float64(min(ps[i, d] - ps[i - di, d], pt[j, d] - pt[j - dj, d]))
            if tot > 0:
                dice = two * np.float32(mn) / np.float32(max(tot, 1.0))
                out += np.float64(w * (dice - half))
        q[c] = out
    return q


def feature_totals(prefix: np.ndarray, hash_dim: int) -> np.ndarray:
    """Prefix sums (float64) of each sentence's token and punctuation totals, from the feature prefix sums."""
    rows = np.diff(prefix.astype(np.float64), axis=0)
    per = np.stack([rows[:, 1:1 + hash_dim].sum(axis=1), rows[:, 1 + hash_dim:].sum(axis=1)], axis=1)
    return np.concatenate([np.zeros((1, 2)), np.cumsum(per, axis=0)])


def lexical_numba(ps: np.ndarray, pt: np.ndarray, ts: np.ndarray, tt: np.ndarray, I: np.ndarray, J: np.ndarray, di: int, dj: int, ratio: float,
                  weights: tuple[float, float, float], hash_dim: int) -> np.ndarray:
    """Length-ratio penalty plus token and punctuation Dice agreement of beads ending at ``(I, J)``.

    :param ts: :func:`feature_totals` of ``ps`` (``tt`` of ``pt``).
    :param weights: ``(length_weight, token_weight, punct_weight)``.
    """
    fn = _compiled("lexical")
    return fn(ps, pt, ts, tt, np.ascontiguousarray(I, dtype=np.int64), np.ascontiguousarray(J, dtype=np.int64),
              di, dj, float(ratio), *map(float, weights), hash_dim)  # type: ignore[operator]


def _top_k_py(keys, vals, size, k):  # type: ignore[no-untyped-def]
    """Compiled twin of the sort in :func:`_top_k_mean`: the ``k`` best values per key, summed best first."""
    top = np.full((size, k), -np.inf)
    have = np.zeros(size, dtype=np.int64)
    for e in range(keys.shape[0]):
        key = keys[e]
        v = np.float64(vals[e])
        h = have[key]
        if h < k:
            have[key] = h + 1
            pos = h
        elif v > top[key, k - 1]:
            pos = k - 1
        else:
            continue
        while pos > 0 and top[key, pos - 1] < v:
            top[key, pos] = top[key, pos - 1]
            pos -= 1
        top[key, pos] = v
    out = np.zeros(size, dtype=np.float32)
    for key in range(size):
        if have[key] > 0:
            total = 0.0
            for t in range(have[key]):
                total += top[key, t]
            out[key] = total / have[key]
    return out


def _argmax_py(flat, off, c0, m):  # type: ignore[no-untyped-def]
    """Compiled row and column argmax of a band (first row / first column on ties), as the sorts give them."""
    n = off.shape[0] - 1
    row_arg = np.empty(n, dtype=np.int64)
    col_best = np.full(m, -np.inf)
    col_arg = np.full(m, -1, dtype=np.int64)
    for a in range(n):
        best = -np.inf
        arg = -1
        for e in range(off[a], off[a + 1]):
            v = flat[e]
            col = c0[a] + e - off[a]
            if arg < 0 or v > best:
                best = v
                arg = col
            if col_arg[col] < 0 or v > col_best[col]:
                col_best[col] = v
                col_arg[col] = a
        row_arg[a] = arg
    return row_arg, col_arg


def warm_up() -> float:
    """Load (or compile) the numba kernels now; returns the seconds it took (0 without numba)."""
    import time

    if not numba_available():
        return 0.0
    t0 = time.perf_counter()
    rng = np.random.default_rng(0)
    vs = _unit_rows(rng.normal(size=(12, 8)).astype(np.float32))
    vt = _unit_rows(rng.normal(size=(12, 8)).astype(np.float32))
    lo, hi = np.zeros(13, dtype=np.int64), np.full(13, 12, dtype=np.int64)
    fn = approx_groups_numba(vs, vt, 0.0, lo, hi, 2)
    fn(_Move(2, 2), np.array([5]), np.array([5]))
    feats = np.zeros((13, 3), dtype=np.float32)
    tots = feature_totals(feats, 1)
    lexical_numba(feats, feats, tots, tots, np.array([5]), np.array([5]), 1, 1, 1.0, (0.5, 0.5, 0.5), 1)
    _compiled("top_k")(np.zeros(3, dtype=np.int64), np.zeros(3, dtype=np.float32), 1, 2)  # type: ignore[operator]
    _compiled("argmax")(np.zeros(3, dtype=np.float32), np.array([0, 3]), np.array([0]), 3)  # type: ignore[operator]
    run_dp(12, 12, lo, hi, [_Move(1, 1)], lambda mv, I, J: np.zeros(len(I)), 0.5, "numba")
    return time.perf_counter() - t0


def _unit_rows(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _box_max_py(flat, off, c0, c1, I, J, di, dj, best):  # type: ignore[no-untyped-def]
    """Compiled twin of the gain check's loop: ``fmax`` of ``best`` and every band cosine in the bead's box."""
    out = best.copy()
    for c in range(I.shape[0]):
        b = out[c]
        for x in range(di):
            a = I[c] - 1 - x
            for y in range(dj):
                col = J[c] - 1 - y
                if c0[a] <= col <= c1[a]:
                    v = np.float64(flat[off[a] + col - c0[a]])
                    if v > b or np.isnan(b):
                        b = v
        out[c] = b
    return out


def box_max_numba(band: _SentBand, I: np.ndarray, J: np.ndarray, di: int, dj: int, best: np.ndarray) -> np.ndarray:
    """The largest of ``best`` and the band cosines of every sentence pair inside beads ``(I - di, I, J - dj, J)``."""
    return _compiled("box_max")(band.flat, band.off, band.c0, band.c1, np.ascontiguousarray(I, dtype=np.int64),  # type: ignore[operator]
                                np.ascontiguousarray(J, dtype=np.int64), di, dj, np.ascontiguousarray(best, dtype=np.float64))
