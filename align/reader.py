"""Reading reports (placeholder: blank-line paragraphs; replaced by the full reader)."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .segment import split_sentences
from .types import Document, Sentence

__all__ = ["read_document", "parse_document"]


def parse_document(text: str, lang: str, path: str | None = None) -> Document:
    """Split report ``text`` into paragraphs and sentences."""
    sentences: list[Sentence] = []
    for p, block in enumerate(b for b in text.split("\n\n") if b.strip()):
        for s in split_sentences(" ".join(block.split()), lang):
            sentences.append(Sentence(i=len(sentences), text=s, paragraph=p))
    return Document(lang=lang, sentences=tuple(sentences), path=path)


def read_document(path: str | Path, lang: str) -> Document:
    """Read the report at ``path`` written in ``lang``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    return parse_document(text, lang, str(path))
