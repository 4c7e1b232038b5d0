"""``wiredrift export``: saved check reports in, aligned pairs out (TSV, JSONL, Moses, TMX, XLIFF, dataset)."""

from __future__ import annotations

import argparse
import sys

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "run"]

NAME = "export"
HELP = "export the aligned pairs of saved check reports (TSV, JSONL, Moses, TMX, XLIFF, datasets)"
DESCRIPTION = (
    "Read one or more wiredrift.check/1 JSON reports (written by `wiredrift check --json`) and write\n"
    "their aligned sentence pairs with similarity, sacrebleu scores (when MT ran) and finding counts.\n"
    "Formats: tsv, jsonl, moses (PREFIX.<src> + PREFIX.<tgt>), tmx (TMX 1.4b), xliff (XLIFF 2.1),\n"
    "hf (a Hugging Face datasets folder written with save_to_disk). Null beads (omissions, additions)\n"
    "are kept in tsv/jsonl and left out of the others unless --include-null."
)
EXAMPLE = """\
exit codes: 0 written, 2 bad input or usage.
Example:
  wiredrift check id.txt en.txt --json report.json
  wiredrift export report.json --format tmx -o report.tmx
  wiredrift export a.json b.json --format moses -o corpus      # corpus.id + corpus.en
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift export`` arguments on ``p``."""
    from ..export import FORMATS

    p.add_argument("reports", nargs="+", metavar="REPORT", help="wiredrift.check/1 JSON report(s)")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="output file (- for stdout, tsv/jsonl/tmx/xliff), Moses prefix or dataset folder")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="output format (default: from the suffix of PATH: .tsv .jsonl .tmx .xlf/.xliff)")
    p.add_argument("--include-null", action=argparse.BooleanOptionalAction, default=None,
                   help="keep null beads (one side empty); default: only in tsv and jsonl")


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift export``; returns the exit code (see the epilog)."""
    from ...align.errors import InputError
    from ..export import (
        check_destination,
        export_pairs,
        load_report,
        pairs_from_report,
        provenance_from_report,
        resolve_format,
    )

    fmt = resolve_format(args.output, args.format)
    check_destination(args.output, fmt, "--output")
    reports = [(path, load_report(path)) for path in args.reports]
    first = reports[0][1]
    langs = (first["src"]["lang"], first["tgt"]["lang"])
    pairs = []
    seen: set[str] = set()
    for path, report in reports:
        if (report["src"]["lang"], report["tgt"]["lang"]) != langs:
            raise InputError(f"{path}: languages {report['src']['lang']}-{report['tgt']['lang']} differ "
                             f"from the first report's {langs[0]}-{langs[1]}")
        doc_pairs = pairs_from_report(report)
        if doc_pairs and doc_pairs[0].doc_id in seen:
            # two reports of files with the same name: the report's own path keeps the ids unique
            # (and a counter, when the same report is given more than once)
            doc_id, n = str(path), 2
            while doc_id in seen:
                doc_id, n = f"{path}#{n}", n + 1
            doc_pairs = pairs_from_report(report, doc_id=doc_id)
        seen.update(p.doc_id for p in doc_pairs[:1])
        pairs.extend(doc_pairs)
    written = export_pairs(pairs, args.output, fmt, src_lang=langs[0], tgt_lang=langs[1],
                           include_null=args.include_null, provenance=provenance_from_report(first))
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0
