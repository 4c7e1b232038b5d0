"""MT-based similarity for the aligner: chrF of the machine translation of each source sentence against
each target sentence (as Bleualign does with BLEU), and a weighted mix of similarities.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .errors import ConfigError, InputError
from .types import Similarity

__all__ = ["MTSimilarity", "CombinedSimilarity"]


class _ChrF:
    """Sentence chrF (sacrebleu defaults: 6 character orders, beta 2) with n-grams cached per text.

    Uses sacrebleu's own n-gram extraction and F-score, so values equal
    ``CHRF().sentence_score(hyp, [ref]).score / 100``; the cache makes an ``n x m`` matrix cheap.
    """

    def __init__(self) -> None:
        from sacrebleu.metrics import CHRF

        self._metric = CHRF()
        self._ngrams: dict[str, list[Counter[str]]] = {}

    def _grams(self, text: str) -> list[Counter[str]]:
        g = self._ngrams.get(text)
        if g is None:
            from sacrebleu.metrics.helpers import extract_all_char_ngrams

            g = extract_all_char_ngrams(text, self._metric.char_order, self._metric.whitespace)
            self._ngrams[text] = g
        return g

    def score(self, hyp: str, ref: str) -> float:
        """chrF of ``hyp`` against ``ref`` in ``[0, 1]``."""
        stats: list[int] = []
        for h, r in zip(self._grams(hyp), self._grams(ref)):
            stats.extend(self._metric._get_match_statistics(h, r))
        return self._metric._compute_f_score(stats) / 100.0


class MTSimilarity:
    """chrF of the machine translation of each source sentence against each target sentence.

    Implements :class:`~wiredrift.align.types.Similarity`. Source texts are looked up in
    ``translations``; a text not there is translated with ``translator`` when one is given.

    :param translations: source text -> MT.
    :param translator: optional fallback for source texts not in ``translations``.
    :return: scores in ``[0, 1]``.
    """

    def __init__(self, translations: Mapping[str, str], translator: Any | None = None) -> None:
        self._mt = dict(translations)
        self._translator = translator
        self._chrf = _ChrF()

    def _mts(self, texts: Sequence[str]) -> list[str]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._mt]
        if missing:
            if self._translator is None:
                raise InputError(f"MTSimilarity has no translation for {missing[0][:60]!r}")
            self._mt.update(zip(missing, self._translator.translate(missing)))
        return [self._mt[t] for t in texts]

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """chrF(MT(src[i]), tgt[j]), shape ``(len(src), len(tgt))``."""
        mts = self._mts(src)
        out = np.zeros((len(src), len(tgt)), dtype=np.float64)
        for i, h in enumerate(mts):
            for j, r in enumerate(tgt):
                out[i, j] = self._chrf.score(h, r)
        return out

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        """chrF of the joined MTs of each source group against the joined target group, shape ``(k,)``."""
        if len(src_groups) != len(tgt_groups):
            raise InputError(f"groups() got {len(src_groups)} source and {len(tgt_groups)} target groups")
        out = np.zeros(len(src_groups), dtype=np.float64)
        for k, (sg, tg) in enumerate(zip(src_groups, tgt_groups)):
            out[k] = self._chrf.score(" ".join(self._mts(list(sg))), " ".join(tg))
        return out


@dataclass(slots=True)
class CombinedSimilarity:
    """A weighted average of similarities (e.g. embeddings 0.7 + MT chrF 0.3).

    Implements :class:`~wiredrift.align.types.Similarity`; weights are normalised to sum to 1.

    :param parts: ``(similarity, weight)`` pairs, weights >= 0 and not all 0.
    """

    parts: Sequence[tuple[Similarity, float]]
    _weights: list[float] = field(init=False)

    def __post_init__(self) -> None:
        total = sum(w for _, w in self.parts)
        if not self.parts or total <= 0 or any(w < 0 for _, w in self.parts):
            raise ConfigError(f"CombinedSimilarity weights must be >= 0 and sum to more than 0, got "
                              f"{[w for _, w in self.parts]}")
        self._weights = [w / total for _, w in self.parts]

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """The weighted average of the parts' matrices, shape ``(len(src), len(tgt))``."""
        return sum(w * np.asarray(s.matrix(src, tgt), dtype=np.float64)
                   for (s, _), w in zip(self.parts, self._weights))  # type: ignore[return-value]

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        """The weighted average of the parts' group scores, shape ``(len(src_groups),)``."""
        return sum(w * np.asarray(s.groups(src_groups, tgt_groups), dtype=np.float64)
                   for (s, _), w in zip(self.parts, self._weights))  # type: ignore[return-value]
