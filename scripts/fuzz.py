"""Long fuzzing runs of the properties in ``tests/fuzz_props.py`` (the reader, splitter, number and date
normalisers, and the TSV/JSONL/Moses/TMX/XLIFF exporters) with many more generated cases than ``make test``.

Prints, per property, the number of generated cases run and of failures (with the smallest failing
input Hypothesis found), then a total; exits 1 on any failure.

Example:
  .venv/bin/python scripts/fuzz.py --examples 2000
  .venv/bin/python scripts/fuzz.py --seconds 300 --only parse_document
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _load_properties() -> dict[str, tuple[Any, tuple[Any, ...]]]:
    spec = importlib.util.spec_from_file_location("fuzz_props", TESTS / "fuzz_props.py")
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the repo
        raise SystemExit(f"cannot load {TESTS / 'fuzz_props.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PROPERTIES  # type: ignore[no-any-return]


def run_property(check: Any, strategies: tuple[Any, ...], examples: int, seed: int | None) -> tuple[int, str | None]:
    """Run one property for up to ``examples`` cases; returns (cases run, failure report or None)."""
    count = 0

    @settings(max_examples=examples, deadline=None, database=None, print_blob=True,
              suppress_health_check=list(HealthCheck))
    @given(st.tuples(*strategies))
    def run(args: tuple[Any, ...]) -> None:
        nonlocal count
        count += 1
        check(*args)

    if seed is not None:
        from hypothesis import seed as with_seed

        run = with_seed(seed)(run)
    try:
        run()
    except Exception:  # noqa: BLE001 - any failure is reported, not raised
        return count, traceback.format_exc(limit=-6)
    return count, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=1000, help="cases per property per round (default: 1000)")
    parser.add_argument("--seconds", type=float, default=0.0,
                        help="keep running rounds with new random seeds until this many seconds have passed")
    parser.add_argument("--only", action="append", default=None, metavar="NAME", help="run only this property")
    parser.add_argument("--seed", type=int, default=None, help="seed of the first round (default: random)")
    args = parser.parse_args(argv)
    properties = _load_properties()
    names = args.only or sorted(properties)
    unknown = [n for n in names if n not in properties]
    if unknown:
        parser.error(f"unknown property {', '.join(unknown)} (known: {', '.join(sorted(properties))})")
    totals = {n: 0 for n in names}
    failures: dict[str, str] = {}
    t0 = time.monotonic()
    round_no = 0
    while True:
        seed = None if args.seed is None else args.seed + round_no
        for name in names:
            if name in failures:
                continue
            check, strategies = properties[name]
            t = time.monotonic()
            count, failure = run_property(check, strategies, args.examples, seed)
            totals[name] += count
            status = "FAILED" if failure else "ok"
            print(f"round {round_no + 1}  {name:30s} {count:7d} cases  {time.monotonic() - t:6.1f} s  {status}", flush=True)
            if failure:
                failures[name] = failure
        round_no += 1
        if time.monotonic() - t0 >= args.seconds or len(failures) == len(names):
            break
    for name, failure in failures.items():
        print(f"\n--- {name} ---\n{failure}")
    total = sum(totals.values())
    print(f"\n{total} generated cases over {len(names)} properties in {time.monotonic() - t0:.0f} s: "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
