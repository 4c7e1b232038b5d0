"""What CI systems read: GitHub Actions annotations, a step-summary Markdown table and JUnit XML.

GitHub's workflow-command syntax is ``::LEVEL file=PATH,line=N,title=TITLE::MESSAGE``. Values are
escaped as GitHub's own toolkit does (``@actions/core`` ``command.ts``): in the message ``%`` -> ``%25``,
``\\r`` -> ``%0D``, ``\\n`` -> ``%0A``; in property values additionally ``:`` -> ``%3A`` and ``,`` -> ``%2C``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..align.types import Document
from .findings import KINDS, SEVERITIES, Finding, severity_rank
from .gates import GateConfig, GateResult, document_score, failing_findings
from .scores import HEADLINE
from .pipeline import CheckResult
from .report import sentence_ref, stale_lines

if TYPE_CHECKING:  # pragma: no cover
    from .corpus_gates import DocumentVerdict

logger = logging.getLogger(__name__)

__all__ = [
    "escape_data",
    "escape_property",
    "annotation",
    "github_annotations",
    "step_summary",
    "append_step_summary",
    "junit_xml",
    "corpus_annotations",
    "corpus_step_summary",
    "corpus_junit_xml",
]


def escape_data(text: str) -> str:
    """Escape a workflow-command message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow-command property value (``file``, ``title`` ...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, *, file: str | None = None, line: int | None = None,
               title: str | None = None) -> str:
    """One ``::LEVEL prop=value,...::message`` line (no trailing newline).

    :param level: ``error``, ``warning`` or ``notice``.
    :param line: 1-based line number; ``None`` or ``0`` leaves it out.
    """
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
    if line:
        props.append(f"line={int(line)}")
    if title:
        props.append(f"title={escape_property(title)}")
    head = f"::{level}" + (" " + ",".join(props) if props else "")
    return f"{head}::{escape_data(message)}"


def _location(doc: Document, ids: Sequence[int]) -> tuple[str | None, int | None]:
    if doc.path is None:
        return None, None
    lines = [doc.sentences[i].line for i in ids if 0 <= i < len(doc.sentences)]
    line = min((n for n in lines if n > 0), default=None)
    return doc.path, line


def _level(f: Finding, failing: bool) -> str:
    if failing:
        return "error"
    return "notice" if f.severity == "minor" else "warning"


def _accepted(result: CheckResult) -> set[int]:
    return set(result.baseline.accepted) if result.baseline is not None else set()


def _finding_message(result: CheckResult, f: Finding, accepted: bool = False) -> str:
    parts = [("accepted (baseline): " if accepted else "") + f.message]
    if f.src_text:
        parts.append(f"{sentence_ref(result.src, f.src)}: {f.src_text}")
    if f.tgt_text:
        parts.append(f"{sentence_ref(result.tgt, f.tgt)}: {f.tgt_text}")
    return "\n".join(parts)


def github_annotations(result: CheckResult, fail_on: str = "major", doc_id: str | None = None) -> list[str]:
    """One annotation per finding, pointing at the target file's line (the source file's for omissions).

    Findings that fail the ``fail_on`` gate are ``error``; the others are ``warning`` (critical, major)
    or ``notice`` (minor), so the annotation level matches the build's verdict. Findings a baseline
    accepted are ``notice`` whatever their severity (title ``... accepted``); each stale baseline entry
    is a ``notice`` without a file.

    :param doc_id: a batch's document id, put in each title (``wiredrift voi-137686: critical number``).
    """
    accepted = _accepted(result)
    failing = set(failing_findings(result, fail_on, accepted))
    out = []
    for k, f in enumerate(result.findings):
        if f.tgt:
            file, line = _location(result.tgt, f.tgt)
        else:
            file, line = _location(result.src, f.src)
        prefix = f"wiredrift {doc_id}: " if doc_id else "wiredrift "
        title = f"{prefix}{f.severity} {f.kind} #{k + 1}" + (" accepted" if k in accepted else "")
        level = "notice" if k in accepted else _level(f, k in failing)
        out.append(annotation(level, _finding_message(result, f, k in accepted), file=file, line=line, title=title))
    for text in stale_lines(result):
        out.append(annotation("notice", text, title="wiredrift stale baseline entry"))
    return out


