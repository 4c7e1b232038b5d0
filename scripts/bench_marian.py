"""Speed and peak memory of the opus-mt-id-en architecture: transformers greedy vs CTranslate2 int8 greedy.

The model has the real shape of Helsinki-NLP/opus-mt-id-en (MarianConfig d_model 512, 6+6 layers,
8 heads, FFN 2048, vocabulary 54,796, 72.7M parameters) with random weights, so no download is needed;
every input is 25 source tokens and every output is forced to exactly 30 tokens plus </s>
(transformers ``min_new_tokens = max_new_tokens = 31``; CTranslate2 ``min/max_decoding_length = 30``,
which is the same work), so both backends do identical work whatever the weights say.

Each backend runs in its own subprocess so its peak RSS is clean; 1 thread each (torch and CT2
``intra_threads``), as wiredrift runs them. The CT2 model is converted with wiredrift's own
``convert_model`` (int8), the same path as ``wiredrift models convert``.

Usage::

    python scripts/bench_marian.py [--sentences 64] [--batch1-sentences 16] [--batches 1,8,32]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message=".*sacremoses.*")

VOCAB = 54_796
SRC_TOKENS = 25
OUT_TOKENS = 30
SEED = 0

SPM_TEXT = [
    "Presiden tiba di Jakarta pada hari Senin untuk membahas harga beras dan minyak.",
    "The president arrived in Jakarta on Monday to discuss the price of rice and oil.",
    "Kementerian Luar Negeri Indonesia mengeluarkan pernyataan resmi tentang Ukraina.",
    "The Indonesian Foreign Ministry issued an official statement about Ukraine.",
    "Polisi menangkap dua orang di Bandung setelah banjir merusak seratus rumah.",
    "Police arrested two people in Bandung after the flood damaged a hundred houses.",
]


def build_model(folder: Path) -> float:
    """Write the opus-mt-id-en-shaped model (random weights) and a Marian tokenizer; returns seconds."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    t0 = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(sentence_iterator=iter(SPM_TEXT * 4), model_prefix=str(folder / "spm"),
                                   vocab_size=120, model_type="bpe", hard_vocab_limit=False, bos_id=-1,
                                   eos_id=2, unk_id=1, pad_id=-1, num_threads=1, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=str(folder / "spm.model"))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not (sp.is_control(i) or sp.is_unknown(i)):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    while len(vocab) < VOCAB - 1:  # fill to the real vocabulary size; these pieces never occur in text
        vocab[f"\u2581fill{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = VOCAB - 1
    (folder / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    MarianTokenizer(source_spm=str(folder / "spm.model"), target_spm=str(folder / "spm.model"),
                    vocab=str(folder / "vocab.json"), source_lang="id", target_lang="en").save_pretrained(str(folder))
    torch.manual_seed(SEED)
    config = MarianConfig(
        vocab_size=VOCAB, decoder_vocab_size=VOCAB, d_model=512, encoder_layers=6, decoder_layers=6,
        encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048,
        max_position_embeddings=512, pad_token_id=VOCAB - 1, decoder_start_token_id=VOCAB - 1,
        eos_token_id=0, forced_eos_token_id=0, activation_function="swish", scale_embedding=True,
        share_encoder_decoder_embeddings=True,
    )
    model = MarianMTModel(config)
    with torch.no_grad():
        model.get_input_embeddings().weight[VOCAB - 1].zero_()
    model.generation_config = GenerationConfig(bad_words_ids=[[VOCAB - 1]], decoder_start_token_id=VOCAB - 1,
                                               eos_token_id=0, forced_eos_token_id=0, pad_token_id=VOCAB - 1)
    model.save_pretrained(str(folder))
    return time.perf_counter() - t0


def _inputs(n: int) -> list[list[int]]:
    import random

    rng = random.Random(SEED)
    # Ids from the middle of the vocabulary: never </s>, <unk> or <pad>.
    return [[rng.randrange(2, VOCAB - 1) for _ in range(SRC_TOKENS)] + [0] for _ in range(n)]


def _peak_rss_mb() -> float:
    # VmHWM, not getrusage's ru_maxrss: Linux keeps ru_maxrss across execve, so a subprocess would
    # report its parent's peak; the new address space of exec starts VmHWM afresh.
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    import resource  # pragma: no cover - not Linux

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def worker(backend: str, model_dir: Path, ct2_dir: Path | None, batches: list[int], n: int, n1: int) -> dict:
    """Time one backend at each batch size (runs in its own process)."""
    results: dict[str, object] = {"backend": backend, "runs": []}
    if backend == "transformers":
        import torch
        from transformers import AutoModelForSeq2SeqLM

        torch.set_num_threads(1)
        model = AutoModelForSeq2SeqLM.from_pretrained(str(model_dir), local_files_only=True, use_safetensors=True)
        model.eval()

        def run(batch: list[list[int]]) -> int:
            ids = torch.tensor(batch)
            with torch.inference_mode():
                out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), num_beams=1,
                                     do_sample=False, min_new_tokens=OUT_TOKENS + 1, max_new_tokens=OUT_TOKENS + 1)
            return int(out.shape[1] - 1)
    else:
        import ctranslate2

        vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
        id2tok = {v: k for k, v in vocab.items()}
        tr = ctranslate2.Translator(str(ct2_dir), device="cpu", compute_type="int8", intra_threads=1, inter_threads=1)

        def run(batch: list[list[int]]) -> int:
            toks = [[id2tok[i] for i in row] for row in batch]
            res = tr.translate_batch(toks, beam_size=1, min_decoding_length=OUT_TOKENS,
                                     max_decoding_length=OUT_TOKENS, return_end_token=True)
            return len(res[0].hypotheses[0])

    run(_inputs(2))  # warm-up
    for bs in batches:
        count = n1 if bs == 1 else n
        data = _inputs(count)
        t0 = time.perf_counter()
        out_len = 0
        for k in range(0, count, bs):
            out_len = run(data[k: k + bs])
        secs = time.perf_counter() - t0
        results["runs"].append({"batch": bs, "sentences": count, "seconds": round(secs, 3),
                                "sent_per_s": round(count / secs, 2), "out_tokens": out_len})
    results["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=int, default=64, help="sentences per timed run at batch 8 and 32")
    ap.add_argument("--batch1-sentences", type=int, default=16, help="sentences at batch 1 (slow)")
    ap.add_argument("--batches", default="1,8,32", help="comma-separated batch sizes")
    ap.add_argument("--shared", default=None, help="unused (no shared data needed); accepted for symmetry")
    ap.add_argument("--worker", choices=("transformers", "ct2"), help=argparse.SUPPRESS)
    ap.add_argument("--model-dir", help=argparse.SUPPRESS)
    ap.add_argument("--ct2-dir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    batches = [int(b) for b in args.batches.split(",")]
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

    if args.worker:
        res = worker(args.worker, Path(args.model_dir), Path(args.ct2_dir) if args.ct2_dir else None,
                     batches, args.sentences, args.batch1_sentences)
        print(json.dumps(res))
        return 0

    import ctranslate2
    import torch
    import transformers

    from wiredrift.align.models import convert_model, resolve_model

    with tempfile.TemporaryDirectory(prefix="bench-marian-") as tmp:
        tmp_path = Path(tmp)
        os.environ["WIREDRIFT_CACHE"] = str(tmp_path / "cache")  # keep the conversion out of ~/.cache
        model_dir = tmp_path / "opus-mt-id-en-shape"
        build_s = build_model(model_dir)
        t0 = time.perf_counter()
        ct2_dir = convert_model(resolve_model(str(model_dir), offline=True), compute_type="int8")
        convert_s = time.perf_counter() - t0
        ct2_mb = sum(p.stat().st_size for p in ct2_dir.iterdir()) / 1e6
        params = sum(p.numel() for p in transformers.AutoModelForSeq2SeqLM.from_pretrained(str(model_dir)).parameters())
        print(f"opus-mt-id-en architecture, random weights: {params / 1e6:.1f}M parameters, vocab {VOCAB}, "
              f"{SRC_TOKENS} source tokens -> {OUT_TOKENS} output tokens, greedy, 1 thread")
        print(f"torch {torch.__version__}, transformers {transformers.__version__}, ctranslate2 {ctranslate2.__version__}; "
              f"build {build_s:.1f} s, CT2 int8 conversion {convert_s:.1f} s ({ct2_mb:.0f} MB)")
        results = {}
        for backend in ("transformers", "ct2"):
            cmd = [sys.executable, __file__, "--worker", backend, "--model-dir", str(model_dir),
                   "--ct2-dir", str(ct2_dir), "--batches", args.batches, "--sentences", str(args.sentences),
                   "--batch1-sentences", str(args.batch1_sentences)]
            env = {**os.environ, "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"}
            env.pop("CT2_USE_MKL", None)  # MKL made CT2 16x slower on this AMD CPU (notes/tiny-marian.md)
            out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            results[backend] = json.loads(out.stdout.strip().splitlines()[-1])

    print()
    print("| batch | sentences | transformers greedy sent/s | CT2 int8 greedy sent/s | speed-up |")
    print("|---:|---:|---:|---:|---:|")
    hf_runs = {r["batch"]: r for r in results["transformers"]["runs"]}
    ct_runs = {r["batch"]: r for r in results["ct2"]["runs"]}
    for bs in batches:
        h, c = hf_runs[bs], ct_runs[bs]
        print(f"| {bs} | {h['sentences']} | {h['sent_per_s']:.2f} | {c['sent_per_s']:.2f} | "
              f"{c['sent_per_s'] / h['sent_per_s']:.2f}x |")
    print(f"\npeak RSS: transformers {results['transformers']['peak_rss_mb']:.0f} MB, "
          f"CT2 int8 {results['ct2']['peak_rss_mb']:.0f} MB")
    big = max(batches)
    ratio = ct_runs[big]["sent_per_s"] / hf_runs[big]["sent_per_s"]
    verdict = "PASS" if ratio >= 3.0 else "FAIL"
    print(f"CT2 int8 / transformers at batch {big}: {ratio:.2f}x (target >= 3x): {verdict}")
    return 0 if ratio >= 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
