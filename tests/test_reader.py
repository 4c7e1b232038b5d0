"""Reading reports: paragraphs, headline, dateline, roles, Markdown, odd characters and line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiredrift.align.errors import InputError
from wiredrift.align.langid import check_pair_languages, detect_language
from wiredrift.align.reader import decode_lines, parse_document, read_document, read_lines
from wiredrift.align.types import Document

# A short ANTARA-style report written for these tests.
ID_REPORT = """Pemerintah Tambah Bantuan Beras untuk Korban Banjir

JAKARTA (ANTARA) - Pemerintah menambah bantuan beras bagi korban banjir di Kab. Bekasi sebanyak 1.500 ton pada Senin (21/2). Bantuan itu dikirim dari gudang Bulog di Jl. Gatot Subroto No. 12.

"Kami tidak akan membiarkan warga kelaparan. Semua posko harus mendapat beras hari ini," kata Menteri Sosial Dr. Ir. Budi Santoso, M.Si. kepada wartawan.

Warga mengantre bantuan di posko pengungsian di Bekasi, Jawa Barat. (ANTARA FOTO/Andi Wijaya)

Menurut dia, harga beras di pasar naik 2,5 persen selama sepekan terakhir.

Baca juga: Banjir rendam ribuan rumah di Bekasi

