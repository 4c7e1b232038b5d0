"""wiredrift.align: from two texts to an alignment (read, segment, translate, embed, align).

Nothing heavy is imported here; the model-backed parts load their libraries when first used.
"""

from __future__ import annotations

from .errors import ConfigError, InputError, ModelError, WiredriftError
from .langcodes import SUPPORTED_LANGS, normalize_lang
from .types import Bead, Document, Sentence, Similarity, Translator

__all__ = [
    "Bead",
    "ConfigError",
    "Document",
    "InputError",
    "ModelError",
    "SUPPORTED_LANGS",
    "Sentence",
    "Similarity",
    "Translator",
    "WiredriftError",
    "normalize_lang",
]
