"""Entity extraction and cross-lingual matching (exonyms, spelling variants, swaps) without the encoder."""

from __future__ import annotations

import pytest

from wiredrift.eval.drift.entities import entity_key, extract_entities

from drift_helpers import check_docs, check_pair

#: (Indonesian form, English form): the same known entity
EXONYMS = [
    ("Rusia", "Russia"), ("Rusia", "Russian"), ("Amerika Serikat", "United States"), ("AS", "U.S."), ("AS", "US"),
    ("Gedung Putih", "White House"), ("Moskow", "Moscow"), ("Kyiv", "Kiev"), ("Lugansk", "Luhansk"),
    ("Republik Rakyat Lugansk", "LNR"), ("Uni Soviet", "Soviet Union"), ("PBB", "United Nations"),
    ("Perserikatan Bangsa-Bangsa", "UN"), ("Sekjen", "Secretary-General"), ("NATO", "NATO"), ("Krimea", "Crimea"),
    ("Donbas", "Donbass"), ("Ukraina", "Ukraine"), ("Jerman", "Germany"), ("Prancis", "France"),
    ("Inggris", "Britain"), ("Inggris", "UK"), ("Tiongkok", "China"), ("Jepang", "Japan"), ("Belanda", "Dutch"),
    ("Korea Selatan", "South Korea"), ("Selandia Baru", "New Zealand"),
]


@pytest.mark.parametrize("id_form,en_form", EXONYMS)
def test_exonyms(id_form: str, en_form: str) -> None:
    assert entity_key(id_form, "id") is not None
    assert entity_key(id_form, "id") == entity_key(en_form, "en")


def test_different_entities_stay_apart() -> None:
    assert entity_key("Donetsk", "en") != entity_key("Lugansk", "en")
    assert entity_key("Soviet", "en") != entity_key("Soviet Union", "en")


def test_as_is_not_us_in_english_headline() -> None:
    assert [e.text for e in extract_entities("Officials Value Non-Invasion As Of 2014", "en", title_case=True)] == []


#: capitalised words that are not names
NOT_NAMES = [
    ("JAKARTA - Presiden Rusia Vladimir Putin mengirim pasukan.", "id", ["Presiden", "Rusia", "Vladimir Putin"]),
    ("Meski demikian, Gedung Putih meyakini invasi bisa terjadi.", "id", ["Gedung Putih"]),
    ("Still, the White House believes an invasion could occur.", "en", ["White House"]),
    ("Rusia Kirim Pasukan ke Dua Wilayah Separatis, Pejabat AS Nilai Bukan Invasi", "id", ["Rusia", "AS"]),
]


@pytest.mark.parametrize("text,lang,expected", NOT_NAMES)
def test_extract(text: str, lang: str, expected: list[str]) -> None:
    title = text.istitle() or sum(w[:1].isupper() for w in text.split()) > 0.6 * len(text.split())
    ents = extract_entities(text, lang, title_case=title)
    assert [e.text for e in ents if e.text != "JAKARTA"] == expected
    for e in ents:
        assert text[e.start:e.end] == e.text


#: pairs that must not be flagged (traps and real translation habits)
SAME = [
    ("Pejabat AS Nilai Bukan Invasi Seperti Tahun 2014", "U.S. Officials Value Non-Invasion As Of 2014"),
    ("Gedung Putih meyakini invasi bisa terjadi, sementara Amerika Serikat akan terus berdiplomasi dengan Rusia.",
     "The White House believes an invasion could occur; the United States will continue diplomacy with Russia."),
    ("Pasukan Rusia dikirim ke Luhansk.", "Russian troops were sent to Lugansk."),
    ("Kepala misi di Kiev dipanggil pulang.", "The head of mission in Kyiv was recalled."),
    ("Perdana Menteri Theresa May menuduh kritikus.", "Prime Minister Theresa May accused critics."),
    ("Presiden Rusia Vladimir Putin berbicara.", "Putin spoke."),
    ("Dalam peradaban Romawi, toilet menyatu dengan pemandian.", "In Roman civilization, toilets were part of bath houses."),
    ("Suhu di Arktik menjadi lebih dingin.", "The Arctic gets cooler."),
    ("Kantor Koroner Paroki Baton Rouge Timur merilis laporan.", "The East Baton Rouge Parish Coroner's Office released a report."),
    ("Taman Nasional Kruger (TNK) terletak di Afrika Selatan.", "The Kruger National Park (KNP) lies in South Africa."),
]


