"""Sentence splitting: tricky English and Indonesian news cases, generic fallback, speed-independent."""

from __future__ import annotations

import pytest

from wiredrift.align.segment import find_dateline, split_sentences

# (text, expected sentences). Real wire-style sentences (Reuters, ANTARA, the VOI seed) and the
# classic traps: abbreviations, initials, decimals, quotes, datelines, ellipses, URLs, lists.
EN_CASES = [
    ("Still, the White House believes a full-blown invasion could occur at any time. The United States will "
     "continue diplomacy with Russia until the \"tank launches,\" another official told reporters.",
     ["Still, the White House believes a full-blown invasion could occur at any time.",
      "The United States will continue diplomacy with Russia until the \"tank launches,\" another official told reporters."]),
    ("\"This is not a further invasion because that is territory they have occupied,\" the official said.",
     ["\"This is not a further invasion because that is territory they have occupied,\" the official said."]),
    ("\"Russian troops moving to the Donbas itself would not be a new step. Russia has had troops there for "
     "eight years,\" he said.",
     ["\"Russian troops moving to the Donbas itself would not be a new step.",
      "Russia has had troops there for eight years,\" he said."]),
    ("He said the talks had failed.\" They left.", ["He said the talks had failed.\"", "They left."]),
    ("“We will respond,” she said. “Nobody wants war.”",
     ["“We will respond,” she said.", "“Nobody wants war.”"]),
    ("‘It is over.’ Then he left.", ["‘It is over.’", "Then he left."]),
    ("\"Stop!\" he shouted. The crowd kept moving.", ["\"Stop!\" he shouted.", "The crowd kept moving."]),
    ("\"Why now?\" Smith asked. Nobody answered.", ["\"Why now?\" Smith asked.", "Nobody answered."]),
    ("Is this the end? No one knows.", ["Is this the end?", "No one knows."]),
    ("U.S. President Joe Biden spoke on Monday.", ["U.S. President Joe Biden spoke on Monday."]),
    ("Russia Sends Troops To Two Separate Territories, U.S. Officials Value Non-Invasion As Of 2014",
     ["Russia Sends Troops To Two Separate Territories, U.S. Officials Value Non-Invasion As Of 2014"]),
    ("The company is based in the U.S. He said it would expand.",
     ["The company is based in the U.S.", "He said it would expand."]),
    ("Troops arrived in the U.K. on Monday.", ["Troops arrived in the U.K. on Monday."]),
    ("Martin Luther King Jr. was born in Atlanta.", ["Martin Luther King Jr. was born in Atlanta."]),
    ("Dr. Smith met Prof. Jones and Mrs. Brown at St. Paul's.",
     ["Dr. Smith met Prof. Jones and Mrs. Brown at St. Paul's."]),
    ("Sen. Elizabeth Warren and Rep. Adam Schiff wrote to Gov. Gavin Newsom.",
     ["Sen. Elizabeth Warren and Rep. Adam Schiff wrote to Gov. Gavin Newsom."]),
    ("Lt. Col. John Smith and Gen. Mark Milley attended.", ["Lt. Col. John Smith and Gen. Mark Milley attended."]),
    ("John F. Kennedy was shot in 1963.", ["John F. Kennedy was shot in 1963."]),
    ("Shares of Apple Inc. rose 2.5 percent. The index fell.",
     ["Shares of Apple Inc. rose 2.5 percent.", "The index fell."]),
    ("He works for Acme Corp. But he wants to leave.", ["He works for Acme Corp.", "But he wants to leave."]),
    ("The vote is set for Jan. 21 in Washington.", ["The vote is set for Jan. 21 in Washington."]),
    ("The meeting starts at 10 a.m. Monday and ends at 5 p.m. The talks will resume.",
     ["The meeting starts at 10 a.m. Monday and ends at 5 p.m.", "The talks will resume."]),
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("Fruits, e.g. apples, are healthy, i.e. good for you.", ["Fruits, e.g. apples, are healthy, i.e. good for you."]),
    ("It was Brazil vs. Germany in the final.", ["It was Brazil vs. Germany in the final."]),
    ("The budget is $1.5 billion, up from 1,000,000 last year. It grew.",
     ["The budget is $1.5 billion, up from 1,000,000 last year.", "It grew."]),
    ("He paused... and then spoke. Silence followed... Nobody moved.",
     ["He paused... and then spoke.", "Silence followed...", "Nobody moved."]),
    ("See https://www.reuters.com/world/europe/ for details. Email press@example.com. Thanks.",
     ["See https://www.reuters.com/world/europe/ for details.", "Email press@example.com.", "Thanks."]),
    ("WASHINGTON (Reuters) - The United States will impose sanctions. Officials said so.",
     ["WASHINGTON (Reuters) - The United States will impose sanctions.", "Officials said so."]),
    ("ST. LOUIS (Reuters) - A judge ruled on Tuesday.", ["ST. LOUIS (Reuters) - A judge ruled on Tuesday."]),
    ("1. Reduce emissions. 2. Protect forests.", ["1. Reduce emissions.", "2. Protect forests."]),
    ("Signing of the recognition in the Kremlin by President Putin. (Source Kremlin.ru)",
     ["Signing of the recognition in the Kremlin by President Putin. (Source Kremlin.ru)"]),
    ("The troops left (see the map.) Then they came back.",
     ["The troops left (see the map.)", "Then they came back."]),
    ("\"Are you serious?!\" he asked.", ["\"Are you serious?!\" he asked."]),
    ("He said: \"We won.\" And he smiled.", ["He said: \"We won.\"", "And he smiled."]),
    ("The first reading\n\nA new paragraph.", ["The first reading", "A new paragraph."]),
    ("A line broken\nacross two lines. Next one.", ["A line broken across two lines.", "Next one."]),
    ("Ms. Psaki spoke at 2 p.m. on Monday.", ["Ms. Psaki spoke at 2 p.m. on Monday."]),
    ("The U.N. Security Council met. It adjourned.", ["The U.N. Security Council met.", "It adjourned."]),
    ("He earned a Ph.D. in physics.", ["He earned a Ph.D. in physics."]),
    ("Who is he? asked the reporter.", ["Who is he? asked the reporter."]),
    ("He said \"no.\" Then he left.", ["He said \"no.\"", "Then he left."]),
    ("iPhone sales rose. iPad sales fell.", ["iPhone sales rose.", "iPad sales fell."]),
    ("\"Why am I told this now?\" She said no one had told her.",
     ["\"Why am I told this now?\"", "She said no one had told her."]),
    ("The U.S.-led coalition struck. It was late.", ["The U.S.-led coalition struck.", "It was late."]),
]

