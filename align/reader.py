"""Reading news reports: plain text or Markdown in, a :class:`~wiredrift.align.types.Document` out.

What the reader recognises
--------------------------
* **Paragraphs**: blocks separated by blank lines. Inside a block, lines are joined (hard-wrapped
  text) unless most lines end like a paragraph does (``.``, ``?``, ``"`` ...), or the file has no
  blank lines at all, in which case every line is a paragraph. Markdown headings, list items,
  images and credit lines always stand on their own, and so does a line that opens with a dateline.
* **Headline**: a Markdown ``#`` heading, or a first paragraph that is short and has no final full
  stop. Markdown markup is removed (``#``, ``**``, ``_``, ``[text](url)`` -> ``text``, images).
* **Dateline**: ``JAKARTA -``, ``JAKARTA (ANTARA) -``, ``WASHINGTON (Reuters) -``,
  ``Jakarta, 22/2 (ANTARA) -`` (any dash) at the start of the first body paragraph. Its text stays
  in the first body sentence, so sentence texts equal the article text; the place goes to
  :attr:`Document.dateline`, and the splitter never breaks inside it.
* **Roles**: ``caption`` for photo captions (a paragraph ending in ``(Source Kremlin.ru)``,
  ``(Foto: ANTARA/...)``, ``(ANTARA FOTO/...)``, one starting ``Photo:``/``Foto:``, or the text
  right after a Markdown image); ``credit`` for ``Editor:``, ``Pewarta:``, ``Reporter:``,
  ``Reporting by ...``, ``Baca juga: ...`` related-link lines, ``(ant)``; ``headline``; ``body``.
* **Characters**: UTF-8 with or without BOM; CRLF, CR and LF line ends; U+2028 and U+0085 act as
  line breaks and U+2029 as a paragraph break; control characters other than tab and newline are
  removed; NBSP, thin and other odd spaces become plain spaces, zero-width characters and soft
  hyphens are dropped; text is NFC-normalised. None of this adds or removes a sentence.

* **Files**: every user file is read by :func:`read_input_bytes`: a regular file only (FIFOs, devices,
  sockets and folders are refused without being opened for reading), at most
  :data:`DEFAULT_MAX_INPUT_MB` MB unless the caller raises the cap. Paths in messages go through
  :func:`~wiredrift.align.errors.show_path`, so a name with a newline cannot start a new line.
* **Markdown** only for ``.md``/``.markdown``/``.mdown``/``.mkd`` files, ``fmt="md"``, or text
  without a path that has Markdown markup; code blocks are dropped and table rows become sentences
  of role ``table``.

Line numbers (:attr:`Sentence.line`, 1-based, the paragraph's first line) count LF, CRLF and CR
line ends only, as editors and ``sed -n`` do; ``str.splitlines`` is never used because it would
also count U+2028, U+0085 and form feeds.
"""

from __future__ import annotations

import html
import logging
import math
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import ConfigError, InputError, show_path
from .langcodes import normalize_lang
from .segment import find_dateline, split_sentences
from .types import Document, Sentence

__all__ = [
    "DEFAULT_MAX_INPUT_MB",
    "FORMATS",
    "read_document",
    "parse_document",
    "read_text",
    "read_lines",
    "decode_lines",
    "read_input_bytes",
    "read_stream_bytes",
    "check_regular_file",
    "input_cap_bytes",
    "show_path",
]

