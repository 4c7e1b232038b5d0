"""The CI gates judged on every document of a batch, and the terminal table of their verdicts.

A batch (``wiredrift corpus``, or ``wiredrift check`` of a folder or a manifest) checks each document pair
exactly as ``wiredrift check`` does (:func:`wiredrift.eval.corpus.process_pair`), then judges each
document's report with the same :func:`wiredrift.eval.gates.judge`. A document ends in one of
three verdicts:

``pass``
    every gate passed;
``fail``
    the document was checked and a gate failed;
``error``
    the document could not be checked (unreadable, binary, wrong language, a path outside the input's
    folder ...), or a gate could not be evaluated on it; no gate verdict exists for it.

The batch's exit code is 1 when any document is not ``pass``, else 0 (:func:`batch_exit_code`): a batch
that skipped a document must not pass a build. Which of the two happened is kept apart in every output
(the table's verdict column, JUnit ``failure`` against ``error``, the annotation's title, the totals line).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .findings import SEVERITIES
from .gates import GateConfig, GateResult, judge
from .paths import one_line
from .pipeline import CheckResult

if TYPE_CHECKING:  # pragma: no cover
    from .baseline import Baseline, BaselineEntry

logger = logging.getLogger(__name__)

__all__ = [
    "VERDICTS",
    "DocumentVerdict",
    "gate_names",
    "judge_record",
    "judge_records",
    "stale_over",
    "batch_exit_code",
    "totals",
    "totals_line",
    "render_table",
]

#: Verdicts of one document, in the order the table sorts nothing by (kept for readers of the code).
VERDICTS = ("pass", "fail", "error")


@dataclass(frozen=True, slots=True)
class DocumentVerdict:
    """One document of a batch, judged.

    :param id: the document id (``NAME`` of ``NAME.id.txt``, the manifest's ``id``).
    :param verdict: ``pass``, ``fail`` or ``error`` (could not be checked; see the module docstring).
    :param src: the source path (``None`` for a dataset row).
    :param tgt: the target path.
    :param sentences: sentences of both sides (0 when it could not be checked).
    :param by_severity: findings per severity (``critical``, ``major``, ``minor``).
    :param gates: each gate's verdict; empty when the document could not be checked.
    :param error: why it could not be checked (one line), else ``None``.
    :param result: the check result (for annotations and JUnit), ``None`` when it could not be checked.
    """

    id: str
    verdict: str
    src: str | None = None
    tgt: str | None = None
    sentences: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    gates: tuple[GateResult, ...] = ()
    error: str | None = None
    result: CheckResult | None = None

    @property
    def findings(self) -> int:
        """All findings of the document."""
        return sum(self.by_severity.values())


def gate_names(config: GateConfig) -> list[str]:
    """The gates ``config`` turns on, in the order :func:`evaluate_gates` judges them (``fail-on`` always)."""
    names = ["fail-on"]
    if config.max_findings is not None:
        names.append("max-findings")
    if config.min_chrf is not None:
        names.append("min-chrf")
    return names


def judge_record(record: dict[str, Any], config: GateConfig, baseline: Baseline | None = None) -> DocumentVerdict:
    """Judge one corpus record (:func:`wiredrift.eval.corpus.process_pair`'s output) by ``config``.

    :param baseline: accepted findings (``--baseline``): they count towards no gate; a corpus-wide stale
        entry is one that matched no document (see :func:`stale_over`).
    """
    from .report import from_json

    doc_id = str(record.get("id"))
    src, tgt = record.get("src"), record.get("tgt")
    if record.get("status") != "ok":
        return DocumentVerdict(doc_id, "error", src, tgt, error=one_line(record.get("error") or "not checked"))
    result, judged = judge(from_json(record["report"]), config, baseline)
    gates = tuple(judged)
    counts = {s: 0 for s in SEVERITIES}
    for f in result.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    unevaluable = [g for g in gates if g.status == "error"]
    if unevaluable:
        verdict, error = "error", "; ".join(g.message for g in unevaluable)
    else:
        verdict, error = ("fail" if any(g.status == "fail" for g in gates) else "pass"), None
    return DocumentVerdict(doc_id, verdict, src, tgt, len(result.src) + len(result.tgt), counts, gates, error,
                           result)


def judge_records(records: Iterable[dict[str, Any]], config: GateConfig,
                  baseline: Baseline | None = None) -> list[DocumentVerdict]:
    """:func:`judge_record` of every record, in order."""
    return [judge_record(r, config, baseline) for r in records]


def stale_over(verdicts: Sequence[DocumentVerdict], baseline: Baseline) -> list[BaselineEntry]:
    """Entries of ``baseline`` that matched no finding of any checked document."""
    from .baseline import stale_entries

    matched: set[str] = set()
    for v in verdicts:
        if v.result is not None and v.result.baseline is not None:
            matched |= set(v.result.baseline.matched)
    return stale_entries(baseline, matched)


def batch_exit_code(verdicts: Sequence[DocumentVerdict]) -> int:
    """1 when a document failed a gate or could not be checked, else 0."""
    return 0 if all(v.verdict == "pass" for v in verdicts) else 1


def totals(verdicts: Sequence[DocumentVerdict]) -> dict[str, int]:
    """Documents per verdict: ``{"pass": n, "fail": n, "error": n}``."""
    out = {v: 0 for v in VERDICTS}
    for v in verdicts:
        out[v.verdict] += 1
    return out


def totals_line(verdicts: Sequence[DocumentVerdict]) -> str:
    """``10 documents: 9 passed every gate, 1 failed a gate, 0 could not be checked``."""
    t = totals(verdicts)
    n = len(verdicts)
    return (f"{n} document{'' if n == 1 else 's'}: {t['pass']} passed every gate, {t['fail']} failed a gate, "
            f"{t['error']} could not be checked")


_SHOWN = {"pass": "pass", "fail": "FAIL", "error": "NOT CHECKED"}


def _gate_cell(v: DocumentVerdict, name: str) -> str:
    for g in v.gates:
        if g.name == name:
            return {"pass": "pass", "fail": "FAIL", "error": "error"}[g.status]
    return "-"


def render_table(verdicts: Sequence[DocumentVerdict], config: GateConfig, *, quiet: bool = False,
                 width: int = 100) -> str:
    """The terminal table: one row per document (id, sentences, findings by severity, each gate, verdict),
    then :func:`totals_line`. A document that could not be checked shows why under its row.

    :param quiet: list only the documents that did not pass (the totals line stays).
    :param width: the terminal width; a long id is cut to fit, never wrapped.
    """
    names = gate_names(config)
    head = ["document", "sentences", *SEVERITIES, *names, "verdict"]
    rows = [[one_line(v.id), str(v.sentences) if v.verdict != "error" or v.result else "-",
             *(str(v.by_severity.get(s, 0)) if v.result else "-" for s in SEVERITIES),
             *(_gate_cell(v, n) for n in names), _SHOWN[v.verdict]]
            for v in verdicts]
    shown = [(r, v) for r, v in zip(rows, verdicts) if not quiet or v.verdict != "pass"]
    rest = [max(len(head[k]), *(len(r[k]) for r, _ in shown)) if shown else len(head[k]) for k in range(1, len(head))]
    id_room = max(8, width - sum(w + 2 for w in rest))
    id_width = min(max(len(head[0]), *(len(r[0]) for r, _ in shown)) if shown else len(head[0]), id_room)
    widths = [id_width, *rest]

    def line(cells: list[str]) -> str:
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        out = [first.ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:-1], widths[1:-1])]
        return "  ".join(out + [cells[-1].ljust(widths[-1])]).rstrip()

    lines = [line(head)] if shown else []
    for r, v in shown:
        lines.append(line(r))
        if v.error:
            lines.append("    " + one_line(v.error))
    lines.append(totals_line(verdicts))
    return "\n".join(lines) + "\n"
