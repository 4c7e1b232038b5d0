"""``wiredrift accept``: accept findings of a saved report into a baseline file (``wiredrift.baseline/1``)."""

from __future__ import annotations

import argparse
import sys

from .check import whole_number

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "run"]

NAME = "accept"
HELP = "accept findings of a saved report into a baseline file (check --baseline then ignores them)"
DESCRIPTION = (
    "Read a JSON report written by `wiredrift check --json` and write a wiredrift.baseline/1 file\n"
    "accepting its findings (all of them, or those named with --finding N, numbered from 1 as the\n"
    "terminal and the HTML report show them: #N). `wiredrift check --baseline FILE` then lists those\n"
    "findings apart and counts them in no gate. A finding is matched by its fingerprint (kind, spans\n"
    "and a few words around them, never sentence numbers), so it stays accepted after edits elsewhere\n"
    "in the article. When -o names an existing baseline the new entries are added to it (no duplicates;\n"
    "an entry already there keeps its reason, author and time)."
)
EXAMPLE = """\
exit codes: 0 written, 2 bad input or usage (a report that is not a wiredrift.check report, a
finding number out of range, a bad existing baseline), 3 failure to run.
Example:
  wiredrift check id.txt en.txt --json report.json            # shows #1 ... #11
  wiredrift accept report.json --finding 7 --reason "house style: former Soviet Union" \\
      --author desk -o accepted.json
  wiredrift check id.txt en.txt --baseline accepted.json
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift accept`` arguments on ``p``."""
    p.add_argument("report", metavar="REPORT", help="wiredrift.check JSON report (from check --json)")
    p.add_argument("--finding", type=whole_number(1), action="append", metavar="N", default=None,
                   help="accept finding #N (from 1, as the terminal shows it); repeat for more; default: all")
    p.add_argument("--reason", default=None, metavar="TEXT", help="why the findings are accepted (kept in the file)")
    p.add_argument("--author", default=None, metavar="NAME", help="who accepted them (kept in the file)")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="baseline file to write (- for stdout); an existing one is added to")


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift accept``; returns the exit code (see the epilog)."""
    from pathlib import Path

    from ...align.errors import ConfigError
    from ..baseline import BaselineEntry, entry_for, load_baseline, merge_entries, write_baseline
    from ..export import load_report
    from ..output import check_writable
    from ..paths import check_outputs_apart
    from ..report import from_json
    from . import state_of

    state = state_of(args)
    if args.output != "-":
        check_writable(args.output, "-o")
        check_outputs_apart([args.report], [("-o", args.output)])
    state.at("read", args.report)
    result = from_json(load_report(args.report))
    n = len(result.findings)
    wanted = sorted(set(args.finding)) if args.finding else list(range(1, n + 1))
    bad = [k for k in wanted if k > n]
    if bad:
        raise ConfigError(f"--finding {bad[0]}: {args.report} has {n} finding(s), numbered 1 to {n}")
    old: tuple[BaselineEntry, ...] = ()
    if args.output != "-" and Path(args.output).exists():
        old = load_baseline(args.output).entries
    new = [entry_for(result.findings[k - 1], result, reason=args.reason, author=args.author) for k in wanted]
    entries = merge_entries(old, new)
    state.at("report", args.output, output=None if args.output == "-" else args.output)
    write_baseline(args.output, entries)
    added = len(entries) - len(old)
    if args.output != "-":
        print(f"{args.output}: {added} finding(s) accepted, {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} "
              f"in all ({len(new) - added} already there)", file=sys.stderr)
    return 0
