"""A desk's house glossary: its own term pairs and do-not-translate names, read from CSV/TSV or TBX.

A glossary does two things in a check (see :func:`apply_glossary`, called by
:func:`wiredrift.eval.drift.detect_drift` when it is given one):

* it **extends the name matching**: an ``entity`` or ``number`` finding is dropped when its source span lies
  in a glossary source term and the aligned target holds one of that entry's target terms (and, when the
  finding marks a target span, that span lies in the target term). ``Bansos PKH`` = ``Family Hope Programme``
  silences "entity Bansos PKH has no counterpart"; ``Densus 88`` = ``Detachment 88`` silences the lone 88;
* it **requires its terms**: a source term found in a source sentence whose aligned target holds none of
  the entry's target terms is a ``term`` finding (major). A do-not-translate term must appear verbatim
  (same case) in the target; other target terms match case-insensitively, as whole words.

File formats
------------
CSV (``.csv``, comma) or TSV (``.tsv``/``.txt``, tab), UTF-8, a header row naming the columns ``source``,
``target`` and optionally ``dnt`` (also ``do_not_translate``), in any order; further columns (``note``)
are ignored. ``target`` holds one or more target terms separated by ``|`` (the first is the preferred
one); ``dnt`` is ``yes``/``true``/``1``/``x`` or empty/``no``/``false``/``0``. A do-not-translate row may
leave ``target`` empty (the source term itself is required). Blank rows and rows whose first cell starts
with ``#`` are skipped::

    source,target,dnt
    Rp,IDR|rupiah,
    Bansos PKH,Family Hope Programme|PKH,
    Antara,,yes

TBX (``.tbx``): TBX-Basic 2 (``<martif>``/``<termEntry>``/``<langSet xml:lang>``/``<tig>`` or
``<ntig><termGrp>``/``<term>``) and TBX 3 (``<tbx>``/``<conceptEntry>``/``<langSec xml:lang>``/
``<termSec>``/``<term>``, DCA or DCT style), namespaced or not. An entry gives one glossary row per source-language term,
with every target-language term as its targets; a term whose ``administrativeStatus`` says deprecated,
superseded or not recommended is not a required target. An entry is do-not-translate when a
``termNote``/``descrip`` of type ``transferComment``, ``translatability`` or ``doNotTranslate`` says
``do not translate`` (or ``dnt``, ``non-translatable``); then a missing target term means the source term.
Languages match on the primary subtag (``id-ID`` is ``id``). XML is parsed with lxml, entities and DTDs
off.

Errors are :class:`~wiredrift.align.errors.InputError` with one line naming the file and, where there is
one, the line.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..align.errors import InputError, show_path
from ..align.langcodes import normalize_lang
from ..align.reader import read_input_bytes
from .findings import Finding

logger = logging.getLogger(__name__)

__all__ = ["GlossaryEntry", "Glossary", "load_glossary", "parse_csv", "parse_tbx", "apply_glossary",
           "GLOSSARY_MAX_BYTES"]

#: Largest glossary file read, in bytes (a house glossary of 100,000 rows is a few MB).
GLOSSARY_MAX_BYTES = 20_000_000

_TRUE = frozenset({"1", "y", "yes", "true", "x", "dnt"})
_FALSE = frozenset({"", "0", "n", "no", "false"})
_DNT_TYPES = frozenset({"transfercomment", "translatability", "donottranslate"})
_DNT_VALUES = frozenset({"donottranslate", "dnt", "nontranslatable", "untranslatable", "notranslate"})
_BAD_STATUS = ("deprecated", "superseded", "notrecommended", "admitted-not")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One glossary row.

    :param source: the source-language term (``Rp``).
    :param targets: the accepted target terms, preferred first (``("IDR", "rupiah")``); for a
        do-not-translate entry with none given, ``(source,)``.
    :param dnt: do not translate: a target term must appear verbatim (same case).
    :param line: the 1-based line of the row in its file (for messages).
    """

    source: str
    targets: tuple[str, ...]
    dnt: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True)
class Glossary:
    """The entries of one glossary file.

    :param path: the file it was read from (shown in messages).
    :param entries: the rows, in file order.
    """

    path: str
    entries: tuple[GlossaryEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)


# ---------------------------------------------------------------------------------------------------
# Reading


def load_glossary(path: str | Path, src_lang: str = "id", tgt_lang: str = "en") -> Glossary:
    """Read a glossary file: TBX by the ``.tbx`` suffix (or an XML start), otherwise CSV/TSV.

    The file is read once through :func:`wiredrift.align.reader.read_input_bytes` (a regular file, at most
    :data:`GLOSSARY_MAX_BYTES`). Results are cached per path, size and modification time.

    :param src_lang: the check's source language (picks the TBX source ``langSet``).
    :param tgt_lang: the check's target language.
    :raises InputError: missing, not a regular file, too large, not UTF-8, or a malformed row or entry
        (one line naming the file and the line).
    """
    try:
        st = os.stat(path)
        stamp: tuple[int, int] = (st.st_size, st.st_mtime_ns)
    except OSError:
        stamp = (-1, -1)  # read_input_bytes gives the one-line error
    return _load_cached(str(path), src_lang, tgt_lang, stamp)


