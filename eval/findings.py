"""The drift finding record and its vocabulary (kinds and severities)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "SEVERITIES", "Finding", "severity_rank"]

#: Finding kinds in the ``wiredrift.check/1`` contract (more may be added; readers must accept unknown kinds).
KINDS = ("entity", "number", "date", "quote", "attribution", "omission", "addition")

#: Severities, most severe first.
SEVERITIES = ("critical", "major", "minor")


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
