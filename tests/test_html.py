"""The HTML report, checked as parsed HTML (the browser test runs it in Chromium)."""

from __future__ import annotations

import dataclasses
import importlib.resources
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import lxml.html
import pytest

from wiredrift.align.types import Sentence
from wiredrift.eval import pipeline
from wiredrift.eval.cli import main
from wiredrift.eval.findings import Finding
from wiredrift.eval.html import KEYS, Segment, render_html, segment_text, write_html
from wiredrift.eval.pipeline import CheckResult
from wiredrift.eval.report import from_json

SAMPLE = Path(__file__).resolve().parent / "data" / "report-sample.json"
SCRIPT = '<script>document.title="pwned"</script>'
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def sample() -> CheckResult:
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


def hostile() -> CheckResult:
    """The sample with markup in a quote, a message, a note, a kind, a path and a finding's span."""
    r = sample()
    quote_src = f'"Ini {SCRIPT} bukan invasi,"'
    quote_tgt = f'"This {IMG} is an invasion,"'
    src_sents = list(r.src.sentences)
    tgt_sents = list(r.tgt.sentences)
    src_sents[6] = dataclasses.replace(src_sents[6], text=f"{quote_src} kata pejabat itu.")
    tgt_sents[5] = dataclasses.replace(tgt_sents[5], text=f"{quote_tgt} the official said.")
    src = dataclasses.replace(r.src, sentences=tuple(src_sents), path="id<u>.txt")
    tgt = dataclasses.replace(r.tgt, sentences=tuple(tgt_sents))
    f = Finding("quote</td><script>x()</script>", "critical", (6,), (5,), src_sents[6].text, tgt_sents[5].text,
                f"quote inverted {SCRIPT}", quote_src, quote_tgt, SCRIPT, IMG)
    return dataclasses.replace(r, src=src, tgt=tgt, findings=[f, *r.findings[:2]],
                               notes=[f"note {SCRIPT}"], signature={**r.signature, "x": SCRIPT})


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def marked_text(root: lxml.html.HtmlElement, side: str, fid: int) -> str:
    """The text of every mark of finding ``fid`` on one side, in order."""
    marks = root.xpath(f"//td[contains(@class,'{side}')]//mark[contains(concat(' ', @data-f, ' '), ' f{fid} ')]")
    return "".join(m.text_content() for m in marks)


SEGMENT_CASES = [
    ("no marks", "abc", [], [Segment("abc")]),
    ("one mark", "abcdef", [(1, 3, 1)], [Segment("a"), Segment("bc", (1,), (1,)), Segment("def")]),
    ("overlap", "abcdef", [(0, 4, 1), (2, 6, 2)],
     [Segment("ab", (1,)), Segment("cd", (1, 2), (1,)), Segment("ef", (2,), (2,))]),
    ("nested", "abcdef", [(0, 6, 1), (2, 3, 2)],
     [Segment("ab", (1,)), Segment("c", (1, 2), (2,)), Segment("def", (1,), (1,))]),
    ("out of range ignored", "abc", [(2, 9, 1), (2, 2, 3)], [Segment("abc")]),
]


@pytest.mark.parametrize(("what", "text", "marks", "expected"), SEGMENT_CASES, ids=[c[0] for c in SEGMENT_CASES])
def test_segment_text(what: str, text: str, marks, expected) -> None:
    got = segment_text(text, marks)
    assert got == expected
    assert "".join(s.text for s in got) == text


def test_every_span_is_highlighted_on_both_sides() -> None:
    r = sample()
    root = parse(render_html(r))
    cards = root.xpath("//div[contains(concat(' ', @class, ' '), ' card ')]")
    assert len(cards) == len(r.findings)
    checked = 0
    for card in cards:
        fid = int(card.get("id")[1:])
        msg = card.text_content()
        f = next(f for f in r.findings if f.message in msg)
        assert card.get("data-severity") == f.severity and card.get("data-kind") == f.kind
        # severity is written out, not only coloured
        assert card.xpath(".//span[contains(@class,'badge')]")[0].text_content() == f.severity
        if f.src_span:
            assert marked_text(root, "src", fid) == f.src_span
            checked += 1
        if f.tgt_span:
            assert marked_text(root, "tgt", fid) == f.tgt_span
            checked += 1
        if f.src_span is None and f.tgt_span is None and f.src and f.tgt:
            whole = root.xpath(f"//span[contains(@class,'whole') and contains(concat(' ', @data-f, ' '), ' f{fid} ')]")
            assert len(whole) == len(f.src) + len(f.tgt)
    assert checked >= 12


