"""``wiredrift corpus``: many document pairs in, one aligned corpus out; resumable and parallel."""

from __future__ import annotations

import argparse
import math
import sys

from pathlib import Path

from ...align.aligner import DRIFT_WEIGHTS, AlignConfig  # numpy only: keeps --help light
from ..paths import one_line, show_path
from .options import GATES_HELP, add_backend_argument, add_ci_arguments, add_gate_arguments, add_glossary_argument, add_input_arguments

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "run"]

NAME = "corpus"
HELP = "align many document pairs into one parallel corpus (resumable, parallel, filtered)"
DESCRIPTION = (
    "Check every document pair of INPUT and write their aligned sentence pairs as one corpus, with\n"
    "similarity, sacrebleu scores (when MT ran) and finding counts per pair.\n"
    "\n"
    "INPUT is one of:\n"
    "  a folder of NAME.<src>.txt + NAME.<tgt>.txt files, or of NAME/ folders with <src>.txt + <tgt>.txt;\n"
    '  a manifest .jsonl of {"id": ..., "src": PATH, "tgt": PATH} (paths relative to the manifest);\n'
    "  a Hugging Face dataset folder (save_to_disk) with text columns id, src, tgt.\n"
    "Document paths must resolve inside the input's folder (or --root DIR): an absolute path, a ../ escape\n"
    "or a symlink leading out fails that document unless --allow-outside is given.\n"
    "\n"
    "Each finished document is appended to a journal (default OUTPUT.journal.jsonl, fsynced and\n"
    "checksummed per record), locked by one run at a time: a second run on it exits 2, or waits with --wait.\n"
    "Run the same command again after a crash or a kill: ids already done are skipped, failed ones are\n"
    "retried. The outputs are written at the end, from the journal, each one atomically; no output or\n"
    "journal may be one of the inputs.\n"
    "A document that cannot be read or checked is recorded as failed and the run goes on.\n"
    "\n"
    "Many articles, one gate: the check's gates (--fail-on, --max-findings, --min-chrf) are judged on each\n"
    "document apart; stdout gets a table (one row per document: sentences, findings by severity, each\n"
    "gate, verdict), --junit a test suite per document with a test case per gate, --format github an\n"
    "annotation per finding and failed gate titled with the document id (and the table in\n"
    "$GITHUB_STEP_SUMMARY). Without -o no corpus is written: the run only gates (the journal then lives\n"
    "in a temporary folder unless --journal is given). `wiredrift check FOLDER_OR_MANIFEST` is the same\n"
    "run with check's default gate (--fail-on major) and no corpus."
)
EXAMPLE = GATES_HELP + """\
In corpus the severity gate is off unless asked for (--fail-on none); check FOLDER defaults to major.
exit codes: 0 every document was checked and passed every gate; 1 a document failed a gate, or could
not be checked (unreadable, binary, wrong language, outside the input folder; the corpus holds the
others): the table says NOT CHECKED, JUnit an <error> rather than a <failure>, and stderr lists each
one as "failed: ID: why"; 2 bad input or usage (also --min-chrf without a model, refused before
anything runs or is written); 3 failure to run.
Example:
  wiredrift corpus pairs/ -o corpus.jsonl -o corpus.tmx --workers 2
  wiredrift corpus manifest.jsonl -o moses:train -o hf:train_ds --min-similarity 0.7 --dedup
  wiredrift corpus pairs/ -o corpus.jsonl --runner ray --workers 4
  wiredrift corpus pairs/ --fail-on critical --junit drift.xml --format github
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift corpus`` arguments on ``p``."""
    p.add_argument("input", help="folder of pairs, manifest .jsonl, or saved dataset folder")
    from ..export import format_names, formats_help

    p.add_argument("-o", "--output", action="append", default=None, metavar="[FORMAT:]PATH",
                   help=f"an output; repeat for several. FORMAT is {', '.join(format_names())}; "
                        f"without it the suffix decides ({formats_help()}). Without -o nothing but "
                        "the gates' outputs is written")
    p.add_argument("--src-lang", default="id", help="language of the source documents (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of the target documents (default: en)")
    add_input_arguments(p)
    add_glossary_argument(p)
    p.add_argument("--include-null", action=argparse.BooleanOptionalAction, default=None,
                   help="keep null beads (one side empty); default: only in tsv and jsonl")
    f = p.add_argument_group("filters")
    f.add_argument("--min-similarity", type=_similarity, default=None, metavar="X",
                   help="drop pairs whose alignment similarity is below X (0-1)")
    f.add_argument("--max-length-ratio", type=_length_ratio, default=None, metavar="R",
                   help="drop pairs whose longer side has more than R times the characters of the shorter (R >= 1)")
    f.add_argument("--drop-critical", action="store_true", help="drop pairs touched by a critical finding")
    f.add_argument("--dedup", action="store_true", help="keep only the first of identical pairs")
    r = p.add_argument_group("running")
    r.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="worker processes, at least 1; locally at most 4 per CPU core (default: 1)")
    r.add_argument("--runner", choices=("local", "ray"), default="local",
                   help="local processes, or Ray (pip install 'wiredrift[ray]') (default: local)")
    r.add_argument("--ray-address", default=None, metavar="ADDR",
                   help="Ray cluster to join (default: RAY_ADDRESS, else a local Ray)")
    r.add_argument("--journal", default=None, metavar="PATH",
                   help="journal of finished documents (default: first output + .journal.jsonl)")
    r.add_argument("--restart", action="store_true", help="empty an existing journal and start over")
    r.add_argument("--wait", action="store_true",
                   help="when another run holds the journal, wait for it instead of exiting 2")
    i = p.add_argument_group("input paths")
    i.add_argument("--root", default=None, metavar="DIR",
                   help="folder every document path must resolve inside (default: the input's folder)")
    i.add_argument("--allow-outside", action="store_true",
                   help="accept absolute paths, ../ escapes and symlinks leaving that folder")
    r.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    m = p.add_argument_group("check settings")
    m.add_argument("--model", default=None, help="MarianMT model id or folder (see wiredrift check)")
    add_backend_argument(m, help_text=False)
    m.add_argument("--offline", action="store_true", help="never reach a model hub")
    m.add_argument("--max-bead", type=int, default=AlignConfig().max_bead, help="most sentences on one side of a bead, 1-16 (default: %(default)s)")
    from .options import add_encoder_argument

    add_encoder_argument(m)
    m.add_argument("--null-cost", type=_finite, default=None,
                   help=f"cost of leaving a sentence unaligned (default: {DRIFT_WEIGHTS['null_cost']}, as wiredrift check)")
    add_gate_arguments(p, fail_on_default="none", per_document=True)
    out = p.add_argument_group("gate outputs")
    add_ci_arguments(out, "corpus")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="list only the documents that did not pass in the table (the totals line stays)")


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r}: must be a finite number")
    return value


