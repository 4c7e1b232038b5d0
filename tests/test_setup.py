"""The set-up promises: `make demo` is the base install (no torch), torch comes as the CPU wheel through
TORCH_INDEX, the check runs without torch, and a wheel built from the tree holds every data file with no
setuptools warning."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = ROOT / "Makefile"
CPU_INDEX = "https://download.pytorch.org/whl/cpu"

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def _dry_run(tmp_path: Path, target: str, *assignments: str) -> list[str]:
    """The commands ``make -n -B TARGET`` would run, for a venv under ``tmp_path`` (nothing is run)."""
    out = subprocess.run(["make", "-n", "-B", "-C", str(ROOT), f"VENV={tmp_path / 'venv'}", *assignments, target],
                         capture_output=True, text=True, check=True, env={**os.environ, "MAKEFLAGS": ""})
    return out.stdout.splitlines()


def _torch_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if re.search(r"\btorch==", line)]


def test_makefile_torch_line_uses_the_index_variable() -> None:
    text = MAKEFILE.read_text(encoding="utf-8")
    assert re.search(rf"^TORCH_INDEX \?= {re.escape(CPU_INDEX)}$", text, flags=re.M), "TORCH_INDEX must be overridable"
    installs = [line for line in text.splitlines() if "install" in line and "torch==" in line]
    assert installs, "no torch install line in the Makefile"
    # the line that reaches an index passes TORCH_INDEX; the other takes a wheel pip finds without any index
    assert any("$(TORCH_INDEX_ARGS)" in line for line in installs)
    assert re.search(r"^TORCH_INDEX_ARGS = .*--index-url \$\(TORCH_INDEX\)", text, flags=re.M)


@needs_make
def test_default_torch_index_is_the_cpu_index_and_can_be_emptied(tmp_path: Path) -> None:
    default = " ".join(_torch_lines(_dry_run(tmp_path, "install-all")))
    assert f"--index-url {CPU_INDEX} \"torch==2.13.0\"" in default
    emptied = " ".join(_torch_lines(_dry_run(tmp_path, "install-all", "TORCH_INDEX=")))
    assert "torch==2.13.0" in emptied and "--index-url" not in emptied
    other = " ".join(_torch_lines(_dry_run(tmp_path, "install-all", "TORCH_INDEX=file:///srv/wheels")))
    assert "--index-url file:///srv/wheels" in other


@needs_make
def test_demo_is_the_base_install_only(tmp_path: Path) -> None:
    lines = _dry_run(tmp_path, "demo")
    assert not _torch_lines(lines)
    installs = [line for line in lines if " install " in line and "-e" in line.split()]
    assert installs and all(line.rstrip().endswith("-e .") for line in installs), installs
    assert any("wiredrift check corpora/voi-137686/id.txt" in line for line in lines)
    # make test and make install-all add the extras to the same venv
    assert any('-e ".[mt,corpus,dev,ray,fast,encoders]"' in line for line in _dry_run(tmp_path, "install-all"))


def test_base_dependencies_hold_no_heavy_library() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=\[ ;]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}
    assert not names & {"torch", "transformers", "datasets", "ray", "pyarrow", "ctranslate2", "sentencepiece"}


@pytest.mark.slow
def test_check_imports_no_torch_transformers_datasets_or_ray(corpora_dir: Path, tmp_path: Path) -> None:
    """The base install runs the whole check: nothing on its path imports an [mt], [corpus] or [ray] library."""
    pair = corpora_dir / "voi-137686"
    code = (
        "import sys\nfrom wiredrift.eval.cli import main\n"
        f"rc = main(['check', {str(pair / 'id.txt')!r}, {str(pair / 'en.txt')!r}, '--json', {str(tmp_path / 'r.json')!r}])\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'datasets', 'ray', 'pyarrow', 'ctranslate2') if m in sys.modules)\n"
        "print('RESULT', rc, ','.join(heavy) or '-')\n"
    )
    env = {**os.environ, "WIREDRIFT_CACHE": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "RESULT 1 -"
    assert (tmp_path / "r.json").stat().st_size > 0


DATA_FOLDERS = ("align/data", "eval/data", "eval/schema", "eval/templates")


def _setuptools_version() -> tuple[int, ...]:
    try:
        import setuptools
    except ImportError:  # pragma: no cover - a venv always has it
        return (0,)
    return tuple(int(p) for p in re.findall(r"\d+", setuptools.__version__)[:2])


@pytest.mark.slow
@pytest.mark.skipif(_setuptools_version() < (77,), reason="needs setuptools>=77 in this environment (make install)")
def test_wheel_holds_every_data_file_and_the_build_prints_no_package_warning(tmp_path: Path) -> None:
    # build from a copy: an in-tree build would write build/ and *.egg-info into the checkout
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("align", "eval"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                          "-w", str(tmp_path / "dist"), str(src)], capture_output=True, text=True)
    log = out.stdout + out.stderr
    assert out.returncode == 0, log[-2000:]
    assert "absent from the `packages` configuration" not in log and "would be ignored" not in log.lower()
    wheel = next((tmp_path / "dist").glob("wiredrift-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"wiredrift/align/py.typed", "wiredrift/eval/py.typed"}
    for folder in DATA_FOLDERS:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                top, rest = folder.split("/", 1)
                expected.add(f"wiredrift/{top}/{rest}/{path.relative_to(ROOT / folder).as_posix()}")
    assert len(expected) > 30
    assert expected <= names, sorted(expected - names)
    assert "wiredrift/eval/data/lang-profiles/de/profile.toml" in names
