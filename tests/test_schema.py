"""The ``wiredrift.check/N`` JSON Schemas: shipped, valid, followed by every report, and versioned.

The versioning rule (also in ``report.SCHEMA``'s comment and the README): a change to the keys the
report writes, their types, or the severity vocabulary needs a new version, ``wiredrift.check/N+1``
with a new file ``schema/check-N+1.json``. The frozen key sets and shape fingerprint below make that
a test failure instead of a silent change.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from wiredrift.align.reader import parse_document
from wiredrift.align.types import Bead
from wiredrift.eval.cli import main
from wiredrift.eval.findings import KINDS, SEVERITIES, Finding
from wiredrift.eval.pipeline import CheckConfig, CheckResult
from wiredrift.eval.report import SCHEMA, from_json, load_schema, schema_filename, to_json, validate

SAMPLE = Path(__file__).resolve().parent / "data" / "report-sample.json"

#: The keys of each record of the contract, per released version. Changing them means a new version.
CONTRACT_KEYS: dict[str, dict[str, set[str]]] = {
    "wiredrift.check/1": {
        "top": {"schema", "src", "tgt", "alignment", "findings", "summary", "signature"},
        "document": {"lang", "path", "dateline", "sentences"},
        "sentence": {"i", "text", "paragraph", "role", "line"},
        "bead": {"src", "tgt", "similarity", "scores"},
        "finding": {"kind", "severity", "src", "tgt", "src_text", "tgt_text", "message",
                    "src_span", "tgt_span", "expected", "found"},
        "summary": {"src_sentences", "tgt_sentences", "beads", "bead_types", "findings", "by_kind",
                    "by_severity", "document_scores", "mt", "notes"},
    },
}
# check/2 adds each finding's span offsets
CONTRACT_KEYS["wiredrift.check/2"] = {
    **CONTRACT_KEYS["wiredrift.check/1"],
    "finding": CONTRACT_KEYS["wiredrift.check/1"]["finding"] | {"src_start", "src_end", "tgt_start", "tgt_end"},
}
# check/3 adds each finding's lines, fingerprint and accepted flag, and the summary's gates and baseline
CONTRACT_KEYS["wiredrift.check/3"] = {
    **CONTRACT_KEYS["wiredrift.check/2"],
    "finding": CONTRACT_KEYS["wiredrift.check/2"]["finding"] | {"src_line", "tgt_line", "fingerprint", "accepted"},
    "summary": CONTRACT_KEYS["wiredrift.check/2"]["summary"] | {"gates", "baseline"},
}

#: sha256 of the schema file's shape (everything but descriptions and titles), per released version.
SHAPE_FINGERPRINTS = {
    "wiredrift.check/1": "76ffa2e84e78b7a5",
    "wiredrift.check/2": "f844afe55829c0f0",
    "wiredrift.check/3": "df4ae78ab1fed6ed",
}


def _shape(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _shape(v) for k, v in sorted(node.items()) if k not in ("description", "title")}
    if isinstance(node, list):
        return [_shape(v) for v in node]
    return node


def shape_fingerprint(schema: dict[str, Any]) -> str:
    text = json.dumps(_shape(schema), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sample() -> CheckResult:
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


def small_result(mt: bool) -> CheckResult:
    """A result built from documents parsed here, with and without MT scores."""
    src = parse_document("JAKARTA - Presiden tiba pada hari Senin.\n\nHarga naik 5 persen.\n", "id", "id.txt")
    tgt = parse_document("JAKARTA - The president arrived on Tuesday.\n\nPrices rose.\n\nA caption.\n", "en", None)
    beads = [Bead((0,), (0,), 0.9, 0.1), Bead((1,), (1,), 0.7, 0.3), Bead((), (2,), 0.0, 0.5)]
    findings = [
        Finding("date", "critical", (0,), (0,), src.sentences[0].text, tgt.sentences[0].text,
                "weekday Senin (Monday) became Tuesday", "Senin", "Tuesday", "Monday", "Tuesday"),
        Finding("number", "critical", (1,), (1,), src.sentences[1].text, tgt.sentences[1].text,
                "number 5 has no counterpart", "5", None, "5", None),
        Finding("addition", "minor", (), (2,), "", tgt.sentences[2].text, "added sentence"),
    ]
    result = CheckResult(src=src, tgt=tgt, beads=beads, findings=findings, config=CheckConfig())
    if mt:
        result.mt = ["JAKARTA - The president arrived on Monday.", "Prices rose 5 percent."]
        result.pair_scores = [{"chrf": 80.1, "chrf++": 78.0, "bleu": 60.2, "ter": 20.0},
                              {"chrf": 40.0, "chrf++": 38.0, "bleu": 10.0, "ter": 66.7}, None]
        result.document_scores = {"chrf": 62.0, "chrf++": 60.0, "bleu": 35.0, "ter": 40.0, "segments": 2}
        result.signature = {"chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"}
    return result


def test_schema_file_is_valid_draft_2020_12_and_shipped() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == SCHEMA
    assert schema_filename() == "check-3.json"
    # found through importlib.resources, i.e. as package data, not relative to the repo
    ref = resources.files("wiredrift.eval").joinpath("schema", schema_filename())
    assert ref.is_file()


def test_severity_vocabulary_matches_the_code() -> None:
    schema = load_schema()
    assert schema["$defs"]["severity"]["enum"] == list(SEVERITIES)
    described = schema["$defs"]["finding"]["properties"]["kind"]["description"]
    for kind in KINDS:
        assert kind in described


@pytest.mark.parametrize("mt", [True, False], ids=["mt", "no-mt"])
def test_hand_made_results_validate(mt: bool) -> None:
    doc = to_json(small_result(mt))
    validate(doc)
    assert (doc["summary"]["document_scores"] is None) is (not mt)
    assert (doc["alignment"][0]["scores"] is None) is (not mt)


def test_sample_validates_and_round_trips() -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    validate(doc)
    again = to_json(from_json(doc))
    validate(again)
    for key in ("src", "tgt", "alignment"):
        assert again[key] == doc[key]
    # the sample is a check/2 report: check/3 adds keys to each finding and keeps the others
    assert [{k: f[k] for k in d} for f, d in zip(again["findings"], doc["findings"])] == doc["findings"]


def test_unknown_kind_is_allowed() -> None:
    doc = to_json(small_result(False))
    doc["findings"][0]["kind"] = "honorific"
    doc["summary"]["by_kind"]["honorific"] = 1
    validate(doc)


# (what to break, how) -> must be rejected
BREAKAGES = [
    ("severity outside the enum", lambda d: d["findings"][0].__setitem__("severity", "blocker")),
    ("missing finding key", lambda d: d["findings"][0].pop("message")),
    ("extra top-level key", lambda d: d.__setitem__("extra", 1)),
    ("extra finding key", lambda d: d["findings"][0].__setitem__("score", 1)),
    ("wrong schema version", lambda d: d.__setitem__("schema", "wiredrift.check/9")),
    ("negative index", lambda d: d["alignment"][0]["src"].__setitem__(0, -1)),
    ("score not a number", lambda d: d["alignment"][0].__setitem__("scores", {"chrf": "high"})),
    ("string similarity", lambda d: d["alignment"][0].__setitem__("similarity", "0.9")),
    ("missing signature config", lambda d: d["signature"].pop("config")),
    ("bad bead type", lambda d: d["summary"]["bead_types"].__setitem__("one-one", 1)),
]


@pytest.mark.parametrize(("what", "breaks"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_broken_documents_are_rejected(what: str, breaks) -> None:
    doc = copy.deepcopy(to_json(small_result(True)))
    breaks(doc)
    with pytest.raises((jsonschema.ValidationError, FileNotFoundError)):
        validate(doc)


def _keys(doc: dict[str, Any]) -> dict[str, set[str]]:
    return {
        "top": set(doc),
        "document": set(doc["src"]) | set(doc["tgt"]),
        "sentence": {k for d in (doc["src"], doc["tgt"]) for s in d["sentences"] for k in s},
        "bead": {k for b in doc["alignment"] for k in b},
        "finding": {k for f in doc["findings"] for k in f},
        "summary": set(doc["summary"]),
    }


def test_contract_keys_unchanged_without_a_version_bump() -> None:
    assert SCHEMA in CONTRACT_KEYS, (
        f"SCHEMA is {SCHEMA!r}: add its key sets to CONTRACT_KEYS and its fingerprint to SHAPE_FINGERPRINTS")
    for mt in (True, False):
        got = _keys(to_json(small_result(mt)))
        assert got == CONTRACT_KEYS[SCHEMA], (
            f"to_json's keys changed while SCHEMA is still {SCHEMA!r}: bump SCHEMA in eval/report.py, add "
            "eval/schema/check-N.json for the new version and record its keys here")
    schema = load_schema()
    defs = schema["$defs"]
    declared = {
        "top": set(schema["properties"]),
        "document": set(defs["document"]["properties"]),
        "sentence": set(defs["document"]["properties"]["sentences"]["items"]["properties"]),
        "bead": set(defs["bead"]["properties"]),
        "finding": set(defs["finding"]["properties"]),
        "summary": set(defs["summary"]["properties"]),
    }
    assert declared == CONTRACT_KEYS[SCHEMA]


def test_schema_shape_unchanged_without_a_version_bump() -> None:
    got = shape_fingerprint(load_schema())
    assert got == SHAPE_FINGERPRINTS.get(SCHEMA), (
        f"{schema_filename()} changed shape (fingerprint {got}) while SCHEMA is still {SCHEMA!r}. Released "
        "schemas are not edited in place: bump the version and add a new file. Only descriptions may change.")


def _run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["check", *args, "--json", "-"])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.mark.slow
def test_real_check_of_the_seed_validates(corpora_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, tgt = corpora_dir / "voi-137686" / "id.txt", corpora_dir / "voi-137686" / "en.txt"
    code, doc = _run_json([str(src), str(tgt), "--fail-on", "none"], capsys)
    assert code == 0
    validate(doc)
    assert doc["src"]["path"] == str(src) and len(doc["src"]["sentences"]) > 10
    assert doc["summary"]["findings"] == len(doc["findings"])


@pytest.mark.slow
def test_real_check_of_a_hostile_pair_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "id.txt"
    tgt = tmp_path / "en.txt"
    src.write_text('JAKARTA - Menteri berkata "<script>alert(1)</script> bukan masalah," kata dia pada Senin.\n\n'
                   "Harga beras naik 5 persen tahun ini.\n\nPolisi menangkap dua orang di Bandung.\n", encoding="utf-8")
    tgt.write_text('JAKARTA - The minister said "<script>alert(1)</script> is no problem," he said on Monday.\n\n'
                   "Rice prices rose 5 percent this year.\n\nA caption only in English. (Photo: Antara)\n",
                   encoding="utf-8")
    code, doc = _run_json([str(src), str(tgt), "--fail-on", "none"], capsys)
    assert code == 0
    validate(doc)
    assert any("<script>alert(1)</script>" in s["text"] for s in doc["src"]["sentences"])


@pytest.mark.slow
def test_real_check_with_a_model_validates(tiny_marian: Path, corpora_dir: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    # A translation cache of its own: hits from an earlier run would skip the model (the embedding
    # cache stays shared, it does not change what is tested).
    monkeypatch.setattr("wiredrift.align.mtcache.cache_root", lambda: tmp_path / "wdcache")
    monkeypatch.setattr("wiredrift.align.models.cache_root", lambda: tmp_path / "wdcache")  # CT2 conversions
    src, tgt = corpora_dir / "voi-137686" / "id.txt", corpora_dir / "voi-137686" / "en.txt"
    code, doc = _run_json([str(src), str(tgt), "--model", str(tiny_marian), "--fail-on", "none"], capsys)
    validate(doc)
    assert doc["summary"]["mt"]  # --model runs MT
    assert doc["signature"]["mt"]["cache"] == {"hits": 0, "misses": len(doc["src"]["sentences"])}
    assert doc["summary"]["document_scores"] is not None
    assert any(b["scores"] is not None for b in doc["alignment"])


def test_validate_rejects_a_result_that_drifts_from_the_dataclass() -> None:
    # A finding whose span is not a string must not slip through.
    r = small_result(False)
    bad = dataclasses.replace(r.findings[0], src_span=3)  # type: ignore[arg-type]
    with pytest.raises(jsonschema.ValidationError):
        validate(to_json(dataclasses.replace(r, findings=[bad])))


def test_a_check_1_report_still_reads_and_gets_offsets_from_its_spans() -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    old = {**doc, "schema": "wiredrift.check/1",
           "findings": [{k: v for k, v in f.items() if not k.endswith(("_start", "_end"))} for f in doc["findings"]]}
    validate(old)  # against check-1.json, which ships unchanged
    again = to_json(from_json(old))
    assert again["schema"] == SCHEMA
    assert [{k: f[k] for k in d} for f, d in zip(again["findings"], doc["findings"])] == doc["findings"]


def test_offsets_name_the_occurrence_meant() -> None:
    text = "Donetsk People's Republic (DNR) and LNR (Donetsk People's Republic) met."
    second = text.rindex("Donetsk People's Republic")
    f = Finding("entity", "critical", (0,), (0,), "a", text, "m", None, "Donetsk People's Republic",
                tgt_start=second, tgt_end=second + len("Donetsk People's Republic"))
    assert (f.tgt_start, f.tgt_end) == (second, second + 25)
    assert to_json_finding_offsets(f) == (None, None, second, second + 25)
    stale = dataclasses.replace(f, tgt_span="met")
    assert stale.tgt_text[stale.tgt_start:stale.tgt_end] == "met"


def to_json_finding_offsets(f: Finding) -> tuple[int | None, ...]:
    return f.src_start, f.src_end, f.tgt_start, f.tgt_end
