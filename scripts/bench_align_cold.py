"""Cold ``wiredrift align`` on a ~150-sentence NTREX-128 id-en document: texts embedded and seconds.

The pair is built from the first NTREX-128 documents of ``ntrex128_id_en.tsv`` (sorted ids) joined
until the Indonesian side has at least ``--sentences`` sentences (each segment one paragraph, as a
report would hold it). ``wiredrift align --stats`` runs in a fresh process with an empty
``WIREDRIFT_CACHE`` (cold: every sentence and joined text goes to the encoder), and its stats line is
printed with the ratio of texts embedded to sentences (issue 12's goal: at most 3x). Text+Berg
``test0`` (de-fr, 137 x 155 sentences, pre-segmented, read from ``--shared``) is run the same way:
a harder document, with many more multi-sentence beads to score.

Usage: python scripts/bench_align_cold.py [--shared PATH] [--sentences 150]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ntrex import add_shared_argument, document_lines, shared_tsv  # noqa: E402

from wiredrift.align.segment import split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def build_pair(tsv: Path, least: int) -> tuple[str, str, int]:
    """Indonesian and English report texts of the first documents with >= ``least`` Indonesian sentences."""
    docs = document_lines(tsv)
    id_paras: list[str] = []
    en_paras: list[str] = []
    count, used = 0, 0
    for doc_id in sorted(docs):
        id_paras += docs[doc_id]["id"]
        en_paras += docs[doc_id]["en"]
        count += sum(len(split_sentences(p, "id") or [p]) for p in docs[doc_id]["id"])
        used += 1
        if count >= least:
            break
    return "\n\n".join(id_paras) + "\n", "\n\n".join(en_paras) + "\n", used


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_shared_argument(ap)
    ap.add_argument("--sentences", type=int, default=150, help="least Indonesian sentences (default %(default)s)")
    ap.add_argument("--no-textberg", dest="textberg", action="store_false",
                    help="skip the Text+Berg test0 document (de-fr, 137 x 155 sentences, pre-segmented)")
    args = ap.parse_args(argv)
    tsv = shared_tsv(Path(args.shared))
    if tsv is None:
        print("skipped: NTREX-128 not found")
        return 0
    id_text, en_text, used = build_pair(tsv, args.sentences)
    rc = 0
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = Path(tmp) / "id.txt", Path(tmp) / "en.txt"
        src.write_text(id_text, encoding="utf-8")
        tgt.write_text(en_text, encoding="utf-8")
        rc |= cold_align(f"NTREX-128 id-en, {used} documents joined, raw text", [str(src), str(tgt)], Path(tmp) / "c1")
        tb = Path(args.shared) / "data" / "textberg"
        if args.textberg and (tb / "test0.de").exists():
            rc |= cold_align("Text+Berg de-fr test0, presegmented",
                             [str(tb / "test0.de"), str(tb / "test0.fr"), "--presegmented", "--src-lang", "de",
                              "--tgt-lang", "fr"], Path(tmp) / "c2")
    return rc


def cold_align(title: str, argv: list[str], cache: Path) -> int:
    """Run ``wiredrift align ARGV --stats`` in a fresh process with the empty cache ``cache``; print its stats."""
    env = dict(os.environ, WIREDRIFT_CACHE=str(cache))
    exe = Path(sys.executable).parent / "wiredrift"
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "align", *argv, "--stats", "-o", str(cache.parent / f"{cache.name}.align")],
                          env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    stats = [line for line in proc.stderr.splitlines() if line.startswith("stats:")]
    if proc.returncode != 0 or not stats:
        print(f"{title}: wiredrift align failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
        return 1
    print(f"{title}; cold cache; process wall {wall:.1f} s (model load included)")
    print(f"  {stats[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
