"""The wire-conventions suite is well-formed and split stably; the bench's perturbations change one thing;
its scoring counts correctly. Detector quality is not asserted here."""

from __future__ import annotations

import csv
import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from wiredrift.eval.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "corpora" / "wire-suite"
HEADER = ["id", "kind", "convention", "id_text", "en_faithful", "en_changed", "change_note"]
KINDS = {"number", "money", "date", "time", "quantity", "score", "name", "title", "agency", "region", "speaker",
         "negation", "direction"}


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


bench = _load("bench_wire")
maker = _load("make_wire_suite")


def _rows(half: str) -> list[list[str]]:
    with (SUITE / f"{half}.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == HEADER, f"{half}.tsv header"
    return rows[1:]


@pytest.fixture(scope="module")
def halves() -> dict[str, list[list[str]]]:
    return {h: _rows(h) for h in ("tune", "heldout")}


def test_suite_rows_well_formed(halves: dict[str, list[list[str]]]) -> None:
    rows = halves["tune"] + halves["heldout"]
    for r in rows:
        assert len(r) == 7, r[0]
        assert all(x == x.strip() for x in r), r[0]
        assert r[1] in KINDS | {"trap"}, r[0]
        assert r[3] and r[4], r[0]
        if r[1] == "trap":
            assert r[5] == "", r[0]
        else:
            assert r[5] and r[5] != r[4], r[0]
    kinds = Counter(r[1] for r in rows)
    assert sum(n for k, n in kinds.items() if k != "trap") >= 400
    assert kinds["trap"] >= 80
    assert set(kinds) == KINDS | {"trap"}
    assert min(kinds.values()) >= 25
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r[3] for r in rows}) == len(rows), "an Indonesian sentence occurs twice"


def test_no_row_in_both_halves_and_split_is_stable(halves: dict[str, list[list[str]]]) -> None:
    tune_ids = {r[0] for r in halves["tune"]}
    held_ids = {r[0] for r in halves["heldout"]}
    assert not tune_ids & held_ids
    assert not {r[3] for r in halves["tune"]} & {r[3] for r in halves["heldout"]}
    rule = maker.split_half(halves["tune"] + halves["heldout"])
    assert {i for i, h in rule.items() if h == "tune"} == tune_ids
    assert {i for i, h in rule.items() if h == "heldout"} == held_ids
    # stratified: each kind is split about in half
    for kind in KINDS | {"trap"}:
        t = sum(1 for r in halves["tune"] if r[1] == kind)
        h = sum(1 for r in halves["heldout"] if r[1] == kind)
        assert abs(t - h) <= 1, kind


def test_changed_rows_differ_in_one_place(halves: dict[str, list[list[str]]]) -> None:
    """A change row's English differs from the faithful one in one contiguous stretch of words (one change),
    except speaker rows that swap two people's places."""
    for r in halves["tune"] + halves["heldout"]:
        if r[1] in ("trap", "speaker"):
            continue
        assert bench.one_edit(r[4], r[5]), r[0]


def test_split_rule_is_deterministic() -> None:
    rows = [[f"x-{k:03d}", "number"] for k in range(10)] + [[f"t-{k:03d}", "trap"] for k in range(5)]
    a, b = maker.split_half(rows), maker.split_half(list(reversed(rows)))
    assert a == b
    assert Counter(a[f"x-{k:03d}"] for k in range(10)) == {"tune": 5, "heldout": 5}


# ----------------------------------------------------------------------------------------- perturbations
def _one(kind: str, text: str, src: str = "", seed: int = 1):  # type: ignore[no-untyped-def]
    p = bench.perturb(kind, text, src, random.Random(seed))
    assert p is not None, (kind, text)
    assert p.text != text
    assert bench.one_edit(text, p.text), (text, p.text)
    return p


def test_negation_added() -> None:
    p = _one("negation-added", "The bridge is closed to traffic.")
    assert p.text == "The bridge is not closed to traffic."
    p = _one("negation-added", "The minister will attend the summit, officials said.")
    assert p.text == "The minister will not attend the summit, officials said."
    assert bench.perturb("negation-added", "The bridge is not closed.", "", random.Random(1)) is None
    assert bench.perturb("negation-added", "Police found the car.", "", random.Random(1)) is None


def test_negation_removed() -> None:
    assert _one("negation-removed", "The company didn't pay its workers.").text == "The company did pay its workers."
    assert _one("negation-removed", "The airport is not open.").text == "The airport is open."
    assert _one("negation-removed", "He never answered the summons.").text == "He answered the summons."
    assert bench.perturb("negation-removed", "It is not only cheap but also fast.", "", random.Random(1)) is None


def test_antonym() -> None:
    assert _one("antonym", "Prices rose in March.").text == "Prices fell in March."
    assert _one("antonym", "The court rejected the appeal.").text == "The court accepted the appeal."
    assert _one("antonym", "Highest turnout on record.").text == "Lowest turnout on record."
    assert bench.perturb("antonym", "Police set up a roadblock.", "", random.Random(1)) is None


