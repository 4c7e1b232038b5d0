"""Turning a :class:`~wiredrift.eval.pipeline.CheckResult` into the JSON contract and terminal text."""

from __future__ import annotations

import json
import logging
import textwrap
from collections.abc import Sequence
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from .findings import KINDS, SEVERITIES, Finding, severity_rank
from .pipeline import CheckResult
from .scores import HEADLINE
from .terminal import Style, truncate

if TYPE_CHECKING:  # pragma: no cover
    from .gates import GateResult

logger = logging.getLogger(__name__)

__all__ = [
    "SCHEMA",
    "READABLE_SCHEMAS",
    "to_json",
    "from_json",
    "dumps",
    "render_text",
    "summary_line",
    "summarize",
    "schema_filename",
    "load_schema",
    "validate",
    "locate_span",
    "first_line",
    "sentence_ref",
]

#: The version of the JSON contract. The rule: any change to the set of keys ``to_json`` writes, their
#: types, or the severity vocabulary bumps the number (``wiredrift.check/2``) and adds a new schema file
#: ``schema/check-2.json`` beside the old one (never edit a released schema's shape in place).
#: ``tests/test_schema.py`` fails when the shape of ``to_json`` or of the schema file changes while the
#: number stays. New finding *kinds* and new score names are not changes: readers must accept them.
SCHEMA = "wiredrift.check/3"

#: Versions :func:`from_json` and the exporters read: check/2 added each finding's span offsets
#: (``src_start``/``src_end``/``tgt_start``/``tgt_end``); a check/1 report gets them from its spans.
#: check/3 added each finding's ``fingerprint``, ``accepted`` flag and ``src_line``/``tgt_line``, and the
#: summary's ``gates`` (each gate's verdict) and ``baseline`` (accepted count, stale entries).
READABLE_SCHEMAS = ("wiredrift.check/1", "wiredrift.check/2", "wiredrift.check/3")


def first_line(doc: Any, ids: Sequence[int]) -> int | None:
    """The 1-based line in the file of the first of the sentences ``ids`` of ``doc``; ``None`` when unknown."""
    for i in ids:
        if 0 <= i < len(doc.sentences) and doc.sentences[i].line > 0:
            return int(doc.sentences[i].line)
    return None


def sentence_ref(doc: Any, ids: Sequence[int], *, lang: bool = True) -> str:
    """Sentence numbers as people count them, from 1, with the line in the file: ``id 5 (line 9)``,
    ``en 20,21 (line 40)``; ``id -`` when there are none. (The JSON keeps 0-based ``i``.)"""
    nums = ",".join(str(i + 1) for i in ids) or "-"
    line = first_line(doc, ids)
    text = f"{doc.lang} {nums}" if lang else nums
    return f"{text} (line {line})" if line else text


def _finding_json(f: Finding, result: CheckResult | None = None, k: int = 0) -> dict[str, Any]:
    from .baseline import fingerprint

    match = result.baseline if result is not None else None
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
        "src_start": f.src_start,
        "src_end": f.src_end,
        "tgt_start": f.tgt_start,
        "tgt_end": f.tgt_end,
        "expected": f.expected,
        "found": f.found,
        "src_line": first_line(result.src, f.src) if result is not None else None,
        "tgt_line": first_line(result.tgt, f.tgt) if result is not None else None,
        "fingerprint": (match.fingerprints[k] if match is not None and k < len(match.fingerprints)
                        else fingerprint(f, result)),
        "accepted": bool(match is not None and match.is_accepted(k)),
    }


def _gate_json(g: GateResult) -> dict[str, Any]:
    counted = g.value is not None and g.name != "min-chrf"
    return {"name": g.name, "threshold": g.threshold, "verdict": g.status,
            "count": int(g.value) if counted and g.value is not None else None, "value": g.value,
            "message": g.message}


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
        "gates": None if result.gates is None else [_gate_json(g) for g in result.gates],
        "baseline": None if result.baseline is None else result.baseline.summary(),
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
    """The ``wiredrift.check/3`` document for ``result`` (see ``schema/check-3.json``)."""
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
        "findings": [_finding_json(f, result, k) for k, f in enumerate(result.findings)],
        "summary": summarize(result),
        "signature": signature,
    }


