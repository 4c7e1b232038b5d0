"""``wiredrift check``: the main job, a source report and its translation in, a drift report out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...align.aligner import DRIFT_WEIGHTS, MAX_BEAD, AlignConfig  # numpy only: keeps --help light
from ..paths import check_outputs_apart
from .options import (
    GATES_HELP,
    add_backend_argument,
    add_ci_arguments,
    add_encoder_argument,
    add_gate_arguments,
    add_glossary_argument,
    add_input_arguments,
    check_gates_can_run,
    gate_config_from_args,
    read_gate_files,
    whole_number,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import CheckConfig
    from . import RunState

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "add_encoder_argument", "add_input_arguments", "add_glossary_argument", "run",
           "config_from_args", "whole_number"]

NAME = "check"
HELP = "align a report with its translation and report drift"
DESCRIPTION = (
    "Read SRC and TGT (plain text or Markdown), split them into sentences, translate SRC when a\n"
    "MarianMT model is available, align the sentences (embeddings, plus chrF of the translation when\n"
    "there is one), score the aligned pairs with sacrebleu, and report translation drift: entities,\n"
    "numbers, dates, quotes, speakers, omitted and added sentences.\n"
    "\n"
    "Given one argument, a folder of pairs (NAME.id.txt + NAME.en.txt, or NAME/id.txt + NAME/en.txt) or a\n"
    "manifest .jsonl, check runs every document as `wiredrift corpus` does, judges the gates on each\n"
    "document apart and writes no corpus: a table on stdout (one row per document), --junit with a test\n"
    "suite per document and a test case per gate, --format github annotations per document. --json,\n"
    "--html and --export describe one pair and are refused there."
)
EXAMPLE = GATES_HELP + """\
exit codes: 0 every gate passed, 1 a gate failed, 2 bad input or usage (or a gate that cannot be
evaluated, or an output that would overwrite an input), 3 failure to run (one line naming the
stage and the file; --debug prints the traceback). A folder or manifest: 1 also when a document could
not be checked (the table says NOT CHECKED, JUnit has an <error>; see wiredrift corpus --help).
Example:
  wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt
  wiredrift check id.txt en.txt --json report.json --html report.html --fail-on critical
  wiredrift check id.txt en.txt --format github --junit drift.xml --max-findings 10
  wiredrift check id.txt en.txt --baseline accepted.json --fail-on critical
  wiredrift check id.txt en.txt --glossary house.csv --export findings.csv
  wiredrift check articles/ --fail-on critical --junit drift.xml --format github
"""

def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift check`` arguments on ``p``."""
    p.add_argument("src", help="source report (the original, e.g. Indonesian); or, alone, a folder of pairs or "
                               "a manifest .jsonl: every document is checked and gated apart (see wiredrift corpus)")
    p.add_argument("tgt", nargs="?", default=None, help="target report (the translation, e.g. English)")
    p.add_argument("--src-lang", default="id", help="language of SRC, ISO 639-1 (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of TGT, ISO 639-1 (default: en)")
    add_input_arguments(p)
    add_glossary_argument(p)
    mt = p.add_argument_group("translation")
    mt.add_argument("--model", default=None,
                    help="MarianMT model id or folder (default: Helsinki-NLP/opus-mt-SRC-TGT if cached)")
    add_backend_argument(mt)
    mt.add_argument("--offline", action="store_true",
                    help="never reach a model hub (also HF_HUB_OFFLINE=1)")
    al = p.add_argument_group("alignment")
    al.add_argument("--max-bead", type=int, default=AlignConfig().max_bead, help="most sentences on one side of a bead, 1-16 (default: %(default)s)")
    add_encoder_argument(al)
    al.add_argument("--null-cost", type=float, default=None,
                    help="cost of leaving a sentence unaligned; higher aligns more weak pairs "
                         f"(default: {DRIFT_WEIGHTS['null_cost']}, lower than align's: a weak pair is reported as an omission)")
    out = p.add_argument_group("output")
    out.add_argument("--json", metavar="PATH", help="write the wiredrift.check/3 JSON report (- for stdout)")
    from ..export import format_names, formats_help

    out.add_argument("--export", metavar="PATH",
                     help=f"also write the aligned pairs or the findings, in the format its suffix names: "
                          f"{formats_help()}; see wiredrift export")
    out.add_argument("--export-format", choices=format_names(), default=None, type=str.lower,
                     help="format of --export (default: from its suffix)")
    out.add_argument("--html", metavar="PATH", help="write a self-contained HTML report, side by side")
    add_ci_arguments(out, "check")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour the text output (default: auto = on a terminal, never with NO_COLOR)")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="text format: print only the summary line and failed gates; no progress bar "
                          "(errors still go to stderr)")
    add_gate_arguments(p)