def _md_cell(text: str, limit: int = 160) -> str:
    """Text safe inside a Markdown table cell (pipes, newlines and HTML neutralised)."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|").replace("`", "\\`"))


def step_summary(result: CheckResult, gates: Sequence[GateResult]) -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: verdict, gates, counts and the findings table."""
    from .gates import exit_code

    code = exit_code(gates)
    verdict = {0: "passed", 1: "failed", 2: "could not be evaluated"}[code]
    icon = {0: "✅", 1: "❌", 2: "⚠️"}[code]
    src_name = Path(result.src.path).name if result.src.path else result.src.lang
    tgt_name = Path(result.tgt.path).name if result.tgt.path else result.tgt.lang
    lines = [f"## {icon} wiredrift check {verdict}: {_md_cell(src_name)} → {_md_cell(tgt_name)}", ""]
    lines += ["| gate | setting | result | detail |", "|---|---|---|---|"]
    for g in gates:
        lines.append(f"| {g.name} | {_md_cell(g.threshold)} | {g.status} | {_md_cell(g.message)} |")
    lines.append("")
    by_sev = {s: 0 for s in SEVERITIES}
    for f in result.findings:
        by_sev[f.severity] += 1
    counts = ", ".join(f"{n} {s}" for s, n in by_sev.items())
    line = (f"{len(result.src)} {result.src.lang} / {len(result.tgt)} {result.tgt.lang} sentences, "
            f"{len(result.beads)} aligned pairs, **{len(result.findings)} findings** ({counts})")
    scores = [(n, document_score(result, k)) for n, k in HEADLINE]
    shown = [f"{n} {v:.1f}" for n, v in scores if v is not None]
    if shown:
        line += "; document " + ", ".join(shown)
    lines += [line, ""]
    accepted = _accepted(result)
    order = sorted(range(len(result.findings)),
                   key=lambda k: (severity_rank(result.findings[k].severity), result.findings[k].src or result.findings[k].tgt))
    for title, ks in (("", [k for k in order if k not in accepted]),
                      ("Accepted by the baseline (not counted by the gates)", [k for k in order if k in accepted])):
        if not ks:
            continue
        if title:
            lines += [f"**{title}**", ""]
        lines += [f"| # | severity | kind | {result.src.lang} | {result.tgt.lang} | message |", "|---|---|---|---|---|---|"]
        for k in ks:
            f = result.findings[k]
            src = sentence_ref(result.src, f.src, lang=False) if f.src else "–"
            tgt = sentence_ref(result.tgt, f.tgt, lang=False) if f.tgt else "–"
            lines.append(f"| {k + 1} | {f.severity} | {_md_cell(f.kind)} | {src} | {tgt} | {_md_cell(f.message)} |")
        lines.append("")
    for note in [*result.notes, *stale_lines(result)]:
        lines.append(f"> {_md_cell(note, 300)}")
    return "\n".join(lines).rstrip("\n") + "\n\n"


def append_step_summary(text: str, path: str | os.PathLike[str] | None = None) -> bool:
    """Append ``text`` to ``path`` (default ``$GITHUB_STEP_SUMMARY``); ``False`` when there is none.

    GitHub gives each step its own summary file and shows what the step appended, so this appends
    rather than replaces. A summary file that cannot be written is logged as a warning: the check has
    run and its verdict stands.
    """
    path = path if path is not None else os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return False
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        logger.warning("cannot append the step summary to %s (%s)", path, exc.strerror or exc)
        return False
    return True


