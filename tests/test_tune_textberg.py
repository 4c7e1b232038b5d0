"""The weight-choice logic of scripts/tune_textberg.py (the grid run itself needs ../shared and minutes)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tune():
    spec = importlib.util.spec_from_file_location("tune_textberg", ROOT / "scripts" / "tune_textberg.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["tune_textberg"] = module
    spec.loader.exec_module(module)
    return module


def _row(cfg: int, per_doc: dict[str, tuple[int, int]]) -> dict:
    # counts: (p_strict_tp, p_strict_fp, p_lax_tp, p_lax_fp, r_strict_tp, r_strict_fp, r_lax_tp, r_lax_fp)
    return {"cfg": {"id": cfg}, "docs": {d: [tp, fp, tp, fp, tp, fp, tp, fp] for d, (tp, fp) in per_doc.items()}}


def test_best_takes_the_highest_f1_on_the_training_documents_only(tune):
    rows = [_row(0, {"a": (9, 1), "b": (5, 5)}), _row(1, {"a": (5, 5), "b": (10, 0)})]
    assert tune._best(rows, ["a"])["cfg"]["id"] == 0
    assert tune._best(rows, ["b"])["cfg"]["id"] == 1
    # Summed counts decide: 15 of 20 right beats 14 of 20.
    assert tune._best(rows, ["a", "b"])["cfg"]["id"] == 1


def test_best_walks_down_to_the_first_allowed_configuration_and_breaks_ties_by_grid_order(tune):
    rows = [_row(0, {"a": (7, 3)}), _row(1, {"a": (9, 1)}), _row(2, {"a": (8, 2)}), _row(3, {"a": (8, 2)})]
    assert tune._best(rows, ["a"])["cfg"]["id"] == 1
    assert tune._best(rows, ["a"], lambda r: r["cfg"]["id"] != 1)["cfg"]["id"] == 2  # tie 2/3: earlier wins
    with pytest.raises(SystemExit):
        tune._best(rows, ["a"], lambda r: False)


def test_missing_text_berg_folder_is_a_one_line_error(tune, tmp_path, capsys):
    assert tune.main(["--shared", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Text+Berg folder not found" in err


def test_grid_keys_are_align_config_fields_and_hold_the_shipped_defaults(tune):
    from wiredrift.align.aligner import DEFAULT_NULL_COST, AlignConfig

    defaults = AlignConfig()
    for name, values in tune.GRID.items():
        shipped = DEFAULT_NULL_COST if name == "null_cost" else getattr(defaults, name)
        assert shipped in values, f"{name}: default {shipped} is not in the searched grid {values}"
