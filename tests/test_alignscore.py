"""The alignment scorer against hand-computed strict/lax P/R/F1, and the vecalign line format."""

from __future__ import annotations

import pytest

from wiredrift.align.errors import InputError
from wiredrift.align.types import Bead
from wiredrift.eval.alignscore import (
    format_alignment,
    format_bead,
    parse_alignment,
    read_alignment,
    score_alignments,
)

GOLD = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2, 3)), ((), (4,))]

# (test beads, strict P, strict R, lax P, lax R), computed by hand from vecalign's definition.
CASES = [
    # Perfect: 5 test beads all in gold; recall over the 3 gold beads non-empty on both sides.
    (GOLD, 5 / 5, 3 / 3, 5 / 5, 3 / 3),
    # Merge split as 1-1 + 1-0: [1]:[1] lax-only, [2]:[] wrong; recall: [1,2]:[1] overlaps [1]:[1] (lax).
    ([((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), ()), ((4,), (2, 3)), ((), (4,))], 4 / 6, 2 / 3, 5 / 6, 3 / 3),
    # Everything shifted into one big bead: no strict match; lax on both sides.
    ([((0, 1, 2, 3, 4), (0, 1, 2, 3, 4))], 0 / 1, 0 / 3, 1 / 1, 3 / 3),
    # All null: 9 null beads, only [3]:[] and []:[4] are exact; recall has no test items: 0 of 3.
    ([((i,), ()) for i in range(5)] + [((), (j,)) for j in range(5)], 2 / 10, 0 / 3, 2 / 10, 0 / 3),
]


@pytest.mark.parametrize("test, sp, sr, lp, lr", CASES)
def test_scores_match_hand_computed(test, sp, sr, lp, lr):
    s = score_alignments([GOLD], [test])
    assert s.precision_strict == pytest.approx(sp)
    assert s.recall_strict == pytest.approx(sr)
    assert s.precision_lax == pytest.approx(lp)
    assert s.recall_lax == pytest.approx(lr)
    f1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    assert s.f1_strict == pytest.approx(f1)


def test_counts_are_summed_over_documents_before_dividing():
    one = score_alignments([GOLD], [CASES[1][0]])
    two = score_alignments([GOLD, GOLD], [CASES[1][0], GOLD])
    assert two.p_strict_tp == one.p_strict_tp + 5
    assert two.precision_strict == pytest.approx((4 + 5) / (6 + 5))
    assert two == one + score_alignments([GOLD], [GOLD])


def test_document_count_mismatch_is_an_error():
    with pytest.raises(InputError, match="2 gold documents but 1 test"):
        score_alignments([GOLD, GOLD], [GOLD])


def test_format_matches_vecalign_lines():
    assert format_bead((8, 9), (10, 11, 12), 0.139594) == "[8, 9]:[10, 11, 12]:0.139594"
    assert format_bead((), (3,)) == "[]:[3]"
    text = format_alignment([Bead((0,), (0, 1), 0.9, 0.25), Bead((1,), (), 0.0, 0.5)])
    assert text == "[0]:[0, 1]:0.250000\n[1]:[]:0.500000\n"
    assert parse_alignment(text.split("\n")) == [((0,), (0, 1)), ((1,), ())]


def test_read_alignment_and_errors(tmp_path):
    path = tmp_path / "gold.defr"
    path.write_text("[0]:[0]\n[1, 2]:[1]\n\n[]:[2]\n", encoding="utf-8")
    assert read_alignment(path) == [((0,), (0,)), ((1, 2), (1,)), ((), (2,))]
    bad = tmp_path / "bad.defr"
    bad.write_text("[0]:[0]\n[1]-[1]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.defr:2"):
        read_alignment(bad)
    with pytest.raises(InputError, match="file not found"):
        read_alignment(tmp_path / "missing.defr")
    with pytest.raises(InputError, match="is a directory"):
        read_alignment(tmp_path)
    latin = tmp_path / "latin.defr"
    latin.write_bytes(b"[0]:[0]\n\xff\n")
    with pytest.raises(InputError, match="latin.defr: not UTF-8"):
        read_alignment(latin)
    neg = tmp_path / "neg.defr"
    neg.write_text("[-1]:[0]\n", encoding="utf-8")
    with pytest.raises(InputError, match="non-negative"):
        read_alignment(neg)
