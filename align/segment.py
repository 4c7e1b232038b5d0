"""Sentence splitting (placeholder: naive punctuation split; replaced by the rule-based splitter)."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def split_sentences(text: str, lang: str) -> list[str]:
    """Split one paragraph of ``text`` in language ``lang`` into sentences."""
    return [s.strip() for s in _BOUNDARY.split(text.strip()) if s.strip()]
