"""``wiredrift corpus``: many document pairs in, one aligned corpus out; resumable and parallel."""

from __future__ import annotations

import argparse
import sys

from ...align.aligner import DRIFT_WEIGHTS, AlignConfig  # numpy only: keeps --help light

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
    "\n"
    "Each finished document is appended to a journal (default OUTPUT.journal.jsonl, fsynced per record).\n"
    "Run the same command again after a crash or a kill: ids already done are skipped, failed ones are\n"
    "retried. The outputs are written at the end, from the journal, each one atomically.\n"
    "A document that cannot be read or checked is recorded as failed and the run goes on."
)
EXAMPLE = """\
exit codes: 0 every document checked, 1 some documents failed (the corpus holds the others),
2 bad input or usage.
Example:
  wiredrift corpus pairs/ -o corpus.jsonl -o corpus.tmx --workers 2
  wiredrift corpus manifest.jsonl -o moses:train -o hf:train_ds --min-similarity 0.7 --dedup
  wiredrift corpus pairs/ -o corpus.jsonl --runner ray --workers 4
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift corpus`` arguments on ``p``."""
    p.add_argument("input", help="folder of pairs, manifest .jsonl, or saved dataset folder")
    p.add_argument("-o", "--output", action="append", required=True, metavar="[FORMAT:]PATH",
                   help="an output; repeat for several. FORMAT is tsv, jsonl, moses, tmx, xliff or hf; "
                        "without it the suffix decides (.tsv .jsonl .tmx .xlf)")
    p.add_argument("--src-lang", default="id", help="language of the source documents (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of the target documents (default: en)")
    from .check import add_input_arguments

    add_input_arguments(p)
    p.add_argument("--include-null", action=argparse.BooleanOptionalAction, default=None,
                   help="keep null beads (one side empty); default: only in tsv and jsonl")
    f = p.add_argument_group("filters")
    f.add_argument("--min-similarity", type=float, default=None, metavar="X",
                   help="drop pairs whose alignment similarity is below X")
    f.add_argument("--max-length-ratio", type=float, default=None, metavar="R",
                   help="drop pairs whose longer side has more than R times the characters of the shorter")
    f.add_argument("--drop-critical", action="store_true", help="drop pairs touched by a critical finding")
    f.add_argument("--dedup", action="store_true", help="keep only the first of identical pairs")
    r = p.add_argument_group("running")
    r.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    r.add_argument("--runner", choices=("local", "ray"), default="local",
                   help="local processes, or Ray (pip install 'wiredrift[ray]') (default: local)")
    r.add_argument("--ray-address", default=None, metavar="ADDR",
                   help="Ray cluster to join (default: RAY_ADDRESS, else a local Ray)")
    r.add_argument("--journal", default=None, metavar="PATH",
                   help="journal of finished documents (default: first output + .journal.jsonl)")
    r.add_argument("--restart", action="store_true", help="ignore an existing journal and start over")
    r.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    m = p.add_argument_group("check settings")
    m.add_argument("--model", default=None, help="MarianMT model id or folder (see wiredrift check)")
    m.add_argument("--backend", choices=("auto", "transformers", "ct2"), default="auto")
    m.add_argument("--offline", action="store_true", help="never reach a model hub")
    m.add_argument("--max-bead", type=int, default=AlignConfig().max_bead, help="most sentences on one side of a bead, 1-16 (default: %(default)s)")
    m.add_argument("--null-cost", type=float, default=None,
                   help=f"cost of leaving a sentence unaligned (default: {DRIFT_WEIGHTS['null_cost']}, as wiredrift check)")


def _outputs(values: list[str]) -> list[tuple[str, str]]:
    from ..export import FORMATS, resolve_format

    out = []
    for value in values:
        fmt, sep, path = value.partition(":")
        if sep and fmt.lower() in FORMATS and path:
            out.append((fmt.lower(), path))
        else:
            out.append((resolve_format(value), value))
    return out


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift corpus``; returns the exit code (see the epilog)."""
    from ...align.errors import ConfigError
    from ..corpus import CorpusFilter, discover_pairs, run_corpus, select_pairs
    from ..export import check_destination, export_pairs
    from .check import config_from_args

    outputs = _outputs(args.output)
    if any(path == "-" for _, path in outputs):
        raise ConfigError("--output -: a corpus goes to files; give a path")
    for fmt, path in outputs:  # a bad output fails before hours of work, not after
        check_destination(path, fmt, "--output")
    config = config_from_args(args)
    filters = CorpusFilter(args.min_similarity, args.max_length_ratio, args.drop_critical, args.dedup)
    specs = discover_pairs(args.input, args.src_lang, args.tgt_lang)
    mapper = None
    if args.runner == "ray":
        from ..runners.ray_runner import ray_mapper

        mapper = ray_mapper(address=args.ray_address)
    journal = args.journal or f"{outputs[0][1]}.journal.jsonl"
    run_ = run_corpus(specs, config, journal, workers=args.workers, restart=args.restart,
                      progress=not args.no_progress, mapper=mapper)
    selection = select_pairs(run_.iter_records(), filters)
    for fmt, path in outputs:
        export_pairs(selection.pairs, path, fmt, src_lang=args.src_lang, tgt_lang=args.tgt_lang,
                     include_null=args.include_null, provenance=selection.provenance)
        print(f"wrote {path} ({fmt})", file=sys.stderr)
    failed = run_.failed
    dropped = ", ".join(f"{n} {why}" for why, n in selection.dropped.items() if n) or "none"
    print(
        f"{len(specs)} document pairs: {len(specs) - len(failed)} ok, {len(failed)} failed "
        f"({run_.processed} processed now, {run_.resumed} from the journal); "
        f"{len(selection.pairs)} aligned pairs kept, dropped: {dropped}",
        file=sys.stderr,
    )
    for record in failed:
        print(f"failed: {record['id']}: {record['error']}", file=sys.stderr)
    return 1 if failed else 0