def test_findings_are_numbered_in_reading_order() -> None:
    root = parse(render_html(sample()))
    ids = [int(c.get("id")[1:]) for c in root.xpath("//div[contains(concat(' ', @class, ' '), ' card ')]")]
    assert ids == sorted(ids) == list(range(1, len(ids) + 1))


def test_null_beads_show_an_empty_side() -> None:
    root = parse(render_html(sample()))
    empties = root.xpath("//td[contains(@class,'empty')]")
    assert len(empties) == 2
    texts = sorted(" ".join(e.text_content().split()) for e in empties)
    assert texts[0].startswith("no en counterpart (omitted from en)")
    assert texts[1].startswith("no id counterpart (added in en)")


def test_one_row_per_bead_and_every_sentence_once() -> None:
    r = sample()
    root = parse(render_html(r))
    rows = root.xpath("//tr[contains(@class,'pair')]")
    assert len(rows) == len(r.beads)
    for side, doc in (("src", r.src), ("tgt", r.tgt)):
        shown = [int(s.get("data-i")) for s in root.xpath(f"//td[contains(@class,'{side}')]//span[contains(@class,'sent')]")]
        assert shown == list(range(len(doc)))


def test_summary_counts_scores_notes_signature_and_keys() -> None:
    r = sample()
    root = parse(render_html(r))
    counts = root.get_element_by_id("counts")
    entity = counts.xpath(".//tr[@data-kind='entity']/td")
    assert [td.text_content() for td in entity] == ["entity", "1", "1", "1", "3"]
    assert "chrF 57.3" in " ".join(root.get_element_by_id("doc-scores").text_content().split())
    assert "BLEU 26.4" in " ".join(root.get_element_by_id("doc-scores").text_content().split())
    assert r.notes[0] in root.get_element_by_id("notes").text_content()
    sig = json.loads(root.get_element_by_id("signature").text_content())
    assert sig["encoder"] == r.signature["encoder"] and "config" in sig
    controls = root.xpath("//nav[contains(@class,'controls')]")[0].text_content()
    for _key, what in KEYS:
        assert what in controls
    boxes = root.xpath("//input[@type='checkbox' and @name]")
    assert {(b.get("name"), b.get("value")) for b in boxes} >= {("severity", "minor"), ("kind", "quote")}


def test_without_mt_says_so() -> None:
    r = dataclasses.replace(sample(), pair_scores=None, document_scores=None)
    root = parse(render_html(r))
    assert "No machine translation ran" in root.get_element_by_id("doc-scores").text_content()
    assert "chrF" not in root.xpath("//td[contains(@class,'num')]")[0].text_content()


def test_page_is_self_contained() -> None:
    html = render_html(sample())
    root = parse(html)
    assert not root.xpath("//*[@src]")
    assert not root.xpath("//link")
    assert len(root.xpath("//script")) == 1 and len(root.xpath("//style")) == 1
    hrefs = [a.get("href") for a in root.xpath("//a[@href]")]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert not re.search(r"https?://(?!json-schema)", html.replace("http-equiv", ""))
    assert "@import" not in html and "url(" not in html
    assert "@media print" in html


def test_markup_in_texts_is_escaped() -> None:
    html = render_html(hostile())
    root = parse(html)
    scripts = root.xpath("//script")
    assert len(scripts) == 1 and "pwned" not in scripts[0].text_content()
    assert not root.xpath("//img")
    assert not root.xpath("//*[@onerror]")
    assert not root.xpath("//u")
    # the text is there, as text
    page_text = root.text_content()
    assert SCRIPT in page_text and IMG in page_text
    assert "id<u>.txt" in page_text
    # the hostile finding is still highlighted exactly
    card = root.xpath("//div[contains(concat(' ', @class, ' '), ' card ')][contains(., 'quote inverted')]")[0]
    fid = int(card.get("id")[1:])
    assert card.get("data-kind") == "quote</td><script>x()</script>"
    assert marked_text(root, "src", fid) == f'"Ini {SCRIPT} bukan invasi,"'
    assert marked_text(root, "tgt", fid) == f'"This {IMG} is an invasion,"'
    assert "&lt;script&gt;" in html


