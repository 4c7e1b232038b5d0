"""Time ``wiredrift check`` on the bundled example: read, align, drift and total seconds.

Usage::

    python scripts/bench_check.py [--runs 5] [--src corpora/voi-137686/id.txt --tgt corpora/voi-137686/en.txt]

The first run starts from an empty embedding cache in a temporary folder (``WIREDRIFT_CACHE``), so it
pays for loading the encoder and embedding every sentence, as on a fresh machine; the following runs
find the vectors in that cache, as a re-check of the same report does. The script prints the cold run
and the median of the warm runs. It runs offline (no MT model), like ``wiredrift check --offline``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "corpora" / "voi-137686"


def _one_run(src_path: Path, tgt_path: Path, src_lang: str, tgt_lang: str) -> dict[str, float]:
    from wiredrift.align.langid import check_pair_languages
    from wiredrift.align.reader import read_document
    from wiredrift.eval.pipeline import CheckConfig, check_documents

    t0 = time.perf_counter()
    src = read_document(src_path, src_lang, check_language=False)
    tgt = read_document(tgt_path, tgt_lang, check_language=False)
    check_pair_languages(src, tgt)
    t_read = time.perf_counter() - t0
    result = check_documents(src, tgt, CheckConfig(src_lang=src_lang, tgt_lang=tgt_lang, offline=True))
    total = time.perf_counter() - t0
    return {
        "read": t_read,
        "align": result.timings.get("align_s", float("nan")),
        "drift": result.timings.get("drift_s", float("nan")),
        "total": total,
        "sentences": float(len(src) + len(tgt)),
        "findings": float(len(result.findings)),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--src", type=Path, default=PAIR / "id.txt", help="source report (default: the bundled id.txt)")
    p.add_argument("--tgt", type=Path, default=PAIR / "en.txt", help="target report (default: the bundled en.txt)")
    p.add_argument("--src-lang", default="id")
    p.add_argument("--tgt-lang", default="en")
    p.add_argument("--runs", type=int, default=5, help="warm runs after the cold one (default: 5)")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error(f"--runs: must be at least 1, got {args.runs}")

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory(prefix="wiredrift-bench-") as cache:
        os.environ["WIREDRIFT_CACHE"] = cache  # cold first run: empty embedding cache
        t0 = time.perf_counter()
        import wiredrift.eval.pipeline  # noqa: F401  (import time is part of a fresh CLI call)

        t_import = time.perf_counter() - t0
        cold = _one_run(args.src, args.tgt, args.src_lang, args.tgt_lang)
        warm = [_one_run(args.src, args.tgt, args.src_lang, args.tgt_lang) for _ in range(args.runs)]

    stages = ("read", "align", "drift", "total")
    shown = [str(x.resolve().relative_to(ROOT)) if x.resolve().is_relative_to(ROOT) else str(x)
             for x in (args.src, args.tgt)]
    print(f"wiredrift check {shown[0]} {shown[1]} (offline): {int(cold['sentences'])} sentences, "
          f"{int(cold['findings'])} findings; import {t_import:.2f} s")
    print(f"{'run':<24}" + "".join(f"{s:>9}" for s in stages))
    print(f"{'cold (empty cache)':<24}" + "".join(f"{cold[s]:>8.3f}s" for s in stages))
    med = {s: statistics.median(r[s] for r in warm) for s in stages}
    print(f"{f'warm, median of {len(warm)}':<24}" + "".join(f"{med[s]:>8.3f}s" for s in stages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
