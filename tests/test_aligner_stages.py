"""The aligner's stages one by one (band, kernel, scoring, passes), and the compiled kernel against the reference.

The numba kernel must give the SAME alignment as the NumPy reference: on random cost tables (bit for bit,
ties included), on random similarity vectors, and on real NTREX-128 documents with the bundled encoder.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from wiredrift.align import dp
from wiredrift.align.aligner import AlignConfig, _approx_groups, _Scorer, align_sentences
from wiredrift.align.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
needs_numba = pytest.mark.skipif(not dp.numba_available(), reason="numba is not installed (pip install 'wiredrift[fast]')")


# --------------------------------------------------------------------------------------------
# Band.


def test_band_from_path_holds_the_path_and_is_monotone():
    path = [(0, 0), (3, 2), (5, 7), (9, 9), (12, 10)]
    lo, hi = dp._band_from_path(path, 12, 10, 2)
    for i, j in path:
        assert lo[i] <= j <= hi[i]
    assert lo[0] == 0 and hi[12] == 10
    assert (np.diff(lo) >= 0).all() and (np.diff(hi) >= 0).all() and (lo <= hi).all()
    # Width: a row two rows away from the path still reaches the path's columns.
    assert lo[7] <= 7 and hi[7] >= 9


def test_diagonal_band_follows_the_diagonal():
    lo, hi = dp._diagonal_band(100, 50, 3)
    for i in range(101):
        assert lo[i] <= round(i / 2) <= hi[i]
    assert (hi - lo).max() <= 2 * 3 + 4


def _dense_band(rng: np.random.Generator, n: int, m: int) -> tuple[dp._SentBand, np.ndarray]:
    mat = np.round(rng.normal(size=(n, m)), 1).astype(np.float32)  # rounded: ties on purpose
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    return dp._sentence_band(n, m, lo, hi, lambda a0, a1, c0, c1: mat[a0:a1, c0:c1]), mat


def test_sentence_band_lookup_and_knn_means_match_brute_force():
    rng = np.random.default_rng(1)
    band, mat = _dense_band(rng, 30, 25)
    rows, cols = rng.integers(0, 30, 50), rng.integers(0, 25, 50)
    assert np.array_equal(band.lookup(rows, cols), mat[rows, cols].astype(np.float64))
    row, col = dp._knn_means(band, 30, 25, 4)
    assert np.allclose(row, np.sort(mat, axis=1)[:, -4:].mean(axis=1), atol=1e-6)
    assert np.allclose(col, np.sort(mat, axis=0)[-4:, :].mean(axis=0), atol=1e-6)
    # Narrow band: outside it, nan.
    lo, hi = dp._diagonal_band(30, 25, 2)
    narrow = dp._sentence_band(30, 25, lo, hi, lambda a0, a1, c0, c1: mat[a0:a1, c0:c1])
    assert np.isnan(narrow.lookup(np.array([0]), np.array([24])))[0]


@pytest.mark.parametrize("compiled", [False, True])
def test_argmaxes_take_the_first_best(compiled, monkeypatch):
    if compiled and not dp.numba_available():
        pytest.skip("numba is not installed")
    rng = np.random.default_rng(2)
    band, mat = _dense_band(rng, 400, 300)  # 120k cells: above the size where the compiled path is used
    if not compiled:
        monkeypatch.setitem(dp._NUMBA, "ok", False)
    assert np.array_equal(dp._row_argmax(band), mat.argmax(axis=1))
    assert np.array_equal(dp._col_argmax(band, 300), mat.argmax(axis=0))
    a = dp._knn_means(band, 400, 300, 3)
    monkeypatch.setitem(dp._NUMBA, "ok", not compiled)
    b = dp._knn_means(band, 400, 300, 3)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


# --------------------------------------------------------------------------------------------
# Kernel.


def test_kernel_setting_is_checked():
    with pytest.raises(ConfigError, match="kernel"):
        AlignConfig(kernel="cython")
    assert dp.resolve_kernel("reference", 10_000, 10_000) == "reference"
    assert dp.resolve_kernel("auto", 5, 5) == "reference"  # small: compiling would cost more than it saves


def test_numba_kernel_needs_numba(monkeypatch):
    monkeypatch.setitem(dp._NUMBA, "ok", False)
    with pytest.raises(ConfigError, match=r"pip install 'wiredrift\[fast\]'"):
        dp.resolve_kernel("numba", 10, 10)
    assert dp.resolve_kernel("auto", 10_000, 10_000) == "reference"


def _random_cost(rng: np.random.Generator, n: int, m: int, quant: float):
    table = {}

    def cost(mv: dp._Move, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        if (mv.di, mv.dj) not in table:
            t = rng.uniform(-1.0, 1.5, size=(n + 1, m + 1))
            if quant:
                t = np.round(t / quant) * quant  # many exact ties between moves and paths
            t[rng.uniform(size=t.shape) < 0.05] = np.inf  # beads that are not allowed
            table[(mv.di, mv.dj)] = t
        return table[(mv.di, mv.dj)][I, J]
    return cost


@needs_numba
@pytest.mark.parametrize("seed", range(6))
def test_numba_kernel_gives_the_reference_path_bit_for_bit(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(20, 120)), int(rng.integers(20, 120))
    moves = [dp._Move(a, b) for a in range(1, 4) for b in range(1, 4)]
    if seed % 2:
        lo, hi = dp._diagonal_band(n, m, 4)
    else:
        lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    for quant, null in ((0.0, 0.37), (0.5, 0.5), (0.25, 0.25)):
        cost = _random_cost(np.random.default_rng(seed + 100), n, m, quant)
        ref = dp.run_dp(n, m, lo, hi, moves, cost, null, "reference")
        fast = dp.run_dp(n, m, lo, hi, moves, cost, null, "numba")
        assert ref == fast  # beads and their costs, exactly


# --------------------------------------------------------------------------------------------
# Scoring.


@needs_numba
def test_compiled_rehearsal_scores_match_the_numpy_ones():
    rng = np.random.default_rng(3)
    n, m = 60, 55
    vs = rng.normal(size=(n, 16)).astype(np.float32)
    vt = rng.normal(size=(m, 16)).astype(np.float32)
    vs /= np.linalg.norm(vs, axis=1, keepdims=True)
    vt /= np.linalg.norm(vt, axis=1, keepdims=True)
    lo, hi = dp._diagonal_band(n, m, 5)
    fast = dp.approx_groups_numba(vs, vt, 0.05, lo, hi, 4)
    slow = _approx_groups(vs, vt, 0.05)
    for di in range(1, 5):
        for dj in range(1, 5):
            I = np.repeat(np.arange(n + 1), hi - lo + 1)
            J = np.concatenate([np.arange(lo[i], hi[i] + 1) for i in range(n + 1)])
            ok = (I >= di) & (J >= dj) & (J - dj >= lo[np.maximum(I - di, 0)])
            mv = dp._Move(di, dj)
            for a, b in zip(fast(mv, I[ok], J[ok]), slow(mv, I[ok], J[ok])):
                assert np.allclose(a, b, atol=2e-6)


@needs_numba
def test_compiled_lexical_score_matches_the_numpy_one():
    src = ["Kapolri tiba di Bandung, Rabu (13/3).", "Harga beras naik menjadi Rp80.000 per karung.",
           "\"Kami siap,\" kata dia.", "Presiden Joko Widodo membuka acara itu di Jawa Barat.", "Sebanyak 12 orang hadir?"]
    tgt = ["The national police chief arrived in Bandung on Wednesday (13/3).", "Rice rose to Rp80,000 a sack.",
           "\"We are ready,\" he said.", "President Joko Widodo opened the event in West Java.", "Twelve people came?"]
    lexical = AlignConfig(length_weight=0.6, token_weight=0.3, punct_weight=0.15)  # the check's evidence
    ref = _Scorer(src, tgt, lexical, 0.5, "reference")
    fast = _Scorer(src, tgt, lexical, 0.5, "numba")
    for di in (1, 2):
        for dj in (1, 2, 3):
            I, J = np.meshgrid(np.arange(di, 6), np.arange(dj, 6))
            I, J = I.ravel(), J.ravel()
            a = ref.lexical(dp._Move(di, dj), I, J)
            b = fast.lexical(dp._Move(di, dj), I, J)
            assert np.allclose(a, b, rtol=0, atol=1e-6)
            assert np.ptp(a) > 0  # the score reads the texts


# --------------------------------------------------------------------------------------------
# Passes: whole alignments, compiled against the reference.


class _Vectors:
    """Similarity through given vectors, concatenations as normalised sums (a stand-in for an encoder)."""

    def __init__(self, vs: np.ndarray, vt: np.ndarray) -> None:
        self.v = {f"s{i}": x for i, x in enumerate(vs)} | {f"t{j}": x for j, x in enumerate(vt)}

    def embed(self, texts):
        return np.stack([self.v[t] for t in texts])

    def matrix(self, src, tgt):
        return self.embed(src) @ self.embed(tgt).T

    def groups(self, sg, tg):
        a = np.stack([self.embed(list(g)).sum(axis=0) for g in sg])
        b = np.stack([self.embed(list(g)).sum(axis=0) for g in tg])
        a /= np.linalg.norm(a, axis=1, keepdims=True)
        b /= np.linalg.norm(b, axis=1, keepdims=True)
        return np.einsum("ij,ij->i", a, b)


@needs_numba
@pytest.mark.slow  # numba compiles the kernel on first use in a process
@pytest.mark.parametrize("seed", range(3))
def test_random_vectors_align_the_same_with_both_kernels(seed):
    rng = np.random.default_rng(seed)
    n = 300
    base = rng.normal(size=(n, 24)).astype(np.float32)
    rows = []
    for i in range(n):  # merges, deletions and insertions, like a translation
        r = rng.uniform()
        if r < 0.08 and rows:
            rows[-1] = rows[-1] + base[i]
        elif r < 0.12:
            continue
        else:
            rows.append(base[i].copy())
        if rng.uniform() < 0.04:
            rows.append(rng.normal(size=24).astype(np.float32))
    vt = np.stack(rows) + 0.6 * rng.normal(size=(len(rows), 24)).astype(np.float32)
    vs = base / np.linalg.norm(base, axis=1, keepdims=True)
    vt = vt / np.linalg.norm(vt, axis=1, keepdims=True)
    sim = _Vectors(vs, vt)
    src, tgt = [f"s{i}" for i in range(n)], [f"t{j}" for j in range(len(vt))]
    for extra in ({}, {"max_cells": 5_000}, {"concat": False}):
        a = align_sentences(src, tgt, sim, AlignConfig(kernel="reference", **extra))
        b = align_sentences(src, tgt, sim, AlignConfig(kernel="numba", **extra))
        assert [(x.src, x.tgt) for x in a] == [(x.src, x.tgt) for x in b]
        assert np.allclose([x.cost for x in a], [x.cost for x in b], atol=1e-6)


def _ntrex_docs():
    spec = importlib.util.spec_from_file_location("bench_ntrex_align", ROOT / "scripts" / "bench_ntrex_align.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return mod, mod.read_docs(ROOT / "corpora" / "ntrex128-sample" / "ntrex128_id_en.sample.tsv")


@needs_numba
@pytest.mark.slow
def test_ntrex_documents_align_the_same_with_both_kernels(tmp_path):
    """Real NTREX-128 id-en documents, clean and perturbed, embedded with the bundled encoder."""
    from wiredrift.align.embed import EmbeddingSimilarity

    mod, docs = _ntrex_docs()
    assert len(docs) == 10
    sim = EmbeddingSimilarity(cache_dir=tmp_path)
    rng = random.Random(13)
    ids = sorted(docs)
    heads = [docs[d].tgt[0] for d in ids]
    chained_s: list[str] = []
    chained_t: list[str] = []
    compared = 0
    for k, doc_id in enumerate(ids):
        doc = docs[doc_id]
        variants = [doc]
        if len(doc.beads) >= 6:
            variants.append(mod.perturb(doc, rng, k, heads[(k + 3) % len(heads)].rstrip(".")))
        for d in variants:
            for extra in ({}, {"max_cells": 200}):  # full matrix, and the coarse-to-fine band
                a = align_sentences(d.src, d.tgt, sim, AlignConfig(kernel="reference", **extra))
                b = align_sentences(d.src, d.tgt, sim, AlignConfig(kernel="numba", **extra))
                assert [(x.src, x.tgt) for x in a] == [(x.src, x.tgt) for x in b], doc_id
                compared += 1
        chained_s += variants[-1].src
        chained_t += variants[-1].tgt
    # All ten perturbed documents as one, through the coarse-to-fine band.
    a = align_sentences(chained_s, chained_t, sim, AlignConfig(kernel="reference", max_cells=5_000))
    b = align_sentences(chained_s, chained_t, sim, AlignConfig(kernel="numba", max_cells=5_000))
    assert [(x.src, x.tgt) for x in a] == [(x.src, x.tgt) for x in b]
    assert compared >= 30


def _group_cosines_loop(cands, src, tgt, sim, unrelated):
    """The candidate scoring as it was written before it was vectorised: one Python loop per candidate."""
    from wiredrift.align.aligner import _sub_beads

    n, m = len(src), len(tgt)
    pairs = []
    for i0, i1, j0, j1 in cands.tolist():
        pairs.append((i0, i1, j0, j1))
        pairs += [(i0, i1, j0 - 1, j0), (i0, i1, j1, j1 + 1), (i0 - 1, i0, j0, j1), (i1, i1 + 1, j0, j1)]
        pairs += _sub_beads(i0, i1, j0, j1)
    valid = [p for p in dict.fromkeys(pairs) if 0 <= p[0] < p[1] <= n and 0 <= p[2] < p[3] <= m]
    sims = sim.groups([src[a:b] for a, b, _, _ in valid], [tgt[c:d] for _, _, c, d in valid])
    table = dict(zip(valid, np.asarray(sims, dtype=np.float64).tolist()))
    out = []
    for i0, i1, j0, j1 in cands.tolist():
        side_s = [table[p] for p in ((i0, i1, j0 - 1, j0), (i0, i1, j1, j1 + 1)) if p in table]
        side_t = [table[p] for p in ((i0 - 1, i0, j0, j1), (i1, i1 + 1, j0, j1)) if p in table]
        sides = [sum(x) / len(x) if x else unrelated for x in (side_s, side_t)]
        subs = [table[p] for p in _sub_beads(i0, i1, j0, j1) if p in table]
        out.append((table[(i0, i1, j0, j1)], sum(sides) / 2, max(subs) if subs else np.nan))
    return valid, out


def _random_pair(seed: int, n: int, m: int) -> tuple[np.ndarray, np.ndarray, _Vectors, list[str], list[str]]:
    """Random 8-d sentence vectors for ``n`` x ``m`` sentences, their similarity and placeholder texts."""
    rng = np.random.default_rng(seed)
    vs = rng.normal(size=(n, 8)).astype(np.float32)
    vt = rng.normal(size=(m, 8)).astype(np.float32)
    sim = _Vectors(vs / np.linalg.norm(vs, axis=1, keepdims=True), vt / np.linalg.norm(vt, axis=1, keepdims=True))
    return vs, vt, sim, [f"s{i}" for i in range(n)], [f"t{j}" for j in range(m)]


def test_candidate_scores_match_the_per_candidate_loop():
    from wiredrift.align.aligner import _group_cosines, _window_candidates

    n, m = 40, 37
    vs, vt, sim, src, tgt = _random_pair(5, n, m)
    lo, hi = dp._diagonal_band(n, m, 4)
    moves = [dp._Move(a, b) for a in range(1, 4) for b in range(1, 4) if a + b > 2]
    cands = _window_candidates([(0, 12, 0, 11), (10, 25, 9, 24), (30, 40, 28, 37)], lo, hi, moves)
    assert len(cands) > 50
    calls = []

    class Recording(_Vectors):
        def groups(self, sg, tg):
            calls.append([(tuple(a), tuple(b)) for a, b in zip(sg, tg)])
            return super().groups(sg, tg)

    rec = Recording(vs / np.linalg.norm(vs, axis=1, keepdims=True), vt / np.linalg.norm(vt, axis=1, keepdims=True))
    _, cos, nbm, sub = _group_cosines(cands, src, tgt, rec, None, None, True, 0.07, np.zeros(n), np.zeros(m),
                                      chunk=10**6)
    valid, want = _group_cosines_loop(cands, src, tgt, sim, 0.07)
    # The same texts asked for, in the same order (an encoder's batches stay the same) ...
    assert calls == [[(tuple(src[a:b]), tuple(tgt[c:d])) for a, b, c, d in valid]]
    # ... and the same numbers, exactly.
    got = list(zip(cos.tolist(), nbm.tolist(), sub.tolist()))
    for g, w in zip(got, want):
        assert g[0] == w[0] and g[1] == w[1] and (g[2] == w[2] or (np.isnan(g[2]) and np.isnan(w[2])))


# --------------------------------------------------------------------------------------------
# Passes: the window logic between pass A and pass B.


def test_neighbour_margin_corrects_each_neighbour_by_its_own_sentence():
    """Each of the four neighbour cosines is lowered by its neighbour sentence's correction (AlignConfig's
    neighbour_margin): a target neighbour by ``adj_col``, a source neighbour by ``adj_row``."""
    from wiredrift.align.aligner import _group_cosines

    n, m = 12, 11
    _, _, sim, src, tgt = _random_pair(7, n, m)
    rng = np.random.default_rng(8)
    cands = np.array([(3, 5, 4, 5), (6, 7, 5, 7), (1, 2, 1, 2)], dtype=np.int64)  # inner beads: every neighbour exists
    _, _, plain, _ = _group_cosines(cands, src, tgt, sim, None, None, True, 0.07, np.zeros(n), np.zeros(m))
    adj_row, adj_col = rng.normal(size=n) / 10, rng.normal(size=m) / 10
    _, _, fixed, _ = _group_cosines(cands, src, tgt, sim, None, None, True, 0.07, adj_row, adj_col)
    for k, (i0, i1, j0, j1) in enumerate(cands.tolist()):
        # the neighbour mean halves each side's mean of two: a quarter of each neighbour's correction
        expected = plain[k] - (adj_col[j0 - 1] + adj_col[j1] + adj_row[i0 - 1] + adj_row[i1]) / 4
        assert fixed[k] == pytest.approx(expected, abs=1e-9)


def test_uncertain_windows_cover_runs_of_non_anchors_with_context():
    from wiredrift.align.aligner import _uncertain_windows

    path = [(0, 1, 0, 1, 0.0), (1, 2, 1, 2, 0.0), (2, 3, 2, 2, 0.5), (3, 4, 2, 3, 0.0), (4, 5, 3, 4, 0.0)]
    assert _uncertain_windows(path, [True, True, False, True, True]) == [(1, 4, 1, 3)]
    assert _uncertain_windows(path, [True] * 5) == []
    assert _uncertain_windows(path, [False] * 5) == [(0, 5, 0, 4)]
    # Two runs, each with a bead of context; at the edges the context is cut.
    assert _uncertain_windows(path, [False, True, True, True, False]) == [(0, 2, 0, 2), (3, 5, 2, 4)]


def test_multi_bead_windows_surround_every_bead_that_is_not_one_to_one():
    from wiredrift.align.aligner import _multi_bead_windows

    path = [(0, 1, 0, 1, 0.0), (1, 3, 1, 2, 0.0), (3, 4, 2, 3, 0.0), (4, 5, 3, 3, 0.5)]
    assert _multi_bead_windows(path) == [(0, 4, 0, 3), (3, 5, 2, 3)]
    assert _multi_bead_windows(path[:1]) == []


def test_first_band_is_the_whole_matrix_when_small_and_narrow_when_long():
    from wiredrift.align.aligner import _first_band

    lo, hi = _first_band(10, 12, None, None, AlignConfig(), 0.5, "reference")
    assert (lo == 0).all() and (hi == 12).all()
    rng = np.random.default_rng(4)
    v = rng.normal(size=(400, 8)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    lo, hi = _first_band(400, 400, v, v.copy(), AlignConfig(max_cells=10_000), 0.5, "reference")
    assert all(lo[i] <= i <= hi[i] for i in range(401))  # the identity path is inside
    assert (hi - lo).max() < 200  # and the band is far narrower than the matrix


# --------------------------------------------------------------------------------------------
# Scoring evidence read from the texts.


def test_features_count_shared_tokens_and_punctuation_per_sentence():
    import zlib

    from wiredrift.align.aligner import _HASH_DIM, _PUNCT_CLASSES, _features, _tokens

    src = ["Kapolri Listyo Sigit tiba di Bandung, Rabu (13/3).", "\"Kami siap,\" kata dia; «ya»!",
           "Harga naik jadi Rp80.000? Tidak: Rp75.000 [sic]."]
    tgt = ["Police chief Listyo Sigit arrived in Bandung on Wednesday (13/3).", "\"We are ready,\" he said!",
           "Up to Rp80,000? No: Rp75,000."]
    fs, ft = _features(src, tgt)
    shared = {t for x in src for t in _tokens(x)} & {t for x in tgt for t in _tokens(x)}
    assert {"Listyo", "Sigit", "Bandung", "#13"} <= shared and "Kapolri" not in shared
    for feats, texts in ((fs, src), (ft, tgt)):
        for k, text in enumerate(texts):
            want = np.zeros(1 + _HASH_DIM + len(_PUNCT_CLASSES), dtype=np.float32)
            want[0] = len(text)
            for tok in _tokens(text):
                if tok in shared:
                    want[1 + zlib.crc32(tok.encode("utf-8")) % _HASH_DIM] += 1
            for c, chars in enumerate(_PUNCT_CLASSES):
                want[1 + _HASH_DIM + c] = sum(text.count(ch) for ch in chars)
            assert np.array_equal(feats[k], want), text