#: Pipeline progress names -> the stages an unexpected error is reported in.
_STAGE_OF = {"read": "read", "translate": "translate", "align": "align", "drift": "detect"}


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift check``; returns the exit code (see the epilog).

    Everything that can be refused is refused before the check runs, and nothing is written then:
    options, output folders, outputs that would overwrite an input or each other, names an output
    cannot carry, and a ``--min-chrf`` gate with no MT model to evaluate it.
    """
    from ...align.errors import ConfigError
    from ..gates import exit_code, judge
    from ..output import write_text_or_stdout
    from ..pipeline import run_check
    from ..report import dumps, render_text
    from ..terminal import Progress, terminal_width, use_color
    from . import state_of

    if args.tgt is None:
        return _run_batch(args)
    state = state_of(args)
    config = config_from_args(args)
    gate_config = gate_config_from_args(args)
    if args.json == "-" and args.format == "github":
        raise ConfigError("--json - and --format github both write to stdout: give --json a file name")
    for flag in ("json", "html", "junit"):  # fail before the check runs, not after
        _check_writable(f"--{flag}", getattr(args, flag))
    export_fmt = None
    if args.export:  # a bad export name or folder fails before the check runs
        from ..export import check_destination, export_result, resolve_format

        if args.export == "-":
            raise ConfigError("--export -: writes a file; give a file name (only --json can go to stdout)")
        export_fmt = resolve_format(args.export, args.export_format)
        check_destination(args.export, export_fmt, "--export")
    baseline = read_gate_files(args, config, state)  # a bad baseline or glossary fails before the check runs
    inputs = [args.src, args.tgt] + ([args.baseline] if baseline is not None else []) + (
        [args.glossary] if args.glossary else [])
    check_outputs_apart(inputs, output_paths(args, export_fmt))
    _check_names(args, export_fmt)
    check_gates_can_run(args)

    state.at("read", args.src)
    with Progress(enabled=False if args.quiet else None) as progress:
        result = run_check(args.src, args.tgt, config, progress=_Staged(progress, state, args.src))
    state.at("score", args.src)
    result, gates = judge(result, gate_config, baseline)
    result.gates = gates
    unevaluable = [g for g in gates if g.status == "error"]
    if unevaluable:  # a gate that could not be evaluated: a usage error, and no report that looks finished
        for g in unevaluable:
            print(f"error: {g.message}", file=sys.stderr)
        return 2
    if args.export:
        state.at("export", args.export, output=args.export)
        export_result(result, args.export, args.export_format)
    if args.json:
        state.at("report", args.json, output=None if args.json == "-" else args.json)
        write_text_or_stdout(args.json, dumps(result))
    if args.html:
        from ..html import write_html

        state.at("report", args.html, output=args.html)
        write_html(result, args.html)
    if args.junit:
        from ..ci import junit_xml
        from ..output import atomic_write_text

        state.at("report", args.junit, output=args.junit)
        atomic_write_text(args.junit, junit_xml(result, gates, args.fail_on).decode("utf-8"))
    state.at("report", "standard output")
    if args.format == "github":
        from ..ci import append_step_summary, github_annotations, step_summary

        lines = github_annotations(result, args.fail_on)  # the data of this format: --quiet keeps them
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.write(render_text(result, quiet=True, gates=gates))
        append_step_summary(step_summary(result, gates))
    elif args.format == "json":
        if args.json != "-":
            sys.stdout.write(dumps(result))
    elif args.json != "-":
        color = use_color(args.color, sys.stdout)
        sys.stdout.write(render_text(result, color=color, width=terminal_width(sys.stdout),
                                     quiet=args.quiet, gates=gates))
    return exit_code(gates)


def _run_batch(args: argparse.Namespace) -> int:
    """``wiredrift check FOLDER_OR_MANIFEST``: the corpus run with gates and no corpus (see corpus.run_batch)."""
    import os

    from ...align.errors import ConfigError
    from .corpus import run_batch

    src = args.src
    if not (os.path.isdir(src) or src.lower().endswith(".jsonl")):
        raise ConfigError(f"{src}: check takes SRC and TGT, or one folder of pairs or manifest .jsonl "
                          "(give the translation as the second argument)")
    for flag in ("json", "html", "export"):
        if getattr(args, flag):
            raise ConfigError(f"--{flag}: describes one pair; with a folder or manifest use --junit, "
                              "--format github, or wiredrift corpus -o for the aligned pairs")
    if args.format == "json":
        raise ConfigError("--format json: describes one pair; with a folder or manifest use text or github")
    args.input = src
    args.no_progress = bool(args.quiet)
    return run_batch(args, [], command="check")


class _Staged:
    """The progress display, also recording each stage for a failure message (other attributes pass through)."""

    def __init__(self, progress: Callable[[str], None], state: RunState, file: str) -> None:
        self._progress, self._state, self._file = progress, state, file

    def __call__(self, stage: str) -> None:
        self._state.at(_STAGE_OF.get(stage, stage), self._file)
        self._progress(stage)

    def __getattr__(self, name: str) -> object:
        return getattr(self._progress, name)


def output_paths(args: argparse.Namespace, export_fmt: str | None) -> list[tuple[str, str]]:
    """Every file ``wiredrift check`` will write, as ``(option, path)``: a Moses ``--export PREFIX``
    names ``PREFIX.<src-lang>`` and ``PREFIX.<tgt-lang>``."""
    outputs = [(f"--{flag}", getattr(args, flag)) for flag in ("json", "html", "junit") if getattr(args, flag)]
    if args.export:
        from ..export import get_format

        spec = get_format(export_fmt) if export_fmt else None
        paths = spec.outputs(args.export, args.src_lang, args.tgt_lang) if spec else [args.export]
        outputs += [("--export", str(path)) for path in paths]
    return outputs


def _check_names(args: argparse.Namespace, export_fmt: str | None) -> None:
    """Refuse, before the run, input names that the report or the export could not carry."""
    from ..export import default_doc_id, get_format
    from ..paths import check_writable_name

    for path in (args.src, args.tgt):  # the report records both paths: they must be Unicode
        check_writable_name(path, "file name", fix="rename the file (the report records it)")
    if export_fmt and get_format(export_fmt).xml_ids:
        doc_id = default_doc_id({"src": {"path": args.src, "lang": args.src_lang}})
        check_writable_name(doc_id, f"document id (from {args.src})", xml=True,
                            fix=f"rename the file ({export_fmt} ids must be XML text)")


def config_from_args(args: argparse.Namespace) -> CheckConfig:
    """The :class:`~wiredrift.eval.pipeline.CheckConfig` of the check flags (shared with ``wiredrift corpus`` and
    ``wiredrift align``; a command without the translation flags gets their defaults).

    :raises ConfigError: ``--max-bead`` or ``--null-cost`` is out of range (checked before any file is read).
    """
    import math

    from ...align.errors import ConfigError
    from ..pipeline import CheckConfig

    if not 1 <= args.max_bead <= MAX_BEAD:
        raise ConfigError(f"--max-bead: expected an integer from 1 to {MAX_BEAD}, got {args.max_bead}")
    if args.null_cost is not None and not (math.isfinite(args.null_cost) and args.null_cost >= 0):
        raise ConfigError(f"--null-cost: expected a number >= 0, got {args.null_cost}")
    return CheckConfig(
        src_lang=args.src_lang,
        tgt_lang=args.tgt_lang,
        model=getattr(args, "model", None),
        backend=getattr(args, "backend", "auto"),
        offline=getattr(args, "offline", False),
        max_bead=args.max_bead,
        null_cost=args.null_cost,
        **{k: getattr(args, k) for k in ("max_input_mb", "input_format", "glossary", "encoder") if getattr(args, k, None) is not None},
    )


def _check_writable(flag: str, path: str | None) -> None:
    """Raise ConfigError when ``path`` cannot be written (its folder is missing, or it is a folder)."""
    from ...align.errors import ConfigError
    from ..output import check_writable

    if not path:
        return
    if path == "-":
        if flag == "--json":
            return
        raise ConfigError(f"{flag} -: writes a file; give a file name (only --json can go to stdout)")
    check_writable(path, flag)
