"""Hostile use of the CLI: crashes, clobbered inputs, closed pipes, full disks, odd names, huge lines.

Each case asserts the documented exit code (0 pass, 1 gate failed, 2 bad input or usage, 3 failure to
run), exactly one ``error:`` line on stderr with no traceback, and that no output was written (or, for
an output that names an input, that the input is byte for byte unchanged).

CLI cases that must get past the pipeline replace ``run_check`` with a function returning the hand-made
sample result (as test_gates.py does): the error handling, not the aligner, is under test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wiredrift.eval import pipeline
from wiredrift.eval.cli import main
from wiredrift.eval.pipeline import CheckResult
from wiredrift.eval.report import from_json

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SAMPLE = TESTS / "data" / "report-sample.json"
ALIGN_SAMPLE = ROOT / "corpora" / "align-sample"
WIREDRIFT = Path(sys.executable).with_name("wiredrift")

ID_TEXT = "Gubernur Jawa Barat meninjau lokasi banjir di Bandung pada Rabu (13/3).\n"
EN_TEXT = "The West Java governor visited the flood site in Bandung on Wednesday (13/3).\n"


def sample() -> CheckResult:
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


def one_error_line(err: str) -> str:
    """The single ``error:`` line of ``err``; fails on a traceback or a second line."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    return lines[0]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    src, tgt = tmp_path / "id.txt", tmp_path / "en.txt"
    src.write_text(ID_TEXT, encoding="utf-8")
    tgt.write_text(EN_TEXT, encoding="utf-8")
    return src, tgt


