"""Turning a :class:`~wiredrift.eval.pipeline.CheckResult` into the JSON contract and terminal text."""

from __future__ import annotations

import json
import logging
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from .findings import KINDS, SEVERITIES, Finding, severity_rank
from .pipeline import CheckResult

logger = logging.getLogger(__name__)

__all__ = ["SCHEMA", "to_json", "dumps", "render_text", "summarize"]

#: The version of the JSON contract; bump it on any change a reader could notice.
SCHEMA = "wiredrift.check/1"


def _finding_json(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "severity": f.severity,
        "src": list(f.src),
        "tgt": list(f.tgt),
        "src_text": f.src_text,
        "tgt_text": f.tgt_text,
        "message": f.message,
        "src_span": f.src_span,
        "tgt_span": f.tgt_span,
        "expected": f.expected,
        "found": f.found,
    }


def summarize(result: CheckResult) -> dict[str, Any]:
    """Counts by kind, severity and bead type, plus document scores when MT ran."""
    by_kind = {k: 0 for k in KINDS}
    by_severity = {s: 0 for s in SEVERITIES}
    for f in result.findings:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
        by_severity[f.severity] += 1
    beads: dict[str, int] = {}
    for b in result.beads:
        beads[b.kind] = beads.get(b.kind, 0) + 1
    return {
        "src_sentences": len(result.src),
        "tgt_sentences": len(result.tgt),
        "beads": len(result.beads),
        "bead_types": beads,
        "findings": len(result.findings),
        "by_kind": by_kind,
        "by_severity": by_severity,
        "document_scores": result.document_scores,
        "mt": result.mt is not None,
        "notes": list(result.notes),
    }


def _doc_json(doc: Any) -> dict[str, Any]:
    return {
        "lang": doc.lang,
        "path": doc.path,
        "dateline": doc.dateline,
        "sentences": [
            {"i": s.i, "text": s.text, "paragraph": s.paragraph, "role": s.role, "line": s.line}
            for s in doc.sentences
        ],
    }


def _package_version() -> str:
    try:
        return version("wiredrift")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def to_json(result: CheckResult) -> dict[str, Any]:
    """The ``wiredrift.check/1`` document for ``result`` (see ``schema/check-1.json``)."""
    scores = result.pair_scores or [None] * len(result.beads)
    signature = {"wiredrift": _package_version(), "config": result.config.to_dict(), **result.signature}
    return {
        "schema": SCHEMA,
        "src": _doc_json(result.src),
        "tgt": _doc_json(result.tgt),
        "alignment": [
            {"src": list(b.src), "tgt": list(b.tgt), "similarity": round(float(b.similarity), 6), "scores": s}
            for b, s in zip(result.beads, scores)
        ],
        "findings": [_finding_json(f) for f in result.findings],
        "summary": summarize(result),
        "signature": signature,
    }


def dumps(result: CheckResult) -> str:
    """The JSON contract as text, UTF-8 kept readable, ending in a newline."""
    return json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"


def render_text(result: CheckResult) -> str:
    """A plain terminal report: one block per finding, most severe first, then a summary line."""
    lines: list[str] = []
    findings = sorted(result.findings, key=lambda f: (severity_rank(f.severity), f.src or f.tgt))
    for f in findings:
        where = f"id {','.join(map(str, f.src)) or '-'} / en {','.join(map(str, f.tgt)) or '-'}"
        lines.append(f"{f.severity.upper():8} {f.kind:11} {where}  {f.message}")
    s = summarize(result)
    counts = ", ".join(f"{n} {k}" for k, n in s["by_severity"].items())
    lines.append(
        f"{s['src_sentences']} {result.src.lang} / {s['tgt_sentences']} {result.tgt.lang} sentences, "
        f"{s['beads']} beads, {s['findings']} findings ({counts})"
    )
    for note in result.notes:
        lines.append(f"note: {note}")
    return "\n".join(lines) + "\n"
