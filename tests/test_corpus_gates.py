"""Many articles, one gate: `wiredrift corpus` and `wiredrift check FOLDER` judge the check's gates on every
document, write one JUnit file (a suite per document, a case per gate), GitHub annotations per document and
a summary table, and exit 1 when a document fails a gate or could not be checked.

The documents are the ten NTREX-128 documents of ``corpora/ntrex128-sample`` (bundled, so no ../shared),
one pair of files per document; in one copy the English side of ``euronews-en.153835`` has its death toll
changed (832 -> 823), a planted critical number change.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wiredrift.eval.cli import build_parser, main
from wiredrift.eval.corpus_gates import DocumentVerdict, render_table
from wiredrift.eval.gates import GateConfig, GateResult

PLANTED = "euronews-en.153835"

# the first test embeds the ten NTREX documents (about 10 s with an empty cache): make test runs these,
# make test-fast does not
pytestmark = pytest.mark.slow


def _ntrex_documents(corpora: Path) -> dict[str, list[dict[str, str]]]:
    docs: dict[str, list[dict[str, str]]] = {}
    with open(corpora / "ntrex128-sample" / "ntrex128_id_en.sample.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            docs.setdefault(row["doc_id"], []).append(row)
    return docs


@pytest.fixture(scope="module")
def ntrex(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NTREX sample as a folder of pairs: ``DOC.id.txt`` + ``DOC.en.txt``, one segment per paragraph."""
    folder = tmp_path_factory.mktemp("ntrex") / "pairs"
    folder.mkdir()
    for doc_id, rows in _ntrex_documents(Path(__file__).parent.parent / "corpora").items():
        for lang in ("id", "en"):
            text = "\n\n".join(r[lang] for r in sorted(rows, key=lambda r: int(r["seg_in_doc"]))) + "\n"
            (folder / f"{doc_id}.{lang}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def planted(ntrex: Path, tmp_path: Path) -> Path:
    """A copy of the NTREX folder with the death toll of one English document changed."""
    folder = tmp_path / "planted"
    shutil.copytree(ntrex, folder)
    en = folder / f"{PLANTED}.en.txt"
    text = en.read_text(encoding="utf-8")
    assert text.count("832") == 2
    en.write_text(text.replace("832", "823"), encoding="utf-8")
    return folder


def _suites(path: Path) -> dict[str, list[ET.Element]]:
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    return {s.get("name"): s.findall("testcase") for s in root.findall("testsuite")}


def _rows(stdout: str) -> dict[str, list[str]]:
    """The table's rows by document id (header and totals line left out)."""
    lines = [line for line in stdout.splitlines() if line and not line.startswith(("::", " "))]
    assert lines[0].split()[0] == "document"
    return {line.split()[0]: line.split() for line in lines[1:-1]}


def test_ntrex_sample_has_ten_documents(ntrex: Path) -> None:
    assert len(list(ntrex.glob("*.id.txt"))) == len(list(ntrex.glob("*.en.txt"))) == 10


def test_clean_ntrex_passes_fail_on_critical_one_case_per_document(
    ntrex: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "out.xml"
    code = main(["corpus", str(ntrex), "--fail-on", "critical", "--junit", str(junit), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    suites = _suites(junit)
    assert len(suites) == 10
    for doc_id, cases in suites.items():
        assert [c.get("name") for c in cases] == ["fail-on"]
        assert all(c.get("classname") == doc_id for c in cases)
        assert not any(c.find("failure") is not None or c.find("error") is not None for c in cases)
    assert out.splitlines()[-1] == "10 documents: 10 passed every gate, 0 failed a gate, 0 could not be checked"
    assert not list(tmp_path.glob("*.journal.jsonl"))  # no -o: no corpus, no journal left behind


def test_planted_number_change_fails_its_document_only(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "out.xml"
    code = main(["corpus", str(planted), "--fail-on", "critical", "--max-findings", "5",
                 "--junit", str(junit), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1
    suites = _suites(junit)
    assert len(suites) == 10 and all(len(cases) == 2 for cases in suites.values())  # one case per gate
    failed = {(doc, c.get("name")) for doc, cases in suites.items() for c in cases if c.find("failure") is not None}
    assert failed == {(PLANTED, "fail-on")}
    failure = next(c for c in suites[PLANTED] if c.get("name") == "fail-on").find("failure")
    assert failure is not None and "832" in failure.text and "823" in failure.text
    root = ET.parse(junit).getroot()
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("20", "1", "0")
    rows = _rows(out)
    assert set(rows) == set(suites)
    # document, sentences, critical, major, minor, fail-on, max-findings, verdict
    assert rows[PLANTED][2] == "2" and rows[PLANTED][5:] == ["FAIL", "pass", "FAIL"]
    assert all(r[-1] == "pass" for doc, r in rows.items() if doc != PLANTED)
    assert "9 passed every gate, 1 failed a gate, 0 could not be checked" in out


def test_corpus_gates_are_off_by_default_and_the_corpus_is_still_written(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A corpus build is no gate unless asked: the planted document passes --fail-on none (exit 0)."""
    out = tmp_path / "c.jsonl"
    assert main(["corpus", str(planted), "-o", str(out), "--no-progress"]) == 0
    assert {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()} >= {PLANTED}
    assert main(["corpus", str(planted), "-o", str(out), "--no-progress", "--fail-on", "critical"]) == 1
    err = capsys.readouterr().err
    assert "10 from the journal" in err  # the second run resumed: gates are judged on journaled reports too


def test_a_document_that_cannot_be_checked_is_an_error_not_a_failure(
    ntrex: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pairs"
    shutil.copytree(ntrex, folder)
    (folder / "zz-broken.id.txt").write_bytes(b"\x00\x01 not a report \x00")
    shutil.copy(folder / f"{PLANTED}.en.txt", folder / "zz-broken.en.txt")
    junit = tmp_path / "out.xml"
    code = main(["corpus", str(folder), "--fail-on", "critical", "--junit", str(junit), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1  # as before: a document that could not be checked fails the run
    assert "failed: zz-broken:" in captured.err
    case = _suites(junit)["zz-broken"][0]
    assert case.find("failure") is None and case.find("error") is not None
    assert "binary" in case.find("error").get("message")
    assert _rows(captured.out)["zz-broken"][-2:] == ["NOT", "CHECKED"]
    assert "10 passed every gate, 0 failed a gate, 1 could not be checked" in captured.out


def test_github_annotations_per_document_and_step_summary(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = main(["corpus", str(planted), "--fail-on", "critical", "--format", "github", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    errors = [a for a in annotations if a.startswith("::error ")]
    # the two changed sentences, each at its line of the English file, titled with the document id
    numbers = [a for a in errors if f"title=wiredrift {PLANTED}%3A critical number" in a]
    assert len(numbers) == 2
    assert {re.search(r"line=(\d+)", a).group(1) for a in numbers} == {"1", "3"}
    assert all(f"file={planted / PLANTED}.en.txt".replace(":", "%3A") in a for a in numbers)
    assert any(f"title=wiredrift {PLANTED}%3A gate fail-on failed" in a for a in errors)
    # every error belongs to the planted document; other documents' findings are warnings or notices
    assert all(PLANTED in a for a in errors)
    for a in annotations:
        doc = re.search(r"title=wiredrift ([^%]+)%3A", a)
        assert doc is not None and (planted / f"{doc.group(1)}.en.txt").exists()
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## ❌ wiredrift corpus failed: 10 documents: 9 passed every gate, 1 failed a gate")
    table = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| document")]
    assert len(table) == 10
    assert sum("❌ fail" in line for line in table) == 1 and f"| {PLANTED} |" in next(r for r in table if "❌" in r)


def test_min_chrf_without_a_model_is_exit_2_and_writes_nothing(
    ntrex: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import wiredrift.align.translate as translate

    monkeypatch.setattr(translate, "find_cached_model", lambda *a, **k: None)  # a machine with no opus-mt
    monkeypatch.setattr("wiredrift.align.models.find_cached_model", lambda *a, **k: None)  # the gate check reads it there
    out = tmp_path / "out"
    out.mkdir()
    for command in (["corpus", str(ntrex), "-o", str(out / "c.jsonl")], ["check", str(ntrex)]):
        code = main([*command, "--min-chrf", "40", "--junit", str(out / "j.xml"), "--no-progress"][: None if command[0] == "corpus" else -1])
        err = capsys.readouterr().err
        assert code == 2
        assert err.startswith("error: --min-chrf 40 needs machine translation") and err.count("\n") == 1
        assert list(out.iterdir()) == []


def test_check_of_a_folder_gates_every_document_and_writes_no_corpus(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junit = tmp_path / "out.xml"
    before = sorted(p.name for p in planted.iterdir())
    code = main(["check", str(planted), "--junit", str(junit), "--quiet"])  # check's default gate: major
    out = capsys.readouterr().out
    assert code == 1
    assert sorted(p.name for p in planted.iterdir()) == before
    suites = _suites(junit)
    assert len(suites) == 10
    failed = {doc for doc, cases in suites.items() if any(c.find("failure") is not None for c in cases)}
    rows = _rows(out)  # --quiet: only the documents that did not pass
    assert PLANTED in failed and set(rows) == failed
    assert ET.parse(junit).getroot().get("name") == "wiredrift check"


def test_check_of_a_manifest(ntrex: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = sorted(p.name[: -len(".id.txt")] for p in ntrex.glob("*.id.txt"))[:3]
    manifest = tmp_path / "m.jsonl"
    for doc_id in ids:
        shutil.copy(ntrex / f"{doc_id}.id.txt", tmp_path / f"{doc_id}-id.txt")
        shutil.copy(ntrex / f"{doc_id}.en.txt", tmp_path / f"{doc_id}-en.txt")
    manifest.write_text("".join(json.dumps({"id": d, "src": f"{d}-id.txt", "tgt": f"{d}-en.txt"}) + "\n"
                                for d in ids), encoding="utf-8")
    assert main(["check", str(manifest), "--fail-on", "critical"]) == 0
    assert set(_rows(capsys.readouterr().out)) == set(ids)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--json", "r.json"], "--json: describes one pair"),
        (["--html", "r.html"], "--html: describes one pair"),
        (["--format", "json"], "--format json: describes one pair"),
    ],
)
def test_check_of_a_folder_refuses_one_pair_outputs(
    ntrex: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    args = [a if not a.startswith("r.") else str(tmp_path / a) for a in extra]
    assert main(["check", str(ntrex), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {message}") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_check_with_one_file_is_a_usage_error(ntrex: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ntrex / f"{PLANTED}.id.txt")]) == 2
    assert "check takes SRC and TGT, or one folder" in capsys.readouterr().err


def test_gate_options_are_defined_once() -> None:
    """check and corpus take the same gate options (one definition; only corpus's default differs)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    actions = {name: {a.dest: a for a in sub.choices[name]._actions} for name in ("check", "corpus")}
    for dest in ("fail_on", "max_findings", "min_chrf", "junit", "format"):
        check, corpus = actions["check"][dest], actions["corpus"][dest]
        assert check.type is corpus.type and check.option_strings == corpus.option_strings
    assert actions["check"]["fail_on"].choices == actions["corpus"]["fail_on"].choices
    assert (actions["check"]["fail_on"].default, actions["corpus"]["fail_on"].default) == ("major", "none")


def _verdict(doc_id: str, verdict: str) -> DocumentVerdict:
    gates = () if verdict == "error" else (GateResult("fail-on", verdict, "", "major"),)
    return DocumentVerdict(doc_id, verdict, sentences=4, by_severity={"critical": 0, "major": 0, "minor": 0},
                           gates=gates, error="unreadable" if verdict == "error" else None)


def test_table_cuts_long_ids_to_the_width_and_quiet_lists_only_what_did_not_pass() -> None:
    verdicts = [_verdict("a" * 200, "pass"), _verdict("b", "fail"), _verdict("c", "error")]
    full = render_table(verdicts, GateConfig(), width=80).splitlines()
    assert max(len(line) for line in full) == 80
    assert full[1].startswith("a" * 10) and "…" in full[1]
    quiet = render_table(verdicts, GateConfig(), quiet=True).splitlines()
    assert [line.split()[0] for line in quiet[1:-1] if not line.startswith(" ")] == ["b", "c"]
    assert quiet[-1] == "3 documents: 1 passed every gate, 1 failed a gate, 1 could not be checked"


def test_a_baseline_accepting_the_planted_change_passes_the_corpus_and_reports_stale_entries(
    planted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wiredrift.eval.baseline import entry_for, write_baseline
    from wiredrift.eval.pipeline import CheckConfig, run_check

    result = run_check(str(planted / f"{PLANTED}.id.txt"), str(planted / f"{PLANTED}.en.txt"),
                       CheckConfig(src_lang="id", tgt_lang="en", offline=True))
    critical = [f for f in result.findings if f.severity == "critical"]
    assert critical
    entries = [entry_for(f, result, reason="house style") for f in critical]
    stale = entry_for(critical[0], result)
    stale = type(stale)(**{**{k: getattr(stale, k) for k in stale.__dataclass_fields__}, "fingerprint": "fp1:" + "0" * 24})
    path = tmp_path / "accepted.json"
    write_baseline(path, [*entries, stale])
    code = main(["corpus", str(planted), "--fail-on", "critical", "--baseline", str(path), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert "10 passed every gate, 0 failed a gate" in captured.out
    assert "stale baseline entry fp1:" + "0" * 24 in captured.err
    # without the baseline the same corpus fails
    assert main(["corpus", str(planted), "--fail-on", "critical", "--no-progress"]) == 1