logger = logging.getLogger(__name__)

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Characters that str.splitlines() or editors treat specially, mapped to what the reader does.
_LINE_SEPARATORS = ("\u2028", "\u0085")
_PARAGRAPH_SEPARATOR = "\u2029"
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x1c-\x1f]")
_DROPPED = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u180e]|[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

_TERMINAL = re.compile(r"[.!?:;\"'”’»)\]…]\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_MD_BULLET = re.compile(r"^\s{0,3}[-*+]\s+")
_MD_NUMBERED = re.compile(r"^\s{0,3}\d{1,3}[.)]\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_TABLE_RULE = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_TABLE_SPLIT = re.compile(r"(?<!\\)\|")
_SURROGATES = re.compile("[\ud800-\udfff]")
_MD_ITALIC_LINE = re.compile(r"^\s*(\*|_)(?!\1)\S.*\S?\1\s*$")
_MD_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"`([^`]+)`"),
)
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_SNIFF = re.compile(
    r"^\s{0,3}#{1,6}\s|!\[[^\]]*\]\(|\[[^\]]+\]\([^)\s]+\)|\*\*\S|^\s{0,3}>\s|^\s{0,3}```", re.MULTILINE
)

_CREDIT = re.compile(
    r"""^(?:
        (?:editor|editing|redaktur|pewarta|reporter|penulis|writer|fotografer|photographer|
           penerjemah|translator|uploader|produser|producer|kontributor|contributor|sumber|source|
           copyright|hak\s+cipta|video|grafis|infografis|oleh|by)\s*[:：]
      | (?:baca\s+juga|read\s+also|read\s+more|see\s+also|lihat\s+juga|simak\s+juga|related)\b\s*[:：\-–—]?
      | (?:reporting|editing|writing|additional\s+reporting|compiled|translated|edited|written)\s+by\b
      | (?:copyright\s*)?©
      | \((?:reporting|editing|writing|additional\s+reporting|compiled|laporan)\b[^()]*\)$
      | \([a-z*]{1,8}(?:/[a-z*]{1,8})?\)$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CAPTION_START = re.compile(
    r"^(?:photo|foto|image|gambar|caption|keterangan\s+foto|ilustrasi|illustration|pictured)\s*[:：]",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    r"""\((?:
        (?:source|sumber|foto|photo|photograph|image|gambar|ilustrasi|illustration|dok|doc|istimewa|
           credit|kredit|courtesy)\b[^()]*
      | (?:ANTARA\s+FOTO|ANTARA|Reuters|AP|AFP|EPA|Getty\s+Images|Xinhua)\s*/[^()]*
    )\)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADLINE_MAX_WORDS = 25
_CAPTION_MAX_WORDS = 80


@dataclass(slots=True)
class _Line:
    number: int  # 1-based physical line number
    text: str
    paragraph_break: bool = False  # a U+2029 ended the line
    indent: int = 0  # leading columns before cleaning (a tab counts 4): Markdown indented code
    kind: str = ""  # Markdown only: "code", "table", "table-rule" (see _mark_markdown)


@dataclass(slots=True)
class _Paragraph:
    line: int
    text: str
    heading: bool = False
    italic: bool = False
    after_image: bool = False
    image: bool = False
    table: bool = False


#: Default cap on one input file, in MB (10**6 bytes). A long news report is 10-50 kB and a whole
#: presegmented book a few MB; 20 MB keeps the reader's peak memory bounded (it holds a few copies of the
#: text) while leaving room for sentence files. ``--max-input-mb`` and ``CheckConfig.max_input_mb`` raise it.
DEFAULT_MAX_INPUT_MB = 20
_MB = 1_000_000

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    """What kind of file ``mode`` describes when it is not a regular file (``a FIFO`` ...), else ``None``."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "an unknown kind of file"  # pragma: no cover - door, whiteout, ...


def _refuse_kind(shown: str, kind: str) -> InputError:
    if kind == "a directory":
        return InputError(f"{shown}: is a directory, not a file")
    return InputError(f"{shown}: not a regular file ({kind})")


def _os_error(shown: str, exc: OSError) -> InputError:
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return InputError(f"{shown}: file not found")
    if isinstance(exc, PermissionError):
        return InputError(f"{shown}: cannot read the file (permission denied)")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{shown}: is a directory, not a file")
    return InputError(f"{shown}: cannot read the file ({exc.strerror or exc})")


def _cap_bytes(max_bytes: int | None) -> int:
    return DEFAULT_MAX_INPUT_MB * _MB if max_bytes is None else max_bytes


def _oversize(shown: str, size: int | None, cap: int, what: str, hint: str | None) -> InputError:
    if size is None:
        amount = "more than"
    else:
        amount = f"{size / _MB:.1f} MB is over" if size >= _MB // 10 else f"{size} bytes is over"
    tail = f"; {hint}" if hint else ""
    return InputError(f"{shown}: {amount} the {cap / _MB:g} MB {what} limit{tail}")


def check_regular_file(path: str | Path) -> None:
    """Refuse ``path`` unless it is an existing regular file (a symlink to one is fine); opens nothing.

    For files read in pieces (a corpus journal) where :func:`read_input_bytes` does not fit.

    :raises InputError: missing, unreadable, a directory, a FIFO, a device or a socket.
    """
    shown = show_path(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    kind = _not_regular(st.st_mode)
    if kind is not None:
        raise _refuse_kind(shown, kind)


def read_input_bytes(
    path: str | Path,
    *,
    max_bytes: int | None = None,
    what: str = "input",
    hint: str | None = "raise it with --max-input-mb",
) -> bytes:
    """The bytes of the user file ``path``, read once, never more than ``max_bytes``.

    Every file wiredrift reads on a user's behalf goes through here. The path is ``stat``-ed first, so
    a FIFO is refused without opening it (opening one for reading blocks until a writer comes), as are
    directories, devices (``/dev/zero`` would grow without end) and sockets. The file is then opened
    once with ``O_NONBLOCK`` and checked again with ``fstat`` on the open descriptor, so a file swapped
    for a FIFO in between is refused too, and at most ``max_bytes + 1`` bytes are read.

    :param max_bytes: the cap; ``None`` for :data:`DEFAULT_MAX_INPUT_MB` MB.
    :param what: what the limit is called in the error (``input``, ``config file``, ``manifest``).
    :param hint: how to raise the limit, appended to the error; ``None`` for no hint.
    :raises InputError: missing, unreadable, not a regular file, or over the cap; one line, the path
        escaped with :func:`~wiredrift.align.errors.show_path`.
    """
    shown = show_path(path)
    cap = _cap_bytes(max_bytes)
    check_regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    try:
        st = os.fstat(fd)
        kind = _not_regular(st.st_mode)
        if kind is not None:  # swapped between the stat and the open
            raise _refuse_kind(shown, kind)
        if st.st_size > cap:
            raise _oversize(shown, st.st_size, cap, what, hint)
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > cap:  # the file grew after the fstat
        raise _oversize(shown, None, cap, what, hint)
    return data


def input_cap_bytes(max_input_mb: float | None, option: str = "--max-input-mb") -> int:
    """The byte cap for a limit of ``max_input_mb`` MB (``None``: :data:`DEFAULT_MAX_INPUT_MB`).

    :raises ConfigError: the limit is not a finite number above 0.
    """
    if max_input_mb is None:
        return DEFAULT_MAX_INPUT_MB * _MB
    if isinstance(max_input_mb, bool) or not isinstance(max_input_mb, (int, float)) or not math.isfinite(max_input_mb) or max_input_mb <= 0:
        raise ConfigError(f"{option}: expected a number of MB above 0, got {max_input_mb!r}")
    return max(1, int(max_input_mb * _MB))


def read_stream_bytes(stream: BinaryIO, name: str, *, max_bytes: int | None = None) -> bytes:
    """At most ``max_bytes`` bytes of an open binary stream (standard input), refusing more.

    :raises InputError: the stream holds more than the cap.
    """
    cap = _cap_bytes(max_bytes)
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise _oversize(name, None, cap, "input", "raise it with --max-input-mb")
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """``"little-endian"``/``"big-endian"`` when ``data`` looks like BOM-less UTF-16 text, else ``None``.

    UTF-16 of Latin-script text has a NUL in every other byte; real binary files have NULs scattered
    at both parities. The text must also decode and be mostly printable.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    for endian, zeros, other in (("little-endian", odd, even), ("big-endian", even, odd)):
        if zeros >= 0.5 * pairs and other <= 0.02 * pairs:
            try:
                text = sample.decode("utf-16-le" if endian == "little-endian" else "utf-16-be")
            except UnicodeDecodeError:
                return None
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
            if printable >= 0.95 * len(text):
                return endian
    return None


def _decode(data: bytes, name: str) -> str:
    """``data`` as UTF-8 text without a BOM; one-line errors for UTF-16, PDF, ZIP, binary and other encodings.

    ``name`` is printed as it is: callers pass it through :func:`show_path` (or a fixed name).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text, not UTF-8; re-save it as UTF-8")
    if data.startswith(b"%PDF-"):
        raise InputError(f"{name}: a PDF file, not plain text; export it as UTF-8 text or Markdown")
    if data.startswith(b"PK\x03\x04"):
        raise InputError(f"{name}: a ZIP or Office document, not plain text; export it as UTF-8 text or Markdown")
    nul = data.find(b"\x00")
    if nul >= 0:
        endian = _utf16_without_bom(data)
        if endian is not None:
            codec = "UTF-16LE" if endian == "little-endian" else "UTF-16BE"
            raise InputError(
                f"{name}: UTF-16 text ({endian}) without a byte-order mark, not UTF-8; re-save it as UTF-8 "
                f"(e.g. iconv -f {codec} -t UTF-8)"
            )
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        controls = sum(1 for b in data[:4096] if b < 0x20 and b not in (9, 10, 12, 13))
        if controls > 0.1 * min(len(data), 4096):
            raise InputError(f"{name}: binary file ({controls} control bytes in the first 4 KiB), not a text report") from None
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_text(
    path: str | Path, *, max_bytes: int | None = None, what: str = "input", hint: str | None = "raise it with --max-input-mb"
) -> str:
    """Read ``path`` as UTF-8 text (BOM removed), with one-line errors for every bad input.

    :param max_bytes: size cap (see :func:`read_input_bytes`); ``None`` for the default.
    :param what: what the cap is called in its error; ``hint``: how to raise it (see :func:`read_input_bytes`).
    :raises InputError: the file is missing, a directory, a FIFO or device, unreadable, over the cap,
        empty, whitespace only, binary, UTF-16 or otherwise not UTF-8.
    """
    name = show_path(path)
    data = read_input_bytes(path, max_bytes=max_bytes, what=what, hint=hint)
    if not data:
        raise InputError(f"{name}: file is empty")
    text = _decode(data, name)
    if not text.strip():
        raise InputError(f"{name}: file contains only whitespace")
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\r\t\x0c") + text.count("\ufffd")
    if controls > max(8, 0.05 * len(text)):
        raise InputError(f"{name}: looks binary ({controls} control or replacement characters), not a text report")
    return text


def decode_lines(data: bytes, name: str) -> list[str]:
    """The lines of a line-aligned UTF-8 text (one sentence per line), without their line ends.

    Only ``\n`` separates lines (a ``\r`` before it is dropped), so line ``k`` of the file is item
    ``k - 1``: U+2028, U+0085 and form feeds stay inside their line. A BOM is removed; empty lines are
    kept; an empty input has no lines.

    :param data: the bytes of the file (or of standard input).
    :param name: what to call the input in errors (a path, ``standard input``).
    :raises InputError: binary, UTF-16 or otherwise not UTF-8.
    """
    lines = _decode(data, name).split("\n")
    if lines[-1] == "":
        lines.pop()  # the text ends with a line end (or is empty)
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_lines(path: str | Path, *, max_bytes: int | None = None) -> list[str]:
    """The lines of the line-aligned UTF-8 file ``path`` (see :func:`decode_lines`).

    :param max_bytes: size cap (see :func:`read_input_bytes`); ``None`` for the default.
    :raises InputError: the file is missing, not a regular file, unreadable, over the cap, binary or
        not UTF-8.
    """
    return decode_lines(read_input_bytes(path, max_bytes=max_bytes), show_path(path))


def _clean(line: str) -> str:
    line = _DROPPED.sub("", line)
    line = _ODD_SPACES.sub(" ", line)
    return unicodedata.normalize("NFC", line)


def _lines(text: str) -> list[_Line]:
    """Physical lines (LF, CRLF, CR), each cut further at U+2028/U+0085/U+2029, cleaned."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[_Line] = []
    for number, physical in enumerate(text.split("\n"), start=1):
        for sep in _LINE_SEPARATORS:
            physical = physical.replace(sep, "\n")
        for k, para_part in enumerate(physical.split(_PARAGRAPH_SEPARATOR)):
            if k:
                out.append(_Line(number, "", paragraph_break=True))
            for part in para_part.split("\n"):
                expanded = part.expandtabs(4)
                out.append(_Line(number, _clean(part), indent=len(expanded) - len(expanded.lstrip(" "))))
    return out


def _mark_markdown(lines: list[_Line]) -> tuple[int, int]:
    """Mark Markdown code and table lines in place; returns (code lines, table rows).

    * Fenced code (```` ``` ```` or ``~~~`` up to the same fence) and indented code (4 columns or a
      tab after a blank line, outside a list) are ``code``: program text is not translated prose,
      and :func:`_blocks` drops it.
    * A GitHub table (a row with ``|``, then a ``|---|:--:|`` rule, then rows with ``|``) is
      ``table`` (rows) and ``table-rule``; each row becomes one sentence of role ``table``, its
      cells joined by `` | ``, so a figure changed in a table is still checked.
    """
    code = rows = 0
    fence: str | None = None
    prev_blank, in_list, in_code, in_table = True, False, False, False
    for k, ln in enumerate(lines):
        m = _MD_FENCE.match(ln.text)
        if fence is not None:
            ln.kind = "code"
            code += 1
            if m is not None and m.group(1) == fence:
                fence = None
                prev_blank = True
            continue
        if m is not None:
            fence = m.group(1)
            ln.kind = "code"
            code += 1
            in_table = in_code = False
            continue
        if not ln.text.strip():
            prev_blank, in_table = True, False
            continue
        if ln.indent >= 4 and (prev_blank or in_code) and not in_list and not in_table:
            ln.kind = "code"
            code += 1
            in_code, prev_blank = True, False
            continue
        in_code = False
        if ln.kind == "table-rule":
            pass  # marked with the header row above it
        elif in_table and "|" in ln.text:
            ln.kind = "table"
            rows += 1
        elif "|" in ln.text and k + 1 < len(lines) and "|" in lines[k + 1].text and _MD_TABLE_RULE.match(lines[k + 1].text):
            ln.kind, lines[k + 1].kind = "table", "table-rule"
            rows += 1
            in_table = True
        else:
            in_table = False
            in_list = bool(_MD_BULLET.match(ln.text) or _MD_NUMBERED.match(ln.text)) or (in_list and (not prev_blank or ln.indent >= 2))
        prev_blank = False
    return code, rows


def _table_cells(text: str) -> str:
    """A Markdown table row as text: its non-empty cells, inline markup removed, joined by `` | ``."""
    row = text.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells = [_strip_inline_markdown(c.replace("\\|", "|")).strip() for c in _TABLE_SPLIT.split(row)]
    return " | ".join(" ".join(c.split()) for c in cells if c.strip())


def _strip_front_matter(lines: list[_Line]) -> list[_Line]:
    if len(lines) > 2 and lines[0].text.strip() == "---":
        for k in range(1, min(len(lines), 200)):
            if lines[k].text.strip() in ("---", "..."):
                return lines[k + 1:]
    return lines


def _strip_inline_markdown(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_REFLINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_HTML_TAG.sub("", text)
    for pattern in _MD_EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = _ODD_SPACES.sub(" ", html.unescape(text))  # &nbsp; &amp; &#8220; from CMS exports
    return text


def _ends_like_paragraph(text: str) -> bool:
    return _TERMINAL.search(text) is not None


def _is_headline_like(text: str) -> bool:
    t = text.strip()
    bare = t.rstrip("\"'”’»)] ")  # 'He said "yes."' ends with a full stop too
    return bool(t) and len(t.split()) <= _HEADLINE_MAX_WORDS and not bare.endswith((".", ",", ";", ":", "…"))


def _blocks(lines: list[_Line], markdown: bool) -> list[list[_Line]]:
    """Groups of consecutive non-blank lines, with Markdown fences and separators respected."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for ln in lines:
        if ln.kind == "table":  # one row, one block: never joined to prose or to the next row
            if current:
                blocks.append(current)
            blocks.append([ln])
            current = []
            continue
        if ln.kind in ("code", "table-rule") or not ln.text.strip() or (markdown and (_MD_RULE.match(ln.text) or _MD_REFDEF.match(ln.text))):
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(ln)
    if current:
        blocks.append(current)
    return blocks


def _starts_paragraph(text: str, markdown: bool) -> bool:
    """Lines that begin a paragraph of their own even inside a block of joined lines."""
    stripped = text.strip()
    if _CREDIT.match(stripped) or _CAPTION_START.match(stripped) or find_dateline(text) is not None:
        return True
    return markdown and bool(
        _MD_HEADING.match(text) or _MD_BULLET.match(text) or _MD_NUMBERED.match(text) or _alone_in_markdown(text)
    )


def _ends_paragraph(text: str, markdown: bool) -> bool:
    """Lines after which a new paragraph begins (nothing may be joined to them)."""
    stripped = text.strip()
    if _CREDIT.match(stripped) or _CAPTION_START.match(stripped):
        return True
    return markdown and bool(_MD_HEADING.match(text) or _alone_in_markdown(text))


def _alone_in_markdown(text: str) -> bool:
    image_only = _MD_IMAGE.search(text) is not None and not _MD_IMAGE.sub("", text).strip()
    return image_only or _MD_ITALIC_LINE.match(text) is not None


def _paragraphs(lines: list[_Line], markdown: bool) -> list[_Paragraph]:
    blocks = _blocks(lines, markdown)
    inner = [ln for block in blocks for ln in block[:-1]]
    prose_blocks = sum(1 for block in blocks if block[0].kind != "table")
    has_blank = prose_blocks > 1 or any(ln.paragraph_break for ln in lines)
    # Lines are paragraphs when the file has no blank lines, or when most lines inside blocks end
    # like a paragraph (one paragraph per line with a few blank lines); otherwise it is wrapped text.
    each_line = not has_blank or (bool(inner) and sum(map(_ends_like_paragraph, (ln.text for ln in inner))) >= 0.6 * len(inner))
    raw: list[list[_Line]] = []
    for block in blocks:
        group: list[_Line] = []
        for k, ln in enumerate(block):
            if markdown and k + 1 < len(block) and _MD_SETEXT.match(block[k + 1].text) and not _MD_BULLET.match(block[k + 1].text):
                ln = _Line(ln.number, "# " + ln.text)  # setext heading: "Title\n=====" -> "# Title"
            elif markdown and _MD_SETEXT.match(ln.text) and k > 0:
                continue
            alone = each_line or _starts_paragraph(ln.text, markdown)
            prev_alone = bool(group) and (each_line or _ends_paragraph(group[-1].text, markdown))
            # A plain-text headline glued to the first paragraph by a single newline.
            first_headline = (
                not markdown and not raw and k == 0 and len(block) > 1 and _is_headline_like(ln.text)
                and (find_dateline(block[1].text) is not None or block[1].text[:1].isupper())
            )
            if group and (alone or prev_alone):
                raw.append(group)
                group = []
            group.append(ln)
            if first_headline:
                raw.append(group)
                group = []
        if group:
            raw.append(group)

    paragraphs: list[_Paragraph] = []
    after_image = False
    for group in raw:
        first = group[0]
        if first.kind == "table":
            cells = _table_cells(first.text)
            if cells:
                paragraphs.append(_Paragraph(first.number, cells, table=True))
            continue
        texts = [ln.text for ln in group]
        heading = italic = image = False
        if markdown:
            m = _MD_HEADING.match(texts[0])
            if m is not None:
                heading = True
                texts[0] = m.group(2)
            italic = len(texts) == 1 and _MD_ITALIC_LINE.match(texts[0]) is not None
            image = _MD_IMAGE.search(" ".join(texts)) is not None
            texts = [_MD_NUMBERED.sub(lambda m: m.group(0).strip() + " ", _MD_BULLET.sub("", _MD_QUOTE.sub("", t))) for t in texts]
            texts = [_strip_inline_markdown(t) for t in texts]
        text = " ".join(" ".join(texts).split())
        if not text:
            after_image = after_image or image
            continue
        paragraphs.append(_Paragraph(first.number, text, heading=heading, italic=italic, after_image=after_image, image=image))
        after_image = False
    return paragraphs


def _role(par: _Paragraph, index: int) -> str:
    text = par.text
    if par.table:
        return "table"
    if par.heading:
        return "headline"
    if _CREDIT.match(text):
        return "credit"
    if par.image or (par.after_image and par.italic):
        return "caption"  # text beside an image, or the italic line under it
    if _CAPTION_START.match(text):
        return "caption"
    if _CAPTION_END.search(text) and len(text.split()) <= _CAPTION_MAX_WORDS:
        return "caption"
    if index == 0 and _is_headline_like(text) and find_dateline(text) is None:
        return "headline"
    return "body"


#: Values of ``fmt``: ``auto`` (Markdown for ``.md``/``.markdown`` files), ``txt`` or ``md``.
FORMATS = ("auto", "txt", "md")


def _is_markdown(text: str, path: str | None, fmt: str) -> bool:
    """Whether to read ``text`` as Markdown (see :func:`parse_document`)."""
    if fmt == "md":
        return True
    if fmt == "txt":
        return False
    if fmt != "auto":
        raise ConfigError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if path is not None:
        return Path(path).suffix.lower() in _MARKDOWN_SUFFIXES
    return _MD_SNIFF.search(text) is not None


def _safe_path(path: str | None) -> str | None:
    """``path`` without lone surrogates (a Linux file name that is not UTF-8), so a report can be written."""
    if path is None or _SURROGATES.search(path) is None:
        return path
    return _SURROGATES.sub("\ufffd", path)


def parse_document(text: str, lang: str, path: str | None = None, *, fmt: str = "auto") -> Document:
    """Split report ``text`` into paragraphs and sentences with roles and a dateline.

    :param text: the whole report, plain text or Markdown. Lone surrogates (which no file decoded by
        :func:`read_text` holds, but a caller's string may) become U+FFFD.
    :param lang: ISO 639-1 code of the text; chooses the splitting rules.
    :param path: where the text came from, recorded in the document (a name that is not valid UTF-8
        is recorded with U+FFFD in place of its bad bytes).
    :param fmt: ``md`` reads Markdown, ``txt`` plain text; ``auto`` (default) decides by ``path``'s
        suffix (``.md``, ``.markdown``, ``.mdown``, ``.mkd`` are Markdown, any other suffix is plain
        text, so one ``[x](y)`` in a ``.txt`` changes nothing) and, only for text without a path, by
        its markup. In Markdown, code blocks are dropped and each table row is one sentence of role
        ``table`` (cells joined by `` | ``).
    :return: the document; it may have no sentences (:func:`read_document` rejects that).
    :raises ConfigError: ``fmt`` is not one of :data:`FORMATS`, or ``lang`` names no supported language
        (``ID``, ``ind`` are accepted as ``id``).
    """
    lang = normalize_lang(lang, "lang")
    markdown = _is_markdown(text, path, fmt)
    if _SURROGATES.search(text) is not None:
        text = _SURROGATES.sub("\ufffd", text)
    path = _safe_path(path)
    lines = _lines(text)
    if markdown:
        lines = _strip_front_matter(lines)
        code, rows = _mark_markdown(lines)
        if code or rows:
            logger.info("%s: Markdown: %d code lines skipped, %d table rows kept as role 'table'",
                        path or "<text>", code, rows)
    sentences: list[Sentence] = []
    dateline: str | None = None
    seen_body = False
    p_index = 0
    for k, par in enumerate(_paragraphs(lines, markdown)):
        role = _role(par, k)
        if role == "body" and not seen_body:
            seen_body = True
            found = find_dateline(par.text)
            if found is not None:
                dateline = found[0]
        pieces = [par.text] if role in ("credit", "table") else split_sentences(par.text, lang)
        if not pieces:
            continue
        for piece in pieces:
            sentences.append(Sentence(i=len(sentences), text=piece, paragraph=p_index, role=role, line=par.line))
        p_index += 1
    logger.info("%s: %d sentences in %d paragraphs (dateline %s)", path or "<text>", len(sentences), p_index, dateline)
    return Document(lang=lang, sentences=tuple(sentences), path=path, dateline=dateline)


def read_document(
    path: str | Path, lang: str, *, check_language: bool = True, max_bytes: int | None = None, fmt: str = "auto"
) -> Document:
    """Read the report at ``path`` written in ``lang``.

    :param path: a UTF-8 plain-text or Markdown file.
    :param lang: ISO 639-1 code the file is claimed to be in.
    :param check_language: reject a text that is confidently in another language than ``lang``
        (languages without a profile in :mod:`wiredrift.align.langid` are not checked). A caller
        that reads a pair turns this off and runs :func:`~wiredrift.align.langid.check_pair_languages`.
    :param max_bytes: size cap (see :func:`read_input_bytes`); ``None`` for
        :data:`DEFAULT_MAX_INPUT_MB` MB.
    :param fmt: ``auto``, ``txt`` or ``md`` (see :func:`parse_document`).
    :raises InputError: the file is missing, a directory, a FIFO or device, over the cap, empty,
        binary or not UTF-8, holds no sentences, or is confidently in another language than ``lang``.
    :raises ConfigError: ``fmt`` is not one of :data:`FORMATS`.
    """
    from . import langid

    if fmt not in FORMATS:  # before the file is read
        raise ConfigError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    text = read_text(path, max_bytes=max_bytes)
    doc = parse_document(text, lang, str(path), fmt=fmt)
    if not doc.sentences:
        raise InputError(f"{show_path(path)}: no sentences found (only markup, images or separators)")
    if check_language:
        body = " ".join(s.text for s in doc.sentences if s.role in ("headline", "body")) or " ".join(doc.texts)
        langid.check_language(body, lang, show_path(path))
    return doc