def test_span_not_found_highlights_whole_sentence() -> None:
    r = sample()
    f = dataclasses.replace(r.findings[0], src_span="not in the sentence", tgt_span=None)
    root = parse(render_html(dataclasses.replace(r, findings=[f])))
    whole = root.xpath("//span[contains(@class,'whole')]")
    assert {w.get("data-i") for w in whole} == {str(f.src[0]), str(f.tgt[0])}
    assert not root.xpath("//mark")


def test_span_across_a_sentence_boundary() -> None:
    r = sample()
    texts = [r.src.sentences[2].text, r.src.sentences[3].text]
    span = texts[0][-10:] + " " + texts[1][:7]
    f = Finding("quote", "major", (2, 3), (2,), " ".join(texts), r.tgt.sentences[2].text, "m", span, None)
    root = parse(render_html(dataclasses.replace(r, findings=[f])))
    marks = root.xpath("//td[contains(@class,'src')]//mark")
    assert [m.text_content() for m in marks] == [texts[0][-10:], texts[1][:7]]


def test_finding_outside_any_bead_is_listed() -> None:
    r = sample()
    f = Finding("entity", "major", (99,), (), "x", "", "index beyond the document")
    root = parse(render_html(dataclasses.replace(r, findings=[f])))
    assert root.get_element_by_id("pair-other").text_content().count("index beyond the document") == 1


def test_roles_and_mt_lines() -> None:
    r = sample()
    r.mt = [f"MT of {s.text[:10]}" for s in r.src.sentences]
    root = parse(render_html(r))
    assert root.xpath("//span[contains(@class,'role-caption')]")
    assert root.xpath("//span[contains(@class,'role-headline')]")
    assert len(root.xpath("//span[@class='mt']")) == len(r.src)


def test_cli_writes_html(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(pipeline, "run_check", lambda *a, **k: sample())
    out = tmp_path / "report.html"
    assert main(["check", "a.txt", "b.txt", "--html", str(out), "--fail-on", "none", "--quiet"]) == 0
    root = parse(out.read_text(encoding="utf-8"))
    assert len(root.xpath("//div[contains(concat(' ', @class, ' '), ' card ')]")) == 10
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_write_html_leaves_no_partial_file(tmp_path: Path) -> None:
    r = sample()
    bad = dataclasses.replace(r, beads=[*r.beads, "not a bead"])  # type: ignore[list-item]
    out = tmp_path / "r.html"
    with pytest.raises(AttributeError):
        write_html(bad, out)
    assert not list(tmp_path.iterdir())


def test_sentence_fields_reach_the_page() -> None:
    r = sample()
    s = r.tgt.sentences[3]
    root = parse(render_html(r))
    idx = root.xpath(f"//td[contains(@class,'tgt')]//span[@data-i='{s.i}']/span[@class='idx']")[0]
    assert idx.get("title") == f"sentence {s.i + 1}, line {s.line}"  # numbered from 1, as people count
    assert idx.text_content() == str(s.i + 1)
    assert isinstance(s, Sentence)


def _update_golden() -> ModuleType:
    """scripts/update_golden.py, loaded from its file (scripts/ is no package)."""
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("update_golden", root / "scripts" / "update_golden.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_golden_html() -> None:
    """tests/golden/report-sample.html is written only by scripts/update_golden.py; review its diff.

    The golden file holds the page without its inlined CSS and JS (see update_golden.normalise_html)."""
    html = _update_golden().normalise_html(render_html(sample()))
    golden = Path(__file__).resolve().parent / "golden" / "report-sample.html"
    assert html == golden.read_text(encoding="utf-8")
    assert "<style>/* eval/templates/report.css */</style>" in html and "<script>/* eval/templates/report.js */" in html


def test_page_inlines_the_packaged_css_and_js_as_they_are() -> None:
    html = render_html(sample())
    templates = importlib.resources.files("wiredrift.eval") / "templates"
    for tag, name in (("style", "report.css"), ("script", "report.js")):
        bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)
        assert bodies == [(templates / name).read_text(encoding="utf-8")]


def test_csp_allows_exactly_the_inline_blocks() -> None:
    import base64
    import hashlib

    html = render_html(sample())
    root = parse(html)
    policy = root.xpath("//meta[@http-equiv='Content-Security-Policy']")[0].get("content")
    rules = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert rules["default-src"] == "'none'"
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert rules[directive] == f"'sha256-{digest}'"
