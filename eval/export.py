"""Exporting aligned sentence pairs: TSV, JSONL, Moses, TMX 1.4b, XLIFF 2.1, a Hugging Face dataset, and
``findings.csv`` (one row per finding).

Every exporter takes a list of :class:`AlignedPair`, built from a
:class:`~wiredrift.eval.pipeline.CheckResult` or from a saved ``wiredrift.check/N`` JSON report with
:func:`pairs_from`. One pair is one bead: its source and target sentences joined with a space.

Null beads (an omission ``1-0`` or an addition ``0-1``) have an empty side. TSV and JSONL keep them by
default (a row with an empty text); Moses, TMX, XLIFF and the dataset leave them out unless
``include_null=True``, because translation memories and training data expect both sides.

Findings travel with the pairs (:attr:`AlignedPair.issues`, each finding once, on the first bead it
touches): XLIFF carries each as an ITS 2.0 Localization Quality Issue (:data:`LQI_TYPES`,
:data:`LQI_SEVERITY`), TMX as a ``<prop type="x-wiredrift-finding">`` plus a ``<note>``, and ``csv`` writes
one row per finding (:data:`CSV_COLUMNS`). A finding on a null bead that a format leaves out moves to the
nearest kept pair of its document.

XML is built with lxml, never by string formatting; every file or folder is written atomically (a
failed export leaves nothing behind).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import IO, Any, Literal

from ..align.errors import ConfigError, InputError, show_path
from ..align.reader import DEFAULT_MAX_INPUT_MB, read_text
from .findings import SEVERITIES
from .output import atomic_dir, atomic_write_files, atomic_write_text, check_writable, write_text_or_stdout

logger = logging.getLogger(__name__)

# FORMATS and FORMAT_SUFFIXES are importable too: live views of the table (module __getattr__)
__all__ = [
    "EXPORT_FORMATS",
    "ExportFormat",
    "register_format",
    "get_format",
    "format_names",
    "format_suffixes",
    "formats_help",
    "default_doc_id",
    "CSV_COLUMNS",
    "LQI_TYPES",
    "LQI_SEVERITY",
    "ITS_NS",
    "AlignedPair",
    "pairs_from",
    "pairs_from_report",
    "load_report",
    "provenance_from_report",
    "resolve_format",
    "check_destination",
    "export_pairs",
    "export_result",
    "to_tsv",
    "to_jsonl",
    "to_tmx",
    "to_xliff",
    "to_findings_csv",
    "write_moses",
    "write_hf_dataset",
    "TMX_DOCTYPE",
    "XLIFF_NS",
    "MDA_NS",
]

# The format table (:data:`EXPORT_FORMATS`, filled at the end of this module) is the one place a format is
# named: ``export --format``, ``check --export/--export-format`` and ``corpus -o`` take their choices, suffixes
# and help from it. ``FORMATS`` and ``FORMAT_SUFFIXES`` are views of it (see the module ``__getattr__``).

#: Columns of the ``csv`` export (``findings.csv``), one row per finding. Sentence numbers and lines are
#: 1-based (``src_sentence`` ``4,5`` for a finding on two sentences; empty on the side a finding does not
#: have); ``src_line`` is the line of the file where the first sentence's paragraph starts; ``accepted``
#: is ``true`` for a finding an editor accepted (a baseline), else ``false``.
CSV_COLUMNS = ("document", "src_sentence", "src_line", "tgt_sentence", "tgt_line", "kind", "severity",
               "src_span", "tgt_span", "message", "accepted")

#: ITS 2.0 namespace (XLIFF 2.1 takes ITS attributes and standoff elements in it).
ITS_NS = "http://www.w3.org/2005/11/its"

#: Finding kind -> ITS 2.0 ``locQualityIssueType`` (the closed ITS list): numbers and names have their own
#: ITS types (``numbers``, ``inconsistent-entities``, dates being entities there); an unknown kind is ``other``.
LQI_TYPES = {
    "number": "numbers",
    "date": "inconsistent-entities",
    "entity": "inconsistent-entities",
    "quote": "mistranslation",
    "attribution": "mistranslation",
    "meaning": "mistranslation",
    "omission": "omission",
    "addition": "addition",
    "term": "terminology",
}

#: Severity -> ITS ``locQualityIssueSeverity`` (0-100, 100 the most severe).
LQI_SEVERITY = {"critical": 100, "major": 70, "minor": 30}

TMX_DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
#: XLIFF 2 metadata module, where per-unit scores go.
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
_XML_NS = "http://www.w3.org/XML/1998/namespace"

# Characters XML 1.0 cannot carry at all (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/F).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One bead of one document, with its texts, scores and finding counts.

    :param doc_id: the document the bead comes from.
    :param bead: 0-based index of the bead in the document's alignment.
    :param src: 0-based source sentence indices (empty for an addition).
    :param tgt: 0-based target sentence indices (empty for an omission).
    :param src_text: the source sentences joined with a space (``""`` for an addition).
    :param tgt_text: the target sentences joined with a space.
    :param similarity: the aligner's similarity of the bead (0.0 for a null bead).
    :param scores: sentence-level sacrebleu scores of the bead when MT ran (e.g. ``{"chrf": 61.2}``), else ``None``.
    :param findings: number of drift findings touching the bead, by severity.
    :param finding_kinds: the distinct kinds of those findings, sorted.
    :param src_path: the source file, when known (provenance).
    :param tgt_path: the target file, when known.
    :param issues: the findings this pair carries, each a dict with ``kind severity message src tgt src_span
        tgt_span src_start src_end tgt_start tgt_end`` as in the report (sentence indices 0-based), plus
        ``src_lines``/``tgt_lines`` (1-based file lines of those sentences, 0 when unknown), ``n`` (0-based
        position in the report's findings) and ``accepted`` (bool). Each finding of a document is on exactly
        one pair: the first bead it touches.
    """

    doc_id: str
    bead: int
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    src_text: str
    tgt_text: str
    similarity: float = 0.0
    scores: dict[str, float] | None = None
    findings: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SEVERITIES})
    finding_kinds: tuple[str, ...] = ()
    src_path: str | None = None
    tgt_path: str | None = None
    issues: tuple[dict[str, Any], ...] = ()

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"`` ... (source count first)."""
        return f"{len(self.src)}-{len(self.tgt)}"

    @property
    def is_null(self) -> bool:
        """True for an omission or an addition (one side empty)."""
        return not self.src or not self.tgt

    def to_dict(self) -> dict[str, Any]:
        """The JSONL record of the pair (also the journal's pair form)."""
        return {
            "doc_id": self.doc_id,
            "bead": self.bead,
            "kind": self.kind,
            "src": list(self.src),
            "tgt": list(self.tgt),
            "src_text": self.src_text,
            "tgt_text": self.tgt_text,
            "similarity": self.similarity,
            "scores": self.scores,
            "findings": dict(self.findings),
            "finding_kinds": list(self.finding_kinds),
            "src_path": self.src_path,
            "tgt_path": self.tgt_path,
            "issues": [dict(f) for f in self.issues],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AlignedPair:
        """Inverse of :meth:`to_dict` (``kind`` is derived, so it is ignored)."""
        return cls(
            doc_id=str(d["doc_id"]),
            bead=int(d["bead"]),
            src=tuple(d["src"]),
            tgt=tuple(d["tgt"]),
            src_text=d["src_text"],
            tgt_text=d["tgt_text"],
            similarity=float(d["similarity"]),
            scores=d.get("scores"),
            findings=dict(d["findings"]),
            finding_kinds=tuple(d.get("finding_kinds", ())),
            src_path=d.get("src_path"),
            tgt_path=d.get("tgt_path"),
            issues=tuple(dict(f) for f in d.get("issues") or ()),
        )


# ---------------------------------------------------------------------------------------------------
# From a check to pairs


#: Largest saved report :func:`load_report` reads, in bytes: a report holds both texts, the
#: translation and the findings, so a few times its largest input.
REPORT_MAX_BYTES = 10 * DEFAULT_MAX_INPUT_MB * 1_000_000


def load_report(path: str | Path, *, max_bytes: int | None = None) -> dict[str, Any]:
    """Read a saved ``wiredrift.check/N`` JSON report.

    :param max_bytes: refuse a larger file (default :data:`REPORT_MAX_BYTES`).
    :raises InputError: the file is missing, not a regular file, too large, not UTF-8 JSON, holds a
        lone surrogate escape (``"\\ud800"``, which no UTF-8 output can carry), or is not a
        ``wiredrift.check/N`` (1 to 3) report (checked against its JSON schema).
    """
    shown = show_path(path)
    # the reader's one-line errors: missing, folder, FIFO, device, too large, empty, binary, not UTF-8
    text = read_text(path, max_bytes=max_bytes or REPORT_MAX_BYTES, what="report", hint=None)
    try:
        report = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{shown}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise InputError(f"{shown}: not a report (JSON nested too deeply)") from None
    try:
        json.dumps(report, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start:exc.end] if isinstance(exc.object, str) else "?"
        raise InputError(
            f"{shown}: holds a lone surrogate escape ({ascii(bad)}), not valid Unicode text; re-create the report"
        ) from None
    _check_report(report, shown)
    _validate_report(report, shown)
    return report


def _validate_report(report: dict[str, Any], where: str) -> None:
    """Check a report from disk against its JSON schema, so a damaged one fails in one line, not in a KeyError."""
    import jsonschema

    from .report import SCHEMA, validate

    try:
        validate(report)
    except jsonschema.ValidationError as exc:
        at = "/".join(str(p) for p in exc.absolute_path) or "the top level"
        message = " ".join(str(exc.message).split())
        if len(message) > 120:
            message = message[:119] + "…"
        # name the version the report claims (a damaged check/2 report is not a valid check/2 report)
        raise InputError(f"{where}: not a valid {report.get('schema') or SCHEMA} report (at {at}: {message})") from None


def _check_report(report: Any, where: str) -> None:
    from .report import READABLE_SCHEMAS, SCHEMA

    if not isinstance(report, dict) or report.get("schema") not in READABLE_SCHEMAS:
        found = report.get("schema") if isinstance(report, dict) else type(report).__name__
        raise InputError(f"{where}: not a {SCHEMA} report (schema: {found!r})")
    for key in ("src", "tgt", "alignment", "findings"):
        if key not in report:
            raise InputError(f"{where}: {SCHEMA} report has no {key!r} field")


def default_doc_id(report: dict[str, Any]) -> str:
    """The document id of a report: its source file's name without language and suffix (``NAME`` for
    ``NAME.id.txt``, the folder name for ``NAME/id.txt``), ``doc`` when the report names no file."""
    path = report["src"].get("path")
    if not path:
        return "doc"
    p = Path(path)
    lang = report["src"].get("lang") or ""
    name = p.stem if p.suffix.lower() in (".txt", ".md") else p.name
    if name == lang and p.parent.name:
        return p.parent.name  # NAME/id.txt
    if lang and name.endswith(f".{lang}"):
        name = name[: -len(lang) - 1]  # NAME.id.txt
    return name or "doc"


def pairs_from_report(report: dict[str, Any], doc_id: str | None = None) -> list[AlignedPair]:
    """The beads of a ``wiredrift.check/N`` report as pairs.

    :param doc_id: id for the document; defaults to the source file's name without language and suffix
        (``NAME`` for ``NAME.id.txt``, the folder name for ``NAME/id.txt``).
    :raises InputError: ``report`` is not a ``wiredrift.check/N`` report or its bead indices are out of range.
    """
    _check_report(report, doc_id or "report")
    doc_id = doc_id or default_doc_id(report)
    src_texts = [s["text"] for s in report["src"]["sentences"]]
    tgt_texts = [s["text"] for s in report["tgt"]["sentences"]]
    src_lines = [int(s.get("line") or 0) for s in report["src"]["sentences"]]
    tgt_lines = [int(s.get("line") or 0) for s in report["tgt"]["sentences"]]
    findings = report["findings"]
    owned: set[int] = set()
    pairs: list[AlignedPair] = []
    for k, bead in enumerate(report["alignment"]):
        src, tgt = tuple(bead["src"]), tuple(bead["tgt"])
        try:
            src_text = " ".join(src_texts[i] for i in src)
            tgt_text = " ".join(tgt_texts[j] for j in tgt)
        except IndexError:
            raise InputError(f"{doc_id}: bead {k} ({list(src)}:{list(tgt)}) names a sentence that does not exist") from None
        counts = {s: 0 for s in SEVERITIES}
        kinds: set[str] = set()
        src_set, tgt_set = set(src), set(tgt)
        issues: list[dict[str, Any]] = []
        for n, f in enumerate(findings):
            if src_set.intersection(f["src"]) or tgt_set.intersection(f["tgt"]):
                counts[f["severity"]] = counts.get(f["severity"], 0) + 1
                kinds.add(f["kind"])
                if n not in owned:
                    owned.add(n)
                    issues.append(_issue(n, f, src_lines, tgt_lines))
        scores = bead.get("scores")
        if scores is not None:
            scores = {str(name): float(v) for name, v in scores.items() if isinstance(v, (int, float))}
        pairs.append(
            AlignedPair(
                doc_id=doc_id,
                bead=k,
                src=src,
                tgt=tgt,
                src_text=src_text,
                tgt_text=tgt_text,
                similarity=float(bead.get("similarity", 0.0)),
                scores=scores,
                findings=counts,
                finding_kinds=tuple(sorted(kinds)),
                src_path=report["src"].get("path"),
                tgt_path=report["tgt"].get("path"),
                issues=tuple(issues),
            )
        )
    if pairs and len(owned) < len(findings):  # a finding on no bead (hand-made report): the first pair takes it
        rest = [_issue(n, f, src_lines, tgt_lines) for n, f in enumerate(findings) if n not in owned]
        pairs[0] = replace(pairs[0], issues=tuple(sorted(pairs[0].issues + tuple(rest), key=lambda i: i["n"])))
    return pairs


_ISSUE_KEYS = ("kind", "severity", "message", "src_span", "tgt_span", "src_start", "src_end", "tgt_start", "tgt_end")


def _issue(n: int, f: dict[str, Any], src_lines: Sequence[int], tgt_lines: Sequence[int]) -> dict[str, Any]:
    """The export form of report finding ``n`` (see :attr:`AlignedPair.issues`)."""
    out = {k: f.get(k) for k in _ISSUE_KEYS}
    out["src"], out["tgt"] = list(f["src"]), list(f["tgt"])
    out["src_lines"] = [src_lines[i] if 0 <= i < len(src_lines) else 0 for i in f["src"]]
    out["tgt_lines"] = [tgt_lines[i] if 0 <= i < len(tgt_lines) else 0 for i in f["tgt"]]
    out["n"] = n
    out["accepted"] = bool(f.get("accepted", False))
    return out


def pairs_from(source: Any, doc_id: str | None = None) -> list[AlignedPair]:
    """Pairs from a :class:`~wiredrift.eval.pipeline.CheckResult` or a ``wiredrift.check/2`` dict.

    A result goes through :func:`wiredrift.eval.report.to_json` first, so a live check and a saved
    report export identically.
    """
    from .pipeline import CheckResult

    if isinstance(source, CheckResult):
        source = _report_of(source)
    return pairs_from_report(source, doc_id)


def _report_of(result: Any) -> dict[str, Any]:
    """``to_json(result)``, each finding's ``accepted`` (an attribute a baseline may set) kept for the exports."""
    from .report import to_json

    report = to_json(result)
    for f, d in zip(result.findings, report["findings"]):
        if "accepted" not in d:
            d["accepted"] = bool(getattr(f, "accepted", False))
    return report


def provenance_from_report(report: dict[str, Any]) -> dict[str, str]:
    """Flat ``name -> text`` provenance from a report's signature (versions, encoder, MT model, config)."""
    out: dict[str, str] = {}
    for key, value in report.get("signature", {}).items():
        if value is None:
            continue
        out[key] = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return out


# ---------------------------------------------------------------------------------------------------
# Formats


def resolve_format(path: str | Path, fmt: str | None = None) -> str:
    """The export format for ``path``: ``fmt`` when given, else guessed from the suffix.

    :raises ConfigError: ``fmt`` is unknown, or no format was given and the suffix says nothing.
    """
    if fmt is not None:
        return get_format(fmt).name
    found = format_suffixes().get(Path(str(path)).suffix.lower())
    if found is None:
        raise ConfigError(
            f"{path}: cannot tell the export format from the name; pass a format ({formats_help()})"
        )
    return found


def check_destination(path: str | Path, fmt: str, flag: str | None = None) -> None:
    """Fail before any work when ``path`` cannot take an export in format ``fmt``.

    :param flag: the option that named ``path`` (``--export``), shown in the message.
    :raises ConfigError: ``-`` for a format that needs files, or a folder that is missing or not writable
        (see :func:`wiredrift.eval.output.check_writable`).
    """
    _check_stdout(path, fmt)
    if str(path) != "-":
        check_writable(path, flag, kind=get_format(fmt).destination)


def _check_stdout(path: str | Path, fmt: str) -> None:
    if str(path) == "-" and not get_format(fmt).stdout:
        raise ConfigError(f"{fmt} export cannot go to standard output; give a path")


def _one_line(text: str) -> str:
    # Sentences are whitespace-normalised already; this guards line-based formats against a stray tab or
    # line break (including U+2028/U+0085, which some readers split on) coming from a hand-made report.
    return " ".join(text.split())


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _score_names(pairs: Sequence[AlignedPair]) -> list[str]:
    names: set[str] = set()
    for p in pairs:
        if p.scores:
            names.update(p.scores)
    return sorted(names)


def _fmt_float(x: float) -> str:
    return f"{x:.6g}"


def to_tsv(pairs: Sequence[AlignedPair]) -> str:
    """Tab-separated values with a header row.

    Columns: ``doc_id bead kind src_ids tgt_ids similarity score_<name>... critical major minor
    finding_kinds src_text tgt_text``; index lists are comma-separated, a missing score is empty.
    """
    score_names = _score_names(pairs)
    header = ["doc_id", "bead", "kind", "src_ids", "tgt_ids", "similarity"]
    header += [_one_line(f"score_{n}") for n in score_names] + list(SEVERITIES) + ["finding_kinds", "src_text", "tgt_text"]
    lines = ["\t".join(header)]
    for p in pairs:
        row = [
            _one_line(p.doc_id),
            str(p.bead),
            p.kind,
            ",".join(map(str, p.src)),
            ",".join(map(str, p.tgt)),
            _fmt_float(p.similarity),
        ]
        row += [_fmt_float(p.scores[n]) if p.scores and n in p.scores else "" for n in score_names]
        row += [str(p.findings.get(s, 0)) for s in SEVERITIES]
        row += [_one_line(",".join(p.finding_kinds)), _one_line(p.src_text), _one_line(p.tgt_text)]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def to_jsonl(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str) -> str:
    """One JSON object per pair (:meth:`AlignedPair.to_dict` plus the two language codes)."""
    out = []
    for p in pairs:
        d = {"src_lang": src_lang, "tgt_lang": tgt_lang, **p.to_dict()}
        out.append(json.dumps(d, ensure_ascii=False))
    return "".join(line + "\n" for line in out)


def _tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wiredrift")
    except PackageNotFoundError:  # pragma: no cover - a bare checkout
        return "unknown"


def _tmx_props(parent: Any, props: Iterable[tuple[str, str]]) -> None:
    from lxml import etree

    for name, value in props:
        el = etree.SubElement(parent, "prop", type=_xml_text(name))
        el.text = _xml_text(value)


def _pair_props(p: AlignedPair) -> list[tuple[str, str]]:
    props = [
        ("x-doc-id", p.doc_id),
        ("x-bead", f"{list(p.src)}:{list(p.tgt)}"),
        ("x-similarity", _fmt_float(p.similarity)),
    ]
    for name, value in sorted((p.scores or {}).items()):
        props.append((f"x-score-{name}", _fmt_float(value)))
    for sev in SEVERITIES:
        props.append((f"x-findings-{sev}", str(p.findings.get(sev, 0))))
    if p.finding_kinds:
        props.append(("x-finding-kinds", ",".join(p.finding_kinds)))
    return props


def _issue_note(issue: dict[str, Any]) -> str:
    accepted = " (accepted)" if issue.get("accepted") else ""
    return f"wiredrift {issue['severity']} {issue['kind']}{accepted}: {_one_line(str(issue['message']))}"


def _issue_prop(issue: dict[str, Any]) -> str:
    """The machine-readable form of a finding in a TMX prop: compact JSON."""
    keep = {k: issue.get(k) for k in ("kind", "severity", "src", "tgt", "src_span", "tgt_span", "src_start", "src_end",
                                       "tgt_start", "tgt_end", "src_lines", "tgt_lines", "accepted", "message")}
    return json.dumps(keep, ensure_ascii=False, separators=(",", ":"))


def to_tmx(
    pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None = None
) -> bytes:
    """A TMX 1.4b document (UTF-8 bytes) with one ``<tu>`` per pair.

    The header carries every attribute TMX 1.4b requires (creationtool, creationtoolversion, segtype,
    o-tmf, adminlang, srclang, datatype); scores, finding counts and provenance go into ``x-`` props. Each
    finding the pair carries is a ``<note>`` (``wiredrift major term: <message>``) and a
    ``<prop type="x-wiredrift-finding">`` holding it as JSON (kind, severity, sentence indices, spans,
    offsets, lines, accepted, message).
    """
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(
        root,
        "header",
        creationtool="wiredrift",
        creationtoolversion=_tool_version(),
        segtype="sentence",
        **{"o-tmf": "wiredrift.check/1"},
        adminlang="en",
        srclang=_xml_text(src_lang),
        datatype="plaintext",
    )
    _tmx_props(header, [(f"x-{k}", v) for k, v in sorted((provenance or {}).items())])
    body = etree.SubElement(root, "body")
    for p in pairs:
        tu = etree.SubElement(body, "tu", tuid=_xml_text(f"{p.doc_id}:{p.bead}"))
        for issue in p.issues:  # TMX 1.4b: notes and props, in any order, before the variants
            etree.SubElement(tu, "note").text = _xml_text(_issue_note(issue))
        _tmx_props(tu, _pair_props(p))
        _tmx_props(tu, [("x-wiredrift-finding", _issue_prop(issue)) for issue in p.issues])
        for lang, text in ((src_lang, p.src_text), (tgt_lang, p.tgt_text)):
            tuv = etree.SubElement(tu, "tuv", {f"{{{_XML_NS}}}lang": _xml_text(lang)})
            seg = etree.SubElement(tuv, "seg")
            seg.text = _xml_text(text)
    return etree.tostring(
        root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True, doctype=TMX_DOCTYPE
    )


def _locate(issue: dict[str, Any], side: str, ids: tuple[int, ...], text: str) -> tuple[int, int] | None:
    """Where the finding's ``side`` span lies in the pair's joined ``text``, or ``None``."""
    span = issue.get(f"{side}_span")
    if not span or not isinstance(span, str):
        return None
    a, b = issue.get(f"{side}_start"), issue.get(f"{side}_end")
    if list(issue.get(side) or ()) == list(ids) and isinstance(a, int) and isinstance(b, int) and text[a:b] == span:
        return a, b
    at = text.find(span)  # a finding from a split bead names fewer sentences than the pair: its first occurrence
    return (at, at + len(span)) if at >= 0 else None


def _marked(parent: Any, text: str, marks: list[tuple[int, int, str, str]], x: str) -> None:
    """Fill ``parent`` with ``text``, each ``(start, end, mrk_id, ref)`` wrapped in an ITS ``<mrk>``."""
    from lxml import etree

    pos, last = 0, None
    parent.text = ""
    for a, b, mid, ref in marks:
        chunk = _xml_text(text[pos:a])
        if last is None:
            parent.text = chunk
        else:
            last.tail = chunk
        last = etree.SubElement(parent, f"{x}mrk", {"id": mid, "type": "its:any", f"{{{ITS_NS}}}locQualityIssuesRef": ref})
        last.text = _xml_text(text[a:b])
        pos = b
    if last is None:
        parent.text = _xml_text(text)
    else:
        last.tail = _xml_text(text[pos:])


def to_xliff(
    pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None = None
) -> bytes:
    """An XLIFF 2.1 document (UTF-8 bytes): one ``<file>`` per document, one ``<unit>`` per pair.

    Scores and finding counts go into the metadata module (``mda:metadata``) of each unit; provenance
    into the first file's metadata. Unit ids are ``b<bead>``, unique inside their file.

    Each finding a pair carries is an ITS 2.0 Localization Quality Issue in the unit, as XLIFF 2.1's ITS
    module puts it: an ``<its:locQualityIssues xml:id="...">`` standoff group holding one
    ``<its:locQualityIssue>`` with ``locQualityIssueType`` (:data:`LQI_TYPES`), ``locQualityIssueSeverity``
    (:data:`LQI_SEVERITY`), ``locQualityIssueComment`` (the message) and, for an accepted finding,
    ``locQualityIssueEnabled="no"``. Where the finding's span can be found (target side first, else source)
    and does not overlap a span already marked, it is wrapped in ``<mrk type="its:any"
    its:locQualityIssuesRef="#id">``. A segment with findings still open is ``state="translated"
    subState="wiredrift:needs-review"`` (XLIFF 2 has no "needs review" state, and ``reviewed`` would tell a
    CAT tool a person approved it); one whose findings were all accepted is ``state="reviewed"
    subState="wiredrift:accepted"``; the others stay ``translated`` (``initial`` without a target).
    """
    from lxml import etree

    x = f"{{{XLIFF_NS}}}"
    m = f"{{{MDA_NS}}}"
    i = f"{{{ITS_NS}}}"
    root = etree.Element(
        f"{x}xliff", nsmap={None: XLIFF_NS, "mda": MDA_NS, "its": ITS_NS}, version="2.1",
        srcLang=_xml_text(src_lang), trgLang=_xml_text(tgt_lang)
    )
    root.set(f"{i}version", "2.0")

    def metadata(parent: Any, items: Iterable[tuple[str, str]]) -> None:
        md = etree.SubElement(parent, f"{m}metadata")
        group = etree.SubElement(md, f"{m}metaGroup", category="wiredrift")
        for name, value in items:
            el = etree.SubElement(group, f"{m}meta", type=_xml_text(name))
            el.text = _xml_text(value)

    files: dict[str, Any] = {}
    for p in pairs:
        file_el = files.get(p.doc_id)
        if file_el is None:
            file_el = etree.SubElement(root, f"{x}file", id=f"f{len(files) + 1}", original=_xml_text(p.doc_id))
            if not files and provenance:
                metadata(file_el, sorted(provenance.items()))
            files[p.doc_id] = file_el
        unit = etree.SubElement(file_el, f"{x}unit", id=f"b{p.bead}")
        metadata(unit, [(name[2:], value) for name, value in _pair_props(p)])
        marks: dict[str, list[tuple[int, int, str, str]]] = {"src": [], "tgt": []}
        for k, issue in enumerate(p.issues, start=1):
            qid = f"{file_el.get('id')}-b{p.bead}-q{k}"  # xml:id: unique in the document, starts with a letter
            group = etree.SubElement(unit, f"{i}locQualityIssues", {f"{{{_XML_NS}}}id": qid})
            attrs = {
                "locQualityIssueType": LQI_TYPES.get(str(issue["kind"]), "other"),
                "locQualityIssueSeverity": str(LQI_SEVERITY.get(str(issue["severity"]), 50)),
                "locQualityIssueComment": _xml_text(_one_line(f"{issue['severity']} {issue['kind']}: {issue['message']}")),
            }
            if issue.get("accepted"):
                attrs["locQualityIssueEnabled"] = "no"
            etree.SubElement(group, f"{i}locQualityIssue", attrs)
            for side, ids, text in (("tgt", p.tgt, p.tgt_text), ("src", p.src, p.src_text)):
                where = _locate(issue, side, ids, text)
                if where is None:
                    continue
                if not any(where[0] < b and a < where[1] for a, b, _, _ in marks[side]):
                    marks[side].append((where[0], where[1], f"m{k}", f"#{qid}"))
                break
        state, sub = ("translated" if p.tgt_text else "initial"), None
        if p.issues:
            if all(issue.get("accepted") for issue in p.issues):
                state, sub = "reviewed", "wiredrift:accepted"
            else:
                sub = "wiredrift:needs-review"
        seg = etree.SubElement(unit, f"{x}segment", id="s1", state=state)
        if sub:
            seg.set("subState", sub)
        _marked(etree.SubElement(seg, f"{x}source"), p.src_text, sorted(marks["src"]), x)
        _marked(etree.SubElement(seg, f"{x}target"), p.tgt_text, sorted(marks["tgt"]), x)
    if not files:
        # XLIFF 2 requires at least one <file> holding at least one <unit>; an empty corpus still parses.
        raise ConfigError("xliff export: no pairs to write (XLIFF 2 needs at least one unit)")
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _csv_cell(text: str) -> str:
    # a spreadsheet runs a cell that starts with = + - @ as a formula; a leading apostrophe keeps it text
    # (amounts like -5 or +62 stay as they are: a sign before a digit is a number, not a formula)
    if text[:1] in ("=", "@", "\t", "\r") or (text[:1] in ("+", "-") and not text[1:2].isdigit()):
        return "'" + text
    return text


def _csv_numbers(issue: Mapping[str, Any], side: str) -> tuple[str, str]:
    """An issue's 1-based sentence numbers on ``side`` (comma-separated) and the line of the first."""
    ids = [int(j) + 1 for j in issue.get(side) or ()]
    lines = [int(n) for n in issue.get(f"{side}_lines") or () if n]
    return ",".join(map(str, ids)), (str(lines[0]) if lines else "")


def to_findings_csv(pairs: Sequence[AlignedPair]) -> str:
    """``findings.csv``: a header (:data:`CSV_COLUMNS`) and one row per finding, documents in pair order.

    Sentence numbers and lines are 1-based (see :data:`CSV_COLUMNS`); spans and messages are one line each.
    """
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in pairs:
        for issue in p.issues:
            (src_n, src_line), (tgt_n, tgt_line) = _csv_numbers(issue, "src"), _csv_numbers(issue, "tgt")
            row = [p.doc_id, src_n, src_line, tgt_n, tgt_line, str(issue["kind"]), str(issue["severity"]),
                   issue.get("src_span") or "", issue.get("tgt_span") or "", str(issue["message"]),
                   "true" if issue.get("accepted") else "false"]
            writer.writerow([_csv_cell(_one_line(str(c))) for c in row])
    return buf.getvalue()


def _moses_paths(prefix: str | Path, src_lang: str, tgt_lang: str) -> tuple[Path, Path]:
    if src_lang == tgt_lang:
        raise ConfigError(f"moses export: source and target language are both {src_lang!r}; the file names would collide")
    prefix = str(prefix)
    return Path(f"{prefix}.{src_lang}"), Path(f"{prefix}.{tgt_lang}")


def write_moses(pairs: Sequence[AlignedPair], prefix: str | Path, src_lang: str, tgt_lang: str) -> list[Path]:
    """Two line-aligned UTF-8 files ``PREFIX.<src_lang>`` and ``PREFIX.<tgt_lang>``, one pair per line.

    Both files are written to temporary names first and renamed only when both are complete.
    """
    paths = _moses_paths(prefix, src_lang, tgt_lang)
    texts = (
        "".join(_one_line(p.src_text) + "\n" for p in pairs),
        "".join(_one_line(p.tgt_text) + "\n" for p in pairs),
    )
    return atomic_write_files({path: partial(_write, text) for path, text in zip(paths, texts)})


def _write(text: str, fh: IO[str]) -> None:
    fh.write(text)


def write_hf_dataset(
    pairs: Sequence[AlignedPair],
    path: str | Path,
    src_lang: str,
    tgt_lang: str,
    provenance: dict[str, str] | None = None,
) -> Path:
    """A Hugging Face ``datasets`` dataset written with ``save_to_disk``.

    Rows are ``{"translation": {src_lang: ..., tgt_lang: ...}, "doc_id", "bead", "kind", "src_ids",
    "tgt_ids", "similarity", "score_<name>"..., "critical", "major", "minor", "finding_kinds",
    "src_path", "tgt_path", "provenance"}``: ids, scores and provenance stay outside ``translation``
    because Indonesian's code ``id`` would collide with a row id inside it. ``provenance`` is a JSON
    object (as text) with the tool versions, encoder, MT model and config.

    :raises ConfigError: ``datasets`` is not installed (``pip install 'wiredrift[corpus]'``).
    """
    try:
        import datasets
    except ImportError:
        raise ConfigError("hf export needs the datasets package: pip install 'wiredrift[corpus]'") from None
    if src_lang == tgt_lang:
        raise ConfigError(f"hf export: source and target language are both {src_lang!r}")
    score_names = _score_names(pairs)
    features = datasets.Features(
        {
            "translation": datasets.Translation(languages=[src_lang, tgt_lang]),
            "doc_id": datasets.Value("string"),
            "bead": datasets.Value("int32"),
            "kind": datasets.Value("string"),
            "src_ids": datasets.Sequence(datasets.Value("int32")),
            "tgt_ids": datasets.Sequence(datasets.Value("int32")),
            "similarity": datasets.Value("float64"),
            **{f"score_{n}": datasets.Value("float64") for n in score_names},
            **{s: datasets.Value("int32") for s in SEVERITIES},
            "finding_kinds": datasets.Sequence(datasets.Value("string")),
            "src_path": datasets.Value("string"),
            "tgt_path": datasets.Value("string"),
            "provenance": datasets.Value("string"),
        }
    )
    prov = json.dumps(provenance or {}, sort_keys=True, ensure_ascii=False)
    rows = []
    for p in pairs:
        row: dict[str, Any] = {
            "translation": {src_lang: p.src_text, tgt_lang: p.tgt_text},
            "doc_id": p.doc_id,
            "bead": p.bead,
            "kind": p.kind,
            "src_ids": list(p.src),
            "tgt_ids": list(p.tgt),
            "similarity": p.similarity,
            **{f"score_{n}": (p.scores or {}).get(n) for n in score_names},
            **{s: p.findings.get(s, 0) for s in SEVERITIES},
            "finding_kinds": list(p.finding_kinds),
            "src_path": p.src_path,
            "tgt_path": p.tgt_path,
            "provenance": prov,
        }
        rows.append(row)
    if not rows:  # datasets saves an empty dataset that load_from_disk cannot read back (no shards)
        raise ConfigError("hf export: no pairs to write (a saved dataset needs at least one row; "
                          "--include-null keeps omissions and additions)")
    ds = datasets.Dataset.from_list(rows, features=features)
    path = Path(path)
    # datasets draws its own progress bar on stderr; ours (the corpus run) already tells the user enough
    bars = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()
    try:
        atomic_dir(path, lambda tmp: ds.save_to_disk(str(tmp)))
    finally:
        if bars:
            datasets.enable_progress_bars()
    return path


def _without_null(pairs: Sequence[AlignedPair]) -> list[AlignedPair]:
    """The pairs with both sides; a dropped null pair's findings move to the kept pair before it in the
    same document (after it, when it opens the document), so every finding is still exported once."""
    kept: list[AlignedPair] = []
    waiting: list[dict[str, Any]] = []  # findings of null pairs at the start of a document
    waiting_doc: str | None = None
    for p in pairs:
        if waiting and p.doc_id != waiting_doc:
            waiting = []  # a document without any full pair: nothing can carry its findings
        if p.is_null:
            if kept and kept[-1].doc_id == p.doc_id:
                kept[-1] = replace(kept[-1], issues=kept[-1].issues + p.issues)
            elif p.issues:
                waiting, waiting_doc = waiting + list(p.issues), p.doc_id
            continue
        if waiting:
            p = replace(p, issues=tuple(waiting) + p.issues)
            waiting = []
        kept.append(p)
    return kept


def export_pairs(
    pairs: Sequence[AlignedPair],
    path: str | Path,
    fmt: str | None = None,
    *,
    src_lang: str,
    tgt_lang: str,
    include_null: bool | None = None,
    provenance: dict[str, str] | None = None,
) -> list[Path]:
    """Write ``pairs`` to ``path`` in format ``fmt`` (guessed from the suffix when ``None``).

    :param fmt: a name of :data:`EXPORT_FORMATS`.
    :param path: a file; ``-`` is standard output for the formats that render text (``tsv``/``jsonl``/``tmx``/
        ``xliff``/``csv``); a prefix for ``moses`` (``PREFIX.<src_lang>`` and ``PREFIX.<tgt_lang>``); a folder for ``hf``.
    :param include_null: keep null beads; ``None`` takes the format's ``keep_null`` (TSV, JSONL and CSV keep them).
    :param provenance: ``name -> text`` written to the TMX header, the XLIFF metadata and the dataset.
    :return: the paths written (empty for standard output).
    :raises ConfigError: unknown format, ``-`` for a format that needs files, or a missing library.
    :raises OSError: the folder of ``path`` does not exist or is not writable (see :func:`check_destination`).
    """
    spec = get_format(resolve_format(path, fmt))
    _check_stdout(path, spec.name)
    if include_null is None:
        include_null = spec.keep_null
    if not include_null:
        pairs = _without_null(pairs)
    logger.info("writing %d pairs as %s to %s", len(pairs), spec.name, path)
    if spec.write is not None:
        return spec.write(pairs, path, src_lang, tgt_lang, provenance)
    assert spec.render is not None  # ExportFormat guarantees one of the two
    text = spec.render(pairs, src_lang, tgt_lang, provenance)
    if str(path) == "-":
        write_text_or_stdout(path, text)
        return []
    atomic_write_text(path, text)
    return [Path(path)]


def export_result(
    source: Any,
    path: str | Path,
    fmt: str | None = None,
    *,
    doc_id: str | None = None,
    include_null: bool | None = None,
) -> list[Path]:
    """Export one check (a :class:`~wiredrift.eval.pipeline.CheckResult` or a ``wiredrift.check/2`` dict).

    Languages and provenance come from the check itself; see :func:`export_pairs` for the rest.
    """
    from .pipeline import CheckResult

    report = _report_of(source) if isinstance(source, CheckResult) else source
    _check_report(report, str(doc_id or path))
    return export_pairs(
        pairs_from_report(report, doc_id),
        path,
        fmt,
        src_lang=report["src"]["lang"],
        tgt_lang=report["tgt"]["lang"],
        include_null=include_null,
        provenance=provenance_from_report(report),
    )


# ---------------------------------------------------------------------------------------------------
# The format table

#: ``render(pairs, src_lang, tgt_lang, provenance) -> text`` of a one-file format.
Renderer = Callable[[Sequence[AlignedPair], str, str, dict[str, str] | None], str]
#: ``write(pairs, path, src_lang, tgt_lang, provenance) -> paths written`` of a format that writes its own files.
Writer = Callable[[Sequence[AlignedPair], str | Path, str, str, dict[str, str] | None], list[Path]]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: the single entry every command reads its choices, suffixes and help from.

    :param name: the ``--format`` value (lower case).
    :param help: a few words for ``--help`` and the README table.
    :param suffixes: file suffixes (lower case, with the dot) that select the format without ``--format``.
    :param render: for a one-file format, the text of the file; such a format can also go to standard
        output (``-``) and is written atomically by :func:`export_pairs`.
    :param write: for a format that writes its own files (a prefix, a folder); exactly one of
        ``render`` and ``write`` is given.
    :param keep_null: keep null beads (an omission or an addition) unless ``include_null`` says otherwise.
    :param destination: what the path names: ``file``, ``prefix`` (``PREFIX.<lang>`` per side) or ``folder``.
    :param xml_ids: document ids go into XML (a name XML cannot carry is refused before the run).
    """

    name: str
    help: str
    suffixes: tuple[str, ...] = ()
    render: Renderer | None = None
    write: Writer | None = None
    keep_null: bool = False
    destination: Literal["file", "prefix", "folder"] = "file"
    xml_ids: bool = False

    def __post_init__(self) -> None:
        if (self.render is None) == (self.write is None):
            raise ValueError(f"export format {self.name!r}: give exactly one of render and write")
        if self.name != self.name.lower() or not self.name or ":" in self.name:
            raise ValueError(f"export format {self.name!r}: a name is lower case, without ':'")
        if any(not s.startswith(".") or s != s.lower() for s in self.suffixes):
            raise ValueError(f"export format {self.name!r}: suffixes are lower case and start with '.'")

    @property
    def stdout(self) -> bool:
        """True when the format can be written to standard output (``-``): the one-file formats."""
        return self.render is not None

    def outputs(self, path: str | Path, src_lang: str, tgt_lang: str) -> list[Path]:
        """The files or folder an export to ``path`` creates (``PREFIX.<src>`` and ``PREFIX.<tgt>`` for a prefix)."""
        if self.destination == "prefix":
            return [Path(f"{path}.{src_lang}"), Path(f"{path}.{tgt_lang}")]
        return [Path(path)]


#: Name -> format, in the order the CLI lists them. Add a format with :func:`register_format`.
EXPORT_FORMATS: dict[str, ExportFormat] = {}


def register_format(spec: ExportFormat, *, override: bool = False) -> ExportFormat:
    """Add ``spec`` to :data:`EXPORT_FORMATS`; every command offers it from then on.

    :param override: allow replacing a format of the same name (otherwise a clash is an error).
    :raises ValueError: the name is taken, or a suffix already selects another format.
    """
    if spec.name in EXPORT_FORMATS and not override:
        raise ValueError(f"export format {spec.name!r} is already registered")
    taken = {s: f.name for f in EXPORT_FORMATS.values() if f.name != spec.name for s in f.suffixes}
    for suffix in spec.suffixes:
        if suffix in taken:
            raise ValueError(f"export format {spec.name!r}: suffix {suffix} already selects {taken[suffix]}")
    EXPORT_FORMATS[spec.name] = spec
    return spec


def get_format(name: str) -> ExportFormat:
    """The format called ``name`` (any case).

    :raises ConfigError: no such format.
    """
    spec = EXPORT_FORMATS.get(name.lower())
    if spec is None:
        raise ConfigError(f"--format {name!r}: unknown export format (choose from {', '.join(EXPORT_FORMATS)})")
    return spec


def format_names() -> tuple[str, ...]:
    """The format names, in table order: the ``choices`` of every ``--format`` option."""
    return tuple(EXPORT_FORMATS)


def format_suffixes() -> dict[str, str]:
    """Suffix -> format name, for paths given without a format."""
    return {s: f.name for f in EXPORT_FORMATS.values() for s in f.suffixes}


def formats_help() -> str:
    """One line for ``--help``: each format with its suffixes or what its path names."""
    parts = []
    for f in EXPORT_FORMATS.values():
        where = "/".join(f.suffixes) if f.destination == "file" else f"a {f.destination}"
        parts.append(f"{f.name} ({where})" if where else f.name)
    return ", ".join(parts)


def __getattr__(name: str) -> Any:
    # FORMATS and FORMAT_SUFFIXES stay importable, always current with the table
    if name == "FORMATS":
        return format_names()
    if name == "FORMAT_SUFFIXES":
        return format_suffixes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _render_tsv(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None) -> str:
    return to_tsv(pairs)


def _render_jsonl(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None) -> str:
    return to_jsonl(pairs, src_lang, tgt_lang)


def _render_tmx(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None) -> str:
    return to_tmx(pairs, src_lang, tgt_lang, provenance).decode("utf-8")


def _render_xliff(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None) -> str:
    return to_xliff(pairs, src_lang, tgt_lang, provenance).decode("utf-8")


def _render_csv(pairs: Sequence[AlignedPair], src_lang: str, tgt_lang: str, provenance: dict[str, str] | None) -> str:
    return to_findings_csv(pairs)


def _write_moses(pairs: Sequence[AlignedPair], path: str | Path, src_lang: str, tgt_lang: str,
                 provenance: dict[str, str] | None) -> list[Path]:
    return write_moses(pairs, path, src_lang, tgt_lang)


def _write_hf(pairs: Sequence[AlignedPair], path: str | Path, src_lang: str, tgt_lang: str,
              provenance: dict[str, str] | None) -> list[Path]:
    return [write_hf_dataset(pairs, path, src_lang, tgt_lang, provenance)]


for _spec in (
    ExportFormat("tsv", "tab-separated pairs with scores", (".tsv",), render=_render_tsv, keep_null=True),
    ExportFormat("jsonl", "one JSON object per pair", (".jsonl",), render=_render_jsonl, keep_null=True),
    ExportFormat("moses", "two line-aligned files PREFIX.<src> and PREFIX.<tgt>", write=_write_moses,
                 destination="prefix"),
    ExportFormat("tmx", "TMX 1.4b translation memory", (".tmx",), render=_render_tmx, xml_ids=True),
    ExportFormat("xliff", "XLIFF 2.1 with ITS quality issues", (".xlf", ".xliff"), render=_render_xliff,
                 xml_ids=True),
    ExportFormat("hf", "a Hugging Face dataset folder (save_to_disk)", write=_write_hf, destination="folder"),
    ExportFormat("csv", "findings.csv, one row per finding", (".csv",), render=_render_csv, keep_null=True),
):
    register_format(_spec)
del _spec
