"""Dates as Indonesian wire copy writes them (``Rabu (13/3)``, ``Selasa (8/11/2022)``, ``Kamis, 5 Januari 2023``,
``4-7 Juni``) against English news style, in both directions, and calendar words inside names."""

from __future__ import annotations

import pytest

from wiredrift.eval.drift.dates import extract_dates

from drift_helpers import check_pair


def _major_up(src: str, tgt: str, src_lang: str = "id", tgt_lang: str = "en") -> list:
    return [f for f in check_pair(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)
            if f.kind in ("number", "date") and f.severity in ("critical", "major")]


#: (Indonesian, faithful English, English with the day, month, weekday or year changed, changed span in it)
PAIRS = [
    ("Rapat paripurna DPR digelar Rabu (13/3) di Senayan.",
     "The House plenary session was held on Wednesday (March 13) in Senayan.",
     "The House plenary session was held on Wednesday (March 14) in Senayan.", "March 14"),
    ("Presiden Joko Widodo tiba di Kupang, Jumat (25/2).",
     "President Joko Widodo arrived in Kupang on Friday (Feb. 25).",
     "President Joko Widodo arrived in Kupang on Friday (Feb. 26).", "Feb. 26"),
    ("Presiden Joko Widodo tiba di Kupang, Jumat (25/2).",
     "President Joko Widodo arrived in Kupang on Friday (Feb. 25).",
     "President Joko Widodo arrived in Kupang on Saturday (Feb. 25).", "Saturday"),
    ("Presiden Joko Widodo tiba di Kupang, Jumat (25/2).",
     "President Joko Widodo arrived in Kupang on Friday, Feb. 25.",
     "President Joko Widodo arrived in Kupang on Friday, March 25.", "March 25"),
    ("Pemungutan suara ulang berlangsung Selasa (8/11/2022).",
     "The repeat vote took place on Tuesday, Nov. 8, 2022.",
     "The repeat vote took place on Tuesday, Nov. 8, 2021.", "Nov. 8, 2021"),
    ("Sidang putusan digelar Kamis, 5 Januari 2023, di Pengadilan Negeri Jakarta Selatan.",
     "The verdict hearing was held on Thursday, Jan. 5, 2023, at the South Jakarta District Court.",
     "The verdict hearing was held on Thursday, Jan. 15, 2023, at the South Jakarta District Court.", "Jan. 15, 2023"),
    ("Sidang putusan digelar Kamis, 5 Januari 2023.", "The verdict was read on Thursday, January 5.",
     "The verdict was read on Tuesday, January 5.", "Tuesday"),
    ("Banjir merendam permukiman warga sejak Senin malam (4/3).",
     "Floods have inundated homes since Monday night (March 4).",
     "Floods have inundated homes since Monday night (March 3).", "March 3"),
    ("Polisi menangkap tersangka kemarin (12/3) di Bekasi.",
     "Police arrested the suspect in Bekasi on Tuesday (March 12).",
     "Police arrested the suspect in Bekasi on Tuesday (March 21).", "March 21"),
    ("Festival budaya itu berlangsung pada 4-7 Juni di Lapangan Merdeka.",
     "The cultural festival runs from June 4-7 at Merdeka Square.",
     "The cultural festival runs from June 4-8 at Merdeka Square.", "8"),
    ("Pendaftaran dibuka 16 hingga 20 Januari.", "Registration is open from January 16 to 20.",
     "Registration is open from February 16 to 20.", "February 16"),
    ("Pameran digelar Senin-Selasa (12-13/3) di Jakarta Convention Center.",
     "The exhibition was held on Monday and Tuesday (March 12-13) at the Jakarta Convention Center.",
     "The exhibition was held on Monday and Tuesday (March 12-14) at the Jakarta Convention Center.", "14"),
    ("Putusan itu dibacakan pada 22/2/2022.", "The ruling was read on 22/2/2022.",
     "The ruling was read on 23/2/2022.", "23/2/2022"),
]


