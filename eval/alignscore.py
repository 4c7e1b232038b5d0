"""Sentence-alignment scoring (strict and lax precision, recall, F1) and the vecalign line format.

The scores follow the definition of vecalign's ``score.py`` (Thompson & Koehn 2019), which
bertalign's evaluation reuses, so figures are comparable with the published ones:

- **Precision.** Each test bead that is not empty on both sides is compared with the gold beads.
  *Strict*: it equals a gold bead exactly (1-0 and 0-1 beads included). *Lax*: otherwise it still
  counts when one of its source indices and one of its target indices fall in the same gold bead.
- **Recall.** The same comparison with the roles swapped, over beads non-empty on *both* sides only
  (gold beads are the items, test beads the reference).
- Beads are compared as sets per document (a repeated bead counts once), counts are summed over
  documents before dividing, and a 0/0 ratio is 0.0. F1 is the harmonic mean.

The alignment format is one bead per line, ``[src ids]:[tgt ids]`` with an optional ``:cost``, ids
0-based, ``[]`` for an empty side: ``[8, 9]:[10, 11, 12]:0.139594``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import cast
from dataclasses import dataclass
from pathlib import Path

from ..align.errors import InputError
from ..align.reader import read_lines

__all__ = [
    "AlignScore",
    "score_alignments",
    "read_alignment",
    "parse_alignment",
    "format_bead",
    "format_alignment",
]

BeadIds = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class AlignScore:
    """Counts and scores of one scoring run (vecalign's definition; see the module doc).

    ``p_*`` counts come from test beads (precision), ``r_*`` from gold beads (recall).
    """

    p_strict_tp: int
    p_strict_fp: int
    p_lax_tp: int
    p_lax_fp: int
    r_strict_tp: int
    r_strict_fp: int
    r_lax_tp: int
    r_lax_fp: int

    @staticmethod
    def _ratio(tp: int, fp: int) -> float:
        return tp / (tp + fp) if tp + fp else 0.0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision_strict(self) -> float:
        return self._ratio(self.p_strict_tp, self.p_strict_fp)

    @property
    def recall_strict(self) -> float:
        return self._ratio(self.r_strict_tp, self.r_strict_fp)

    @property
    def f1_strict(self) -> float:
        return self._f1(self.precision_strict, self.recall_strict)

    @property
    def precision_lax(self) -> float:
        return self._ratio(self.p_lax_tp, self.p_lax_fp)

    @property
    def recall_lax(self) -> float:
        return self._ratio(self.r_lax_tp, self.r_lax_fp)

    @property
    def f1_lax(self) -> float:
        return self._f1(self.precision_lax, self.recall_lax)

    def __add__(self, other: AlignScore) -> AlignScore:
        return AlignScore(*(getattr(self, f) + getattr(other, f) for f in self.__slots__))

    def as_dict(self) -> dict[str, float]:
        """The six scores, keyed ``strict_p``, ``strict_r``, ``strict_f1``, ``lax_p``, ``lax_r``, ``lax_f1``."""
        return {
            "strict_p": self.precision_strict, "strict_r": self.recall_strict, "strict_f1": self.f1_strict,
            "lax_p": self.precision_lax, "lax_r": self.recall_lax, "lax_f1": self.f1_lax,
        }


def _normalise(beads: Iterable[Sequence[Sequence[int]]]) -> set[BeadIds]:
    out: set[BeadIds] = set()
    for bead in beads:
        src, tgt = bead[0], bead[1]
        if len(src) or len(tgt):
            out.add((tuple(int(i) for i in src), tuple(int(j) for j in tgt)))
    return out


def _precision_counts(gold: set[BeadIds], test: set[BeadIds]) -> tuple[int, int, int, int]:
    """``(strict_tp, strict_fp, lax_tp, lax_fp)`` of the ``test`` beads against ``gold``."""
    src_to_gold_tgt: dict[int, set[int]] = defaultdict(set)
    for g_src, g_tgt in gold:
        for i in g_src:
            src_to_gold_tgt[i].update(g_tgt)
    s_tp = s_fp = l_tp = l_fp = 0
    for bead in test:
        if bead in gold:
            s_tp += 1
            l_tp += 1
            continue
        s_fp += 1
        reachable: set[int] = set()
        for i in bead[0]:
            reachable |= src_to_gold_tgt.get(i, set())
        if reachable.intersection(bead[1]):
            l_tp += 1
        else:
            l_fp += 1
    return s_tp, s_fp, l_tp, l_fp


def score_alignments(
    gold: Sequence[Iterable[Sequence[Sequence[int]]]], test: Sequence[Iterable[Sequence[Sequence[int]]]]
) -> AlignScore:
    """Score test alignments of several documents against their gold alignments, counts summed.

    :param gold: one alignment per document; an alignment is an iterable of ``(src_ids, tgt_ids)``
        (a :class:`~wiredrift.align.types.Bead` has ``.src``/``.tgt``; pass ``[(b.src, b.tgt) ...]``).
    :param test: the test alignments, same number of documents, same order.
    :return: the summed counts; read the scores from its properties.
    :raises InputError: ``gold`` and ``test`` have different numbers of documents.
    """
    if len(gold) != len(test):
        raise InputError(f"score_alignments: {len(gold)} gold documents but {len(test)} test documents")
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for g_doc, t_doc in zip(gold, test):
        g, t = _normalise(g_doc), _normalise(t_doc)
        for k, v in enumerate(_precision_counts(g, t)):
            p[k] += v
        g_full = {b for b in g if b[0] and b[1]}
        t_full = {b for b in t if b[0] and b[1]}
        for k, v in enumerate(_precision_counts(t_full, g_full)):
            r[k] += v
    return AlignScore(*p, *r)


def _parse_ids(text: str, where: str) -> tuple[int, ...]:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        raise InputError(f"{where}: not a list of sentence indices: {text.strip()[:40]!r}") from None
    if not isinstance(value, list) or not all(isinstance(v, int) and v >= 0 for v in value):
        raise InputError(f"{where}: not a list of non-negative integers: {text.strip()[:40]!r}")
    return tuple(value)


def parse_alignment(lines: Iterable[str], name: str = "<alignment>") -> list[BeadIds]:
    """Parse vecalign-format lines (``[0, 1]:[2]`` or ``[0, 1]:[2]:0.25``); blank lines are skipped.

    :raises InputError: a line is not in that format (the message names ``name`` and the line).
    """
    beads: list[BeadIds] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        parts = line.split(":")
        if len(parts) not in (2, 3):
            raise InputError(f"{name}:{n}: expected '[src ids]:[tgt ids]' or with ':cost', got {line[:60]!r}")
        beads.append((_parse_ids(parts[0], f"{name}:{n}"), _parse_ids(parts[1], f"{name}:{n}")))
    return beads


def read_alignment(path: str | Path) -> list[BeadIds]:
    """Read an alignment file in vecalign format.

    :raises InputError: the file is missing, a folder, unreadable, not UTF-8, or a line is malformed.
    """
    return parse_alignment(read_lines(path), str(path))


def format_bead(src: Sequence[int], tgt: Sequence[int], cost: float | None = None) -> str:
    """One bead as vecalign prints it: ``[8, 9]:[10, 11, 12]:0.139594`` (cost with 6 decimals)."""
    text = f"{list(src)}:{list(tgt)}"
    return text if cost is None else f"{text}:{cost:.6f}"


def format_alignment(beads: Iterable[object], with_cost: bool = True) -> str:
    """Beads (with ``.src``, ``.tgt``, ``.cost``, or ``(src, tgt)`` pairs) as vecalign lines, newline-ended."""
    lines = []
    for bead in beads:
        if hasattr(bead, "src"):
            lines.append(format_bead(bead.src, bead.tgt, float(bead.cost) if with_cost else None))  # type: ignore[attr-defined]
        else:
            src, tgt = cast("tuple[Sequence[int], Sequence[int]]", bead)
            lines.append(format_bead(src, tgt))
    return "".join(line + "\n" for line in lines)
