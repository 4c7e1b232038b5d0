"""Quote extraction, pairing and grading (negation, antonyms, speakers) without the encoder."""

from __future__ import annotations

import pytest

from wiredrift.eval.drift.quotes import paragraph_quotes, compare_quotes

from drift_helpers import check_pair

#: (paragraph text, expected quoted spans)
SPANS = [
    ('"Ini bukan invasi," kata Psaki.', ["Ini bukan invasi,"]),
    ("“A B C. D E F,” he said. Putin’s men", ["A B C. D E F,"]),
    ('"Russian troops moving. Russia has had', ["Russian troops moving. Russia has had"]),
    ('Now we have this great relationship."', ["Now we have this great relationship."]),
    ("Welsh AMs worried about 'looking like muppets'", ["looking like muppets"]),
    ("the officials' claims were 'utter nonsense' today", ["utter nonsense"]),
    ("'We know it won't change students' behaviour instantly.", ["We know it won't change students' behaviour instantly."]),
    ('coup d"état against Hitler', []),
    ('Trump melanjutkan,”Anda melihat kelompok itu.', ["Anda melihat kelompok itu."]),
    ('"A," he said. "B C D."', ["A,", "B C D."]),
]


@pytest.mark.parametrize("text,expected", SPANS, ids=[s[0][:30] for s in SPANS])
def test_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraph_quotes(text)] == expected


#: (id quote, en quote, grade)
GRADES = [
    ("Ini bukan invasi lanjutan", "This is not a further invasion", "same"),
    ("tidak akan memberikan wewenang untuk menjatuhkan sanksi", "will also give the authority to impose sanctions", "inverted"),
    ("dengan cara yang lebih terbuka dan terang-terangan", "in a more open and overt manner", "same"),
    ("dengan cara yang lebih terbuka dan terang-terangan", "in a more closed and covert manner", "inverted"),
    ("Kami tidak dapat melakukannya", "We are unable to do it", "same"),
    ("sebuah instrumen sejarah yang tidak tergantikan", "an irreplaceable historical instrument", "same"),
    ("pembunuhan karakter yang tidak masuk akal", "a grotesque character assassination", "same"),
    ("Harga naik 12,5 persen", "Prices fell 12.5 percent", "inverted"),
    ("Gempa ini tidak berpotensi tsunami", "This quake has the potential for a tsunami", "inverted"),
    ("Mereka tidak tahu kau marah.", "They don't know you're furious.", "same"),
    ("Tidak ada seorang pun yang mengetahuinya", "No-one knew", "same"),
    ("presidensial", "unpresidential", "inverted"),
    ("Kita melakukan yang terbaik dengan Korea Utara", "We're doing terrible with North Korea", "inverted"),
    ("Kami tidak mentolelir kekerasan", "We do not tolerate violence", "same"),
    # a negated member against the other side's word negated by its form or meaning: one negation, no swap
    ("Itu tidak mungkin.", "It's impossible.", "same"),
    ("Itu mungkin.", "It's impossible.", "inverted"),
    ("Itu tidak mungkin.", "It's possible.", "inverted"),
    ("Itu mustahil.", "It is not possible.", "same"),
    ("Itu mustahil.", "It is possible.", "inverted"),
    # a lexical negative with a clitic is still one ("membantahnya" = denied it)
    ("Saya tidak tahu apa yang terjadi, tetapi dia membantahnya.", "I do know what happened, but he denied it.", "inverted"),
    ("Saya tidak tahu apa yang terjadi, tetapi dia membantahnya.", "I don't know what happened, but he denied it.", "same"),
]


@pytest.mark.parametrize("src,tgt,grade", GRADES, ids=[g[1][:40] for g in GRADES])
def test_grades(src: str, tgt: str, grade: str) -> None:
    assert compare_quotes(src, "id", tgt, "en").grade == grade


