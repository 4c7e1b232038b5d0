"""Rebuild the 123 NTREX-128 news documents as Indonesian/English pair files for ``wiredrift corpus``.

``ntrex128_id_en.tsv`` (columns ``line doc_id seg_in_doc id en``) holds the documents segment by
segment. Each document becomes ``OUT/<doc_id>.id.txt`` and ``OUT/<doc_id>.en.txt``, one segment per
paragraph (blank line between), in ``seg_in_doc`` order, so the first paragraph is the headline.

Usage::

    python scripts/build_ntrex_pairs.py --out /tmp/ntrex-pairs [--shared ../shared]

NTREX-128 is CC BY-SA 4.0 (Federmann et al. 2022); the files are built from ../shared, never committed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = Path("data") / "ntrex128" / "ntrex128_id_en.tsv"


def read_documents(tsv: Path) -> dict[str, list[tuple[int, str, str]]]:
    """``doc_id -> [(seg_in_doc, id, en), ...]`` sorted by segment, documents in file order."""
    docs: dict[str, list[tuple[int, str, str]]] = {}
    # newline="" lets csv see embedded line breaks itself; QUOTE_NONE because the texts carry bare quotes
    with open(tsv, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"doc_id", "seg_in_doc", "id", "en"} - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{tsv}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            docs.setdefault(row["doc_id"], []).append((int(row["seg_in_doc"]), row["id"], row["en"]))
    for segs in docs.values():
        segs.sort()
    return docs


def build_pairs(tsv: Path, out: Path) -> list[str]:
    """Write one pair of files per document under ``out``; returns the document ids."""
    out.mkdir(parents=True, exist_ok=True)
    docs = read_documents(tsv)
    for doc_id, segs in docs.items():
        for lang, k in (("id", 1), ("en", 2)):
            text = "\n\n".join(" ".join(seg[k].split()) for seg in segs) + "\n"
            (out / f"{doc_id}.{lang}.txt").write_text(text, encoding="utf-8")
    return list(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pair files into")
    args = parser.parse_args(argv)
    tsv = args.shared / TSV
    if not tsv.exists():
        print(f"error: {tsv}: not found (pass --shared)", file=sys.stderr)
        return 2
    ids = build_pairs(tsv, args.out)
    print(f"wrote {len(ids)} document pairs to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