def _doc_from_json(d: dict[str, Any]) -> Any:
    from ..align.types import Document, Sentence

    sentences = tuple(
        Sentence(i=s["i"], text=s["text"], paragraph=s["paragraph"], role=s.get("role", "body"), line=s.get("line", 0))
        for s in d["sentences"]
    )
    return Document(lang=d["lang"], sentences=sentences, path=d.get("path"), dateline=d.get("dateline"))


def from_json(doc: dict[str, Any]) -> CheckResult:
    """Rebuild a :class:`CheckResult` from a ``wiredrift.check/1``, ``/2`` or ``/3`` document (to re-render it).

    A check/3 report's accepted findings, stale baseline entries and gate verdicts come back too.

    Machine translations and timings are not part of the contract, so they come back empty.

    :raises ConfigError: ``doc`` is not a ``wiredrift.check/1``, ``/2`` or ``/3`` document.
    """
    from dataclasses import fields

    from ..align.errors import ConfigError
    from ..align.types import Bead
    from .pipeline import CheckConfig

    if doc.get("schema") not in READABLE_SCHEMAS:
        raise ConfigError(f"report schema {doc.get('schema')!r} is not {SCHEMA!r}")
    signature = dict(doc.get("signature") or {})
    signature.pop("wiredrift", None)
    config_dict = signature.pop("config", None) or {}
    known = {f.name for f in fields(CheckConfig)}
    config = CheckConfig(**{k: v for k, v in config_dict.items() if k in known})
    beads = [Bead(tuple(a["src"]), tuple(a["tgt"]), float(a["similarity"])) for a in doc["alignment"]]
    scores = [a.get("scores") for a in doc["alignment"]]
    findings = [
        Finding(
            kind=f["kind"], severity=f["severity"], src=tuple(f["src"]), tgt=tuple(f["tgt"]),
            src_text=f["src_text"], tgt_text=f["tgt_text"], message=f["message"],
            src_span=f.get("src_span"), tgt_span=f.get("tgt_span"),
            expected=f.get("expected"), found=f.get("found"),
            src_start=f.get("src_start"), src_end=f.get("src_end"),
            tgt_start=f.get("tgt_start"), tgt_end=f.get("tgt_end"),
        )
        for f in doc["findings"]
    ]
    summary = doc.get("summary") or {}
    result = CheckResult(
        src=_doc_from_json(doc["src"]),
        tgt=_doc_from_json(doc["tgt"]),
        beads=beads,
        findings=findings,
        config=config,
        pair_scores=scores if any(s is not None for s in scores) else None,
        document_scores=summary.get("document_scores"),
        signature=signature,
        notes=list(summary.get("notes") or []),
    )
    _restore_verdicts(result, doc, summary)
    return result


def _restore_verdicts(result: CheckResult, doc: dict[str, Any], summary: dict[str, Any]) -> None:
    """Put a check/3 report's baseline split and gate verdicts back on ``result``."""
    from .baseline import BaselineMatch, fingerprints, parse_baseline
    from .gates import GateResult

    if summary.get("gates") is not None:
        result.gates = [GateResult(name=g["name"], status=g["verdict"], message=g.get("message") or "",
                                   threshold=g["threshold"], value=g.get("value")) for g in summary["gates"]]
    base = summary.get("baseline")
    flags = [bool(f.get("accepted")) for f in doc["findings"]]
    if base is None and not any(flags):
        return
    base = base or {}
    stale = parse_baseline({"schema": "wiredrift.baseline/1", "entries": base.get("stale") or []}).entries
    fps = tuple(f.get("fingerprint") for f in doc["findings"])
    if not all(isinstance(fp, str) for fp in fps):
        fps = tuple(fingerprints(result))
    accepted = tuple(k for k, a in enumerate(flags) if a)
    result.baseline = BaselineMatch(
        active=tuple(k for k, a in enumerate(flags) if not a), accepted=accepted, stale=stale,
        matched=frozenset(fps[k] for k in accepted), path=base.get("path"), fingerprints=fps)