def test_mt_mode_compares_in_one_language() -> None:
    # the MT of the source says "will not"; the target drops the negation: caught in English against English
    v = compare_quotes("tidak akan memberikan wewenang", "id", "will give the authority", "en",
                       mt_text="will not give the authority")
    assert (v.grade, v.evidence) == ("inverted", "negation (MT)")
    same = compare_quotes("tidak akan memberikan wewenang", "id", "will not give the authority", "en",
                          mt_text="will not give the authority")
    assert same.grade == "same"


def test_mt_mode_reports_wording() -> None:
    v = compare_quotes("sampai tank bergerak", "id", "we are going to keep talking forever", "en",
                       mt_text="until the tanks roll")
    assert v.grade == "wording"


def test_inverted_quote_finding() -> None:
    src = 'Perintah itu "tidak akan memberikan wewenang untuk menjatuhkan sanksi," kata Psaki.'
    tgt = 'The order "will also give the authority to impose sanctions," Psaki said.'
    found = [f for f in check_pair(src, tgt) if f.kind == "quote"]
    assert len(found) == 1
    f = found[0]
    assert f.severity == "critical"
    assert f.src_span == "tidak akan memberikan wewenang untuk menjatuhkan sanksi,"
    assert f.tgt_span == "will also give the authority to impose sanctions,"
    assert f.src_span in f.src_text and f.tgt_span in f.tgt_text
    assert "tidak" in f.message


def test_faithful_quote_not_flagged() -> None:
    src = '"Ini bukan invasi lanjutan karena itu adalah wilayah yang sudah mereka duduki," kata pejabat itu.'
    tgt = '"This is not a further invasion because that is territory they have occupied," the official said.'
    assert check_pair(src, tgt) == []


def test_missing_quote_is_major() -> None:
    src = 'Ia berkata: "Kami akan terus berdiplomasi sampai tank bergerak."'
    tgt = "He said they would keep talking."
    found = [f for f in check_pair(src, tgt) if f.kind == "quote"]
    assert [(f.severity, f.src_span) for f in found] == [("major", "Kami akan terus berdiplomasi sampai tank bergerak.")]


#: (src, tgt): a quote given to another speaker
WRONG_SPEAKER = [
    ('"Ini bukan invasi lanjutan," kata Psaki.', '"This is not a further invasion," the official said.'),
    ('"Kami siap," kata Stoltenberg.', '"We are ready," said Blinken.'),
    ('Menurut Menteri Luar Negeri Retno Marsudi, pembicaraan berlanjut.', 'According to Foreign Minister Sergei Lavrov, talks continue.'),
]


@pytest.mark.parametrize("src,tgt", WRONG_SPEAKER)
def test_wrong_speaker_is_critical(src: str, tgt: str) -> None:
    found = [f for f in check_pair(src, tgt) if f.kind == "attribution"]
    assert [f.severity for f in found] == ["critical"]
    assert found[0].src_span in found[0].src_text and found[0].tgt_span in found[0].tgt_text


#: (src, tgt): the same speaker in other words
SAME_SPEAKER = [
    ('"Kami siap," kata Stoltenberg.', '"We are ready," Jens Stoltenberg said.'),
    ('"Kami siap," katanya.', '"We are ready," he said.'),
    ('"Ada lebih dari 300.000 orang," kata pihak Palang Merah.', '"There are more than 300,000 people," the Red Cross said.'),
    ("Amerika Serikat mengatakan Pyongyang harus berhenti.", "The United States has said Pyongyang must stop."),
    ('"Kami siap," kata juru bicara Gedung Putih Jen Psaki.', '"We are ready," White House spokeswoman Jen Psaki said.'),
]


@pytest.mark.parametrize("src,tgt", SAME_SPEAKER)
def test_same_speaker_not_flagged(src: str, tgt: str) -> None:
    assert [f.message for f in check_pair(src, tgt) if f.kind == "attribution"] == []


def test_a_quotation_whose_closing_mark_is_lost_on_the_other_side_is_minor() -> None:
    """An opening mark the other side never closes is the same quotation with a mark lost, not an unquoted one."""
    src = "Peneliti menyebut korelasi itu 'prediktor kuat dari angka perceraian di kota besar."
    tgt = "Researchers called the correlation a 'strong predictor of divorce rates in big cities.'"
    assert [f.severity for f in check_pair(src, tgt) if f.kind == "quote"] == ["minor"]
    plain = "Peneliti menyebut korelasi itu prediktor kuat dari angka perceraian di kota besar."
    assert [f.severity for f in check_pair(plain, tgt) if f.kind == "quote"] == ["major"]