Pewarta: Andi Wijaya
Editor: Siti Aminah
"""

EN_REPORT = (Path(__file__).resolve().parent.parent / "corpora" / "voi-137686" / "en.txt")


def _roles(doc: Document) -> list[tuple[int, str]]:
    return [(s.paragraph, s.role) for s in doc.sentences]


def test_seed_report_roles_and_dateline() -> None:
    doc = read_document(EN_REPORT, "en")
    assert doc.dateline == "JAKARTA"
    assert doc.sentences[0].role == "headline" and doc.sentences[0].line == 1
    assert doc.sentences[0].text.startswith("Russia Sends Troops To Two Separate Territories, U.S. Officials")
    assert doc.sentences[1].text.startswith("JAKARTA - Russian President Vladimir Putin's decision")
    assert doc.sentences[1].role == "body" and doc.sentences[1].line == 3
    captions = [s for s in doc.sentences if s.role == "caption"]
    assert [s.text for s in captions] == [
        "Signing of the recognition of the Republic of Donetsk and Lugansk in the Kremlin by President Putin. "
        "(Source Kremlin.ru)"
    ]
    assert all(s.i == k for k, s in enumerate(doc.sentences))
    quoted = [s.text for s in doc.sentences if s.paragraph == captions[0].paragraph + 2]
    assert quoted[0].startswith('"Russian troops moving') and quoted[-1].endswith('manner," he said.')
    assert len(quoted) == 3


def test_indonesian_report_structure() -> None:
    doc = parse_document(ID_REPORT, "id", "id.txt")
    assert doc.dateline == "JAKARTA"
    texts = doc.texts
    assert texts[0] == "Pemerintah Tambah Bantuan Beras untuk Korban Banjir"
    assert texts[1].startswith("JAKARTA (ANTARA) - Pemerintah menambah") and texts[1].endswith("Senin (21/2).")
    assert texts[2] == "Bantuan itu dikirim dari gudang Bulog di Jl. Gatot Subroto No. 12."
    assert texts[3] == '"Kami tidak akan membiarkan warga kelaparan.'
    assert texts[4].startswith("Semua posko") and texts[4].endswith("M.Si. kepada wartawan.")
    roles = {s.text: s.role for s in doc.sentences}
    assert roles["Warga mengantre bantuan di posko pengungsian di Bekasi, Jawa Barat. (ANTARA FOTO/Andi Wijaya)"] == "caption"
    assert roles["Baca juga: Banjir rendam ribuan rumah di Bekasi"] == "credit"
    assert roles["Pewarta: Andi Wijaya"] == "credit" and roles["Editor: Siti Aminah"] == "credit"
    assert roles["Menurut dia, harga beras di pasar naik 2,5 persen selama sepekan terakhir."] == "body"
    assert [s.line for s in doc.sentences if s.role == "credit"] == [11, 13, 14]
    assert doc.sentences[0].role == "headline"


# Each variant must give exactly the same sentences, paragraphs and roles as the plain LF text.
VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "bom": lambda t: "\ufeff" + t,
    "nbsp": lambda t: t.replace("Pemerintah menambah", "Pemerintah\u00a0menambah").replace("beras bagi", "beras\u202fbagi"),
    "controls": lambda t: t.replace("Bantuan itu", "Bantuan\x07 itu\x1b").replace("Menurut", "Men\u200burut"),
    "tabs": lambda t: t.replace("kata Menteri", "kata\tMenteri"),
    "trailing-spaces": lambda t: t.replace("\n", "  \n"),
    "soft-hyphen": lambda t: t.replace("pengungsian", "peng\u00adungsian"),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_character_variants_keep_sentence_numbers(name: str) -> None:
    base = parse_document(ID_REPORT, "id")
    doc = parse_document(VARIANTS[name](ID_REPORT), "id")
    assert doc.texts == base.texts
    assert _roles(doc) == _roles(base)
    assert [s.line for s in doc.sentences] == [s.line for s in base.sentences]


@pytest.mark.parametrize(("sep", "same_paragraph"), [("\u2028", False), ("\u0085", False), ("\u2029", False)])
def test_unicode_line_separators_break_consistently(sep: str, same_paragraph: bool) -> None:
    """U+2028/U+0085 are line breaks, U+2029 a paragraph break; none adds a line number."""
    text = "Judul Berita\n\nJAKARTA - Kalimat pertama di sini." + sep + "Kalimat kedua di sini.\n\nParagraf ketiga."
    doc = parse_document(text, "id")
    assert doc.texts == ["Judul Berita", "JAKARTA - Kalimat pertama di sini.", "Kalimat kedua di sini.", "Paragraf ketiga."]
    assert [s.line for s in doc.sentences] == [1, 3, 3, 5]


@pytest.mark.parametrize("sep", ["\n", "\u2028", "\u0085"])
def test_line_separator_in_wrapped_text_acts_like_a_newline(sep: str) -> None:
    text = "Judul\n\nKalimat ini dipotong" + sep + "di tengah jalan oleh editor.\n\nParagraf dua\nyang juga dipotong.\n"
    doc = parse_document(text, "id")
    assert doc.texts == ["Judul", "Kalimat ini dipotong di tengah jalan oleh editor.", "Paragraf dua yang juga dipotong."]
    # Line numbers count LF/CRLF/CR only, as editors do: U+2028 and U+0085 add no line.
    assert [s.line for s in doc.sentences] == [1, 3, 6 if sep == "\n" else 5]


def test_lines_without_blank_lines_are_paragraphs() -> None:
    text = "Judul tanpa titik\nJAKARTA - Paragraf satu selesai.\nParagraf dua selesai.\nParagraf tiga selesai.\n"
    doc = parse_document(text, "id")
    assert [(s.paragraph, s.role, s.line) for s in doc.sentences] == [
        (0, "headline", 1), (1, "body", 2), (2, "body", 3), (3, "body", 4)
    ]


def test_hard_wrapped_lines_are_joined() -> None:
    text = ("Headline of the story\n\nWASHINGTON (Reuters) - The United States on Monday said it\n"
            "would impose new sanctions on the two regions, officials\nsaid. They gave no date.\n\n"
            "A second paragraph that is\nwrapped as well.\n")
    doc = parse_document(text, "en")
    assert doc.dateline == "WASHINGTON"
    assert doc.texts[1] == ("WASHINGTON (Reuters) - The United States on Monday said it would impose new sanctions "
                            "on the two regions, officials said.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert doc.sentences[3].line == 7


def test_headline_glued_to_body_by_one_newline() -> None:
    text = "Putin Recognises Two Regions\nMOSCOW (Reuters) - Putin spoke on Monday. He was calm.\n\nMore text here.\n"
    doc = parse_document(text, "en")
    assert doc.sentences[0].role == "headline" and doc.sentences[0].text == "Putin Recognises Two Regions"
    assert doc.dateline == "MOSCOW"


MARKDOWN = """---
title: front matter is skipped
---

# Russia **recognises** two [breakaway regions](https://example.com/a)

