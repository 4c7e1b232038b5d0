r"""NTREX-128 Indonesian/English documents for the benchmark scripts (the package never imports this).

``ntrex128_id_en.tsv`` has the columns ``line doc_id seg_in_doc id en``, one segment per row. It is
tab-separated *and CSV-quoted*: a text that holds a double quote is wrapped in quotes with its own
quotes doubled, so the field ``\"\"\"I didn't.\"\"\"`` is the text ``"I didn't."``. Reading it with
``quoting=csv.QUOTE_NONE`` (or by splitting lines on tabs) keeps those doubled quotes in 537 English
segments; this module reads it with the csv module's default quoting, once, for every script.

NTREX-128 is CC BY-SA 4.0 (Federmann et al. 2022); the full TSV lives in ../shared and is never
copied into the repository (``corpora/ntrex128-sample/`` holds a 10-document sample).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
#: The TSV inside the shared folder.
TSV = Path("data") / "ntrex128" / "ntrex128_id_en.tsv"
#: The bundled sample with the same columns (10 documents), for runs without ../shared.
SAMPLE = ROOT / "corpora" / "ntrex128-sample" / "ntrex128_id_en.sample.tsv"

_COLUMNS = {"doc_id", "seg_in_doc", "id", "en"}

#: The line-aligned NTREX-128 reference files in ``data/ntrex128/`` of the shared folder, by language:
#: ``newstest2019-<suffix>.txt``, one segment a line, documents given by ``DOCUMENT_IDS.tsv``.
NTREX_FILES = {"en": "src.eng", "id": "ref.ind", "de": "ref.deu", "fr": "ref.fra", "es": "ref.spa", "ru": "ref.rus",
               "ja": "ref.jpn", "zh": "ref.zho-CN", "vi": "ref.vie", "th": "ref.tha"}


class Segment(NamedTuple):
    """One row: its place in the document and the two texts (whitespace-normalised)."""

    seg: int
    id: str
    en: str


def read_documents(path: str | Path) -> dict[str, list[Segment]]:
    """``doc_id -> segments`` in ``seg_in_doc`` order, documents in file order.

    :raises SystemExit: the file lacks one of the columns doc_id, seg_in_doc, id, en.
    """
    docs: dict[str, list[Segment]] = {}
    # newline="" lets csv see line breaks inside quoted fields itself; default quoting undoes the doubling
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = _COLUMNS - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            docs.setdefault(row["doc_id"], []).append(
                Segment(int(row["seg_in_doc"]), " ".join(row["id"].split()), " ".join(row["en"].split()))
            )
    for segs in docs.values():
        segs.sort()
    return docs


def document_lines(path: str | Path) -> dict[str, dict[str, list[str]]]:
    """``doc_id -> {"id": [segment texts], "en": [segment texts]}`` (see :func:`read_documents`)."""
    return {
        doc_id: {"id": [s.id for s in segs], "en": [s.en for s in segs]}
        for doc_id, segs in read_documents(path).items()
    }


def add_shared_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--shared PATH`` option every NTREX benchmark takes (default: ../shared beside the repository)."""
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared data folder (default: ../shared next to the repository)")


def shared_tsv(shared: Path) -> Path | None:
    """The NTREX TSV under ``shared``, or ``None`` after a one-line error on stderr."""
    path = shared / TSV
    if not path.is_file():
        print(f"error: {path}: not found; pass --shared PATH", file=sys.stderr)
        return None
    return path


def ntrex_lines(folder: Path, lang: str) -> dict[str, list[str]]:
    """``doc_id -> lines`` of one NTREX-128 language in ``folder`` (the shared ``data/ntrex128``), each line
    whitespace-normalised, in file order."""
    ids = (folder / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")
    lines = (folder / f"newstest2019-{NTREX_FILES[lang]}.txt").read_text(encoding="utf-8").split("\n")
    docs: dict[str, list[str]] = {}
    for doc_id, line in zip(ids, lines):
        if doc_id.strip():
            docs.setdefault(doc_id.strip(), []).append(" ".join(line.split()))
    return docs