@lru_cache(maxsize=8)
def _load_cached(path: str, src_lang: str, tgt_lang: str, stamp: tuple[int, int]) -> Glossary:
    data = read_input_bytes(path, max_bytes=GLOSSARY_MAX_BYTES, what="glossary", hint=None)
    shown = show_path(path)
    if path.lower().endswith(".tbx") or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        entries = parse_tbx(data, src_lang, tgt_lang, where=shown)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"{shown}:{line}: glossary is not UTF-8 text") from None
        delimiter = "," if path.lower().endswith(".csv") else "\t"
        first = text.split("\n", 1)[0]
        if "\t" in first:
            delimiter = "\t"
        entries = parse_csv(text, delimiter=delimiter, where=shown)
    if not entries:
        raise InputError(f"{shown}: glossary holds no entries for {src_lang}-{tgt_lang}")
    logger.info("glossary %s: %d entries", shown, len(entries))
    return Glossary(shown, tuple(entries))


def _flag(value: str, where: str, line: int) -> bool:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise InputError(f"{where}:{line}: dnt {value.strip()!r} is not yes/no (use yes, no, true, false, 1, 0 or x)")


def parse_csv(text: str, *, delimiter: str = ",", where: str = "glossary") -> list[GlossaryEntry]:
    """Glossary rows of CSV/TSV ``text`` (see the module docstring for the columns).

    :param where: the file name for messages.
    :raises InputError: no header with ``source`` and ``target`` columns, or a row without a source term,
        without a target term (unless do-not-translate), or with a bad ``dnt`` flag.
    """
    # csv with newline="" semantics: a quoted cell may hold a line break, line numbers stay right
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    entries: list[GlossaryEntry] = []
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [c.strip().lower().replace("-", "_").replace(" ", "_") for c in row]
                missing = [c for c in ("source", "target") if c not in header]
                if missing:
                    raise InputError(f"{where}:{line}: glossary header needs the columns source, target[, dnt]; "
                                     f"found {', '.join(header) or 'nothing'}")
                continue
            cells = dict(zip(header, (c.strip() for c in row)))
            source = cells.get("source", "")
            dnt = _flag(cells.get("dnt", cells.get("do_not_translate", "")), where, line)
            targets = tuple(t.strip() for t in cells.get("target", "").split("|") if t.strip())
            if not source:
                raise InputError(f"{where}:{line}: glossary row has no source term")
            if not targets:
                if not dnt:
                    raise InputError(f"{where}:{line}: glossary row {source!r} has no target term "
                                     "(give one, or mark it dnt)")
                targets = (source,)
            entries.append(GlossaryEntry(source, targets, dnt, line))
    except csv.Error as exc:
        raise InputError(f"{where}:{reader.line_num}: not a CSV/TSV glossary ({exc})") from None
    if header is None:
        raise InputError(f"{where}: glossary is empty (expected a header row: source,target,dnt)")
    return entries


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang_of(code: str | None) -> str | None:
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-", 1)[0]
    try:
        return normalize_lang(primary, "xml:lang")
    except Exception:  # noqa: BLE001 - a language wiredrift has no profile for: compared as written
        return primary.lower()


def _note_says_dnt(el: Any) -> bool:
    # DCA style names the data category in @type (<termNote type="transferComment">), DCT style in the tag
    kind = (el.get("type") or _local(el.tag)).replace(" ", "").replace("-", "").replace("_", "").lower()
    value = "".join(el.itertext()).replace(" ", "").replace("-", "").replace("_", "").lower()
    return kind in _DNT_TYPES and value in _DNT_VALUES or value == "donottranslate"