def _finite(text: str) -> float:
    return _number(text)


def _similarity(text: str) -> float:
    value = _number(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text}: must be between 0 and 1")
    return value


def _length_ratio(text: str) -> float:
    value = _number(text)
    if value < 1.0:
        raise argparse.ArgumentTypeError(f"{text}: must be at least 1 (the longer side over the shorter)")
    return value


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: must be at least 1")
    return value


def _outputs(values: list[str]) -> list[tuple[str, str]]:
    from ..export import EXPORT_FORMATS, resolve_format

    out = []
    for value in values:
        fmt, sep, path = value.partition(":")
        if sep and fmt.lower() in EXPORT_FORMATS and path:
            out.append((fmt.lower(), path))
        else:
            out.append((resolve_format(value), value))
    return out


def _written(outputs: list[tuple[str, str]], src_lang: str, tgt_lang: str) -> tuple[list[tuple[str, Path]], list[tuple[str, Path]]]:
    """``(outputs, folders)``: ``("--output", path)`` of everything written (Moses writes two files), and
    of the folders replaced whole (``hf``)."""
    written: list[tuple[str, Path]] = []
    folders: list[tuple[str, Path]] = []
    from ..export import get_format

    for fmt, path in outputs:
        spec = get_format(fmt)
        written += [("--output", out) for out in spec.outputs(path, src_lang, tgt_lang)]
        if spec.destination == "folder":
            folders.append(("--output", Path(path)))
    return written, folders


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift corpus``; returns the exit code (see the epilog)."""
    return run_batch(args, _outputs(args.output or []))


#: Options of ``corpus`` that ``check FOLDER`` does not have, with the value ``check`` runs with.
BATCH_DEFAULTS: dict[str, object] = {
    "output": None, "include_null": None, "min_similarity": None, "max_length_ratio": None,
    "drop_critical": False, "dedup": False, "workers": 1, "runner": "local", "ray_address": None,
    "journal": None, "restart": False, "wait": False, "root": None, "allow_outside": False,
    "no_progress": False,
}


def run_batch(args: argparse.Namespace, outputs: list[tuple[str, str]], *, command: str = "corpus") -> int:
    """Check every document pair of ``args.input``, judge each by the gates, write the outputs.

    Shared by ``wiredrift corpus`` and ``wiredrift check FOLDER_OR_MANIFEST`` (which passes no outputs).
    Everything that can be refused is refused before the first document is read: bad outputs, outputs
    that are inputs, and a ``--min-chrf`` gate with no model to evaluate it.

    :param outputs: ``(format, path)`` of the corpus outputs; none writes no corpus.
    :return: 0 every document passed every gate; 1 a document failed a gate or could not be checked; the
        gate outputs (table, JUnit, annotations) say which.
    """
    import contextlib
    import tempfile

    from ...align.errors import ConfigError
    from ..corpus import CorpusFilter, JournalLock, discover_pairs, input_paths, max_workers, run_corpus, select_pairs
    from ..corpus_gates import batch_exit_code, judge_records, render_table
    from ..export import check_destination, export_pairs
    from ..output import atomic_write_text, check_writable, remove_stale_temps
    from ..paths import check_folders_apart, check_outputs_apart
    from ..terminal import terminal_width
    from . import state_of
    from .check import config_from_args
    from .options import check_gates_can_run, gate_config_from_args, read_gate_files

    for key, value in BATCH_DEFAULTS.items():
        if not hasattr(args, key):
            setattr(args, key, value)
    state = state_of(args)
    if any(path == "-" for _, path in outputs):
        raise ConfigError("--output -: a corpus goes to files; give a path")
    for fmt, path in outputs:  # a bad output fails before hours of work, not after
        check_destination(path, fmt, "--output")
    if args.junit == "-":
        raise ConfigError("--junit -: writes a file; give a file name")
    if args.junit:
        check_writable(args.junit, "--junit")
    if args.runner == "local" and args.workers > max_workers():
        raise ConfigError(f"--workers {args.workers}: more than 4 per CPU core ({max_workers()} here)")
    config = config_from_args(args)
    gate_config = gate_config_from_args(args)
    baseline = read_gate_files(args, config)  # a bad baseline or glossary fails before any document is read
    filters = CorpusFilter(args.min_similarity, args.max_length_ratio, args.drop_critical, args.dedup)
    specs = discover_pairs(args.input, args.src_lang, args.tgt_lang, root=args.root, allow_outside=args.allow_outside)
    check_gates_can_run(args)  # --min-chrf without MT: exit 2 before any document is read or anything written
    journal_given = args.journal or (f"{outputs[0][1]}.journal.jsonl" if outputs else None)
    # nothing is written, emptied or replaced before every output is known to be apart from every input
    in_files, in_folders = input_paths(args.input, specs)
    if getattr(args, "config", None):
        in_files.append(Path(args.config))
    in_files += [Path(p) for p in (getattr(args, "baseline", None), config.glossary) if p]
    written, out_folders = _written(outputs, args.src_lang, args.tgt_lang)
    if journal_given:
        written += [("--journal", Path(journal_given)), ("--journal", JournalLock(journal_given).path)]
    if args.junit:
        written.append(("--junit", Path(args.junit)))
    check_outputs_apart(in_files, written)
    check_folders_apart(written, input_folders=in_folders, output_folders=out_folders)
    mapper = None
    if args.runner == "ray":
        from ..runners.ray_runner import ray_mapper

        mapper = ray_mapper(address=args.ray_address)
    with contextlib.ExitStack() as stack:
        if journal_given:
            journal = journal_given
        else:  # gates only: a journal for this run alone
            journal = str(Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wiredrift-"))) / "journal.jsonl")
        # the lock is held until the last output is written: a second run cannot export a half-done corpus
        lock = stack.enter_context(JournalLock(journal, wait=args.wait))
        for _, out_path in written:
            remove_stale_temps(out_path)
        run_ = run_corpus(specs, config, journal, workers=args.workers, restart=args.restart,
                          progress=not args.no_progress, mapper=mapper, lock=lock)
        selection = None
        if outputs:
            selection = select_pairs(run_.iter_records(), filters)
            for fmt, path in outputs:
                state.at("export", path, output=path)
                export_pairs(selection.pairs, path, fmt, src_lang=args.src_lang, tgt_lang=args.tgt_lang,
                             include_null=args.include_null, provenance=selection.provenance)
                print(f"wrote {show_path(path)} ({fmt})", file=sys.stderr)
        state.at("score", args.input)
        verdicts = judge_records(run_.iter_records(), gate_config, baseline)
    if args.junit:
        from ..ci import corpus_junit_xml

        state.at("report", args.junit, output=args.junit)
        atomic_write_text(args.junit, corpus_junit_xml(verdicts, gate_config, f"wiredrift {command}").decode("utf-8"))
    failed = run_.failed
    kept = ""
    if selection is not None:
        dropped = ", ".join(f"{n} {why}" for why, n in selection.dropped.items() if n) or "none"
        kept = f"; {len(selection.pairs)} aligned pairs kept, dropped: {dropped}"
    print(
        f"{len(specs)} document pairs: {len(specs) - len(failed)} ok, {len(failed)} failed to be checked "
        f"({run_.processed} processed now, {run_.resumed} from the journal){kept}",
        file=sys.stderr,
    )
    for record in failed:
        print(f"failed: {show_path(record['id'])}: {show_path(record['error'])}", file=sys.stderr)
    if baseline is not None:
        from ..corpus_gates import stale_over

        for entry in stale_over(verdicts, baseline):
            print(f"note: stale baseline entry {entry.fingerprint} ({entry.kind}: {one_line(entry.message)}) "
                  "matched no finding in any document", file=sys.stderr)
    state.at("report", "standard output")
    if args.format == "github":
        from ..ci import append_step_summary, corpus_annotations, corpus_step_summary

        sys.stdout.write("".join(line + "\n" for line in corpus_annotations(verdicts, gate_config.fail_on)))
        append_step_summary(corpus_step_summary(verdicts, gate_config, f"wiredrift {command}"))
    sys.stdout.write(render_table(verdicts, gate_config, quiet=args.quiet, width=terminal_width(sys.stdout)))
    return batch_exit_code(verdicts)
