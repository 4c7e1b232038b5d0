"""Exception hierarchy: every failure wiredrift reports is a :class:`WiredriftError`.

The CLI turns each into a one-line ``error: ...`` message and an exit code; library callers can
catch the subclass they care about.
"""

from __future__ import annotations

__all__ = ["WiredriftError", "InputError", "ConfigError", "ModelError"]


class WiredriftError(Exception):
    """Base class of every error wiredrift raises on purpose."""

    exit_code = 2


class InputError(WiredriftError):
    """An input file or text is missing, empty, binary, not UTF-8 or in the wrong language."""


class ConfigError(WiredriftError):
    """An option, config key or argument has a value wiredrift cannot use."""


class ModelError(WiredriftError):
    """A translation model cannot be found, loaded or converted (offline, missing, corrupt)."""
