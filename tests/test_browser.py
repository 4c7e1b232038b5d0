"""The HTML report in a real browser: headless Chromium loads the page from a file:// URL.

What ran is read back with ``--dump-dom`` (the DOM after the page's scripts ran): highlights, the
filters (preset through the ``#hide=`` address fragment the page applies on load), keyboard
navigation (a test copy of the page adds a script that presses keys), and that markup inside the
texts runs nothing. A screenshot of the seed example is written for a person to look at.

``.ci/run`` installs Debian's ``chromium``; without a Chromium binary these tests are skipped.
Set ``WIREDRIFT_CHROMIUM`` to use another binary, ``WIREDRIFT_SCREENSHOT`` to keep the screenshot.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import lxml.html
import pytest

from wiredrift.eval.cli import main
from wiredrift.eval.findings import Finding
from wiredrift.eval.html import render_html
from wiredrift.eval.pipeline import CheckResult
from wiredrift.eval.report import from_json

SAMPLE = Path(__file__).resolve().parent / "data" / "report-sample.json"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--mute-audio"]


def _chromium() -> str | None:
    env = os.environ.get("WIREDRIFT_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = _chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (.ci/run installs Debian's "
                                                "`chromium`; or set WIREDRIFT_CHROMIUM)"),
]


def run_chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"  # a fresh one per start
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True,
                          env={**os.environ, "HOME": str(tmp_path)})


def dump_dom(tmp_path: Path, page: Path, fragment: str = "") -> lxml.html.HtmlElement:
    proc = run_chromium(tmp_path, page.as_uri() + fragment, "--dump-dom", "--virtual-time-budget=2000")
    assert "<html" in proc.stdout, proc.stderr[-2000:]
    root = lxml.html.fromstring(proc.stdout)
    assert root.xpath("//body")[0].get("data-ready") == "1", "the page's script did not run"
    return root


def sample() -> CheckResult:
    return from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))


def without_csp(html: str) -> str:
    """The page without its Content-Security-Policy (which allows only the page's own script)."""
    out = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", html)
    assert out != html
    return out


def write_page(tmp_path: Path, result: CheckResult, name: str = "report.html", extra_script: str = "",
               csp: bool = True) -> Path:
    html = render_html(result)
    if extra_script:  # a test variant of the page: the test's own script runs after the page's
        html = without_csp(html).replace("</body>", f"<script>{extra_script}</script>\n</body>")
    elif not csp:
        html = without_csp(html)
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    return page


def cards(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return root.xpath("//div[contains(concat(' ', @class, ' '), ' card ')]")


def classes(el: lxml.html.HtmlElement) -> set[str]:
    return set((el.get("class") or "").split())


def test_highlights_are_rendered(tmp_path: Path) -> None:
    r = sample()
    root = dump_dom(tmp_path, write_page(tmp_path, r))
    marks = root.xpath("//mark[contains(@class,'hl')]")
    assert len(marks) >= 12
    assert not [m for m in marks if "off" in classes(m)]  # all filters on: every highlight active
    spans = {f.src_span for f in r.findings} | {f.tgt_span for f in r.findings}
    for m in marks:
        assert any(m.text_content() in s for s in spans if s)
    assert root.get_element_by_id("status").text_content() == "10 of 10 findings shown"


def test_filter_from_the_address_hides_minor_findings(tmp_path: Path) -> None:
    r = sample()
    root = dump_dom(tmp_path, write_page(tmp_path, r), "#hide=minor")
    for card in cards(root):
        hidden = "is-hidden" in classes(card)
        assert hidden == (card.get("data-severity") == "minor"), card.text_content()
    assert root.get_element_by_id("status").text_content() == "7 of 10 findings shown"
    assert root.xpath("//body")[0].get("data-shown") == "7"
    # a highlight that belongs only to minor findings is switched off, the others stay on
    minor_ids = {c.get("data-f") for c in cards(root) if c.get("data-severity") == "minor"}
    marks = root.xpath("//mark[contains(@class,'hl')]")
    for m in marks:
        only_minor = set(m.get("data-f").split()) <= minor_ids
        assert ("off" in classes(m)) == only_minor
    assert any("off" in classes(m) for m in marks) and any("off" not in classes(m) for m in marks)


def test_filter_by_kind_and_only_rows_with_findings(tmp_path: Path) -> None:
    r = sample()
    root = dump_dom(tmp_path, write_page(tmp_path, r), "#hide=quote,entity&only=findings")
    visible = [c for c in cards(root) if "is-hidden" not in classes(c)]
    assert {c.get("data-kind") for c in visible} == {"number", "date", "attribution", "omission", "addition"}
    rows = root.xpath("//tr[contains(@class,'pair')]")
    shown_rows = [row for row in rows if "is-hidden" not in classes(row)]
    # attribution (2), date (4), addition (6), omission (7), number (8); pair 0 (only an entity
    # finding), 3 and 5 (entity, quote) and 1, 9 (none) are hidden
    assert [row.get("id") for row in shown_rows] == ["pair-2", "pair-4", "pair-6", "pair-7", "pair-8"]


def test_keyboard_navigation(tmp_path: Path) -> None:
    press = ("function press(k){document.dispatchEvent(new KeyboardEvent('keydown',{key:k,bubbles:true}));}"
             "press('j');press('j');press('n');press('k');"
             "document.body.setAttribute('data-current',"
             "(document.querySelector('.card.current')||{id:'none'}).id);")
    root = dump_dom(tmp_path, write_page(tmp_path, sample(), extra_script=press))
    # j j n k: first, second, third, back to second
    assert root.xpath("//body")[0].get("data-current") == "f2"
    current = root.xpath("//div[contains(@class,'current')]")
    assert [c.get("id") for c in current] == ["f2"]
    flashed = root.xpath("//mark[contains(@class,'flash')]")
    assert flashed and all("f2" in m.get("data-f").split() for m in flashed)


def test_keyboard_navigation_skips_hidden_findings(tmp_path: Path) -> None:
    press = ("document.dispatchEvent(new KeyboardEvent('keydown',{key:'j'}));"
             "document.body.setAttribute('data-current', document.querySelector('.card.current').id);")
    page = write_page(tmp_path, sample(), extra_script=press)
    root = dump_dom(tmp_path, page, "#hide=minor")
    first = root.xpath("//body")[0].get("data-current")
    card = root.get_element_by_id(first)
    assert card.get("data-severity") != "minor"


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_script_in_a_quote_runs_nothing(tmp_path: Path, csp: bool) -> None:
    r = sample()
    evil_src = '"<script>document.title=\'pwned\';document.body.setAttribute(\'data-pwned\',\'1\')</script> bukan,"'
    evil_tgt = "\"<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> not,\""
    src_sents = list(r.src.sentences)
    tgt_sents = list(r.tgt.sentences)
    src_sents[6] = dataclasses.replace(src_sents[6], text=f"{evil_src} kata dia.")
    tgt_sents[5] = dataclasses.replace(tgt_sents[5], text=f"{evil_tgt} he said.")
    f = Finding("quote", "critical", (6,), (5,), src_sents[6].text, tgt_sents[5].text,
                "<script>document.body.setAttribute('data-pwned','3')</script>", evil_src, evil_tgt)
    evil = dataclasses.replace(r, src=dataclasses.replace(r.src, sentences=tuple(src_sents)),
                               tgt=dataclasses.replace(r.tgt, sentences=tuple(tgt_sents)), findings=[f])
    page = write_page(tmp_path, evil, csp=csp)
    root = dump_dom(tmp_path, page)
    assert root.xpath("//title")[0].text_content() == "wiredrift check: id.txt → en.txt"
    assert root.xpath("//body")[0].get("data-pwned") is None
    assert len(root.xpath("//script")) == 1
    assert not root.xpath("//img")
    text = root.text_content()
    assert evil_src in text and evil_tgt in text  # shown as text
    marks = root.xpath("//mark")
    assert "".join(m.text_content() for m in marks if "src" in m.getparent().getparent().get("class", "")) == evil_src


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
def test_screenshot_of_the_seed_example(tmp_path: Path, corpora_dir: Path, capsys) -> None:
    src, tgt = corpora_dir / "voi-137686" / "id.txt", corpora_dir / "voi-137686" / "en.txt"
    page = tmp_path / "voi-137686.html"
    assert main(["check", str(src), str(tgt), "--html", str(page), "--fail-on", "none", "--quiet"]) == 0
    capsys.readouterr()
    root = dump_dom(tmp_path, page)
    n = len(cards(root))
    assert n >= 1, "the seed example has planted differences; the report shows none"
    assert root.get_element_by_id("status").text_content() == f"{n} of {n} findings shown"
    assert root.xpath("//mark[contains(@class,'hl')]") or root.xpath("//span[contains(@class,'whole')]")
    assert len(root.xpath("//tr[contains(@class,'pair')]")) >= 10
    shot = Path(os.environ.get("WIREDRIFT_SCREENSHOT") or tmp_path / "voi-137686.png")
    run_chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1400,1800",
                 "--hide-scrollbars", "--virtual-time-budget=2000")
    assert _png_size(shot) == (1400, 1800)
    assert shot.stat().st_size > 50_000  # a blank page compresses to a few kB


def test_prints_to_pdf(tmp_path: Path) -> None:
    """The printable layout: Chromium's print path lays the report out over several A4/Letter pages."""
    page = write_page(tmp_path, sample())
    pdf = tmp_path / "report.pdf"
    run_chromium(tmp_path, page.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages >= 2


def test_content_security_policy_blocks_a_foreign_script(tmp_path: Path) -> None:
    """Defence in depth: the policy allows the page's own script (it ran) and nothing else."""
    html = render_html(sample()).replace(
        "</body>", "<script>document.body.setAttribute('data-foreign','1')</script>\n</body>")
    page = tmp_path / "foreign.html"
    page.write_text(html, encoding="utf-8")
    root = dump_dom(tmp_path, page)  # asserts data-ready: the page's own script ran
    assert root.xpath("//body")[0].get("data-foreign") is None


def test_tick_every_finding_download_the_baseline_and_the_check_passes(tmp_path: Path, corpora_dir: Path,
                                                                       capsys) -> None:
    """The editor's flow: tick every finding in the HTML report, press Download baseline, feed the file
    back with ``check --baseline``: exit 0. The page keeps its Content-Security-Policy; only the test's
    clicking script is added to it (by hash), so the download runs under the policy the page ships with."""
    import base64
    import hashlib

    src, tgt = corpora_dir / "voi-137686" / "id.txt", corpora_dir / "voi-137686" / "en.txt"
    page = tmp_path / "report.html"
    assert main(["check", str(src), str(tgt), "--html", str(page), "--max-findings", "0", "--quiet"]) == 1
    capsys.readouterr()
    clicks = ("document.getElementById('baseline-reason').value='desk ok';"
              "document.getElementById('tick-all').click();"
              "document.getElementById('download-baseline').click();")
    digest = base64.b64encode(hashlib.sha256(clicks.encode("utf-8")).digest()).decode("ascii")
    html = page.read_text(encoding="utf-8")
    assert html.count("script-src '") == 1
    html = html.replace("script-src '", f"script-src 'sha256-{digest}' '").replace(
        "</body>", f"<script>{clicks}</script>\n</body>")
    page.write_text(html, encoding="utf-8")
    root = dump_dom(tmp_path, page)
    n = len(cards(root))
    assert n >= 5 and root.xpath("//body")[0].get("data-ticked") == str(n)
    downloaded = tmp_path / "Downloads" / "baseline.json"  # HOME is tmp_path: Chromium's download folder
    assert downloaded.is_file(), list(tmp_path.rglob("*.json"))
    doc = json.loads(downloaded.read_text(encoding="utf-8"))
    assert doc["schema"] == "wiredrift.baseline/1" and len(doc["entries"]) == n
    assert {e["reason"] for e in doc["entries"]} == {"desk ok"}
    from wiredrift.eval.baseline import load_baseline_schema
    import jsonschema

    jsonschema.Draft202012Validator(load_baseline_schema()).validate(doc)
    report = tmp_path / "again.json"
    assert main(["check", str(src), str(tgt), "--baseline", str(downloaded), "--max-findings", "0",
                 "--fail-on", "minor", "--json", str(report), "--quiet"]) == 0
    again = json.loads(report.read_text(encoding="utf-8"))
    assert all(f["accepted"] for f in again["findings"]) and again["summary"]["baseline"]["stale"] == []
