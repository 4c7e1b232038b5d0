"""Where files are, before anything is written: outputs kept apart from inputs, inputs confined, leftovers cleaned.

- :func:`check_outputs_apart` refuses a run whose output, temporary or journal path is one of its inputs
  (the same resolved path, or a hard link to it), lies inside a dataset folder it reads, or repeats
  another output; it runs before any work, so nothing is overwritten and no time is lost.
- :func:`confine` refuses a path from someone else's manifest that leaves its folder (absolute, ``..``,
  or a symlink pointing out).
- :func:`remove_stale_temps` deletes the temporary files that a killed run left beside an output
  (:mod:`wiredrift.eval.output` names them ``.NAME.PID.RANDOM.tmp``).
- :func:`show_path` prints a path safely in a one-line message (control characters escaped).
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

__all__ = ["check_outputs_apart", "confine", "remove_stale_temps", "show_path", "regular_file_error"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def show_path(path: str | Path) -> str:
    """``path`` for a one-line message: control characters and line separators escaped (``\\n``, ``\\x1b``)."""
    text = str(path)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _identity(path: Path) -> tuple[Path, tuple[int, int] | None]:
    """The resolved path and, when it exists, its ``(st_dev, st_ino)`` (what a hard link shares)."""
    resolved = path.resolve(strict=False)
    try:
        st = os.stat(resolved)
    except OSError:
        return resolved, None
    return resolved, (st.st_dev, st.st_ino)


def check_outputs_apart(
    inputs: Iterable[str | Path],
    outputs: Iterable[str | Path],
    *,
    input_folders: Iterable[str | Path] = (),
    output_folders: Iterable[str | Path] = (),
) -> None:
    """Raise when an output would overwrite an input or another output.

    Paths are compared resolved (symlinks followed) and, when they exist, by ``(st_dev, st_ino)``, so a
    hard link to an input counts as the input.

    :param inputs: files the run reads (documents, manifest, config).
    :param outputs: files the run writes or replaces (exports, Moses sides, journal, lock file).
    :param input_folders: folders the run reads whole (a saved dataset): no output may lie inside one.
    :param output_folders: folders the run replaces whole (a saved dataset export): no input and no other
        output may lie inside one.
    :raises InputError: one line naming both paths.
    """
    ins: dict[Path, Path] = {}
    ino_in: dict[tuple[int, int], Path] = {}
    for p in inputs:
        resolved, ino = _identity(Path(p))
        ins.setdefault(resolved, Path(p))
        if ino is not None:
            ino_in.setdefault(ino, Path(p))
    in_dirs = [(Path(d).resolve(strict=False), Path(d)) for d in input_folders]
    out_dirs = [(Path(d).resolve(strict=False), Path(d)) for d in output_folders]
    seen: dict[Path, Path] = {}
    ino_out: dict[tuple[int, int], Path] = {}
    for p in [*outputs, *output_folders]:
        path = Path(p)
        resolved, ino = _identity(path)
        clash = ins.get(resolved) or (ino_in.get(ino) if ino is not None else None)
        if clash is not None:
            raise InputError(f"{show_path(path)}: an output would overwrite the input {show_path(clash)}")
        for folder, given in in_dirs:
            if resolved == folder or resolved.is_relative_to(folder) or folder.is_relative_to(resolved):
                raise InputError(f"{show_path(path)}: an output inside (or over) the input folder {show_path(given)}")
        other = seen.get(resolved) or (ino_out.get(ino) if ino is not None else None)
        if other is not None:
            raise InputError(f"{show_path(path)}: named twice as an output (also {show_path(other)})")
        seen[resolved] = path
        if ino is not None:
            ino_out[ino] = path
    for folder, given in out_dirs:
        for resolved, original in ins.items():
            if resolved.is_relative_to(folder):
                raise InputError(f"{show_path(given)}: an output folder would replace the input {show_path(original)}")
        for resolved, original in seen.items():
            if resolved != folder and resolved.is_relative_to(folder):
                raise InputError(f"{show_path(given)}: an output folder would replace the output {show_path(original)}")


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
