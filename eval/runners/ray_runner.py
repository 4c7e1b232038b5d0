"""Running :func:`wiredrift.eval.corpus.process_pair` on Ray (``ray.data``), one machine or a cluster.

Nothing here is cluster code: Ray schedules the tasks, moves the data and restarts lost workers. The
function it maps is the same pure :func:`~wiredrift.eval.corpus.process_pair` the local runner uses, and
the records still come back to the driver, which alone writes the journal, so a killed Ray run resumes
exactly like a local one.

Install with ``pip install 'wiredrift[ray]'``. Every Ray node needs wiredrift (and the encoder) installed;
the document paths must be readable from the nodes (a shared file system), or use a dataset input,
whose texts travel inside the tasks.

Usage::

    wiredrift corpus pairs/ -o corpus.jsonl --runner ray --workers 8            # local Ray
    RAY_ADDRESS=ray://head:10001 wiredrift corpus manifest.jsonl -o c.jsonl --runner ray
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from ...align.errors import ConfigError
from ..corpus import Mapper, PairSpec, process_pair
from ..pipeline import CheckConfig

logger = logging.getLogger(__name__)

__all__ = ["ray_mapper"]


def _process_row(row: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    # Rows carry JSON text both ways: a report's nested, partly-null fields have no single Arrow type
    # that Ray Data could infer across blocks.
    record = process_pair(json.loads(row["spec"]), CheckConfig(**config))
    return {"record": json.dumps(record, ensure_ascii=False)}


def ray_mapper(address: str | None = None, object_store_mb: int = 256) -> Mapper:
    """A mapper for :func:`wiredrift.eval.corpus.run_corpus` that runs each pair as a Ray Data task.

    :param address: the Ray cluster to join; ``None`` uses ``RAY_ADDRESS`` when set, else starts a local
        Ray with ``workers`` CPUs.
    :param object_store_mb: object store size of a local Ray (records are small; the default is modest
        so a laptop keeps its memory).
    :raises ConfigError: Ray is not installed.
    """
    try:
        import ray  # noqa: F401
    except ImportError:
        raise ConfigError("--runner ray needs Ray: pip install 'wiredrift[ray]'") from None

    def mapper(specs: Sequence[PairSpec], config: CheckConfig, workers: int) -> Iterator[dict[str, Any]]:
        import os

        import ray
        import ray.data

        started = False
        if not ray.is_initialized():
            target = address or os.environ.get("RAY_ADDRESS")
            if target:
                ray.init(address=target, log_to_driver=False)
            else:
                ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                         object_store_memory=object_store_mb * 1024 * 1024)
            started = True
        try:
            ctx = ray.data.DataContext.get_current()
            ctx.enable_progress_bars = False  # wiredrift draws its own
            items = [{"spec": json.dumps(s.to_dict(), ensure_ascii=False)} for s in specs]
            # one block per document, so each record streams back (and is journaled) as soon as it is done
            ds = ray.data.from_items(items, override_num_blocks=len(items))
            # Ray's annotation of map() leaves out fn_kwargs: _process_row takes the config as a keyword
            mapped = ds.map(_process_row, fn_kwargs={"config": config.to_dict()},  # type: ignore[arg-type]
                            num_cpus=1, concurrency=workers)
            for row in mapped.iter_rows():
                yield json.loads(row["record"])
        finally:
            if started:
                ray.shutdown()

    return mapper

