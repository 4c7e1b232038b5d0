"""The HTML report: one self-contained page, source and target side by side by aligned pair.

Every piece of text reaches the page through Jinja2 with autoescaping on. Highlighting is computed
here, in Python, by cutting each sentence into plain-text segments (with the findings that cover each
segment); the template escapes each segment, so no text is ever pasted into markup.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..align.types import Document
from .baseline import BASELINE_SCHEMA
from .findings import KINDS, SEVERITIES, Finding, severity_rank
from .output import atomic_write_text
from .pipeline import CheckResult

logger = logging.getLogger(__name__)

__all__ = ["render_html", "write_html", "Segment", "segment_text", "KEYS"]

#: Keyboard shortcuts the page handles, as documented on the page itself.
KEYS = (("j / n", "next finding"), ("k / p", "previous finding"), ("Esc", "clear the current finding"))


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of sentence text with the findings highlighting it.

    :param text: the plain (unescaped) text of the run.
    :param fids: numbers of the findings whose span covers the run (empty: not highlighted).
    :param ends: numbers of the findings whose span ends with this run (a reference follows it).
    """

    text: str
    fids: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()


def segment_text(text: str, marks: Sequence[tuple[int, int, int]]) -> list[Segment]:
    """Cut ``text`` at every mark boundary.

    :param marks: ``(start, end, fid)`` character ranges in ``text``; they may overlap or nest.
    :return: segments whose texts concatenate back to ``text`` exactly.
    """
    cuts = {0, len(text)}
    for start, end, _ in marks:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        fids = tuple(sorted({fid for s, e, fid in marks if s <= a and b <= e and s < e}))
        ends = tuple(sorted({fid for s, e, fid in marks if e == b and s < e}))
        out.append(Segment(text[a:b], fids, ends))
    return out


@dataclass(slots=True)
class _SentenceMarks:
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    whole: list[int] = field(default_factory=list)


def _place(doc: Document, indices: Sequence[int], joined: str, span: str | None, fid: int,
           marks: dict[int, _SentenceMarks]) -> None:
    """Record where finding ``fid`` sits in the sentences ``indices`` of ``doc``."""
    valid = [i for i in indices if 0 <= i < len(doc.sentences)]
    if not valid:
        return
    texts = [doc.sentences[i].text for i in valid]
    if span:
        # The finding's text is normally the sentences joined with a space: map the span's offset
        # in it back to sentence offsets (a span may run across a sentence boundary).
        if joined == " ".join(texts) and span in joined:
            start = joined.find(span)
            end = start + len(span)
            offset = 0
            for i, t in zip(valid, texts):
                a, b = max(start, offset), min(end, offset + len(t))
                if a < b:
                    marks.setdefault(i, _SentenceMarks()).spans.append((a - offset, b - offset, fid))
                offset += len(t) + 1
            return
        for i, t in zip(valid, texts):
            pos = t.find(span)
            if pos >= 0:
                marks.setdefault(i, _SentenceMarks()).spans.append((pos, pos + len(span), fid))
                return
        logger.info("finding %d: span %r not found in %s sentences %s; highlighting whole sentences",
                    fid, span, doc.lang, valid)
    for i in valid:
        marks.setdefault(i, _SentenceMarks()).whole.append(fid)


