"""Findings inside the files translators open: XLIFF 2.1 with ITS 2.0 quality issues, TMX props and notes,
findings.csv; document ids from the pair's folder; round trips back to kinds and spans.

No XLIFF 2.1 XSD ships in any installed package, so the XLIFF is checked structurally against the rules of
XLIFF 2.1 core + its ITS module (namespaces, required attributes, module elements before core ones, unique
ids, every reference resolving) and opened with translate-toolkit's XLIFF 2 reader.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from wiredrift.eval.cli import main
from wiredrift.eval.export import (
    CSV_COLUMNS,
    FORMATS,
    ITS_NS,
    LQI_SEVERITY,
    LQI_TYPES,
    MDA_NS,
    XLIFF_NS,
    AlignedPair,
    export_pairs,
    pairs_from_report,
    resolve_format,
    to_findings_csv,
    to_tmx,
    to_xliff,
)

SAMPLE = Path(__file__).parent / "data" / "report-sample.json"
X, ITS = f"{{{XLIFF_NS}}}", f"{{{ITS_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

#: The closed list of ITS 2.0 locQualityIssueType values.
ITS_TYPES = {"terminology", "mistranslation", "omission", "untranslated", "addition", "duplication", "inconsistency",
             "grammar", "legal", "register", "locale-specific-content", "locale-violation", "style", "characters",
             "misspelling", "typographical", "formatting", "inconsistent-entities", "numbers", "markup",
             "pattern-problem", "whitespace", "internationalization", "length", "non-conformance", "uncategorized",
             "other"}


@pytest.fixture()
def report() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _in_export_order(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's findings in the order exports write them: by the first bead each touches (the hand-made
    sample lists them out of order), report order within a bead."""
    beads = report["alignment"]

    def first_bead(f: dict[str, Any]) -> int:
        return next(k for k, b in enumerate(beads) if set(b["src"]) & set(f["src"]) or set(b["tgt"]) & set(f["tgt"]))

    return sorted(report["findings"], key=first_bead)


def _xliff(report: dict[str, Any], include_null: bool = False) -> etree._Element:
    pairs = pairs_from_report(report)
    if not include_null:
        from wiredrift.eval.export import _without_null

        pairs = _without_null(pairs)
    return etree.fromstring(to_xliff(pairs, "id", "en"))


def _check_structure(root: etree._Element) -> None:
    """XLIFF 2.1 core + ITS module rules that a schema would check."""
    assert root.tag == f"{X}xliff" and root.get("version") == "2.1"
    assert root.nsmap.get("its") == ITS_NS
    assert {etree.QName(el).namespace for el in root.iter()} <= {XLIFF_NS, MDA_NS, ITS_NS}
    ids = [el.get(XML_ID) for el in root.iter() if el.get(XML_ID) is not None]
    assert len(ids) == len(set(ids)), "xml:id values must be unique in the document"
    assert all(i[0].isalpha() for i in ids), "an xml:id is an NCName"
    for unit in root.iter(f"{X}unit"):
        tags = [c.tag for c in unit]
        core = [k for k, t in enumerate(tags) if t.startswith(X)]
        mods = [k for k, t in enumerate(tags) if not t.startswith(X)]
        assert not mods or max(mods) < min(core), "module elements come before <segment>"
        for group in unit.iter(f"{ITS}locQualityIssues"):
            assert group.get(XML_ID)
            issues = group.findall(f"{ITS}locQualityIssue")
            assert issues
            for issue in issues:
                assert issue.get("locQualityIssueType") in ITS_TYPES
                assert 0 <= float(issue.get("locQualityIssueSeverity")) <= 100
                assert issue.get("locQualityIssueComment")
                assert issue.get("locQualityIssueEnabled") in (None, "yes", "no")
        mrk_ids = [m.get("id") for m in unit.iter(f"{X}mrk")]
        assert len(mrk_ids) == len(set(mrk_ids)), "mrk ids are unique inside a unit"
        for mrk in unit.iter(f"{X}mrk"):
            assert mrk.get("type") == "its:any"
            ref = mrk.get(f"{ITS}locQualityIssuesRef")
            assert ref.startswith("#") and unit.find(f".//{ITS}locQualityIssues[@{XML_ID}='{ref[1:]}']") is not None
        for seg in unit.iter(f"{X}segment"):
            assert seg.get("state") in ("initial", "translated", "reviewed", "final")
            sub = seg.get("subState")
            assert sub is None or (":" in sub and seg.get("state") is not None)


