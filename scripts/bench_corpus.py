"""Benchmark ``wiredrift corpus`` on the 123 NTREX-128 Indonesian/English news documents.

Usage::

    python scripts/bench_corpus.py [--shared ../shared] [--workers 2] [--no-warm]

The documents are rebuilt from ``<shared>/data/ntrex128/ntrex128_id_en.tsv`` (see
``scripts/build_ntrex_pairs.py``: one segment per paragraph) into a temporary folder. Then the corpus run
(read, split, embed, align, detect drift, journal every document, export JSONL) goes over all of them:

- **cold**: an empty embedding cache (``WIREDRIFT_CACHE`` in a temporary folder), as on a fresh machine;
- **warm**: the same run again with a new journal, the embedding cache now full (a rerun with other
  filters or after a change to the drift detectors).

Each run is its own process, so the peak memory printed is that run's: the driver's peak RSS and the
largest peak RSS of any worker process (``getrusage``; the workers are ``spawn`` processes).
It prints document pairs per second, sentences (both sides) per second and aligned pairs per second.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_ntrex_pairs import build_pairs  # noqa: E402
from ntrex import add_shared_argument, shared_tsv  # noqa: E402


def _one_run(pairs: str, out: str, cache: str, workers: int, queue: multiprocessing.Queue) -> None:
    os.environ["WIREDRIFT_CACHE"] = cache  # inherited by the spawned workers
    from wiredrift.eval.corpus import discover_pairs, run_corpus, select_pairs
    from wiredrift.eval.export import export_pairs
    from wiredrift.eval.pipeline import CheckConfig

    config = CheckConfig(offline=True)
    specs = discover_pairs(pairs, "id", "en")
    t0 = time.perf_counter()
    run = run_corpus(specs, config, Path(out) / "journal.jsonl", workers=workers, progress=True)
    selection = select_pairs(run.iter_records())
    export_pairs(selection.pairs, Path(out) / "corpus.jsonl", src_lang="id", tgt_lang="en",
                 provenance=selection.provenance)
    total = time.perf_counter() - t0
    kb = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
    queue.put(
        {
            "documents": len(specs),
            "failed": len(run.failed),
            "sentences": run.sentences,
            "aligned_pairs": len(selection.pairs),
            "process_s": run.seconds,
            "total_s": total,
            "driver_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kb / 2**20,
            "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kb / 2**20,
        }
    )


def _print(label: str, r: dict, workers: int) -> None:
    s = r["process_s"]
    worker = f"{r['worker_rss_mb']:.0f} MB" if workers > 1 else "(in the driver)"
    print(
        f"{label:5} {r['documents']} docs ({r['failed']} failed), {r['sentences']} sentences, "
        f"{r['aligned_pairs']} aligned pairs in {s:.1f} s (+{r['total_s'] - s:.1f} s export): "
        f"{r['documents'] / s:.2f} pairs/s, {r['sentences'] / s:.1f} sentences/s, "
        f"{r['aligned_pairs'] / s:.1f} aligned pairs/s; peak RSS driver {r['driver_rss_mb']:.0f} MB, "
        f"largest worker {worker}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_shared_argument(parser)
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--no-warm", action="store_true", help="only the cold run")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents (a quick try)")
    args = parser.parse_args(argv)
    tsv = shared_tsv(args.shared)
    if tsv is None:
        return 2
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="wiredrift-bench-") as tmp:
        pairs = Path(tmp) / "pairs"
        ids = build_pairs(tsv, pairs)
        if args.limit is not None:
            for doc_id in ids[args.limit:]:
                for lang in ("id", "en"):
                    (pairs / f"{doc_id}.{lang}.txt").unlink()
            ids = ids[: args.limit]
        print(f"NTREX-128 id-en: {len(ids)} documents rebuilt from {tsv}; workers={args.workers}, "
              f"cpus={os.cpu_count()}, offline (no MT)")
        cache = Path(tmp) / "cache"
        for label in ("cold", "warm")[: 1 if args.no_warm else 2]:
            out = Path(tmp) / label
            out.mkdir()
            queue: multiprocessing.Queue = ctx.Queue()
            proc = ctx.Process(target=_one_run, args=(str(pairs), str(out), str(cache), args.workers, queue))
            proc.start()
            result = None
            while result is None:
                try:
                    result = queue.get(timeout=5)
                except Exception:  # queue.Empty: still running, unless the run died
                    if not proc.is_alive():
                        print(f"error: the {label} run died (exit code {proc.exitcode})", file=sys.stderr)
                        return 1
            proc.join()
            _print(label, result, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
