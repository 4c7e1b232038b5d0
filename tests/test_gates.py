"""CI gates, exit codes, GitHub annotations, the step summary and JUnit XML.

CLI tests replace ``run_check`` with a function returning a hand-made result (the gates, not the
aligner, are under test here); ``test_schema.py`` runs the real pipeline end to end.
"""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wiredrift.align.errors import ConfigError
from wiredrift.eval import pipeline
from wiredrift.eval.ci import annotation, escape_data, escape_property, github_annotations, junit_xml, step_summary
from wiredrift.eval.cli import main
from wiredrift.eval.findings import Finding
from wiredrift.eval.gates import GateConfig, document_score, evaluate_gates, exit_code
from wiredrift.eval.pipeline import CheckResult
from wiredrift.eval.report import from_json

SAMPLE = Path(__file__).resolve().parent / "data" / "report-sample.json"


def sample() -> CheckResult:
    """The hand-made sample: 10 findings (4 critical, 3 major, 3 minor), document chrF 57.3."""
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


def without_mt(result: CheckResult) -> CheckResult:
    return dataclasses.replace(result, pair_scores=None, document_scores=None)


def only(result: CheckResult, severities: set[str]) -> CheckResult:
    return dataclasses.replace(result, findings=[f for f in result.findings if f.severity in severities])


