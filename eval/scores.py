"""sacrebleu wrappers: sentence and corpus scores for aligned pairs, with every signature.

Metrics (sacrebleu defaults unless said): chrF, chrF++ (``word_order=2``), BLEU, and TER. Sentence
BLEU uses ``effective_order=True`` (otherwise short sentences score 0); corpus BLEU uses the
default, so corpus figures equal ``sacrebleu`` on the command line. Scores are on sacrebleu's
0-100 scale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ..align.errors import InputError
from ..align.types import Bead

logger = logging.getLogger(__name__)

__all__ = ["METRICS", "Scorer", "sentence_scores", "corpus_scores", "score_beads", "signatures"]

#: The keys of every score dict, in report order.
METRICS = ("chrf", "chrf++", "bleu", "ter")


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
    """The metric objects, built once (sacrebleu metrics are reusable and keep their settings)."""

    def __init__(self) -> None:
        from sacrebleu.metrics import BLEU, CHRF, TER

        self.chrf = CHRF()
        self.chrfpp = CHRF(word_order=2)
        self.bleu_sentence = BLEU(effective_order=True)
        self.bleu = BLEU()
        self.ter = TER()
        # A signature records the number of references, which sacrebleu learns on first use: score
        # one dummy pair so signatures() works before anything else ran (always 1 reference here).
        for m in (self.chrf, self.chrfpp, self.bleu_sentence, self.bleu, self.ter):
            m.corpus_score(["x"], [["x"]])

    def sentence(self, hyp: str, ref: str) -> dict[str, float]:
        """Scores of one hypothesis against one reference (keys :data:`METRICS`)."""
        _check_streams([hyp], [ref])
        return {
            "chrf": round(self.chrf.sentence_score(hyp, [ref]).score, 4),
            "chrf++": round(self.chrfpp.sentence_score(hyp, [ref]).score, 4),
            "bleu": round(self.bleu_sentence.sentence_score(hyp, [ref]).score, 4),
            "ter": round(self.ter.sentence_score(hyp, [ref]).score, 4),
        }

    def corpus(self, hyps: Sequence[str], refs: Sequence[str]) -> dict[str, Any]:
        """Corpus scores of ``hyps`` against one reference stream ``refs`` (same length)."""
        _check_streams(hyps, refs)
        hyps, rs = list(hyps), [list(refs)]
        return {
            "chrf": round(self.chrf.corpus_score(hyps, rs).score, 4),
            "chrf++": round(self.chrfpp.corpus_score(hyps, rs).score, 4),
            "bleu": round(self.bleu.corpus_score(hyps, rs).score, 4),
            "ter": round(self.ter.corpus_score(hyps, rs).score, 4),
            "segments": len(hyps),
        }

    def signatures(self) -> dict[str, str]:
        """Every sacrebleu signature, keyed by what it signs."""
        return {
            "chrf": str(self.chrf.get_signature()),
            "chrf++": str(self.chrfpp.get_signature()),
            "bleu_sentence": str(self.bleu_sentence.get_signature()),
            "bleu_corpus": str(self.bleu.get_signature()),
            "ter": str(self.ter.get_signature()),
        }


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
