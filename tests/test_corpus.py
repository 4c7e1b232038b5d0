"""Corpus runs: inputs, the pure per-document function, the journal, kill-and-resume, workers, filters, Ray."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wiredrift.align.errors import ConfigError, InputError
from wiredrift.eval.cli import main
from wiredrift.eval.corpus import (
    JOURNAL_SCHEMA,
    CorpusFilter,
    Journal,
    PairSpec,
    Progress,
    discover_pairs,
    journal_settings,
    process_pair,
    run_corpus,
    select_pairs,
)
from wiredrift.eval.export import AlignedPair
from wiredrift.eval.pipeline import CheckConfig

CITIES = ["Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar", "Malang"]


def _texts(k: int) -> tuple[str, str]:
    """A small Indonesian report and its English version, different for every ``k``."""
    city, n = CITIES[k % len(CITIES)], 100 + 7 * k
    src = (
        f"Presiden meresmikan jembatan baru di {city} pada Senin.\n\n"
        f"Jembatan itu panjangnya {n} meter dan dibangun selama dua tahun.\n\n"
        f'"Ini untuk rakyat {city}," kata Presiden.\n'
    )
    tgt = (
        f"The President inaugurated a new bridge in {city} on Monday.\n\n"
        f"The bridge is {n} metres long and took two years to build.\n\n"
        f'"This is for the people of {city}," the President said.\n'
    )
    return src, tgt


def _write_pairs(folder: Path, n: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for k in range(start, start + n):
        src, tgt = _texts(k)
        (folder / f"doc{k:03d}.id.txt").write_text(src, encoding="utf-8")
        (folder / f"doc{k:03d}.en.txt").write_text(tgt, encoding="utf-8")
        ids.append(f"doc{k:03d}")
    return ids


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="\n") as fh:
        return [json.loads(line) for line in fh]


CONFIG = CheckConfig()


# --- inputs -----------------------------------------------------------------------------------------


def test_folder_input_finds_flat_and_nested_pairs_and_keeps_a_lonely_side(tmp_path: Path) -> None:
    _write_pairs(tmp_path, 2)
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "id.txt").write_text(_texts(5)[0], encoding="utf-8")
    (tmp_path / "nested" / "en.txt").write_text(_texts(5)[1], encoding="utf-8")
    (tmp_path / "lonely.id.txt").write_text(_texts(6)[0], encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a pair", encoding="utf-8")
    specs = discover_pairs(tmp_path, "id", "en")
    assert [s.id for s in specs] == ["doc000", "doc001", "lonely", "nested"]
    assert specs[3].src == str(tmp_path / "nested" / "id.txt")
    assert specs[2].tgt == str(tmp_path / "lonely.en.txt") and not Path(specs[2].tgt).exists()


def test_manifest_paths_are_relative_to_the_manifest(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "docs", 2)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        "".join(json.dumps({"id": f"a{k}", "src": f"docs/doc00{k}.id.txt", "tgt": f"docs/doc00{k}.en.txt"}) + "\n"
                for k in range(2)),
        encoding="utf-8",
    )
    specs = discover_pairs(manifest)
    assert [s.id for s in specs] == ["a0", "a1"]
    assert Path(specs[1].tgt).read_text(encoding="utf-8") == _texts(1)[1]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "a", "src": "x"}'], "manifest line"),
        (["{not json"], "not JSON"),
        (['{"id": "a", "src": "x", "tgt": "y"}', '{"id": "a", "src": "z", "tgt": "w"}'], "appears twice"),
    ],
)
def test_bad_manifest_is_an_input_error(tmp_path: Path, lines: list[str], message: str) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        discover_pairs(manifest)


def test_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no document pairs"):
        discover_pairs(tmp_path)


@pytest.mark.slow
def test_dataset_input_carries_the_texts(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    rows = [{"id": f"d{k}", "src": _texts(k)[0], "tgt": _texts(k)[1]} for k in range(3)]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "ds"))
    specs = discover_pairs(tmp_path / "ds")
    assert [s.id for s in specs] == ["d0", "d1", "d2"]
    assert specs[2].src_text == _texts(2)[0] and specs[2].src is None
    record = process_pair(specs[2], CONFIG)
    assert record["status"] == "ok"
    assert record["report"]["tgt"]["path"] is None


# --- the per-document function ------------------------------------------------------------------------


def test_process_pair_returns_the_check_report(tmp_path: Path) -> None:
    _write_pairs(tmp_path, 1)
    spec = discover_pairs(tmp_path)[0]
    record = process_pair(spec, CONFIG)
    assert record["status"] == "ok" and record["id"] == "doc000"
    assert record["report"]["schema"] == "wiredrift.check/3"
    assert record["sentences"] == len(record["report"]["src"]["sentences"]) + len(record["report"]["tgt"]["sentences"])
    # the dict form (what a distributed engine ships) gives the same report
    again = process_pair(spec.to_dict(), CONFIG)
    assert again["report"]["alignment"] == record["report"]["alignment"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "not found"), (b"\xff\xfeJ\x00a\x00", "UTF"), (b"Harga \xe9 naik.", "UTF-8")],
)
def test_process_pair_records_a_bad_document_instead_of_raising(tmp_path: Path, content: bytes | None, message: str) -> None:
    src = tmp_path / "bad.id.txt"
    if content is not None:
        src.write_bytes(content)
    (tmp_path / "bad.en.txt").write_text(_texts(0)[1], encoding="utf-8")
    record = process_pair(PairSpec("bad", str(src), str(tmp_path / "bad.en.txt")), CONFIG)
    assert record["status"] == "error"
    assert message in record["error"] and "\n" not in record["error"]


# --- journal -----------------------------------------------------------------------------------------


def test_journal_drops_a_record_cut_short_by_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    j = Journal(path, journal_settings(CONFIG))
    j.open()
    j.append({"id": "a", "status": "ok", "sentences": 2})
    j.close()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"id": "b", "status": "o')  # the kill hit mid-write
    j2 = Journal(path, journal_settings(CONFIG))
    assert set(j2.open()) == {"a"}
    j2.append({"id": "b", "status": "ok"})
    j2.close()
    lines = _read_jsonl(path)
    assert lines[0]["journal"] == JOURNAL_SCHEMA
    assert [r["id"] for r in lines[1:]] == ["a", "b"]


def test_journal_from_other_settings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    Journal(path, journal_settings(CONFIG)).open()
    with pytest.raises(ConfigError, match="other settings"):
        Journal(path, journal_settings(CheckConfig(max_bead=2))).open()
    assert Journal(path, journal_settings(CheckConfig(max_bead=2))).open(restart=True) == {}


def test_rerun_skips_done_ids_and_retries_failed_ones(tmp_path: Path) -> None:
    ids = _write_pairs(tmp_path / "in", 3)
    (tmp_path / "in" / "late.id.txt").write_text(_texts(9)[0], encoding="utf-8")
    specs = discover_pairs(tmp_path / "in")
    journal = tmp_path / "j.jsonl"
    first = run_corpus(specs, CONFIG, journal)
    assert first.processed == 4 and [r["id"] for r in first.failed] == ["late"]
    (tmp_path / "in" / "late.en.txt").write_text(_texts(9)[1], encoding="utf-8")
    second = run_corpus(specs, CONFIG, journal)
    assert (second.processed, second.resumed, second.failed) == (1, 3, [])
    assert list(second.records) == sorted(ids + ["late"])
    third = run_corpus(specs, CONFIG, journal)
    assert (third.processed, third.resumed) == (0, 4)
    # only summaries stay in memory; the reports are read back from the journal one at a time
    assert "report" not in third.records["doc000"]
    full = list(third.iter_records())
    assert [r["id"] for r in full] == list(third.records)
    assert all(r["status"] == "ok" and r["report"]["schema"] == "wiredrift.check/3" for r in full)


def test_progress_prints_pairs_per_second() -> None:
    out = io.StringIO()
    bar = Progress(2, stream=out, every=0.0)
    bar.update({"status": "ok", "sentences": 6})
    bar.update({"status": "error"})
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert "2/2 pairs" in lines[-1] and "pairs/s" in lines[-1] and "sent/s" in lines[-1]
    assert "1 failed" in lines[-1]


# --- filters -----------------------------------------------------------------------------------------


def _pair(src: str, tgt: str, sim: float = 0.9, critical: int = 0) -> AlignedPair:
    return AlignedPair("d", 0, (0,) if src else (), (0,) if tgt else (), src, tgt, sim,
                       findings={"critical": critical, "major": 0, "minor": 0})


FILTER_CASES = [
    (CorpusFilter(min_similarity=0.5), _pair("a b", "a b", sim=0.4), "similarity"),
    (CorpusFilter(min_similarity=0.5), _pair("a b", "a b", sim=0.5), None),
    (CorpusFilter(max_length_ratio=2.0), _pair("x" * 10, "y" * 21), "length_ratio"),
    (CorpusFilter(max_length_ratio=2.0), _pair("x" * 21, "y" * 10), "length_ratio"),
    (CorpusFilter(max_length_ratio=2.0), _pair("x" * 10, "y" * 20), None),
    (CorpusFilter(drop_critical=True), _pair("a", "b", critical=1), "critical"),
    (CorpusFilter(drop_critical=False), _pair("a", "b", critical=1), None),
    # null beads are judged by the output format, not by similarity or length
    (CorpusFilter(min_similarity=0.5, max_length_ratio=1.5), _pair("omitted", "", sim=0.0), None),
]


@pytest.mark.parametrize(("flt", "pair", "reason"), FILTER_CASES)
def test_filter_reasons(flt: CorpusFilter, pair: AlignedPair, reason: str | None) -> None:
    assert flt.reason(pair) == reason


def test_select_pairs_dedups_across_documents_and_skips_failed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write_pairs(folder, 1)
    for name in ("copy.id.txt", "copy.en.txt"):
        (folder / name).write_text((folder / name.replace("copy", "doc000")).read_text("utf-8"), encoding="utf-8")
    (folder / "broken.id.txt").write_bytes(b"\xff\xfe")
    specs = discover_pairs(folder)
    run = run_corpus(specs, CONFIG, tmp_path / "j.jsonl")
    plain = select_pairs(run.iter_records())
    deduped = select_pairs(run.iter_records(), CorpusFilter(dedup=True))
    per_doc = len([p for p in plain.pairs if p.doc_id == "doc000"])
    assert per_doc >= 3
    assert len(plain.pairs) == 2 * per_doc
    assert len(deduped.pairs) == per_doc and deduped.dropped["duplicate"] == per_doc
    assert {p.doc_id for p in deduped.pairs} == {"copy"}  # sorted ids: copy comes first and is kept
    strict = select_pairs(run.iter_records(), CorpusFilter(min_similarity=1.01))
    assert strict.pairs == [p for p in plain.pairs if p.is_null]
    assert strict.dropped["similarity"] == len([p for p in plain.pairs if not p.is_null])


# --- workers and the CLI ------------------------------------------------------------------------------


@pytest.mark.slow
def test_spawn_workers_give_the_same_corpus_as_one_process(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "in", 4)
    specs = discover_pairs(tmp_path / "in")
    one = run_corpus(specs, CONFIG, tmp_path / "j1.jsonl", workers=1)
    two = run_corpus(specs, CONFIG, tmp_path / "j2.jsonl", workers=2)
    assert list(two.records) == list(one.records)
    assert select_pairs(two.iter_records()).pairs == select_pairs(one.iter_records()).pairs


def test_corpus_cli_writes_every_output_and_exits_1_when_a_document_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _write_pairs(tmp_path / "in", 3)
    (tmp_path / "in" / "zz.id.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "in" / "zz.en.txt").write_text(_texts(0)[1], encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["corpus", str(tmp_path / "in"), "-o", str(out / "c.jsonl"), "-o", str(out / "c.tmx"),
                 "-o", f"moses:{out / 'c'}", "--no-progress"])
    assert code == 1
    err = capsys.readouterr().err
    assert "3 ok, 1 failed" in err and "failed: zz:" in err
    rows = _read_jsonl(out / "c.jsonl")
    assert {r["doc_id"] for r in rows} == set(ids)
    full = [r for r in rows if r["src_text"] and r["tgt_text"]]
    with open(out / "c.id", encoding="utf-8", newline="\n") as fh:
        assert [line.rstrip("\n") for line in fh] == [r["src_text"] for r in full]
    from lxml import etree

    assert len(etree.parse(str(out / "c.tmx")).getroot().findall("body/tu")) == len(full)
    journal = _read_jsonl(out / "c.jsonl.journal.jsonl")
    assert [r["status"] for r in journal[1:]].count("error") == 1
    # every document fine: exit 0
    (tmp_path / "in" / "zz.id.txt").write_text(_texts(0)[0], encoding="utf-8")
    assert main(["corpus", str(tmp_path / "in"), "-o", str(out / "c.jsonl"), "--no-progress"]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["corpus", "{tmp}/missing", "-o", "{tmp}/c.jsonl"], "no such file"),
        (["corpus", "{tmp}", "-o", "{tmp}/c.txt"], "cannot tell the export format"),
        (["corpus", "{tmp}", "-o", "{tmp}/c.jsonl", "--workers", "0"], "at least 1"),
    ],
)
def test_corpus_cli_bad_usage_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    _write_pairs(tmp_path, 1)
    assert main([a.format(tmp=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "c.jsonl").exists()


@pytest.mark.slow
def test_killed_run_resumes_with_no_pair_lost_or_repeated(tmp_path: Path) -> None:
    """SIGKILL a real ``wiredrift corpus`` process after its first journaled document, then run it again."""
    ids = _write_pairs(tmp_path / "in", 40)
    out = tmp_path / "c.jsonl"
    journal = tmp_path / "c.jsonl.journal.jsonl"
    cmd = [sys.executable, "-c", "import sys; from wiredrift.eval.cli import main; sys.exit(main())",
           "corpus", str(tmp_path / "in"), "-o", str(out), "--no-progress"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if journal.exists() and journal.read_bytes().count(b"\n") >= 2:  # header + one record
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not out.exists()  # outputs are written only at the end
    before = [r["id"] for r in _read_jsonl_tolerant(journal)[1:]]
    assert 1 <= len(before) < len(ids)
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(ids) - len(before)} processed now, {len(before)} from the journal" in rerun.stderr
    records = _read_jsonl(journal)[1:]
    journal_ids = [r["id"] for r in records]
    assert sorted(journal_ids) == ids  # complete, and no document processed twice
    rows = _read_jsonl(out)
    keys = [(r["doc_id"], r["bead"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["doc_id"] for r in rows} == set(ids)
    expected = sum(len(r["report"]["alignment"]) for r in records)
    assert len(rows) == expected


def _read_jsonl_tolerant(path: Path) -> list[dict]:
    data = path.read_bytes()
    return [json.loads(line) for line in data[: data.rfind(b"\n") + 1].decode("utf-8").splitlines()]


# --- Ray ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ray_runner_gives_the_same_corpus_as_the_local_runner(tmp_path: Path) -> None:
    pytest.importorskip("ray.data")
    from wiredrift.eval.runners.ray_runner import ray_mapper

    _write_pairs(tmp_path / "in", 3)
    (tmp_path / "in" / "zz.id.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "in" / "zz.en.txt").write_text(_texts(0)[1], encoding="utf-8")
    specs = discover_pairs(tmp_path / "in")
    local = run_corpus(specs, CONFIG, tmp_path / "local.jsonl")
    ray_run = run_corpus(specs, CONFIG, tmp_path / "ray.jsonl", workers=2, mapper=ray_mapper())
    assert list(ray_run.records) == list(local.records)
    assert [r["id"] for r in ray_run.failed] == ["zz"]
    assert select_pairs(ray_run.iter_records()).pairs == select_pairs(local.iter_records()).pairs
    # resumable like the local runner: a rerun retries only the failed document
    again = run_corpus(specs, CONFIG, tmp_path / "ray.jsonl", workers=2, mapper=ray_mapper())
    assert (again.processed, again.resumed) == (1, 3)
