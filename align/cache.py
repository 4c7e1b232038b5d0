"""Where wiredrift keeps its caches, how each SQLite cache is opened (:func:`open_cache_db`: one root, one
timeout, one corruption policy for the embedding and the translation cache), and the clean-up of files
left behind by killed runs.

:func:`cache_root` is ``$WIREDRIFT_CACHE``, else ``$XDG_CACHE_HOME/wiredrift``, else
``~/.cache/wiredrift`` when the home folder is a real absolute folder; with ``HOME=''``, ``HOME=/``
or no home at all it is a per-user folder in the temporary directory, with a warning (never
``/.cache`` or a ``.cache`` relative to the working folder).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
import time
from pathlib import Path

logger = logging.getLogger(__name__)

__all__ = ["cache_root", "pid_alive", "remove_stale", "open_cache_db", "BUSY_TIMEOUT_S"]

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


#: Seconds a cache waits for another process's write lock before giving up (every SQLite cache).
BUSY_TIMEOUT_S = 30.0


def open_cache_db(path: str | os.PathLike[str], schema: str, *, what: str,
                  check_same_thread: bool = True) -> sqlite3.Connection | None:
    """Open (creating it) one of wiredrift's SQLite caches: the one policy every cache follows.

    WAL journal and a :data:`BUSY_TIMEOUT_S` busy timeout, so several processes share a cache; the
    connection is in autocommit mode (``isolation_level=None``): writers wrap their rows in
    ``BEGIN IMMEDIATE`` ... ``COMMIT``. A file that is not a database (or whose table cannot be read) is
    moved aside as ``NAME.corrupt-PID`` with a warning and recreated once; such files are removed when
    the process that moved them is dead. A cache that still cannot be opened, or a folder that cannot be
    written, gives ``None`` with a warning: a cache only saves time, so the caller goes on without it.

    :param schema: one ``CREATE TABLE IF NOT EXISTS name (...)`` statement; its table is probed.
    :param what: the cache, for messages (``translation cache``).
    :param check_same_thread: ``False`` for a connection several threads use under the caller's lock.
    """
    path = Path(path)
    table = schema.split("EXISTS", 1)[1].split("(", 1)[0].strip()
    for attempt in range(3):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if attempt == 0:  # caches a killed run moved aside (name.corrupt-PID) go once it is dead
                remove_stale(path.parent, re.escape(path.name) + r"(?:-wal|-shm)?\.corrupt-(?P<pid>\d+)")
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=check_same_thread)
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(schema)
                conn.execute(f"SELECT count(*) FROM {table} LIMIT 1").fetchone()
            except BaseException:
                conn.close()
                raise
            return conn
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                time.sleep(0.2)
                continue
            if attempt == 0:
                logger.warning("%s %s is corrupt (%s); recreating it", what, path, exc)
                _move_aside(path)
                continue
            logger.warning("%s %s cannot be opened (%s); going on without it", what, path, exc)
            break
        except OSError as exc:
            logger.warning("%s %s cannot be opened (%s); going on without it", what, path, exc)
            break
    return None


def _move_aside(path: Path) -> None:
    """``path`` and its WAL files renamed ``NAME.corrupt-PID`` (deleted when they cannot be renamed)."""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            try:
                os.replace(p, Path(str(p) + f".corrupt-{os.getpid()}"))
            except OSError:
                p.unlink(missing_ok=True)
