"""The benchmark's peer aligners (scripts/peers_align.py) on synthetic vectors: diagonal, deletion, merge."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from peers_align import bertalign_style, vecalign_style  # noqa: E402


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


@pytest.fixture()
def vectors() -> np.ndarray:
    return _unit(np.random.default_rng(3).normal(size=(12, 32))).astype(np.float32)


def _noisy(v: np.ndarray, seed: int = 5) -> np.ndarray:
    return _unit(v + 0.3 * np.random.default_rng(seed).normal(size=v.shape) / np.sqrt(v.shape[1])).astype(np.float32)


def _mean_join(vs: np.ndarray, texts: list[str]):
    index = {t: k for k, t in enumerate(texts)}

    def join_vec(joined: list[str]) -> np.ndarray:
        return _unit(np.stack([vs[[index[w] for w in j.split(" ")]].sum(axis=0) for j in joined])).astype(np.float32)

    return join_vec


def test_vecalign_style_diagonal_and_deletion(vectors: np.ndarray) -> None:
    tgt = _noisy(vectors)
    assert vecalign_style(vectors, tgt) == [((k,), (k,)) for k in range(12)]
    dropped = np.delete(tgt, 5, axis=0)
    beads = vecalign_style(vectors, dropped)
    # With random 32-d vectors the averaged pair (4, 5) is still closer to 4 than a deletion costs.
    assert ((5,), ()) in beads or ((4, 5), (4,)) in beads
    assert ((6,), (5,)) in beads and ((11,), (10,)) in beads


def test_vecalign_style_merge(vectors: np.ndarray) -> None:
    tgt = list(_noisy(vectors))
    tgt[3:5] = [_unit(tgt[3] + tgt[4])]
    beads = vecalign_style(vectors, np.stack(tgt))
    assert ((3, 4), (3,)) in beads


def test_bertalign_style_diagonal_merge_and_empty(vectors: np.ndarray) -> None:
    src = [f"s{k}" for k in range(12)]
    tgt_v = list(_noisy(vectors))
    tgt_v[3:5] = [_unit(tgt_v[3] + tgt_v[4])]
    tgt = [f"t{k}" for k in range(11)]
    all_v = np.concatenate([vectors, np.stack(tgt_v)])
    join_vec = _mean_join(all_v, src + tgt)
    beads = bertalign_style(vectors, np.stack(tgt_v), src, tgt, join_vec)
    assert ((3, 4), (3,)) in beads
    assert beads[0] == ((0,), (0,)) and beads[-1] == ((11,), (10,))
    assert bertalign_style(vectors[:0], vectors[:2], [], ["a", "b"], join_vec) == [((), (0,)), ((), (1,))]