def _sentence_views(doc: Document, ids: Sequence[int], marks: dict[int, _SentenceMarks],
                    finding_by_id: dict[int, Finding], mt: Sequence[str] | None) -> list[dict[str, Any]]:
    out = []
    for i in ids:
        if not 0 <= i < len(doc.sentences):
            continue
        s = doc.sentences[i]
        m = marks.get(i, _SentenceMarks())
        segments = []
        for seg in segment_text(s.text, m.spans):
            covering = [finding_by_id[f] for f in seg.fids]
            worst = min(covering, key=lambda f: severity_rank(f.severity)) if covering else None
            segments.append({
                "text": seg.text,
                "fids": " ".join(f"f{n}" for n in seg.fids),
                "severity": worst.severity if worst else None,
                "kinds": sorted({f.kind for f in covering}),
                "ends": list(seg.ends),
                "title": "; ".join(f"{finding_by_id[n].severity} {finding_by_id[n].kind}: "
                                   f"{finding_by_id[n].message}" for n in seg.fids),
            })
        whole = sorted(set(m.whole))
        worst_whole = min((finding_by_id[f] for f in whole), key=lambda f: severity_rank(f.severity),
                          default=None)
        out.append({
            "i": s.i,
            "role": s.role,
            "line": s.line,
            "segments": segments,
            "whole": " ".join(f"f{n}" for n in whole),
            "whole_ids": whole,
            "whole_severity": worst_whole.severity if worst_whole else None,
            "mt": mt[i] if mt is not None and i < len(mt) else None,
        })
    return out


def _fmt_score(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("score")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.1f}"
    return None


def _context(result: CheckResult) -> dict[str, Any]:
    """Everything the template needs, as plain data (strings are still unescaped here)."""
    from .gates import document_score
    from .report import summarize

    # Number findings in reading order so that j/k walks down the page.
    bead_of_src = {i: k for k, b in enumerate(result.beads) for i in b.src}
    bead_of_tgt = {j: k for k, b in enumerate(result.beads) for j in b.tgt}

    def row_of(f: Finding) -> int:
        for i in f.src:
            if i in bead_of_src:
                return bead_of_src[i]
        for j in f.tgt:
            if j in bead_of_tgt:
                return bead_of_tgt[j]
        return len(result.beads)  # no bead: listed after the last row

    order = sorted(range(len(result.findings)),
                   key=lambda k: (row_of(result.findings[k]), severity_rank(result.findings[k].severity), k))
    finding_by_id = {n: result.findings[k] for n, k in enumerate(order, start=1)}
    # what a person sees: the finding's number in the report (#k+1, as the terminal shows it and
    # `wiredrift accept --finding` takes it); n above only orders the cards for j/k
    num_of = {n: k + 1 for n, k in enumerate(order, start=1)}
    from .baseline import fingerprints
    from .report import sentence_ref

    match = result.baseline
    fps = list(match.fingerprints) if match is not None and len(match.fingerprints) == len(result.findings) \
        else fingerprints(result)
    accepted = set(match.accepted) if match is not None else set()

    src_marks: dict[int, _SentenceMarks] = {}
    tgt_marks: dict[int, _SentenceMarks] = {}
    for n, f in finding_by_id.items():
        _place(result.src, f.src, f.src_text, f.src_span, n, src_marks)
        _place(result.tgt, f.tgt, f.tgt_text, f.tgt_span, n, tgt_marks)

    cards_by_row: dict[int, list[dict[str, Any]]] = {}
    for n, f in finding_by_id.items():
        k = num_of[n] - 1
        cards_by_row.setdefault(row_of(f), []).append({
            "n": n,
            "num": k + 1,
            "fingerprint": fps[k],
            "accepted": k in accepted,
            "kind": f.kind,
            "severity": f.severity,
            "message": f.message,
            "expected": f.expected,
            "found": f.found,
            "src": sentence_ref(result.src, f.src, lang=False) if f.src else "–",
            "tgt": sentence_ref(result.tgt, f.tgt, lang=False) if f.tgt else "–",
            "src_span": f.src_span,
            "tgt_span": f.tgt_span,
        })

    scores = result.pair_scores or [None] * len(result.beads)
    rows = []
    for k, b in enumerate(result.beads):
        cards = cards_by_row.get(k, [])
        pair = scores[k] if k < len(scores) else None
        rows.append({
            "n": k,
            "kind": b.kind,
            "similarity": f"{b.similarity:.3f}",
            "chrf": _fmt_score(pair.get("chrf")) if pair else None,
            "bleu": _fmt_score(pair.get("bleu")) if pair else None,
            "src": _sentence_views(result.src, b.src, src_marks, finding_by_id, result.mt),
            "tgt": _sentence_views(result.tgt, b.tgt, tgt_marks, finding_by_id, None),
            "cards": cards,
            "fids": " ".join(f"f{c['n']}" for c in cards),
        })
    orphans = cards_by_row.get(len(result.beads), [])

    summary = summarize(result)
    kinds = list(KINDS) + sorted({f.kind for f in result.findings} - set(KINDS))
    by_kind_sev = {k: {s: 0 for s in SEVERITIES} for k in kinds}
    for f in result.findings:
        by_kind_sev[f.kind][f.severity] += 1
    from .scores import LABELS

    doc_scores = [(name, document_score(result, key)) for key, name in LABELS.items()]
    from .report import to_json

    signature = to_json(result)["signature"]
    return {
        "src": {"lang": result.src.lang, "path": result.src.path, "n": len(result.src)},
        "tgt": {"lang": result.tgt.lang, "path": result.tgt.path, "n": len(result.tgt)},
        "rows": rows,
        "orphans": orphans,
        "summary": summary,
        "kinds": kinds,
        "severities": list(SEVERITIES),
        "by_kind_sev": by_kind_sev,
        "doc_scores": [(name, f"{v:.1f}") for name, v in doc_scores if v is not None],
        "mt": result.mt is not None,
        "notes": list(result.notes),
        "signature_json": json.dumps(signature, ensure_ascii=False, indent=2, sort_keys=True),
        "keys": KEYS,
        "total": len(result.findings),
        "num_of": num_of,
        "accepted_total": len(accepted),
        "stale": [f"{e.kind}: {e.message} ({e.fingerprint})" for e in match.stale] if match is not None else [],
        "baseline_path": match.path if match is not None else None,
        # the page's data for its Download baseline button: the same entries `wiredrift accept` writes
        # (fingerprints computed here, in Python), keyed by the number on each card; JS only picks
        "baseline_json": json.dumps({
            "schema": BASELINE_SCHEMA,
            "entries": {str(k + 1): {"fingerprint": fps[k], "kind": f.kind, "message": f.message,
                                     "src_span": f.src_span, "tgt_span": f.tgt_span,
                                     "expected": f.expected, "found": f.found}
                        for k, f in enumerate(result.findings)},
        }, ensure_ascii=False, sort_keys=True),
    }


