"""Where wiredrift keeps its caches, and the clean-up of files left behind by killed runs.

:func:`cache_root` is ``$WIREDRIFT_CACHE``, else ``$XDG_CACHE_HOME/wiredrift``, else
``~/.cache/wiredrift`` when the home folder is a real absolute folder; with ``HOME=''``, ``HOME=/``
or no home at all it is a per-user folder in the temporary directory, with a warning (never
``/.cache`` or a ``.cache`` relative to the working folder).
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

__all__ = ["cache_root", "pid_alive", "remove_stale"]

_warned = False


def _home() -> Path | None:
    home = os.environ.get("HOME")
    if home is None:
        try:
            home = str(Path.home())  # the password database when HOME is unset
        except (KeyError, RuntimeError, OSError):
            return None
    if not home or not os.path.isabs(home) or Path(home) == Path("/"):
        return None
    return Path(home)


def cache_root() -> Path:
    """wiredrift's own cache folder (see the module docstring)."""
    global _warned
    env = os.environ.get("WIREDRIFT_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "wiredrift"
    home = _home()
    if home is not None:
        return home / ".cache" / "wiredrift"
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    folder = Path(tempfile.gettempdir()) / f"wiredrift-cache-{uid}"
    if not _warned:
        _warned = True
        logger.warning("no usable home folder (HOME=%r): caching in %s; set WIREDRIFT_CACHE or "
                       "XDG_CACHE_HOME to keep the cache", os.environ.get("HOME"), folder)
    return folder


def pid_alive(pid: int) -> bool:
    """True when process ``pid`` exists (or may exist: another user's process)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale(folder: str | os.PathLike[str], pattern: str) -> list[Path]:
    """Remove the files (or folders) in ``folder`` whose name matches ``pattern`` and whose writer is dead.

    :param pattern: a regular expression with a group named ``pid``, matched against the whole name.
    :return: what was removed (nothing when the folder cannot be listed).
    """
    import shutil

    rx = re.compile(pattern)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = rx.fullmatch(entry.name)
        if m is None or pid_alive(int(m.group("pid"))):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
        logger.info("removed %s, left behind by process %s", entry.path, m.group("pid"))
    return removed