@pytest.mark.parametrize("include_null", [False, True])
def test_xliff_carries_one_quality_issue_per_finding(report: dict[str, Any], include_null: bool) -> None:
    root = _xliff(report, include_null)
    _check_structure(root)
    issues = list(root.iter(f"{ITS}locQualityIssue"))
    assert len(issues) == len(report["findings"]) == 10
    # in report order, with the mapped type and severity, the message as the comment
    for issue, f in zip(issues, _in_export_order(report)):
        assert issue.get("locQualityIssueType") == LQI_TYPES[f["kind"]]
        assert issue.get("locQualityIssueSeverity") == str(LQI_SEVERITY[f["severity"]])
        assert issue.get("locQualityIssueComment") == f"{f['severity']} {f['kind']}: {f['message']}"


def test_xliff_kinds_map_to_its_types() -> None:
    assert LQI_TYPES["omission"] == "omission" and LQI_TYPES["addition"] == "addition"
    assert LQI_TYPES["term"] == "terminology" and LQI_TYPES["quote"] == "mistranslation"
    assert set(LQI_TYPES.values()) <= ITS_TYPES
    assert LQI_SEVERITY["critical"] > LQI_SEVERITY["major"] > LQI_SEVERITY["minor"]


def test_xliff_marks_the_spans_and_sets_the_review_state(report: dict[str, Any]) -> None:
    root = _xliff(report)
    units = {u.get("id"): u for u in root.iter(f"{X}unit")}
    # bead 4 (ID 5 / EN 4): the weekday, marked in the target
    seg = units["b4"].find(f"{X}segment")
    assert (seg.get("state"), seg.get("subState")) == ("translated", "wiredrift:needs-review")
    assert [m.text for m in seg.find(f"{X}target").iter(f"{X}mrk")] == ["Wednesday"]
    # the target text reads the same with the markers in it
    pair = pairs_from_report(report)[4]
    assert "".join(seg.find(f"{X}target").itertext()) == pair.tgt_text
    # bead 8: two findings on the same sentence pair, number and entity, both marked (no overlap)
    marked = [m.text for m in units["b8"].iter(f"{X}mrk")]
    assert sorted(marked) == sorted(["2015", "former Soviet Union"])
    # a pair without findings stays translated, without a subState
    seg = units["b1"].find(f"{X}segment")
    assert (seg.get("state"), seg.get("subState")) == ("translated", None)


def test_an_accepted_finding_is_a_disabled_issue(report: dict[str, Any]) -> None:
    report["findings"][1]["accepted"] = True  # the only finding of bead 4
    root = _xliff(report)
    unit = next(u for u in root.iter(f"{X}unit") if u.get("id") == "b4")
    assert unit.find(f".//{ITS}locQualityIssue").get("locQualityIssueEnabled") == "no"
    seg = unit.find(f"{X}segment")
    assert (seg.get("state"), seg.get("subState")) == ("reviewed", "wiredrift:accepted")
    assert len([i for i in root.iter(f"{ITS}locQualityIssue") if i.get("locQualityIssueEnabled") == "no"]) == 1


def test_xliff_round_trip_gives_back_kinds_and_spans(report: dict[str, Any]) -> None:
    root = _xliff(report)
    by_id = {g.get(XML_ID): g.find(f"{ITS}locQualityIssue") for g in root.iter(f"{ITS}locQualityIssues")}
    got = []
    for mrk in root.iter(f"{X}mrk"):
        issue = by_id[mrk.get(f"{ITS}locQualityIssuesRef")[1:]]
        kind = issue.get("locQualityIssueComment").split(":", 1)[0].split()[1]
        side = etree.QName(mrk.getparent()).localname
        got.append((kind, side, mrk.text))
    expected = []
    for f in report["findings"]:
        if f["tgt_span"]:
            expected.append((f["kind"], "target", f["tgt_span"]))
        elif f["src_span"]:
            expected.append((f["kind"], "source", f["src_span"]))
    assert sorted(got) == sorted(expected)