def dumps(result: CheckResult) -> str:
    """The JSON contract as text, UTF-8 kept readable, ending in a newline."""
    return json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"


def schema_filename(schema: str = SCHEMA) -> str:
    """The file under ``wiredrift/eval/schema/`` describing ``schema`` (``wiredrift.check/2`` -> ``check-2.json``)."""
    name, _, number = schema.partition("/")
    return f"{name.rsplit('.', 1)[-1]}-{number}.json"


def load_schema(schema: str = SCHEMA) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the contract ``schema``, read from the installed package.

    :raises FileNotFoundError: no schema file ships for that version.
    """
    ref = resources.files(__package__).joinpath("schema", schema_filename(schema))
    return json.loads(ref.read_text(encoding="utf-8"))


def validate(doc: dict[str, Any]) -> None:
    """Check ``doc`` against the schema its ``schema`` key names.

    :raises jsonschema.ValidationError: ``doc`` does not follow the contract.
    :raises FileNotFoundError: ``doc["schema"]`` names a version this package does not ship.
    """
    import jsonschema

    schema = load_schema(str(doc.get("schema", SCHEMA)))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)


def locate_span(text: str, span: str | None) -> tuple[int, int] | None:
    """``(start, end)`` of ``span`` inside ``text``, or ``None`` when it is absent or empty."""
    if not span:
        return None
    start = text.find(span)
    if start < 0:
        return None
    return start, start + len(span)


def _where(result: CheckResult, f: Finding) -> str:
    return f"{sentence_ref(result.src, f.src)} / {sentence_ref(result.tgt, f.tgt)}"


def stale_lines(result: CheckResult) -> list[str]:
    """One line per stale baseline entry (it matched no finding of ``result``)."""
    match = result.baseline
    if match is None:
        return []
    where = f" in {match.path}" if match.path else ""
    return [f"baseline entry {e.fingerprint} ({e.kind}: {e.message}){where} matched no finding: "
            "stale (fixed, or the text changed); remove it from the baseline" for e in match.stale]


_SEVERITY_STYLE = {"critical": ("bold_red",), "major": ("yellow", "bold"), "minor": ("cyan",)}


def _quote_line(label: str, text: str, span: str | None, width: int, style: Style) -> str:
    """``label  text`` cut to ``width``, the span marked (colour when on, else «guillemets»)."""
    prefix = f"    {label:<3} "
    room = max(10, width - len(prefix))
    if not text:
        return prefix + style("(nothing)", "dim")
    pos = locate_span(text, span)
    if pos is None:
        return prefix + truncate(text, room)
    start, end = pos
    if style.enabled:
        shown = truncate(text, room, focus=(start, end))
        # Find the span again in the (possibly cut) text; it may itself have been cut in the middle.
        cut = span if span and span in shown else None
        if cut is None:
            return prefix + shown
        a = shown.find(cut)
        return prefix + shown[:a] + style(cut, "reverse") + shown[a + len(cut):]
    marked = text[:start] + "«" + text[start:end] + "»" + text[end:]
    return prefix + truncate(marked, room, focus=(start, end + 2))


def summary_line(result: CheckResult) -> str:
    """One line: sentence and bead counts, findings by severity, document chrF/BLEU when MT ran."""
    from .gates import document_score

    s = summarize(result)
    counts = ", ".join(f"{n} {k}" for k, n in s["by_severity"].items())
    line = (
        f"{s['src_sentences']} {result.src.lang} / {s['tgt_sentences']} {result.tgt.lang} sentences, "
        f"{s['beads']} beads, {s['findings']} findings ({counts})"
    )
    if result.baseline is not None:
        line += f", {len(result.baseline.accepted)} accepted"
        if result.baseline.stale:
            line += f", {len(result.baseline.stale)} stale baseline entries"
    scores = [(n, document_score(result, k)) for n, k in HEADLINE]
    shown = [f"{n} {v:.1f}" for n, v in scores if v is not None]
    if shown:
        line += ", " + ", ".join(shown)
    return line


def render_text(
    result: CheckResult,
    *,
    color: bool = False,
    width: int = 100,
    quiet: bool = False,
    gates: Sequence[GateResult] | None = None,
) -> str:
    """The terminal report: one block per finding, most severe first, then a summary line.

    :param color: add ANSI colour (decide with :func:`wiredrift.eval.terminal.use_color`).
    :param width: columns to fit; long sentences are cut around the finding's span, messages and
        notes wrap. The summary line and gate lines stay one line each, so that logs can grep them.
    :param quiet: only the summary line and the gates that did not pass.
    :param gates: gate verdicts (:func:`wiredrift.eval.gates.evaluate_gates`) to print after the summary.
    """
    style = Style(color)
    lines: list[str] = []
    if not quiet:
        accepted = set(result.baseline.accepted) if result.baseline is not None else set()
        order = sorted(range(len(result.findings)), key=lambda k: (
            severity_rank(result.findings[k].severity), result.findings[k].src or result.findings[k].tgt,
            result.findings[k].tgt))
        active = [k for k in order if k not in accepted]
        taken = [k for k in order if k in accepted]
        lines += _finding_blocks(result, active, width, style)
        if taken:
            lines.append(style(f"accepted by the baseline ({len(taken)}, not counted by the gates):", "bold"))
            lines += _finding_blocks(result, taken, width, style)
        for note in [*result.notes, *stale_lines(result)]:
            wrapped = textwrap.wrap(note, width=max(20, width - 6), break_long_words=True,
                                    break_on_hyphens=False) or [""]
            lines.append(style("note: ", "dim") + wrapped[0])
            lines.extend("      " + extra for extra in wrapped[1:])
    lines.append(style(summary_line(result), "bold"))
    for g in gates or ():
        if quiet and g.passed:
            continue
        verdict = {"pass": style("pass", "green"), "fail": style("FAIL", "bold_red"),
                   "error": style("ERROR", "bold_red")}[g.status]
        lines.append(f"gate {g.name} {g.threshold}: {verdict} ({g.message})")
    return "\n".join(lines) + "\n"


def _finding_blocks(result: CheckResult, numbers: Sequence[int], width: int, style: Style) -> list[str]:
    """Each finding as a head line (number, severity, kind, where, message) and the two quoted sentences.

    :param numbers: indices into ``result.findings``; a finding is shown as ``#k+1``, the number
        ``wiredrift accept --finding`` takes (the same in the HTML report).
    """
    lines: list[str] = []
    for k in numbers:
        f = result.findings[k]
        label = style(f"{f.severity.upper():8}", *_SEVERITY_STYLE.get(f.severity, ()))
        where = _where(result, f)
        num = f"#{k + 1:<3}"
        if len(num) + 22 + len(where) > width:  # a narrow terminal: the sentence numbers without lines
            where = (f"{result.src.lang} {','.join(str(i + 1) for i in f.src) or '-'} / "
                     f"{result.tgt.lang} {','.join(str(i + 1) for i in f.tgt) or '-'}")
        head = f"{style(num, 'dim')} {label} {style(f'{f.kind:11}', 'bold')} {where}"
        head_w = len(num) + 1 + 9 + 12 + len(where)
        room = width - head_w - 2
        if room >= 30:  # the message beside the head, continuation lines under it
            wrapped = textwrap.wrap(f.message, width=room, break_long_words=True,
                                    break_on_hyphens=False) or [""]
            lines.append(f"{head}  {wrapped[0]}")
            lines.extend(" " * (head_w + 2) + extra for extra in wrapped[1:])
        else:  # a narrow terminal: the message on its own lines under the head
            lines.append(head)
            lines.extend("    " + part for part in textwrap.wrap(
                f.message, width=max(20, width - 4), break_long_words=True, break_on_hyphens=False))
        lines.append(_quote_line(result.src.lang, f.src_text, f.src_span, width, style))
        lines.append(_quote_line(result.tgt.lang, f.tgt_text, f.tgt_span, width, style))
    return lines
