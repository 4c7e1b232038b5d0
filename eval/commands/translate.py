"""``wiredrift translate``: one sentence per line in, one translation per line out (MarianMT, cached)."""

from __future__ import annotations

import argparse
import logging
import sys

from .check import add_input_arguments, whole_number
from .options import add_backend_argument

__all__ = ["NAME", "HELP", "DESCRIPTION", "EXAMPLE", "add_arguments", "run", "read_lines"]

NAME = "translate"
HELP = "translate one sentence per line with a MarianMT model"
DESCRIPTION = (
    "Translate FILE (or standard input) line by line: each line is one sentence, each output line the\n"
    "translation of the input line with the same number; empty lines stay empty. Translations are\n"
    "cached (by model, revision, decoding settings and text), so a re-run translates nothing. A\n"
    "progress bar goes to stderr on a terminal (or with --progress); outputs that loop or were cut\n"
    "off are reported on stderr."
)
EXAMPLE = """\
exit codes: 0 translated, 2 bad input or usage (a model that does not load, --max-length beyond
the model's positions, -o naming the input), 3 failure to run.
Example:
  wiredrift translate id.txt --model Helsinki-NLP/opus-mt-id-en -o en.mt.txt
  echo "Presiden tiba di Jakarta." | wiredrift translate - --offline --backend ct2
"""

logger = logging.getLogger(__name__)

_positive = whole_number(1)

#: Default --max-length (tokens); lowered to the model's positions when it has fewer.
MAX_LENGTH = 256

#: Lines translated between progress updates (and cache writes).
CHUNK = 64


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Register the ``wiredrift translate`` arguments on ``p``."""
    p.add_argument("input", nargs="?", default="-", metavar="FILE|-",
                   help="UTF-8 text, one sentence per line (default: - for standard input)")
    p.add_argument("-o", "--output", default="-", help="output file (default: - for standard output)")
    p.add_argument("--src-lang", default="id", help="source language, ISO 639-1 (default: id)")
    p.add_argument("--tgt-lang", default="en", help="target language, ISO 639-1 (default: en)")
    p.add_argument("--model", default=None,
                   help="model id or folder (default: Helsinki-NLP/opus-mt-SRC-TGT)")
    add_backend_argument(p)
    p.add_argument("--offline", action="store_true", help="never reach a model hub (also HF_HUB_OFFLINE=1)")
    p.add_argument("--num-beams", type=_positive, default=1, help="1 = greedy (default), more = fixed beam")
    p.add_argument("--max-length", type=_positive, default=None,
                   help=f"most tokens per translation, at most the model's positions (default: {MAX_LENGTH}, "
                        "or the model's positions when fewer)")
    p.add_argument("--batch-size", type=_positive, default=16, help="sentences per batch (default: 16)")
    add_input_arguments(p, input_format=False)
    p.add_argument("--no-cache", action="store_true", help="do not read or write the translation cache")
    p.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal (then a line every 5 s and at the end)")


def read_lines(path: str, max_bytes: int | None = None) -> list[str]:
    """The lines of ``path`` (``-`` for stdin) without line ends; only ``\\n`` separates lines.

    :raises InputError: missing file, not UTF-8, or binary.
    """
    from ...align.reader import decode_lines, read_stream_bytes
    from ...align.reader import read_lines as read_file_lines

    if path == "-":
        return decode_lines(read_stream_bytes(sys.stdin.buffer, "standard input", max_bytes=max_bytes), "standard input")
    return read_file_lines(path, max_bytes=max_bytes)


def run(args: argparse.Namespace) -> int:
    """Run ``wiredrift translate``; returns the exit code (see the epilog)."""
    from ...align.errors import ConfigError
    from ...align.models import default_model_id
    from ...align.mtcache import CachedTranslator, TranslationCache
    from ...align.translate import load_translator
    from ..output import check_writable, write_text_or_stdout
    from ..paths import check_outputs_apart, show_path
    from ..terminal import CountProgress
    from . import state_of

    state = state_of(args)
    if args.output != "-":
        check_writable(args.output, "--output")  # before the model loads, not after the translation
    check_outputs_apart([args.input], [("--output", args.output)])
    state.at("read", "standard input" if args.input == "-" else args.input)
    from ...align.reader import input_cap_bytes

    lines = read_lines(args.input, input_cap_bytes(args.max_input_mb))
    state.at("translate", args.input)
    model = args.model or default_model_id(args.src_lang, args.tgt_lang)
    backend = load_translator(model, backend=args.backend, offline=args.offline, num_beams=args.num_beams,
                              max_length=args.max_length or MAX_LENGTH, batch_size=args.batch_size)
    if args.max_length is not None and args.max_length > backend.max_length:
        # the translator keeps to the model's position table (past it generation fails with an IndexError)
        raise ConfigError(f"--max-length {args.max_length}: {show_path(backend.model_id)} has only "
                          f"{backend.max_length} positions; give at most {backend.max_length}")
    translator = CachedTranslator(backend, TranslationCache(":memory:") if args.no_cache else None)
    show = args.progress or (sys.stderr.isatty() and len(lines) > CHUNK)
    results = []
    with CountProgress(len(lines), unit="lines", label="translating", enabled=show) as bar:
        for start in range(0, len(lines), CHUNK):
            chunk = translator.translate_detailed(lines[start: start + CHUNK])
            results.extend(chunk)
            bar.advance(len(chunk))
    for k, r in enumerate(results, 1):
        if r.flags:
            logger.warning("line %d: %s", k, ", ".join(r.flags))
    # One output line per input line: a translation must never add a line break of its own.
    text = "".join(" ".join(r.text.split()) + "\n" for r in results)
    state.at("report", args.output, output=None if args.output == "-" else args.output)
    write_text_or_stdout(args.output, text)
    logger.info("%s (%s): %d lines, cache %d hits, %d misses", backend.model_id, backend.backend,
                len(lines), translator.hits, translator.misses)
    if show:
        print(f"translated {len(lines)} lines with {backend.model_id} ({backend.backend}): "
              f"cache {translator.hits} hits, {translator.misses} misses", file=sys.stderr)
    return 0
