"""The drift finding record and its vocabulary (kinds and severities)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "SEVERITIES", "FAIL_ON", "Finding", "severity_rank"]

#: Finding kinds in the ``wiredrift.check/2`` contract (more may be added; readers must accept unknown kinds).
KINDS = ("entity", "number", "date", "quote", "attribution", "omission", "addition", "meaning", "term")

#: Severities, most severe first.
SEVERITIES = ("critical", "major", "minor")
#: Gate levels, the values of ``--fail-on``: the severities, most severe first, then ``none``. Defined here,
#: beside the severities, so the CLI can read it without importing the pipeline
#: (:data:`wiredrift.eval.gates.FAIL_ON` is the same tuple).
FAIL_ON = (*SEVERITIES, "none")


def severity_rank(severity: str) -> int:
    """0 for ``critical``, 1 for ``major``, 2 for ``minor``; higher is less severe."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True, slots=True)
class Finding:
    """One place where the target drifted from the source.

    :param kind: one of :data:`KINDS`.
    :param severity: one of :data:`SEVERITIES`.
    :param src: source sentence indices (0-based) the finding is about; empty for an addition.
    :param tgt: target sentence indices; empty for an omission.
    :param src_text: the source sentences joined with a space.
    :param tgt_text: the target sentences joined with a space.
    :param message: one line saying what differs and why it was flagged.
    :param src_span: the exact substring of ``src_text`` the finding is about (for highlighting), or ``None``.
    :param tgt_span: the exact substring of ``tgt_text`` the finding is about, or ``None``.
    :param expected: what the target should have held (normalised), e.g. ``"2014"`` or ``"Lugansk"``.
    :param found: what the target holds instead, or ``None`` when it holds nothing.
    :param src_start: character offset of ``src_span`` in ``src_text`` (``src_text[src_start:src_end] ==
        src_span``); a detector that knows which occurrence it means passes it, otherwise the first occurrence
        is taken. ``None`` when there is no span.
    :param src_end: end offset (exclusive) of ``src_span`` in ``src_text``.
    :param tgt_start: character offset of ``tgt_span`` in ``tgt_text``.
    :param tgt_end: end offset (exclusive) of ``tgt_span`` in ``tgt_text``.

    Offsets that do not delimit the span (stale after ``dataclasses.replace``) fall back to the first
    occurrence; a span absent from its text has ``None`` offsets.
    """

    kind: str
    severity: str
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    src_text: str
    tgt_text: str
    message: str
    src_span: str | None = None
    tgt_span: str | None = None
    expected: str | None = None
    found: str | None = None
    src_start: int | None = None
    src_end: int | None = None
    tgt_start: int | None = None
    tgt_end: int | None = None

    def __post_init__(self) -> None:
        for side in ("src", "tgt"):
            text: str = getattr(self, f"{side}_text")
            span: str | None = getattr(self, f"{side}_span")
            start: int | None = getattr(self, f"{side}_start")
            end: int | None = getattr(self, f"{side}_end")
            if not span or not isinstance(span, str) or not isinstance(text, str):
                object.__setattr__(self, f"{side}_start", None)
                object.__setattr__(self, f"{side}_end", None)
                continue
            if start is None or end is None or text[start:end] != span:
                # no offsets, or stale ones (``dataclasses.replace`` of a span or text): the first occurrence
                found_at = text.find(span)
                start, end = (found_at, found_at + len(span)) if found_at >= 0 else (None, None)
            object.__setattr__(self, f"{side}_start", start)
            object.__setattr__(self, f"{side}_end", end)
