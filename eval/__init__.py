"""wiredrift.eval: from an alignment to findings (score, detect drift, report, export, CLI)."""

from __future__ import annotations

from .findings import KINDS, SEVERITIES, Finding

__all__ = ["Finding", "KINDS", "SEVERITIES"]