def junit_xml(result: CheckResult, gates: Sequence[GateResult], fail_on: str = "major") -> bytes:
    """JUnit XML: suite ``wiredrift.drift`` with one test case per finding kind, suite ``wiredrift.gates``
    with one per gate.

    A kind's test case fails when it has findings at or above ``fail_on`` (each listed in the failure
    text); findings below it, and findings a baseline accepted (marked ``[accepted]``), are listed in
    ``system-out``. A gate that failed is a ``failure``, one that could not be evaluated an ``error``.
    With a baseline, the gates suite has a passing ``baseline`` case whose ``system-out`` lists the
    stale entries.

    :return: UTF-8 XML with a declaration.
    """
    import xml.etree.ElementTree as ET

    accepted = _accepted(result)
    failing = set(failing_findings(result, fail_on, accepted))
    name = f"{result.src.path or result.src.lang} -> {result.tgt.path or result.tgt.lang}"
    root = ET.Element("testsuites", name="wiredrift check")

    kinds = list(KINDS) + sorted({f.kind for f in result.findings} - set(KINDS))
    drift = ET.SubElement(root, "testsuite", name="wiredrift.drift")
    n_fail = 0
    for kind in kinds:
        case = ET.SubElement(drift, "testcase", classname="wiredrift.drift", name=_xml_safe(kind),
                             file=_xml_safe(result.tgt.path or ""))
        mine = [(k, f) for k, f in enumerate(result.findings) if f.kind == kind]
        bad = [(k, f) for k, f in mine if k in failing]
        ok = [(k, f) for k, f in mine if k not in failing]
        if bad:
            n_fail += 1
            failure = ET.SubElement(case, "failure", type=_xml_safe(f"drift.{kind}"),
                                    message=_xml_safe(f"{len(bad)} {kind} finding(s) at or above {fail_on}"))
            failure.text = _xml_safe("\n".join(_junit_line(result, f, k) for k, f in bad))
        if ok:
            out = ET.SubElement(case, "system-out")
            out.text = _xml_safe("\n".join(_junit_line(result, f, k, k in accepted) for k, f in ok))
    drift.set("tests", str(len(kinds)))
    drift.set("failures", str(n_fail))
    drift.set("errors", "0")
    drift.set("skipped", "0")

    gsuite = ET.SubElement(root, "testsuite", name="wiredrift.gates")
    fails = errors = 0
    for g in gates:
        case = ET.SubElement(gsuite, "testcase", classname="wiredrift.gates", name=g.name)
        if g.status == "fail":
            fails += 1
            ET.SubElement(case, "failure", type=f"gate.{g.name}", message=_xml_safe(g.message))
        elif g.status == "error":
            errors += 1
            ET.SubElement(case, "error", type=f"gate.{g.name}", message=_xml_safe(g.message))
    n_cases = len(gates)
    if result.baseline is not None:
        n_cases += 1
        case = ET.SubElement(gsuite, "testcase", classname="wiredrift.gates", name="baseline")
        out = ET.SubElement(case, "system-out")
        out.text = _xml_safe("\n".join([f"{len(accepted)} finding(s) accepted by {result.baseline.path}",
                                        *stale_lines(result)]))
    gsuite.set("tests", str(n_cases))
    gsuite.set("failures", str(fails))
    gsuite.set("errors", str(errors))
    gsuite.set("skipped", "0")
    root.set("tests", str(len(kinds) + n_cases))
    root.set("failures", str(n_fail + fails))
    root.set("errors", str(errors))
    for suite in (drift, gsuite):
        props = ET.Element("properties")
        ET.SubElement(props, "property", name="pair", value=_xml_safe(name))
        suite.insert(0, props)  # the JUnit schema wants properties first
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _junit_line(result: CheckResult, f: Finding, k: int, accepted: bool = False) -> str:
    mark = " [accepted]" if accepted else ""
    return (f"#{k + 1} [{f.severity}]{mark} {sentence_ref(result.src, f.src)} / {sentence_ref(result.tgt, f.tgt)}: "
            f"{f.message}")


_XML_BAD = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return _XML_BAD.sub("\ufffd", text)


# ---------------------------------------------------------------------------------------------------
# Batches: many documents, one gate (wiredrift corpus, wiredrift check FOLDER)


def corpus_annotations(verdicts: Sequence[DocumentVerdict], fail_on: str = "major") -> list[str]:
    """Per document: one annotation per finding (as :func:`github_annotations`, titled with the document
    id), one ``error`` per failed gate, and one ``error`` for a document that could not be checked."""
    out: list[str] = []
    for v in verdicts:
        if v.result is not None:
            out += github_annotations(v.result, fail_on, doc_id=v.id)
        if v.result is None or v.verdict == "error":
            out.append(annotation("error", f"could not be checked: {v.error}", file=v.src or v.tgt,
                                  title=f"wiredrift {v.id}: not checked"))
            continue
        for g in v.gates:
            if g.status == "fail":
                out.append(annotation("error", g.message, file=v.tgt, title=f"wiredrift {v.id}: gate {g.name} failed"))
    return out


#: Rows a step summary lists in full; above it only the documents that did not pass are listed.
SUMMARY_ROWS = 300


