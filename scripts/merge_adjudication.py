"""Merge two reviewers' labels of flagged unperturbed pairs into one adjudication file.

Usage::

    python scripts/bench_wire.py --perturb SET --split both --flagged flagged.jsonl
    # two reviewers label every finding of flagged.jsonl apart (REVIEWER.tsv: half, pair, pair_key,
    # finding, verdict, note; verdict "drift" or "faithful")
    python scripts/merge_adjudication.py flagged.jsonl A.tsv B.tsv --out corpora/adjudication/SET.tsv
    python scripts/merge_adjudication.py --agreement corpora/adjudication/*.tsv

A finding counts as real drift in the reference only when both reviewers say ``drift``
(:class:`bench_wire.Label`). Every finding of the flagged file must be labelled by both, or nothing is written.
``--agreement`` prints how often the reviewers agreed, per file and half, with Cohen's kappa.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_wire import VERDICTS, read_adjudication  # noqa: E402

HEADER = ["half", "pair", "pair_key", "finding", "verdict", "note"]


def read_reviewer(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """``(pair_key, finding) -> (verdict, note)`` of one reviewer's TSV."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if next(reader, None) != HEADER:
            raise SystemExit(f"{path}: header must be {' '.join(HEADER)}")
        for n, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) != 6 or row[4] not in VERDICTS:
                raise SystemExit(f"{path}:{n}: expected 6 columns with a verdict in {VERDICTS}")
            out[(row[2], row[3])] = (row[4], " ".join(row[5].split()))
    return out


def merge(flagged: Path, a_path: Path, b_path: Path, out: Path) -> int:
    a, b = read_reviewer(a_path), read_reviewer(b_path)
    rows: list[list[str]] = []
    for line in flagged.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for f in rec["findings"]:
            key = (rec["pair_key"], f["finding"])
            if key not in a or key not in b:
                who = a_path if key not in a else b_path
                raise SystemExit(f"{who}: no label for pair {rec['pair']} ({rec['half']}) finding {f['finding']}")
            (va, na), (vb, nb) = a[key], b[key]
            note = na if va == vb else f"a: {na} / b: {nb}"
            rows.append([rec["half"], str(rec["pair"]), rec["pair_key"], f["finding"], va, vb, note])
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writerow(["half", "pair", "pair_key", "finding", "reviewer_a", "reviewer_b", "note"])
        w.writerows(rows)
    tmp.replace(out)
    agree = sum(r[4] == r[5] for r in rows)
    both = sum(r[4] == r[5] == "drift" for r in rows)
    print(f"{out}: {len(rows)} findings, reviewers agree on {agree}; drift by both {both}")
    return 0


def kappa(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa of two raters over two labels."""
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(x == y for x, y in pairs) / n
    pa = sum(x == "drift" for x, _ in pairs) / n
    pb = sum(y == "drift" for _, y in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def agreement(paths: Sequence[Path]) -> int:
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
        read_adjudication(path)  # validates
        for half in ("tune", "heldout"):
            got = [(r[4], r[5]) for r in rows if r[0] == half]
            if got:
                same = sum(x == y for x, y in got)
                both = sum(x == y == "drift" for x, y in got)
                print(f"{path.name} {half}: {len(got)} findings, agree {same} ({same / len(got):.2f}), "
                      f"kappa {kappa(got):.2f}, drift by both {both}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path,
                    help="FLAGGED.jsonl A.tsv B.tsv, or adjudication files with --agreement")
    ap.add_argument("--out", type=Path, help="adjudication file to write")
    ap.add_argument("--agreement", action="store_true", help="print reviewer agreement of adjudication files")
    args = ap.parse_args(argv)
    if args.agreement:
        return agreement(args.files)
    if len(args.files) != 3 or args.out is None:
        ap.error("give FLAGGED.jsonl A.tsv B.tsv and --out")
    return merge(*args.files, args.out)


if __name__ == "__main__":
    sys.exit(main())
