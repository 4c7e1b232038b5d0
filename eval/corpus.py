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
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from ..align.errors import ConfigError, InputError, WiredriftError
from .export import AlignedPair, pairs_from_report, provenance_from_report
from .pipeline import CheckConfig
from .terminal import CountProgress

logger = logging.getLogger(__name__)

__all__ = [
    "JOURNAL_SCHEMA",
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
    "Progress",
]

#: First line of every journal; a journal from another version or other settings is refused.
JOURNAL_SCHEMA = "wiredrift.corpus-journal/1"

_DOC_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class PairSpec:
    """One document pair to process: two files, or two texts (from a dataset).

    :param id: unique id of the pair (the output's ``doc_id``).
    :param src: path of the source document, or ``None`` when ``src_text`` is given.
    :param tgt: path of the target document, or ``None`` when ``tgt_text`` is given.
    :param src_text: the source document's text (dataset input).
    :param tgt_text: the target document's text.
    """

    id: str
    src: str | None = None
    tgt: str | None = None
    src_text: str | None = None
    tgt_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The spec as a plain dict (what worker processes receive)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PairSpec:
        """Inverse of :meth:`to_dict`."""
        return cls(**{k: d.get(k) for k in ("id", "src", "tgt", "src_text", "tgt_text")})


# ---------------------------------------------------------------------------------------------------
# Inputs


def _is_saved_dataset(path: Path) -> bool:
    return path.is_dir() and ((path / "state.json").exists() or (path / "dataset_dict.json").exists())


