"""sacrebleu wrappers: sentence and corpus scores for aligned pairs, with every signature.

Metrics are rows of :data:`METRIC_TABLE` (sacrebleu defaults unless said): chrF, chrF++ (``word_order=2``),
BLEU, and TER. Sentence BLEU uses ``effective_order=True`` (otherwise short sentences score 0); corpus BLEU
uses the default, so corpus figures equal ``sacrebleu`` on the command line. Scores are on sacrebleu's
0-100 scale. Scoring, signatures and the reports' labels all read the table.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..align.errors import InputError
from ..align.types import Bead

logger = logging.getLogger(__name__)

__all__ = ["METRIC_TABLE", "MetricSpec", "METRICS", "LABELS", "HEADLINE", "Scorer", "sentence_scores",
           "corpus_scores", "score_beads", "signatures"]

Level = Literal["sentence", "corpus"]


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """One sacrebleu metric object: the single place a metric is spelled.

    :param name: the key of the score dicts (``chrf``, ``bleu`` ...).
    :param label: how reports show it (``chrF``).
    :param sacrebleu_class: the class in :mod:`sacrebleu.metrics` (``CHRF``, ``BLEU``, ``TER``).
    :param kwargs: its settings (sacrebleu defaults for the rest).
    :param levels: the levels it scores: a metric whose sentence and corpus settings differ (BLEU's
        ``effective_order``) has one row per level, and its signatures are keyed ``<name>_<level>``.
    :param headline: shown in the one-line summaries (text report, CI annotations).
    """

    name: str
    label: str
    sacrebleu_class: Literal["CHRF", "BLEU", "TER"]
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    levels: tuple[Level, ...] = ("sentence", "corpus")
    headline: bool = False

    def build(self) -> Any:
        """A fresh sacrebleu metric object with these settings."""
        import sacrebleu.metrics

        return getattr(sacrebleu.metrics, self.sacrebleu_class)(**self.kwargs)

    @property
    def signature_key(self) -> str:
        """The key of this row's signature: the name, or ``<name>_<level>`` for a one-level row."""
        return self.name if len(self.levels) > 1 else f"{self.name}_{self.levels[0]}"


#: Every metric, in report order. Sentence BLEU uses ``effective_order=True`` (otherwise short
#: sentences score 0); corpus BLEU uses sacrebleu's defaults, so corpus figures equal the sacrebleu CLI.
METRIC_TABLE: tuple[MetricSpec, ...] = (
    MetricSpec("chrf", "chrF", "CHRF", headline=True),
    MetricSpec("chrf++", "chrF++", "CHRF", {"word_order": 2}),
    MetricSpec("bleu", "BLEU", "BLEU", {"effective_order": True}, levels=("sentence",), headline=True),
    MetricSpec("bleu", "BLEU", "BLEU", {}, levels=("corpus",), headline=True),
    MetricSpec("ter", "TER", "TER"),
)

#: The keys of every score dict, in report order.
METRICS: tuple[str, ...] = tuple(dict.fromkeys(m.name for m in METRIC_TABLE))
#: Metric key -> its label in reports (``chrf`` -> ``chrF``).
LABELS: dict[str, str] = {m.name: m.label for m in METRIC_TABLE}
#: ``(label, key)`` of the metrics the one-line summaries show.
HEADLINE: tuple[tuple[str, str], ...] = tuple(dict.fromkeys((m.label, m.name) for m in METRIC_TABLE if m.headline))


def _check_streams(hyps: Sequence[str], refs: Sequence[str]) -> None:
    for name, stream in (("hyps", hyps), ("refs", refs)):
        if isinstance(stream, str):
            raise InputError(f"{name} must be a list of strings, not one string")
        for k, s in enumerate(stream):
            if not isinstance(s, str):
                raise InputError(f"{name}[{k}] is {type(s).__name__}, not str")
    if len(hyps) != len(refs):
        raise InputError(f"hyps has {len(hyps)} items but refs has {len(refs)}")


