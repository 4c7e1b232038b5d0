"""Terminal output and the JSON contract helpers: colour rules, widths, --quiet, the progress bar."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import time
from pathlib import Path

import pytest

from wiredrift.align.errors import ConfigError
from wiredrift.eval import pipeline
from wiredrift.eval.cli import main
from wiredrift.eval.findings import Finding
from wiredrift.eval.gates import GateConfig, evaluate_gates
from wiredrift.eval.pipeline import CheckResult
from wiredrift.eval.report import (dumps, from_json, locate_span, render_text, summarize, summary_line,
                                   to_json)
from wiredrift.eval.terminal import CountProgress, Progress, Style, terminal_width, truncate, use_color

SAMPLE = Path(__file__).resolve().parent / "data" / "report-sample.json"
GOLDEN = Path(__file__).resolve().parent / "golden"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def sample() -> CheckResult:
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


# (env, mode, tty) -> colour?
COLOR_CASES = [
    ({}, "auto", True, True),
    ({}, "auto", False, False),
    ({"NO_COLOR": "1"}, "auto", True, False),
    ({"NO_COLOR": ""}, "auto", True, False),  # no-color.org: set at all, even empty
    ({"TERM": "dumb"}, "auto", True, False),
    ({"NO_COLOR": "1"}, "always", False, True),  # an explicit flag wins
    ({}, "never", True, False),
]


@pytest.mark.parametrize(("env", "mode", "tty", "expected"), COLOR_CASES)
def test_use_color(env: dict[str, str], mode: str, tty: bool, expected: bool, monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    stream = FakeTTY() if tty else io.StringIO()
    assert use_color(mode, stream) is expected


def test_use_color_rejects_unknown_mode() -> None:
    with pytest.raises(ValueError, match="sometimes"):
        use_color("sometimes")


def test_plain_text_has_no_escape_codes_and_colour_does() -> None:
    r = sample()
    plain = render_text(r)
    assert "\x1b" not in plain
    coloured = render_text(r, color=True)
    assert "\x1b[1;31mCRITICAL" in coloured
    assert ANSI.sub("", coloured).replace("«", "").replace("»", "") != ""
    # the same words, with or without colour (spans are marked by «» only when there is no colour)
    assert ANSI.sub("", coloured).split()[:3] == plain.split()[:3]


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_lines_fit_the_width(width: int) -> None:
    r = sample()
    gates = evaluate_gates(r, GateConfig())
    for color in (False, True):
        text = render_text(r, width=width, color=color, gates=gates)
        lines = [ANSI.sub("", line) for line in text.splitlines()]
        # the summary and gate lines stay whole (one line each, for grep); everything else fits
        body = [line for line in lines if line != summary_line(r) and not line.startswith("gate ")]
        assert len(body) > 3 * len(r.findings)
        assert max(len(line) for line in body) <= width, [line for line in body if len(line) > width]


def test_spans_stay_visible_when_sentences_are_cut() -> None:
    text = render_text(sample(), width=60)
    # the date finding's span sits at the end of a long sentence
    assert "«Selasa»" in text and "«Wednesday»" in text


def test_quiet_prints_only_summary_and_failed_gates() -> None:
    r = sample()
    gates = evaluate_gates(r, GateConfig(fail_on="critical", max_findings=100))
    lines = render_text(r, quiet=True, gates=gates).splitlines()
    assert lines == [summary_line(r), "gate fail-on critical: FAIL (4 finding(s) at or above critical)"]


def test_summary_line_names_languages_and_scores() -> None:
    r = sample()
    assert summary_line(r) == ("10 id / 9 en sentences, 10 beads, 10 findings (4 critical, 3 major, 3 minor), "
                               "chrF 57.3, BLEU 26.4")
    assert "chrF" not in summary_line(dataclasses.replace(r, document_scores=None))


def test_findings_sorted_by_severity() -> None:
    lines = [line for line in render_text(sample()).splitlines() if line[:1] == "#"]
    sev = [line.split()[1] for line in lines]
    order = {"CRITICAL": 0, "MAJOR": 1, "MINOR": 2}
    assert sev == sorted(sev, key=order.__getitem__) and len(sev) == 10


TRUNCATE_CASES = [
    ("short", "abc", 10, None, "abc"),
    ("cut end", "abcdefghij", 5, None, "abcd…"),
    ("focus at end", "abcdefghijklmnopqrstuvwxyz", 10, (23, 26), "…rstuvwxyz"),
    ("focus in middle", "abcdefghijklmnopqrstuvwxyz", 10, (12, 14), "…jklmnopq…"),
    ("focus wider than room", "abcdefghijklmnopqrstuvwxyz", 6, (5, 20), "…fghi…"),
]


@pytest.mark.parametrize(("what", "text", "width", "focus", "expected"), TRUNCATE_CASES,
                         ids=[c[0] for c in TRUNCATE_CASES])
def test_truncate(what: str, text: str, width: int, focus, expected: str) -> None:
    got = truncate(text, width, focus)
    assert got == expected
    assert len(got) <= width
    if focus and focus[1] - focus[0] <= width - 2:
        assert text[focus[0]:focus[1]] in got


def test_terminal_width_uses_columns_on_a_tty(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "73")
    assert terminal_width(FakeTTY()) == 73
    monkeypatch.delenv("COLUMNS")
    assert terminal_width(io.StringIO(), default=100) == 100  # piped: fixed, not the window's


def test_style_off_returns_text_unchanged() -> None:
    assert Style(False)("x", "bold") == "x"
    assert Style(True)("x", "bold") == "\x1b[1mx\x1b[0m"


def test_progress_draws_only_on_a_tty_and_clears_its_line() -> None:
    silent = io.StringIO()
    with Progress(stream=silent, delay=0.0) as p:
        p("read")
        p("align")
        time.sleep(0.3)
    assert silent.getvalue() == ""  # not a TTY: nothing at all

    tty = FakeTTY()
    with Progress(stream=tty, delay=0.0) as p:
        p("read")
        p("align")
        deadline = time.monotonic() + 5.0
        while "align" not in tty.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
    out = tty.getvalue()
    assert "wiredrift [" in out and "3/4 align" in out
    assert out.endswith("\r\x1b[2K")  # the line is erased at the end


def test_progress_waits_for_slow_runs() -> None:
    tty = FakeTTY()
    with Progress(stream=tty, delay=60.0) as p:
        p("read")
        time.sleep(0.3)
    assert tty.getvalue() == ""  # a run shorter than the delay prints nothing


def test_count_progress_redraws_on_a_tty_and_ends_its_line() -> None:
    tty = FakeTTY()
    with CountProgress(3, stream=tty, unit="lines", label="translating") as bar:
        bar.advance(1)
        bar.advance(2)
    out = tty.getvalue()
    assert out.startswith("\rtranslating [########") and "1/3 lines" in out
    assert "3/3 lines" in out and "lines/s" in out and out.endswith("\n") and out.count("\n") == 1


def test_count_progress_in_a_log_prints_whole_lines_and_the_last_one() -> None:
    log = io.StringIO()
    with CountProgress(4, stream=log, every=60.0, unit="lines") as bar:
        for _ in range(4):
            bar.advance()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue()
    assert lines[0].startswith("[######") and "1/4 lines" in lines[0]  # the first update is due at once
    assert "4/4 lines" in lines[-1] and lines[-1].endswith("eta -") and len(lines) == 2


def test_count_progress_disabled_draws_nothing() -> None:
    tty = FakeTTY()
    with CountProgress(2, stream=tty, enabled=False) as bar:
        bar.advance(2)
    assert tty.getvalue() == ""


def test_progress_render() -> None:
    p = Progress(enabled=False)
    p("translate")
    assert p.render(3.25) == "wiredrift [#####---------------] 2/4 translate… 3.2s"


@pytest.fixture
def fake_check(monkeypatch: pytest.MonkeyPatch):
    seen: dict[str, object] = {}

    def fake_run_check(src, tgt, config=None, progress=None):
        seen["progress"] = progress
        if progress is not None:
            progress("read")
        return sample()

    monkeypatch.setattr(pipeline, "run_check", fake_run_check)
    return seen


def test_cli_colour_flags(fake_check, capsys, monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["check", "a", "b", "--color", "always"])
    assert "\x1b[" in capsys.readouterr().out
    main(["check", "a", "b"])  # auto, and capsys is not a TTY
    assert "\x1b[" not in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", "a", "b", "--color", "auto"])
    assert "\x1b[" not in capsys.readouterr().out


def test_cli_quiet(fake_check, capsys) -> None:
    assert main(["check", "a", "b", "--quiet", "--fail-on", "none"]) == 0
    out = capsys.readouterr()
    assert out.out.splitlines() == [summary_line(sample())]
    assert out.err == ""
    assert fake_check["progress"].enabled is False


def test_cli_format_json_is_the_contract(fake_check, capsys) -> None:
    assert main(["check", "a", "b", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    # the command records each gate's verdict (check/3); the rest is the result as it is
    assert [(g["name"], g["verdict"], g["count"]) for g in doc["summary"]["gates"]] == [("fail-on", "fail", 7)]
    doc["summary"]["gates"] = None
    assert doc == json.loads(dumps(sample()))


def test_from_json_round_trip() -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    again = to_json(from_json(doc))
    assert [{k: f[k] for k in d} for f, d in zip(again["findings"], doc["findings"])] == doc["findings"]
    assert again["alignment"] == doc["alignment"]
    assert again["summary"]["document_scores"] == doc["summary"]["document_scores"]
    with pytest.raises(ConfigError, match="wiredrift.check/9"):
        from_json({**doc, "schema": "wiredrift.check/9"})


def test_summarize_counts_unknown_kinds() -> None:
    r = sample()
    extra = Finding("honorific", "minor", (1,), (1,), "a", "b", "m")
    s = summarize(dataclasses.replace(r, findings=[*r.findings, extra]))
    assert s["by_kind"]["honorific"] == 1 and s["by_severity"]["minor"] == 4
    assert s["bead_types"] == {"1-1": 7, "2-1": 1, "0-1": 1, "1-0": 1}


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("abc def", "def", (4, 7)), ("abc", None, None), ("abc", "", None), ("abc", "x", None)])
def test_locate_span(text: str, span, expected) -> None:
    assert locate_span(text, span) == expected


def test_golden_text_report() -> None:
    """tests/golden/report-sample.txt is written only by scripts/update_golden.py; review its diff."""
    golden = GOLDEN / "report-sample.txt"
    gates = evaluate_gates(sample(), GateConfig(fail_on="major", max_findings=5, min_chrf=50))
    assert render_text(sample(), width=100, gates=gates) == golden.read_text(encoding="utf-8")