ID_CASES = [
    ("JAKARTA (ANTARA) - Presiden Joko Widodo meresmikan jalan tol itu pada Senin (21/2). Ia didampingi menteri.",
     ["JAKARTA (ANTARA) - Presiden Joko Widodo meresmikan jalan tol itu pada Senin (21/2).", "Ia didampingi menteri."]),
    ("Jakarta, 22/2 (ANTARA) - Harga cabai naik 12,5 persen. Pedagang mengeluh.",
     ["Jakarta, 22/2 (ANTARA) - Harga cabai naik 12,5 persen.", "Pedagang mengeluh."]),
    ("JAKARTA - Keputusan Presiden Rusia Vladimir Putin mengirim pasukan bukan invasi lanjutan, kata seorang pejabat AS.",
     ["JAKARTA - Keputusan Presiden Rusia Vladimir Putin mengirim pasukan bukan invasi lanjutan, kata seorang pejabat AS."]),
    ("\"Ini bukan invasi lebih lanjut karena itu wilayah yang sudah mereka duduki,\" kata pejabat itu.",
     ["\"Ini bukan invasi lebih lanjut karena itu wilayah yang sudah mereka duduki,\" kata pejabat itu."]),
    ("\"Pasukan Rusia bergerak ke Donbas bukan langkah baru. Rusia sudah punya pasukan di sana,\" ujarnya.",
     ["\"Pasukan Rusia bergerak ke Donbas bukan langkah baru.", "Rusia sudah punya pasukan di sana,\" ujarnya."]),
    ("“Kami tidak akan mundur,” tegasnya. “Ini soal kedaulatan.”",
     ["“Kami tidak akan mundur,” tegasnya.", "“Ini soal kedaulatan.”"]),
    ("Penelitian itu ditulis oleh Budi dkk. pada 2020.", ["Penelitian itu ditulis oleh Budi dkk. pada 2020."]),
    ("Ia membeli beras, gula, minyak, dll. Namun harganya naik.",
     ["Ia membeli beras, gula, minyak, dll.", "Namun harganya naik."]),
    ("Bantuan berupa sembako, obat-obatan, dsb. juga dikirim.",
     ["Bantuan berupa sembako, obat-obatan, dsb. juga dikirim."]),
    ("PT Bank Rakyat Indonesia (Persero) Tbk. mencatat laba Rp51,4 triliun. Laba itu naik.",
     ["PT Bank Rakyat Indonesia (Persero) Tbk. mencatat laba Rp51,4 triliun.", "Laba itu naik."]),
    ("Saham PT Telkom Indonesia Tbk. Sementara itu, IHSG melemah.",
     ["Saham PT Telkom Indonesia Tbk.", "Sementara itu, IHSG melemah."]),
    ("Kantornya di Jl. Medan Merdeka Barat No. 9, Jakarta Pusat.",
     ["Kantornya di Jl. Medan Merdeka Barat No. 9, Jakarta Pusat."]),
    ("Kuasa hukumnya, Andi Wijaya, S.H., M.H. menolak berkomentar.",
     ["Kuasa hukumnya, Andi Wijaya, S.H., M.H. menolak berkomentar."]),
    ("Gelar itu diberikan kepada Siti Aminah, S.E. Dia lulus tahun lalu.",
     ["Gelar itu diberikan kepada Siti Aminah, S.E.", "Dia lulus tahun lalu."]),
    ("Rektor Prof. Dr. Ir. Bambang Hartono, M.Si. membuka acara itu.",
     ["Rektor Prof. Dr. Ir. Bambang Hartono, M.Si. membuka acara itu."]),
    ("Jamaah dipimpin H. Ahmad dan Hj. Fatimah dari Kab. Bogor.",
     ["Jamaah dipimpin H. Ahmad dan Hj. Fatimah dari Kab. Bogor."]),
    ("Warga Kec. Cibinong, Kel. Pakansari, diminta waspada.",
     ["Warga Kec. Cibinong, Kel. Pakansari, diminta waspada."]),
    ("Pemeriksaan oleh dr. Tirta berlangsung singkat.", ["Pemeriksaan oleh dr. Tirta berlangsung singkat."]),
    ("Surat itu ditujukan kepada Yth. Bapak Gubernur.", ["Surat itu ditujukan kepada Yth. Bapak Gubernur."]),
    ("Populasi naik menjadi 1.000.000 jiwa. Pertumbuhan 2,5 persen.",
     ["Populasi naik menjadi 1.000.000 jiwa.", "Pertumbuhan 2,5 persen."]),
    ("Gempa terjadi pukul 10.30 WIB. Tidak ada korban jiwa.",
     ["Gempa terjadi pukul 10.30 WIB.", "Tidak ada korban jiwa."]),
    ("Hubungan Indonesia dan A.S. terus membaik. Kedua negara sepakat.",
     ["Hubungan Indonesia dan A.S. terus membaik.", "Kedua negara sepakat."]),
    ("Apakah ini akhir? Belum tentu.", ["Apakah ini akhir?", "Belum tentu."]),
    ("\"Awas!\" teriak warga. Mobil itu berhenti.", ["\"Awas!\" teriak warga.", "Mobil itu berhenti."]),
    ("\"Kenapa sekarang?\" tanya Budi kepada wartawan.", ["\"Kenapa sekarang?\" tanya Budi kepada wartawan."]),
    ("Ia terdiam... lalu berbicara. Semua menunggu... Tidak ada yang bergerak.",
     ["Ia terdiam... lalu berbicara.", "Semua menunggu...", "Tidak ada yang bergerak."]),
    ("Informasi lengkap di www.antaranews.com. Pembaca bisa mengaksesnya.",
     ["Informasi lengkap di www.antaranews.com.", "Pembaca bisa mengaksesnya."]),
    ("Penandatanganan pengakuan Republik Donetsk dan Lugansk di Kremlin oleh Presiden Putin. (Foto: Kremlin.ru)",
     ["Penandatanganan pengakuan Republik Donetsk dan Lugansk di Kremlin oleh Presiden Putin. (Foto: Kremlin.ru)"]),
    ("Banjir merendam 300 rumah, katanya. (ant)", ["Banjir merendam 300 rumah, katanya. (ant)"]),
    ("Rapat digelar 5 Jan. 2022 di Jakarta.", ["Rapat digelar 5 Jan. 2022 di Jakarta."]),
    ("Gedung Putih mengumumkan larangan investasi AS. Amerika Serikat juga menyiapkan sanksi.",
     ["Gedung Putih mengumumkan larangan investasi AS.", "Amerika Serikat juga menyiapkan sanksi."]),
    ("Pasukan Rusia telah berada di wilayah Donbas selama delapan tahun terakhir. Mereka kini melakukannya secara terbuka.",
     ["Pasukan Rusia telah berada di wilayah Donbas selama delapan tahun terakhir.",
      "Mereka kini melakukannya secara terbuka."]),
    ("1. Menjaga jarak. 2. Memakai masker.", ["1. Menjaga jarak.", "2. Memakai masker."]),
    ("Kapolda Irjen. Fadil Imran memimpin apel.", ["Kapolda Irjen. Fadil Imran memimpin apel."]),
    ("Harga emas Rp. 950.000 per gram. Naik tipis.", ["Harga emas Rp. 950.000 per gram.", "Naik tipis."]),
    # informal copy writes the rupiah sign in lower case
    ("Tiket masuk rp. 25.000 per orang. Parkir gratis.", ["Tiket masuk rp. 25.000 per orang.", "Parkir gratis."]),
    ("Ia berkata: \"Kami menang.\" Lalu ia tersenyum.", ["Ia berkata: \"Kami menang.\"", "Lalu ia tersenyum."]),
    ("Bandung, 3/3 (ANTARA) - Pemkot Bandung menyiapkan 20 posko.",
     ["Bandung, 3/3 (ANTARA) - Pemkot Bandung menyiapkan 20 posko."]),
    ("Rapat dimulai pk. 10.00 WIB dan selesai tgl. 5 Maret. Semua hadir.",
     ["Rapat dimulai pk. 10.00 WIB dan selesai tgl. 5 Maret.", "Semua hadir."]),
    ("\"Kapan?\" Budi menjawab singkat.", ["\"Kapan?\" Budi menjawab singkat."]),
    ("Sekolah itu a.l. SD dan SMP, buka pukul 07.00 s.d. 12.00 WIB.",
     ["Sekolah itu a.l. SD dan SMP, buka pukul 07.00 s.d. 12.00 WIB."]),
    ("Hasilnya mendapat nilai A. Hal ini menunjukkan kemajuan.",
     ["Hasilnya mendapat nilai A.", "Hal ini menunjukkan kemajuan."]),
]

