"""Output paths kept apart from input paths, and paths shown safely in one-line messages.

:func:`check_outputs_apart` runs before a command does any work: an output that names an input
(the same path, a symlink to it, or a hard link: same device and inode), an output folder that holds
an input (a dataset folder is replaced whole), or two outputs naming one file are refused with one line.
:func:`show_path` escapes control characters, so a file name holding a newline cannot start a new
stderr line (which GitHub Actions would parse as a ``::warning``).

For corpus runs (added beside the above): :func:`check_folders_apart` covers folders read or replaced
whole; :func:`confine` refuses a manifest path leaving its folder (absolute, ``..``, a symlink pointing
out); :func:`regular_file_error` says why a path is no regular file (FIFO, device, folder) without opening
it; :func:`remove_stale_temps` deletes what a killed run left beside an output
(:mod:`wiredrift.eval.output` names temporary files ``.NAME.PID.RANDOM.tmp``).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from ..align.errors import InputError

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
    "remove_stale_temps",
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


def show_path(path: str | os.PathLike[str] | None) -> str:
    """``path`` for a one-line message: control, format and separator characters escaped, the rest as given."""
    if path is None:
        return "-"
    return one_line(os.fspath(path))


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

    ``os.stat`` never blocks on a FIFO (only ``open`` does), so this is safe to call on anything. A missing
    path returns ``None``: the reader's own message for it is clearer.
    """
    import stat

    try:
        st = os.stat(path)
    except OSError:
        return None
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    what = ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{show_path(path)}: is {what}, not a regular file"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's live process
        return True
    return True


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Delete the temporary files and folders that dead runs left beside the output ``path``.

    :mod:`wiredrift.eval.output` writes ``.NAME.PID.RANDOM.tmp`` (and ``.NAME.PID.RANDOM.old`` while
    replacing a folder); an entry whose process no longer runs on this machine is removed. Entries of
    live processes, and temporary names without a PID, are left alone.

    :return: the paths removed.
    """
    if os.name != "posix":  # pragma: no cover - no cheap liveness test elsewhere
        return []
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)\.[A-Za-z0-9_]+\.(?:tmp|old)")
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None or _pid_alive(int(m.group(1))):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as exc:
            logger.warning("%s: cannot remove a dead run's temporary file (%s)", show_path(entry), exc.strerror or exc)
            continue
        removed.append(entry)
        logger.warning("%s: removed a temporary file left by a dead run (pid %s)", show_path(entry), m.group(1))
    return removed