JAKARTA, 22/2 (ANTARA) - President _Vladimir Putin_ signed the decree. He spoke on [TV](http://tv.example).

![Putin at the Kremlin](https://example.com/putin.jpg)
*Putin signs the decree in the Kremlin.*

## Reaction

- The White House announced sanctions.
- NATO called a meeting.

> "This is not a further invasion," the official said.

Photo: Reuters/John Smith

Reporter: Jane Doe
"""


def test_markdown_is_stripped_and_roled() -> None:
    doc = parse_document(MARKDOWN, "en", "report.md")
    got = [(s.text, s.role) for s in doc.sentences]
    assert got == [
        ("Russia recognises two breakaway regions", "headline"),
        ("JAKARTA, 22/2 (ANTARA) - President Vladimir Putin signed the decree.", "body"),
        ("He spoke on TV.", "body"),
        ("Putin signs the decree in the Kremlin.", "caption"),
        ("Reaction", "headline"),
        ("The White House announced sanctions.", "body"),
        ("NATO called a meeting.", "body"),
        ('"This is not a further invasion," the official said.', "body"),
        ("Photo: Reuters/John Smith", "caption"),
        ("Reporter: Jane Doe", "credit"),
    ]
    assert doc.dateline == "JAKARTA"
    assert doc.sentences[0].line == 5


def test_markdown_is_sniffed_without_suffix() -> None:
    doc = parse_document("# Title here\n\nBody text with **bold** words.\n", "en")
    assert doc.texts == ["Title here", "Body text with bold words."]
    assert doc.sentences[0].role == "headline"


def test_markdown_html_entities_are_decoded() -> None:
    doc = parse_document("# Harga &amp; Pasokan\n\nHarga naik&nbsp;tajam, kata &#8220;pedagang&#8221;.\n", "id", "a.md")
    assert doc.texts == ["Harga & Pasokan", "Harga naik tajam, kata “pedagang”."]


def test_plain_text_keeps_asterisks_and_underscores() -> None:
    doc = parse_document("The file_name_here is 5 * 3 long.\n", "en")
    assert doc.texts == ["The file_name_here is 5 * 3 long."]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Signing of the recognition by President Putin. (Source Kremlin.ru)", "caption"),
        ("Warga antre bantuan. (Foto: ANTARA/Budi)", "caption"),
        ("Warga antre bantuan di posko. (ANTARA FOTO/Budi Santoso/foc.)", "caption"),
        ("FOTO: Warga antre bantuan di posko.", "caption"),
        ("Editor: Budi", "credit"),
        ("Pewarta: Andi", "credit"),
        ("Reporter: Jane Doe", "credit"),
        ("Baca juga: Harga beras naik", "credit"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "credit"),
        ("(ant)", "credit"),
        ("COPYRIGHT © ANTARA 2022", "credit"),
        ("Oleh: Budi Santoso", "credit"),
        ("Sources said the talks would resume on Tuesday.", "body"),
        ("The official spoke to Reuters on Monday.", "body"),
    ],
)
def test_caption_and_credit_roles(text: str, role: str) -> None:
    doc = parse_document("Judul Berita\n\nJAKARTA - Paragraf pertama di sini.\n\n" + text + "\n", "en")
    assert {s.role for s in doc.sentences[2:]} == {role}


@pytest.mark.parametrize(
    ("first_body", "place"),
    [
        ("JAKARTA - Harga naik.", "JAKARTA"),
        ("JAKARTA (ANTARA) - Harga naik.", "JAKARTA"),
        ("WASHINGTON (Reuters) – Prices rose.", "WASHINGTON"),
        ("Jakarta, 22/2 (ANTARA) — Harga naik.", "Jakarta"),
        ("Harga naik tajam - kata pedagang.", None),
    ],
)
def test_dateline_recorded_and_kept_in_text(first_body: str, place: str | None) -> None:
    doc = parse_document("Judul\n\n" + first_body + "\n", "id")
    assert doc.dateline == place
    assert doc.texts[1] == first_body


def test_read_document_checks_language(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(ID_REPORT, encoding="utf-8")
    with pytest.raises(InputError, match=r"en\.txt: looks like Indonesian \(id\), not English \(en\)"):
        read_document(path, "en")
    assert read_document(path, "en", check_language=False).lang == "en"
    assert len(read_document(path, "id")) > 5
    assert len(read_document(path, "ms")) > 5  # Malay is too close to call: no error
    assert len(read_document(path, "ja")) > 5  # no profile: no check


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pemerintah menambah bantuan beras bagi korban banjir karena harga beras naik dan warga tidak bisa membeli.", "id"),
        ("The government said on Monday that it would send more rice to the flood victims because prices rose.", "en"),
        ("Die Regierung hat am Montag gesagt, dass sie mehr Reis für die Opfer der Flut schicken wird.", "de"),
        ("Le gouvernement a dit lundi qu'il enverrait plus de riz aux victimes des inondations dans la région.", "fr"),
        ("El gobierno dijo el lunes que enviará más arroz a las víctimas de las inundaciones en la región.", "es"),
        ("De regering heeft maandag gezegd dat zij meer rijst naar de slachtoffers van de overstroming stuurt.", "nl"),
        ("O governo disse na segunda-feira que vai enviar mais arroz para as vítimas das cheias na região.", "pt"),
        ("Kerajaan berkata bahawa ia akan menghantar lebih banyak beras kepada mangsa banjir kerana harga naik.", "ms"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    got, confidence = detect_language(text)
    assert got == code
    assert 0.0 < confidence <= 1.0
    if code in ("id", "ms"):
        assert confidence <= 0.75  # never certain between Indonesian and Malay


def test_detect_language_gives_up_on_nothing() -> None:
    assert detect_language("") == (None, 0.0)
    assert detect_language("12345 67,8") == (None, 0.0)
    assert detect_language("Владимир Путин подписал указ о признании") == (None, 0.0)


def test_check_pair_languages_names_both_files() -> None:
    src = parse_document(ID_REPORT, "ja", "a.txt")  # ja has no profile, so only the pair check can see it
    tgt = parse_document(ID_REPORT.replace("1.500", "2.000"), "id", "b.txt")
    with pytest.raises(InputError, match=r"^a\.txt and b\.txt: both files look like Indonesian \(id\)"):
        check_pair_languages(src, tgt)


def test_check_pair_languages_accepts_a_real_pair() -> None:
    src = parse_document(ID_REPORT, "id", "id.txt")
    tgt = read_document(EN_REPORT, "en")
    check_pair_languages(src, tgt)
    check_pair_languages(tgt, tgt)  # the caller says both are English: allowed


def test_bom_and_crlf_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "id.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ID_REPORT.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(path, "id")
    base = parse_document(ID_REPORT, "id", str(path))
    assert doc == base
    assert doc.path == str(path)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Harga naik.", "en"),  # two words: never flagged
        ("Breaking news from Jakarta", "id"),
        ("Presiden Joko Widodo di Jakarta", "en"),  # names, no function words of either
        ("Putin, Biden, NATO, Donetsk, Lugansk, Kremlin, Moscow, Washington", "id"),
    ],
)
def test_short_or_name_only_texts_are_not_flagged(text: str, lang: str, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert read_document(path, lang).texts == [text]


def test_short_but_very_clear_text_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Dia mengatakan bahwa mereka tidak akan datang ke sana karena hujan.\n", encoding="utf-8")
    with pytest.raises(InputError, match="looks like Indonesian"):
        read_document(path, "en")


@pytest.mark.parametrize(
    ("first", "role"),
    [
        ("Putin Recognises Two Regions", "headline"),
        ("Is This the End of Diplomacy?", "headline"),
        ('"We will not retreat," the minister said.', "body"),
        ('The minister said "we will not retreat."', "body"),
        ("JAKARTA - Harga naik", "body"),
    ],
)
def test_first_paragraph_headline_rule(first: str, role: str) -> None:
    doc = parse_document(first + "\n\nSecond paragraph here.\n", "en")
    assert doc.sentences[0].role == role


# Line-aligned files: only \n ends a line, so item k is line k + 1 of the file.
LINE_FILES = [
    (b"", []),
    (b"\n", [""]),
    (b"one\ntwo", ["one", "two"]),
    (b"one\r\n\r\ntwo\r\n", ["one", "", "two"]),
    ("\ufeffa\u2028b\x0cc\u0085d\n".encode(), ["a\u2028b\x0cc\u0085d"]),
]


@pytest.mark.parametrize("data,lines", LINE_FILES)
def test_read_lines_keeps_line_numbers(data: bytes, lines: list[str], tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(data)
    assert read_lines(path) == lines
    assert decode_lines(data, "stdin") == lines


BAD_LINE_FILES = [
    (None, "x.txt: file not found"),
    (b"ok\n\x00\x01\n", "x.txt: binary file (NUL byte at offset 3)"),
    (b"caf\xe9\n", "x.txt: not UTF-8 (byte 0xe9 at offset 3)"),
    ("Halo\n".encode("utf-16"), "x.txt: UTF-16 text, not UTF-8"),
]


@pytest.mark.parametrize("data,message", BAD_LINE_FILES)
def test_read_lines_bad_input_is_one_line(data: bytes | None, message: str, tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_lines(path)
    assert str(err.value).startswith(str(tmp_path / message)) and "\n" not in str(err.value)
