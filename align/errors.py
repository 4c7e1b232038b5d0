"""Exception hierarchy: every failure wiredrift reports is a :class:`WiredriftError`.

The CLI turns each into a one-line ``error: ...`` message and an exit code; library callers can
catch the subclass they care about.
"""

from __future__ import annotations

import os

__all__ = ["WiredriftError", "InputError", "ConfigError", "ModelError", "show_path"]


def show_path(path: str | os.PathLike[str] | None) -> str:
    """``path`` as it may appear inside a one-line message: unchanged when every character is printable,
    else quoted and escaped like Python's ``repr`` (``'a\\nb.txt'``).

    A file name may hold a newline, a carriage return, an escape sequence, a bidi override or (on Linux)
    bytes that are not UTF-8; printed raw, such a name could start a new line of stderr (which CI systems
    parse as a command, e.g. ``::warning``) or repaint the terminal. Ordinary names, spaces included,
    are printed as they are.
    """
    if path is None:
        return "<none>"
    text = os.fspath(path)
    if isinstance(text, bytes):  # pragma: no cover - wiredrift passes str paths
        text = os.fsdecode(text)
    return text if text.isprintable() else repr(text)


class WiredriftError(Exception):
    """Base class of every error wiredrift raises on purpose."""

    exit_code = 2


class InputError(WiredriftError):
    """An input file or text is missing, empty, binary, not UTF-8 or in the wrong language."""


class ConfigError(WiredriftError):
    """An option, config key or argument has a value wiredrift cannot use."""


class ModelError(WiredriftError):
    """A translation model cannot be found, loaded or converted (offline, missing, corrupt)."""