def test_name_removed() -> None:
    src = "Menurut Agus Priyanto, jembatan itu ditutup."
    p = _one("name-removed", "According to Agus Priyanto, the bridge was closed.", src)
    assert p.text == "According to, the bridge was closed." or "Agus Priyanto" not in p.text
    assert "Agus Priyanto" in p.note
    # a name the source does not write is not removed
    assert bench.perturb("name-removed", "According to Agus Priyanto, the bridge was closed.", "Jembatan ditutup.",
                         random.Random(1)) is None


def test_agency_swapped() -> None:
    p = _one("agency-swapped", "The World Health Organization declared an emergency.")
    assert "World Health Organization" not in p.text
    assert any(x in p.text for x in bench.INSTITUTIONS)
    assert bench.perturb("agency-swapped", "Officials declared an emergency.", "", random.Random(1)) is None


def test_perturbations_are_deterministic() -> None:
    text = "The minister is sure prices will rise before the United Nations meets, and the bank has agreed."
    for kind in bench.PERTURB_KINDS:
        a = bench.perturb(kind, text, "Menteri", random.Random("11-3-" + kind))
        b = bench.perturb(kind, text, "Menteri", random.Random("11-3-" + kind))
        assert a == b


def test_tables_are_the_benchs_own() -> None:
    """The perturbation tables are defined in the script, not imported from the detectors."""
    imports = [line for line in (ROOT / "scripts" / "bench_wire.py").read_text(encoding="utf-8").splitlines()
               if line.startswith(("import ", "from "))]
    drift = [line for line in imports if "eval.drift" in line]
    assert drift == ["from wiredrift.eval.drift import detect_drift"]


# --------------------------------------------------------------------------------------------- scoring
def _f(severity: str) -> Finding:
    return Finding("number", severity, (0,), (0,), "a", "b", "m")


def test_scoring_counts() -> None:
    Row, Outcome = bench.Row, bench.Outcome
    rows = [
        Row("n1", "number", "", "x", "y", "z", ""),  # caught critical, faithful clean
        Row("n2", "number", "", "x", "y", "z", ""),  # caught major only, faithful flagged
        Row("n3", "number", "", "x", "y", "z", ""),  # missed (minor only)
        Row("q1", "quantity", "", "x", "y", "z", ""),  # caught major: right severity for quantity
        Row("g1", "negation", "", "x", "y", "z", ""),  # caught major: counts as caught for negation
        Row("t1", "trap", "", "x", "y", "", ""),  # trap flagged
        Row("t2", "trap", "", "x", "y", "", ""),  # trap clean (minor only)
    ]
    outcomes = [
        Outcome(rows[0], [], [_f("critical")]),
        Outcome(rows[1], [_f("major")], [_f("major")]),
        Outcome(rows[2], [], [_f("minor")]),
        Outcome(rows[3], [], [_f("major")]),
        Outcome(rows[4], [], [_f("major")]),
        Outcome(rows[5], [_f("critical")]),
        Outcome(rows[6], [_f("minor")]),
    ]
    s = bench.score(outcomes)
    n = s["number"]
    assert (n.rows, n.changed, n.caught, n.at_severity, n.clean_caught, n.faithful_flagged) == (3, 3, 2, 1, 1, 1)
    assert n.critical == 1
    q = s["quantity"]
    assert (q.caught, q.at_severity, q.clean_caught) == (1, 1, 1)
    g = s["negation"]
    assert (g.caught, g.critical, g.at_severity) == (1, 0, 1)
    t = s["trap"]
    assert (t.rows, t.changed, t.faithful_flagged) == (2, 0, 1)
    a = s["all"]
    assert (a.rows, a.changed, a.caught, a.critical, a.at_severity, a.faithful_flagged) == (7, 5, 4, 1, 3, 2)


def test_check_reads_rows_like_the_cli() -> None:
    """A two-sentence row is split into two 1-1 beads; the checker returns real findings."""
    src, tgt, beads = bench._documents("Agus bertemu Dewi. \"Kami siap,\" ujar Agus.",
                                       "Agus met Dewi. \"We are ready,\" Agus said.", "id", "en")
    assert len(src.sentences) == 2 and len(beads) == 2
    found = bench.check("Sebanyak 12 orang tewas.", "A total of 13 people were killed.")
    assert bench.flagged(found)


def test_perturb_mode_skips_without_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        bench.main(["--perturb", "flores", "--shared", str(tmp_path)])
    assert e.value.code == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.slow
def test_bench_suite_runs_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "fig.json"
    assert bench.main(["--split", "tune", "--json", str(out)]) == 0
    import json

    fig = json.loads(out.read_text(encoding="utf-8"))
    kinds = fig["halves"]["tune"]["kinds"]
    assert kinds["all"]["rows"] == len(_rows("tune"))
    assert set(kinds) >= KINDS | {"trap", "all"}