def parse_tbx(data: bytes, src_lang: str, tgt_lang: str, *, where: str = "glossary") -> list[GlossaryEntry]:
    """Glossary rows of a TBX-Basic 2 or TBX 3 document (see the module docstring).

    :param data: the file's bytes (the XML declaration decides the encoding).
    :raises InputError: not well-formed XML (with the line), not TBX, or an empty ``<term>``.
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        msg = " ".join(str(exc.msg).split())
        raise InputError(f"{where}:{line}: not a TBX glossary (XML error: {msg})") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        # entity declarations (billion laughs, external entities) are never expanded; refuse them outright
        raise InputError(f"{where}:1: TBX glossary declaring entities (<!ENTITY ...>) is not read; "
                         "remove the declarations")
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(f"{where}:{root.sourceline}: not a TBX glossary (root element <{_local(root.tag)}>, "
                         "expected <martif> or <tbx>)")
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    src, tgt = _lang_of(src_lang), _lang_of(tgt_lang)
    entries: list[GlossaryEntry] = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        dnt = False
        terms: dict[str, list[str]] = {}
        for el in entry.iter():
            name = _local(el.tag)
            if (name in ("termNote", "descrip", "note") or name.lower() in _DNT_TYPES) and _note_says_dnt(el):
                dnt = True
            if name != "term":
                continue
            lang_el = next((a for a in el.iterancestors() if _local(a.tag) in ("langSet", "langSec")), None)
            if lang_el is None:
                raise InputError(f"{where}:{el.sourceline}: <term> outside a langSet/langSec")
            text = " ".join("".join(el.itertext()).split())
            if not text:
                raise InputError(f"{where}:{el.sourceline}: empty <term>")
            group = el.getparent()
            status = ""
            if group is not None:
                for note in group:
                    if (_local(note.tag) == "termNote" and note.get("type") == "administrativeStatus"
                            or _local(note.tag) == "administrativeStatus"):  # DCA or DCT style
                        status = "".join(note.itertext()).replace(" ", "").lower()
            lang = _lang_of(lang_el.get(xml_lang))
            if lang == tgt and any(s in status for s in _BAD_STATUS):
                continue
            if lang is not None:
                terms.setdefault(lang, []).append(text)
        sources = terms.get(src or "", [])
        targets = tuple(dict.fromkeys(terms.get(tgt or "", [])))
        for source in dict.fromkeys(sources):
            if targets:
                entries.append(GlossaryEntry(source, targets, dnt, entry.sourceline or 0))
            elif dnt:
                entries.append(GlossaryEntry(source, (source,), True, entry.sourceline or 0))
            else:
                logger.debug("%s:%s: entry has no %s term; skipped", where, entry.sourceline, tgt_lang)
    return entries


# ---------------------------------------------------------------------------------------------------
# Checking


def _pattern(term: str, *, exact: bool) -> re.Pattern[str]:
    # a whole term: not glued to a letter on either side ("Rp" in "Rp80.000", not in "Rpm"); digits may touch
    flags = 0 if exact else re.IGNORECASE
    body = r"\s+".join(re.escape(w) for w in term.split())
    return re.compile(r"(?<![^\W\d_])" + body + r"(?![^\W\d_])", flags)


@lru_cache(maxsize=4096)
def _compiled(term: str, exact: bool) -> re.Pattern[str]:
    return _pattern(term, exact=exact)


def _spans(term: str, text: str, *, exact: bool) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _compiled(term, exact).finditer(text)]


def _inside(a: int | None, b: int | None, spans: Iterable[tuple[int, int]]) -> bool:
    return a is not None and b is not None and any(a < e and s < b for s, e in spans)


def _covered(f: Finding, glossary: Glossary) -> bool:
    """Whether a name or number finding is one the glossary says is a correct rendering."""
    folded = " ".join(f.src_text.split()).casefold() if f.src_text else ""
    for e in glossary.entries:
        if " ".join(e.source.casefold().split()) not in folded:
            continue
        src_spans = _spans(e.source, f.src_text, exact=False)
        tgt_spans = [s for t in e.targets for s in _spans(t, f.tgt_text, exact=e.dnt)] if f.tgt_text else []
        if not src_spans or not tgt_spans:
            continue
        src_ok = f.src_start is None or _inside(f.src_start, f.src_end, src_spans)
        tgt_ok = f.tgt_start is None or _inside(f.tgt_start, f.tgt_end, tgt_spans)
        if src_ok and tgt_ok and (f.src_start is not None or f.tgt_start is not None):
            return True
    return False


def apply_glossary(
    findings: Sequence[Finding],
    glossary: Glossary,
    src_ids: tuple[int, ...],
    tgt_ids: tuple[int, ...],
    src_text: str,
    tgt_text: str,
    src_label: str,
    tgt_label: str,
) -> list[Finding]:
    """The findings of one aligned bead after the glossary: covered name/number findings dropped, ``term``
    findings added for source terms whose required target is missing.

    :param findings: the detectors' findings for the bead.
    :param src_text: the bead's source sentences joined with a space (the findings' ``src_text``).
    :param src_label: ``ID sentence 3`` for messages (``Side.label()``).
    :return: the kept findings followed by the new ``term`` findings.
    """
    kept = [f for f in findings if f.kind not in ("entity", "number") or not _covered(f, glossary)]
    if len(kept) != len(findings):
        logger.debug("glossary: %d finding(s) silenced in %s", len(findings) - len(kept), src_label)
    out = list(kept)
    seen: set[str] = set()
    folded = " ".join(src_text.split()).casefold()
    for e in glossary.entries:
        key = e.source.casefold()
        if key in seen or " ".join(key.split()) not in folded:  # cheap test first: most rows are not in a bead
            continue
        hits = _spans(e.source, src_text, exact=e.dnt)
        if not hits:
            continue
        if any(_spans(t, tgt_text, exact=e.dnt) for t in e.targets):
            seen.add(key)
            continue
        a, b = hits[0]
        if any(_inside(f.src_start, f.src_end, [(a, b)]) for f in kept):
            continue  # one change, one finding: the detector already marked this term
        seen.add(key)
        want = " or ".join(f'"{t}"' for t in e.targets)
        what = "do-not-translate term" if e.dnt else "term"
        out.append(Finding(
            "term", "major", src_ids, tgt_ids, src_text, tgt_text,
            f"{what} {src_text[a:b]} in {src_label} should be {want} in {tgt_label} (glossary {glossary.path}, "
            f"line {e.line})",
            src_text[a:b], None, e.targets[0], None, a, b))
    return out