class Scorer:
    """The metric objects of :data:`METRIC_TABLE`, built once (sacrebleu metrics are reusable and keep
    their settings)."""

    def __init__(self) -> None:
        self._rows = [(spec, spec.build()) for spec in METRIC_TABLE]
        # A signature records the number of references, which sacrebleu learns on first use: score
        # one dummy pair so signatures() works before anything else ran (always 1 reference here).
        for _, metric in self._rows:
            metric.corpus_score(["x"], [["x"]])

    def _at(self, level: Level) -> list[tuple[MetricSpec, Any]]:
        return [(spec, metric) for spec, metric in self._rows if level in spec.levels]

    def sentence(self, hyp: str, ref: str) -> dict[str, float]:
        """Scores of one hypothesis against one reference (keys :data:`METRICS`)."""
        _check_streams([hyp], [ref])
        return {spec.name: round(metric.sentence_score(hyp, [ref]).score, 4) for spec, metric in self._at("sentence")}

    def corpus(self, hyps: Sequence[str], refs: Sequence[str]) -> dict[str, Any]:
        """Corpus scores of ``hyps`` against one reference stream ``refs`` (same length)."""
        _check_streams(hyps, refs)
        hyps, rs = list(hyps), [list(refs)]
        out: dict[str, Any] = {spec.name: round(metric.corpus_score(hyps, rs).score, 4)
                               for spec, metric in self._at("corpus")}
        return out | {"segments": len(hyps)}

    def signatures(self) -> dict[str, str]:
        """Every sacrebleu signature, keyed by what it signs (:attr:`MetricSpec.signature_key`)."""
        return {spec.signature_key: str(metric.get_signature()) for spec, metric in self._rows}


_SCORER: Scorer | None = None


def _scorer() -> Scorer:
    global _SCORER
    if _SCORER is None:
        _SCORER = Scorer()
    return _SCORER


def sentence_scores(hyp: str, ref: str) -> dict[str, float]:
    """chrF, chrF++, BLEU (effective order) and TER of one pair, 0-100.

    :raises InputError: ``hyp`` or ``ref`` is not a string.
    """
    return _scorer().sentence(hyp, ref)


def corpus_scores(hyps: Sequence[str], refs: Sequence[str]) -> dict[str, Any]:
    """Corpus chrF, chrF++, BLEU and TER (sacrebleu defaults), plus the segment count.

    :param hyps: ``n`` hypotheses.
    :param refs: ``n`` references, one per hypothesis.
    :raises InputError: a stream is one string, holds a non-string, or the lengths differ.
    """
    return _scorer().corpus(hyps, refs)


def signatures() -> dict[str, str]:
    """The sacrebleu signature of every metric used here."""
    return _scorer().signatures()


def score_beads(
    mt: Sequence[str], tgt: Sequence[str], beads: Sequence[Bead]
) -> tuple[list[dict[str, float] | None], dict[str, Any]]:
    """Score each bead's joined source MT against its joined target sentences.

    :param mt: MT of every source sentence (``len(src)`` items).
    :param tgt: every target sentence.
    :param beads: the alignment.
    :return: one score dict per bead (``None`` for a 1-0 or 0-1 bead) and the corpus scores over
        the non-null beads (``None`` values when there are none).
    :raises InputError: a bead points outside ``mt`` or ``tgt``.
    """
    hyps: list[str] = []
    refs: list[str] = []
    pair: list[dict[str, float] | None] = []
    for b in beads:
        if not b.src or not b.tgt:
            pair.append(None)
            continue
        if max(b.src) >= len(mt) or max(b.tgt) >= len(tgt):
            raise InputError(f"bead {list(b.src)}:{list(b.tgt)} points outside {len(mt)} MT / {len(tgt)} target sentences")
        h = " ".join(mt[i] for i in b.src)
        r = " ".join(tgt[j] for j in b.tgt)
        hyps.append(h)
        refs.append(r)
        pair.append(sentence_scores(h, r))
    doc = corpus_scores(hyps, refs) if hyps else {m: None for m in METRICS} | {"segments": 0}
    return pair, doc
