"""Fuzzing (issue 15, item 8): the reader, splitter, number/date normalisers and exporters take any
Unicode text and ids. 100 examples per property here; ``scripts/fuzz.py`` runs the same properties longer.
"""

from __future__ import annotations

from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzz_props import PROPERTIES  # noqa: E402  (tests/ is on sys.path under pytest's rootdir-less import)

FAST = settings(
    max_examples=100,
    deadline=None,
    database=None,
    derandomize=True,  # the same cases every run: a failure here is reproducible, scripts/fuzz.py explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("name", sorted(PROPERTIES))
def test_property(name: str) -> None:
    check, strategies = PROPERTIES[name]

    @FAST
    @given(st.tuples(*strategies))
    def run(args: tuple[Any, ...]) -> None:
        check(*args)

    run()
