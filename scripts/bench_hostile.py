"""Hostile-input benchmark: drift-stage time on one huge unpunctuated line, and peak memory end to end.

Usage::

    python scripts/bench_hostile.py [--sizes 100000,400000,1000000] [--mb 20] [--unguarded 100000]
                                    [--check-args "..."]

1. **Long line.** For each size N it builds one Indonesian and one English "sentence" of N characters
   (news-style sentences written for this script, repeated, with no final punctuation, so the splitter
   cannot cut them) and times :func:`wiredrift.eval.drift.detect_drift` on the 1-1 bead. The detectors
   read at most ``MAX_CHARS`` (2,000) characters of a sentence, the aligner's guard, so the time stays
   flat. ``--unguarded N`` also times size N with the guard lifted (the old behaviour: super-linear).
2. **Peak RSS.** It writes an Indonesian and an English file of ``--mb`` MB each (ten punctuated
   paragraphs of the same sentences, then one unpunctuated paragraph filling the rest) and runs ``wiredrift check`` on them
   in a child process with ``--json``; it prints the wall time, the exit code and the child's peak
   resident memory (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``). Pass extra check options (an
   input size cap, once the reader has one) with ``--check-args``.

No data set is read; the text is synthetic, so there is no tuning and no held-out half here.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wiredrift.align.types import Bead, Document, Sentence
from wiredrift.eval import drift
from wiredrift.eval.drift import detect_drift

#: Written for this benchmark in the style of Indonesian wire copy (no final punctuation on purpose).
ID_PARTS = [
    "Gubernur Jawa Barat Ridwan Kamil meninjau lokasi banjir di Kabupaten Bandung pada Rabu (13/3)",
    "kata dia kepada wartawan bahwa bantuan senilai Rp80.000 per keluarga akan dibagikan pekan depan",
    "Kapolri meminta warga tetap tenang sambil menunggu hasil penyelidikan polisi di lapangan",
    "sebanyak 1.250 rumah terendam dan tiga jembatan rusak menurut data BPBD setempat",
]
EN_PARTS = [
    "West Java Governor Ridwan Kamil visited the flood site in Bandung Regency on Wednesday (13/3)",
    "he told reporters that aid worth Rp80,000 per family would be handed out next week",
    "the National Police chief asked residents to stay calm while waiting for the police investigation",
    "some 1,250 houses were flooded and three bridges damaged according to the local disaster agency",
]


def long_line(parts: list[str], n: int) -> str:
    """``parts`` joined with commas and repeated to exactly ``n`` characters, no final punctuation."""
    unit = ", ".join(parts) + ", "
    return (unit * (n // len(unit) + 1))[:n].rstrip(" ,")


def time_drift(n: int) -> tuple[float, int]:
    """Seconds for detect_drift on one 1-1 bead of two n-character lines, and the findings count."""
    src = Document("id", (Sentence(0, long_line(ID_PARTS, n), 0),), path="id.txt")
    tgt = Document("en", (Sentence(0, long_line(EN_PARTS, n), 0),), path="en.txt")
    t0 = time.perf_counter()
    found = detect_drift(src, tgt, [Bead((0,), (0,), 0.9, 0.1)])
    return time.perf_counter() - t0, len(found)


def write_big(path: Path, parts: list[str], mb: int) -> None:
    """A report of ``mb`` MB: ten punctuated paragraphs of ``parts``, then one unpunctuated paragraph
    filling the rest (a pasted page with no full stop: the hostile case for every per-sentence stage).
    Many short sentences instead would time the aligner on 100,000s of sentences, not the guard."""
    para = ". ".join(parts) + ".\n\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(para * 10)
        fh.write(long_line(parts, mb * 1_000_000 - 10 * len(para)) + "\n")


def peak_rss(mb: int, extra: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt, out = Path(tmp) / "id.txt", Path(tmp) / "en.txt", Path(tmp) / "r.json"
        write_big(src, ID_PARTS, mb)
        write_big(tgt, EN_PARTS, mb)
        cmd = [str(Path(sys.executable).with_name("wiredrift")), "check", str(src), str(tgt),
               "--json", str(out), "--fail-on", "none", "--quiet", "--offline", *extra]
        env = {**os.environ, "WIREDRIFT_CACHE": str(Path(tmp) / "cache")}
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        err = proc.stderr.strip().splitlines()
        print(f"check on {src.stat().st_size / 1e6:.1f} MB + {tgt.stat().st_size / 1e6:.1f} MB: exit {proc.returncode}, "
              f"{wall:.1f} s, peak RSS {rss_mb:.0f} MB" + (f"; stderr: {err[-1]}" if err else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,400000,1000000", help="line lengths in characters")
    ap.add_argument("--unguarded", type=int, default=0, help="also time this size without the 2,000-character guard")
    ap.add_argument("--mb", type=int, default=20, help="size of each input of the end-to-end run (0: skip it)")
    ap.add_argument("--check-args", default="", help="extra options for the end-to-end wiredrift check")
    args = ap.parse_args()
    print(f"drift stage, one unpunctuated 1-1 line per side (guard: {drift.MAX_CHARS:,} characters):")
    for n in (int(x) for x in args.sizes.split(",") if x):
        seconds, n_found = time_drift(n)
        print(f"  {n:>9,} characters: {seconds:7.3f} s  ({n_found} findings)")
    if args.unguarded:
        saved = drift.MAX_CHARS
        drift.MAX_CHARS = 10**9
        try:
            seconds, n_found = time_drift(args.unguarded)
        finally:
            drift.MAX_CHARS = saved
        print(f"  {args.unguarded:>9,} characters without the guard: {seconds:7.3f} s  ({n_found} findings)")
    if args.mb:
        peak_rss(args.mb, shlex.split(args.check_args))


if __name__ == "__main__":
    main()
