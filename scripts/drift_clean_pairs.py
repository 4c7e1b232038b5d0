"""False alarms of the drift detectors on clean human translations, line pair by line pair (no encoder).

Each line of NTREX-128 id-en and FLORES-200 devtest id-en is taken as a 1-1 aligned pair; the lines of one
NTREX document (FLORES: ten consecutive lines) form one document, so document context works as in a check.
Every finding is a false alarm or real human drift; ``--show`` prints them to read.

Usage: ``python scripts/drift_clean_pairs.py [--shared ../shared] [--show]``
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from wiredrift.align.types import Bead, Document, Sentence
from wiredrift.eval.drift import detect_drift

ROOT = Path(__file__).resolve().parent.parent


def _docs(path: Path, doc_col: str | None) -> dict[str, list[tuple[str, str]]]:
    docs: dict[str, list[tuple[str, str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for k, row in enumerate(csv.DictReader(f, delimiter="\t")):
            key = row[doc_col] if doc_col else f"lines-{k // 10:03d}"
            docs.setdefault(key, []).append((" ".join(row["id"].split()), " ".join(row["en"].split())))
    return docs


def run(name: str, path: Path, doc_col: str | None, show: bool) -> None:
    t0 = time.perf_counter()
    n = 0
    found = []
    for key, pairs in _docs(path, doc_col).items():
        src = Document("id", tuple(Sentence(k, p[0], k) for k, p in enumerate(pairs)))
        tgt = Document("en", tuple(Sentence(k, p[1], k) for k, p in enumerate(pairs)))
        findings = detect_drift(src, tgt, [Bead((k,), (k,), 0.9) for k in range(len(pairs))])
        n += len(pairs)
        found += [(key, f) for f in findings]
    dt = time.perf_counter() - t0
    kinds = Counter(f"{f.kind}/{f.severity}" for _, f in found)
    print(f"{name}: {n} clean pairs, {len(found)} findings = {100 * len(found) / n:.2f} per 100 pairs "
          f"({dt:.1f} s, {1000 * dt / n:.1f} ms per pair)")
    print("  by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if show:
        for key, f in found:
            print(f"  [{key}] {f.kind} {f.severity}: {f.message}")
            print(f"      id: {f.src_text}")
            print(f"      en: {f.tgt_text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print every finding with its pair")
    args = ap.parse_args()
    data = args.shared / "data"
    ntrex = data / "ntrex128" / "ntrex128_id_en.tsv"
    flores = data / "flores200" / "flores200_devtest_id_en.tsv"
    if not ntrex.exists():
        print(f"error: {ntrex} not found (pass --shared)", file=sys.stderr)
        return 2
    run("NTREX-128 id-en", ntrex, "doc_id", args.show)
    if flores.exists():
        run("FLORES-200 devtest id-en", flores, None, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
