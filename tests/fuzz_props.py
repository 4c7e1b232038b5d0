"""Property checks shared by ``tests/test_fuzz.py`` (fast, in ``make test``) and ``scripts/fuzz.py`` (long runs).

Each ``check_*`` function takes generated input and asserts one property; :data:`PROPERTIES` pairs each
with the Hypothesis strategies of its arguments. Nothing here may raise anything but ``AssertionError``
for a correct program: the reader, splitter, normalisers and exporters must take any Unicode text.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from lxml import etree

from wiredrift.align.reader import _lines, parse_document
from wiredrift.align.segment import split_sentences
from wiredrift.align.types import ROLES
from wiredrift.eval.drift.dates import extract_dates
from wiredrift.eval.drift.numbers import extract_numbers
from wiredrift.eval.export import AlignedPair, to_jsonl, to_tmx, to_tsv, to_xliff, write_moses

#: Pieces of wire copy, Markdown and hostile text that random text rarely hits by chance.
FRAGMENTS = (
    "JAKARTA (ANTARA) - ", "BEKASI - ", "Jakarta, 22/2 (ANTARA) - ", "Rabu (13/3)", "Rp80.000", "1.000", "1 000",
    "12,5 persen", "Kapolri", "kata dia.", "ujarnya.", "\"Kami siap,\" kata dia.", "“Ya.”", "Dr. ", "U.S. ", "No. 5",
    "Editor: Budi", "(ant)", "Foto: ANTARA/", "(ANTARA FOTO/Rivan)", "Baca juga: ", "# ", "## ", "**", "_", "`",
    "[tautan](https://x.id)", "![foto](a.jpg)", "<b>", "<AS>", "&nbsp;", "&amp;", "| a | b |", "|---|:-:|", "```",
    "~~~", "    ", "\t", "- ", "1. ", "> ", "---", "===", ". ", "? ", "! ", "...", "…", "\n", "\n\n", "\r\n", "\r",
    "\u2028", "\u2029", "\u0085", "\ufeff", "\u00a0", "\u202f", "\u2009", "\u200b", "\u00ad", "\u200f", "\u202e",
    "\x00", "\x07", "\x1b[31m", "\x0c", "\x7f", "\ufffd", "\ud800", "\udcff", "１２３", "٣", "ǅ", "ﬁ", "e\u0301",
)

_ANY_CHAR = st.characters(codec=None)  # every code point, surrogates included
_TEXT_CHAR = st.characters(exclude_categories=("Cs",))  # what a decoded file can hold

any_text = st.one_of(
    st.text(_ANY_CHAR, max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(_ANY_CHAR, max_size=12)), max_size=40).map("".join),
)
file_text = st.one_of(
    st.text(_TEXT_CHAR, max_size=200),
    st.lists(
        st.one_of(st.sampled_from([f for f in FRAGMENTS if not re.search("[\ud800-\udfff]", f)]),
                  st.text(_TEXT_CHAR, max_size=12)),
        max_size=40,
    ).map("".join),
)
langs = st.sampled_from(["id", "en", "de", "fr"])

_SURROGATE = re.compile("[\ud800-\udfff]")
_C0 = re.compile("[\x00-\x1f\x7f]")


def check_parse_document(text: str, lang: str, path: str | None, fmt: str) -> None:
    """Any text is a Document: sentences numbered in order, one line each, no controls, no surrogates."""
    doc = parse_document(text, lang, path, fmt=fmt)
    paragraph = -1
    for k, s in enumerate(doc.sentences):
        assert s.i == k
        assert s.text and s.text == s.text.strip(), s
        assert not _C0.search(s.text) and not _SURROGATE.search(s.text), s
        assert "\u2028" not in s.text and "\u2029" not in s.text and "\u0085" not in s.text, s
        assert s.role in ROLES
        assert s.line >= 1
        assert s.paragraph >= paragraph
        paragraph = s.paragraph
    assert doc.path is None or not _SURROGATE.search(doc.path)


def check_plain_text_keeps_every_character(text: str, lang: str) -> None:
    """Read as plain text, every visible character of the cleaned input is in some sentence, in order."""
    doc = parse_document(text, lang, "report.txt")
    expected = "".join("".join(ln.text.split()) for ln in _lines(_SURROGATE.sub("\ufffd", text)))
    got = "".join("".join(s.text.split()) for s in doc.sentences)
    assert got == expected


def check_split_sentences(text: str, lang: str) -> None:
    """Sentences are substrings of the whitespace-normalised text, in order, and lose no visible character."""
    sentences = split_sentences(text, lang)
    norm = " ".join(text.split())
    pos = 0
    for s in sentences:
        assert s and s == s.strip(), sentences
        at = norm.find(s, pos)
        assert at >= 0, (s, norm)
        pos = at + len(s)
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


def check_numbers_and_dates(text: str, lang: str) -> None:
    """The normalisers never raise, and every mention is the exact substring at its offsets, in order."""
    previous = 0
    for m in extract_numbers(text, lang):
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text, m
        assert m.start >= previous
        previous = m.start
    for d in extract_dates(text, lang):
        assert 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text, d
        d.gloss()


_ids = st.text(_ANY_CHAR, max_size=20)
_pair_texts = st.one_of(st.just(""), st.text(_ANY_CHAR, max_size=60), st.sampled_from(FRAGMENTS))


@st.composite
def aligned_pairs(draw: Callable[[Any], Any], text: Any = _pair_texts) -> list[AlignedPair]:
    """Pairs with any ids, texts, score names and finding kinds (both sides may be empty)."""
    n = draw(st.integers(0, 6))
    out = []
    for bead in range(n):
        doc_id = draw(_ids)
        src_text, tgt_text = draw(text), draw(text)
        scores = draw(st.none() | st.dictionaries(st.text(_ANY_CHAR, max_size=6),
                                                  st.floats(allow_nan=False, allow_infinity=False), max_size=2))
        kinds = tuple(sorted(set(draw(st.lists(st.text(_ANY_CHAR, max_size=8), max_size=2)))))
        out.append(AlignedPair(
            doc_id=doc_id, bead=bead, src=(bead,) if src_text else (), tgt=(bead,) if tgt_text else (),
            src_text=src_text, tgt_text=tgt_text, similarity=draw(st.floats(0, 1)), scores=scores,
            finding_kinds=kinds, src_path=draw(st.none() | _ids),
        ))
    return out


def check_xml_exports(pairs: list[AlignedPair], provenance: dict[str, str]) -> None:
    """TMX and XLIFF are well-formed XML for any ids and texts, one unit per pair."""
    root = etree.fromstring(to_tmx(pairs, "id", "en", provenance))
    assert len(root.findall("./body/tu")) == len(pairs)
    if pairs:  # XLIFF 2 cannot be empty; the exporter refuses that with a ConfigError
        root = etree.fromstring(to_xliff(pairs, "id", "en", provenance))
        assert len(root.findall(".//{*}unit")) == len(pairs)


_TEXT_ONLY = st.one_of(st.just(""), st.text(_TEXT_CHAR, max_size=60))


def check_line_exports(pairs: list[AlignedPair]) -> None:
    """TSV, JSONL and Moses keep one line per pair whatever line breaks the texts hold."""
    tsv = to_tsv(pairs).split("\n")
    assert tsv[-1] == "" and len(tsv) == len(pairs) + 2
    assert len({row.count("\t") for row in tsv[:-1]}) == 1
    lines = to_jsonl(pairs, "id", "en").split("\n")
    assert len(lines) == len(pairs) + 1
    for line, p in zip(lines, pairs):
        assert json.loads(line)["src_text"] == p.src_text
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = write_moses(pairs, Path(tmp) / "c", "id", "en")
        for path in (src, tgt):
            with open(path, encoding="utf-8", newline="\n") as fh:
                assert sum(1 for _ in fh) == len(pairs)


#: name -> (property, strategies of its arguments)
PROPERTIES: dict[str, tuple[Callable[..., None], tuple[Any, ...]]] = {
    "parse_document": (
        check_parse_document,
        (any_text, langs, st.sampled_from([None, "a.txt", "a.md", "noext", "\udcff.txt"]), st.sampled_from(["auto", "txt", "md"])),
    ),
    "plain_text_keeps_characters": (check_plain_text_keeps_every_character, (any_text, langs)),
    "split_sentences": (check_split_sentences, (file_text, langs)),
    "numbers_and_dates": (check_numbers_and_dates, (any_text, st.sampled_from(["id", "en", "de"]))),
    "xml_exports": (check_xml_exports, (aligned_pairs(), st.dictionaries(_ids, _ids, max_size=2))),
    "line_exports": (check_line_exports, (aligned_pairs(_TEXT_ONLY),)),
}
