"""The translation cache: translations on disk in SQLite, and a translator that goes through it.

:class:`TranslationCache` sits beside the embedding cache (:mod:`wiredrift.align.embed`) under
:func:`~wiredrift.align.cache.cache_root`, opened by the same helper
(:func:`~wiredrift.align.cache.open_cache_db`); :class:`CachedTranslator` makes a re-run translate nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import cache_root, open_cache_db

if TYPE_CHECKING:  # pragma: no cover - translate imports this module (for translator_for_check)
    from .translate import TranslationResult

logger = logging.getLogger(__name__)

__all__ = ["TranslationCache", "CachedTranslator"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    revision TEXT NOT NULL,
    settings TEXT NOT NULL,
    src TEXT NOT NULL,
    mt TEXT NOT NULL,
    flags TEXT NOT NULL,
    checksum TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class TranslationCache:
    """Translations on disk in sqlite, keyed by model, revision, decoding settings and source text.

    Opened with :func:`~wiredrift.align.cache.open_cache_db` (the policy the embedding cache follows too:
    WAL journal, one busy timeout, a file that is not a database moved aside and recreated with a warning).
    A row whose checksum does not match is ignored and rewritten. Cache trouble is never fatal: at worst
    it translates again.

    :param path: the sqlite file (default: ``cache_root()/translations/cache.sqlite3``).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else cache_root() / "translations" / "cache.sqlite3"
        self._conn: sqlite3.Connection | None = None
        self.disabled = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and not self.disabled:
            self._conn = open_cache_db(self.path, _SCHEMA, what="translation cache")
            self.disabled = self._conn is None
        return self._conn

    @staticmethod
    def key(model: str, revision: str, settings: Mapping[str, Any], src: str) -> str:
        """The cache key of one source sentence under one model and decoding setup."""
        return _sha(model, revision, json.dumps(dict(settings), sort_keys=True), src)

    def get_many(self, model: str, revision: str, settings: Mapping[str, Any],
                 texts: Iterable[str]) -> dict[str, TranslationResult]:
        """Cached translations of ``texts`` (missing and corrupt entries are left out)."""
        from .translate import TranslationResult

        conn = self._connect()
        texts = list(dict.fromkeys(texts))
        if conn is None or not texts:
            return {}
        keys = {self.key(model, revision, settings, t): t for t in texts}
        found: dict[str, TranslationResult] = {}
        klist = list(keys)
        try:
            for k in range(0, len(klist), 500):
                chunk = klist[k: k + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT key, src, mt, flags, checksum FROM translations WHERE key IN ({marks})", chunk).fetchall()
                for key, src, mt, flags, checksum in rows:
                    try:
                        if src != keys[key] or checksum != _sha(key, mt, flags):
                            raise ValueError("checksum mismatch")
                        parsed = json.loads(flags)
                        if not isinstance(parsed, list) or not isinstance(mt, str):
                            raise ValueError("bad flags")
                    except (ValueError, TypeError, KeyError) as exc:
                        logger.warning("ignoring a corrupt translation cache entry (%s); it will be rewritten", exc)
                        continue
                    found[keys[key]] = TranslationResult(mt, tuple(str(f) for f in parsed))
        except sqlite3.DatabaseError as exc:
            logger.warning("translation cache %s could not be read (%s); translating again", self.path, exc)
            return {}
        return found

    def put_many(self, model: str, revision: str, settings: Mapping[str, Any],
                 items: Mapping[str, TranslationResult]) -> None:
        """Store translations (source text -> result), replacing any old or corrupt row."""
        conn = self._connect()
        if conn is None or not items:
            return
        sjson = json.dumps(dict(settings), sort_keys=True)
        rows = []
        now = time.time()
        for src, res in items.items():
            key = self.key(model, revision, settings, src)
            flags = json.dumps(list(res.flags))
            rows.append((key, model, revision, sjson, src, res.text, flags, _sha(key, res.text, flags), now))
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass
            logger.warning("translation cache %s could not be written (%s); continuing without it", self.path, exc)

    def close(self) -> None:
        """Close the database connection (the next call opens it again)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@dataclass(slots=True)
class _Counts:
    hits: int = 0
    misses: int = 0


class CachedTranslator:
    """A translator whose outputs go through a :class:`TranslationCache`.

    :param translator: the backend (:class:`MarianTranslator`, :class:`CT2Translator` or any object
        with ``model_id``, ``revision``, ``settings()`` and ``translate_detailed`` or ``translate``).
    :param cache: the cache; ``None`` uses the default file.
    :ivar hits: sentences answered from the cache; ``misses``: sentences translated.
    """

    def __init__(self, translator: Any, cache: TranslationCache | None = None) -> None:
        self.translator = translator
        self.cache = cache if cache is not None else TranslationCache()
        self.model_id: str = translator.model_id
        self.revision: str = getattr(translator, "revision", "unknown")
        self._counts = _Counts()

    @property
    def hits(self) -> int:
        """Sentences answered from the cache so far."""
        return self._counts.hits

    @property
    def misses(self) -> int:
        """Sentences translated (not found in the cache) so far."""
        return self._counts.misses

    def settings(self) -> dict[str, Any]:
        """The wrapped translator's decoding settings (part of the cache key)."""
        s = getattr(self.translator, "settings", None)
        return dict(s()) if callable(s) else {}

    def translate(self, batch: Sequence[str]) -> list[str]:
        """Translate with the cache in front; see :meth:`translate_detailed`."""
        return [r.text for r in self.translate_detailed(batch)]

    def translate_detailed(self, batch: Sequence[str]) -> list[TranslationResult]:
        """Cached results where present; the rest translated once each (duplicates share one)."""
        from .translate import TranslationResult, check_batch, detect_flags

        items = check_batch(batch)
        settings = self.settings()
        wanted = [t for t in dict.fromkeys(items) if t.strip()]
        found = self.cache.get_many(self.model_id, self.revision, settings, wanted)
        missing = [t for t in wanted if t not in found]
        self._counts.hits += len(wanted) - len(missing)
        self._counts.misses += len(missing)
        if missing:
            if hasattr(self.translator, "translate_detailed"):
                new = self.translator.translate_detailed(missing)
            else:
                outputs = self.translator.translate(missing)
                new = [TranslationResult(t, detect_flags(s, t)) for s, t in zip(missing, outputs)]
            fresh = dict(zip(missing, new))
            self.cache.put_many(self.model_id, self.revision, settings, fresh)
            found.update(fresh)
        return [found[t] if t.strip() else TranslationResult("") for t in items]