@pytest.mark.parametrize("src,faithful,changed,span", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_faithful_pair_not_flagged(src: str, faithful: str, changed: str, span: str) -> None:
    assert [f.message for f in _major_up(src, faithful)] == []


@pytest.mark.parametrize("src,faithful,changed,span", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_faithful_pair_not_flagged_en_to_id(src: str, faithful: str, changed: str, span: str) -> None:
    assert [f.message for f in _major_up(faithful, src, "en", "id")] == []


@pytest.mark.parametrize("src,faithful,changed,span", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_changed_date_is_critical(src: str, faithful: str, changed: str, span: str) -> None:
    found = _major_up(src, changed)
    assert [f.severity for f in found] == ["critical"], [f.message for f in found]
    f = found[0]
    assert f.kind == "date"
    assert f.tgt_span == span
    assert f.tgt_text[f.tgt_start:f.tgt_end] == span
    assert f.src_text[f.src_start:f.src_end] == f.src_span


@pytest.mark.parametrize("src,faithful,changed,span", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_changed_date_is_critical_en_to_id(src: str, faithful: str, changed: str, span: str) -> None:
    found = _major_up(changed, src, "en", "id")
    assert [f.severity for f in found] == ["critical"], [f.message for f in found]
    assert found[0].src_span == span


def test_date_on_one_side_only_stays_major() -> None:
    found = _major_up("Presiden tiba di Kupang, Jumat (25/2).", "The president arrived in Kupang on Friday.")
    assert [(f.kind, f.severity, f.src_span) for f in found] == [("date", "major", "25/2")]


def test_rabu_13_3_gives_no_number_finding() -> None:
    src, tgt = "Rapat digelar Rabu (13/3).", "The meeting was held on Wednesday (March 13)."
    assert [f for f in check_pair(src, tgt) if f.kind in ("number", "date")] == []


#: calendar words inside names, and short-date look-alikes that are no dates
TRAPS = [
    ("Ia berbelanja di Pasar Minggu.", "She went shopping at the Pasar Minggu market."),
    ("Mahasiswa Universitas Sebelas Maret berunjuk rasa.", "Sebelas Maret University students protested."),
    ("Kantor itu berada di Jalan 17 Agustus, Manado.", "The office is on Jalan 17 Agustus in Manado."),
    ("Peringatan Gerakan 30 September digelar.", "The September 30th Movement was commemorated."),
    ("Umat Katolik mengikuti misa Rabu Abu.", "Catholics attended Ash Wednesday Mass."),
    ("Sepertiga (1/3) warga belum divaksin.", "A third of residents have not been vaccinated."),
    ("Minggu lalu harga beras naik.", "Last week rice prices rose."),
]


@pytest.mark.parametrize("src,tgt", TRAPS)
def test_traps_not_flagged(src: str, tgt: str) -> None:
    assert [f.message for f in _major_up(src, tgt)] == []


#: (text, lang, [(kind, key)])
DATES = [
    ("Rabu (13/3)", "id", [("weekday", "wed"), ("date", (3, 13, 0))]),
    ("Senin malam (4/3)", "id", [("weekday", "mon"), ("date", (3, 4, 0))]),
    ("tanggal 5/1", "id", [("date", (1, 5, 0))]),
    ("Wednesday (3/13)", "en", [("weekday", "wed"), ("date", (3, 13, 0))]),
    ("4-7 Juni", "id", [("date", (6, 4, 0)), ("date", (6, 7, 0))]),
    ("Senin-Selasa (12-13/3/2024)", "id", [("weekday", "mon"), ("weekday", "tue"), ("date", (3, 12, 2024)),
                                          ("date", (3, 13, 2024))]),
    ("June 4-7, 2024", "en", [("date", (6, 4, 2024)), ("date", (6, 7, 2024))]),
    ("skor 13/3 di babak pertama", "id", []),
    ("Pasar Minggu", "id", []),
    ("Universitas Sebelas Maret", "id", []),
]


@pytest.mark.parametrize("text,lang,expected", DATES, ids=[d[0] for d in DATES])
def test_extract(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    got = extract_dates(text, lang)
    assert [(d.kind, d.key) for d in got] == expected
    for d in got:
        assert text[d.start:d.end] == d.text


def test_long_line_is_read_whole() -> None:
    unit = "rapat Rabu (13/3) dan Kamis, 5 Januari 2023 lalu 4-7 Juni di Pasar Minggu "
    n = 100_000 // len(unit)
    # Rabu, 13/3, Kamis, 5 Januari 2023, 4, 7 Juni; Pasar Minggu is a name
    assert len(extract_dates(unit * n, "id")) == 6 * n


def test_march_before_a_noun_is_the_month() -> None:
    # "March exports", "the March figures": the month as a modifier, after a lower-case word
    src = "Ekspor Maret naik 4 persen dibanding bulan sebelumnya."
    assert _major_up(src, "Exports rose 4 percent in March from the previous month.") == []
    assert _major_up("BPS mencatat ekspor Maret naik 4 persen.", "BPS said March exports rose 4 percent.") == []
    assert _major_up("BPS mencatat ekspor Maret naik 4 persen.", "BPS said April exports rose 4 percent.") != []
    assert [d.key for d in extract_dates("the March figures", "en")] == [(3,)]
    # a name ending in March and the verb are no month
    assert extract_dates("thousands joined the Women's March", "en") == []
    assert extract_dates("the Long March", "en") == []
    assert extract_dates("they will march to the palace", "en") == []


def test_a_weekday_in_the_plural_is_the_weekday() -> None:
    # a habitual day: "setiap Senin" / "on Mondays"; a changed day is still a change
    src = "Perpustakaan daerah itu tutup setiap hari Senin dan buka kembali pada hari Selasa."
    assert _major_up(src, "The regional library is closed on Mondays and reopens on Tuesdays.") == []
    assert _major_up(src, "The regional library is closed on Fridays and reopens on Tuesdays.") != []
