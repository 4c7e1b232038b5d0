"""Writing output files whole or not at all: a failed run never leaves a partial file behind.

Every file or folder wiredrift writes goes through this module: one file (:func:`atomic_write`),
several files that belong together (:func:`atomic_write_files`, Moses' two sides), or a folder
(:func:`atomic_dir`, a saved dataset). :func:`check_writable` lets a command fail on a bad output
path before it does any work.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

from ..align.errors import ConfigError

logger = logging.getLogger(__name__)

__all__ = [
    "remove_stale_temps",
    "atomic_write_text",
    "atomic_write",
    "atomic_write_files",
    "atomic_dir",
    "write_text_or_stdout",
    "check_writable",
]

#: What an output path names, for :func:`check_writable`.
PATH_KINDS = ("file", "prefix", "folder")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _set_mode(tmp: str | Path, path: Path, folder: bool = False) -> None:
    # mkstemp/mkdtemp create 0600/0700 entries; give the result the mode a plain open()/mkdir() would
    # (or keep the mode of the file it replaces), so a report is readable by whoever reads reports.
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = (0o777 if folder else 0o666) & ~_umask()
    os.chmod(tmp, mode)


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_writable(path: str | Path, flag: str | None = None, *, kind: str = "file") -> None:
    """Raise when ``path`` cannot be written, before any work is done.

    :param path: the output path (not ``-``: standard output is the caller's decision).
    :param flag: the option that named it (``--json``), shown in the message.
    :param kind: ``file``; ``prefix`` (files ``PATH.<suffix>`` beside it, as Moses writes); or
        ``folder`` (a folder created or replaced whole).
    :raises ConfigError: its folder does not exist or is not writable, or a file path is a folder.
    """
    if kind not in PATH_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(PATH_KINDS)}")
    target = Path(path)
    label = f"{flag} {path}" if flag else str(path)
    folder = _folder(target)
    if kind == "file" and target.is_dir():
        raise ConfigError(f"{label}: is a folder, not a file")
    if kind == "folder" and target.exists() and not target.is_dir():
        raise ConfigError(f"{label}: exists and is not a folder")
    if not folder.is_dir():
        raise ConfigError(f"{label}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ConfigError(f"{label}: folder {folder} is not writable")


def atomic_write(path: str | Path, write: Callable[[IO[str]], object]) -> None:
    """Call ``write(fh)`` on a temporary file beside ``path`` and rename it into place on success.

    :raises OSError: the folder does not exist or is not writable (the temporary file is removed).
    """
    atomic_write_files({path: write})


def atomic_write_files(files: Mapping[str | Path, Callable[[IO[str]], object]]) -> list[Path]:
    """Write several files that belong together: each to a temporary name, renamed only when all are complete.

    :param files: ``path -> write(fh)``; each file is UTF-8 with ``\\n`` line ends.
    :return: the paths written, in the order given.
    :raises OSError: a folder does not exist or is not writable (no temporary file is left behind).
    """
    paths = [Path(p) for p in files]
    tmps: list[str] = []
    current = paths[0] if paths else Path(".")
    try:
        for path, write in zip(paths, files.values()):
            current = path
            remove_stale_temps(path)
            fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=_folder(path))
            tmps.append(tmp)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                write(fh)
            _set_mode(tmp, path)
        for tmp, path in zip(tmps, paths):
            current = path
            os.replace(tmp, path)
    except BaseException as exc:
        for tmp in tmps:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise _named(exc, current) from exc
        raise
    return paths


def _temp_prefix(path: Path) -> str:
    # The writer's pid in the name: a later run removes what a killed run left (see remove_stale_temps).
    return f".{path.name}.{os.getpid()}."


def remove_stale_temps(path: str | Path) -> list[Path]:
    """Delete the temporary files and folders that dead runs left beside the output ``path``.

    Writers here name them ``.NAME.PID.RANDOM.tmp`` (``.old`` while a folder is replaced); an entry whose
    process no longer runs on this machine is removed, those of live processes are left alone. Every
    atomic write calls this first.

    :return: the paths removed.
    """
    from ..align.cache import remove_stale

    path = Path(path)
    return remove_stale(_folder(path), re.escape(f".{path.name}.") + r"(?P<pid>\d+)\.[^.]+\.(?:tmp|old)")


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` naming the output the user asked for, not the temporary file beside it."""
    if exc.errno is None:
        return exc
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOENT:
        reason = f"folder {_folder(path)} disappeared while writing; nothing was written"
    return type(exc)(exc.errno, reason, str(path))


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8, ``\\n`` line ends)."""
    atomic_write(path, lambda fh: fh.write(text))


def atomic_dir(path: str | Path, fill: Callable[[Path], None]) -> Path:
    """Build a folder with ``fill(tmp)`` beside ``path``, then move it into place (replacing an old one).

    :return: ``path``.
    :raises ConfigError: ``path`` exists and is not a folder.
    :raises OSError: the parent folder does not exist or is not writable (nothing is left behind).
    """
    path = Path(path)
    remove_stale_temps(path)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=_temp_prefix(path), suffix=".tmp", dir=_folder(path)))
    except OSError as exc:
        raise _named(exc, path) from exc
    old: Path | None = None
    try:
        fill(tmp)
        _set_mode(tmp, path, folder=True)
        if path.exists():
            if not path.is_dir():
                raise ConfigError(f"{path}: exists and is not a folder")
            old = Path(tempfile.mkdtemp(prefix=_temp_prefix(path), suffix=".old", dir=_folder(path)))
            os.replace(path, old / "d")
        os.replace(tmp, path)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and (old / "d").exists() and not path.exists():
            os.replace(old / "d", path)
        if isinstance(exc, OSError):
            raise _named(exc, path) from exc
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return path


def write_text_or_stdout(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path``, or to standard output when ``path`` is ``-``."""
    if str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(path, text)
