"""A tiny random sentence-transformers model built from scratch (no download), for the encoder tests.

A BERT with one layer and 32-d vectors over a WordPiece vocabulary of the words of the bundled example,
saved as a sentence-transformers folder (``models.Transformer`` + mean ``models.Pooling``).
"""

from __future__ import annotations

import re
from pathlib import Path

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def corpus_words(*files: Path, limit: int = 2000) -> list[str]:
    """Distinct lower-cased words and punctuation marks of ``files``, in order of first appearance."""
    seen: dict[str, None] = {}
    for f in files:
        for tok in re.findall(r"\w+|[^\w\s]", f.read_text(encoding="utf-8").lower()):
            seen.setdefault(tok, None)
    return list(seen)[:limit]


def build_tiny_st(folder: Path, words: list[str], seed: int = 0) -> Path:
    """Write a random sentence-transformers model to ``folder`` and return it."""
    import torch
    from sentence_transformers import SentenceTransformer

    try:  # sentence-transformers 6 moved the modules
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:
        from sentence_transformers import models
    from transformers import BertConfig, BertModel, BertTokenizerFast

    bert = folder.parent / (folder.name + "-bert")
    bert.mkdir(parents=True, exist_ok=True)
    vocab = SPECIALS + [w for w in words if w not in SPECIALS]
    (bert / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(bert / "vocab.txt"), do_lower_case=True).save_pretrained(str(bert))
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    BertModel(config).save_pretrained(str(bert))
    word = models.Transformer(str(bert), max_seq_length=64)
    get_dim = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
    pool = models.Pooling(get_dim(), pooling_mode="mean")
    SentenceTransformer(modules=[word, pool], device="cpu").save(str(folder))
    return folder
