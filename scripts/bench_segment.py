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

With ``--multi`` it compares sentence splitters for the other NTREX-128 languages instead (de, fr, es,
ru, ja, zh, vi, th, read from the line-aligned ``newstest2019-ref.*.txt`` files and grouped into
documents by ``DOCUMENT_IDS.tsv``): each document's lines are joined into one paragraph (with a
space, or with nothing for Chinese and Japanese, which put no space between sentences) and the line
ends are the gold boundaries, scored as above. Splitters: wiredrift's (``split_sentences``, which
hands these languages to the chosen multilingual splitter), wiredrift's own generic rules, pysbd,
sentencex, blingfire, Moses ``sentence-splitter`` (LGPL: compared, not used) and PyThaiNLP's
CRF splitter for Thai, each where installed and supporting the language.

Usage::

    python scripts/bench_segment.py [--shared PATH] [--repeat N] [--show N]
    python scripts/bench_segment.py --multi [--shared PATH] [--langs de,fr,...]
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

from ntrex import add_shared_argument, document_lines, ntrex_lines, shared_tsv  # noqa: E402
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


MULTI_LANGS = ("de", "fr", "es", "ru", "ja", "zh", "vi", "th")
_NO_SPACE = ("ja", "zh")


def joined_paragraph(lines: list[str], lang: str) -> tuple[str, set[int]]:
    """One document's lines as one paragraph and the offsets of its line boundaries."""
    sep = "" if lang in _NO_SPACE else " "
    gold: set[int] = set()
    offset = 0
    kept = [line for line in lines if line]
    for line in kept[:-1]:
        offset += len(line)
        gold.add(offset)
        offset += len(sep)
    return sep.join(kept), gold


def located_boundaries(text: str, sentences: list[str]) -> set[int]:
    """Where each sentence but the last ends in ``text`` (sentences found in order, whitespace-trimmed)."""
    ends: set[int] = set()
    pos = 0
    for sentence in sentences[:-1]:
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:  # the splitter changed the text; fall back to its first word
            start = text.find(piece.split()[0], pos) if piece.split() else -1
            if start < 0:
                continue
            pos = start + len(piece)
        else:
            pos = start + len(piece)
        ends.add(pos)
    return ends


def multi_splitters() -> dict[str, Callable[[str, str], list[str]] | None]:
    """The splitters to compare (``None``: not installed)."""
    from wiredrift.align import segment

    out: dict[str, Callable[[str, str], list[str]] | None] = {
        "wiredrift": split_sentences,
        "own-rules": lambda text, lang: segment._split_rules(text, lang),
    }
    try:
        import pysbd
        from pysbd.languages import LANGUAGE_CODES

        def pysbd_split(text: str, lang: str) -> list[str]:
            if lang not in LANGUAGE_CODES:
                raise LookupError(lang)
            return pysbd.Segmenter(language=lang, clean=False).segment(text)

        out["pysbd"] = pysbd_split
    except ImportError:
        out["pysbd"] = None
    try:
        import sentencex

        out["sentencex"] = lambda text, lang: list(sentencex.segment(lang, text))
    except ImportError:
        out["sentencex"] = None
    try:
        import blingfire

        out["blingfire"] = lambda text, lang: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        out["blingfire"] = None
    try:
        from sentence_splitter import SentenceSplitter

        def moses(text: str, lang: str) -> list[str]:
            return SentenceSplitter(language=lang).split(text)

        out["moses"] = moses
    except ImportError:
        out["moses"] = None
    try:
        from pythainlp.tokenize import sent_tokenize

        def thai(text: str, lang: str) -> list[str]:
            if lang != "th":
                raise LookupError(lang)
            return sent_tokenize(text, engine="crfcut")

        out["pythainlp"] = thai
    except ImportError:
        out["pythainlp"] = None
    return out


def _prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    recall = tp / n_gold if n_gold else 0.0
    precision = tp / n_pred if n_pred else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def multi_main(shared: Path, langs: list[str], show: int) -> int:
    """Print the splitter comparison for the other NTREX-128 languages.

    The documents are halved (even and odd positions in file order): the splitter for each language
    is chosen on the even half ("choose F1") and reported on the odd half ("held-out P / R / F1").
    """
    folder = shared / "data" / "ntrex128"
    if not (folder / "DOCUMENT_IDS.tsv").is_file():
        print(f"error: {folder}: NTREX-128 line files not found; pass --shared PATH", file=sys.stderr)
        return 2
    splitters = multi_splitters()
    print("NTREX-128, one paragraph per document, line ends are the gold boundaries (precision is a lower "
          "bound: a line may hold two sentences). Cells: F1 on the even documents (choice) | "
          "P / R / F1 on the odd documents (held out).")
    print()
    print("| lang | gold (odd) | " + " | ".join(splitters) + " | best on even |")
    print("|---|---|" + "---|" * (len(splitters) + 1))
    for lang in langs:
        docs = list(ntrex_lines(shared / "data" / "ntrex128", lang).values())
        halves = [[joined_paragraph(lines, lang) for lines in docs[h::2]] for h in (0, 1)]
        cells = []
        best = ("", -1.0)
        for name, splitter in splitters.items():
            if splitter is None:
                cells.append("not installed")
                continue
            counts = []
            try:
                for paras in halves:
                    tp = n_pred = n_gold = 0
                    for text, gold in paras:
                        pred = located_boundaries(text, splitter(text, lang))
                        tp += len(gold & pred)
                        n_pred += len(pred)
                        n_gold += len(gold)
                        if show and name == "wiredrift":
                            for off in sorted(gold ^ pred)[:show]:
                                kind = "missed" if off in gold else "extra"
                                print(f"  {lang} {kind}: ...{text[max(0, off - 50):off]} || {text[off:off + 30]}...")
                    counts.append((tp, n_gold, n_pred))
            except Exception as exc:  # noqa: BLE001 - a third-party splitter that refuses a language
                cells.append(f"unsupported ({type(exc).__name__})")
                continue
            f_even = _prf(*counts[0])[2]
            p, r, f = _prf(*counts[1])
            if name not in ("wiredrift", "moses") and f_even > best[1]:
                best = (name, f_even)
            cells.append(f"{f_even:.3f} \\| {p:.3f} / {r:.3f} / **{f:.3f}**")
        n_gold = sum(len(g) for _, g in halves[1])
        print(f"| {lang} | {n_gold} | " + " | ".join(cells) + f" | {best[0]} |")
    print()
    print("wiredrift = split_sentences as shipped; own-rules = its generic rules; moses (LGPL-3.0) is compared "
          "only and never chosen.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_shared_argument(parser)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the data for the speed figure")
    parser.add_argument("--show", type=int, default=0, help="print this many missed/extra boundaries per language")
    parser.add_argument("--multi", action="store_true", help="compare splitters on the other NTREX languages")
    parser.add_argument("--langs", default=",".join(MULTI_LANGS), help="languages for --multi (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.multi:
        return multi_main(Path(args.shared), [x for x in args.langs.split(",") if x], args.show)

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
