"""Writing output files whole or not at all: a failed run never leaves a partial file behind."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["atomic_write_text", "atomic_write", "write_text_or_stdout"]


def atomic_write(path: str | Path, write: Callable[[IO[str]], None]) -> None:
    """Call ``write(fh)`` on a temporary file beside ``path`` and rename it into place on success.

    :raises OSError: the folder does not exist or is not writable (the temporary file is removed).
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8, ``\\n`` line ends)."""
    atomic_write(path, lambda fh: fh.write(text))


def write_text_or_stdout(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path``, or to standard output when ``path`` is ``-``."""
    if str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(path, text)