def test_a_name_before_kata_is_no_speaker() -> None:
    """Indonesian "kata" takes its speaker after it: the name ending the statement before ", kata" is none, so
    it is an entity left out, not a named speaker dropped."""
    src = "Polisi menahan dua pengikut Santoso Abu Wardah, kata seorang perwira."
    found = check_pair(src, "Police detained two followers of the militant leader, an officer said.")
    assert [(f.kind, f.severity) for f in found if f.severity != "minor"] == [("entity", "critical")]
    named = check_pair("Kapal itu tenggelam, kata Herman Siregar.", "The boat sank, one of the survivors said.")
    assert [f.severity for f in named if f.kind == "attribution"] == ["critical"]


def test_a_whole_quotation_left_unquoted_is_major_a_partial_quote_or_title_minor() -> None:
    whole = check_pair('"Kami akan membangun kembali semua sekolah yang rusak sebelum tahun ajaran baru," kata Bupati.',
                       "The district head said they would rebuild all the damaged schools before the new school year.")
    assert [(f.kind, f.severity) for f in whole] == [("quote", "major")]
    partial = check_pair("Warga menyebut banjir itu paling parah dalam sepuluh tahun terakhir.",
                         'Residents called it "the worst flood in ten years" for the area.')
    assert [(f.kind, f.severity) for f in partial] == [("quote", "minor")]
    title = check_pair("Film Laskar Pelangi Kembali ke Layar Lebar diputar ulang di Jakarta pekan ini.",
                       'The film "Rainbow Troops Return To The Big Screen" was shown again in Jakarta this week.')
    assert [(f.kind, f.severity) for f in title if f.kind == "quote"] == [("quote", "minor")]


@pytest.mark.parametrize("src,tgt", [
    ("Courtois akan tetap menjadi nomor 1 saya", "Courtois will remain my No 1"),
    ("Kita harus menyelidiki apakah upaya ini memiliki motif yang sama", "We have to investigate whether or not this case has the same motive"),
])
def test_number_signs_and_whether_or_not_are_no_negation(src: str, tgt: str) -> None:
    assert compare_quotes(src, "id", tgt, "en").grade == "same"


def test_a_negative_word_copied_on_both_sides_is_no_negation() -> None:
    # an English title left as written inside the Indonesian quote
    src = 'Ia menyebut operasi penyelamatan itu "Mission: Impossible" versi Basarnas.'
    assert [f for f in check_pair(src, 'He called the rescue operation Basarnas\'s own "Mission: Impossible".')
            if f.kind == "quote" and f.severity == "critical"] == []


def test_a_phrase_member_is_counted_once() -> None:
    # "a few" is one weak word: "seluruh dunia" (around the world) holds no "all" for it to shift from
    src = '"Kini kabar bisa sampai ke seluruh dunia hanya dalam beberapa detik," ujarnya.'
    tgt = '"Now news can reach around the world in only a few seconds," he said.'
    assert [f for f in check_pair(src, tgt) if f.kind == "quote" and f.severity in ("critical", "major")] == []


def test_a_speaker_the_source_never_names() -> None:
    # the source's speaker is still named on the English side, but the one quoted there is a person the source
    # never names: another speaker
    src = 'Pebulu tangkis Anthony Sinisuka Ginting lolos ke final. "Saya lebih sabar," kata Ginting.'
    assert [f.message for f in check_pair(src, 'Shuttler Anthony Sinisuka Ginting reached the final. "I was more '
                                               'patient," Ginting said.') if f.kind == "attribution"] == []
    assert [f.severity for f in check_pair(src, 'Shuttler Anthony Sinisuka Ginting reached the final. "I was more '
                                                'patient," Chico Aura Dwi Wardoyo said.')
            if f.kind == "attribution"] == ["critical"]