GENERIC_CASES = [
    ("de", "Das Treffen fand am 5. Mai statt. Es regnete.", ["Das Treffen fand am 5. Mai statt.", "Es regnete."]),
    ("de", "Dr. Müller kam z.B. mit dem Zug. Er war pünktlich.",
     ["Dr. Müller kam z.B. mit dem Zug.", "Er war pünktlich."]),
    ("fr", "M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]),
    ("fr", "« Nous partons. » Puis il est parti.", ["« Nous partons. »", "Puis il est parti."]),
    ("es", "¿Dónde está? No lo sé.", ["¿Dónde está?", "No lo sé."]),
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_split_english(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ID_CASES)
def test_split_indonesian(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "id") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), GENERIC_CASES)
def test_split_generic(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_case_tables_are_large_enough() -> None:
    assert len(EN_CASES) >= 30 and len(ID_CASES) >= 30


@pytest.mark.parametrize(("text", "lang"), [(t, "en") for t, _ in EN_CASES] + [(t, "id") for t, _ in ID_CASES])
def test_split_keeps_every_character(text: str, lang: str) -> None:
    """Joining the sentences gives back the whitespace-normalised input: nothing lost or moved."""
    assert " ".join(split_sentences(text, lang)) == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("JAKARTA - Rusia", "JAKARTA"),
        ("JAKARTA (ANTARA) - Rusia", "JAKARTA"),
        ("WASHINGTON (Reuters) - The", "WASHINGTON"),
        ("WASHINGTON, Feb 21 (Reuters) - The", "WASHINGTON"),
        ("Jakarta, 22/2 (ANTARA) - Harga", "Jakarta"),
        ("Jakarta, Senin (21/2) - Harga", "Jakarta"),
        ("BEIJING, 22 Februari (Xinhua) -- China", "BEIJING"),
        ("KYIV, Ukraine (AP) — Russian", "KYIV"),
        ("Jakarta (ANTARA) – Harga", "Jakarta"),
        ("NEW YORK — Stocks", "NEW YORK"),
        ("JAKARTA, KOMPAS.com - Presiden", "JAKARTA"),
        ("ST. LOUIS (Reuters) - A judge", "ST. LOUIS"),
    ],
)
def test_find_dateline(text: str, place: str) -> None:
    found = find_dateline(text)
    assert found is not None and found[0] == place
    assert text[found[1]:][0].isupper()


@pytest.mark.parametrize(
    "text",
    ["Putin - the Kremlin leader - spoke.", "Meanwhile, the minister - who spoke - left.", "A - B", "The US - China talks"],
)
def test_find_dateline_rejects_ordinary_dashes(text: str) -> None:
    assert find_dateline(text) is None


def test_split_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        split_sentences(["a list"], "en")  # type: ignore[arg-type]


def test_split_empty_text() -> None:
    assert split_sentences("   \n\n  ", "id") == []


def test_split_many_sentences_is_linear() -> None:
    """A long text splits into exactly its sentences (the speed itself is measured by the benchmark)."""
    text = " ".join(f"Kalimat nomor {i} selesai di sini, kata Dr. Budi." for i in range(5000))
    assert len(split_sentences(text, "id")) == 5000