@pytest.fixture
def fake_check(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """``run_check`` returns the sample result, or calls ``holder["effect"](progress)`` first."""
    holder: dict[str, object] = {"result": sample(), "effect": None}

    def fake_run_check(src, tgt, config=None, progress=None):  # type: ignore[no-untyped-def]
        if holder["effect"] is not None:
            holder["effect"](progress)  # type: ignore[operator]
        return holder["result"]

    monkeypatch.setattr(pipeline, "run_check", fake_run_check)
    return holder


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --------------------------------------------------------------------------------------------
# Exit 3: failure to run


@pytest.mark.parametrize(("progress_stage", "stage"), [("read", "read"), ("align", "align"), ("drift", "detect")])
def test_unexpected_exception_is_one_line_and_exit_3(progress_stage: str, stage: str, fake_check, pair,
                                                     tmp_path: Path, capsys) -> None:
    def boom(progress):  # type: ignore[no-untyped-def]
        progress(progress_stage)
        raise RuntimeError("boom\nsecond line")

    fake_check["effect"] = boom
    src, tgt = pair
    out = tmp_path / "r.json"
    assert main(["check", str(src), str(tgt), "--json", str(out)]) == 3
    line = one_error_line(capsys.readouterr().err)
    assert line == (f"error: {stage}: {src}: RuntimeError: boom second line "
                    "(run with --debug for the traceback)")
    assert not out.exists()


@pytest.mark.parametrize("where", ["global", "subcommand"])
def test_debug_prints_the_traceback(where: str, fake_check, pair, capsys) -> None:
    def boom(progress):  # type: ignore[no-untyped-def]
        progress("align")
        raise KeyError("missing")

    fake_check["effect"] = boom
    src, tgt = pair
    argv = ["--debug", "check", str(src), str(tgt)] if where == "global" else ["check", str(src), str(tgt), "--debug"]
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in boom" in err
    assert err.rstrip().splitlines()[-1] == f"error: align: {src}: KeyError: 'missing'"


def test_a_crash_while_writing_a_report_names_the_report(fake_check, pair, tmp_path: Path, monkeypatch, capsys) -> None:
    import wiredrift.eval.html as html

    def broken(result, path, title=None):  # type: ignore[no-untyped-def]
        raise ValueError("template exploded")

    monkeypatch.setattr(html, "write_html", broken)
    src, tgt = pair
    out = tmp_path / "r.html"
    assert main(["check", str(src), str(tgt), "--html", str(out), "--fail-on", "none"]) == 3
    assert one_error_line(capsys.readouterr().err).startswith(f"error: report: {out}: ValueError: template exploded")


def test_help_documents_all_four_exit_codes(capsys) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "0 pass, 1 a gate failed, 2 bad input or usage, 3 failure to run" in out
    assert "--debug" in out


def test_makefile_and_readme_accept_only_0_and_1() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "|| test $$? -eq 1" in makefile
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "**3** failure to run" in readme


# --------------------------------------------------------------------------------------------
# Outputs never touch inputs


@pytest.mark.parametrize("flag", ["--json", "--html", "--junit", "--export"])
def test_check_output_naming_an_input_is_refused(flag: str, pair, tmp_path: Path, capsys) -> None:
    src, tgt = pair
    before = snapshot(tmp_path)
    argv = ["check", str(src), str(tgt), flag, str(tgt)]
    if flag == "--export":
        argv += ["--export-format", "tsv"]
    assert main(argv) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: {flag} {tgt}: would overwrite the input {tgt}"
    assert snapshot(tmp_path) == before


def test_check_hard_link_and_symlink_to_an_input_are_refused(pair, tmp_path: Path, capsys) -> None:
    src, tgt = pair
    hard, soft = tmp_path / "hard.json", tmp_path / "soft.json"
    os.link(src, hard)
    soft.symlink_to(tgt)
    assert main(["check", str(src), str(tgt), "--json", str(hard)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: --json {hard}: would overwrite the input {src}"
    assert main(["check", str(src), str(tgt), "--html", str(soft)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: --html {soft}: would overwrite the input {tgt}"
    assert src.read_text(encoding="utf-8") == ID_TEXT and tgt.read_text(encoding="utf-8") == EN_TEXT


def test_check_moses_export_names_are_the_real_files(tmp_path: Path, capsys, monkeypatch) -> None:
    """The issue's case: --export bbc.381680 --export-format moses writes bbc.381680.id and .en."""
    for name in ("bbc.381680.id", "bbc.381680.en"):
        shutil.copy(ALIGN_SAMPLE / name, tmp_path / name)
    before = snapshot(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "bbc.381680.id", "bbc.381680.en", "--export", "bbc.381680", "--export-format", "moses"]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line == "error: --export bbc.381680.id: would overwrite the input bbc.381680.id"
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(("first", "second"), [("--json", "--html"), ("--html", "--junit"), ("--json", "--junit")])
def test_two_outputs_naming_one_file_are_refused(first: str, second: str, pair, tmp_path: Path, capsys,
                                                 monkeypatch) -> None:
    src, tgt = pair
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(src), str(tgt), first, "r.json", second, "./r.json"]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: {second} ./r.json: same file as {first} r.json"
    assert not (tmp_path / "r.json").exists()


def test_align_output_naming_an_input_is_refused(pair, capsys) -> None:
    src, tgt = pair
    assert main(["align", str(src), str(tgt), "-o", str(src)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: --output {src}: would overwrite the input {src}"
    assert src.read_text(encoding="utf-8") == ID_TEXT


def test_translate_output_naming_its_input_is_refused(pair, capsys) -> None:
    src, _ = pair
    assert main(["translate", str(src), "-o", str(src), "--offline"]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: --output {src}: would overwrite the input {src}"
    assert src.read_text(encoding="utf-8") == ID_TEXT


def test_export_output_naming_its_report_is_refused(tmp_path: Path, capsys) -> None:
    report = tmp_path / "r.json"
    shutil.copy(SAMPLE, report)
    before = report.read_bytes()
    assert main(["export", str(report), "-o", str(report), "--format", "jsonl"]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: --output {report}: would overwrite the input {report}"
    # a Moses prefix whose derived name is the report: c.id is written by -o c (id-en report)
    moses_victim = tmp_path / "c.id"
    shutil.copy(SAMPLE, moses_victim)
    assert main(["export", str(moses_victim), "-o", str(tmp_path / "c"), "--format", "moses"]) == 2
    assert "would overwrite the input" in one_error_line(capsys.readouterr().err)
    # a dataset folder is replaced whole: one holding the report is refused
    folder = tmp_path / "ds"
    folder.mkdir()
    inside = folder / "r.json"
    shutil.copy(SAMPLE, inside)
    assert main(["export", str(inside), "-o", str(folder), "--format", "hf"]) == 2
    assert "would replace the folder holding the input" in one_error_line(capsys.readouterr().err)
    assert report.read_bytes() == before == moses_victim.read_bytes() == inside.read_bytes()
    assert not (tmp_path / "c.en").exists()


# --------------------------------------------------------------------------------------------
# Gates that cannot be evaluated


def test_min_chrf_without_mt_fails_before_the_run_and_writes_nothing(pair, tmp_path: Path, monkeypatch, capsys) -> None:
    import wiredrift.align.translate as translate

    monkeypatch.setattr(translate, "find_cached_model", lambda *a, **k: None)  # no opus-mt in the cache
    monkeypatch.setattr("wiredrift.align.models.find_cached_model", lambda *a, **k: None)  # the gate check reads it there

    def must_not_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the check ran")

    monkeypatch.setattr(pipeline, "run_check", must_not_run)
    src, tgt = pair
    outs = [tmp_path / "r.json", tmp_path / "r.xml", tmp_path / "r.html"]
    assert main(["check", str(src), str(tgt), "--min-chrf", "40", "--json", str(outs[0]),
                 "--junit", str(outs[1]), "--html", str(outs[2])]) == 2
    assert one_error_line(capsys.readouterr().err).startswith("error: --min-chrf 40 needs machine translation")
    assert not any(p.exists() for p in outs)


def test_min_chrf_unevaluable_after_the_run_writes_nothing(fake_check, pair, tmp_path: Path, capsys) -> None:
    """A named model that ran no MT (or a cached one that failed to load): still exit 2, no report."""
    import dataclasses

    fake_check["result"] = dataclasses.replace(sample(), pair_scores=None, document_scores=None)
    src, tgt = pair
    out = tmp_path / "r.json"
    assert main(["check", str(src), str(tgt), "--min-chrf", "40", "--model", "m", "--json", str(out)]) == 2
    assert one_error_line(capsys.readouterr().err).startswith("error: --min-chrf")
    assert not out.exists()


# --------------------------------------------------------------------------------------------
# The crashes of issue 15, each now one line


@pytest.fixture(scope="module")
def random_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Marian model with random weights (128 positions): enough to load and run generate."""
    from marian import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("random-marian") / "model")


def test_translate_max_length_beyond_the_positions_is_exit_2(random_marian: Path, pair, tmp_path: Path, capsys) -> None:
    src, _ = pair
    out = tmp_path / "mt.txt"
    assert main(["translate", str(src), "--model", str(random_marian), "--offline", "--no-cache",
                 "--max-length", "1000", "-o", str(out)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line == f"error: --max-length 1000: {random_marian} has only 128 positions; give at most 128"
    assert not out.exists()
    # at the limit it runs (the IndexError came one position later)
    assert main(["translate", str(src), "--model", str(random_marian), "--offline", "--no-cache",
                 "--max-length", "128", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_control_character_in_a_document_id_is_refused_before_the_run(tmp_path: Path, monkeypatch, capsys) -> None:
    def must_not_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the check ran")

    monkeypatch.setattr(pipeline, "run_check", must_not_run)
    src, tgt = tmp_path / "a\x01b.id.txt", tmp_path / "a\x01b.en.txt"
    src.write_text(ID_TEXT, encoding="utf-8")
    tgt.write_text(EN_TEXT, encoding="utf-8")
    out = tmp_path / "out.tmx"
    assert main(["check", str(src), str(tgt), "--export", str(out)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "a\\x01b" in line and "not allowed in XML" in line and "\x01" not in line
    assert not out.exists()


def test_control_character_in_a_saved_report_id_is_refused_for_xml(tmp_path: Path, capsys) -> None:
    report = json.loads(SAMPLE.read_text(encoding="utf-8"))
    report["src"]["path"] = "wire\x01copy/id.txt"
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    for fmt in ("tmx", "xliff"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", str(path), "-o", str(out), "--format", fmt]) == 2
        assert "a character XML forbids" in one_error_line(capsys.readouterr().err)
        assert not out.exists()
    # the line formats keep it (TSV cleans it, JSONL escapes it)
    assert main(["export", str(path), "-o", str(tmp_path / "out.jsonl")]) == 0


@pytest.mark.parametrize("fmt", ["tsv", "jsonl", "moses", "hf", "tmx", "xliff"])
def test_lone_surrogate_in_a_report_is_one_line(fmt: str, tmp_path: Path, capsys) -> None:
    report = json.loads(SAMPLE.read_text(encoding="utf-8"))
    report["tgt"]["sentences"][0]["text"] = "Russia \ud800 sends troops"
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report), encoding="utf-8")  # ASCII JSON with a "\ud800" escape
    before = set(tmp_path.iterdir())
    assert main(["export", str(path), "-o", str(tmp_path / "out"), "--format", fmt]) == 2
    line = one_error_line(capsys.readouterr().err)
    # the report reader refuses it on load (one line naming the file), before any exporter runs
    assert line.startswith(f"error: {path}: ") and "lone surrogate" in line
    assert set(tmp_path.iterdir()) == before


def test_empty_dataset_export_is_one_line(tmp_path: Path, capsys) -> None:
    pytest.importorskip("datasets")
    report = json.loads(SAMPLE.read_text(encoding="utf-8"))
    report["alignment"] = []
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    assert main(["export", str(path), "-o", str(tmp_path / "ds"), "--format", "hf"]) == 2
    assert "hf export: no pairs to write" in one_error_line(capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_config_folder_is_exit_2(pair, tmp_path: Path, capsys) -> None:
    src, tgt = pair
    assert main(["check", str(src), str(tgt), "--config", str(tmp_path)]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: {tmp_path}: is a directory, not a file"


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(cmd, capture_output=kwargs.pop("capture", True), text=True, env=env, timeout=120,
                          **kwargs)  # type: ignore[call-overload]


def test_reader_that_closed_the_pipe_is_not_a_crash(tmp_path: Path) -> None:
    """``wiredrift export r.json -o - | head -c 0``: exit 0, nothing on stderr (no BrokenPipeError)."""
    r, w = os.pipe()
    os.close(r)  # the reader is gone before the first write: every write gets EPIPE
    try:
        proc = subprocess.run([str(WIREDRIFT), "export", str(SAMPLE), "--format", "jsonl", "-o", "-"],
                              stdout=w, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(w)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_closed_stdout_is_not_a_crash(tmp_path: Path) -> None:
    proc = subprocess.run(["sh", "-c", f'exec "{WIREDRIFT}" export "{SAMPLE}" --format tsv -o - >&-'],
                          stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_a_broken_pipe_keeps_the_gate_result_and_the_files(fake_check, pair, tmp_path: Path, monkeypatch) -> None:
    class Gone:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        def isatty(self) -> bool:
            return False

        def fileno(self) -> int:
            raise OSError("no descriptor")

    monkeypatch.setattr(sys, "stdout", Gone())
    src, tgt = pair
    out = tmp_path / "r.json"
    assert main(["check", str(src), str(tgt), "--json", str(out)]) == 1  # the sample fails --fail-on major
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "wiredrift.check/3"


# --------------------------------------------------------------------------------------------
# Untidy items: disk full, vanished folder, HOME='', odd HTML names, leftovers of killed runs


def test_disk_full_names_the_output_and_leaves_nothing(fake_check, pair, tmp_path: Path, monkeypatch, capsys) -> None:
    """A real ENOSPC from the kernel: the temporary file is opened on /dev/full."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    import wiredrift.eval.output as output

    real_mkstemp = output.tempfile.mkstemp

    def mkstemp_on_dev_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        fd, name = real_mkstemp(*args, **kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(output.tempfile, "mkstemp", mkstemp_on_dev_full)
    src, tgt = pair
    out = tmp_path / "out" / "r.json"
    out.parent.mkdir()
    assert main(["check", str(src), str(tgt), "--json", str(out), "--fail-on", "none"]) == 2
    assert one_error_line(capsys.readouterr().err) == f"error: {out}: No space left on device"
    assert list(out.parent.iterdir()) == []


def test_vanished_output_folder_is_named_by_the_output(fake_check, pair, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "r.json"
    fake_check["effect"] = lambda progress: shutil.rmtree(folder)  # removed while the check runs
    src, tgt = pair
    assert main(["check", str(src), str(tgt), "--json", str(out), "--fail-on", "none"]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line == f"error: {out}: folder {folder} disappeared while writing; nothing was written"
    assert ".tmp" not in line


@pytest.mark.parametrize("home", ["", "/", None])
def test_no_usable_home_puts_the_cache_in_a_temp_folder(home: str | None, monkeypatch, caplog) -> None:
    import tempfile

    import wiredrift.align.cache as cache
    from wiredrift.align.embed import default_cache_dir
    from wiredrift.align.translate import TranslationCache

    monkeypatch.delenv("WIREDRIFT_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
        monkeypatch.setattr(cache.Path, "home", classmethod(lambda cls: (_ for _ in ()).throw(RuntimeError("no home"))))
    else:
        monkeypatch.setenv("HOME", home)
    monkeypatch.setattr(cache, "_warned", False)
    root = cache.cache_root()
    assert root.is_absolute() and root.parent == Path(tempfile.gettempdir())
    assert "warning" in caplog.text.lower() or any(r.levelname == "WARNING" for r in caplog.records)
    assert default_cache_dir() == root / "embeddings"
    assert TranslationCache().path.is_relative_to(root)
    assert not str(root).startswith("/.cache")


def test_xdg_cache_home_is_used(monkeypatch, tmp_path: Path) -> None:
    import wiredrift.align.cache as cache

    monkeypatch.delenv("WIREDRIFT_CACHE", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_root() == tmp_path / "wiredrift"
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "w"))
    assert cache.cache_root() == tmp_path / "w"


def test_html_script_survives_a_malformed_fragment(fake_check, pair, tmp_path: Path) -> None:
    """``report.html#%``: the page's script must still run (decodeURIComponent('%') throws)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    import re

    src, tgt = pair
    out = tmp_path / "report.html#%"
    assert main(["check", str(src), str(tgt), "--html", str(out), "--fail-on", "none", "--quiet"]) == 0
    script = re.search(r"<script>(.*?)</script>", out.read_text(encoding="utf-8"), re.S).group(1)
    runner = tmp_path / "run.js"
    runner.write_text("""
const vm = require("vm");
const fs = require("fs");
const el = () => ({checked: true, addEventListener() {}, classList: {toggle() {}}, textContent: ""});
const ready = {};
const document = {
  querySelectorAll: () => [], getElementById: el, addEventListener() {},
  body: {setAttribute(k, v) { ready[k] = v; }},
};
const window = {location: {hash: process.argv[3]}, addEventListener() {}};
vm.runInNewContext(fs.readFileSync(process.argv[2], "utf8"), {document, window});
console.log(ready["data-ready"] || "not ready");
""", encoding="utf-8")
    js = tmp_path / "report.js"
    js.write_text(script, encoding="utf-8")
    for fragment in ("#%", "#%zz&hide=minor", "#hide=minor"):
        proc = subprocess.run([node, str(runner), str(js), fragment], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0 and proc.stdout.strip() == "1", (fragment, proc.stderr)


def test_temp_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    from wiredrift.eval.output import atomic_write_text

    dead = dead_pid()
    stale = tmp_path / f".r.json.{dead}.abc123.tmp"
    stale_dir = tmp_path / f".r.json.{dead}.def456.old"
    alive = tmp_path / f".r.json.{os.getpid()}.ghi789.tmp"  # a writer still running: kept
    other = tmp_path / f".q.json.{dead}.abc123.tmp"  # another output's: not ours to judge now
    stale.write_text("partial", encoding="utf-8")
    stale_dir.mkdir()
    alive.write_text("partial", encoding="utf-8")
    other.write_text("partial", encoding="utf-8")
    atomic_write_text(tmp_path / "r.json", "{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name, "r.json"])


def test_corrupt_caches_of_dead_runs_are_removed(tmp_path: Path) -> None:
    from wiredrift.align.translate import TranslationCache

    dead = dead_pid()
    db = tmp_path / "cache.sqlite3"
    stale = [tmp_path / f"cache.sqlite3.corrupt-{dead}", tmp_path / f"cache.sqlite3-wal.corrupt-{dead}"]
    alive = tmp_path / f"cache.sqlite3.corrupt-{os.getpid()}"
    for p in [*stale, alive]:
        p.write_bytes(b"not a database")
    cache = TranslationCache(db)
    assert cache.get_many("m", "r", {}, ["Presiden tiba."]) == {}
    cache.close()
    assert not any(p.exists() for p in stale)
    assert alive.exists() and db.exists()


# --------------------------------------------------------------------------------------------
# Paths escaped in messages; the drift stage guard


def test_newline_in_a_file_name_cannot_start_an_annotation(tmp_path: Path, capsys) -> None:
    evil = tmp_path / "x\n::warning file=a.txt::owned.txt"
    assert main(["check", str(evil), str(evil)]) == 2
    err = capsys.readouterr().err
    line = one_error_line(err)
    assert "\\n::warning" in line
    assert not any(row.startswith("::") for row in err.splitlines())


def test_show_path_escapes_controls_bidi_and_surrogates() -> None:
    from wiredrift.eval.paths import show_path

    assert show_path("a b/ok.txt") == "a b/ok.txt"
    # one helper for every message (wiredrift.align.errors.show_path): odd names are quoted and escaped
    assert show_path("a\nb\tc\x1b[31m") == "'a\\nb\\tc\\x1b[31m'"
    assert show_path("evil\u202etxt.exe") == "'evil\\u202etxt.exe'"
    assert show_path("caf\udce9.txt") == "'caf\\udce9.txt'"
    assert show_path("Jawa Barat – laporan.txt") == "Jawa Barat – laporan.txt"


def test_drift_reads_at_most_max_chars_of_a_sentence_and_says_so() -> None:
    from wiredrift.align.types import Bead, Document, Sentence
    from wiredrift.eval.drift import MAX_CHARS, cut_notes, detect_drift

    filler_id = "warga menunggu bantuan dari pemerintah daerah setempat " * 3000
    filler_en = "residents are waiting for aid from the local government " * 3000
    src = Document("id", (Sentence(0, "Sebanyak 1.250 rumah terendam banjir dan " + filler_id, 0),), path="id.txt")
    tgt = Document("en", (Sentence(0, "Some 1,520 houses were flooded and " + filler_en, 0),), path="en.txt")
    t0 = time.perf_counter()
    found = detect_drift(src, tgt, [Bead((0,), (0,), 0.9, 0.1)])
    elapsed = time.perf_counter() - t0
    numbers = [f for f in found if f.kind == "number"]
    assert numbers and numbers[0].src_span == "1.250" and numbers[0].tgt_span == "1,520"
    assert all(len(f.src_text) <= MAX_CHARS and len(f.tgt_text) <= MAX_CHARS for f in found)
    notes = cut_notes(src, tgt)
    assert len(notes) == 2 and "ID sentence 1" in notes[0] and "EN sentence 1" in notes[1]
    assert elapsed < 60  # a loose bound only (shared machines); scripts/bench_hostile.py measures it


@pytest.mark.parametrize("group", [
    ["a" * 5000], ["abc", "de", "f"], ["x" * 1999, "yz"], ["x" * 1998, "y" * 10], [], ["", "a", ""], ["a" * 2000, "b"],
])
def test_embedding_groups_are_cut_before_joining(group: list[str]) -> None:
    """A candidate bead holding a huge sentence costs MAX_CHARS characters, the same text as before."""
    from wiredrift.align.embed import MAX_CHARS, _join_cut

    assert _join_cut(group, MAX_CHARS) == " ".join(group)[:MAX_CHARS]


def test_file_name_that_is_not_utf8_is_refused_before_the_run(tmp_path: Path, monkeypatch, capsys) -> None:
    """The report records both paths as UTF-8 text: a name with a raw byte 0xe9 cannot be written there."""
    if sys.platform == "win32":
        pytest.skip("POSIX file names")

    def must_not_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the check ran")

    monkeypatch.setattr(pipeline, "run_check", must_not_run)
    src = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"berita-caf\xe9.txt")))
    src.write_text(ID_TEXT, encoding="utf-8")
    tgt = tmp_path / "en.txt"
    tgt.write_text(EN_TEXT, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["check", str(src), str(tgt), "--json", str(out)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "berita-caf\\udce9.txt" in line and "not valid Unicode" in line
    assert not out.exists()


def test_log_lines_escape_paths_too() -> None:
    """A warning naming a file with a newline stays one stderr line (the CLI's log format)."""
    code = ("import logging, sys; from wiredrift.eval.cli import main; "
            "sys.argv = ['wiredrift']; "
            "from wiredrift.eval import cli; "
            "h = logging.StreamHandler(sys.stderr); h.setFormatter(cli._OneLineFormatter('%(levelname)s %(message)s')); "
            "log = logging.getLogger('t'); log.addHandler(h); "
            "log.warning('cache %s unusable', 'a\\n::warning::b')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.splitlines() == ["WARNING cache a\\n::warning::b unusable"]


def test_truncated_saved_dataset_is_one_line_never_exit_1(pair, tmp_path: Path, capsys) -> None:
    """A damaged ``datasets`` folder as corpus input: bad input (exit 2), one line naming the folder, no
    traceback, no output."""
    datasets = pytest.importorskip("datasets")
    src, tgt = pair
    folder = tmp_path / "ds"
    datasets.Dataset.from_list([{"id": "a", "src": str(src), "tgt": str(tgt)}]).save_to_disk(str(folder))
    arrow = next(folder.glob("*.arrow"))
    with arrow.open("r+b") as fh:
        fh.truncate(100)
    capsys.readouterr()  # the progress bar of save_to_disk
    out = tmp_path / "out.jsonl"
    code = main(["corpus", str(folder), "-o", str(out)])
    assert code == 2
    line = one_error_line(capsys.readouterr().err)
    assert f"{folder}: not a readable saved dataset" in line
    assert not out.exists()


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_config_that_is_not_a_small_regular_file_is_exit_2(kind: str, pair, tmp_path: Path, capsys) -> None:
    src, tgt = pair
    if kind == "fifo":
        config = tmp_path / "config.toml"
        os.mkfifo(config)  # no writer: opening it for reading would wait for ever
        expected = "not a regular file"
    elif kind == "device":
        config = Path("/dev/zero")
        if not config.exists():
            pytest.skip("no /dev/zero")
        expected = "not a regular file"
    else:
        config = tmp_path / "config.toml"
        config.write_text("# padding\n" * 200_000, encoding="utf-8")
        expected = "over the 1 MB config file limit"
    assert main(["check", str(src), str(tgt), "--config", str(config)]) == 2
    assert expected in one_error_line(capsys.readouterr().err)
