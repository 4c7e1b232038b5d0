"""Accepted findings: a baseline file of findings an editor has accepted, and matching a run against it.

A finding is identified by a *fingerprint* that survives re-runs and unrelated edits elsewhere in the
article: its kind, its normalised ``expected``/``found`` values and spans, and a few normalised words
around each span inside the sentence that holds it. Sentence numbers, offsets, severities and messages
are left out on purpose: an edit two paragraphs up shifts every number below it but changes none of
these.

The baseline file is JSON following ``wiredrift.baseline/1`` (``schema/baseline-1.json``)::

    {"schema": "wiredrift.baseline/1",
     "entries": [{"fingerprint": "fp1:…", "kind": "entity", "src_span": "Soviet", "tgt_span": "Soviet Union",
                  "expected": "Soviet", "found": "Soviet Union", "message": "…",
                  "reason": "house style", "author": "desk", "created": "2026-11-30T09:00:00Z"}]}

:func:`apply_baseline` splits a result's findings into *active* ones (they count towards the gates),
*accepted* ones (matched by an entry) and reports *stale* entries (matching nothing).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..align.errors import ConfigError, show_path
from .findings import Finding

if TYPE_CHECKING:  # pragma: no cover
    from ..align.types import Document
    from .pipeline import CheckResult

logger = logging.getLogger(__name__)

__all__ = [
    "BASELINE_SCHEMA",
    "FINGERPRINT_VERSION",
    "CONTEXT_WORDS",
    "BaselineEntry",
    "Baseline",
    "BaselineMatch",
    "fingerprint",
    "fingerprints",
    "entry_for",
    "load_baseline",
    "dumps_baseline",
    "write_baseline",
    "merge_entries",
    "apply_baseline",
    "stale_entries",
    "load_baseline_schema",
]

#: The version of the baseline file format.
BASELINE_SCHEMA = "wiredrift.baseline/1"

#: Prefix of every fingerprint; a change to what goes into one bumps it (old baselines then go stale,
#: visibly, instead of matching the wrong findings).
FINGERPRINT_VERSION = "fp1"

#: Words of context kept on each side of a span (inside its sentence).
CONTEXT_WORDS = 3

#: Largest baseline file read, in bytes (a baseline is small; this guards against a wrong path).
MAX_BASELINE_BYTES = 20_000_000

_WORD = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    """NFKC, case-folded, words only, single spaces: ``"Soviet  Union'"`` -> ``"soviet union"``."""
    if not text:
        return ""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", str(text)).casefold()))


def _sentence_bounds(doc: Document | None, ids: Sequence[int], text: str) -> list[tuple[int, int]]:
    """Character ranges of each sentence inside ``text`` (the sentences joined with a space), or the
    whole text as one range when the document is not at hand or the join does not match."""
    if doc is not None:
        valid = [i for i in ids if 0 <= i < len(doc.sentences)]
        texts = [doc.sentences[i].text for i in valid]
        if texts and " ".join(texts) == text:
            out, pos = [], 0
            for t in texts:
                out.append((pos, pos + len(t)))
                pos += len(t) + 1
            return out
    return [(0, len(text))]


def _context(text: str, start: int | None, end: int | None, bounds: list[tuple[int, int]]) -> str:
    """A few normalised words either side of ``text[start:end]``, kept inside the sentence that holds it.

    Without a span the context is the first words of the first sentence (an omitted or added sentence
    is identified by its own opening words).
    """
    if not text:
        return ""
    if start is None or end is None:
        a, b = bounds[0]
        return " ".join(_norm(text[a:b]).split()[: 2 * CONTEXT_WORDS + 2])
    a, b = next(((a, b) for a, b in bounds if a <= start < b or (start == b and a < b)), (0, len(text)))
    before = _norm(text[a:start]).split()[-CONTEXT_WORDS:]
    after = _norm(text[end:b]).split()[:CONTEXT_WORDS]
    return " ".join(before) + " | " + " ".join(after)


def fingerprint(finding: Finding, result: CheckResult | None = None) -> str:
    """The fingerprint of ``finding``: ``fp1:`` and 24 hex digits of a SHA-256.

    :param finding: the finding.
    :param result: the check the finding comes from; its documents keep the context inside the span's
        own sentence (so re-aligning neighbours into the same bead does not change it). Without it the
        context is taken from the finding's joined text.
    :return: a string that is equal for the same finding in a re-run, whatever sentence numbers it has.
    """
    src_doc = result.src if result is not None else None
    tgt_doc = result.tgt if result is not None else None
    parts = {
        "kind": finding.kind,
        "expected": _norm(finding.expected),
        "found": _norm(finding.found),
        "src_span": _norm(finding.src_span),
        "tgt_span": _norm(finding.tgt_span),
        "src_context": _context(finding.src_text, finding.src_start, finding.src_end,
                                _sentence_bounds(src_doc, finding.src, finding.src_text)),
        "tgt_context": _context(finding.tgt_text, finding.tgt_start, finding.tgt_end,
                                _sentence_bounds(tgt_doc, finding.tgt, finding.tgt_text)),
    }
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"{FINGERPRINT_VERSION}:{hashlib.sha256(blob.encode('utf-8')).hexdigest()[:24]}"


def fingerprints(result: CheckResult) -> list[str]:
    """:func:`fingerprint` of every finding of ``result``, in order."""
    return [fingerprint(f, result) for f in result.findings]


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding.

    :param fingerprint: see :func:`fingerprint`; the only field used for matching.
    :param kind: the finding's kind (for people reading the file).
    :param message: the finding's message when it was accepted.
    :param src_span: the source span, or ``None``.
    :param tgt_span: the target span, or ``None``.
    :param expected: the finding's ``expected``.
    :param found: the finding's ``found``.
    :param reason: why it was accepted (optional).
    :param author: who accepted it (optional).
    :param created: when it was accepted, ISO 8601 UTC (``2026-11-30T09:00:00Z``).
    """

    fingerprint: str
    kind: str
    message: str
    src_span: str | None = None
    tgt_span: str | None = None
    expected: str | None = None
    found: str | None = None
    reason: str | None = None
    author: str | None = None
    created: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON object (optional fields that are unset are left out)."""
        out: dict[str, Any] = {"fingerprint": self.fingerprint, "kind": self.kind, "message": self.message,
                               "src_span": self.src_span, "tgt_span": self.tgt_span,
                               "expected": self.expected, "found": self.found}
        for key in ("reason", "author", "created"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True, slots=True)
class Baseline:
    """A baseline file: its entries and where it was read from (``None`` when built in memory)."""

    entries: tuple[BaselineEntry, ...] = ()
    path: str | None = None

    def by_fingerprint(self) -> dict[str, BaselineEntry]:
        """Entries keyed by fingerprint (the first one wins when a file repeats one)."""
        out: dict[str, BaselineEntry] = {}
        for e in self.entries:
            out.setdefault(e.fingerprint, e)
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``wiredrift.baseline/1`` document."""
        return {"schema": BASELINE_SCHEMA, "entries": [e.to_json() for e in self.entries]}