@pytest.mark.parametrize("src,tgt", SAME)
def test_same_not_flagged(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity"] == []


#: (src, tgt, src span, tgt span): an entity swapped for another
SWAPS = [
    ("Dua wilayah yang memisahkan diri (Donetsk dan Krimea) diakui.", "The two territories, Donetsk and Lugansk, were recognised.",
     "Krimea", "Lugansk"),
    ("Ia akan melangkah mengingat tindakan Kyiv.", "He will proceed given Moscow's actions.", "Kyiv", "Moscow"),
    ("Chelsea menghadapi Videoton di London.", "Chelsea faces Videoton in Manchester.", "London", "Manchester"),
    ("Menteri Luar Negeri Mike Pompeo bertemu Kim.", "Secretary of State Rex Tillerson met Kim.", "Mike Pompeo", "Rex Tillerson"),
    ("Mereka bergabung dengan Uni Eropa dan NATO.", "They join the EU and OECD.", "NATO", "OECD"),
]


@pytest.mark.parametrize("src,tgt,s_span,t_span", SWAPS)
def test_swap_is_critical(src: str, tgt: str, s_span: str, t_span: str) -> None:
    found = [f for f in check_pair(src, tgt) if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", s_span, t_span)]
    assert f"entity {s_span} (ID) became {t_span} (EN)" in found[0].message


def test_gloss_contradicting_its_acronym() -> None:
    src = "Perintah itu berlaku di DNR (Republik Rakyat Donetsk) dan LNR (Republik Rakyat Lugansk)."
    tgt = "The order applies in the DNR (Donetsk People's Republic) and LNR (Donetsk People's Republic)."
    found = [f for f in check_pair(src, tgt) if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [
        ("critical", "Republik Rakyat Lugansk", "Donetsk People's Republic")]


@pytest.mark.parametrize("src,tgt,changed", [
    # a gloss tells which body an ambiguous acronym means (English "DPR" alone is the Donetsk People's Republic)
    ("Anggaran itu dibahas dengan Dewan Perwakilan Rakyat (DPR).",
     "The budget was discussed with the House of Representatives (DPR).",
     "The budget was discussed with the Constitutional Court (DPR)."),
    # an acronym written in capitals on both sides is the same name ("AS Monaco" is no "United States")
    ("Klub AS Monaco mengajukan banding ke Liga Prancis (LFP).", "The club AS Monaco appealed to the French League (LFP).",
     "The club AS Monaco appealed to the Italian League (LFP)."),
    # a name's own words written with or without a hyphen, its common words translated
    ("Ia kembali memenangkan Kontes Yo-Yo Dunia di divisi artistik.", "He again won the World YoYo Contest in the artistic division.",
     "He again won the World Frisbee Contest in the artistic division."),
    # exonyms written two ways, and places whose English name holds a word that alone is a demonym ("Pole")
    ("Basel mengalahkan Chelsea di Stamford Bridge.", "Basle beat Chelsea at Stamford Bridge.",
     "Zurich beat Chelsea at Stamford Bridge."),
    ("Tim itu berdiri di atas es di Kutub Utara.", "The team stood on the ice at the North Pole.",
     "The team stood on the ice at the South Pole."),
    # a religious title before a name and an honorific after it ("Nabi Muhammad SAW" = "the Prophet Muhammad")
    ("Umat Islam memperingati kelahiran Nabi Muhammad SAW di Masjid Istiqlal.",
     "Muslims marked the birth of the Prophet Muhammad at the Istiqlal Mosque.",
     "Muslims marked the birth of the Prophet Isa at the Istiqlal Mosque."),
    # temperature scales are units, not names
    ("Suhu di Surabaya mencapai 40 derajat Celsius.", "Temperatures in Surabaya reached 104 degrees Fahrenheit.",
     "Temperatures in Surabaya reached 114 degrees Fahrenheit."),
    # a tax and age-group teams named by acronym
    ("Fraksi itu menolak kenaikan tarif PPN menjadi 12 persen.", "The faction rejected raising the VAT rate to 12 percent.",
     "The faction rejected raising the GDP rate to 12 percent."),
    ("Timnas U-23 lolos ke semifinal Piala AFF.", "The Under-23 national team reached the AFF Cup semifinals.",
     "The Under-20 national team reached the AFF Cup semifinals."),
    ("Pelatih timnas U-20 memanggil 28 pemain.", "The under-20 team's coach called up 28 players.",
     "The under-17 team's coach called up 28 players."),
])
def test_rendered_forms_of_a_name_are_no_finding(src: str, tgt: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair(src, changed)}


def test_soviet_republic_is_not_the_soviet_union() -> None:
    found = check_pair("Pasukan dikirim ke bekas republik Soviet itu.", "Troops were sent to the former Soviet Union.")
    assert [(f.kind, f.src_span, f.tgt_span) for f in found] == [("entity", "Soviet", "Soviet Union")]


def test_name_moved_to_next_sentence_is_not_a_swap() -> None:
    src = ["Menurut Reuters, pasukan dikirim.", "Putin menandatangani dekret."]
    tgt = ["Troops were sent.", "Putin signed the decree, Reuters reported."]
    assert [f for f in check_docs(src, tgt) if f.kind == "entity"] == []


def test_dropped_full_name_is_critical() -> None:
    found = [f for f in check_pair("Ia bertemu Jens Stoltenberg di Brussel.", "He met him in Brussels.") if f.kind == "entity"]
    assert [(f.severity, f.src_span) for f in found] == [("critical", "Jens Stoltenberg")]


def test_added_full_name_is_major() -> None:
    found = [f for f in check_pair("Ia bertemu dia di Brussel.", "He met Jens Stoltenberg in Brussels.") if f.kind == "entity"]
    assert [(f.severity, f.tgt_span) for f in found] == [("major", "Jens Stoltenberg")]


@pytest.mark.parametrize("src,tgt,dropped", [
    # a name made of English words inside Indonesian text is copied, so the translation must keep it
    ("Ia tampil di acara Morning Joe pekan lalu.", "He appeared on the show last week.", "Morning Joe"),
    ("Ia diwawancarai dalam acara Fox Business Network pada hari Minggu.", "He was interviewed on the channel on Sunday.", "Fox Business Network"),
    # an Indonesian regency written alike in English
    ("Tanah longsor menimbun tiga rumah di Cianjur, kata polisi.", "A landslide buried three houses, police said.", "Cianjur"),
    # one word the Indonesian gazetteer types as a place
    ("Sebuah kapal nelayan karam di perairan Sumenep, kata polisi.", "A fishing boat sank, police said.", "Sumenep"),
])
def test_dropped_copied_name_or_indonesian_place_is_critical(src: str, tgt: str, dropped: str) -> None:
    found = [f for f in check_pair(src, tgt) if f.kind == "entity"]
    assert [(f.severity, f.src_span) for f in found] == [("critical", dropped)]


@pytest.mark.parametrize("src,tgt", [
    ("Ia tampil di acara Morning Joe pekan lalu.", "He appeared on Morning Joe last week."),
    ("Tanah longsor menimbun tiga rumah di Cianjur.", "A landslide buried three houses in Cianjur."),
    # English adding a city to place a body is no loss
    ("Menurut badan geofisika, gempa itu tidak memicu tsunami.", "According to the Jakarta geophysics agency, the quake did not trigger a tsunami."),
])
def test_kept_or_added_place_gives_no_entity_finding(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity"] == []


def test_name_is_not_matched_by_a_lookalike_ordinary_word() -> None:
    # "Haris" is no spelling of "hari" (day): a name's fuzzy counterpart is a capitalised word
    found = [f for f in check_pair("Badai itu melewati Tucson pada hari Selasa.", "The storm passed over Haris on Tuesday.")
             if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Tucson", "Haris")]
    # an exact lower-case counterpart, a longer derived form and a capitalised spelling variant still match
    assert [f for f in check_pair('Komentar: "Trauma yang bisa dimengerti."', 'A comment: "Understandably traumatic."')
            if f.kind == "entity"] == []
    assert [f for f in check_pair("Pasukan dikirim ke Luhansk.", "Troops were sent to Lugansk.") if f.kind == "entity"] == []


@pytest.mark.parametrize("src,tgt,s_span,t_span", [
    ("Ia punya sedikit karakter Mr Carpenter.", "He has a little of Mr Bean.", "Carpenter", "Bean"),
    ("Pesan itu ditulis nyonya Kopi ke suaminya.", "Mrs Plaskett-Ivory wrote the text to her husband.", "Kopi", "Plaskett-Ivory"),
])
def test_word_after_an_honorific_is_a_name_that_can_be_swapped(src: str, tgt: str, s_span: str, t_span: str) -> None:
    # one change, one finding: a writer's name swapped is reported once (as attribution where it is a source)
    found = [f for f in check_pair(src, tgt) if f.kind in ("entity", "attribution")]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", s_span, t_span)]


def test_same_name_after_an_honorific_not_flagged() -> None:
    assert [f for f in check_pair("Ia punya sedikit karakter Mr Bean.", "He has a little of Mr Bean.") if f.kind == "entity"] == []


@pytest.mark.parametrize("src,tgt", [
    ("Keberhasilannya sebagai Tuan Pelindung layak dirayakan.", "His achievements as Lord Protector are worth celebrating."),
    ('Setelah "Tuan Presiden Iblis" menyebutnya begitu.', 'After "Mr Evil President" called him that.'),
])
def test_honorific_before_a_title_or_nickname_not_a_swap(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity"] == []


def test_untranslated_capitalised_word_swapped_for_another() -> None:
    # "Post" left in English inside an Indonesian sentence is a name; the English side names another paper
    # (the addressee of "told" is a source: one attribution finding, not also an entity finding)
    found = [f for f in check_pair("Kami bukan orang jahat, kata suaminya kepada pihak Post.", "We are not bad people, her husband told the Times.")
             if f.kind in ("entity", "attribution")]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Post", "Times")]
    assert [f for f in check_pair("Kami bukan orang jahat, kata suaminya kepada pihak Post.", "We are not bad people, her husband told the Post.")
            if f.kind == "entity"] == []


def test_english_word_capitalised_in_indonesian_judged_by_the_indonesian_text() -> None:
    # "mother" in lower case on the English side does not make "Mother" (an agency's name, left in English
    # in the Indonesian text) an ordinary word there
    src = ["Ana Balarin, seorang mitra di Mother, berkomentar.", "Pompa itu dibuat untuk para ibu."]
    tgt = ["Ana Balarin, a partner at Illinois, commented.", "The pump is made for every mother."]
    found = [f for f in check_docs(src, tgt) if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Mother", "Illinois")]
    tgt[0] = "Ana Balarin, a partner at Mother, commented."
    assert [f for f in check_docs(src, tgt) if f.kind == "entity"] == []


@pytest.mark.parametrize("src,tgt", [
    # a transliteration trading vowel spellings is the same name
    ('Para peziarah mendaki Bukit "Nur" sebelum fajar.', 'Pilgrims climbed the "Noor" hill before dawn.'),
    # part of an unknown name rendered word by word: translated, not replaced
    ("Pengunjung memadati Menara Kembar saat libur.", "Visitors crowded the Twin Towers over the holiday, Reuters said."),
])
def test_rendered_names_are_no_swap(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity" and f.severity == "critical"] == []


def test_two_names_differing_in_vowels_are_still_a_swap() -> None:
    found = [f for f in check_pair("Rapat itu dipimpin Hasan Lubis.", "The meeting was chaired by Husin Siregar.") if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Hasan Lubis", "Husin Siregar")]
    found = [f for f in check_pair("Rapat itu dipimpin Kapten Joko.", "The meeting was chaired by Captain Jaka.") if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Joko", "Jaka")]


def test_a_name_after_a_place_head_is_a_place() -> None:
    [m] = [m for m in extract_entities("Pemerintah meminta warga Kabupaten Pandeglang menjauhi pantai.", "id")]
    assert m.text.endswith("Pandeglang") and m.type == "PLACE"
    found = check_pair("Laga pekan depan akan digelar di Stadion Manahan, menurut jadwal liga.",
                       "Next week's match will be played at Jatidiri Stadium, according to the league schedule.")
    assert [(f.severity, f.src_span, f.tgt_span) for f in found if f.kind in ("entity", "attribution")] == [
        ("critical", "Stadion Manahan", "Jatidiri Stadium")]
    # a place that ends the statement before ", kata X" is no speaker: an entity swap, not an attribution one
    found = check_pair("Laga pekan depan akan digelar di Stadion Manahan, kata panitia.",
                       "Next week's match will be played at Jatidiri Stadium, the organisers said.")
    assert [(f.kind, f.src_span, f.tgt_span) for f in found] == [("entity", "Stadion Manahan", "Jatidiri Stadium")]


def test_a_name_written_as_its_initials_on_the_other_side_is_kept() -> None:
    assert check_pair("Ia pemain basket di Louisiana State University yang tewas ditembak.",
                      "He was a basketball player at LSU who was shot dead.") == []
    found = check_pair("Ia pemain basket di Louisiana State University yang tewas ditembak.",
                       "He was a basketball player at UCLA who was shot dead.")
    assert [f.src_span for f in found if f.kind == "entity"] == ["Louisiana State University"]


def test_a_swap_that_keeps_the_first_name_is_still_a_swap() -> None:
    found = [f for f in check_pair("Rapat itu dipimpin Agus Priyanto dari Dinas Sosial.",
                                   "The meeting was chaired by Agus Santoso of the social affairs office.") if f.kind == "entity"]
    assert [(f.severity, f.src_span, f.tgt_span) for f in found] == [("critical", "Agus Priyanto", "Agus Santoso")]


@pytest.mark.parametrize("src,faithful,changed", [
    ("Kuasa hukum Ratna Dewi Lubis mengajukan banding.", "Ratna Dewi Lubis's lawyer filed an appeal.",
     "Ratna Dewi Siregar's lawyer filed an appeal."),
    ("Saksi Ahmad Yani bin Hasan dihadirkan jaksa.", "Prosecutors presented witness Ahmad Yani bin Hasan.",
     "Prosecutors presented witness Ahmad Zaki bin Hasan."),
    # a company name whose changed word is an Indonesian function word inside the name ("Baru": new, just)
    ("Tergugat dalam perkara itu adalah PT Cahaya Murni Abadi.", "The defendant in the case is PT Cahaya Murni Abadi.",
     "The defendant in the case is PT Cahaya Baru Abadi."),
])
def test_a_name_with_one_word_changed_is_a_swap(src: str, faithful: str, changed: str) -> None:
    assert [f for f in check_pair(src, faithful) if f.kind == "entity"] == []
    found = [f for f in check_pair(src, changed) if f.kind == "entity"]
    assert [f.severity for f in found] == ["critical"]


@pytest.mark.parametrize("src,tgt", [
    ('Dan Anda berkata, "Dok, apa yang harus saya lakukan?"', 'And you say, "Doc, what should I do?"'),
    ("Pemerintah Kamboja melarang penyebaran laporan tersebut.", "The Cambodian government banned that report."),
    ('Dan ia berkata, "Hai."', 'And he said, "Hi."'),
    ("Xabi Alonso meninggalkan Real Madrid untuk Bayern Muenchen musim panas lalu.", "Xabi Alonso left Real Madrid for Bayern Munich last summer."),
    ("Spesies ini hidup di Asia Tenggara dan Sri Lanka.", "This species lives in South East Asia and Sri Lanka."),
])
def test_spelling_variants_demonyms_and_interjections_are_no_swap(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity"] == []


def test_a_place_demonym_is_the_place() -> None:
    assert [f.message for f in check_pair(
        '"Saya akan membuat NYCFC menjadi klub yang dibanggakan warga New York."',
        '"I will make NYCFC a club that New Yorkers will be proud of."') if f.kind == "entity"] == []


@pytest.mark.parametrize("src,tgt,changed", [
    # written with or without a hyphen or a space, in either case: one name
    ("Warga desa memasang instalasi Bio-gas di setiap rumah.", "Villagers installed a Biogas unit in every house.",
     "Villagers installed a Biomax unit in every house."),
    ("Para petani membeli pupuk merek Agro Mas.", "The farmers bought fertiliser of the AgroMas brand.",
     "The farmers bought fertiliser of the AgroPrima brand."),
    # an acronym's plural, hyphenated or not
    ("Arsip itu disimpan dalam beberapa CD-ROM.", "The archive was stored on several CD-ROMs.",
     "The archive was stored on several DVD-RAMs."),
    # holidays and a common Indonesian acronym rendered in English
    ("Umat Katolik memadati gereja pada Rabu Abu.", "Catholics packed the churches on Ash Wednesday.",
     "Catholics packed the churches on Palm Sunday."),
    ("Gereja mengadakan retret menjelang Prapaskah.", "The church held a retreat ahead of Lent.",
     "The church held a retreat ahead of Pentecost."),
    ("Bank itu memperluas kredit untuk UMKM di Jawa Tengah.", "The bank expanded loans for MSMEs in Central Java.",
     "The bank expanded loans for NGOs in Central Java."),
])
def test_spelling_and_rendering_variants_are_one_entity(src: str, tgt: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity"] == []
    assert [f.severity for f in check_pair(src, changed) if f.kind == "entity"] == ["critical"]




@pytest.mark.parametrize("src,faithful,changed", [
    # wire desks write a ministry in lower case ("the trade ministry said"): still the body, so a swap is caught
    ("Kementerian Perdagangan memperpanjang larangan ekspor minyak goreng, Selasa (17/5).",
     "The trade ministry extended the cooking oil export ban on Tuesday (May 17).",
     "The agriculture ministry extended the cooking oil export ban on Tuesday (May 17)."),
    ("BPOM menarik 12 merek sirup obat batuk dari peredaran.",
     "The food and drug agency BPOM pulled 12 brands of cough syrup from the market.",
     "The health ministry pulled 12 brands of cough syrup from the market."),
])
def test_a_ministry_in_lower_case(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


@pytest.mark.parametrize("src,faithful,changed,s_span,t_span", [
    # a region's short name after an office or a government body, before the holder's name
    ("Ketua DPRD Jabar Buky Wibawa meminta pemprov menunda proyek itu.",
     "West Java DPRD Speaker Buky Wibawa asked the provincial administration to postpone the project.",
     "Central Java DPRD Speaker Buky Wibawa asked the provincial administration to postpone the project.",
     "Jabar", "Central Java"),
    ("Kajati Sultra Raimel Jesaja mengatakan berkas perkara sudah lengkap.",
     "Southeast Sulawesi High Prosecutor's Office head Raimel Jesaja said the case file was complete.",
     "South Sulawesi High Prosecutor's Office head Raimel Jesaja said the case file was complete.",
     "Sultra", "South Sulawesi"),
    # a province and one of its cities: another tier of government, though the two are related
    ("Kepala Dinas Kesehatan Jawa Tengah Yunita Dyah Suminar mengatakan kasus DBD menurun.",
     "Central Java Health Office head Yunita Dyah Suminar said dengue cases were falling.",
     "Semarang Health Office head Yunita Dyah Suminar said dengue cases were falling.",
     "Jawa Tengah", "Semarang"),
    ("Ketua DPRD Kabupaten Sleman Haris Sugiharta membuka rapat paripurna.",
     "Sleman regency council speaker Haris Sugiharta opened the plenary session.",
     "Yogyakarta council speaker Haris Sugiharta opened the plenary session.",
     "Kabupaten Sleman", "Yogyakarta"),
])
def test_a_region_beside_an_office_is_the_office_s(src: str, faithful: str, changed: str, s_span: str, t_span: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    found = [f for f in check_pair(src, changed) if f.kind == "entity" and f.severity == "critical"]
    assert [(f.src_span, f.tgt_span) for f in found] == [(s_span, t_span)]


def test_a_city_with_its_province_added_or_jakarta_s_municipality_is_no_change() -> None:
    for src, tgt in (("Banjir merendam 200 rumah di Kota Semarang.", "Floods inundated 200 houses in Semarang, Central Java."),
                     ("Kebakaran melanda pasar di Jakarta Pusat, Selasa.", "A fire hit a market in Jakarta on Tuesday.")):
        assert [f.message for f in check_pair(src, tgt) if f.severity in ("critical", "major")] == []


def test_a_province_against_its_island_is_a_changed_region_unless_they_share_a_word() -> None:
    src = "Harga telur ayam di Provinsi Gorontalo naik menjadi Rp32.000 per kilogram."
    found = [f for f in check_pair(src, "Chicken egg prices in Sulawesi rose to Rp32,000 per kilogram.") if f.severity == "critical"]
    assert [(f.src_span, f.tgt_span) for f in found] == [("Provinsi Gorontalo", "Sulawesi")]
    # "Papua" written for the province: one name for the other, not another tier
    assert [f.message for f in check_pair("Gempa mengguncang Papua, Senin.", "An earthquake struck Papua province on Monday.")
            if f.severity in ("critical", "major")] == []


def test_an_office_in_title_case_and_an_american_secretary() -> None:
    src = "Direktur Reserse Narkoba Polda Metro Jaya Kombes Pol Ahmad David mengatakan jaringan itu dikendalikan dari lapas."
    assert [f.message for f in check_pair(src, "Director of Narcotics at the Jakarta Metropolitan Police Sr. Comr. Ahmad David "
                                               "said the network was run from a prison.") if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair(src, "Director of Traffic at the Jakarta Metropolitan Police Sr. Comr. "
                                                              "Ahmad David said the network was run from a prison.")}
    # a US cabinet secretary is a minister, while a regional head rendered "secretary" is another office
    assert [f.message for f in check_pair("Menteri Dalam Negeri AS Ryan Zinke mengatakan hal itu.",
                                          "US Interior Secretary Ryan Zinke said so.") if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair("Kepala BPBD Garut Satria Budi mengatakan 50 rumah rusak.",
                                                         "Garut BPBD secretary Satria Budi said 50 houses were damaged.")}


@pytest.mark.parametrize("src,faithful,changed,t_span", [
    ("Banjir merendam 300 rumah di Kota Bekasi, dan Pemkot Bekasi membuka posko pengungsian.",
     "Floods inundated 300 houses in Bekasi city, and the Bekasi city administration opened an evacuation post.",
     "Floods inundated 300 houses in Bekasi city, and the Depok city administration opened an evacuation post.", "Depok"),
    ("Pemprov Jatim menggelar pasar murah di 38 kabupaten dan kota se-Jawa Timur.",
     "The East Java provincial government held cheap markets in all 38 regencies and cities in East Java.",
     "The East Java provincial government held cheap markets in all 38 regencies and cities in Central Java.", "Central Java"),
    ("Gubernur Jabar Dedi Mulyadi meminta bupati dan wali kota menertibkan bangunan liar.",
     "West Java Governor Dedi Mulyadi asked regents and mayors to clear illegal buildings.",
     "West Java Governor Dedi Mulyadi asked governors and mayors to clear illegal buildings.", "governors"),
])
def test_a_repeated_region_or_office_changed_once(src: str, faithful: str, changed: str, t_span: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert [f.tgt_span for f in check_pair(src, changed) if f.kind == "entity" and f.severity == "critical"] == [t_span]


def test_a_repeated_region_dropped_once_is_no_change() -> None:
    src = "Pemprov Jatim menggelar pasar murah di 38 kabupaten dan kota se-Jawa Timur."
    tgt = "The East Java provincial government held cheap markets in all 38 of the province's regencies and cities."
    assert [f.message for f in check_pair(src, tgt) if f.severity in ("critical", "major")] == []


def test_a_repeat_held_inside_a_longer_name() -> None:
    src = "Wakil Wali Kota Batam Li Claudia Chandra meninjau Pelabuhan Batam Centre."
    assert [f.message for f in check_pair(src, "Batam Deputy Mayor Li Claudia Chandra inspected Batam Centre port.")
            if f.severity in ("critical", "major")] == []
    assert [f.tgt_span for f in check_pair(src, "Tanjungpinang Deputy Mayor Li Claudia Chandra inspected Batam Centre port.")
            if f.severity == "critical"] == ["Tanjungpinang"]


@pytest.mark.parametrize("changed", [
    "West Java education office deputy head Wahyu Mijaya said school enrolment would open next month.",
    "West Java education office secretary Wahyu Mijaya said school enrolment would open next month.",
])
def test_a_regional_office_s_head_written_short_is_an_office(changed: str) -> None:
    src = "Kadisdik Jabar Wahyu Mijaya mengatakan PPDB dibuka bulan depan."
    faithful = "West Java education office head Wahyu Mijaya said school enrolment would open next month."
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert [f.src_span for f in check_pair(src, changed) if f.kind == "entity" and f.severity == "critical"] == ["Kadisdik"]


@pytest.mark.parametrize("src,faithful,changed,s_span,t_span", [
    ("Kabut asap dari Kalbar dan Kalteng mulai masuk ke wilayah Malaysia.",
     "Haze from West and Central Kalimantan has begun to drift into Malaysia.",
     "Haze from West and East Kalimantan has begun to drift into Malaysia.", "Kalteng", "East Kalimantan"),
    ("Banjir melanda Sulawesi Utara dan Selatan, Senin.", "Floods hit North and South Sulawesi on Monday.",
     "Floods hit North and Southeast Sulawesi on Monday.", "Selatan", "Southeast Sulawesi"),
])
def test_two_directional_places_sharing_their_name(src: str, faithful: str, changed: str, s_span: str, t_span: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert [(f.src_span, f.tgt_span) for f in check_pair(src, changed) if f.severity == "critical"] == [(s_span, t_span)]


#: (Indonesian form, English form) of the public categories Indonesian names in its own words
CATEGORY_EXONYMS = [
    ("Amerika Selatan", "South America"), ("Eropa Timur", "Eastern Europe"), ("Laut Merah", "Red Sea"),
    ("Laut Kaspia", "Caspian Sea"), ("Teluk Persia", "Persian Gulf"), ("Sungai Nil", "Nile"), ("Alpen", "Alps"),
    ("Yupiter", "Jupiter"), ("Saturnus", "Saturn"), ("Konghucu", "Confucian"), ("Taurat", "Torah"), ("Weda", "Vedas"),
    ("Sanskerta", "Sanskrit"), ("Utsmaniyah", "Ottoman Empire"), ("Mahkamah Pidana Internasional", "International Criminal Court"),
    ("Piala Dunia", "World Cup"), ("Perang Dunia II", "Second World War"), ("Perang Dingin", "Cold War"),
    ("Hari Pahlawan", "Heroes' Day"), ("Kitab Kejadian", "Book of Genesis"),
]


@pytest.mark.parametrize("id_form,en_form", CATEGORY_EXONYMS)
def test_category_exonyms(id_form: str, en_form: str) -> None:
    assert entity_key(id_form, "id") is not None
    assert entity_key(id_form, "id") == entity_key(en_form, "en")


@pytest.mark.parametrize("src,faithful,changed", [
    # two members of one category: a swap
    ("Kapal selam itu berpatroli di Laut Kuning pekan lalu.", "The submarine patrolled the Yellow Sea last week.",
     "The submarine patrolled the Sea of Japan last week."),
    ("Teleskop itu memotret cincin Saturnus dengan resolusi tinggi.", "The telescope photographed Saturn's rings in high resolution.",
     "The telescope photographed Neptune's rings in high resolution."),
    ("Arkeolog menemukan koin dari masa Kekaisaran Romawi di pesisir itu.", "Archaeologists found coins from the Roman Empire on the coast.",
     "Archaeologists found coins from the Byzantine Empire on the coast."),
    # a given name or a ruler's title written as its rendering (given_names.tsv) is the same word of the name
    ("Relief itu menggambarkan Nabi Yunus di dalam perut ikan.", "The relief shows the Prophet Jonah inside the fish.",
     "The relief shows the Prophet Elijah inside the fish."),
    ("Gereja tua itu dipersembahkan kepada Santo Nikolaus.", "The old church is dedicated to Saint Nicholas.",
     "The old church is dedicated to Saint Benedict."),
])
def test_category_members_rendered_and_swapped(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair(src, changed)}


@pytest.mark.parametrize("src,faithful,changed", [
    # two unknown names under institution heads of one kind: one body, its other words translated
    ("Ikatan Apoteker Kanada merilis pedoman baru bulan ini.", "The Canadian Pharmacists Association released new guidelines this month.",
     "The World Health Organization released new guidelines this month."),
    # two names each holding a word of its own language: each translated, either may render the other
    ("Wisatawan memadati Kuil Emas di Amritsar.", "Tourists crowded the Golden Temple in Amritsar.",
     "Tourists crowded the Golden Temple in Jaipur."),
])
def test_translated_names_are_no_swap(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair(src, changed)}


def test_a_known_qualifier_of_a_longer_name_renders_a_translated_name() -> None:
    # "Western" is the qualifier of "Western Wall", which renders "Tembok Ratapan"
    src = "Peziarah berdoa di depan Tembok Ratapan sejak subuh."
    assert [f.message for f in check_pair(src, "Pilgrims prayed at the Western Wall from dawn.") if f.severity in ("critical", "major")] == []
    # a known place standing alone in its place is still a swap
    assert "critical" in {f.severity for f in check_pair(src, "Pilgrims prayed in Egypt from dawn.") if f.kind == "entity"}


def test_a_compass_word_of_two_words_is_not_a_region_s_last_word() -> None:
    # "Afrika Barat Daya" is South West Africa, not West Africa followed by "Daya"
    assert [(e.text, e.key) for e in extract_entities("Wilayah Afrika Barat Daya merdeka pada 1990.", "id")][:2] == [
        ("Afrika", "AFRICA"), ("Barat Daya", "SOUTHWEST")]
    assert entity_key("Afrika Barat", "id") is not None
    assert entity_key("Afrika Barat", "id") == entity_key("West Africa", "en")


@pytest.mark.parametrize("src,faithful,changed", [
    # a name translated word by word (renderings.tsv, from a dictionary): its words are written as their renderings
    ("Para biarawati berdoa di Bukit Zaitun setiap pagi.", "The nuns pray on the Mount of Olives every morning.",
     "The nuns pray on the Mount of Tabor every morning."),
    ("Ribuan umat mengikuti Jalan Salib di kota tua itu.", "Thousands of faithful joined the Way of the Cross in the old town.",
     "Thousands of faithful joined the Via Dolorosa Lutheran procession in the old town."),
    ("Umat Buddha berziarah ke Kuil Gigi di Kandy.", "Buddhists made a pilgrimage to the Temple of the Tooth in Kandy.",
     "Buddhists made a pilgrimage to the Temple of Kelaniya in Kandy."),
    # a dynasty's or a realm's name after its head word is a name ("Dinasti Ming")
    ("Vas dari Dinasti Tang itu dilelang pekan lalu.", "The Tang dynasty vase was auctioned last week.",
     "The Song dynasty vase was auctioned last week."),
])
def test_a_name_rendered_word_by_word(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in {f.severity for f in check_pair(src, changed)}


def test_a_speaker_s_name_is_not_matched_by_renderings() -> None:
    from wiredrift.eval.drift.entities import match_entity
    m = extract_entities("Ia berdoa di Bukit Zaitun.", "id")[-1]
    assert match_entity(m, "She prayed on the Mount of Olives.", [], rendered=True)
    assert not match_entity(m, "She prayed on the Mount of Olives.", [])


@pytest.mark.parametrize("src,faithful,changed", [
    # "former" before an office on one side only: a past holder is another title than the present one
    ("Mantan Menteri Kesehatan Terawan Agus Putranto menghadiri peluncuran vaksin di Semarang.",
     "Former Health Minister Terawan Agus Putranto attended the vaccine launch in Semarang.",
     "Health Minister Terawan Agus Putranto attended the vaccine launch in Semarang."),
    ("Kapolda Jawa Barat Irjen Akhmad Wiyagus meninjau pos pengamanan mudik di Nagreg.",
     "West Java Police chief Insp. Gen. Akhmad Wiyagus inspected the homecoming security post in Nagreg.",
     "Former West Java Police chief Insp. Gen. Akhmad Wiyagus inspected the homecoming security post in Nagreg."),
    # a word that only begins like a hint of a past holder ("ekspor", "eksekusi" against "eks") hints at nothing
    ("Menteri Perdagangan Budi Santoso mengatakan ekspor kopi dan eksekusi kontrak berjalan lancar.",
     "Trade Minister Budi Santoso said coffee exports and the execution of contracts went smoothly.",
     "Former Trade Minister Budi Santoso said coffee exports and the execution of contracts went smoothly."),
])
def test_former_before_an_office_on_one_side_is_another_title(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


@pytest.mark.parametrize("src,tgt", [
    # a side that says the office was held before, or numbers its holders, may mean a past holder without "former"
    ("Megawati Soekarnoputri, yang pernah menjabat Presiden RI, memberikan pidato kebangsaan.",
     "Former President Megawati Soekarnoputri delivered a national address."),
    ("Presiden ke-5 RI Megawati Soekarnoputri memberikan pidato kebangsaan.",
     "Former President Megawati Soekarnoputri, Indonesia's fifth president, delivered a national address."),
])
def test_a_past_holder_told_otherwise_is_no_change(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "entity" and f.severity == "critical"] == []


@pytest.mark.parametrize("src,faithful,changed", [
    # a copied name of ordinary words with one word changed: the words kept show it was copied, not translated
    ("Kapal motor KM Sinar Harapan kandas di perairan Pulau Seribu.",
     "The motor vessel KM Sinar Harapan ran aground in the waters of the Thousand Islands.",
     "The motor vessel KM Sinar Bahari ran aground in the waters of the Thousand Islands."),
])
def test_a_copied_name_with_one_word_changed_is_a_swap(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


@pytest.mark.parametrize("src,faithful,changed", [
    # letters after a name (an honour, an office, a degree) stay beside any name: they are no trace of the person
    ("Pengacara Rina Kusuma QC menolak berkomentar setelah sidang.",
     "Lawyer Rina Kusuma QC declined to comment after the hearing.",
     "Lawyer QC declined to comment after the hearing."),
    ("Anggota parlemen Partai Buruh, Steve Reed MP, mengunjungi lokasi banjir.",
     "Labour lawmaker Steve Reed MP visited the flood site.",
     "Labour lawmaker MP visited the flood site."),
    ("Peneliti senior Hadi Susanto PhD memaparkan hasil survei itu.",
     "Senior researcher Hadi Susanto PhD presented the survey results.",
     "Senior researcher PhD presented the survey results."),
])
def test_a_name_dropped_beside_its_post_nominal_letters_is_lost(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


@pytest.mark.parametrize("src,faithful,changed", [
    # a full name left out while a later mention of the surname alone stays: the surname is there fewer times
    ("Nelayan itu, Darius Rumbiak, hilang sejak Kamis. Rumbiak berangkat sendirian.",
     "The fisherman, Darius Rumbiak, has been missing since Thursday. Rumbiak set out alone.",
     "The fisherman has been missing since Thursday. Rumbiak set out alone."),
])
def test_a_full_name_dropped_while_the_surname_stays_is_lost(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


def test_a_shortened_repeated_name_is_no_loss() -> None:
    # the translation writes the surname alone where the source repeats the full name: the surname count holds
    src = "Darius Rumbiak hilang sejak Kamis. Keluarga Darius Rumbiak melapor ke polisi."
    assert [f for f in check_pair(src, "Darius Rumbiak has been missing since Thursday. Rumbiak's family told police.")
            if f.kind == "entity" and f.severity == "critical"] == []


@pytest.mark.parametrize("src,faithful,changed", [
    # a known body named in words, against an English body sharing only its head word ("Office")
    ("Kejaksaan Agung memeriksa tiga saksi pada Selasa.",
     "The Attorney General's Office questioned three witnesses on Tuesday.",
     "The Home Office questioned three witnesses on Tuesday."),
])
def test_a_body_sharing_only_its_head_word_is_another_body(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


@pytest.mark.parametrize("src,faithful,changed", [
    # a named chamber of a legislature that the translation adds where the source names no legislature at all
    ("Peneliti Dian Puspita dari Universitas Bristol menilai aturan itu terburu-buru.",
     "Researcher Dian Puspita of the University of Bristol considered the rule rushed.",
     "Researcher Dian Puspita of the Senate considered the rule rushed."),
])
def test_a_chamber_added_where_the_source_names_no_legislature_is_critical(src: str, faithful: str, changed: str) -> None:
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert "critical" in [f.severity for f in check_pair(src, changed) if f.kind == "entity"]


def test_a_parliament_rendered_as_a_chamber_is_no_finding() -> None:
    src = "Parlemen Australia mengesahkan undang-undang itu pada Kamis."
    assert [f for f in check_pair(src, "The Australian Senate passed the law on Thursday.")
            if f.kind == "entity" and f.severity == "critical"] == []


@pytest.mark.parametrize("src, faithful, changed", [
    ("Bank Sentral Inggris menaikkan suku bunga acuan pada Kamis.", "The Bank of England raised its benchmark rate on Thursday.",
     "The Church of England raised its benchmark rate on Thursday."),
    ("Universitas Michigan merilis survei konsumen terbaru.", "The University of Michigan released its latest consumer survey.",
     "The Bank of Michigan released its latest consumer survey."),
    ("Kapal tanker itu kandas di Selat Malaka.", "The tanker ran aground in the Strait of Malacca.",
     "The tanker ran aground in the Port of Malacca."),
    ("Bank Sentral Jepang mempertahankan kebijakannya.", "The Bank of Japan kept its policy.",
     "The Government of Japan kept its policy."),
    # the head dropped, its place kept: the body's act credited to the place
    ("Bank Sentral Inggris memperingatkan risiko resesi.", "The Bank of England warned of a recession risk.",
     "Britain warned of a recession risk."),
    ("Bank Sentral Jepang memangkas suku bunga.", "Japan's central bank cut interest rates.",
     "Japan cut interest rates."),
    ("Bank Sentral Amerika Serikat menahan suku bunga.", "The US Federal Reserve held interest rates.",
     "The United States held interest rates."),
])
def test_head_of_place_rendered(src: str, faithful: str, changed: str) -> None:
    """An English '<head> of <place>' name needs its head rendered in the source, not the place alone."""
    assert [f.message for f in check_pair(src, faithful) if f.kind == "entity"] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(src, changed))


def test_an_office_with_a_possessive_clitic_is_rendered() -> None:
    """"kata juru bicaranya" = "his spokesman said": the office written with "-nya" is the English office, not a
    partner for another office of the source ("anggota partainya" = "within his party")."""
    src = "Desakan dari anggota partainya agar ia mundur terus menguat, kata juru bicaranya."
    assert [f.message for f in check_pair(src, "Calls from within his party for him to step down are growing, his "
                                               "spokesman said.") if f.kind == "entity"] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "Calls from within his party for him to step down are growing, his lawyer said."))


@pytest.mark.parametrize("src, faithful, changed", [
    ("Badan Survei Geologi AS mencatat 14 gempa susulan di lepas pantai Alaska.",
     "The U.S. Geological Survey recorded 14 aftershocks off the Alaska coast.",
     "The National Oceanic and Atmospheric Administration recorded 14 aftershocks off the Alaska coast."),
    ("Badan Pengawas Obat dan Makanan AS menyetujui obat baru untuk penyakit Alzheimer.",
     "The U.S. Food and Drug Administration approved a new drug for Alzheimer's disease.",
     "The U.S. Centers for Disease Control and Prevention approved a new drug for Alzheimer's disease."),
    ("Badan Meteorologi Jepang mencatat salju setebal dua meter di Prefektur Niigata.",
     "Japan's weather agency recorded two meters of snow in Niigata Prefecture.",
     "The Japan Coast Guard recorded two meters of snow in Niigata Prefecture."),
    ("Badan Antariksa Jepang meluncurkan satelit mata-mata baru dari Tanegashima.",
     "The Japanese space agency launched a new spy satellite from Tanegashima.",
     "The U.S. space agency launched a new spy satellite from Tanegashima."),
])
def test_a_foreign_agency_swapped_for_another_is_critical(src: str, faithful: str, changed: str) -> None:
    """Foreign science and health agencies in their Indonesian names, their English names and descriptions ("Japan's
    weather agency", "the U.S. space agency"); one put in place of another is a changed agency."""
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(src, changed))


def test_lieutenant_governor_and_a_deputy_for_a_field_are_offices() -> None:
    """"Wakil Gubernur" is also the "Lieutenant Governor"; "Deputi Bidang Data BNPB" is the "deputy for data", an office
    of its own, not the agency's head."""
    src = "Wakil Gubernur Jambi meninjau lokasi kebakaran hutan di Kabupaten Muaro Jambi."
    assert [f.message for f in check_pair(src, "Jambi Lieutenant Governor visited the forest fire site in Muaro Jambi "
                                               "Regency.") if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "Jambi Governor visited the forest fire site in Muaro Jambi Regency."))
    src = "Deputi Bidang Sistem dan Strategi BNPB mengatakan peta risiko akan diperbarui."
    assert [f.message for f in check_pair(src, "The BNPB's deputy for systems and strategy said the risk map would be "
                                               "updated.") if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "The BNPB's chief said the risk map would be updated."))


def test_a_name_is_not_kept_by_its_common_words_alone() -> None:
    """"Teleskop Antariksa Kepler" against "the Chandra Space Telescope": "teleskop" and "antariksa" are rendered, but
    the rare word that tells the telescope is gone, so the name changed."""
    src = "Data itu dikumpulkan Teleskop Antariksa Kepler selama empat tahun."
    assert [f.message for f in check_pair(src, "The data were collected by the Kepler Space Telescope over four years.")
            if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "The data were collected by the Chandra Space Telescope over four years."))


@pytest.mark.parametrize(("src", "faithful", "changed"), [
    ("Chad Hammel mengatakan kepada wartawan bahwa ia mendengar teriakan minta tolong dari arah pantai.",
     "Chad Hammel told reporters he heard cries for help from the beach.",
     "He told reporters he heard cries for help from the beach."),
    ("Jordan Henderson mencetak gol penyeimbang pada menit ke-78.",
     "Jordan Henderson scored the equaliser in the 78th minute.",
     "The midfielder scored the equaliser in the 78th minute."),
])
def test_a_country_that_opens_a_persons_name_is_a_first_name(src: str, faithful: str, changed: str) -> None:
    """"Chad Hammel", "Jordan Henderson": a country's name before a surname is the person's first name, so the
    person is one mention (the country alone hid the surname, and a dropped name passed)."""
    assert [m.text for m in extract_entities(src, "id")][0] in ("Chad Hammel", "Jordan Henderson")
    assert [f.message for f in check_pair(src, faithful) if f.severity in ("critical", "major")] == []
    assert any(f.severity in ("critical", "major") for f in check_pair(src, changed))


def test_a_country_after_an_office_or_as_a_demonym_stays_a_country() -> None:
    """The country of an office ("Presiden Chad Mahamat Deby") and a demonym ("Chinese Taipei") are not first names."""
    assert ("Chad", "COUNTRY") in [(m.text, m.type) for m in extract_entities("Presiden Chad Mahamat Deby tiba di Paris.", "id")]
    assert ("Chinese", "COUNTRY") in [(m.text, m.type) for m in extract_entities("Chinese Taipei won the gold.", "en")]


@pytest.mark.parametrize("src, changed", [
    ("Pebulu tangkis Jepang Haruka Sato kalah dari wakil Korea Selatan.", "China's Haruka Sato lost to a South Korean player."),
    ("Penyerang asal Brasil Marco Teixeira mencetak dua gol.", "Argentine striker Marco Teixeira scored twice."),
    ("Menteri Luar Negeri Israel Gideon Saar tiba di Kairo, Senin.", "Jordan's Foreign Minister Gideon Saar arrived in Cairo on Monday."),
])
def test_a_country_before_a_name_in_indonesian_word_order_stays_a_country(src: str, changed: str) -> None:
    """Indonesian writes the country between the descriptor or office and the name ("wakil Jepang Akane Yamaguchi"):
    only a country whose name is a common given name can open a person's name, and not after an office, so a
    nationality changed in the English is still a changed country."""
    assert "COUNTRY" in [m.type for m in extract_entities(src, "id")]
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(src, changed))


def test_a_common_last_word_does_not_keep_a_long_name_whose_rare_word_is_gone() -> None:
    """"networks" in the translation keeps no "Fox Business Network" (a name of three words whose last word is an
    ordinary word); a person's surname that is an ordinary word still stands for the person ("West")."""
    src = "Angka penonton untuk stasiun lain, termasuk Fox Business Network, belum tersedia."
    assert [f.message for f in check_pair(src, "Viewer figures for other networks, including Fox Business Network, "
                                               "were not yet available.") if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "Viewer figures for other networks were not yet available."))
    src = "Rapper Kanye West membahas judul album barunya dengan penyiar radio."
    assert [f.message for f in check_pair(src, "West discussed his new album title with a radio host.")
            if f.severity in ("critical", "major")] == []


def test_a_president_director_called_director_is_no_changed_title() -> None:
    """``Dirut`` (president director) rendered "Director" is the office loosely named (related keys), not another
    office; "Chairman" still is."""
    src = "Dirut PT KAI Bobby Rasyidin meninjau Stasiun Gambir, Senin."
    assert [f.message for f in check_pair(src, "KAI Director Bobby Rasyidin inspected Gambir Station on Monday.")
            if f.severity in ("critical", "major")] == []
    assert any(f.kind == "entity" and f.severity == "critical" for f in check_pair(
        src, "KAI Chairman Bobby Rasyidin inspected Gambir Station on Monday."))


@pytest.mark.parametrize("word", ["Duh", "Astaga", "Hmm"])
def test_an_interjection_that_opens_an_informal_post_is_no_name(word: str) -> None:
    """Review and social-media posts open with an interjection ("Duh indosat mengecewakan"): it is no name, so it
    is not read as a name the translation swapped for the brand it misspells."""
    assert word not in [m.text for m in extract_entities(f"{word} indosat mengecewakan lagi.", "id")]
    assert [f.message for f in check_pair(f"{word} indosat mengecewakan lagi.", "Ugh, Indoesat is disappointing again.")
            if f.severity in ("critical", "major")] == []
