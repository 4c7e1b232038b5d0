"""``wiredrift export``: saved check reports in, aligned pairs out (TSV, JSONL, Moses, TMX, XLIFF, dataset)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..paths import one_line, show_path

if TYPE_CHECKING:  # pragma: no cover
    from ..export import AlignedPair

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "run"]

NAME = "export"
HELP = "export the aligned pairs and findings of saved check reports (TSV, JSONL, Moses, TMX, XLIFF, datasets, CSV)"
DESCRIPTION = (
    "Read one or more wiredrift.check JSON reports (written by `wiredrift check --json`) and write\n"
    "their aligned sentence pairs with similarity, sacrebleu scores (when MT ran) and finding counts.\n"
    "Formats: tsv, jsonl, moses (PREFIX.<src> + PREFIX.<tgt>), tmx (TMX 1.4b), xliff (XLIFF 2.1),\n"
    "hf (a Hugging Face datasets folder written with save_to_disk), csv (findings.csv: one row per finding,\n"
    "sentence numbers and lines 1-based). TMX and XLIFF carry the findings too (TMX props and notes, XLIFF\n"
    "ITS 2.0 Localization Quality Issues). Null beads (omissions, additions) are kept in tsv/jsonl and left\n"
    "out of the others unless --include-null (their findings move to the neighbouring pair)."
)
EXAMPLE = """\
exit codes: 0 written, 2 bad input or usage (or -o naming a report), 3 failure to run.
Example:
  wiredrift check id.txt en.txt --json report.json
  wiredrift export report.json --format tmx -o report.tmx
  wiredrift export a.json b.json --format moses -o corpus      # corpus.id + corpus.en
  wiredrift export report.json -o findings.csv                 # one row per finding
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift export`` arguments on ``p``."""
    from ..export import format_names, formats_help

    p.add_argument("reports", nargs="+", metavar="REPORT", help="wiredrift.check JSON report(s)")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="output file (- for stdout, except moses and hf), Moses prefix or dataset folder")
    p.add_argument("--format", choices=format_names(), default=None, type=str.lower,
                   help=f"output format, by default from the suffix of PATH: {formats_help()}")
    p.add_argument("--include-null", action=argparse.BooleanOptionalAction, default=None,
                   help="keep null beads (one side empty); default: only in tsv and jsonl")


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift export``; returns the exit code (see the epilog).

    The reports are read and checked whole before anything is written: an output naming a report
    (or a dataset folder holding one), a text that is not Unicode (a lone surrogate) and, for TMX and
    XLIFF, an id that XML cannot carry are refused with one line and exit 2.
    """
    from ...align.errors import InputError
    from ..export import (
        check_destination,
        export_pairs,
        get_format,
        load_report,
        pairs_from_report,
        provenance_from_report,
        resolve_format,
    )
    from ..paths import check_outputs_apart
    from . import state_of

    state = state_of(args)
    fmt = resolve_format(args.output, args.format)
    check_destination(args.output, fmt, "--output")
    check_outputs_apart(args.reports, [("--output", args.output)])  # before reading, whatever the format
    reports = []
    for path in args.reports:
        state.at("read", path)
        reports.append((path, load_report(path)))
    first = reports[0][1]
    langs = (first["src"]["lang"], first["tgt"]["lang"])
    spec = get_format(fmt)
    if spec.destination == "prefix":  # the real files: PREFIX.<src> and PREFIX.<tgt>
        check_outputs_apart(args.reports, [("--output", str(out)) for out in spec.outputs(args.output, *langs)])
    pairs = []
    seen: set[str] = set()
    for path, report in reports:
        state.at("read", path)
        if (report["src"]["lang"], report["tgt"]["lang"]) != langs:
            raise InputError(f"{show_path(path)}: languages {report['src']['lang']}-{report['tgt']['lang']} differ "
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
        _check_pairs(path, doc_pairs, xml=spec.xml_ids)
        pairs.extend(doc_pairs)
    state.at("export", args.output, output=None if args.output == "-" else args.output)
    written = export_pairs(pairs, args.output, fmt, src_lang=langs[0], tgt_lang=langs[1],
                           include_null=args.include_null, provenance=provenance_from_report(first))
    for path in written:
        print(f"wrote {show_path(path)}", file=sys.stderr)
    return 0


def _check_pairs(path: str, pairs: Sequence[AlignedPair], *, xml: bool) -> None:
    """Refuse a report whose texts an export cannot write: a lone surrogate (``"\\ud800"`` in the JSON
    is valid JSON but not Unicode, so no UTF-8 file can hold it), or for XML a character XML forbids
    in an id (texts are cleaned by the XML writers, ids are not)."""
    from ...align.errors import InputError
    from ..paths import bad_char

    for p in pairs:
        fields = {"doc_id": p.doc_id, "src_text": p.src_text, "tgt_text": p.tgt_text,
                  "src_path": p.src_path or "", "tgt_path": p.tgt_path or ""}
        for name, value in fields.items():
            c = bad_char(value, xml=xml and name == "doc_id")
            if c is not None:
                what = "a lone surrogate" if 0xD800 <= ord(c) <= 0xDFFF else "a character XML forbids"
                raise InputError(f"{show_path(path)}: bead {p.bead} {name} holds {one_line(c)} ({what}); "
                                 "nothing was written")
