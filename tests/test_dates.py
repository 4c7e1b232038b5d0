"""Date normalisation (weekdays, months, dates, relative terms) and the date-drift check."""

from __future__ import annotations

import pytest

from wiredrift.eval.drift.dates import extract_dates

from drift_helpers import check_pair

#: (text, lang, [(kind, key)])
DATES = [
    ("Putin mengakui pada Senin, 22 Februari 2022.", "id", [("weekday", "mon"), ("date", (2, 22, 2022))]),
    ("Putin recognised on Monday, Feb. 22, 2022.", "en", [("weekday", "mon"), ("date", (2, 22, 2022))]),
    ("on February 22, 2022", "en", [("date", (2, 22, 2022))]),
    ("pada 22/2/2022", "id", [("date", (2, 22, 2022))]),
    ("Sept. 11 and Agustus", "en", [("date", (9, 11, 0))]),
    ("pada bulan Agustus", "id", [("month", (8,))]),
    ("pada hari Jum'at", "id", [("weekday", "fri")]),
    ("Thursday's testimony", "en", [("weekday", "thu")]),
    ("pekan lalu dan kemarin", "id", [("relative", "rel:-1w"), ("relative", "rel:-1d")]),
    ("last week and yesterday", "en", [("relative", "rel:-1w"), ("relative", "rel:-1d")]),
    ("Minggu lalu pasar tutup", "id", [("relative", "rel:-1w")]),
    ("pada hari Minggu depan", "id", [("weekday", "sun")]),
    ("tahun lalu", "id", [("relative", "rel:-1y")]),
    ("hari ini", "id", [("relative", "rel:0d")]),
    # lower-case Indonesian names, as informal and transcribed copy writes them, in a date context only
    ("pada bulan januari", "id", [("month", (1,))]),
    ("sejak juni lalu", "id", [("month", (6,))]),
    ("pada hari kamis", "id", [("weekday", "thu")]),
    ("rabu (13/3)", "id", [("weekday", "wed"), ("date", (3, 13, 0))]),
    ("pada 2 desember 2023", "id", [("date", (12, 2, 2023))]),
    ("Minggu kemarin pasar tutup", "id", [("relative", "rel:-1w")]),
    ("results of the May elections", "en", [("month", (5,))]),
    ("pada hari minggu ini", "id", [("relative", "rel:0w")]),
]