def corpus_step_summary(verdicts: Sequence[DocumentVerdict], config: GateConfig, title: str = "wiredrift corpus") -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: the verdict, then one table row per document (id, sentences,
    findings by severity, each gate, verdict). Past :data:`SUMMARY_ROWS` documents only those that did
    not pass are listed, so the summary stays under GitHub's 1 MiB limit."""
    from .corpus_gates import batch_exit_code, gate_names, totals_line

    failed = batch_exit_code(verdicts)
    icon = "❌" if failed else "✅"
    lines = [f"## {icon} {title} {'failed' if failed else 'passed'}: {_md_cell(totals_line(verdicts))}", ""]
    names = gate_names(config)
    settings = {"fail-on": config.fail_on, "max-findings": str(config.max_findings),
                "min-chrf": f"{config.min_chrf:g}" if config.min_chrf is not None else ""}
    lines.append("gates: " + ", ".join(f"`--{n} {settings[n]}`" for n in names))
    lines.append("")
    rows = list(verdicts)
    if len(rows) > SUMMARY_ROWS:
        rows = [v for v in rows if v.verdict != "pass"][:SUMMARY_ROWS]
        lines += [f"{len(verdicts) - len(rows)} documents not listed (all passed)" if len(rows) < SUMMARY_ROWS
                  else f"only the first {SUMMARY_ROWS} documents that did not pass are listed", ""]
    if rows:
        lines.append("| document | sentences | " + " | ".join(SEVERITIES) + " | " + " | ".join(names) + " | verdict |")
        lines.append("|---" * (3 + len(SEVERITIES) + len(names) - 1) + "|---|")
        shown = {"pass": "✅ pass", "fail": "❌ fail", "error": "⚠️ not checked"}
        for v in rows:
            checked = v.result is not None
            counts = [str(v.by_severity.get(s, 0)) if checked else "–" for s in SEVERITIES]
            gates = {g.name: g for g in v.gates}
            cells = [(f"{gates[n].status}: {_md_cell(gates[n].message, 80)}" if n in gates else "–") for n in names]
            verdict = shown[v.verdict] + (f" ({_md_cell(v.error or '', 120)})" if v.verdict == "error" else "")
            lines.append(f"| {_md_cell(v.id)} | {v.sentences if checked else '–'} | " + " | ".join(counts)
                         + " | " + " | ".join(cells) + f" | {verdict} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n\n"


def corpus_junit_xml(verdicts: Sequence[DocumentVerdict], config: GateConfig, name: str = "wiredrift corpus") -> bytes:
    """JUnit XML for a batch: one ``testsuite`` per document (named by its id, with its paths as properties),
    one ``testcase`` per gate in it (``classname`` the document id, ``name`` the gate).

    A gate that failed is a ``failure`` listing the findings that made it fail (the others go to
    ``system-out``); a document that could not be checked has an ``error`` in every gate's case, so it
    reads as broken, not as drift. Jenkins, GitLab and GitHub test reporters group the cases by document.

    :return: UTF-8 XML with a declaration.
    """
    import xml.etree.ElementTree as ET

    from .corpus_gates import gate_names

    names = gate_names(config)
    root = ET.Element("testsuites", name=name)
    all_tests = all_fail = all_err = 0
    for v in verdicts:
        suite = ET.SubElement(root, "testsuite", name=_xml_safe(v.id))
        props = ET.SubElement(suite, "properties")
        for key, value in (("src", v.src), ("tgt", v.tgt)):
            if value:
                ET.SubElement(props, "property", name=key, value=_xml_safe(value))
        gates = {g.name: g for g in v.gates}
        fails = errors = 0
        for gate in names:
            case = ET.SubElement(suite, "testcase", classname=_xml_safe(v.id), name=gate,
                                 file=_xml_safe(v.tgt or ""))
            g = gates.get(gate)
            if v.result is None or g is None or g.status == "error":
                errors += 1
                why = g.message if g is not None and g.status == "error" else f"could not be checked: {v.error}"
                ET.SubElement(case, "error", type="document.unchecked" if g is None else f"gate.{gate}",
                              message=_xml_safe(why))
                continue
            result = v.result
            accepted = set(result.baseline.accepted) if result.baseline is not None else set()
            if gate == "fail-on":
                bad = set(failing_findings(result, config.fail_on, accepted))
            elif gate == "max-findings" and g.status == "fail":
                bad = set(range(len(result.findings))) - accepted
            else:
                bad = set()
            if g.status == "fail":
                fails += 1
                failure = ET.SubElement(case, "failure", type=f"gate.{gate}", message=_xml_safe(g.message))
                failure.text = _xml_safe("\n".join(_junit_line(result, f, k) for k, f in enumerate(result.findings) if k in bad))
            rest = [(k, f) for k, f in enumerate(result.findings) if k not in bad]
            if rest and gate == "fail-on":  # every finding shown once per document, under the severity gate
                out = ET.SubElement(case, "system-out")
                out.text = _xml_safe("\n".join(_junit_line(result, f, k, k in accepted) for k, f in rest))
        for key, n in (("tests", len(names)), ("failures", fails), ("errors", errors), ("skipped", 0)):
            suite.set(key, str(n))
        all_tests, all_fail, all_err = all_tests + len(names), all_fail + fails, all_err + errors
    root.set("tests", str(all_tests))
    root.set("failures", str(all_fail))
    root.set("errors", str(all_err))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
