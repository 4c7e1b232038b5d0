"""Batch runs over many document pairs: one aligned corpus, resumable, one failure never stops the run.

The work on one document pair is the pure function :func:`process_pair` (a pair spec and a
:class:`~wiredrift.eval.pipeline.CheckConfig` in, a JSON-ready record out). Runners only decide where it
runs: :func:`run_corpus` in this process or in ``spawn`` worker processes, and
:mod:`wiredrift.eval.runners.ray_runner` on a Ray cluster. Every finished record is appended to a
journal (JSON lines, flushed and fsynced one by one) by the driver alone, so a run that is killed and
started again skips the ids the journal already holds as ``ok``: no pair is lost or repeated.

Inputs (:func:`discover_pairs`):

- a folder of pairs: ``NAME.<src>.txt`` + ``NAME.<tgt>.txt`` (``.md`` too), or sub-folders ``NAME/``
  holding ``<src>.txt`` and ``<tgt>.txt``; the id is ``NAME``;
- a manifest: a ``.jsonl`` file of ``{"id": ..., "src": PATH, "tgt": PATH}``, paths relative to it;
- a Hugging Face dataset folder (``save_to_disk``) with string columns ``id``, ``src`` and ``tgt``
  holding the two documents' texts.

Paths are confined: a document path must resolve inside the input's folder (the manifest's folder, or
``root``); an absolute path, a ``..`` escape or a symlink pointing out makes that one document fail
(``allow_outside`` lifts the rule). A document that is not a regular file (a FIFO, a device, a folder)
fails without being opened, so it can neither hang nor flood the run.

The journal belongs to one run at a time: :class:`JournalLock` holds an exclusive ``flock`` on
``JOURNAL.lock`` (which names the holder's pid) for the whole run; a second run on the same journal fails
at once with :class:`JournalInUse`, or waits for the lock. Every record line carries a CRC-32 of its
canonical JSON, so a damaged line is recognised and redone instead of trusted.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from ..align.errors import ConfigError, InputError, WiredriftError
from .export import AlignedPair, pairs_from_report, provenance_from_report
from .paths import check_outputs_apart, confine, regular_file_error, show_path
from .pipeline import CheckConfig
from .terminal import CountProgress

logger = logging.getLogger(__name__)

__all__ = [
    "JOURNAL_SCHEMA",
    "JournalInUse",
    "JournalLock",
    "PairSpec",
    "CorpusFilter",
    "CorpusRun",
    "Journal",
    "discover_pairs",
    "process_pair",
    "run_corpus",
    "select_pairs",
    "Selection",
    "Mapper",
    "journal_settings",
    "input_paths",
    "max_workers",
    "Progress",
]

#: First line of every journal; a journal from another version or other settings is refused.
#: Version 2 adds a ``"crc"`` field (CRC-32 of the record's canonical JSON) to every record line; a
#: version 1 journal (no checksums) is still read and resumed.
JOURNAL_SCHEMA = "wiredrift.corpus-journal/2"
_READABLE_SCHEMAS = ("wiredrift.corpus-journal/1", JOURNAL_SCHEMA)

#: Longest manifest line read (a manifest line names two paths; anything longer is not a manifest).
_MAX_MANIFEST_LINE = 1 << 20

_DOC_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One document pair to process: two files, or two texts (from a dataset).

    :param id: unique id of the pair (the output's ``doc_id``).
    :param src: path of the source document, or ``None`` when ``src_text`` is given.
    :param tgt: path of the target document, or ``None`` when ``tgt_text`` is given.
    :param src_text: the source document's text (dataset input).
    :param tgt_text: the target document's text.
    :param error: why this pair must not be read (a path outside the input's folder, a null text); the
        pair is recorded as failed with this message.
    """

    id: str
    src: str | None = None
    tgt: str | None = None
    src_text: str | None = None
    tgt_text: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The spec as a plain dict (what worker processes receive)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PairSpec:
        """Inverse of :meth:`to_dict`."""
        fields: dict[str, Any] = {k: d.get(k) for k in ("id", "src", "tgt", "src_text", "tgt_text", "error")}
        return cls(**fields)


# ---------------------------------------------------------------------------------------------------
# Inputs


def _is_saved_dataset(path: Path) -> bool:
    return path.is_dir() and ((path / "state.json").exists() or (path / "dataset_dict.json").exists())


