"""Records shared by every stage: sentences, documents, beads and the similarity protocol.

Indices are 0-based everywhere. A bead is ``(src_ids, tgt_ids)``, a pair of tuples of ints; one side
may be empty (a 1-0 omission or a 0-1 addition).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

__all__ = [
    "ROLES",
    "Sentence",
    "Document",
    "Bead",
    "Similarity",
    "Translator",
]

#: What part of a report a sentence comes from. Captions and credit lines carry less weight
#: in drift severity; the headline and dateline are kept as sentences so indices stay stable.
ROLES = ("headline", "body", "caption", "credit", "table")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document.

    :param i: 0-based index of the sentence in its document.
    :param text: the sentence text, whitespace-normalised, quote marks kept.
    :param paragraph: 0-based index of the paragraph (block) the sentence belongs to.
    :param role: one of :data:`ROLES`.
    :param line: 1-based line number of the paragraph's first line in the input file (for annotations).
    """

    i: int
    text: str
    paragraph: int
    role: str = "body"
    line: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """A report in one language, split into sentences.

    :param lang: ISO 639-1 code (``id``, ``en``, ``de`` ...).
    :param sentences: the sentences in reading order; ``sentences[k].i == k``.
    :param path: the file it was read from, or ``None`` for text given directly.
    :param dateline: the dateline found at the start of the body (``JAKARTA``), if any.
    """

    lang: str
    sentences: tuple[Sentence, ...]
    path: str | None = None
    dateline: str | None = None

    @property
    def texts(self) -> list[str]:
        """The sentence texts in order."""
        return [s.text for s in self.sentences]

    def __len__(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True, slots=True)
class Bead:
    """One aligned unit: source sentences ``src`` correspond to target sentences ``tgt``.

    :param src: source sentence indices, ascending and contiguous; empty for an addition (0-n).
    :param tgt: target sentence indices, ascending and contiguous; empty for an omission (n-0).
    :param similarity: the similarity of the joined sides under the aligner's similarity
        (cosine-like, higher is closer; 0.0 for a null bead).
    :param cost: the cost the dynamic programme paid for this bead (as vecalign prints it).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    similarity: float = 0.0
    cost: float = 0.0

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"`` ... (source count first)."""
        return f"{len(self.src)}-{len(self.tgt)}"


@runtime_checkable
class Similarity(Protocol):
    """A sentence-similarity model the aligner can use; embedding and MT similarity both fit.

    Both methods take texts, not indices, so any implementation can cache by text.
    """

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """Similarity of every source sentence with every target sentence.

        :return: float array of shape ``(len(src), len(tgt))``, higher is closer.
        """
        ...

    def groups(
        self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]
    ) -> np.ndarray:
        """Similarity of each joined source group with the joined target group at the same index.

        :param src_groups: ``k`` groups of consecutive source sentences (a group may be empty only
            if the implementation says so; the aligner never asks for empty groups).
        :param tgt_groups: ``k`` groups of consecutive target sentences.
        :return: float array of shape ``(k,)``.
        """
        ...


@runtime_checkable
class Translator(Protocol):
    """Translates a batch of sentences, one output per input, in input order."""

    model_id: str

    def translate(self, batch: Sequence[str]) -> list[str]:
        """Translate each item of ``batch`` separately; empty strings translate to empty strings."""
        ...
