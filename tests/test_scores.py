"""eval/scores.py checked against sacrebleu's own numbers (and the geovedi figures when present)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sacrebleu

from wiredrift.align.errors import InputError
from wiredrift.align.types import Bead
from wiredrift.eval.scores import METRICS, corpus_scores, score_beads, sentence_scores, signatures

SHARED = Path(__file__).resolve().parents[2] / "shared"
GEOVEDI = SHARED / "data" / "geovedi"

PAIRS = [
    ("The president arrived in Jakarta on Monday.", "The president arrived in Jakarta on Monday."),
    ("Police arrested two men in Bandung.", "Police arrested two people in Bandung."),
    ("Rice price up 5%.", "The price of rice rose five percent."),
    ("Yes.", "No."),
    ("", "Something."),
]


@pytest.mark.parametrize("hyp,ref", PAIRS)
def test_sentence_scores_equal_sacrebleu(hyp: str, ref: str) -> None:
    got = sentence_scores(hyp, ref)
    assert set(got) == set(METRICS)
    assert got["chrf"] == pytest.approx(sacrebleu.sentence_chrf(hyp, [ref]).score, abs=1e-3)
    assert got["chrf++"] == pytest.approx(sacrebleu.sentence_chrf(hyp, [ref], word_order=2).score, abs=1e-3)
    # Sentence BLEU with effective order: short sentences do not collapse to 0.
    assert got["bleu"] == pytest.approx(sacrebleu.metrics.BLEU(effective_order=True).sentence_score(hyp, [ref]).score, abs=1e-3)
    assert got["ter"] == pytest.approx(sacrebleu.sentence_ter(hyp, [ref]).score, abs=1e-3)


def test_short_sentence_bleu_is_not_zero() -> None:
    assert sentence_scores("Police closed the road.", "Police closed the street.")["bleu"] > 0


def test_corpus_scores_equal_sacrebleu() -> None:
    hyps = [h for h, _ in PAIRS]
    refs = [r for _, r in PAIRS]
    got = corpus_scores(hyps, refs)
    assert got["bleu"] == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score, abs=1e-3)
    assert got["chrf"] == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score, abs=1e-3)
    assert got["ter"] == pytest.approx(sacrebleu.corpus_ter(hyps, [refs]).score, abs=1e-3)
    assert got["segments"] == len(PAIRS)


BAD = [
    ("one string", ["a"], "hyps must be a list"),
    (["a"], "one string", "refs must be a list"),
    (["a", "b"], ["a"], "hyps has 2 items but refs has 1"),
    (["a", None], ["a", "b"], r"hyps\[1\] is NoneType"),
]


@pytest.mark.parametrize("hyps,refs,message", BAD)
def test_corpus_scores_rejects_bad_streams(hyps, refs, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        corpus_scores(hyps, refs)


def test_signatures_name_every_metric() -> None:
    sig = signatures()
    assert set(sig) == {"chrf", "chrf++", "bleu_sentence", "bleu_corpus", "ter"}
    assert f"version:{sacrebleu.__version__}" in sig["bleu_corpus"]
    assert "eff:yes" in sig["bleu_sentence"] and "eff:no" in sig["bleu_corpus"]
    assert "nw:2" in sig["chrf++"]


def test_score_beads_joins_groups_and_skips_null_beads() -> None:
    mt = ["The president arrived.", "He spoke.", "Extra sentence."]
    tgt = ["The president arrived and spoke.", "Unmatched."]
    beads = [Bead((0, 1), (0,)), Bead((2,), ()), Bead((), (1,))]
    pair, doc = score_beads(mt, tgt, beads)
    assert pair[1] is None and pair[2] is None
    assert pair[0] == sentence_scores("The president arrived. He spoke.", tgt[0])
    assert doc == corpus_scores(["The president arrived. He spoke."], [tgt[0]])


def test_score_beads_without_pairs_has_empty_document_scores() -> None:
    pair, doc = score_beads(["a"], ["b"], [Bead((0,), ()), Bead((), (0,))])
    assert pair == [None, None]
    assert doc["segments"] == 0 and doc["bleu"] is None


def test_score_beads_rejects_bead_outside_documents() -> None:
    with pytest.raises(InputError, match="points outside"):
        score_beads(["a"], ["b"], [Bead((0, 1), (0,))])


def _lines(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="\n") as fh:
        return [line.rstrip("\n") for line in fh]


@pytest.mark.slow
@pytest.mark.skipif(not GEOVEDI.is_dir(), reason="../shared/data/geovedi is not present")
def test_geovedi_gnmt_figures() -> None:
    refs = _lines(GEOVEDI / "test.raw.en")
    hyps = _lines(GEOVEDI / "outputs" / "gnmt" / "test.raw.en")
    assert len(refs) == len(hyps) == 10_000
    got = corpus_scores(hyps, refs)
    # The figures the data README records for sacrebleu 2.6.0 defaults.
    if sacrebleu.__version__ == "2.6.0":
        assert got["bleu"] == pytest.approx(66.85, abs=0.005)
        assert got["chrf"] == pytest.approx(83.33, abs=0.005)
    assert got["bleu"] == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score, abs=1e-3)


SAMPLE = Path(__file__).resolve().parent.parent / "corpora" / "geovedi-sample"


@pytest.mark.slow
@pytest.mark.parametrize("system", ["gnmt", "gareng"])
def test_geovedi_sample_real_outputs_equal_sacrebleu(system: str) -> None:
    refs = _lines(SAMPLE / "test.raw.en")
    hyps = _lines(SAMPLE / "outputs" / system / "test.raw.en")
    assert len(refs) == len(hyps) == len(_lines(SAMPLE / "test.raw.id")) == 200
    got = corpus_scores(hyps, refs)
    assert got["bleu"] == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score, abs=1e-3)
    assert got["chrf"] == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score, abs=1e-3)
    assert got["chrf++"] == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs], word_order=2).score, abs=1e-3)
    assert got["ter"] == pytest.approx(sacrebleu.corpus_ter(hyps, [refs]).score, abs=1e-3)
    # Real MT of real news scores in the range the full set reports (BLEU ~67, chrF ~83), not near 0 or 100.
    assert 40 < got["bleu"] < 90 and 60 < got["chrf"] < 95
    pair = [sentence_scores(h, r) for h, r in zip(hyps[:20], refs[:20])]
    assert all(p["chrf"] == pytest.approx(sacrebleu.sentence_chrf(h, [r]).score, abs=1e-3)
               for p, h, r in zip(pair, hyps, refs))


def test_scores_and_signatures_come_from_the_metric_table() -> None:
    from wiredrift.eval.scores import METRIC_TABLE, METRICS, corpus_scores, sentence_scores, signatures

    assert set(sentence_scores("Harga naik Rabu.", "Prices rose on Wednesday.")) == set(METRICS)
    assert set(corpus_scores(["a b c"], ["a b d"])) == set(METRICS) | {"segments"}
    sigs = signatures()
    assert list(sigs) == [m.signature_key for m in METRIC_TABLE]
    # the two BLEU rows differ in effective order, and the signatures say so
    assert "eff:yes" in sigs["bleu_sentence"] and "eff:no" in sigs["bleu_corpus"]
    assert "nw:2" in sigs["chrf++"] and "nw:0" in sigs["chrf"]
