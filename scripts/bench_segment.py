"""Benchmark the sentence splitter on NTREX-128 (English news and its Indonesian translation).

Each NTREX line is one sentence or a few. For every document the lines are joined into paragraphs
(a line that does not end like a sentence, such as a headline, closes its paragraph, as it would
stand on its own line in an article), the paragraphs are split, and the line ends inside the
paragraphs are the gold boundaries:

* recall: share of gold line boundaries the splitter recovers;
* precision: share of the splitter's boundaries that are line boundaries. A lower bound, because
  a line holding two sentences makes a correct split count as wrong.

A naive splitter (break after ``.!?`` before a capital or a quote) is scored the same way for
comparison, and the speed is measured over the whole set. Last, the reader's language check is
run on every document and line under the right and the wrong language (false alarms and catches;
short lines are let through on purpose).

Usage::

    python scripts/bench_segment.py [--shared PATH] [--repeat N] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from wiredrift.align.segment import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ntrex import add_shared_argument, document_lines, shared_tsv  # noqa: E402
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")
_NAIVE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def naive_split(text: str, lang: str) -> list[str]:
    """The baseline: break after . ! ? when a capital or an opening quote follows."""
    return [s for s in _NAIVE.split(text) if s]


def load_documents(path: Path) -> dict[str, dict[str, list[str]]]:
    """``{doc_id: {"id": [lines], "en": [lines]}}`` in file order, whitespace-normalised."""
    return document_lines(path)


def paragraphs(lines: list[str]) -> list[tuple[str, set[int]]]:
    """Join lines into paragraphs; each with the offsets of its inner line boundaries."""
    out: list[tuple[str, set[int]]] = []
    current: list[str] = []
    for line in lines:
        if not line:
            continue
        current.append(line)
        if not _ENDS_SENTENCE.search(line):
            out.append(_join(current))
            current = []
    if current:
        out.append(_join(current))
    return out


def _join(lines: list[str]) -> tuple[str, set[int]]:
    gold: set[int] = set()
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        gold.add(offset)
        offset += 1
    return " ".join(lines), gold


def predicted_boundaries(text: str, sentences: list[str]) -> set[int]:
    """Offsets in ``text`` where each sentence but the last ends."""
    ends: set[int] = set()
    pos = 0
    for sentence in sentences[:-1]:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        ends.add(pos)
    return ends


def score(
    paras: list[tuple[str, set[int]]], lang: str, splitter: Callable[[str, str], list[str]], show: int
) -> tuple[int, int, int, int]:
    """``(true positives, gold, predicted, sentences)`` over all paragraphs."""
    tp = n_gold = n_pred = n_sent = 0
    shown = 0
    for text, gold in paras:
        sentences = splitter(text, lang)
        pred = predicted_boundaries(text, sentences)
        tp += len(gold & pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_sent += len(sentences)
        for kind, offsets in (("missed", gold - pred), ("extra", pred - gold)):
            for off in sorted(offsets):
                if shown < show:
                    print(f"  {lang} {kind}: ...{text[max(0, off - 60):off]} || {text[off:off + 40]}...")
                    shown += 1
    return tp, n_gold, n_pred, n_sent


def language_checks(docs: dict[str, dict[str, list[str]]]) -> None:
    """How often the reader's language check fires on NTREX documents and lines, rightly or wrongly."""
    from wiredrift.align.langid import check_language
    from wiredrift.align.errors import InputError

    def flags(text: str, lang: str) -> bool:
        try:
            check_language(text, lang, "x")
        except InputError:
            return True
        return False

    print("language check (fires = InputError 'looks like ...'):")
    for unit, items in (
        ("documents", [(" ".join(d["id"]), " ".join(d["en"])) for d in docs.values()]),
        ("lines", [(i, e) for d in docs.values() for i, e in zip(d["id"], d["en"])]),
    ):
        false_id = sum(flags(i, "id") for i, _ in items)
        false_en = sum(flags(e, "en") for _, e in items)
        caught_id = sum(flags(i, "en") for i, _ in items)
        caught_en = sum(flags(e, "id") for _, e in items)
        n = len(items)
        print(f"  {unit:<9} n={n:<5} false alarms: id-as-id {false_id}, en-as-en {false_en}; "
              f"caught: id-as-en {caught_id} ({caught_id / n:.1%}), en-as-id {caught_en} ({caught_en / n:.1%})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_shared_argument(parser)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the data for the speed figure")
    parser.add_argument("--show", type=int, default=0, help="print this many missed/extra boundaries per language")
    args = parser.parse_args(argv)

    path = shared_tsv(args.shared)
    if path is None:
        return 2
    docs = load_documents(path)
    n_lines = sum(len(d["en"]) for d in docs.values())
    print(f"NTREX-128 id/en: {len(docs)} documents, {n_lines} lines ({path})")
    print(f"{'lang':<5} {'splitter':<9} {'gold':>6} {'pred':>6} {'recall':>7} {'prec>=':>7} {'F1':>6}")
    for lang in ("id", "en"):
        paras = [p for d in docs.values() for p in paragraphs(d[lang])]
        for name, splitter in (("wiredrift", split_sentences), ("naive", naive_split)):
            tp, n_gold, n_pred, _ = score(paras, lang, splitter, args.show if name == "wiredrift" else 0)
            recall = tp / n_gold if n_gold else 0.0
            precision = tp / n_pred if n_pred else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"{lang:<5} {name:<9} {n_gold:>6} {n_pred:>6} {recall:>7.3f} {precision:>7.3f} {f1:>6.3f}")

    language_checks(docs)

    texts = [(p[0], lang) for d in docs.values() for lang in ("id", "en") for p in paragraphs(d[lang])]
    n_sentences = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, lang in texts:
            n_sentences += len(split_sentences(text, lang))
    elapsed = time.perf_counter() - t0
    print(f"speed: {n_sentences} sentences in {elapsed:.2f} s = {n_sentences / elapsed:,.0f} sentences/s "
          f"({args.repeat} passes, both languages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