@dataclass(frozen=True, slots=True)
class BaselineMatch:
    """A result's findings split by a baseline.

    :param active: indices into ``result.findings`` of the findings no entry accepts (they gate).
    :param accepted: indices of the findings an entry accepts (listed apart, never gate).
    :param stale: entries that matched no finding of this result.
    :param matched: fingerprints of the entries that matched something (to compute staleness over many
        documents: see :func:`stale_entries`).
    :param path: the baseline file, or ``None``.
    :param fingerprints: the fingerprint of every finding, in order.
    """

    active: tuple[int, ...]
    accepted: tuple[int, ...]
    stale: tuple[BaselineEntry, ...]
    matched: frozenset[str] = frozenset()
    path: str | None = None
    fingerprints: tuple[str, ...] = field(default=())

    def is_accepted(self, k: int) -> bool:
        """Whether finding ``k`` (an index into ``result.findings``) is accepted."""
        return k in self.accepted

    def summary(self) -> dict[str, Any]:
        """The ``summary.baseline`` record of the JSON report."""
        return {"path": self.path, "accepted": len(self.accepted),
                "stale": [e.to_json() for e in self.stale]}


def apply_baseline(result: CheckResult, baseline: Baseline | None) -> BaselineMatch:
    """Split ``result.findings`` into active and accepted findings, and find the stale entries.

    :param result: a check result.
    :param baseline: the accepted findings; ``None`` accepts nothing (every finding is active).
    """
    fps = tuple(fingerprints(result))
    if baseline is None:
        return BaselineMatch(active=tuple(range(len(fps))), accepted=(), stale=(), fingerprints=fps)
    known = baseline.by_fingerprint()
    accepted = tuple(k for k, fp in enumerate(fps) if fp in known)
    active = tuple(k for k, fp in enumerate(fps) if fp not in known)
    matched = frozenset(fps[k] for k in accepted)
    stale = tuple(e for fp, e in known.items() if fp not in matched)
    logger.info("baseline %s: %d finding(s) accepted, %d active, %d stale entr(y/ies)",
                baseline.path, len(accepted), len(active), len(stale))
    return BaselineMatch(active=active, accepted=accepted, stale=stale, matched=matched,
                         path=baseline.path, fingerprints=fps)


def stale_entries(baseline: Baseline, matched: Iterable[str]) -> list[BaselineEntry]:
    """Entries of ``baseline`` whose fingerprint is not in ``matched`` (e.g. the union over a corpus)."""
    seen = set(matched)
    return [e for fp, e in baseline.by_fingerprint().items() if fp not in seen]


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def entry_for(finding: Finding, result: CheckResult | None = None, *, reason: str | None = None,
              author: str | None = None, created: str | None = None) -> BaselineEntry:
    """A baseline entry accepting ``finding`` (``created`` defaults to now, UTC)."""
    return BaselineEntry(
        fingerprint=fingerprint(finding, result), kind=finding.kind, message=finding.message,
        src_span=finding.src_span, tgt_span=finding.tgt_span, expected=finding.expected, found=finding.found,
        reason=reason, author=author, created=created or _now(),
    )


