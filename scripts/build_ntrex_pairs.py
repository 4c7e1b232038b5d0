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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import add_shared_argument, read_documents, shared_tsv  # noqa: E402

__all__ = ["build_pairs"]


def build_pairs(tsv: Path, out: Path) -> list[str]:
    """Write one pair of files per document under ``out``; returns the document ids."""
    out.mkdir(parents=True, exist_ok=True)
    docs = read_documents(tsv)
    for doc_id, segs in docs.items():
        for lang, k in (("id", 1), ("en", 2)):
            text = "\n\n".join(seg[k] for seg in segs) + "\n"
            (out / f"{doc_id}.{lang}.txt").write_text(text, encoding="utf-8")
    return list(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_argument(parser)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the pair files into")
    args = parser.parse_args(argv)
    tsv = shared_tsv(args.shared)
    if tsv is None:
        return 2
    ids = build_pairs(tsv, args.out)
    print(f"wrote {len(ids)} document pairs to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
