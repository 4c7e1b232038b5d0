"""align/translate.py: model resolution, both backends on a tiny Marian model, the cache, MT similarity.

The Marian model comes from the session fixture ``tiny_marian`` (tests/marian.py): built from scratch,
trained for a few hundred steps on ``marian.PAIRS`` and loaded back only through ``from_pretrained``.
Tests that need sensible output compare with those training pairs; the rest test plumbing
(order, batching, empty strings, truncation, caching).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import sacrebleu
from marian import PAIRS

from wiredrift.align.errors import ConfigError, InputError, ModelError
from wiredrift.align.translate import (
    CachedTranslator,
    CombinedSimilarity,
    CT2Translator,
    MarianTranslator,
    MTSimilarity,
    TranslationCache,
    TranslationResult,
    convert_model,
    ct2_path,
    default_model_id,
    detect_flags,
    find_cached_model,
    load_translator,
    resolve_model,
)
from wiredrift.align.types import Similarity, Translator

SRC = [p[0] for p in PAIRS]
TGT = [p[1] for p in PAIRS]


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own wiredrift cache; nothing is written under ~/.cache."""
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "wdcache"))


@pytest.fixture(scope="module")
def marian(tiny_marian: Path) -> MarianTranslator:
    return MarianTranslator(str(tiny_marian), offline=True, batch_size=4, max_length=40)