def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("wiredrift.eval", "templates"),
        autoescape=True,  # every {{ }} is escaped, in every template, whatever its file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(result: CheckResult, title: str | None = None) -> str:
    """The report as one self-contained HTML page (inline CSS and JS, nothing fetched).

    :param title: the page title (default: ``wiredrift check: SRC → TGT``).
    """
    from markupsafe import Markup

    ctx = _context(result)
    if title is None:
        names = [Path(d["path"]).name if d["path"] else d["lang"] for d in (ctx["src"], ctx["tgt"])]
        title = f"wiredrift check: {names[0]} → {names[1]}"
    env = _environment()
    # The page's own CSS and JS are static files of the package, inlined as they are. The
    # Content-Security-Policy allows exactly these two blocks (by hash): even if some text ever
    # escaped the escaping, an injected <script> or onerror= handler would not run.
    style = env.loader.get_source(env, "report.css")[0]
    script = env.loader.get_source(env, "report.js")[0]
    return env.get_template("report.html.j2").render(
        title=title,
        style=Markup(style),
        script=Markup(script),
        style_hash=_csp_hash(style),
        script_hash=_csp_hash(script),
        **ctx,
    )


def _csp_hash(text: str) -> str:
    """The CSP source expression (``sha256-…``) that allows an inline block with exactly ``text``."""
    import base64
    import hashlib

    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def write_html(result: CheckResult, path: str | Path, title: str | None = None) -> None:
    """Write :func:`render_html` to ``path`` atomically (no partial file on failure)."""
    atomic_write_text(path, render_html(result, title))
