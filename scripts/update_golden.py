"""Regenerate the golden report files in tests/golden/ from the hand-made sample result.

The sample is tests/data/report-sample.json (a wiredrift.check/1 document typed in by hand, not a
run). Run this after changing how reports look, then review `git diff tests/golden` before committing:
the diff is the change a reader of the reports will see.

    python scripts/update_golden.py [--check]

``--check`` writes nothing and exits 1 when a golden file is out of date.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from wiredrift.eval.ci import step_summary
from wiredrift.eval.gates import GateConfig, evaluate_gates
from wiredrift.eval.html import render_html
from wiredrift.eval.output import atomic_write_text
from wiredrift.eval.report import from_json, render_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "report-sample.json"
GOLDEN = ROOT / "tests" / "golden"

#: The gates the golden files are rendered with (tests use the same).
GATES = GateConfig(fail_on="major", max_findings=5, min_chrf=50)


def normalise_html(html: str) -> str:
    """The page as the golden file holds it: the signature block blanked (it holds the package version and every
    config field), the inlined CSS and JS replaced by the name of their file and their CSP hashes by ``sha256-…``,
    so that a change of style or script does not rewrite the golden file. tests/test_html.py checks the inlined
    blocks against eval/templates/report.{css,js} and the Content-Security-Policy against their hashes."""
    html = re.sub(r'(<pre id="signature">).*?(</pre>)', r"\1…\2", html, flags=re.S)
    html = re.sub(r"(<style>).*?(</style>)", r"\1/* eval/templates/report.css */\2", html, count=1, flags=re.S)
    html = re.sub(r"(<script>).*?(</script>)", r"\1/* eval/templates/report.js */\2", html, count=1, flags=re.S)
    return re.sub(r"((?:style|script)-src) 'sha256-[A-Za-z0-9+/=]+'", r"\1 'sha256-…'", html)


def render_all() -> dict[str, str]:
    result = from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))
    gates = evaluate_gates(result, GATES)
    return {
        "report-sample.txt": render_text(result, width=100, gates=gates),
        "report-sample.html": normalise_html(render_html(result)),
        "report-sample.md": step_summary(result, gates),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report which files are out of date")
    args = parser.parse_args(argv)
    stale = []
    for name, text in render_all().items():
        path = GOLDEN / name
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            print(f"unchanged  {path.relative_to(ROOT)}")
            continue
        stale.append(name)
        if args.check:
            print(f"stale      {path.relative_to(ROOT)}")
        else:
            GOLDEN.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, text)
            print(f"written    {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
