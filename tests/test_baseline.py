"""Accepted findings: fingerprints, the baseline file, ``wiredrift accept`` and ``check --baseline``.

The main test runs the bundled example, accepts two findings, edits the article elsewhere (a new
paragraph near the top shifts every sentence number; a word changes in another paragraph; a third
accepted finding is fixed) and runs it again with the baseline: the two stay accepted, the rest still
gate, and the fixed one's entry is reported stale.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from wiredrift.eval.baseline import (
    BASELINE_SCHEMA,
    Baseline,
    apply_baseline,
    entry_for,
    fingerprint,
    load_baseline,
    load_baseline_schema,
    merge_entries,
)
from wiredrift.eval.cli import main
from wiredrift.eval.findings import Finding
from wiredrift.eval.report import validate

#: Inserted after the headline of both sides: an unrelated paragraph that shifts every sentence below.
NEW_ID = "Pemerintah Indonesia terus memantau perkembangan situasi di kawasan itu, kata seorang juru bicara."
NEW_EN = "The Indonesian government continues to monitor the situation in the region, a spokesperson said."


def _check(capsys: pytest.CaptureFixture[str], src: Path, tgt: Path, *extra: str) -> tuple[int, dict, str]:
    """Run ``wiredrift check`` and return (exit code, the JSON report, the terminal text)."""
    report = src.parent / f"report-{len(list(src.parent.glob('report-*.json')))}.json"
    code = main(["check", str(src), str(tgt), "--json", str(report), "--color", "never", *extra])
    out = capsys.readouterr().out
    return code, json.loads(report.read_text(encoding="utf-8")), out


def _copy_example(corpora_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "voi"
    folder.mkdir()
    for name in ("id.txt", "en.txt"):
        shutil.copy(corpora_dir / "voi-137686" / name, folder / name)
    return folder / "id.txt", folder / "en.txt"


def _number(doc: dict, kind: str, expected: str) -> int:
    """The 1-based number (#N) of the finding of ``kind`` expecting ``expected``."""
    hits = [k + 1 for k, f in enumerate(doc["findings"]) if f["kind"] == kind and f["expected"] == expected]
    assert len(hits) == 1, (kind, expected, [(f["kind"], f["expected"]) for f in doc["findings"]])
    return hits[0]


def _edit(path: Path, insert: str, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    text = "\n".join([lines[0], "", insert, *lines[1:]])
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_accepted_findings_survive_an_unrelated_edit_and_a_fixed_one_goes_stale(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = _copy_example(corpora_dir, tmp_path)
    code, first, _ = _check(capsys, src, tgt)
    assert code == 1
    soviet = _number(first, "entity", "Soviet")  # "former Soviet Union": an editorial choice
    krimea = _number(first, "entity", "Krimea")
    kyiv = _number(first, "entity", "Kyiv")      # a real error, accepted now, fixed below
    base = tmp_path / "accepted.json"
    assert main(["accept", str(first_path := sorted(src.parent.glob("report-*.json"))[0]),
                 "--finding", str(soviet), "--finding", str(krimea),
                 "--reason", "house style", "--author", "desk", "-o", str(base)]) == 0
    assert main(["accept", str(first_path), "--finding", str(kyiv), "-o", str(base)]) == 0  # added to the file
    capsys.readouterr()
    stored = json.loads(base.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(load_baseline_schema()).validate(stored)
    assert [e["kind"] for e in stored["entries"]] == ["entity"] * 3
    assert stored["entries"][0]["reason"] == "house style" and "reason" not in stored["entries"][2]

    # the unrelated edit: a new paragraph under the headline (every sentence number shifts by one) and
    # a different word in another paragraph; and the Kyiv error is fixed
    _edit(src, NEW_ID, "bisa terjadi kapan saja", "bisa terjadi sewaktu-waktu")
    _edit(tgt, NEW_EN, "could occur at any time", "could happen at any moment")
    tgt.write_text(tgt.read_text(encoding="utf-8").replace("given Moscow's actions", "given Kyiv's actions"),
                   encoding="utf-8")

    code, second, text = _check(capsys, src, tgt, "--baseline", str(base))
    validate(second)
    accepted = [f for f in second["findings"] if f["accepted"]]
    assert sorted(f["expected"] for f in accepted) == ["Krimea", "Soviet"]
    # the sentence numbers did change: the fingerprint does not use them
    old_soviet = first["findings"][soviet - 1]
    new_soviet = next(f for f in accepted if f["expected"] == "Soviet")
    assert new_soviet["src"] == [i + 1 for i in old_soviet["src"]]
    assert new_soviet["fingerprint"] == old_soviet["fingerprint"]
    # the Kyiv entry matched nothing: stale, in the JSON and on the terminal
    assert not any(f["expected"] == "Kyiv" for f in second["findings"])
    summary = second["summary"]
    assert summary["baseline"]["accepted"] == 2 and summary["baseline"]["path"] == str(base)
    assert [e["fingerprint"] for e in summary["baseline"]["stale"]] == [first["findings"][kyiv - 1]["fingerprint"]]
    assert "matched no finding: stale" in " ".join(text.split())
    # the rest still gate: fail-on counts only the active findings at or above major
    active_major = [f for f in second["findings"] if not f["accepted"] and f["severity"] in ("critical", "major")]
    assert active_major and code == 1
    gate = summary["gates"][0]
    assert (gate["name"], gate["verdict"], gate["count"]) == ("fail-on", "fail", len(active_major))
    # on the terminal the accepted findings are listed apart, after the active ones
    head, _, tail = text.partition("accepted by the baseline (2, not counted by the gates):")
    assert tail and "«Soviet Union»" in tail and "«Soviet Union»" not in head
    assert "Lugansk (EN)" in tail  # Krimea -> Lugansk


def test_a_baseline_accepting_every_finding_passes_every_gate(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = _copy_example(corpora_dir, tmp_path)
    code, doc, _ = _check(capsys, src, tgt, "--max-findings", "0")
    assert code == 1
    base = tmp_path / "all.json"
    assert main(["accept", str(next(src.parent.glob("report-*.json"))), "-o", str(base)]) == 0
    assert len(load_baseline(base).entries) == len(doc["findings"])
    junit = tmp_path / "drift.xml"
    code, again, _ = _check(capsys, src, tgt, "--baseline", str(base), "--max-findings", "0", "--fail-on", "minor",
                            "--junit", str(junit))
    assert code == 0
    assert all(f["accepted"] for f in again["findings"]) and again["summary"]["baseline"]["stale"] == []
    assert [(g["name"], g["verdict"], g["count"]) for g in again["summary"]["gates"]] == [
        ("fail-on", "pass", 0), ("max-findings", "pass", 0)]
    xml = junit.read_text(encoding="utf-8")
    assert "<failure" not in xml and "[accepted]" in xml


def test_github_annotations_make_accepted_findings_notices(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    src, tgt = _copy_example(corpora_dir, tmp_path)
    _, doc, _ = _check(capsys, src, tgt)
    base = tmp_path / "b.json"
    n = _number(doc, "entity", "Soviet")
    assert main(["accept", str(next(src.parent.glob("report-*.json"))), "--finding", str(n), "-o", str(base)]) == 0
    capsys.readouterr()
    main(["check", str(src), str(tgt), "--baseline", str(base), "--format", "github"])
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    accepted = [line for line in lines if "accepted" in line.split("::")[1]]
    assert len(accepted) == 1 and accepted[0].startswith("::notice ") and f"%23{n} accepted" not in accepted[0]
    assert f"#{n} accepted" in accepted[0]
    assert sum(line.startswith("::error") for line in lines) == len(
        [f for f in doc["findings"] if f["severity"] in ("critical", "major")]) - 1


def test_accept_cli_merges_without_duplicates_and_refuses_bad_numbers(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = _copy_example(corpora_dir, tmp_path)
    _, doc, _ = _check(capsys, src, tgt)
    report = str(next(src.parent.glob("report-*.json")))
    base = tmp_path / "b.json"
    n = len(doc["findings"])
    assert main(["accept", report, "--finding", "1", "--finding", "2", "--reason", "first", "-o", str(base)]) == 0
    assert main(["accept", report, "--finding", "2", "--finding", "3", "--reason", "second", "-o", str(base)]) == 0
    err = capsys.readouterr().err
    assert "1 finding(s) accepted, 3 entries in all (1 already there)" in err
    entries = load_baseline(base).entries
    assert [e.fingerprint for e in entries] == [doc["findings"][k]["fingerprint"] for k in range(3)]
    assert [e.reason for e in entries] == ["first", "first", "second"]  # an entry keeps its first reason
    before = base.read_bytes()
    assert main(["accept", report, "--finding", str(n + 1), "-o", str(base)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: --finding {n + 1}: {report} has {n} finding(s), numbered 1 to {n}\n"
    assert main(["accept", report, "-o", report]) == 2  # would overwrite the report
    assert "would overwrite the input" in capsys.readouterr().err
    assert main(["accept", report, "--finding", "0", "-o", str(base)]) == 2  # numbers start at 1
    assert "0 is less than 1" in capsys.readouterr().err
    assert base.read_bytes() == before


def test_accept_to_stdout_writes_a_valid_baseline(corpora_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = _copy_example(corpora_dir, tmp_path)
    _check(capsys, src, tgt)
    assert main(["accept", str(next(src.parent.glob("report-*.json"))), "--finding", "1", "--author", "me",
                 "-o", "-"]) == 0
    doc = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(load_baseline_schema()).validate(doc)
    assert doc["schema"] == BASELINE_SCHEMA and doc["entries"][0]["author"] == "me"
    assert doc["entries"][0]["created"].endswith("Z")


BAD_BASELINES = [
    ("missing", None, "no such file"),
    ("not-json", "{", "not JSON"),
    ("not-utf8", b"\xff\xfe{", "not UTF-8"),
    ("wrong-schema", '{"schema": "wiredrift.check/3", "entries": []}', "expected 'wiredrift.baseline/1'"),
    ("bad-fingerprint", '{"schema": "wiredrift.baseline/1", "entries": [{"fingerprint": "12", "kind": "x", '
                        '"message": "m"}]}', "entry 1: fingerprint '12' is not a wiredrift fingerprint"),
    ("unknown-key", '{"schema": "wiredrift.baseline/1", "entries": [], "extra": 1}', "unknown key 'extra'"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_BASELINES, ids=[b[0] for b in BAD_BASELINES])
def test_a_bad_baseline_is_exit_2_in_one_line_before_any_work(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        name: str, content: str | bytes | None, message: str) -> None:
    base = tmp_path / f"{name}.json"
    if isinstance(content, bytes):
        base.write_bytes(content)
    elif content is not None:
        base.write_text(content, encoding="utf-8")
    out = tmp_path / "report.json"
    code = main(["check", str(corpora_dir / "voi-137686" / "id.txt"), str(corpora_dir / "voi-137686" / "en.txt"),
                 "--baseline", str(base), "--json", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"error: --baseline {base}: ") and message in err and err.count("\n") == 1
    assert not out.exists()  # refused before the check ran


def test_the_baseline_cannot_be_an_output(corpora_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "b.json"
    base.write_text('{"schema": "wiredrift.baseline/1", "entries": []}', encoding="utf-8")
    code = main(["check", str(corpora_dir / "voi-137686" / "id.txt"), str(corpora_dir / "voi-137686" / "en.txt"),
                 "--baseline", str(base), "--json", str(base)])
    assert code == 2 and "would overwrite the input" in capsys.readouterr().err


def _finding(text: str, span: str, kind: str = "entity") -> Finding:
    return Finding(kind, "critical", (0,), (0,), text, text, "m", span, span, span, span)


FINGERPRINT_CASES = [
    # (a, b, same?)
    (_finding("Moskow menyerang Kyiv pada Senin.", "Kyiv"), _finding("Moskow  menyerang KYIV pada Senin!", "KYIV"), True),
    (_finding("Moskow menyerang Kyiv pada Senin.", "Kyiv"), _finding("Moskow membela Kyiv pada Senin.", "Kyiv"), False),
    (_finding("Moskow menyerang Kyiv pada Senin.", "Kyiv"), _finding("Moskow menyerang Kyiv pada Senin.", "Kyiv", "date"),
     False),
    # context is a few words: an edit far away in the same sentence does not matter
    (_finding("Kemarin pagi di ibu kota, pasukan Moskow menyerang Kyiv pada Senin.", "Kyiv"),
     _finding("Pada hari itu, pasukan Moskow menyerang Kyiv pada Senin.", "Kyiv"), True),
]


@pytest.mark.parametrize(("a", "b", "same"), FINGERPRINT_CASES)
def test_fingerprint_keeps_kind_spans_and_nearby_words(a: Finding, b: Finding, same: bool) -> None:
    assert (fingerprint(a) == fingerprint(b)) is same
    assert fingerprint(a).startswith("fp1:") and len(fingerprint(a)) == 4 + 24


def test_fingerprint_ignores_sentence_numbers_and_severity() -> None:
    f = _finding("Moskow menyerang Kyiv pada Senin.", "Kyiv")
    moved = dataclasses.replace(f, src=(7,), tgt=(9,), severity="minor", message="other words")
    assert fingerprint(moved) == fingerprint(f)


def test_apply_and_merge_in_the_library() -> None:
    from wiredrift.align.reader import parse_document
    from wiredrift.eval.pipeline import CheckConfig, CheckResult

    src = parse_document("Moskow menyerang Kyiv pada Senin.\n\nHarga naik 5 persen.\n", "id", None)
    tgt = parse_document("Moscow attacked Lviv on Monday.\n\nPrices rose 6 percent.\n", "en", None)
    fs = [Finding("entity", "critical", (0,), (0,), src.sentences[0].text, tgt.sentences[0].text, "Kyiv/Lviv",
                  "Kyiv", "Lviv", "Kyiv", "Lviv"),
          Finding("number", "critical", (1,), (1,), src.sentences[1].text, tgt.sentences[1].text, "5/6",
                  "5", "6", "5", "6")]
    result = CheckResult(src=src, tgt=tgt, beads=[], findings=fs, config=CheckConfig())
    one = entry_for(fs[0], result, reason="r")
    ghost = dataclasses.replace(one, fingerprint="fp1:" + "0" * 24)
    match = apply_baseline(result, Baseline(entries=merge_entries([one], [one, ghost])))
    assert match.accepted == (0,) and match.active == (1,) and match.stale == (ghost,)
    assert apply_baseline(result, None).active == (0, 1)


def test_a_check_3_report_brings_back_its_accepted_findings_stale_entries_and_verdicts(
        corpora_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``from_json`` of a check/3 report keeps what ``--baseline`` decided: re-rendering it (HTML, export)
    shows the same accepted findings, stale entries and gate verdicts."""
    from wiredrift.eval.html import render_html
    from wiredrift.eval.report import from_json, to_json

    src, tgt = _copy_example(corpora_dir, tmp_path)
    _, doc, _ = _check(capsys, src, tgt)
    ghost = {"fingerprint": "fp1:" + "0" * 24, "kind": "number", "message": "gone"}
    base = tmp_path / "b.json"
    base.write_text(json.dumps({"schema": BASELINE_SCHEMA, "entries": [
        {"fingerprint": doc["findings"][0]["fingerprint"], "kind": "entity", "message": "m"}, ghost]}),
        encoding="utf-8")
    _, judged, _ = _check(capsys, src, tgt, "--baseline", str(base))
    back = from_json(judged)
    assert back.baseline.accepted == (0,) and [e.fingerprint for e in back.baseline.stale] == [ghost["fingerprint"]]
    assert [g.status for g in back.gates] == [g["verdict"] for g in judged["summary"]["gates"]]
    again = to_json(back)
    assert again["findings"] == judged["findings"] and again["summary"]["baseline"] == judged["summary"]["baseline"]
    html = render_html(back)
    assert 'class="card sev-critical accepted"' in html and "stale baseline entry" in html