def merge_entries(old: Iterable[BaselineEntry], new: Iterable[BaselineEntry]) -> tuple[BaselineEntry, ...]:
    """``old`` followed by the entries of ``new`` whose fingerprint is not there yet (no duplicates;
    an entry already accepted keeps its first reason, author and time)."""
    out: dict[str, BaselineEntry] = {}
    for e in (*old, *new):
        out.setdefault(e.fingerprint, e)
    return tuple(out.values())


def load_baseline_schema() -> dict[str, Any]:
    """The JSON Schema of ``wiredrift.baseline/1``, read from the installed package."""
    ref = resources.files(__package__).joinpath("schema", "baseline-1.json")
    return json.loads(ref.read_text(encoding="utf-8"))


def _fail(path: str | Path, problem: str) -> ConfigError:
    return ConfigError(f"--baseline {show_path(str(path))}: {problem}")


_OPTIONAL = ("src_span", "tgt_span", "expected", "found", "reason", "author", "created")


def parse_baseline(doc: Any, path: str | Path = "<baseline>") -> Baseline:
    """Check a decoded baseline document and build the :class:`Baseline` (the checks the schema makes,
    done by hand so that reading a baseline needs no jsonschema).

    :raises ConfigError: it is not a ``wiredrift.baseline/1`` document; the message names the file and
        the first problem.
    """
    if not isinstance(doc, dict):
        raise _fail(path, "not a JSON object")
    if doc.get("schema") != BASELINE_SCHEMA:
        raise _fail(path, f"schema is {doc.get('schema')!r}, expected {BASELINE_SCHEMA!r}")
    extra = set(doc) - {"schema", "entries"}
    if extra:
        raise _fail(path, f"unknown key {sorted(extra)[0]!r}")
    raw = doc.get("entries")
    if not isinstance(raw, list):
        raise _fail(path, "'entries' is not a list")
    entries = []
    for n, e in enumerate(raw, start=1):
        if not isinstance(e, dict):
            raise _fail(path, f"entry {n} is not an object")
        unknown = set(e) - {"fingerprint", "kind", "message", *_OPTIONAL}
        if unknown:
            raise _fail(path, f"entry {n}: unknown key {sorted(unknown)[0]!r}")
        fp = e.get("fingerprint")
        if not isinstance(fp, str) or not re.fullmatch(r"fp[0-9]+:[0-9a-f]{16,64}", fp):
            raise _fail(path, f"entry {n}: fingerprint {fp!r} is not a wiredrift fingerprint")
        for key in ("kind", "message"):
            if not isinstance(e.get(key), str):
                raise _fail(path, f"entry {n}: {key!r} is missing or not a string")
        for key in _OPTIONAL:
            if e.get(key) is not None and not isinstance(e[key], str):
                raise _fail(path, f"entry {n}: {key!r} is not a string")
        if not fp.startswith(FINGERPRINT_VERSION + ":"):
            logger.warning("%s: entry %d has a %s fingerprint; this version writes %s (it will be stale)",
                           path, n, fp.split(":")[0], FINGERPRINT_VERSION)
        entries.append(BaselineEntry(fingerprint=fp, kind=e["kind"], message=e["message"],
                                     **{k: e.get(k) for k in _OPTIONAL}))
    return Baseline(entries=tuple(entries), path=str(path))


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file.

    :raises ConfigError: the file is missing, not a file, too large, not UTF-8 JSON, or not a
        ``wiredrift.baseline/1`` document (one line naming the file and the problem; the CLI exits 2).
    """
    p = Path(path)
    try:
        if not p.is_file():
            raise _fail(path, "no such file" if not p.exists() else "not a file")
        if p.stat().st_size > MAX_BASELINE_BYTES:
            raise _fail(path, f"larger than {MAX_BASELINE_BYTES // 1_000_000} MB; is it a baseline file?")
        raw = p.read_bytes()
    except OSError as exc:
        raise _fail(path, exc.strerror or str(exc)) from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _fail(path, "not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _fail(path, f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    return parse_baseline(doc, path)


def dumps_baseline(baseline: Baseline) -> str:
    """The baseline file's text: indented JSON, UTF-8 kept readable, ending in a newline."""
    return json.dumps(baseline.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: str | Path, entries: Sequence[BaselineEntry]) -> Baseline:
    """Write ``entries`` to ``path`` atomically (``-`` for standard output)."""
    from .output import write_text_or_stdout

    baseline = Baseline(entries=tuple(entries), path=str(path))
    write_text_or_stdout(path, dumps_baseline(baseline))
    return baseline
