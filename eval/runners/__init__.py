"""Runners that execute :func:`wiredrift.eval.corpus.process_pair` over many document pairs.

The local runner (processes on one machine) lives in :mod:`wiredrift.eval.corpus`; the modules here
hand the same pure function to an existing distributed engine. Each engine is an optional extra and is
imported only when its runner is used.
"""

from __future__ import annotations

__all__: list[str] = []
