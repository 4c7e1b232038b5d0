"""detect_drift as a whole: findings explain themselves, severities follow the rules, traps stay quiet."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from wiredrift.align.reader import parse_document
from wiredrift.align.types import Bead
from wiredrift.eval.drift import detect_drift
from wiredrift.eval.findings import KINDS, SEVERITIES

from drift_helpers import check_docs, check_pair, doc

ID_TEXT = """Rusia Kirim Pasukan ke Dua Wilayah Separatis, Pejabat AS Nilai Bukan Invasi Seperti Tahun 2014

JAKARTA - Presiden Rusia Vladimir Putin pada Senin mengakui kemerdekaan dua wilayah separatis di Ukraina timur.

Gedung Putih menyatakan akan melarang investasi AS di wilayah itu, dan langkah tambahan akan diumumkan pada hari Rabu.

"Ini bukan invasi lanjutan karena itu adalah wilayah yang sudah mereka duduki," kata Psaki.

Rusia telah menempatkan pasukan di kawasan Donbas selama delapan tahun terakhir.
"""

EN_TEXT = """Russia Sends Troops To Two Separate Territories, U.S. Officials Value Non-Invasion As Of 2014

JAKARTA - Russian President Vladimir Putin recognized the two breakaway regions of eastern Ukraine as independent on Monday.

The White House announced it would ban US investment in the area, with additional measures to be announced on Tuesday.

"This is a further invasion because that is territory they have occupied," the official said.

Russia has had troops in the Donbas region for the last eight years.
"""


@pytest.fixture(scope="module")
def findings():  # type: ignore[no-untyped-def]
    src, tgt = parse_document(ID_TEXT, "id"), parse_document(EN_TEXT, "en")
    assert len(src) == len(tgt)
    beads = [Bead((k,), (k,), 0.9) for k in range(len(src))]
    return detect_drift(src, tgt, beads)


def test_report_finds_planted_drift(findings) -> None:  # type: ignore[no-untyped-def]
    got = {(f.kind, f.severity, f.src_span, f.tgt_span) for f in findings}
    assert ("date", "critical", "Rabu", "Tuesday") in got
    assert any(f.kind == "quote" and f.severity == "critical" and f.src_span and "bukan" in f.src_span for f in findings)
    assert any(f.kind == "attribution" and f.severity == "critical" and f.src_span == "Psaki" for f in findings)


def test_traps_stay_quiet(findings) -> None:  # type: ignore[no-untyped-def]
    text = " | ".join(f"{f.message} {f.src_span} {f.tgt_span} {f.expected} {f.found}" for f in findings)
    for trap in ("Senin", "Monday", "delapan tahun", "eight years", "Gedung Putih", "White House", "Rusia", "Russia", "U.S."):
        assert trap not in text


def test_findings_explain_themselves(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings
    for f in findings:
        assert f.kind in KINDS and f.severity in SEVERITIES
        assert f.message and "\n" not in f.message
        assert f.src_span is None or f.src_span in f.src_text
        assert f.tgt_span is None or f.tgt_span in f.tgt_text
        assert f.src_span or f.tgt_span


def test_null_beads_and_captions() -> None:
    src = ["Putin mengakui dua wilayah.", "Pejabat itu berbicara dengan syarat anonim."]
    tgt = ["Putin recognised two regions.", "Signing of the recognition in the Kremlin. (Source Kremlin.ru)"]
    found = check_docs(src, tgt, beads=[((0,), (0,)), ((1,), ()), ((), (1,))], tgt_roles=["body", "caption"])
    assert [(f.kind, f.severity, f.src, f.tgt) for f in found] == [
        ("omission", "major", (1,), ()), ("addition", "minor", (), (1,))]
    assert "has no counterpart" in found[0].message


class _LookupSimilarity:
    """A similarity for tests: a table of known (source group, target group) scores, 0.5 otherwise."""

    def __init__(self, table: dict[tuple[str, str], float]) -> None:
        self.table = table

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        return np.array([[self.table.get((s, t), 0.5) for t in tgt] for s in src])

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        return np.array([self.table.get((" ".join(s), " ".join(t)), 0.5) for s, t in zip(src_groups, tgt_groups)])


def test_merged_bead_gives_back_an_unmatched_sentence() -> None:
    a = "Pejabat pertama mengatakan kepada Reuters bahwa langkah itu tidak memicu sanksi."
    b = "Pejabat itu berbicara dengan syarat anonim."
    e = "The first official told Reuters the move did not trigger sanctions."
    sim = _LookupSimilarity({(f"{a} {b}", e): 0.87, (a, e): 0.89, (b, e): 0.76})
    found = detect_drift(doc("id", [a, b]), doc("en", [e]), [Bead((0, 1), (0,), 0.87)], similarity=sim)
    assert [(f.kind, f.severity, f.src, f.src_span) for f in found] == [("omission", "major", (1,), b)]


def test_merged_bead_kept_when_both_sentences_count() -> None:
    a = "Karena itu, langkah tersebut tidak memicu sanksi."
    b = "Hal itu dikatakan seorang pejabat kepada Reuters."
    e = "Therefore the move did not trigger sanctions, an official told Reuters."
    sim = _LookupSimilarity({(f"{a} {b}", e): 0.91, (a, e): 0.87, (b, e): 0.86})
    assert detect_drift(doc("id", [a, b]), doc("en", [e]), [Bead((0, 1), (0,), 0.91)], similarity=sim) == []


def test_partial_omission_in_one_to_one_pair() -> None:
    src = ("Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada hari Senin, yang akan mengairi ribuan "
           "hektare sawah dan memasok listrik bagi puluhan ribu rumah tangga di kawasan itu.")
    tgt = "President Joko Widodo opened a dam."
    found = detect_drift(doc("id", [src]), doc("en", [tgt]), [Bead((0,), (0,), 0.70)])
    assert any(f.kind == "omission" and f.severity == "major" for f in found)


def test_mt_length_is_checked() -> None:
    with pytest.raises(ValueError, match="mt"):
        detect_drift(doc("id", ["a"]), doc("en", ["b"]), [Bead((0,), (0,), 0.9)], mt=["x", "y"])


def test_other_language_pair_degrades_to_digits_and_names() -> None:
    found = check_pair("Le président Macron a parlé à 2 000 personnes.", "Präsident Scholz sprach vor 3000 Menschen.",
                       src_lang="fr", tgt_lang="de")
    kinds = {f.kind for f in found}
    assert "number" in kinds and "entity" in kinds


def test_a_second_source_in_a_passive_frame_is_no_swap() -> None:
    from drift_helpers import check_pair
    found = check_pair("Menurut sebuah sumber, Benzema menyebutkan video itu kepada Valbuena, yang dilaporkan AFP.",
                       "According to a source, Benzema mentioned the video to Valbuena, AFP reported.")
    assert [f for f in found if f.kind == "attribution"] == []
