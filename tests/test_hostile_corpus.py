"""Corpus runs under attack: a shared journal, damaged journals, hostile manifests, FIFOs, devices, bad options.

Every case asserts the documented exit code (2 bad input or usage, 1 some documents failed), a one-line
message, no traceback, and that no output file (or a partial one) is left behind. The races run real
``wiredrift corpus`` processes; anything that could block (a FIFO, /dev/zero, a lock) runs in a
subprocess with a timeout, so a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import logging
import os
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
    JournalInUse,
    JournalLock,
    discover_pairs,
    journal_settings,
    process_pair,
    run_corpus,
)
from wiredrift.eval.output import remove_stale_temps
from wiredrift.eval.paths import check_folders_apart, check_outputs_apart
from wiredrift.eval.pipeline import CheckConfig

CONFIG = CheckConfig()
CLI = [sys.executable, "-c", "import sys; from wiredrift.eval.cli import main; sys.exit(main())", "corpus"]
ENV = {**os.environ, "OMP_NUM_THREADS": "1"}
TIMEOUT = 300  # seconds; a hang fails the test, it never stalls the suite

PLACES = [("Bogor", "Rabu (13/3)", "Wednesday (13/3)"), ("Cirebon", "Kamis (14/3)", "Thursday (14/3)"),
          ("Garut", "Jumat (15/3)", "Friday (15/3)"), ("Tasikmalaya", "Sabtu (16/3)", "Saturday (16/3)"),
          ("Sukabumi", "Senin (18/3)", "Monday (18/3)"), ("Karawang", "Selasa (19/3)", "Tuesday (19/3)")]


def _texts(k: int) -> tuple[str, str]:
    """A short wire report and its English version, different for every ``k``."""
    city, id_day, en_day = PLACES[k % len(PLACES)]
    price = 12_000 + 500 * k
    src = (
        f"Harga beras di {city} naik menjadi Rp{price:,}".replace(",", ".") + f" per kilogram pada {id_day}.\n\n"
        f"Kepala Dinas Perdagangan Jawa Barat mengatakan pasokan dari petani berkurang sejak awal bulan.\n\n"
        f'"Kami akan menggelar operasi pasar pekan depan," ujarnya.\n'
    )
    tgt = (
        f"The price of rice in {city} rose to Rp{price:,}".replace(",", ".") + f" per kilogram on {en_day}.\n\n"
        f"The head of the West Java trade office said supply from farmers had fallen since the start of the month.\n\n"
        f'"We will hold a market operation next week," he said.\n'
    )
    return src, tgt


def _write_pairs(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for k in range(n):
        src, tgt = _texts(k)
        (folder / f"doc{k:03d}.id.txt").write_text(src, encoding="utf-8")
        (folder / f"doc{k:03d}.en.txt").write_text(tgt, encoding="utf-8")
        ids.append(f"doc{k:03d}")
    return ids


def _lines(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="\n") as fh:
        return [json.loads(line) for line in fh]


def _cli(*args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=ENV, capture_output=True, text=True, timeout=timeout)


def _one_error_line(stderr: str) -> str:
    """The single ``error: ...`` line of ``stderr`` (and assert there is nothing else and no traceback)."""
    assert "Traceback" not in stderr
    lines = stderr.strip("\n").split("\n")
    assert len(lines) == 1, stderr
    assert lines[0].startswith(("error: ", "wiredrift corpus: error: ")), stderr
    return lines[0]


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith((".tmp", ".old"))]


# --- one run per journal ------------------------------------------------------------------------------


def test_a_second_run_on_a_held_journal_exits_2_naming_the_holder(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "in", 2)
    out = tmp_path / "c.jsonl"
    journal = tmp_path / "c.jsonl.journal.jsonl"
    with JournalLock(journal):  # this test process is the other run
        proc = _cli(str(tmp_path / "in"), "-o", str(out), "--no-progress")
    assert proc.returncode == 2
    line = _one_error_line(proc.stderr)
    assert line == (f"error: {journal}: in use by another wiredrift corpus run (pid {os.getpid()}); "
                    f"wait for it or pass --wait")
    assert not out.exists() and not journal.exists()
    assert not Path(f"{journal}.lock").exists()  # released and removed


@pytest.mark.slow
def test_wait_blocks_until_the_holder_is_done_then_runs(tmp_path: Path) -> None:
    ids = _write_pairs(tmp_path / "in", 3)
    out = tmp_path / "c.jsonl"
    journal = tmp_path / "c.jsonl.journal.jsonl"
    lock = JournalLock(journal).acquire()
    proc = subprocess.Popen([*CLI, str(tmp_path / "in"), "-o", str(out), "--no-progress", "--wait"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(3.0)
        assert proc.poll() is None, "a --wait run must not finish while another run holds the journal"
        assert not journal.exists() and not out.exists()
    finally:
        lock.release()
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0, err
    assert f"in use by another wiredrift corpus run (pid {os.getpid()}); waiting" in err
    assert {r["doc_id"] for r in _lines(out)} == set(ids)


@pytest.mark.slow
@pytest.mark.parametrize("wait", [True, False])
def test_two_runs_on_one_journal_never_lose_or_repeat_a_document(tmp_path: Path, wait: bool) -> None:
    """Two real ``wiredrift corpus`` processes started together on the same input and journal."""
    ids = _write_pairs(tmp_path / "in", 12)
    out = tmp_path / "c.jsonl"
    journal = tmp_path / "c.jsonl.journal.jsonl"
    argv = [*CLI, str(tmp_path / "in"), "-o", str(out), "--no-progress", *(["--wait"] if wait else [])]
    procs = [subprocess.Popen(argv, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = []
    for proc in procs:
        _, err = proc.communicate(timeout=TIMEOUT)
        results.append((proc.returncode, err))
    codes = sorted(code for code, _ in results)
    if wait:
        assert codes == [0, 0], results
        summaries = sorted(err.strip().split("\n")[-1] for _, err in results)
        assert any("12 processed now, 0 from the journal" in s for s in summaries)
        assert any("0 processed now, 12 from the journal" in s for s in summaries)
    else:
        # the loser exits 2 at once, or (if it started after the winner finished) finds everything done
        assert codes in ([0, 0], [0, 2]), results
        for code, err in results:
            if code == 2:
                assert "in use by another wiredrift corpus run" in _one_error_line(err)
    records = _lines(journal)[1:]
    assert sorted(r["id"] for r in records) == ids  # each document journaled exactly once
    assert all(len(r["crc"]) == 8 for r in records)
    rows = _lines(out)
    keys = [(r["doc_id"], r["bead"]) for r in rows]
    assert len(keys) == len(set(keys)) and {r["doc_id"] for r in rows} == set(ids)
    assert _no_temp_files(tmp_path)
    assert not Path(f"{journal}.lock").exists()


def test_journal_lock_in_process_refuses_a_second_holder(tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"
    first = Journal(journal, journal_settings(CONFIG))
    first.open()
    with pytest.raises(JournalInUse, match=rf"pid {os.getpid()}\); wait for it or pass --wait"):
        Journal(journal, journal_settings(CONFIG)).open()
    first.close()
    second = Journal(journal, journal_settings(CONFIG))
    assert second.open() == {}
    second.close()


# --- damaged journals -----------------------------------------------------------------------------------


def _journal_with(path: Path, ids: list[str]) -> list[int]:
    """A journal holding one ok record per id; returns the byte offset of each record line."""
    j = Journal(path, journal_settings(CONFIG))
    j.open(restart=True)
    for doc_id in ids:
        j.append({"id": doc_id, "status": "ok", "sentences": 6, "seconds": 0.25, "report": {"note": "Rp12.000"}})
    offsets = [j.records[i]["offset"] for i in ids]
    j.close()
    return offsets


def _flip_digit(path: Path, offset: int) -> None:
    """Change ``"sentences":6`` to 7 in the line at ``offset``: still valid JSON, wrong checksum."""
    data = bytearray(path.read_bytes())
    at = data.index(b'"sentences":6', offset) + len(b'"sentences":')
    data[at] = ord("7")
    path.write_bytes(bytes(data))


def test_a_line_cut_short_at_the_end_is_truncated_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "j.jsonl"
    _journal_with(path, ["a", "b"])
    good = path.read_bytes()
    with open(path, "ab") as fh:
        fh.write(b'{"id":"c","status":"o')  # the kill hit mid-write
    j = Journal(path, journal_settings(CONFIG))
    with caplog.at_level(logging.WARNING):
        assert set(j.open()) == {"a", "b"}
    assert "damaged line(s) at the end" in caplog.text and "truncated" in caplog.text
    j.close()
    assert path.read_bytes() == good


def test_a_bad_checksum_on_the_last_line_is_truncated(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "j.jsonl"
    offsets = _journal_with(path, ["a", "b", "c"])
    _flip_digit(path, offsets[2])
    j = Journal(path, journal_settings(CONFIG))
    with caplog.at_level(logging.WARNING):
        assert set(j.open()) == {"a", "b"}
    j.append({"id": "c", "status": "ok", "sentences": 6})
    j.close()
    assert "1 damaged line(s) at the end (from line 4" in caplog.text
    assert os.path.getsize(path) > offsets[2]
    assert [r["id"] for r in _lines(path)[1:]] == ["a", "b", "c"]


def test_a_damaged_line_in_the_middle_is_skipped_and_its_document_redone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ids = _write_pairs(tmp_path / "in", 3)
    specs = discover_pairs(tmp_path / "in")
    journal = tmp_path / "j.jsonl"
    first = run_corpus(specs, CONFIG, journal)
    assert first.processed == 3
    offset = first.records["doc001"]["offset"]
    data = bytearray(journal.read_bytes())
    at = data.index(b"Jawa Barat", offset)
    data[at:at + 4] = b"Jawi"  # bit rot inside the report: valid JSON, wrong checksum
    journal.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING):
        second = run_corpus(specs, CONFIG, journal)
    assert (second.processed, second.resumed, second.failed) == (1, 2, [])
    assert "j.jsonl:3: damaged journal line" in caplog.text
    full = list(second.iter_records())
    assert [r["id"] for r in full] == ids and "crc" not in full[0]
    assert "Jawi" not in json.dumps(full)


@pytest.mark.parametrize("content", [b"", b'{"journal": "wiredrift.corp'], ids=["empty", "header-cut-short"])
def test_an_empty_journal_is_a_fresh_start(tmp_path: Path, content: bytes) -> None:
    ids = _write_pairs(tmp_path / "in", 2)
    journal = tmp_path / "j.jsonl"
    journal.write_bytes(content)
    run = run_corpus(discover_pairs(tmp_path / "in"), CONFIG, journal)
    assert run.processed == 2 and list(run.records) == ids
    assert _lines(journal)[0]["journal"] == JOURNAL_SCHEMA


def test_a_version_1_journal_without_checksums_still_resumes(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    header = {"journal": "wiredrift.corpus-journal/1", "settings": journal_settings(CONFIG)}
    path.write_text(json.dumps(header, sort_keys=True) + "\n"
                    + json.dumps({"id": "a", "status": "ok", "sentences": 4}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    j = Journal(path, journal_settings(CONFIG))
    assert j.open()["a"]["status"] == "ok"
    j.close()


def test_a_line_rewritten_by_another_tool_still_verifies(tmp_path: Path) -> None:
    """The checksum is over the canonical JSON, not the bytes: key order and spaces may change."""
    path = tmp_path / "j.jsonl"
    _journal_with(path, ["a", "b"])
    lines = path.read_text(encoding="utf-8").split("\n")
    record = json.loads(lines[1])
    lines[1] = json.dumps(dict(reversed(list(record.items()))), ensure_ascii=False, indent=None)
    path.write_text("\n".join(lines), encoding="utf-8")
    j = Journal(path, journal_settings(CONFIG))
    assert set(j.open()) == {"a", "b"}
    assert next(j.read(["a"]))["report"] == {"note": "Rp12.000"}
    j.close()
    record["sentences"] = 5  # ... but a changed value does not
    lines[1] = json.dumps(record)
    path.write_text("\n".join(lines), encoding="utf-8")
    j = Journal(path, journal_settings(CONFIG))
    assert set(j.open()) == {"b"}
    j.close()


def test_one_journal_named_through_a_symlink_shares_the_lock(tmp_path: Path) -> None:
    journal = tmp_path / "j.jsonl"
    (tmp_path / "alias").symlink_to(tmp_path, target_is_directory=True)
    with JournalLock(journal):
        with pytest.raises(JournalInUse):
            JournalLock(tmp_path / "alias" / "j.jsonl").acquire()


def test_restart_refuses_to_empty_a_file_that_is_not_a_journal(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "in", 1)
    notes = tmp_path / "notes.txt"
    notes.write_text("Catatan redaksi: jangan dihapus.\n", encoding="utf-8")
    proc = _cli(str(tmp_path / "in"), "-o", str(tmp_path / "c.jsonl"), "--journal", str(notes), "--restart",
                "--no-progress")
    assert proc.returncode == 2
    assert "not a wiredrift corpus journal; refusing to empty it" in _one_error_line(proc.stderr)
    assert notes.read_text(encoding="utf-8") == "Catatan redaksi: jangan dihapus.\n"
    assert not (tmp_path / "c.jsonl").exists()


# --- outputs and journal apart from inputs ------------------------------------------------------------------


OUTPUT_CLASHES = [
    # (argv after INPUT, the input that must survive, words of the message)
    (["-o", "tsv:{in}/doc000.en.txt"], "doc000.en.txt", "--output {in}/doc000.en.txt: would overwrite the input"),
    (["-o", "{tmp}/c.jsonl", "--journal", "{in}/doc001.id.txt", "--restart"], "doc001.id.txt",
     "--journal {in}/doc001.id.txt: would overwrite the input"),
    (["-o", "tsv:{tmp}/hardlink.tsv"], "doc001.en.txt", "would overwrite the input"),
    (["-o", "hf:{in}"], "doc000.id.txt", "would replace the folder holding the input"),
    (["-o", "{tmp}/c.jsonl", "-o", "jsonl:{tmp}/c.jsonl"], None, "same file as --output"),
    (["-o", "{tmp}/c.jsonl", "--journal", "{tmp}/c.jsonl"], None, "same file as --output"),
    (["-o", "hf:{tmp}/ds", "--journal", "{tmp}/ds/j.jsonl"], None, "the folder would replace the output --journal"),
]


@pytest.mark.parametrize(("extra", "survivor", "message"), OUTPUT_CLASHES)
def test_an_output_or_journal_never_replaces_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], survivor: str | None, message: str
) -> None:
    _write_pairs(tmp_path / "in", 2)
    os.link(tmp_path / "in" / "doc001.en.txt", tmp_path / "hardlink.tsv")
    before = {p.name: p.read_bytes() for p in (tmp_path / "in").iterdir()}
    argv = ["corpus", str(tmp_path / "in"), *[a.format(tmp=tmp_path, **{"in": tmp_path / "in"}) for a in extra],
            "--no-progress"]
    assert main(argv) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert message.format(tmp=tmp_path, **{"in": tmp_path / "in"}) in line
    if survivor is not None:
        assert survivor in line
    assert {p.name: p.read_bytes() for p in (tmp_path / "in").iterdir()} == before
    assert not (tmp_path / "c.jsonl").exists() and _no_temp_files(tmp_path)


def test_the_manifest_and_the_config_are_inputs_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_pairs(tmp_path / "docs", 1)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "a", "src": "docs/doc000.id.txt", "tgt": "docs/doc000.en.txt"}) + "\n",
                        encoding="utf-8")
    config = tmp_path / "corpus.toml"
    config.write_text("dedup = true\n", encoding="utf-8")
    assert main(["corpus", str(manifest), "-o", str(manifest), "--no-progress"]) == 2
    assert "would overwrite the input" in _one_error_line(capsys.readouterr().err)
    assert main(["corpus", str(manifest), "--config", str(config), "-o", f"tsv:{config}", "--no-progress"]) == 2
    assert "corpus.toml" in _one_error_line(capsys.readouterr().err)
    assert manifest.read_text(encoding="utf-8").startswith('{"id": "a"') and config.read_text() == "dedup = true\n"


def test_a_moses_side_never_replaces_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o moses:docs/a`` writes docs/a.id and docs/a.en: the documents of a manifest that names them."""
    (tmp_path / "docs").mkdir()
    src, tgt = _texts(0)
    (tmp_path / "docs" / "a.id").write_text(src, encoding="utf-8")
    (tmp_path / "docs" / "a.en").write_text(tgt, encoding="utf-8")
    manifest = _manifest(tmp_path / "m.jsonl", [{"id": "a", "src": "docs/a.id", "tgt": "docs/a.en"}])
    assert main(["corpus", str(manifest), "-o", f"moses:{tmp_path / 'docs' / 'a'}", "--no-progress"]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert "a.id: would overwrite the input" in line
    assert (tmp_path / "docs" / "a.id").read_text(encoding="utf-8") == src


def test_check_outputs_apart_sees_symlinks_and_nested_output_folders(tmp_path: Path) -> None:
    src = tmp_path / "a.id.txt"
    src.write_text("Harga naik.\n", encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(src)
    with pytest.raises(InputError, match="alias.txt: would overwrite the input"):
        check_outputs_apart([src], [("-o", tmp_path / "alias.txt")])
    written = [("-o", tmp_path / "ds"), ("--journal", tmp_path / "ds" / "c.jsonl")]
    with pytest.raises(InputError, match="the folder would replace the output --journal"):
        check_folders_apart(written, output_folders=[written[0]])
    (tmp_path / "saved").mkdir()
    with pytest.raises(InputError, match="would write into the input folder"):
        check_folders_apart([("-o", tmp_path / "saved" / "x.arrow")], input_folders=[tmp_path / "saved"])
    check_outputs_apart([src], [("-o", tmp_path / "out.tsv"), ("-o", tmp_path / "out.tmx")])  # apart: no error


# --- manifests confined ---------------------------------------------------------------------------------


def _manifest(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def hostile_manifest(tmp_path: Path) -> Path:
    """A manifest in ``project/`` with one good pair and three that reach a 'secret' outside it."""
    _write_pairs(tmp_path / "project" / "docs", 1)
    secret = tmp_path / "private" / "secret.id.txt"
    secret.parent.mkdir()
    secret.write_text("Kata sandi server redaksi adalah rahasia.\n\nJangan disebarkan.\n", encoding="utf-8")
    (tmp_path / "project" / "linked").symlink_to(tmp_path / "private", target_is_directory=True)
    good = {"src": "docs/doc000.id.txt", "tgt": "docs/doc000.en.txt"}
    return _manifest(tmp_path / "project" / "m.jsonl", [
        {"id": "good", **good},
        {"id": "dotdot", "src": "../private/secret.id.txt", "tgt": good["tgt"]},
        {"id": "absolute", "src": str(secret), "tgt": good["tgt"]},
        {"id": "symlink", "src": "linked/secret.id.txt", "tgt": good["tgt"]},
    ])


def test_manifest_paths_leaving_its_folder_fail_one_document_each(hostile_manifest: Path) -> None:
    specs = {s.id: s for s in discover_pairs(hostile_manifest)}
    assert specs["good"].error is None
    assert "resolves outside" in specs["dotdot"].error and "--allow-outside" in specs["dotdot"].error
    assert "is an absolute path" in specs["absolute"].error
    assert "(through a symlink)" in specs["symlink"].error
    record = process_pair(specs["dotdot"], CONFIG)
    assert record["status"] == "error" and "resolves outside" in record["error"]
    # --allow-outside, or a --root that holds both folders, lifts the rule
    assert all(s.error is None for s in discover_pairs(hostile_manifest, allow_outside=True))
    rooted = {s.id: s.error for s in discover_pairs(hostile_manifest, root=hostile_manifest.parent.parent)}
    assert rooted["dotdot"] is None and rooted["symlink"] is None and "absolute" in rooted["absolute"]


def test_corpus_cli_never_exports_a_file_from_outside_the_manifest(
    hostile_manifest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    assert main(["corpus", str(hostile_manifest), "-o", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "1 ok, 3 failed" in err and "Traceback" not in err
    assert "sandi" not in out.read_text(encoding="utf-8")
    assert {r["doc_id"] for r in _lines(out)} == {"good"}


def test_folder_input_refuses_a_symlink_leading_out(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "in", 1)
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (tmp_path / "in" / "leak.id.txt").symlink_to(tmp_path / "passwd")
    (tmp_path / "in" / "leak.en.txt").write_text(_texts(0)[1], encoding="utf-8")
    specs = {s.id: s for s in discover_pairs(tmp_path / "in")}
    assert specs["doc000"].error is None and "resolves outside" in specs["leak"].error


# --- dataset rows -------------------------------------------------------------------------------------------


def test_dataset_rows_get_the_same_checks_as_files(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    src, tgt = _texts(0)
    rows = [
        {"id": "good", "src": src, "tgt": tgt},
        {"id": "null", "src": None, "tgt": tgt},
        {"id": "empty", "src": "", "tgt": tgt},
        {"id": "blank", "src": " \n\n ", "tgt": tgt},
        {"id": "binary", "src": "\x00\x01\x02PK\x03\x04" * 20, "tgt": tgt},
        {"id": "swapped", "src": tgt, "tgt": tgt},
    ]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "ds"))
    records = {r["id"]: r for r in (process_pair(s, CONFIG) for s in discover_pairs(tmp_path / "ds"))}
    assert records["good"]["status"] == "ok" and records["good"]["sentences"] > 0
    expected = {"null": "src is null", "empty": "src: empty text", "blank": "src: empty text",
                "binary": "src: binary text", "swapped": "<source>"}
    for doc_id, words in expected.items():
        assert records[doc_id]["status"] == "error", records[doc_id]
        assert words in records[doc_id]["error"] and "\n" not in records[doc_id]["error"]


# --- FIFOs, devices, folders as documents --------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_fifo_in_the_batch_fails_one_document_and_never_hangs(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "in", 2)
    os.mkfifo(tmp_path / "in" / "pipe.id.txt")
    (tmp_path / "in" / "pipe.en.txt").write_text(_texts(1)[1], encoding="utf-8")
    (tmp_path / "in" / "dir.id.txt").mkdir()
    (tmp_path / "in" / "dir.en.txt").write_text(_texts(1)[1], encoding="utf-8")
    out = tmp_path / "c.jsonl"
    proc = _cli(str(tmp_path / "in"), "-o", str(out), "--no-progress", timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "2 ok, 2 failed" in proc.stderr and "Traceback" not in proc.stderr
    assert "pipe.id.txt: not a regular file (a FIFO)" in proc.stderr
    assert "dir.id.txt: is a directory, not a file" in proc.stderr
    assert {r["doc_id"] for r in _lines(out)} == {"doc000", "doc001"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_fifo_as_the_corpus_input_is_a_one_line_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "m.jsonl")
    proc = _cli(str(tmp_path / "m.jsonl"), "-o", str(tmp_path / "c.jsonl"), "--no-progress", timeout=60)
    assert proc.returncode == 2
    assert "not a regular file (a FIFO)" in _one_error_line(proc.stderr)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_in_a_manifest_fails_one_document_and_never_reads_it(tmp_path: Path) -> None:
    _write_pairs(tmp_path / "docs", 1)
    manifest = _manifest(tmp_path / "m.jsonl", [
        {"id": "good", "src": "docs/doc000.id.txt", "tgt": "docs/doc000.en.txt"},
        {"id": "zero", "src": "/dev/zero", "tgt": "docs/doc000.en.txt"},
    ])
    out = tmp_path / "c.jsonl"
    # --allow-outside lets the absolute path past the confinement, so the regular-file check is what stops it
    proc = _cli(str(manifest), "-o", str(out), "--no-progress", "--allow-outside", timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "failed: zero: /dev/zero: not a regular file (a character device)" in proc.stderr
    assert {r["doc_id"] for r in _lines(out)} == {"good"}
    # and without --allow-outside it never gets that far
    assert "is an absolute path" in process_pair(discover_pairs(manifest)[1], CONFIG)["error"]


def test_dev_zero_as_the_journal_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    _write_pairs(tmp_path / "in", 1)
    assert main(["corpus", str(tmp_path / "in"), "-o", str(tmp_path / "c.jsonl"), "--journal", "/dev/zero",
                 "--no-progress"]) == 2
    assert "not a regular file (a character device)" in _one_error_line(capsys.readouterr().err)


# --- options ---------------------------------------------------------------------------------------------


OPTION_CASES = [
    (["--workers", "0"], "at least 1"),
    (["--workers", "-3"], "at least 1"),
    (["--workers", "100000"], "more than 4 per CPU core"),
    (["--workers", "two"], "not a whole number"),
    (["--min-similarity", "nan"], "finite"),
    (["--min-similarity", "inf"], "finite"),
    (["--min-similarity", "-0.1"], "between 0 and 1"),
    (["--min-similarity", "2"], "between 0 and 1"),
    (["--max-length-ratio", "nan"], "finite"),
    (["--max-length-ratio", "0.5"], "at least 1"),
    (["--null-cost", "nan"], "finite"),
    (["--root", "{tmp}/nowhere"], "not a folder"),
]


@pytest.mark.parametrize(("extra", "message"), OPTION_CASES)
def test_bad_corpus_options_exit_2_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    _write_pairs(tmp_path / "in", 1)
    argv = ["corpus", str(tmp_path / "in"), "-o", str(tmp_path / "c.jsonl"), "--no-progress",
            *[a.format(tmp=tmp_path) for a in extra]]
    assert main(argv) == 2
    assert message in _one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "c.jsonl").exists() and not (tmp_path / "c.jsonl.journal.jsonl").exists()


def test_a_bad_filter_in_a_config_file_is_refused_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_pairs(tmp_path / "in", 1)
    (tmp_path / "c.toml").write_text("min_similarity = nan\n", encoding="utf-8")
    assert main(["corpus", str(tmp_path / "in"), "-o", str(tmp_path / "c.jsonl"), "--config",
                 str(tmp_path / "c.toml")]) == 2
    assert "min_similarity" in _one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"min_similarity": float("nan")}, "finite"),
    ({"max_length_ratio": float("inf")}, "finite"),
    ({"max_length_ratio": 0.9}, "at least 1"),
])
def test_corpus_filter_refuses_nan_and_impossible_ratios(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        CorpusFilter(**kwargs)


# --- leftovers of dead runs ---------------------------------------------------------------------------------


def test_temp_files_of_dead_runs_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    out = tmp_path / "c.jsonl"
    stale = tmp_path / f".c.jsonl.{dead_pid}.abc123xy.tmp"
    stale.write_text('{"doc_id": "half', encoding="utf-8")
    stale_dir = tmp_path / f".c.jsonl.{dead_pid}.zz9_k2mq.old"
    stale_dir.mkdir()
    live = tmp_path / f".c.jsonl.{os.getpid()}.qq1ab2cd.tmp"
    live.write_text("in progress", encoding="utf-8")
    other = tmp_path / f".d.jsonl.{dead_pid}.abc123xy.tmp"  # another output's: not ours to judge
    other.write_text("x", encoding="utf-8")
    removed = remove_stale_temps(out)
    assert sorted(removed) == sorted([stale, stale_dir])
    assert live.exists() and other.exists()