def test_translate_toolkit_opens_the_xliff(report: dict[str, Any], tmp_path: Path) -> None:
    xliff2 = pytest.importorskip("translate.storage.xliff2")
    reader = getattr(xliff2, "Xliff2File", None)
    if reader is None:
        pytest.skip("this translate-toolkit has no XLIFF 2 reader (Xliff2File)")
    out = tmp_path / "voi.xlf"
    export_pairs(pairs_from_report(report), out, src_lang="id", tgt_lang="en")
    store = reader.parsefile(str(out))
    full = [p for p in pairs_from_report(report) if not p.is_null]
    assert [(u.source, u.target) for u in store.units] == [(p.src_text, p.tgt_text) for p in full]


def _tmx_findings(data: bytes) -> list[tuple[str, dict[str, Any], list[str]]]:
    root = etree.fromstring(data)
    out = []
    for tu in root.iter("tu"):
        props = [json.loads(p.text) for p in tu.findall("prop[@type='x-wiredrift-finding']")]
        notes = [n.text for n in tu.findall("note")]
        assert len(props) == len(notes)
        # TMX 1.4b: notes and props before the variants
        tags = [c.tag for c in tu]
        assert max(k for k, t in enumerate(tags) if t in ("note", "prop")) < tags.index("tuv")
        out += [(tu.get("tuid"), p, notes) for p in props]
    return out


def test_tmx_carries_findings_as_props_and_notes(report: dict[str, Any]) -> None:
    from wiredrift.eval.export import _without_null

    found = _tmx_findings(to_tmx(_without_null(pairs_from_report(report)), "id", "en"))
    assert len(found) == 10
    got = [(p["kind"], p["severity"], p["src_span"], p["tgt_span"], p["src"], p["tgt"]) for _, p, _ in found]
    assert got == [(f["kind"], f["severity"], f["src_span"], f["tgt_span"], f["src"], f["tgt"])
                   for f in _in_export_order(report)]
    tuid, prop, notes = next(x for x in found if x[1]["kind"] == "date")
    assert tuid == "voi-137686:4"
    assert f"wiredrift critical date: {report['findings'][1]['message']}" in notes
    assert prop["accepted"] is False and prop["src_lines"] == [report["src"]["sentences"][5]["line"]]


def test_translate_toolkit_reads_the_tmx_with_findings(report: dict[str, Any], tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    out = tmp_path / "voi.tmx"
    export_pairs(pairs_from_report(report), out, src_lang="id", tgt_lang="en")
    store = tmx.tmxfile.parsefile(str(out))
    full = [p for p in pairs_from_report(report) if not p.is_null]
    assert [(u.source, u.target) for u in store.units] == [(p.src_text, p.tgt_text) for p in full]
    assert any("wiredrift critical" in u.getnotes() for u in store.units)


def _csv_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or ()), list(reader)


def test_findings_csv_one_row_per_finding(report: dict[str, Any]) -> None:
    header, rows = _csv_rows(to_findings_csv(pairs_from_report(report)))
    assert header == list(CSV_COLUMNS) == ["document", "src_sentence", "src_line", "tgt_sentence", "tgt_line", "kind",
                                           "severity", "src_span", "tgt_span", "message", "accepted"]
    assert len(rows) == len(report["findings"])
    src_lines = [s["line"] for s in report["src"]["sentences"]]
    tgt_lines = [s["line"] for s in report["tgt"]["sentences"]]
    for row, f in zip(rows, _in_export_order(report)):
        assert row["document"] == "voi-137686"
        assert row["src_sentence"] == ",".join(str(i + 1) for i in f["src"])  # 1-based
        assert row["tgt_sentence"] == ",".join(str(i + 1) for i in f["tgt"])
        assert row["src_line"] == (str(src_lines[f["src"][0]]) if f["src"] else "")
        assert row["tgt_line"] == (str(tgt_lines[f["tgt"][0]]) if f["tgt"] else "")
        assert (row["kind"], row["severity"], row["message"]) == (f["kind"], f["severity"], f["message"])
        assert (row["src_span"], row["tgt_span"]) == (f["src_span"] or "", f["tgt_span"] or "")
        assert row["accepted"] == "false"
    # the quote on two source sentences
    assert [r["src_sentence"] for r in rows if r["kind"] == "quote" and r["severity"] == "minor"] == ["3,4"]


