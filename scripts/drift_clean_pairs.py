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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import add_shared_argument, read_documents, shared_tsv  # noqa: E402


def _ntrex_docs(path: Path) -> dict[str, list[tuple[str, str]]]:
    """NTREX documents as ``(id, en)`` line pairs, through the shared reader (scripts/ntrex.py)."""
    return {doc_id: [(s.id, s.en) for s in segs] for doc_id, segs in read_documents(path).items()}


def _flores_docs(path: Path) -> dict[str, list[tuple[str, str]]]:
    """FLORES lines as ``(id, en)`` pairs, ten consecutive lines to a document (it has no doc_id column)."""
    docs: dict[str, list[tuple[str, str]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for k, row in enumerate(csv.DictReader(f, delimiter="\t")):
            docs.setdefault(f"lines-{k // 10:03d}", []).append((" ".join(row["id"].split()), " ".join(row["en"].split())))
    return docs


def run(name: str, docs: dict[str, list[tuple[str, str]]], show: bool, src_lang: str = "id") -> None:
    """Print the findings per 100 clean pairs (all, and major or above) and by kind; ``show`` lists them."""
    t0 = time.perf_counter()
    n = 0
    found = []
    for key, pairs in docs.items():
        src = Document(src_lang, tuple(Sentence(k, p[0], k) for k, p in enumerate(pairs)))
        tgt = Document("en", tuple(Sentence(k, p[1], k) for k, p in enumerate(pairs)))
        findings = detect_drift(src, tgt, [Bead((k,), (k,), 0.9) for k in range(len(pairs))])
        n += len(pairs)
        found += [(key, f) for f in findings]
    dt = time.perf_counter() - t0
    major = [f for _, f in found if f.severity in ("major", "critical")]
    kinds = Counter(f"{f.kind}/{f.severity}" for _, f in found)
    print(f"{name}: {n} clean pairs, {len(found)} findings = {100 * len(found) / n:.2f} per 100 pairs; "
          f"major or above {len(major)} = {100 * len(major) / n:.2f} per 100 pairs "
          f"({dt:.1f} s, {1000 * dt / n:.1f} ms per pair)")
    print("  by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if show:
        for key, f in found:
            print(f"  [{key}] {f.kind} {f.severity}: {f.message}")
            print(f"      {src_lang}: {f.src_text}")
            print(f"      en: {f.tgt_text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_argument(ap)
    ap.add_argument("--show", action="store_true", help="print every finding with its pair")
    args = ap.parse_args()
    ntrex = shared_tsv(args.shared)
    if ntrex is None:
        return 2
    flores = args.shared / "data" / "flores200" / "flores200_devtest_id_en.tsv"
    run("NTREX-128 id-en", _ntrex_docs(ntrex), args.show)
    if flores.exists():
        run("FLORES-200 devtest id-en", _flores_docs(flores), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
