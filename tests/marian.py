"""Build a tiny Marian translation model from scratch, for tests that must not download anything.

The folder it writes has the same files as a downloaded ``Helsinki-NLP/opus-mt-*`` folder
(source.spm, target.spm, vocab.json, tokenizer_config.json, config.json, generation_config.json,
model.safetensors), so tests load it back only through the normal ``from_pretrained`` path.
See ../shared/notes/tiny-marian.md for the conventions (vocab.json maps sentencepiece pieces to ids,
``</s>`` 0, ``<unk>`` 1, ``<pad>`` last).

:func:`build_tiny_marian` gives random weights (plumbing tests: order, batching, cache, truncation);
:func:`train_tiny_marian` fits it to :data:`PAIRS` for 150 full-batch steps so it reproduces them
(tests that need sensible output).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

#: Indonesian -> English pairs, news-like; the sentencepiece models and the training run use them.
PAIRS: list[tuple[str, str]] = [
    ("Presiden tiba di Jakarta pada hari Senin.", "The president arrived in Jakarta on Monday."),
    ("Polisi menangkap dua orang di Bandung.", "Police arrested two people in Bandung."),
    ("Harga beras naik lima persen.", "The price of rice rose five percent."),
    ("Menteri itu berbicara kepada wartawan.", "The minister spoke to reporters."),
    ("Hujan deras turun di Surabaya.", "Heavy rain fell in Surabaya."),
    ("Pemerintah akan membangun jalan baru.", "The government will build a new road."),
    ("Sekolah ditutup selama tiga hari.", "Schools were closed for three days."),
    ("Dia mengatakan bahwa situasinya aman.", "He said that the situation was safe."),
    ("Gempa bumi mengguncang Sulawesi.", "An earthquake shook Sulawesi."),
    ("Bank sentral menaikkan suku bunga.", "The central bank raised interest rates."),
    ("Ribuan orang menghadiri pertemuan itu.", "Thousands of people attended the meeting."),
    ("Kapal itu tenggelam di laut.", "The ship sank at sea."),
    ("Tim nasional memenangkan pertandingan.", "The national team won the match."),
    ("Rumah sakit itu penuh.", "The hospital is full."),
    ("Harga minyak turun pada hari Selasa.", "Oil prices fell on Tuesday."),
    ("Gubernur membuka pasar baru.", "The governor opened a new market."),
    ("Banjir merusak seratus rumah.", "The flood damaged a hundred houses."),
    ("Pesawat itu mendarat dengan selamat.", "The plane landed safely."),
    ("Para petani menanam padi.", "The farmers planted rice."),
    ("Kota itu sangat ramai.", "The city is very busy."),
    ("Dia bekerja di kantor pajak.", "She works at the tax office."),
    ("Pasar saham naik hari ini.", "The stock market rose today."),
    ("Presiden bertemu dengan menteri.", "The president met the minister."),
    ("Polisi menutup jalan itu.", "Police closed the road."),
    ("Anak-anak bermain di taman.", "The children played in the park."),
    ("Perusahaan itu menjual mobil listrik.", "The company sells electric cars."),
    ("Kereta tiba terlambat.", "The train arrived late."),
    ("Warga menunggu bantuan.", "Residents are waiting for aid."),
    ("Menteri keuangan berbicara di Jakarta.", "The finance minister spoke in Jakarta."),
    ("Pemilihan umum diadakan pada bulan April.", "The general election was held in April."),
    ("Dua orang tewas dalam kecelakaan itu.", "Two people died in the accident."),
    ("Sungai itu meluap pada malam hari.", "The river overflowed at night."),
]

#: Extra monolingual text so the sentencepiece models see a few more pieces.
EXTRA_TEXT = [
    "Kementerian Luar Negeri Indonesia mengeluarkan pernyataan resmi.",
    "The Indonesian Foreign Ministry issued an official statement.",
    "Juru bicara mengatakan kepada Reuters bahwa tidak ada korban.",
    "A spokesman told Reuters that there were no casualties.",
    "Sebanyak 1.200 warga negara Indonesia berada di Ukraina.",
    "As many as 1,200 Indonesian citizens are in Ukraine.",
]


def _train_spm(texts: list[str], prefix: Path, vocab_size: int) -> None:
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts), model_prefix=str(prefix), vocab_size=vocab_size,
        model_type="bpe", character_coverage=1.0, hard_vocab_limit=False,
        bos_id=-1, eos_id=2, unk_id=1, pad_id=-1, num_threads=1, minloglevel=2,
    )


def build_tiny_marian(out_dir: str | Path, *, seed: int = 0, d_model: int = 64, layers: int = 2,
                      heads: int = 4, ffn: int = 128, vocab_size: int = 400,
                      max_position_embeddings: int = 128) -> Path:
    """Write a tiny randomly initialised Marian id->en model folder and return it."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    out = Path(out_dir)
    work = out / "_spm"
    work.mkdir(parents=True, exist_ok=True)
    src_text = [p[0] for p in PAIRS] + EXTRA_TEXT[0::2]
    tgt_text = [p[1] for p in PAIRS] + EXTRA_TEXT[1::2]
    _train_spm(src_text, work / "source", vocab_size)
    _train_spm(tgt_text, work / "target", vocab_size)

    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for name in ("source", "target"):
        sp = spm.SentencePieceProcessor(model_file=str(work / f"{name}.model"))
        for i in range(sp.get_piece_size()):
            if sp.is_control(i) or sp.is_unknown(i):
                continue
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    n = len(vocab)
    (work / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*sacremoses.*")
        tok = MarianTokenizer(source_spm=str(work / "source.model"), target_spm=str(work / "target.model"),
                              vocab=str(work / "vocab.json"), source_lang="id", target_lang="en",
                              model_max_length=max_position_embeddings)
    tok.save_pretrained(str(out))

    torch.manual_seed(seed)
    config = MarianConfig(
        vocab_size=n, decoder_vocab_size=n, d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=max_position_embeddings, pad_token_id=n - 1, decoder_start_token_id=n - 1,
        eos_token_id=0, forced_eos_token_id=0, activation_function="swish", scale_embedding=True,
        share_encoder_decoder_embeddings=True, dropout=0.0, attention_dropout=0.0, activation_dropout=0.0,
    )
    model = MarianMTModel(config)
    model.generation_config = GenerationConfig(
        bad_words_ids=[[n - 1]], decoder_start_token_id=n - 1, eos_token_id=0, forced_eos_token_id=0,
        pad_token_id=n - 1, num_beams=1, max_length=max_position_embeddings,
    )
    model.save_pretrained(str(out))
    return out


def train_tiny_marian(model_dir: str | Path, *, steps: int = 150, seed: int = 0, lr: float = 3e-3) -> Path:
    """Fit the tiny model in ``model_dir`` to :data:`PAIRS` (full batch, 1 thread) and save it back.

    150 steps make greedy decoding reproduce all 32 training targets exactly, with transformers and
    with the CTranslate2 int8 conversion alike (so did 100); the 300 used before only cost CI time.
    """
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*sacremoses.*")
        tok = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(model_dir))
    model.train()
    batch = tok([p[0] for p in PAIRS], text_target=[p[1] for p in PAIRS], return_tensors="pt", padding=True)
    batch["labels"][batch["labels"] == tok.pad_token_id] = -100
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        loss = model(**batch).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            # Marian's pad embedding is zero (the decoder starts from it; CTranslate2 relies on that),
            # but the tied output layer gives it gradients: keep it zero as in real opus-mt weights.
            model.get_input_embeddings().weight[tok.pad_token_id].zero_()
    model.eval()
    model.save_pretrained(str(model_dir))
    return Path(model_dir)