def discover_pairs(path: str | Path, src_lang: str = "id", tgt_lang: str = "en") -> list[PairSpec]:
    """The document pairs under ``path`` (folder, ``.jsonl`` manifest or saved dataset), sorted by id.

    A ``NAME.<src>.txt`` without its ``NAME.<tgt>.txt`` (or the reverse) is still returned, with the
    missing path, so the run records it as a failed document instead of dropping it silently.

    :raises InputError: ``path`` is missing, holds no pair, has a bad manifest line, or repeats an id.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir():  # a manifest; a FIFO or device is refused by its guarded read
        if path.suffix.lower() != ".jsonl":
            raise InputError(f"{path}: a corpus input is a folder, a .jsonl manifest or a saved dataset folder")
        specs = _read_manifest(path)
    elif _is_saved_dataset(path):
        specs = _read_dataset(path)
    else:
        specs = _scan_folder(path, src_lang, tgt_lang)
    if not specs:
        raise InputError(
            f"{path}: no document pairs found (expected NAME.{src_lang}.txt + NAME.{tgt_lang}.txt, "
            f"or NAME/{src_lang}.txt + NAME/{tgt_lang}.txt)"
        )
    seen: set[str] = set()
    for s in specs:
        if s.id in seen:
            raise InputError(f"{path}: document id {s.id!r} appears twice")
        seen.add(s.id)
    return sorted(specs, key=lambda s: s.id)


def _scan_folder(folder: Path, src_lang: str, tgt_lang: str) -> list[PairSpec]:
    sides: dict[str, dict[str, Path]] = {}
    for p in sorted(folder.iterdir()):
        if p.is_dir():
            for lang in (src_lang, tgt_lang):
                for suffix in _DOC_SUFFIXES:
                    if (p / f"{lang}{suffix}").is_file():
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
        specs.append(PairSpec(name, str(src), str(tgt)))
    return specs


#: Largest manifest read, in bytes (a line is about 100 bytes: a million documents).
MANIFEST_MAX_BYTES = 256_000_000


def _read_manifest(path: Path) -> list[PairSpec]:
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
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("id", "src", "tgt")):
                raise InputError(f'{path}:{n}: a manifest line is {{"id": ..., "src": PATH, "tgt": PATH}} (strings)')
            specs.append(PairSpec(row["id"], str(path.parent / row["src"]), str(path.parent / row["tgt"])))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    return specs


def _read_dataset(path: Path) -> list[PairSpec]:
    try:
        import datasets
    except ImportError:
        raise ConfigError("a dataset input needs the datasets package: pip install 'wiredrift[corpus]'") from None
    ds = datasets.load_from_disk(str(path))
    if isinstance(ds, datasets.DatasetDict):
        if len(ds) != 1:
            raise InputError(f"{path}: a dataset with several splits ({', '.join(ds)}); save one split")
        ds = next(iter(ds.values()))
    missing = {"id", "src", "tgt"} - set(ds.column_names)
    if missing:
        raise InputError(f"{path}: dataset lacks column(s) {', '.join(sorted(missing))} (needs id, src, tgt texts)")
    return [
        PairSpec(str(row["id"]), src_text=row["src"] or "", tgt_text=row["tgt"] or "")
        for row in ds.select_columns(["id", "src", "tgt"])
    ]


# ---------------------------------------------------------------------------------------------------
# The per-document work


def process_pair(spec: PairSpec | dict[str, Any], config: CheckConfig) -> dict[str, Any]:
    """Check one document pair; never raises for a bad document.

    Pure: the result depends only on the arguments (and the files they name). This is the function every
    runner distributes.

    :param spec: a :class:`PairSpec` or its :meth:`PairSpec.to_dict` form.
    :return: ``{"id", "status": "ok", "src", "tgt", "seconds", "sentences", "report"}`` where ``report``
        is the ``wiredrift.check/2`` document; or ``{"id", "status": "error", "src", "tgt", "seconds",
        "error"}`` with a one-line message when the document could not be checked.
    """
    from ..align.reader import parse_document
    from .pipeline import check_documents, run_check
    from .report import to_json

    if isinstance(spec, dict):
        spec = PairSpec.from_dict(spec)
    t0 = time.perf_counter()
    record: dict[str, Any] = {"id": spec.id, "src": spec.src, "tgt": spec.tgt}
    try:
        if spec.src_text is not None and spec.tgt_text is not None:
            src = parse_document(spec.src_text, config.src_lang, None, fmt=config.input_format)
            tgt = parse_document(spec.tgt_text, config.tgt_lang, None, fmt=config.input_format)
            result = check_documents(src, tgt, config)
        elif spec.src is not None and spec.tgt is not None:
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


# ---------------------------------------------------------------------------------------------------
# Journal


class Journal:
    """Append-only JSON-lines record of finished documents, safe against a kill at any moment.

    Line 1 is ``{"journal": JOURNAL_SCHEMA, "settings": {...}}``; every later line is one
    :func:`process_pair` record, written whole, flushed and fsynced before the next document is counted
    as done. A line cut short by a kill is dropped (and truncated away) when the journal is reopened. The
    last record of an id wins, so a document that failed and succeeds on a rerun counts once.

    Only a summary of each record (id, status, error, sentences and the record's byte offset) stays in
    memory; :meth:`read` fetches a full record, report included, from the file when it is needed, so a
    run over many thousands of documents does not hold every report at once.
    """

    def __init__(self, path: str | Path, settings: dict[str, Any]) -> None:
        self.path = Path(path)
        self.settings = settings
        self.records: dict[str, dict[str, Any]] = {}
        self._fh: IO[bytes] | None = None

    def open(self, restart: bool = False) -> dict[str, dict[str, Any]]:
        """Open for appending and return the summaries already there (``id -> last record's summary``).

        :raises ConfigError: the journal was written with other settings (use another journal or ``restart``).
        :raises InputError: the file is not a wiredrift corpus journal.
        """
        if restart and self.path.exists():
            self.path.unlink()
        if self.path.exists():
            self._load()
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "wb") as fh:
                header = {"journal": JOURNAL_SCHEMA, "settings": self.settings}
                fh.write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
        self._fh = open(self.path, "ab")
        return dict(self.records)

    def _load(self) -> None:
        with open(self.path, "rb") as fh:
            data = fh.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            logger.warning("%s: dropping a record cut short by an interrupted run", self.path)
            with open(self.path, "r+b") as fh:
                fh.truncate(end)
        first = data.find(b"\n") + 1
        try:
            header = json.loads(data[:first]) if first else {}
        except (json.JSONDecodeError, UnicodeDecodeError):
            header = {}
        if not isinstance(header, dict) or header.get("journal") != JOURNAL_SCHEMA:
            raise InputError(f"{self.path}: not a {JOURNAL_SCHEMA} file")
        if header.get("settings") != json.loads(json.dumps(self.settings, sort_keys=True)):
            raise ConfigError(
                f"{self.path}: journal was written with other settings; pass --restart to start over "
                f"or --journal with a new path"
            )
        offset, n = first, 2
        while offset < end:
            nl = data.index(b"\n", offset)
            try:
                record = json.loads(data[offset:nl])
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise InputError(f"{self.path}:{n}: damaged journal line") from None
            self.records[record["id"]] = _summary(record, offset)
            offset, n = nl + 1, n + 1

    def append(self, record: dict[str, Any]) -> None:
        """Write ``record`` as one line and force it to disk."""
        if self._fh is None:
            raise RuntimeError("Journal.append before Journal.open")
        offset = self._fh.seek(0, os.SEEK_END)
        self._fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.records[record["id"]] = _summary(record, offset)

    def read(self, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """The full last record of each id, in the order given, read back from the file."""
        with open(self.path, "rb") as fh:
            for doc_id in ids:
                fh.seek(self.records[doc_id]["offset"])
                yield json.loads(fh.readline())

    def close(self) -> None:
        """Close the file; :meth:`open` must be called again before :meth:`append`."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _summary(record: dict[str, Any], offset: int) -> dict[str, Any]:
    keep = ("id", "status", "error", "sentences", "seconds", "src", "tgt")
    return {**{k: record[k] for k in keep if k in record}, "offset": offset}


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
        """Full records (with the ``wiredrift.check/2`` report), in spec order, one at a time."""
        return self.journal.read(self.records)


def journal_settings(config: CheckConfig) -> dict[str, Any]:
    """What a journal must agree on with the run that resumes it."""
    return {"check": config.to_dict()}


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


def run_corpus(
    specs: Sequence[PairSpec],
    config: CheckConfig,
    journal_path: str | Path,
    *,
    workers: int = 1,
    restart: bool = False,
    progress: Progress | bool = False,
    mapper: Mapper | None = None,
) -> CorpusRun:
    """Process every pair not yet ``ok`` in the journal, journaling each record as it arrives.

    :param workers: processes (``spawn``); 1 runs in this process.
    :param restart: forget the journal and process everything again.
    :param progress: a :class:`Progress`, ``True`` for one on stderr, ``False`` for none.
    :param mapper: where :func:`process_pair` runs (default: local processes; see
        :func:`wiredrift.eval.runners.ray_runner.ray_mapper`).
    :raises ConfigError: ``workers`` < 1, or the journal belongs to other settings.
    """
    if workers < 1:
        raise ConfigError(f"--workers {workers}: must be at least 1")
    journal = Journal(journal_path, journal_settings(config))
    done = journal.open(restart=restart)
    bar: Progress | None = None
    try:
        wanted = {s.id for s in specs}
        todo = [s for s in specs if done.get(s.id, {}).get("status") != "ok"]
        resumed = len(specs) - len(todo)
        stale = sorted(set(done) - wanted)
        if stale:
            logger.warning("%s: %d journaled ids are not in this input and are ignored (%s ...)",
                           journal.path, len(stale), stale[0])
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