def _tiny_shared(root: Path) -> Path:
    """A shared-data folder with a FLORES-shaped TSV of four pairs: the first and third have a real changed
    number in the reference (13 vs 12 people; 2021 vs 2022), the others are faithful."""
    d = root / "data" / "flores200"
    d.mkdir(parents=True)
    rows = [("Sebanyak 12 orang tewas dalam banjir itu.", "A total of 13 people died in the flood."),
            ("Presiden Joko Widodo tiba di Jakarta pada Senin.", "President Joko Widodo arrived in Jakarta on Monday."),
            ("Pabrik itu dibuka pada 2021.", "The factory opened in 2022."),
            ("Harga beras naik tajam.", "Rice prices rose sharply.")]
    (d / "flores200_devtest_id_en.tsv").write_text(
        "id\ten\n" + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return root


def test_adjudication_excuses_only_findings_both_reviewers_call_drift(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """--flagged dumps the flagged clean pairs; two reviewers' labels merged by merge_adjudication.py excuse a
    pair only where both say drift; an unlabelled flag still counts as a false alarm."""
    import json

    merger = _load("merge_adjudication")
    shared = _tiny_shared(tmp_path / "shared")
    dump, fig = tmp_path / "flagged.jsonl", tmp_path / "fig.json"
    args = ["--perturb", "flores", "--split", "tune", "--shared", str(shared), "--flagged", str(dump),
            "--adjudication", str(tmp_path / "none.tsv")]
    assert bench.main(args) == 0
    recs = [json.loads(x) for x in dump.read_text(encoding="utf-8").splitlines()]
    assert [r["pair"] for r in recs] == [1]  # tune = first two pairs; the changed number is flagged
    assert recs[0]["findings"] and all(f["severity"] in ("major", "critical") for f in recs[0]["findings"])
    head = "half\tpair\tpair_key\tfinding\tverdict\tnote\n"

    def reviewer(name: str, verdict: str) -> Path:
        p = tmp_path / f"{name}.tsv"
        p.write_text(head + "".join(f"tune\t{r['pair']}\t{r['pair_key']}\t{f['finding']}\t{verdict}\t12 vs 13\n"
                                    for r in recs for f in r["findings"]), encoding="utf-8")
        return p

    out = tmp_path / "adj" / "flores.tsv"
    # disagreement: not excused
    assert merger.main([str(dump), str(reviewer("a", "drift")), str(reviewer("b", "faithful")), "--out", str(out)]) == 0
    assert bench.main(args[:-1] + [str(out), "--json", str(fig)]) == 0
    assert json.loads(fig.read_text())["halves"]["tune"]["adjudicated"]["false-alarm"] == 1
    # agreement: excused, the rate after adjudication is 0
    assert merger.main([str(dump), str(reviewer("a", "drift")), str(reviewer("b", "drift")), "--out", str(out)]) == 0
    capsys.readouterr()
    assert bench.main(args[:-1] + [str(out), "--json", str(fig)]) == 0
    text = capsys.readouterr().out
    assert "false alarms: 1/2" in text and "false alarms after adjudication: 0/2" in text
    half = json.loads(fig.read_text())["halves"]["tune"]
    assert half["false_alarms_per_100"] == 50.0 and half["adjudicated"]["false_alarms_per_100"] == 0.0
    # the held-out half's flag (2021 vs 2022) has no label: counted as a false alarm
    assert bench.main(["--perturb", "flores", "--split", "heldout", "--shared", str(shared), "--adjudication", str(out),
                       "--json", str(fig)]) == 0
    held = json.loads(fig.read_text())["halves"]["heldout"]["adjudicated"]
    assert (held["unjudged"], held["drift"], held["false_alarms_per_100"]) == (1, 0, 50.0)


def test_merge_adjudication_refuses_a_missing_label(tmp_path: Path) -> None:
    merger = _load("merge_adjudication")
    dump = tmp_path / "f.jsonl"
    dump.write_text('{"half": "tune", "pair": 3, "pair_key": "k", "findings": [{"finding": "number:x"}]}\n',
                    encoding="utf-8")
    a = tmp_path / "a.tsv"
    a.write_text("half\tpair\tpair_key\tfinding\tverdict\tnote\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no label for pair 3"):
        merger.main([str(dump), str(a), str(a), "--out", str(tmp_path / "o.tsv")])
    assert not (tmp_path / "o.tsv").exists()
    bad = tmp_path / "bad.tsv"
    bad.write_text("half\tpair\tpair_key\tfinding\treviewer_a\treviewer_b\tnote\ntune\t1\tk\tn:x\tyes\tdrift\t-\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match="verdicts"):
        bench.read_adjudication(bad)