@pytest.fixture(scope="module")
def ct2_model(tiny_marian: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model converted once to CT2 int8 in a module-wide wiredrift cache."""
    root = tmp_path_factory.mktemp("ct2cache")
    old = os.environ.get("WIREDRIFT_CACHE")
    os.environ["WIREDRIFT_CACHE"] = str(root)
    try:
        convert_model(resolve_model(str(tiny_marian), offline=True))
    finally:
        if old is None:
            os.environ.pop("WIREDRIFT_CACHE", None)
        else:
            os.environ["WIREDRIFT_CACHE"] = old
    return root


# ---------------------------------------------------------------------------- resolution

def test_default_model_id() -> None:
    assert default_model_id("id", "en") == "Helsinki-NLP/opus-mt-id-en"


def test_local_folder_revision_is_weights_hash(tiny_marian: Path) -> None:
    r = resolve_model(str(tiny_marian), offline=True)
    assert r.local and r.path == tiny_marian.resolve()
    assert r.revision.startswith("sha256:") and len(r.revision) == len("sha256:") + 16
    assert r.weights is not None and r.weights.name == "model.safetensors"


def test_missing_folder_is_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(str(tmp_path / "nope"), offline=True)


def test_folder_without_config_is_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no config.json"):
        resolve_model(str(tmp_path), offline=True)


@pytest.mark.parametrize("how", ["flag", "env"])
def test_offline_uncached_model_fails_fast_with_one_line(how: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if how == "env":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError) as err:
        resolve_model("Helsinki-NLP/opus-mt-xx-yy", offline=how == "flag", cache_dir=tmp_path / "hf")
    msg = str(err.value)
    assert "\n" not in msg
    assert "Helsinki-NLP/opus-mt-xx-yy is not in the local cache" in msg
    assert "wiredrift models pull Helsinki-NLP/opus-mt-xx-yy" in msg


def test_find_cached_model_is_none_for_empty_cache(tmp_path: Path) -> None:
    assert find_cached_model("id", "en", cache_dir=tmp_path / "hf") is None


def test_find_cached_model_reads_hub_cache_layout(tiny_marian: Path, tmp_path: Path) -> None:
    """A model laid out like a hub download (refs/main + snapshots/<hash>) is found offline."""
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hf" / "models--Helsinki-NLP--opus-mt-id-en"
    snap = repo / "snapshots" / commit
    snap.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    for f in tiny_marian.iterdir():
        if f.is_file():
            (snap / f.name).write_bytes(f.read_bytes())
    found = find_cached_model("id", "en", cache_dir=tmp_path / "hf")
    assert found is not None and found.revision == commit and found.path == snap
    tr = MarianTranslator("Helsinki-NLP/opus-mt-id-en", offline=True, cache_dir=tmp_path / "hf")
    assert tr.revision == commit and tr.translate([SRC[0]]) == [TGT[0]]


# ---------------------------------------------------------------------------- transformers backend

def test_marian_translator_is_a_translator(marian: MarianTranslator) -> None:
    assert isinstance(marian, Translator)
    assert marian.settings()["backend"] == "transformers" and marian.settings()["num_beams"] == 1


def test_trained_tiny_model_reproduces_training_pairs(marian: MarianTranslator) -> None:
    out = marian.translate(SRC)
    exact = sum(o == t for o, t in zip(out, TGT))
    assert exact >= 0.8 * len(PAIRS), list(zip(out, TGT))


def test_order_kept_across_length_buckets(marian: MarianTranslator) -> None:
    # Longest first, shortest last, with empties: buckets of 4 reorder internally, output must not.
    batch = sorted(SRC, key=len, reverse=True)[:10]
    batch.insert(3, "")
    batch.append("   ")
    out = marian.translate(batch)
    assert len(out) == len(batch)
    assert out[3] == "" and out[-1] == ""
    singles = [marian.translate([s])[0] for s in batch]
    assert out == singles


def test_empty_batch_and_bad_batch(marian: MarianTranslator) -> None:
    assert marian.translate([]) == []
    with pytest.raises(InputError, match="not one string"):
        marian.translate("Presiden tiba.")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="item 1"):
        marian.translate(["a", 3])  # type: ignore[list-item]


def test_deterministic(marian: MarianTranslator) -> None:
    assert marian.translate(SRC[:6]) == marian.translate(SRC[:6])


def test_truncation_is_flagged(tiny_marian: Path) -> None:
    tr = MarianTranslator(str(tiny_marian), offline=True, max_length=4)
    res = tr.translate_detailed([SRC[0], ""])
    assert "truncated" in res[0].flags
    assert len(res[0].text.split()) <= 4 and res[0].text != TGT[0]
    assert res[1] == TranslationResult("")
    full = MarianTranslator(str(tiny_marian), offline=True, max_length=40).translate_detailed([SRC[0]])
    assert "truncated" not in full[0].flags


def test_long_input_is_flagged(tiny_marian: Path) -> None:
    tr = MarianTranslator(str(tiny_marian), offline=True, max_length=8)
    res = tr.translate_detailed([" ".join(SRC)])  # far past the tiny model's 128 positions
    assert "input-truncated" in res[0].flags


@pytest.mark.parametrize("kwargs", [{"num_beams": 0}, {"max_length": 0}, {"batch_size": 0}])
def test_bad_settings_are_config_errors(tiny_marian: Path, kwargs: dict[str, int]) -> None:
    with pytest.raises(ConfigError):
        MarianTranslator(str(tiny_marian), offline=True, **kwargs)


def test_beam_search_runs_and_is_recorded(tiny_marian: Path) -> None:
    tr = MarianTranslator(str(tiny_marian), offline=True, num_beams=3)
    assert tr.settings()["num_beams"] == 3
    assert tr.translate(SRC[:2]) == TGT[:2] or len(tr.translate(SRC[:2])) == 2


def test_corrupt_model_folder_is_model_error(tiny_marian: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in tiny_marian.iterdir():
        if f.is_file():
            (bad / f.name).write_bytes(f.read_bytes())
    (bad / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError, match="cannot load model"):
        MarianTranslator(str(bad), offline=True)


# ---------------------------------------------------------------------------- CT2 backend

def test_ct2_needs_conversion(tiny_marian: Path) -> None:
    with pytest.raises(ModelError, match="wiredrift models convert"):
        CT2Translator(str(tiny_marian), offline=True)


def test_ct2_matches_transformers_greedy(tiny_marian: Path, ct2_model: Path, marian: MarianTranslator,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREDRIFT_CACHE", str(ct2_model))
    ct2 = CT2Translator(str(tiny_marian), offline=True, batch_size=4, max_length=40)
    assert isinstance(ct2, Translator)
    assert ct2.settings()["compute_type"] == "int8" and ct2.settings()["backend"] == "ct2"
    batch = sorted(SRC, key=len, reverse=True)
    batch.insert(2, "")
    out = ct2.translate(batch)
    assert out[2] == ""
    ref = marian.translate(batch)
    same = sum(a == b for a, b in zip(out, ref))
    assert same >= 0.8 * len(batch), list(zip(out, ref))
    assert out == [ct2.translate([s])[0] for s in batch]


def test_ct2_truncation_matches_transformers(tiny_marian: Path, ct2_model: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREDRIFT_CACHE", str(ct2_model))
    ct2 = CT2Translator(str(tiny_marian), offline=True, max_length=4).translate_detailed([SRC[0]])
    hf = MarianTranslator(str(tiny_marian), offline=True, max_length=4).translate_detailed([SRC[0]])
    assert "truncated" in ct2[0].flags and "truncated" in hf[0].flags
    assert ct2[0].text == hf[0].text


def test_auto_backend_prefers_ct2_when_converted(tiny_marian: Path, ct2_model: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_translator(str(tiny_marian), backend="auto", offline=True).backend == "transformers"
    monkeypatch.setenv("WIREDRIFT_CACHE", str(ct2_model))
    assert ct2_path(resolve_model(str(tiny_marian))).joinpath("model.bin").is_file()
    assert load_translator(str(tiny_marian), backend="auto", offline=True).backend == "ct2"
    hf = load_translator(str(tiny_marian), backend="transformers", offline=True)
    assert hf.backend == "transformers"
    # Loaded once per process: a batch of checks does not reload the model for every document.
    assert load_translator(str(tiny_marian), backend="transformers", offline=True) is hf
    assert load_translator(str(tiny_marian), backend="transformers", offline=True, num_beams=2) is not hf
    with pytest.raises(ConfigError, match="--backend"):
        load_translator(str(tiny_marian), backend="marian")


# ---------------------------------------------------------------------------- flags

FLAG_CASES = [
    ("Dia minta maaf.", "I'm sorry I'm sorry I'm sorry I'm sorry", ("repetition",)),
    ("Dia minta maaf.", "I'm sorry.", ()),
    ("Itu sangat, sangat penting.", "It is very, very important.", ()),
    ("Ha ha ha ha ha ha ha", "Ha ha ha ha ha ha ha", ()),  # the source repeats as much
    ("Kota.", "spspspspspspspspspspsp", ("repetition",)),
    ("Kota itu ramai.", "The city is busy " + "and the city is busy and it is very busy " * 3,
     ("repetition", "long-output")),
    ("Jumlahnya 1.000.000.", "The total is 1,000,000.", ()),
]


@pytest.mark.parametrize("src,out,expected", FLAG_CASES)
def test_detect_flags(src: str, out: str, expected: tuple[str, ...]) -> None:
    assert detect_flags(src, out) == expected


# ---------------------------------------------------------------------------- cache

class UpperTranslator:
    """A stand-in backend for cache plumbing: 'translates' by upper-casing and counts its calls."""

    model_id = "test/upper"
    revision = "r1"

    def __init__(self, tag: str = "") -> None:
        self.calls: list[str] = []
        self.tag = tag

    def settings(self) -> dict[str, object]:
        return {"backend": "upper", "num_beams": 1}

    def translate(self, batch: Sequence[str]) -> list[str]:
        self.calls.extend(batch)
        return [s.upper() + self.tag for s in batch]


def test_cache_second_run_translates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    first = CachedTranslator(UpperTranslator(), TranslationCache(db))
    assert first.translate(["a", "b", "a", ""]) == ["A", "B", "A", ""]
    assert (first.hits, first.misses) == (0, 2)
    backend = UpperTranslator()
    second = CachedTranslator(backend, TranslationCache(db))
    assert second.translate(["a", "b", ""]) == ["A", "B", ""]
    assert (second.hits, second.misses) == (2, 0) and backend.calls == []


def test_cache_key_includes_revision_and_settings(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    CachedTranslator(UpperTranslator(), TranslationCache(db)).translate(["a"])
    other = UpperTranslator("!")
    other.revision = "r2"
    c = CachedTranslator(other, TranslationCache(db))
    assert c.translate(["a"]) == ["A!"] and c.misses == 1


def test_cache_with_tiny_marian(marian: MarianTranslator, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    a = CachedTranslator(marian, TranslationCache(db))
    out = a.translate_detailed(SRC[:5])
    b = CachedTranslator(marian, TranslationCache(db))
    assert b.translate_detailed(SRC[:5]) == out and b.misses == 0 and b.hits == 5


def test_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "c.sqlite3"
    CachedTranslator(UpperTranslator(), TranslationCache(db)).translate(["a", "b"])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE translations SET mt = 'garbage' WHERE src = 'a'")
    c = CachedTranslator(UpperTranslator(), TranslationCache(db))
    assert c.translate(["a", "b"]) == ["A", "B"]
    assert (c.hits, c.misses) == (1, 1)
    assert "corrupt translation cache entry" in caplog.text
    again = CachedTranslator(UpperTranslator(), TranslationCache(db))
    assert again.translate(["a", "b"]) == ["A", "B"] and again.misses == 0


def test_corrupt_db_file_is_recreated(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "c.sqlite3"
    db.write_bytes(b"this is not a sqlite database" * 100)
    c = CachedTranslator(UpperTranslator(), TranslationCache(db))
    assert c.translate(["a"]) == ["A"]
    assert "is corrupt" in caplog.text and "recreating" in caplog.text
    assert CachedTranslator(UpperTranslator(), TranslationCache(db)).translate(["a"]) == ["A"]
    assert any(p.name.startswith("c.sqlite3.corrupt-") for p in tmp_path.iterdir())


def test_unwritable_cache_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    c = CachedTranslator(UpperTranslator(), TranslationCache(blocker / "sub" / "c.sqlite3"))
    assert c.translate(["a"]) == ["A"] and c.misses == 1


def _worker(db: str, start: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    texts = [f"sentence {k}" for k in range(start, start + 60)]
    c = CachedTranslator(UpperTranslator(), TranslationCache(db))
    for k in range(0, len(texts), 5):
        out = c.translate(texts[k: k + 5])
        if out != [t.upper() for t in texts[k: k + 5]]:
            queue.put("wrong")
            return
    queue.put("ok")


def test_cache_is_safe_with_concurrent_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    # Overlapping ranges: both processes read and write the same keys at the same time.
    procs = [ctx.Process(target=_worker, args=(db, start, queue)) for start in (0, 30, 0)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert sorted(queue.get(timeout=5) for _ in procs) == ["ok", "ok", "ok"]
    c = CachedTranslator(UpperTranslator(), TranslationCache(db))
    c.translate([f"sentence {k}" for k in range(90)])
    assert (c.hits, c.misses) == (90, 0)


# ---------------------------------------------------------------------------- similarity

def test_mt_similarity_is_chrf_of_mt_against_target() -> None:
    mt = {"src a": "The president arrived in Jakarta.", "src b": "Police closed the road."}
    tgt = ["Police closed the street.", "The president came to Jakarta.", "Unrelated words here."]
    sim = MTSimilarity(mt)
    assert isinstance(sim, Similarity)
    m = sim.matrix(["src a", "src b"], tgt)
    assert m.shape == (2, 3)
    for i, s in enumerate(["src a", "src b"]):
        for j, t in enumerate(tgt):
            assert m[i, j] == pytest.approx(sacrebleu.sentence_chrf(mt[s], [t]).score / 100, abs=1e-9)
    assert m[0].argmax() == 1 and m[1].argmax() == 0
    g = sim.groups([["src a", "src b"]], [tgt[:2]])
    joined = sacrebleu.sentence_chrf(mt["src a"] + " " + mt["src b"], [" ".join(tgt[:2])]).score / 100
    assert g.shape == (1,) and g[0] == pytest.approx(joined)


def test_mt_similarity_unknown_text() -> None:
    with pytest.raises(InputError, match="no translation"):
        MTSimilarity({}).matrix(["x"], ["y"])
    assert MTSimilarity({}, translator=UpperTranslator()).matrix(["abc"], ["ABC"])[0, 0] == pytest.approx(1.0)


class _Const:
    def __init__(self, v: float) -> None:
        self.v = v

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        return np.full((len(src), len(tgt)), self.v)

    def groups(self, s: Sequence[Sequence[str]], t: Sequence[Sequence[str]]) -> np.ndarray:
        return np.full(len(s), self.v)


def test_combined_similarity_weighted_average() -> None:
    c = CombinedSimilarity([(_Const(1.0), 3.0), (_Const(0.0), 1.0)])
    assert isinstance(c, Similarity)
    assert c.matrix(["a"], ["b", "c"]) == pytest.approx(np.full((1, 2), 0.75))
    assert c.groups([["a"]], [["b"]]) == pytest.approx(np.array([0.75]))
    with pytest.raises(ConfigError):
        CombinedSimilarity([(_Const(1.0), 0.0)])


# ---------------------------------------------------------------------------- real weights (optional)

@pytest.mark.slow
def test_real_opus_mt_id_en_if_cached() -> None:
    found = find_cached_model("id", "en")
    if found is None:
        pytest.skip("Helsinki-NLP/opus-mt-id-en is not in the local Hugging Face cache")
    tr = MarianTranslator(found.model_id, offline=True)
    out = tr.translate(["Presiden tiba di Jakarta pada hari Senin.", ""])
    assert out[1] == ""
    assert sacrebleu.sentence_chrf(out[0], ["The president arrived in Jakarta on Monday."]).score > 50


# ---------------------------------------------------------------------------- wiredrift check with MT

def _docs(tmp_path: Path) -> tuple[Path, Path]:
    """A small id/en report pair from the training pairs; the English leaves pair 5 out."""
    picks = [0, 1, 2, 3, 4, 5, 8, 9, 10, 14]
    paras_id = [" ".join(PAIRS[k][0] for k in picks[i:i + 2]) for i in range(0, len(picks), 2)]
    paras_en = [" ".join(PAIRS[k][1] for k in picks[i:i + 2] if k != 5) for i in range(0, len(picks), 2)]
    src = tmp_path / "id.txt"
    tgt = tmp_path / "en.txt"
    src.write_text("\n\n".join(paras_id) + "\n", encoding="utf-8")
    tgt.write_text("\n\n".join(paras_en) + "\n", encoding="utf-8")
    return src, tgt


@pytest.mark.slow
def test_check_with_model_scores_and_caches(tiny_marian: Path, tmp_path: Path) -> None:
    from wiredrift.eval.cli import main

    src, tgt = _docs(tmp_path)
    reports = []
    for run in (1, 2):
        out = tmp_path / f"report{run}.json"
        assert main(["check", str(src), str(tgt), "--model", str(tiny_marian), "--json", str(out),
                     "--fail-on", "none"]) == 0
        reports.append(json.loads(out.read_text(encoding="utf-8")))
    first, second = reports
    n_src = len(first["src"]["sentences"])
    # The second run of the same check translates nothing.
    assert first["signature"]["mt"]["cache"] == {"hits": 0, "misses": n_src}
    assert second["signature"]["mt"]["cache"] == {"hits": n_src, "misses": 0}
    assert first["findings"] == second["findings"] and first["alignment"] == second["alignment"]
    mt = first["signature"]["mt"]
    assert mt["model"] == str(tiny_marian) and mt["revision"].startswith("sha256:")
    assert mt["backend"] == "transformers" and mt["num_beams"] == 1
    assert set(first["signature"]["sacrebleu"]) == {"chrf", "chrf++", "bleu_sentence", "bleu_corpus", "ter"}
    assert all("version:" + sacrebleu.__version__ in v for v in first["signature"]["sacrebleu"].values())
    for bead in first["alignment"]:
        if bead["src"] and bead["tgt"]:
            assert set(bead["scores"]) == {"chrf", "chrf++", "bleu", "ter"}
        else:
            assert bead["scores"] is None
    # The model reproduces its training pairs, so the aligned pairs score high.
    doc = first["summary"]["document_scores"]
    assert doc["chrf"] > 80 and doc["bleu"] > 50
    assert doc["segments"] == sum(1 for b in first["alignment"] if b["src"] and b["tgt"])
    assert first["summary"]["mt"] is True and first["summary"]["notes"] == []


@pytest.mark.slow
def test_check_without_model_runs_and_notes_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from wiredrift.align import translate as tr
    from wiredrift.eval.cli import main

    monkeypatch.setattr(tr, "find_cached_model", lambda *a, **k: None)  # as if the HF cache were empty
    src, tgt = _docs(tmp_path)
    out = tmp_path / "report.json"
    rc = main(["check", str(src), str(tgt), "--offline", "--json", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    notes = report["summary"]["notes"]
    mt_notes = [n for n in notes if n.startswith("MT skipped")]
    assert mt_notes == ["MT skipped: Helsinki-NLP/opus-mt-id-en is not in the local cache (offline); run "
                        "`wiredrift models pull Helsinki-NLP/opus-mt-id-en` or pass --model DIR; alignment "
                        "used the embedding encoder only"]
    assert capsys.readouterr().out.count("MT skipped") == 1
    # The exit code is what the findings say, nothing more.
    gated = [f for f in report["findings"] if f["severity"] in ("critical", "major")]
    assert rc == (1 if gated else 0)
    assert report["summary"]["mt"] is False and report["summary"]["document_scores"] is None
    assert all(b["scores"] is None for b in report["alignment"]) and report["findings"] is not None


def test_check_with_missing_model_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from wiredrift.eval.cli import main

    src, tgt = _docs(tmp_path)
    assert main(["check", str(src), str(tgt), "--model", str(tmp_path / "no-model"), "--json", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-model does not exist" in err
    assert not (tmp_path / "r.json").exists()


def test_both_caches_follow_one_corruption_policy(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The embedding cache is opened like the translation cache: a damaged file is moved aside and recreated."""
    import numpy as np

    from wiredrift.align.embed import _DiskCache

    db = tmp_path / "vec.sqlite"
    db.write_bytes(b"bukan basis data SQLite" * 100)
    disk = _DiskCache.open(db, 4)
    assert disk is not None and "embedding cache" in caplog.text and "recreating" in caplog.text
    disk.put([(b"k", np.ones(4, dtype=np.float32))])
    assert list(disk.get([b"k"])) == [b"k"]
    assert any(p.name.startswith("vec.sqlite.corrupt-") for p in tmp_path.iterdir())
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert _DiskCache.open(blocker / "sub" / "vec.sqlite", 4) is None  # no cache, no error


def test_model_lookups_leave_the_environment_alone(tmp_path: Path) -> None:
    import os

    from wiredrift.align.models import find_cached_model as find

    env = dict(os.environ)
    assert find("id", "en", cache_dir=tmp_path / "hf") is None
    with pytest.raises(ModelError):
        resolve_model("Helsinki-NLP/opus-mt-xx-yy", offline=True, cache_dir=tmp_path / "hf")
    assert dict(os.environ) == env
