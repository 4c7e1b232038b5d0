"""Shared fixtures and the install guard (the package must be installed, the repo root off sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Single-threaded torch/BLAS: on a shared 2-core machine busy-waiting threads make runs 4-100x slower.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

try:
    import wiredrift.align  # noqa: F401
    import wiredrift.eval  # noqa: F401
except ImportError:  # pragma: no cover - guard for a bare checkout
    pytest.exit("wiredrift is not installed: run `make test` or `pip install -e .` first", returncode=4)

ROOT = Path(__file__).resolve().parent.parent

#: Fixtures that build or train a Marian model: a test that uses one (directly or through another fixture) is
#: marked ``marian`` here, so ``make test-fast`` (-m "not slow and not browser and not marian") leaves it out.
MARIAN_FIXTURES = frozenset({"tiny_marian", "random_marian"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs a Marian model ``marian`` (see :data:`MARIAN_FIXTURES`)."""
    for item in items:
        if MARIAN_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.marian)


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    return ROOT / "corpora"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    return Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Marian id->en model folder built from scratch and briefly trained (tests/marian.py)."""
    from marian import build_tiny_marian, train_tiny_marian

    return train_tiny_marian(build_tiny_marian(tmp_path_factory.mktemp("tiny-marian") / "model"))