@pytest.fixture
def fake_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Make ``wiredrift check`` return a given result; returns (set_result, src_path, tgt_path)."""
    holder: dict[str, CheckResult] = {"result": sample()}

    def fake_run_check(src, tgt, config=None, progress=None):
        return holder["result"]

    monkeypatch.setattr(pipeline, "run_check", fake_run_check)
    src = tmp_path / "id.txt"
    tgt = tmp_path / "en.txt"
    src.write_text("x\n", encoding="utf-8")
    tgt.write_text("y\n", encoding="utf-8")

    def set_result(result: CheckResult) -> None:
        holder["result"] = result

    return set_result, str(src), str(tgt)


# (result variant, extra args, expected exit code)
GATE_CASES = [
    ("all", ["--fail-on", "none"], 0),
    ("all", [], 1),  # default --fail-on major, 7 findings at or above major
    ("all", ["--fail-on", "critical"], 1),
    ("minor", ["--fail-on", "major"], 0),
    ("minor", ["--fail-on", "minor"], 1),
    ("major", ["--fail-on", "critical"], 0),
    ("major", ["--fail-on", "major"], 1),
    ("all", ["--fail-on", "none", "--max-findings", "10"], 0),  # exactly N passes
    ("all", ["--fail-on", "none", "--max-findings", "9"], 1),
    ("minor", ["--fail-on", "critical", "--max-findings", "2"], 1),  # counts every severity
    ("none", ["--max-findings", "0"], 0),
    ("all", ["--fail-on", "none", "--min-chrf", "57.3"], 0),  # chrF 57.3 >= 57.3
    ("all", ["--fail-on", "none", "--min-chrf", "57.4"], 1),
    ("all", ["--fail-on", "none", "--min-chrf", "0"], 0),
    ("nomt", ["--fail-on", "none", "--min-chrf", "10"], 2),  # no MT: cannot be evaluated
    ("nomt", ["--fail-on", "critical", "--min-chrf", "10"], 2),  # error beats a failed gate
    ("nomt", ["--fail-on", "none"], 0),
]

VARIANTS = {
    "all": lambda r: r,
    "minor": lambda r: only(r, {"minor"}),
    "major": lambda r: only(r, {"major", "minor"}),
    "none": lambda r: only(r, set()),
    "nomt": without_mt,
}


@pytest.mark.parametrize(("variant", "args", "code"), GATE_CASES)
def test_gate_exit_codes(variant: str, args: list[str], code: int, fake_check, capsys) -> None:
    set_result, src, tgt = fake_check
    set_result(VARIANTS[variant](sample()))
    if "--min-chrf" in args and variant != "nomt":
        # --min-chrf needs a model before the run (the fake check stands in for it and its MT scores)
        args = [*args, "--model", "a-model-folder"]
    assert main(["check", src, tgt, "--color", "never", *args]) == code
    captured = capsys.readouterr()
    if code == 2:
        err_lines = [line for line in captured.err.splitlines() if line]
        assert len(err_lines) == 1 and err_lines[0].startswith("error: --min-chrf")
        assert "\n" not in err_lines[0]


@pytest.mark.parametrize("args", [
    ["--max-findings", "-1"],
    ["--max-findings", "three"],
    ["--min-chrf", "101"],
    ["--min-chrf", "nan"],
    ["--min-chrf", "-0.5"],
    ["--fail-on", "severe"],
    ["--format", "xml"],
    ["--color", "sometimes"],
])
def test_bad_gate_options_are_usage_errors(args: list[str], fake_check, capsys) -> None:
    _, src, tgt = fake_check
    assert main(["check", src, tgt, *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "error:" in err


def test_json_stdout_and_github_format_conflict(fake_check, capsys) -> None:
    _, src, tgt = fake_check
    assert main(["check", src, tgt, "--json", "-", "--format", "github"]) == 2
    assert "both write to stdout" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--html", "--junit", "--json"])
def test_output_in_missing_folder_fails_before_running(flag: str, fake_check, tmp_path: Path, capsys) -> None:
    _, src, tgt = fake_check
    target = tmp_path / "no-such-dir" / "out"
    assert main(["check", src, tgt, flag, str(target)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not target.parent.exists()


@pytest.mark.parametrize("args,message", [
    (["--max-bead", "0"], "error: --max-bead: expected an integer from 1 to 16, got 0"),
    (["--max-bead", "17"], "error: --max-bead: expected an integer from 1 to 16, got 17"),
    (["--null-cost", "-1"], "error: --null-cost: expected a number >= 0, got -1.0"),
])
def test_alignment_flags_out_of_range_are_named(args: list[str], message: str, fake_check, capsys) -> None:
    _, src, tgt = fake_check
    assert main(["check", src, tgt, *args]) == 2
    assert capsys.readouterr().err == message + "\n"


def test_help_documents_exit_codes_and_gates(capsys) -> None:
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    for text in ("exit codes: 0 every gate passed, 1 a gate failed, 2 bad input or usage",
                 "--max-findings N", "--min-chrf X", "--format", "--junit", "--html", "--quiet", "--color"):
        assert text in out


def test_gate_config_rejects_bad_values() -> None:
    with pytest.raises(ConfigError, match="--max-findings"):
        GateConfig(max_findings=-1)
    with pytest.raises(ConfigError, match="--min-chrf"):
        GateConfig(min_chrf=120.0)
    with pytest.raises(ConfigError, match="--fail-on"):
        GateConfig(fail_on="worst")


def test_evaluate_gates_reports_measured_values() -> None:
    gates = evaluate_gates(sample(), GateConfig(fail_on="critical", max_findings=3, min_chrf=60))
    assert [g.name for g in gates] == ["fail-on", "max-findings", "min-chrf"]
    assert [g.status for g in gates] == ["fail", "fail", "fail"]
    assert gates[0].value == 4 and gates[1].value == 10
    assert gates[2].value == pytest.approx(57.3)
    assert exit_code(gates) == 1
    assert exit_code([]) == 0


@pytest.mark.parametrize(("scores", "expected"), [
    (None, None),
    ({}, None),
    ({"chrf": 41.5, "bleu": 12.0}, 41.5),
    ({"chrF": 41.5}, 41.5),
    ({"chrf": {"score": 33.0, "signature": "nrefs:1"}}, 33.0),
    ({"chrf++": 50.0}, None),  # chrF++ is not chrF
    ({"chrf": "n/a"}, None),
])
def test_document_score_forms(scores, expected) -> None:
    r = dataclasses.replace(sample(), document_scores=scores)
    got = document_score(r, "chrf")
    assert got == (pytest.approx(expected) if expected is not None else None)


# GitHub's documented syntax: ::LEVEL [prop=value[,prop=value]...]::MESSAGE; values escaped so that the
# message holds no raw % \r \n and properties no raw % \r \n : ,
ANNOTATION = re.compile(
    r"^::(error|warning|notice)"
    r"(?: (?P<props>(?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*(?:,(?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*)*))?"
    r"::(?P<msg>[^\r\n]*)$"
)


def _unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_escaping_follows_github_rules() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    # % first, so an escape sequence in the input survives a round trip
    assert _unescape(escape_property("%3A literal")) == "%3A literal"
    line = annotation("error", "msg, with: colon", file="dir/a,b:c.txt", line=7, title="t: x, y")
    assert line == "::error file=dir/a%2Cb%3Ac.txt,line=7,title=t%3A x%2C y::msg, with: colon"
    assert ANNOTATION.match(line)


def test_github_format_prints_one_valid_annotation_per_finding(fake_check, capsys, monkeypatch, tmp_path) -> None:
    set_result, src, tgt = fake_check
    r = sample()
    # a message with every character that needs escaping
    hostile = Finding("number", "critical", (8,), (7,), r.findings[5].src_text, r.findings[5].tgt_text,
                      "100% wrong: a, b\nsecond line\r", "2014", "2015")
    set_result(dataclasses.replace(r, findings=[*r.findings, hostile]))
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["check", src, tgt, "--format", "github", "--fail-on", "critical"]) == 1
    out = capsys.readouterr().out.splitlines()
    annotations = [line for line in out if line.startswith("::")]
    assert len(annotations) == len(r.findings) + 1
    levels = []
    for line in annotations:
        m = ANNOTATION.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group("props").split(","))
        assert props["file"] in ("corpora/voi-137686/en.txt", "corpora/voi-137686/id.txt")
        assert int(props["line"]) >= 1
        assert _unescape(props["title"]).startswith("wiredrift ")
        levels.append(m.group(1))
    # critical findings fail the gate: error; the others are warnings (major) or notices (minor)
    assert levels.count("error") == 5 and levels.count("warning") == 3 and levels.count("notice") == 3
    last = ANNOTATION.match(annotations[-1])
    assert _unescape(last.group("msg")).startswith("100% wrong: a, b\nsecond line\r\nid 9 (line 15): ")
    # the omission points at the source file's line, the others at the target's
    omission = next(a for a in annotations if "omission" in a)
    assert "file=corpora/voi-137686/id.txt,line=13" in omission
    number = next(a for a in annotations if "critical number" in a)
    assert "file=corpora/voi-137686/en.txt,line=15" in number
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## ")  # appended, not replaced
    assert "| fail-on | critical | fail |" in text
    assert "| critical | number | 9 (line 15) | 8 (line 15) | 100% wrong: a, b second line |" in text


def test_unwritable_step_summary_is_a_warning_not_a_traceback(fake_check, monkeypatch, tmp_path: Path,
                                                              capsys, caplog) -> None:
    _, src, tgt = fake_check
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no-such-dir" / "summary.md"))
    with caplog.at_level("WARNING", logger="wiredrift.eval.ci"):
        assert main(["check", src, tgt, "--format", "github", "--fail-on", "none"]) == 0
    assert "::" in capsys.readouterr().out
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "cannot append the step summary" in caplog.records[0].getMessage()


def test_step_summary_escapes_markdown() -> None:
    r = sample()
    f = dataclasses.replace(r.findings[0], message="a | b <img src=x> `code`")
    md = step_summary(dataclasses.replace(r, findings=[f]), evaluate_gates(r, GateConfig()))
    row = next(line for line in md.splitlines() if line.startswith("| 1 | critical | entity"))
    assert "a \\| b &lt;img src=x&gt; \\`code\\`" in row
    assert row.count(" | ") == 5  # the pipe inside the message did not open a new cell


def test_github_annotations_without_paths_omit_file() -> None:
    r = sample()
    r = dataclasses.replace(r, src=dataclasses.replace(r.src, path=None), tgt=dataclasses.replace(r.tgt, path=None))
    for line in github_annotations(r, "major"):
        assert ANNOTATION.match(line) and "file=" not in line and "line=" not in line


def test_junit_parses_back(fake_check, tmp_path: Path, capsys) -> None:
    set_result, src, tgt = fake_check
    r = sample()
    weird = Finding("speaker-title", "minor", (1,), (1,), "a", "b", "control \x0b char & <tag>")
    set_result(dataclasses.replace(r, findings=[*r.findings, weird]))
    out = tmp_path / "junit.xml"
    assert main(["check", src, tgt, "--junit", str(out), "--fail-on", "critical", "--max-findings", "20",
                 "--min-chrf", "60", "--quiet", "--model", "a-model-folder"]) == 1
    root = ET.parse(out).getroot()
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    drift, gates = suites["wiredrift.drift"], suites["wiredrift.gates"]
    cases = {c.get("name"): c for c in drift.findall("testcase")}
    assert set(cases) == {"entity", "number", "date", "quote", "attribution", "omission", "addition", "meaning", "term",
                          "speaker-title"}
    failed = {name for name, c in cases.items() if c.find("failure") is not None}
    assert failed == {"entity", "number", "date", "quote"}  # the kinds with critical findings
    assert drift.get("failures") == "4" and drift.get("tests") == "10"
    assert "control \ufffd char & <tag>" in cases["speaker-title"].find("system-out").text
    assert "[critical] id 9 (line 15) / en 8 (line 15)" in cases["number"].find("failure").text
    gate_cases = {c.get("name"): c for c in gates.findall("testcase")}
    assert set(gate_cases) == {"fail-on", "max-findings", "min-chrf"}
    assert gate_cases["fail-on"].find("failure") is not None
    assert gate_cases["max-findings"].find("failure") is None
    assert "57.3" in gate_cases["min-chrf"].find("failure").get("message")
    assert root.get("failures") == "6" and root.get("errors") == "0"


def test_junit_marks_an_unevaluable_gate_as_error() -> None:
    r = without_mt(sample())
    gates = evaluate_gates(r, GateConfig(fail_on="none", min_chrf=50))
    root = ET.fromstring(junit_xml(r, gates, "none"))
    case = root.find("testsuite[@name='wiredrift.gates']/testcase[@name='min-chrf']")
    assert case is not None and case.find("error") is not None
    assert root.get("errors") == "1"
    # with --fail-on none no kind fails, whatever its findings
    assert root.find("testsuite[@name='wiredrift.drift']").get("failures") == "0"


def test_golden_step_summary() -> None:
    """tests/golden/report-sample.md is written only by scripts/update_golden.py; review its diff."""
    r = sample()
    md = step_summary(r, evaluate_gates(r, GateConfig(fail_on="major", max_findings=5, min_chrf=50)))
    golden = Path(__file__).resolve().parent / "golden" / "report-sample.md"
    assert md == golden.read_text(encoding="utf-8")


def test_quiet_keeps_github_annotations(fake_check, capsys, monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    _, src, tgt = fake_check
    assert main(["check", src, tgt, "--format", "github", "--quiet", "--fail-on", "none"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("::") for line in out) == 10
    assert out[-1].startswith("10 id / 9 en sentences")


@pytest.mark.parametrize("flag", ["--html", "--junit"])
def test_only_json_goes_to_stdout(flag: str, fake_check, capsys) -> None:
    _, src, tgt = fake_check
    assert main(["check", src, tgt, flag, "-"]) == 2
    assert "only --json can go to stdout" in capsys.readouterr().err
    assert not Path("-").exists()


@pytest.mark.slow
def test_real_run_of_the_readme_ci_example(corpora_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    """The README's CI step, run for real on the seed example."""
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.chdir(corpora_dir.parent)  # paths relative to the repository root, as in a workflow
    junit = tmp_path / "drift.xml"
    code = main(["check", "corpora/voi-137686/id.txt", "corpora/voi-137686/en.txt",
                 "--format", "github", "--fail-on", "critical", "--junit", str(junit)])
    out = capsys.readouterr().out.splitlines()
    annotations = [line for line in out if line.startswith("::")]
    assert annotations, "the seed example has planted differences"
    for line in annotations:
        m = ANNOTATION.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group("props").split(","))
        assert props["file"] in ("corpora/voi-137686/id.txt", "corpora/voi-137686/en.txt")
        n = int(props["line"])
        lines = (corpora_dir.parent / props["file"]).read_text(encoding="utf-8").split("\n")
        assert 1 <= n <= len(lines) and lines[n - 1].strip()  # points at a line with text
    has_error = any(line.startswith("::error") for line in annotations)
    assert code == (1 if has_error else 0)
    root = ET.parse(junit).getroot()
    assert int(root.get("tests")) >= 8
    assert summary.read_text(encoding="utf-8").startswith("## ")


def test_backends_and_gate_levels_are_defined_once_and_the_cli_offers_them() -> None:
    import argparse

    from wiredrift.align import translate
    from wiredrift.align.backends import BACKENDS
    from wiredrift.eval import findings, gates
    from wiredrift.eval.commands import check, corpus
    from wiredrift.eval.commands import translate as translate_cmd

    assert gates.FAIL_ON is findings.FAIL_ON and translate.BACKENDS is BACKENDS
    for command in (check, corpus, translate_cmd):
        p = argparse.ArgumentParser()
        command.add_arguments(p)
        actions = {a.dest: a for a in p._actions}
        assert tuple(actions["backend"].choices) == BACKENDS, command
        if "fail_on" in actions:
            assert tuple(actions["fail_on"].choices) == findings.FAIL_ON