@pytest.mark.parametrize("text,lang,expected", DATES, ids=[d[0] for d in DATES])
def test_extract(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    got = extract_dates(text, lang)
    assert [(d.kind, d.key) for d in got] == expected
    for d in got:
        assert text[d.start:d.end] == d.text


#: words that look like calendar names but are not
NOT_DATES = [
    ("Theresa May said", "en"),
    ("troops march on", "en"),
    ("Sen. Warren said", "en"),
    ("Jan Smith arrived", "en"),
    ("Prime Minister Theresa May said", "en"),
    ("harga juni", "id"),  # a lower-case name with no date context
    ("dia mei pergi", "id"),
    ("napasnya sudah senin kamis", "id"),  # the Javanese idiom "barely alive": two weekdays side by side
    ("May you live long and prosper.", "en"),  # a wish, not the month
    ("May peace prevail in the region.", "en"),
]


@pytest.mark.parametrize("text,lang", NOT_DATES)
def test_not_dates(text: str, lang: str) -> None:
    assert extract_dates(text, lang) == []


SAME = [
    ("Putin pada Senin mengakui kemerdekaan dua wilayah.", "Putin recognised the two regions as independent on Monday."),
    ("Pertemuan berlangsung pada 22 Februari 2022.", "The meeting took place on Feb. 22, 2022."),
    ("Sarah Sanders tampil pada Fox News Sunday.", "Sarah Sanders appeared on Fox News Sunday."),
    ("Laporan itu terbit kemarin.", "The report was published on Tuesday."),
]


@pytest.mark.parametrize("src,tgt", SAME)
def test_same_not_flagged(src: str, tgt: str) -> None:
    assert [f for f in check_pair(src, tgt) if f.kind == "date"] == []


CHANGED = [
    ("Langkah tambahan akan diumumkan pada hari Rabu.", "Additional measures would be announced on Tuesday.", "Rabu", "Tuesday",
     "weekday Rabu (Wednesday)"),
    ("Pertemuan berlangsung pada 22 Februari 2022.", "The meeting took place on Feb. 23, 2022.", "22 Februari 2022", "Feb. 23, 2022", "date"),
    ("Pemilu digelar pada bulan Maret.", "The election was held in May.", "Maret", "May", "month"),
    ("Harga naik pekan lalu.", "Prices rose last year.", "pekan lalu", "last year", "became"),
]


@pytest.mark.parametrize("src,tgt,s_span,t_span,msg", CHANGED)
def test_changed_is_critical(src: str, tgt: str, s_span: str, t_span: str, msg: str) -> None:
    found = [f for f in check_pair(src, tgt) if f.kind == "date"]
    assert len(found) == 1, found
    f = found[0]
    assert f.severity == "critical"
    assert (f.src_span, f.tgt_span) == (s_span, t_span)
    assert msg in f.message


def test_missing_weekday_is_major() -> None:
    found = [f for f in check_pair("Putin berbicara pada hari Kamis.", "Putin spoke.") if f.kind == "date"]
    assert [(f.severity, f.src_span) for f in found] == [("major", "Kamis")]


#: (ID, faithful EN, changed EN): months the Indonesian calendar does not spell so, a name that holds a month
#: word, and a weekday abbreviated in a fixture list. Each faithful pair gives no date or number finding at
#: major+, each changed pair is still caught.
LOOSE = [
    # an English month left untranslated in Indonesian copy, glued to a dash
    ("Persija menang 2-0 atas Persib (Liga 1 -14 March 2019)", "Persija beat Persib 2-0 (Liga 1 — March 14, 2019)",
     "Persija beat Persib 2-0 (Liga 1 — March 14, 2018)"),
    # an Indonesian month left in English copy
    ("Gedung itu diresmikan pada 9 Agustus 2021.", "The building was opened on 9 Agustus 2021.", "The building was opened on 9 Agustus 2020."),
    # a misspelt month with its year
    ("Wawancara ini direkam di Surabaya pada bulan Septmber 2015.", "This interview was recorded in Surabaya in September 2015.",
     "This interview was recorded in Surabaya in September 2016."),
    ("Tim itu dibentuk pada 3 Febuari 2010.", "The team was formed on Feb. 3, 2010.", "The team was formed on Feb. 4, 2010."),
    # a month word that is a name, written the same on both sides
    ("June Cohen: Saya tiba di sini pada bulan Juli.", "June Cohen: I arrived here in July.", "June Cohen: I arrived here in August."),
    ("Carol May Brown berbicara di forum itu.", "Carol May Brown spoke at the forum.", "Carol Brown spoke at the forum in May."),
    # a weekday abbreviated before a month in a fixture list
    ("Kamis, 12 November — Arema v Persebaya.", "Thu, Nov 12 — Arema v Persebaya.", "Fri, Nov 12 — Arema v Persebaya."),
]


def _flagged(src: str, tgt: str) -> list[str]:
    return [f.message for f in check_pair(src, tgt) if f.kind in ("date", "number") and f.severity != "minor"]


@pytest.mark.parametrize("src,faithful,changed", LOOSE, ids=[r[1][:40] for r in LOOSE])
def test_loose_months_and_names(src: str, faithful: str, changed: str) -> None:
    assert _flagged(src, faithful) == []
    assert _flagged(src, changed) != []


def test_a_loose_month_needs_its_day_or_year() -> None:
    # an English month word alone in Indonesian text is no date ("June" as a name), nor is a near-miss word
    assert [d.kind for d in extract_dates("Penyanyi June tampil semalam.", "id")] == ["relative"]
    assert [(d.kind, d.key) for d in extract_dates("pada bulan Oktobre 2013", "id")] == [("date", (10, 0, 2013))]
    assert extract_dates("Desa Marek 2013", "id") == []  # too short to be read as a misspelt month


@pytest.mark.parametrize("src,faithful,changed", [
    ("Pemerintah akan menaikkan tarif listrik pada bulan oktober.", "The government will raise electricity tariffs in October.",
     "The government will raise electricity tariffs in November."),
    ("Sidang lanjutan digelar pada hari selasa.", "The next hearing was held on Tuesday.", "The next hearing was held on Wednesday."),
    # a weekday needs no date word: Senin..Sabtu have no other sense ("minggu" is also "week")
    ("Pasar murah di kecamatan itu dibuka kamis.", "The cheap market in the district opens on Thursday.",
     "The cheap market in the district opens on Friday."),
    ("Hasil pemilu bulan mei diumumkan KPU hari ini.", "The results of the May elections were announced by the KPU today.",
     "The results of the June elections were announced by the KPU today."),
])
def test_lower_case_indonesian_calendar_names(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.kind == "date"] == []
    assert [f.severity for f in check_pair(src, changed) if f.kind == "date"] == ["critical"]


def test_a_sentence_that_opens_with_march_before_a_noun() -> None:
    # "March inflation stood at ...": the month as a modifier at the start of a sentence; the verb takes its
    # preposition ("March on the palace")
    src = "Inflasi Maret tercatat 0,52 persen secara bulanan, kata BPS."
    assert [f.message for f in check_pair(src, "March inflation stood at 0.52 percent month on month, BPS said.")
            if f.kind == "date"] == []
    assert [f.severity for f in check_pair(src, "April inflation stood at 0.52 percent month on month, BPS said.")
            if f.kind == "date"] == ["critical"]
    assert [d.text for d in extract_dates("March on the palace, they shouted.", "en")] == []


def test_the_night_of_a_weekday_is_the_evening_before() -> None:
    """"malam Minggu" (also in lower case) is Saturday night, "malam Jumat" Thursday night; "Minggu malam" is
    Sunday night, and another weekday is still a change."""
    src = "Kafe ini selalu ramai tiap malam minggu karena ada live music."
    assert _flagged(src, "This cafe is always busy on Saturday nights because there's live music.") == []
    assert _flagged(src, "This cafe is always busy on Friday nights because there's live music.")
    src = "Pengajian rutin digelar setiap malam Jumat di masjid kampung."
    assert _flagged(src, "A regular Koran recitation is held every Thursday night at the village mosque.") == []
    assert _flagged("Pengajian rutin digelar setiap Jumat malam di masjid kampung.",
                    "A regular Koran recitation is held every Thursday night at the village mosque.")


def test_the_night_of_a_weekday_in_informal_spelling() -> None:
    """Informal copy spells the night "malem" and the weekday in lower case: "malem minggu" is Saturday night,
    "malem jumat" Thursday night, and another weekday is still a change."""
    src = "Tiap malem minggu jalan depan alun-alun macet total."
    assert _flagged(src, "The road in front of the square is gridlocked every Saturday night.") == []
    assert _flagged(src, "The road in front of the square is gridlocked every Friday night.")
    src = "Pasar kaget di kompleks cuma buka tiap malem jumat."
    assert _flagged(src, "The pop-up market in the estate only opens on Thursday nights.") == []
    assert _flagged(src, "The pop-up market in the estate only opens on Wednesday nights.")
    # after "malem", "minggu kemarin" is last Saturday night, no "last week"
    src = "Malem minggu kemarin parkiran mal penuh sampai ke jalan."
    assert _flagged(src, "Last Saturday night the mall car park was full all the way to the street.") == []
    assert _flagged(src, "Last Friday night the mall car park was full all the way to the street.")


def test_a_holiday_of_fixed_date_is_named_by_its_date_or_its_name() -> None:
    """"17 Agustus" = "Independence Day", "Hari Natal" = "December 25": either renders the other; another date
    beside the name is still a change."""
    src = "Upacara 17 Agustus di Istana Merdeka tahun ini digelar tanpa penonton."
    assert _flagged(src, "This year's Independence Day ceremony at the Merdeka Palace was held without spectators.") == []
    assert _flagged(src, "This year's Independence Day ceremony at the Merdeka Palace on August 18 was held without "
                         "spectators.")
    assert _flagged(src, "This year's ceremony at the Merdeka Palace was held without spectators.")
    src = "Gereja Katedral menggelar misa Hari Natal dengan protokol kesehatan."
    assert _flagged(src, "Jakarta Cathedral held its December 25 Mass under health protocols.") == []
    assert _flagged(src, "Jakarta Cathedral held its December 26 Mass under health protocols.")


def test_a_sentence_that_opens_with_may_before_a_noun_names_the_month() -> None:
    assert [(d.kind, d.key) for d in extract_dates("May exports rose 4 percent, the agency said.", "en")] == [("month", (5,))]


def test_a_season_of_months_and_the_nth_sunday_of_a_month_are_dates() -> None:
    """"between May and September", "every May": the English month word is a month though no day or "in" stands
    before it; "Minggu kedua bulan Juli" is the second Sunday of July, no week; a Theresa May stays a name."""
    src = "Penerbangan ke pulau itu hanya ada antara Mei dan Oktober."
    assert _flagged(src, "Flights to the island only run between May and October.") == []
    assert _flagged(src, "Flights to the island only run between March and October.")
    src = "Festival teh di lereng gunung itu selalu digelar pada Minggu kedua bulan Juli."
    assert _flagged(src, "The tea festival on the mountain slopes is always held on the second Sunday of July.") == []
    assert _flagged(src, "The tea festival on the mountain slopes is always held on the second Monday of July.")
    assert _flagged("Perundingan antara May dan Barnier kembali buntu.", "Talks between May and Barnier stalled again.") == []


@pytest.mark.parametrize("text, lang, key", [
    ("The storm hit on Boxing Day 2017, the agency said.", "en", (12, 26, 2017)),
    ("It was the 2017 Boxing Day storm.", "en", (12, 26, 2017)),
    ("Fireworks lit the sky on New Year's Eve 2019.", "en", (12, 31, 2019)),
    ("Umat mengikuti Misa Natal 2019 di Katedral.", "id", (12, 25, 2019)),
    ("Kerusuhan di KwaZulu-Natal 2021 menewaskan ratusan orang.", "id", None),
    ("Pada Hari Natal 2019, gereja dijaga ketat.", "id", (12, 25, 2019)),
    ("Banjir terjadi pada Tahun Baru 2019.", "id", (1, 1, 2019)),
    ("Sekolah di Kabupaten Mandailing Natal 2019 diliburkan.", "id", None),
    ("They sold 2019 Christmas trees.", "en", None),
])
def test_a_holiday_with_its_year_is_a_date(text: str, lang: str, key: tuple[int, int, int] | None) -> None:
    """A holiday of fixed date named with a year is that date; a place's name ("Mandailing Natal") or a count before
    the name is none ("Misa Natal 2019" is Christmas Mass of 2019)."""
    assert [d.key for d in extract_dates(text, lang) if d.kind == "date"] == ([key] if key else [])


def test_a_holiday_with_its_year_renders_the_date() -> None:
    """"26 Desember 2017" = "Boxing Day 2017"; another holiday or another year is a changed date."""
    src = "Badai tropis itu menghantam pesisir pada 26 Desember 2017."
    assert _flagged(src, "The tropical storm hit the coast on Boxing Day 2017.") == []
    assert any("became" in m for m in _flagged(src, "The tropical storm hit the coast on Christmas Day 2017."))
    assert any("became" in m for m in _flagged(src, "The tropical storm hit the coast on Boxing Day 2018."))