def discover_pairs(
    path: str | Path,
    src_lang: str = "id",
    tgt_lang: str = "en",
    *,
    root: str | Path | None = None,
    allow_outside: bool = False,
) -> list[PairSpec]:
    """The document pairs under ``path`` (folder, ``.jsonl`` manifest or saved dataset), sorted by id.

    A ``NAME.<src>.txt`` without its ``NAME.<tgt>.txt`` (or the reverse) is still returned, with the
    missing path, so the run records it as a failed document instead of dropping it silently. A document
    path that resolves outside ``root`` is returned with :attr:`PairSpec.error` set: that document fails,
    the others run.

    :param root: the folder every document path must resolve inside; default the folder ``path`` is (a
        folder input) or lies in (a manifest). Manifest paths are still relative to the manifest.
    :param allow_outside: accept absolute paths, ``..`` escapes and symlinks leaving ``root``.
    :raises InputError: ``path`` is missing, not a file or folder, holds no pair, has a bad manifest line,
        or repeats an id.
    :raises ConfigError: ``root`` is not a folder.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{show_path(path)}: no such file or folder")
    if not path.is_dir():
        problem = regular_file_error(path)
        if problem is not None:
            raise InputError(f"{problem}; a corpus input is a folder, a .jsonl manifest or a saved dataset folder")
    if root is not None:
        root = Path(root)
        if not root.is_dir():
            raise ConfigError(f"--root {show_path(root)}: not a folder")
    if path.is_file():
        if path.suffix.lower() != ".jsonl":
            raise InputError(f"{show_path(path)}: a corpus input is a folder, a .jsonl manifest or a saved dataset folder")
        specs = _read_manifest(path, root or path.parent, allow_outside)
    elif _is_saved_dataset(path):
        specs = _read_dataset(path)
    else:
        specs = _scan_folder(path, src_lang, tgt_lang, root or path, allow_outside)
    if not specs:
        raise InputError(
            f"{show_path(path)}: no document pairs found (expected NAME.{src_lang}.txt + NAME.{tgt_lang}.txt, "
            f"or NAME/{src_lang}.txt + NAME/{tgt_lang}.txt)"
        )
    seen: set[str] = set()
    for s in specs:
        if s.id in seen:
            raise InputError(f"{show_path(path)}: document id {s.id!r} appears twice")
        seen.add(s.id)
    return sorted(specs, key=lambda s: s.id)


def input_paths(path: str | Path, specs: Iterable[PairSpec]) -> tuple[list[Path], list[Path]]:
    """What a run over ``path`` reads: ``(files, folders)``; no output may be one of them.

    ``files`` are the manifest (for a manifest input) and every document; ``folders`` is the saved dataset
    folder (for a dataset input), read whole.
    """
    path = Path(path)
    files: list[Path] = [path] if path.is_file() else []
    folders: list[Path] = [path] if _is_saved_dataset(path) else []
    for spec in specs:
        files.extend(Path(p) for p in (spec.src, spec.tgt) if p is not None and "\x00" not in p)
    return files, folders


def _confined(side: str, raw: str, base: Path, root: Path, allow_outside: bool) -> tuple[str, str | None]:
    """``(path, why it may not be read or None)`` for one side of a pair."""
    if "\x00" in raw:
        return raw, f"{side} path holds a NUL character"
    if not raw.strip():
        return raw, f"{side} path is empty"
    joined = base / raw
    if os.path.isabs(raw) and not allow_outside:
        return str(joined), (f"{side} {show_path(raw)} is an absolute path; manifest paths are "
                             f"relative to the manifest, inside {show_path(root)} (pass --allow-outside to allow it)")
    why = confine(joined, root, allow_outside)
    return str(joined), None if why is None else f"{side} {why}"


def _scan_folder(folder: Path, src_lang: str, tgt_lang: str, root: Path, allow_outside: bool) -> list[PairSpec]:
    sides: dict[str, dict[str, Path]] = {}
    for p in sorted(folder.iterdir()):
        if p.is_dir():
            for lang in (src_lang, tgt_lang):
                for suffix in _DOC_SUFFIXES:
                    if (p / f"{lang}{suffix}").exists():
                        sides.setdefault(p.name, {}).setdefault(lang, p / f"{lang}{suffix}")
        elif p.suffix.lower() in _DOC_SUFFIXES:
            stem = p.name[: -len(p.suffix)]
            for lang in (src_lang, tgt_lang):
                if stem.endswith(f".{lang}") and len(stem) > len(lang) + 1:
                    sides.setdefault(stem[: -len(lang) - 1], {}).setdefault(lang, p)
    specs = []
    for name, found in sides.items():
        src = found.get(src_lang) or folder / f"{name}.{src_lang}.txt"
        tgt = found.get(tgt_lang) or folder / f"{name}.{tgt_lang}.txt"
        errors = [why for side, p in (("src", src), ("tgt", tgt))
                  if (why := confine(p, root, allow_outside)) is not None]
        specs.append(PairSpec(name, str(src), str(tgt), error=errors[0] if errors else None))
    return specs


#: Largest manifest read, in bytes (a line is about 100 bytes: a million documents).
MANIFEST_MAX_BYTES = 256_000_000


def _read_manifest(path: Path, root: Path, allow_outside: bool) -> list[PairSpec]:
    from ..align.reader import read_input_bytes

    specs = []
    # a regular file of bounded size, read once: never a FIFO, a device or a folder
    data = read_input_bytes(path, max_bytes=MANIFEST_MAX_BYTES, what="manifest", hint=None)
    try:
        for n, line in enumerate(data.decode("utf-8").split("\n"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{show_path(path)}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("id", "src", "tgt")):
                raise InputError(f'{show_path(path)}:{n}: a manifest line is {{"id": ..., "src": PATH, "tgt": PATH}} (strings)')
            src, src_why = _confined("src", row["src"], path.parent, root, allow_outside)
            tgt, tgt_why = _confined("tgt", row["tgt"], path.parent, root, allow_outside)
            specs.append(PairSpec(row["id"], src, tgt, error=src_why or tgt_why))
    except UnicodeDecodeError:
        raise InputError(f"{show_path(path)}: not UTF-8 text") from None
    return specs


def _dataset_text(side: str, value: Any) -> tuple[str | None, str | None]:
    """``(text, why it cannot be checked or None)`` for one cell of a dataset row."""
    if isinstance(value, str):
        return value, None
    if value is None:
        return None, f"{side} is null (no text)"
    kind = "bytes (a binary column)" if isinstance(value, (bytes, bytearray)) else type(value).__name__
    return None, f"{side} is {kind}, not text"


def _read_dataset(path: Path) -> list[PairSpec]:
    try:
        import datasets
    except ImportError:
        raise ConfigError("a dataset input needs the datasets package: pip install 'wiredrift[corpus]'") from None
    try:
        return _dataset_specs(datasets, path)
    except WiredriftError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyarrow and datasets raise many kinds for a damaged folder
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise InputError(f"{show_path(path)}: not a readable saved dataset ({type(exc).__name__}: {reason}); "
                         "save it again with Dataset.save_to_disk") from None


def _dataset_specs(datasets: Any, path: Path) -> list[PairSpec]:
    ds = datasets.load_from_disk(str(path))
    if isinstance(ds, datasets.DatasetDict):
        if len(ds) != 1:
            raise InputError(f"{show_path(path)}: a dataset with several splits ({', '.join(ds)}); save one split")
        ds = next(iter(ds.values()))
    missing = {"id", "src", "tgt"} - set(ds.column_names)
    if missing:
        raise InputError(f"{show_path(path)}: dataset lacks column(s) {', '.join(sorted(missing))} (needs id, src, tgt texts)")
    specs = []
    for row in ds.select_columns(["id", "src", "tgt"]):
        doc_id = str(row["id"])
        src, src_why = _dataset_text("src", row["src"])
        tgt, tgt_why = _dataset_text("tgt", row["tgt"])
        # the texts stay strings even for a bad row, so the spec is still a text pair (never a path pair)
        specs.append(PairSpec(doc_id, src_text=src or "", tgt_text=tgt or "", error=src_why or tgt_why))
    return specs


# ---------------------------------------------------------------------------------------------------
# The per-document work


def process_pair(spec: PairSpec | dict[str, Any], config: CheckConfig) -> dict[str, Any]:
    """Check one document pair; never raises for a bad document.

    Pure: the result depends only on the arguments (and the files they name). This is the function every
    runner distributes.

    :param spec: a :class:`PairSpec` or its :meth:`PairSpec.to_dict` form.
    :return: ``{"id", "status": "ok", "src", "tgt", "seconds", "sentences", "report"}`` where ``report``
        is the ``wiredrift.check/3`` document; or ``{"id", "status": "error", "src", "tgt", "seconds",
        "error"}`` with a one-line message when the document could not be checked.
    """
    from ..align.langid import check_pair_languages
    from ..align.reader import parse_document
    from .pipeline import check_documents, run_check
    from .report import to_json

    if isinstance(spec, dict):
        spec = PairSpec.from_dict(spec)
    t0 = time.perf_counter()
    record: dict[str, Any] = {"id": spec.id, "src": spec.src, "tgt": spec.tgt}
    try:
        if spec.error is not None:
            raise InputError(spec.error)
        if spec.src_text is not None and spec.tgt_text is not None:
            # a dataset row gets the checks a file gets: not empty, not binary, has sentences, right languages
            src = parse_document(_checked_text(spec.src_text, "src"), config.src_lang, None, fmt=config.input_format)
            tgt = parse_document(_checked_text(spec.tgt_text, "tgt"), config.tgt_lang, None, fmt=config.input_format)
            for side, doc in (("src", src), ("tgt", tgt)):
                if not doc.sentences:
                    raise InputError(f"{side}: no sentences found (only markup, images or separators)")
            check_pair_languages(src, tgt)
            result = check_documents(src, tgt, config)
        elif spec.src is not None and spec.tgt is not None:
            for p in (spec.src, spec.tgt):  # before any open(): a FIFO would block it, a device never ends
                problem = regular_file_error(p)
                if problem is not None:
                    raise InputError(problem)
            # the same call as `wiredrift check`, so a corpus document is checked exactly like a single one
            result = run_check(spec.src, spec.tgt, config)
        else:
            raise InputError(f"{spec.id}: a pair needs two paths or two texts")
        record.update(status="ok", sentences=len(result.src) + len(result.tgt), report=to_json(result))
    except WiredriftError as exc:
        record.update(status="error", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken document must not stop a batch of thousands
        logger.debug("%s failed", spec.id, exc_info=True)
        record.update(status="error", error=f"{type(exc).__name__}: {exc}".splitlines()[0])
    record["seconds"] = round(time.perf_counter() - t0, 3)
    return record


def _checked_text(text: str, label: str) -> str:
    """``text`` when a file holding it would pass :func:`wiredrift.align.reader.read_text`; else raise.

    :raises InputError: empty, whitespace only, NUL characters, or mostly control characters.
    """
    if not text.strip():
        raise InputError(f"{label}: empty text")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"{label}: binary text (NUL character at offset {nul}), not a report")
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\r\t\x0c") + text.count("\ufffd")
    if controls > max(8, 0.05 * len(text)):
        raise InputError(f"{label}: looks binary ({controls} control or replacement characters), not a report")
    return text[1:] if text.startswith("\ufeff") else text


# ---------------------------------------------------------------------------------------------------
# Journal


class JournalInUse(InputError):
    """Another run holds the journal (its lock file names the pid)."""


try:  # POSIX; elsewhere the journal is not locked (a warning says so)
    import fcntl as _fcntl
except ImportError:  # pragma: no cover - Windows
    _fcntl = None  # type: ignore[assignment]


class JournalLock:
    """An exclusive lock on a journal, held by one run from its first record to its last output.

    The lock is an ``flock`` on ``JOURNAL.lock``, a file beside the journal holding the holder's pid. The
    kernel drops the lock when its process dies, however it dies, so a killed run never blocks the next
    one; its stale lock file is simply taken over. On release the file is removed *before* it is unlocked,
    and a run that was waiting checks that the file it locked is still the one on disk, else it starts
    over: two runs can never both believe they hold the lock.

    Use as a context manager, or :meth:`acquire` / :meth:`release`.
    """

    def __init__(self, journal: str | Path, wait: bool = False) -> None:
        """:param wait: block until the other run is done instead of raising :class:`JournalInUse`."""
        self.journal = Path(journal)
        # beside the resolved journal: two runs naming one journal through different symlinks share one lock
        self.path = Path(f"{self.journal.resolve(strict=False)}.lock")
        self.wait = wait
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def _holder(self) -> str:
        try:
            with open(self.path, "rb") as fh:
                pid = fh.read(32).split(b"\n", 1)[0].decode("ascii", "replace").strip()
        except OSError:
            pid = ""
        return pid if pid.isdigit() else "unknown"

    def acquire(self) -> JournalLock:
        """Take the lock (waiting when ``wait``); returns ``self``.

        :raises JournalInUse: another process holds it and ``wait`` is false.
        :raises InputError: the lock path exists and is not a regular file.
        """
        if self._fd is not None:
            raise RuntimeError(f"{self.path}: JournalLock.acquire twice")
        if _fcntl is None:  # pragma: no cover - Windows
            logger.warning("%s: file locks are not available here; do not run two corpus runs on one journal",
                           show_path(self.journal))
            self._fd = -1
            return self
        problem = regular_file_error(self.path)
        if problem is not None:
            raise InputError(problem)
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
            try:
                try:
                    _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
                except BlockingIOError:
                    pid = self._holder()
                    if not self.wait:
                        raise JournalInUse(
                            f"{show_path(self.journal)}: in use by another wiredrift corpus run (pid {pid}); "
                            f"wait for it or pass --wait"
                        ) from None
                    logger.warning("%s: in use by another wiredrift corpus run (pid %s); waiting for it",
                                   show_path(self.journal), pid)
                    _fcntl.flock(fd, _fcntl.LOCK_EX)
                try:
                    current = os.path.samestat(os.fstat(fd), os.stat(self.path))
                except FileNotFoundError:
                    current = False
            except BaseException:
                os.close(fd)
                raise
            if current:
                break
            os.close(fd)  # the holder removed that file as it finished: lock the new one
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return self

    def release(self) -> None:
        """Remove the lock file and unlock (a no-op when not held)."""
        fd, self._fd = self._fd, None
        if fd is None or fd < 0:
            return
        try:
            os.unlink(self.path)  # first: a waiter that gets the lock next sees the file gone and retries
        except FileNotFoundError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> JournalLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a lock object dropped while held (like a file object, it closes)
        if hasattr(self, "_fd"):
            self.release()


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _crc(canonical: bytes) -> str:
    return f"{zlib.crc32(canonical):08x}"


def _looks_like_header_start(data: bytes) -> bool:
    prefix = b'{"journal"'
    return data.startswith(prefix) or prefix.startswith(data)


class Journal:
    """Append-only JSON-lines record of finished documents, owned by one run, safe against a kill at any moment.

    Line 1 is ``{"journal": JOURNAL_SCHEMA, "settings": {...}}``; every later line is one
    :func:`process_pair` record plus ``"crc"``, the CRC-32 (8 hex digits) of the record's canonical JSON
    (keys sorted, ASCII, no spaces, without ``crc``). Each line is written whole, fsynced before the next
    document counts as done. The last record of an id wins, so a document that failed and succeeds on a
    rerun counts once.

    On reopening: damaged lines at the end (a line cut short by a kill, a bad checksum) are truncated away
    with a warning; a damaged line followed by good ones is skipped with a warning and its document is done
    again; an empty journal, or one whose header was cut short, is a fresh start. A version 1 journal
    (no checksums) is read as it is.

    :meth:`open` takes the journal's :class:`JournalLock` unless it is given one already held; only a
    summary of each record (id, status, error, sentences and the record's byte offset) stays in memory,
    and :meth:`read` fetches a full record, report included, from the file when it is needed.
    """

    def __init__(self, path: str | Path, settings: dict[str, Any]) -> None:
        self.path = Path(path)
        self.settings = settings
        self.records: dict[str, dict[str, Any]] = {}
        self._fd: int | None = None
        self._lock: JournalLock | None = None
        self._own_lock = False

    def open(self, restart: bool = False, *, lock: JournalLock | None = None, wait: bool = False) -> dict[str, dict[str, Any]]:
        """Lock, open for appending and return the summaries already there (``id -> last record's summary``).

        :param restart: empty the journal and start over (only a wiredrift journal is emptied).
        :param lock: a :class:`JournalLock` of this journal already held by the caller (kept on
            :meth:`close`); ``None`` takes one for the time the journal is open.
        :param wait: when taking the lock, wait for another run instead of failing.
        :raises JournalInUse: another run holds the journal.
        :raises ConfigError: the journal was written with other settings (use another journal or ``restart``).
        :raises InputError: the file is not a wiredrift corpus journal, or not a regular file.
        """
        if self._fd is not None:
            raise RuntimeError(f"{self.path}: Journal.open twice")
        problem = regular_file_error(self.path)
        if problem is not None:
            raise InputError(problem)
        if lock is None:
            lock, self._own_lock = JournalLock(self.path, wait=wait).acquire(), True
        elif not lock.held or lock.journal.resolve() != self.path.resolve():
            raise ValueError(f"{self.path}: the lock given is not a held lock of this journal")
        self._lock = lock
        self.records = {}
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0), 0o666)
            size = os.fstat(self._fd).st_size
            if restart and size:
                self._refuse_if_foreign()
                os.ftruncate(self._fd, 0)
                size = 0
            if size == 0 or not self._load():
                self._write_header()
        except BaseException:
            self.close()
            raise
        return dict(self.records)

    def _write_header(self) -> None:
        assert self._fd is not None
        os.ftruncate(self._fd, 0)
        header = {"journal": JOURNAL_SCHEMA, "settings": self.settings}
        self._write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")

    def _refuse_if_foreign(self) -> None:
        with open(self.path, "rb") as fh:
            head = fh.read(16)
        if not _looks_like_header_start(head[:10]):
            raise InputError(f"{show_path(self.path)}: not a wiredrift corpus journal; refusing to empty it "
                             f"(choose another --journal)")

    def _load(self) -> bool:
        """Read the records; ``False`` when the file holds only a header cut short (a fresh start)."""
        assert self._fd is not None
        name = show_path(self.path)
        with os.fdopen(os.dup(self._fd), "rb") as fh:
            fh.seek(0)
            first = fh.readline(_MAX_MANIFEST_LINE)
            if not first.endswith(b"\n"):
                if fh.read(1) == b"" and _looks_like_header_start(first):
                    logger.warning("%s: header cut short by an interrupted run; starting a fresh journal", name)
                    return False
                raise InputError(f"{name}: not a wiredrift corpus journal")
            try:
                header = json.loads(first)
            except ValueError:
                header = None
            schema = header.get("journal") if isinstance(header, dict) else None
            if schema not in _READABLE_SCHEMAS:
                if isinstance(schema, str) and schema.startswith("wiredrift.corpus-journal/"):
                    raise InputError(f"{name}: a {schema} journal, from a newer wiredrift; pass --restart to "
                                     f"start over or --journal with a new path")
                raise InputError(f"{name}: not a wiredrift corpus journal")
            assert isinstance(header, dict)
            if header.get("settings") != json.loads(json.dumps(self.settings, sort_keys=True)):
                raise ConfigError(
                    f"{name}: journal was written with other settings; pass --restart to start over "
                    f"or --journal with a new path"
                )
            checksums = schema != "wiredrift.corpus-journal/1"
            offset = good_end = len(first)
            n, pending, skipped = 1, [], []
            for line in fh:
                n += 1
                record = _parse_line(line, checksums) if line.endswith(b"\n") else None
                if record is None:
                    pending.append(n)
                else:
                    skipped += pending
                    pending = []
                    self.records[record["id"]] = _summary(record, offset)
                    good_end = offset + len(line)
                offset += len(line)
        for k in skipped:
            logger.warning("%s:%d: damaged journal line (bad checksum or not JSON) skipped; "
                           "its document will be checked again", name, k)
        if pending:
            logger.warning("%s: %d damaged line(s) at the end (from line %d: a run cut short, or a bad "
                           "checksum) truncated; those documents will be checked again", name, len(pending), pending[0])
            os.ftruncate(self._fd, good_end)
        return True

    def _write(self, data: bytes) -> int:
        """Append ``data`` and fsync; returns the offset it was written at (taken from the write itself)."""
        assert self._fd is not None
        fd = self._fd
        before = os.fstat(fd).st_size
        try:
            view = memoryview(data)
            start: int | None = None
            while view:
                n = os.write(fd, view)
                if start is None:  # O_APPEND: the write lands at the end, and the offset follows it
                    start = os.lseek(fd, 0, os.SEEK_CUR) - n
                view = view[n:]
            os.fsync(fd)
        except BaseException:
            try:  # a full disk: leave no half line behind for the next run to trip on
                os.ftruncate(fd, before)
            except OSError:
                pass
            raise
        assert start is not None
        return start

    def append(self, record: dict[str, Any]) -> None:
        """Write ``record`` (plus its checksum) as one line and force it to disk."""
        if self._fd is None:
            raise RuntimeError("Journal.append before Journal.open")
        # through JSON and back first: the checksum is over what a reader will parse (an int dict key
        # becomes a string and sorts differently, a tuple becomes a list)
        body = json.loads(_canonical({k: v for k, v in record.items() if k != "crc"}))
        canonical = _canonical(body)
        line = canonical[:-1] + (b"," if body else b"") + f'"crc":"{_crc(canonical)}"}}'.encode("ascii") + b"\n"
        offset = self._write(line)
        self.records[record["id"]] = _summary(record, offset)

    def read(self, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """The full last record of each id, in the order given, read back from the file (without ``crc``).

        :raises InputError: a line changed on disk since it was written (its checksum no longer matches).
        """
        with open(self.path, "rb") as fh:
            for doc_id in ids:
                fh.seek(self.records[doc_id]["offset"])
                record = _parse_line(fh.readline(), checksums=False)
                if record is None or record["id"] != doc_id:
                    raise InputError(f"{show_path(self.path)}: the record of {doc_id!r} changed on disk during the run")
                yield record

    def close(self) -> None:
        """Close the file and release the lock it took; :meth:`open` must be called again before :meth:`append`."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._lock is not None and self._own_lock:
            self._lock.release()
        self._lock, self._own_lock = None, False

    def __del__(self) -> None:  # a journal dropped while open releases its file and lock
        if hasattr(self, "_own_lock"):
            self.close()


def _summary(record: dict[str, Any], offset: int) -> dict[str, Any]:
    keep = ("id", "status", "error", "sentences", "seconds", "src", "tgt")
    return {**{k: record[k] for k in keep if k in record}, "offset": offset}


def _parse_line(line: bytes, checksums: bool) -> dict[str, Any] | None:
    """The record on ``line`` without its ``crc``; ``None`` when damaged (not JSON, no id, bad or missing crc).

    :param checksums: a missing ``crc`` is damage (version 2); a present one is always verified.
    """
    # Fast path: a line as :meth:`Journal.append` writes it is the canonical JSON with ``,"crc":"…"}`` in
    # place of its closing brace, so the checksum is verified on the bytes, without serialising again.
    tail = line.rstrip(b"\n")
    fast = tail[-18:-10] == b',"crc":"' and tail[-2:] == b'"}'
    if fast and _crc(tail[:-18] + b"}").encode("ascii") != tail[-10:-2]:
        return None
    try:
        record = json.loads(line)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both
        return None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    crc = record.pop("crc", None)
    if fast:
        return record
    if crc is None:
        return None if checksums else record
    # a line written some other way (re-serialised by a tool): check against the canonical form
    return record if crc == _crc(_canonical(record)) else None


# ---------------------------------------------------------------------------------------------------
# Progress


class Progress(CountProgress):
    """The corpus progress line: done/total pairs, pairs per second, sentences per second, failures, ETA.

    On a terminal it redraws one line; elsewhere (a log file, CI) it prints a line at most every
    ``every`` seconds and once at the end (see :class:`wiredrift.eval.terminal.CountProgress`).
    """

    def __init__(self, total: int, done: int = 0, stream: IO[str] | None = None, every: float = 5.0) -> None:
        super().__init__(total, done, stream, every, unit="pairs")
        self.errors = 0
        self._sentences = 0

    def update(self, record: dict[str, Any]) -> None:
        """Count one finished document (its sentences, and whether it failed)."""
        self._sentences += int(record.get("sentences", 0))
        self.errors += record.get("status") != "ok"
        self.advance(1)

    def _details(self, elapsed: float) -> str:
        return f"  {self._sentences / elapsed:.1f} sent/s  {self.errors} failed"


# ---------------------------------------------------------------------------------------------------
# Running


@dataclass(slots=True)
class CorpusRun:
    """What a corpus run did.

    :param journal: the journal holding every record.
    :param records: a summary of the final record of every document, in spec order (``id -> summary``
        with ``status``, ``error``, ``sentences``); :meth:`iter_records` gives the full records.
    :param processed: documents processed by this run (not taken from the journal).
    :param resumed: documents taken from the journal as already done.
    :param seconds: wall-clock time of the processing (not of the export).
    :param sentences: sentences (both sides) of the documents processed by this run.
    """

    journal: Journal
    records: dict[str, dict[str, Any]]
    processed: int = 0
    resumed: int = 0
    seconds: float = 0.0
    sentences: int = 0

    @property
    def failed(self) -> list[dict[str, Any]]:
        """Summaries of the documents that could not be checked."""
        return [r for r in self.records.values() if r.get("status") != "ok"]

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """Full records (with the ``wiredrift.check/3`` report), in spec order, one at a time."""
        return self.journal.read(self.records)


def journal_settings(config: CheckConfig) -> dict[str, Any]:
    """What a journal must agree on with the run that resumes it.

    The input cap only refuses files, it changes no result, so a rerun may raise it; ``input_format`` and
    ``glossary`` are left out at their defaults so journals written before they existed still resume.
    """
    check = config.to_dict()
    check.pop("max_input_mb", None)
    if check.get("input_format") == "auto":
        check.pop("input_format")
    if check.get("glossary") is None:  # likewise: journals from before --glossary still resume without one
        check.pop("glossary", None)
    return {"check": check}


def _local_map(specs: Sequence[PairSpec], config: CheckConfig, workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        for spec in specs:
            yield process_pair(spec, config)
        return
    import multiprocessing

    # spawn, not fork: torch and tokenizer thread pools do not survive a fork, and spawn behaves the same
    # on Linux, macOS and Windows.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes=workers) as pool:
        yield from pool.imap_unordered(partial(process_pair, config=config), specs, chunksize=1)
        pool.close()
        pool.join()


#: ``(specs, config, workers) -> iterator of records in any order``; :func:`run_corpus` journals them.
Mapper = Callable[[Sequence[PairSpec], CheckConfig, int], Iterable[dict[str, Any]]]


def max_workers() -> int:
    """Most local worker processes a run may ask for: four per CPU core."""
    return 4 * (os.cpu_count() or 1)


def run_corpus(
    specs: Sequence[PairSpec],
    config: CheckConfig,
    journal_path: str | Path,
    *,
    workers: int = 1,
    restart: bool = False,
    progress: Progress | bool = False,
    mapper: Mapper | None = None,
    lock: JournalLock | None = None,
    wait: bool = False,
) -> CorpusRun:
    """Process every pair not yet ``ok`` in the journal, journaling each record as it arrives.

    :param workers: processes (``spawn``); 1 runs in this process.
    :param restart: forget the journal and process everything again.
    :param progress: a :class:`Progress`, ``True`` for one on stderr, ``False`` for none.
    :param mapper: where :func:`process_pair` runs (default: local processes; see
        :func:`wiredrift.eval.runners.ray_runner.ray_mapper`).
    :param lock: the journal's :class:`JournalLock`, already held by the caller (who keeps it, e.g. until
        the outputs are written); ``None`` locks the journal for the time of this call.
    :param wait: without ``lock``, wait for another run holding the journal instead of failing.
    :raises ConfigError: ``workers`` < 1 (or above :func:`max_workers` for local processes), or the journal
        belongs to other settings.
    :raises JournalInUse: another run holds the journal.
    :raises InputError: the journal (or its lock file) is one of the documents.
    """
    if workers < 1:
        raise ConfigError(f"--workers {workers}: must be at least 1")
    if mapper is None and workers > max_workers():
        raise ConfigError(f"--workers {workers}: more than 4 per CPU core ({max_workers()} here)")
    journal = Journal(journal_path, journal_settings(config))
    files = [Path(p) for s in specs for p in (s.src, s.tgt) if p is not None and "\x00" not in p]
    check_outputs_apart(files, [("--journal", journal.path), ("--journal", JournalLock(journal.path).path)])
    done = journal.open(restart=restart, lock=lock, wait=wait)
    bar: Progress | None = None
    try:
        wanted = {s.id for s in specs}
        todo = [s for s in specs if done.get(s.id, {}).get("status") != "ok"]
        resumed = len(specs) - len(todo)
        stale = sorted(set(done) - wanted)
        if stale:
            logger.warning("%s: %d journaled ids are not in this input and are ignored (%s ...)",
                           show_path(journal.path), len(stale), show_path(stale[0]))
        logger.info("%d pairs: %d done already, %d to process", len(specs), resumed, len(todo))
        if progress is True:
            bar = Progress(len(specs), done=resumed)
        else:
            bar = progress or None
        run = CorpusRun(journal=journal, records={}, resumed=resumed)
        t0 = time.perf_counter()
        if todo:
            for record in (mapper or _local_map)(todo, config, workers):
                journal.append(record)
                run.processed += 1
                run.sentences += int(record.get("sentences", 0))
                if bar is not None:
                    bar.update(record)
        run.seconds = time.perf_counter() - t0
        missing = [s.id for s in specs if s.id not in journal.records]
        if missing:  # a mapper that lost work would be a bug; never hand out a corpus with holes
            raise RuntimeError(f"runner returned no record for {len(missing)} pair(s): {missing[:3]}")
        run.records = {s.id: journal.records[s.id] for s in specs}
        return run
    finally:
        if bar is not None:
            bar.close()  # an interrupted run leaves no half-drawn line before the error
        journal.close()


# ---------------------------------------------------------------------------------------------------
# Assembling the corpus


@dataclass(frozen=True, slots=True)
class CorpusFilter:
    """Which aligned pairs go into the corpus.

    :param min_similarity: drop pairs whose aligner similarity is below this.
    :param max_length_ratio: drop pairs whose longer side has more than this many times the characters of
        the shorter side.
    :param drop_critical: drop pairs touched by a critical finding.
    :param dedup: keep only the first of pairs with the same source and target text.

    The similarity and length filters judge pairs with two sides only; null beads (one side empty) are
    kept or dropped by the output format (see :func:`wiredrift.eval.export.export_pairs`).
    """

    min_similarity: float | None = None
    max_length_ratio: float | None = None
    drop_critical: bool = False
    dedup: bool = False

    def __post_init__(self) -> None:
        """:raises ConfigError: a NaN or infinite threshold, or a length ratio below 1.

        (The command line also keeps ``--min-similarity`` within 0-1; a library caller may pass more to
        drop every two-sided pair.)
        """
        if self.min_similarity is not None:
            _check_range("--min-similarity", self.min_similarity, -math.inf, math.inf)
        if self.max_length_ratio is not None:
            _check_range("--max-length-ratio", self.max_length_ratio, 1.0, math.inf)

    def reason(self, pair: AlignedPair) -> str | None:
        """Why ``pair`` is dropped (``similarity``, ``length_ratio``, ``critical``), or ``None``."""
        if self.drop_critical and pair.findings.get("critical", 0):
            return "critical"
        if pair.is_null:
            return None
        if self.min_similarity is not None and pair.similarity < self.min_similarity:
            return "similarity"
        if self.max_length_ratio is not None:
            a, b = len(pair.src_text), len(pair.tgt_text)
            if max(a, b) > self.max_length_ratio * max(min(a, b), 1):
                return "length_ratio"
        return None


def _check_range(flag: str, value: float, low: float, high: float) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise ConfigError(f"{flag} {value!r}: must be a finite number")
    if not low <= value <= high:
        span = f"at least {low:g}" if math.isinf(high) else f"at most {high:g}" if math.isinf(low) else f"between {low:g} and {high:g}"
        raise ConfigError(f"{flag} {value!r}: must be {span}")


@dataclass(slots=True)
class Selection:
    """Pairs kept by :func:`select_pairs` and how many were dropped for each reason."""

    pairs: list[AlignedPair]
    dropped: dict[str, int] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)


def select_pairs(records: Iterable[dict[str, Any]], filters: CorpusFilter | None = None) -> Selection:
    """The aligned pairs of the ``ok`` records, in record order, after ``filters``."""
    filters = filters or CorpusFilter()
    out = Selection(pairs=[], dropped={"similarity": 0, "length_ratio": 0, "critical": 0, "duplicate": 0})
    seen: set[tuple[str, str]] = set()
    for record in records:
        if record.get("status") != "ok":
            continue
        report = record["report"]
        if not out.provenance:
            out.provenance = provenance_from_report(report)
        for pair in pairs_from_report(report, doc_id=record["id"]):
            why = filters.reason(pair)
            if why is None and filters.dedup:
                key = (" ".join(pair.src_text.split()), " ".join(pair.tgt_text.split()))
                if key in seen:
                    why = "duplicate"
                seen.add(key)
            if why is None:
                out.pairs.append(pair)
            else:
                out.dropped[why] += 1
    return out
