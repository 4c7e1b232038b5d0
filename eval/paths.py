"""Output paths kept apart from input paths, and paths shown safely in one-line messages.

:func:`check_outputs_apart` runs before a command does any work: an output that names an input
(the same path, a symlink to it, or a hard link: same device and inode), an output folder that holds
an input (a dataset folder is replaced whole), or two outputs naming one file are refused with one line.
:func:`show_path` quotes and escapes a name holding control characters, so a newline in it cannot
start a new stderr line (which GitHub Actions would parse as a ``::warning``).

For corpus runs (added beside the above): :func:`check_folders_apart` covers folders read or replaced
whole; :func:`confine` refuses a manifest path leaving its folder (absolute, ``..``, a symlink pointing
out); :func:`regular_file_error` says why a path is no regular file (FIFO, device, folder) without opening
it (the reader's own check). :func:`show_path` is :func:`wiredrift.align.errors.show_path`, the one
helper every message uses.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from ..align.errors import InputError, show_path

logger = logging.getLogger(__name__)

__all__ = [
    "check_outputs_apart",
    "show_path",
    "one_line",
    "bad_char",
    "check_writable_name",
    "check_folders_apart",
    "confine",
    "regular_file_error",
]


def _escape_char(c: str) -> str:
    n = ord(c)
    if c == "\n":
        return "\\n"
    if c == "\r":
        return "\\r"
    if c == "\t":
        return "\\t"
    if n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


def _printable(c: str) -> bool:
    # isprintable() is False for controls, separators other than space (U+2028, U+2029), format
    # characters (bidi marks) and lone surrogates (undecodable bytes under surrogateescape).
    return c == " " or c.isprintable()


def one_line(text: object) -> str:
    """``text`` with every control, format or separator character escaped (``\\n``, ``\\x1b``, ``\\u202e``)."""
    s = str(text)
    if all(_printable(c) for c in s):
        return s
    return "".join(c if _printable(c) else _escape_char(c) for c in s)


def _identity(path: Path) -> tuple[Path, tuple[int, int] | None]:
    """The resolved path and, when the file exists, its (device, inode)."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the path as given
        resolved = Path(os.path.abspath(path))
    try:
        st = os.stat(path)
        return resolved, (st.st_dev, st.st_ino)
    except (OSError, ValueError):
        return resolved, None


def _same(a: tuple[Path, tuple[int, int] | None], b: tuple[Path, tuple[int, int] | None]) -> bool:
    return a[0] == b[0] or (a[1] is not None and a[1] == b[1])


def check_outputs_apart(
    inputs: Iterable[str | os.PathLike[str]],
    outputs: Iterable[tuple[str, str | os.PathLike[str]]],
) -> None:
    """Refuse outputs that would overwrite an input or each other; call it before any work is done.

    :param inputs: the files the command reads (``-``, standard input, is skipped).
    :param outputs: ``(option name, path)`` for every file or folder the command writes, derived names
        included (a Moses prefix writes ``PREFIX.id`` and ``PREFIX.en``: pass both); ``-`` is skipped.
    :raises InputError: an output is an input (same path, a symlink or a hard link to it), an existing
        output folder holds an input, or two outputs name the same file.
    """
    ins = [(str(p), _identity(Path(p))) for p in inputs if str(p) != "-"]
    seen: list[tuple[str, str, tuple[Path, tuple[int, int] | None]]] = []
    for flag, path in outputs:
        if str(path) == "-":
            continue
        ident = _identity(Path(path))
        label = f"{flag} {show_path(path)}"
        for given, in_ident in ins:
            if _same(ident, in_ident):
                raise InputError(f"{label}: would overwrite the input {show_path(given)}")
            if ident[0] != in_ident[0] and ident[0] in in_ident[0].parents and Path(path).is_dir():
                # a folder output is replaced whole: the input inside it would go with it
                raise InputError(f"{label}: would replace the folder holding the input {show_path(given)}")
        for other_flag, other_path, other in seen:
            if _same(ident, other):
                raise InputError(f"{label}: same file as {other_flag} {show_path(other_path)}")
        seen.append((flag, str(path), ident))


def _xml_ok(c: str) -> bool:
    n = ord(c)
    return (n >= 0x20 and n <= 0xD7FF) or c in "\t\n\r" or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF


def bad_char(text: str, *, xml: bool = False) -> str | None:
    """The first character of ``text`` that cannot be written: a lone surrogate (not Unicode, so not
    UTF-8), or with ``xml`` also one XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF).
    ``None`` when there is none."""
    for c in text:
        if 0xD800 <= ord(c) <= 0xDFFF or (xml and not _xml_ok(c)):
            return c
    return None


def check_writable_name(path: str | os.PathLike[str], what: str, *, xml: bool = False, fix: str = "rename the file") -> None:
    """Refuse ``path`` when it holds a character its outputs cannot carry (see :func:`bad_char`).

    :param what: what the name becomes in the output (``document id``, ``file name``), for the message.
    :raises InputError: one line naming the path, the character and the fix.
    """
    c = bad_char(os.fspath(path), xml=xml)
    if c is None:
        return
    why = "is not valid Unicode (a file name that is not UTF-8)" if 0xD800 <= ord(c) <= 0xDFFF else \
        "is not allowed in XML"
    raise InputError(f"{show_path(path)}: the {what} holds {_escape_char(c)}, which {why}; {fix}")


def check_folders_apart(
    outputs: Iterable[tuple[str, str | os.PathLike[str]]],
    *,
    input_folders: Iterable[str | os.PathLike[str]] = (),
    output_folders: Iterable[tuple[str, str | os.PathLike[str]]] = (),
) -> None:
    """What :func:`check_outputs_apart` cannot see from files alone: folders read or replaced whole.

    :param outputs: ``(option name, path)`` of every output, as for :func:`check_outputs_apart`.
    :param input_folders: folders read whole (a saved dataset): no output may lie inside one, or be one.
    :param output_folders: ``(option name, path)`` of folders replaced whole (a dataset export), existing or
        not: no other output (a journal) may lie inside one, or it would be replaced with it.
    :raises InputError: one line naming both paths.
    """
    outs = [(flag, Path(p), _identity(Path(p))[0]) for flag, p in outputs if str(p) != "-"]
    for folder in input_folders:
        resolved = _identity(Path(folder))[0]
        for flag, path, out in outs:
            if out == resolved or resolved in out.parents or out in resolved.parents:
                raise InputError(f"{flag} {show_path(path)}: would write into the input folder {show_path(folder)}")
    for folder_flag, folder in output_folders:
        resolved = _identity(Path(folder))[0]
        for flag, path, out in outs:
            if resolved in out.parents:
                raise InputError(f"{folder_flag} {show_path(folder)}: the folder would replace the output "
                                 f"{flag} {show_path(path)}")


def confine(path: Path, root: Path, allow_outside: bool = False) -> str | None:
    """Why ``path`` (already joined to its manifest's folder) may not be read, or ``None`` when it may.

    :param root: the folder every path must resolve inside (symlinks followed).
    :param allow_outside: accept any path (the ``--allow-outside`` flag).
    """
    if allow_outside:
        return None
    try:
        resolved = path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a symlink loop
        return f"{show_path(path)}: cannot resolve the path ({exc})"
    if not resolved.is_relative_to(root.resolve(strict=False)):
        via = " (through a symlink)" if path.absolute() != resolved and _lexically_inside(path, root) else ""
        return (f"{show_path(path)}: resolves outside {show_path(os.path.abspath(root))}{via}; "
                f"pass --allow-outside to read files outside the input's folder")
    return None


def _lexically_inside(path: Path, root: Path) -> bool:
    return Path(os.path.normpath(path.absolute())).is_relative_to(Path(os.path.normpath(root.absolute())))


def regular_file_error(path: str | Path) -> str | None:
    """Why ``path`` is not a regular file one may read (FIFO, device, folder, socket), or ``None``.

    The reader's own check (:func:`wiredrift.align.reader.check_regular_file`, which never opens the path,
    so a FIFO cannot block it) as a message rather than an exception. A missing path returns ``None``: the
    reader's own message for it is clearer.
    """
    from ..align.reader import check_regular_file

    try:
        os.stat(path)
    except OSError:
        return None
    try:
        check_regular_file(path)
    except InputError as exc:
        return str(exc)
    return None


