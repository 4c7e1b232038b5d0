"""``wiredrift check``: the main job, a source report and its translation in, a drift report out."""

from __future__ import annotations

import argparse
import sys

NAME = "check"
HELP = "align a report with its translation and report drift"
DESCRIPTION = (
    "Read SRC and TGT (plain text or Markdown), split them into sentences, align them, translate and\n"
    "score when a MarianMT model is available, and report translation drift: entities, numbers,\n"
    "dates, quotes, speakers, omitted and added sentences."
)
EXAMPLE = """\
exit codes: 0 nothing at or above --fail-on, 1 a gate failed, 2 bad input or usage.
Example:
  wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt
  wiredrift check id.txt en.txt --json report.json --fail-on critical
"""

FAIL_ON = ("critical", "major", "minor", "none")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", help="source report (the original, e.g. Indonesian)")
    p.add_argument("tgt", help="target report (the translation, e.g. English)")
    p.add_argument("--src-lang", default="id", help="language of SRC, ISO 639-1 (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of TGT, ISO 639-1 (default: en)")
    mt = p.add_argument_group("translation")
    mt.add_argument("--model", default=None,
                    help="MarianMT model id or folder (default: Helsinki-NLP/opus-mt-SRC-TGT if cached)")
    mt.add_argument("--backend", choices=("auto", "transformers", "ct2"), default="auto",
                    help="translation backend (default: auto = ct2 when a converted model exists)")
    mt.add_argument("--offline", action="store_true",
                    help="never reach a model hub (also HF_HUB_OFFLINE=1)")
    al = p.add_argument_group("alignment")
    al.add_argument("--max-bead", type=int, default=4, help="most sentences on one side of a bead (default: 4)")
    al.add_argument("--null-cost", type=float, default=None,
                    help="cost of leaving a sentence unaligned (default: calibrated)")
    out = p.add_argument_group("output")
    out.add_argument("--json", metavar="PATH", help="write the wiredrift.check/1 JSON report (- for stdout)")
    out.add_argument("--export", metavar="PATH",
                     help="also write the aligned pairs (tsv, jsonl, tmx, xliff by suffix; see wiredrift export)")
    out.add_argument("--export-format", choices=("tsv", "jsonl", "moses", "tmx", "xliff", "hf"), default=None,
                     help="format of --export (default: from its suffix; moses takes a prefix, hf a folder)")
    out.add_argument("--fail-on", choices=FAIL_ON, default="major",
                     help="exit 1 when a finding at or above this severity exists (default: major)")


def run(args: argparse.Namespace) -> int:
    from ..findings import severity_rank
    from ..output import write_text_or_stdout
    from ..pipeline import CheckConfig, run_check
    from ..report import dumps, render_text

    config = CheckConfig(
        src_lang=args.src_lang,
        tgt_lang=args.tgt_lang,
        model=args.model,
        backend=args.backend,
        offline=args.offline,
        max_bead=args.max_bead,
        null_cost=args.null_cost,
    )
    if args.export:  # a bad export name fails before the check runs
        from ..export import export_result, resolve_format

        resolve_format(args.export, args.export_format)
    result = run_check(args.src, args.tgt, config)
    if args.export:
        export_result(result, args.export, args.export_format)
    if args.json:
        write_text_or_stdout(args.json, dumps(result))
    if args.json != "-":
        sys.stdout.write(render_text(result))
    if args.fail_on == "none":
        return 0
    limit = severity_rank(args.fail_on)
    return 1 if any(severity_rank(f.severity) <= limit for f in result.findings) else 0