def test_findings_csv_marks_accepted_findings_and_guards_formulas(report: dict[str, Any]) -> None:
    report = copy.deepcopy(report)
    report["findings"][0]["accepted"] = True
    report["findings"][6]["tgt_span"] = "=HYPERLINK(\"x\")"
    _, rows = _csv_rows(to_findings_csv(pairs_from_report(report)))
    assert [(r["kind"], r["src_span"]) for r in rows if r["accepted"] == "true"] == [("entity", "Lugansk")]
    assert [r["tgt_span"] for r in rows if r["src_span"] == "Krimea"] == ["'=HYPERLINK(\"x\")"]
    assert [r["tgt_span"] for r in rows if r["kind"] == "number"] == ["2015"]  # a plain number is left alone


def test_csv_keeps_findings_of_null_beads_whatever_include_null_says(report: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    export_pairs(pairs_from_report(report), out, src_lang="id", tgt_lang="en", include_null=False)
    _, rows = _csv_rows(out.read_text(encoding="utf-8"))
    assert len(rows) == 10
    kinds = {r["kind"] for r in rows}
    assert {"omission", "addition"} <= kinds


def test_csv_is_a_registered_format() -> None:
    assert "csv" in FORMATS
    assert resolve_format("findings.csv") == "csv"
    assert resolve_format("x", "CSV") == "csv"


@pytest.mark.parametrize(("path", "lang", "expected"), [
    ("corpora/voi-137686/id.txt", "id", "voi-137686"),
    ("pairs/antara-2024-03-13.id.txt", "id", "antara-2024-03-13"),
    ("pairs/kompas/id.md", "id", "kompas"),
    ("laporan.txt", "id", "laporan"),
])
def test_document_id_comes_from_the_pair(report: dict[str, Any], path: str, lang: str, expected: str) -> None:
    report = copy.deepcopy(report)
    report["src"]["path"], report["src"]["lang"] = path, lang
    assert {p.doc_id for p in pairs_from_report(report)} == {expected}
    _, rows = _csv_rows(to_findings_csv(pairs_from_report(report)))
    assert {r["document"] for r in rows} == {expected}


def test_pairs_keep_their_findings_through_jsonl(report: dict[str, Any]) -> None:
    pairs = pairs_from_report(report)
    again = [AlignedPair.from_dict(json.loads(json.dumps(p.to_dict()))) for p in pairs]
    assert again == pairs
    assert sum(len(p.issues) for p in again) == 10


def test_export_cli_writes_findings_csv_and_xliff(report: dict[str, Any], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(report), encoding="utf-8")
    assert main(["export", str(saved), "-o", str(tmp_path / "findings.csv")]) == 0
    _, rows = _csv_rows((tmp_path / "findings.csv").read_text(encoding="utf-8"))
    assert [r["kind"] for r in rows] == [f["kind"] for f in _in_export_order(report)]
    assert main(["export", str(saved), "--format", "csv", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith(",".join(CSV_COLUMNS))
    assert main(["export", str(saved), "-o", str(tmp_path / "voi.xlf")]) == 0
    _check_structure(etree.parse(str(tmp_path / "voi.xlf")).getroot())


def test_corpus_writes_findings_csv_with_folder_names_as_ids(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs" / "pasar-induk"
    pairs.mkdir(parents=True)
    (pairs / "id.txt").write_text(
        "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram, Rabu (13/3).\n\n"
        "Pemerintah menyalurkan Bansos PKH kepada 10 juta keluarga, ujarnya.\n", encoding="utf-8")
    (pairs / "en.txt").write_text(
        "The price of bird's eye chilli at Kramat Jati market rose to IDR 80,000 per kilogram on Wednesday, March 13.\n\n"
        "The government is paying Family Hope Programme aid to 10 million families, she said.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["corpus", str(tmp_path / "pairs"), "-o", str(out / "findings.csv"), "-o", f"xliff:{out / 'c.xlf'}",
                 "--offline", "--no-progress"])
    assert code == 0
    _, rows = _csv_rows((out / "findings.csv").read_text(encoding="utf-8"))
    assert [(r["document"], r["kind"], r["src_span"], r["src_sentence"], r["src_line"]) for r in rows] == [
        ("pasar-induk", "entity", "Bansos PKH", "2", "3")]
    root = etree.parse(str(out / "c.xlf")).getroot()
    _check_structure(root)
    assert [f.get("original") for f in root.iter(f"{X}file")] == ["pasar-induk"]
    assert len(list(root.iter(f"{ITS}locQualityIssue"))) == 1
