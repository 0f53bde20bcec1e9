"""The Ray engine: the same per-batch function over a Ray Data actor pool, on one machine or a cluster.

Each dataset row is one whole batch (its records as JSON), so batches are cut exactly as in the
local engine and Parquet file names match between engines. ``map_batches`` runs a class-based UDF
over a fixed pool of ``workers`` actors; each actor loads the models once in its constructor.
Input goes to Ray in windows so the driver never holds more than one window of articles.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from khronika.batching import chop
from khronika.engine import Sink
from khronika.engine.batch import failed, process_batch
from khronika.model import Article
from khronika.pipeline import default_pipeline

MISSING_RAY = "the ray engine needs the optional extra: pip install 'khronika[ray]'"
# Articles handed to Ray per dataset: the actor pool (and its model loads) is set up once per window.
WINDOW = 20_000


class RayMissing(RuntimeError):
    pass


def import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401  (the Data library is a separate extra of ray)
    except ImportError as exc:
        raise RayMissing(MISSING_RAY) from exc
    return ray


def run_ray(
    articles: Iterable[Article],
    workers: int = 2,
    batch_size: int = 32,
    address: str | None = None,
    sink: Sink | None = None,
) -> Iterator[Article]:
    ray = import_ray()
    connect(ray, address, workers)
    for window in chop(articles, WINDOW):
        yield from _run_window(ray, window, workers, batch_size, sink)


def connect(ray: Any, address: str | None, workers: int) -> None:
    """Join the cluster at ``address`` (``auto``, ``ray://host:port``) or start a local instance."""
    if ray.is_initialized():
        return
    quiet = {"logging_level": logging.WARNING, "log_to_driver": False}
    if address:
        ray.init(address=address, **quiet)
    else:
        ray.init(num_cpus=max(1, workers), include_dashboard=False, **quiet)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False


class BatchActor:
    """One Ray actor: loads the pipeline once, then analyses the batches it is given."""

    def __init__(self, sink: Sink | None = None) -> None:
        self.sink = sink
        default_pipeline()

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        done = [json.dumps(self._analyse(json.loads(payload)), ensure_ascii=False) for payload in rows["batch"]]
        return {"index": rows["index"], "batch": np.array(done, dtype=object)}

    def _analyse(self, records: list[dict]) -> list[dict]:
        try:
            return process_batch(records, self.sink)
        except Exception as exc:  # outside the pipeline's own isolation: fail the batch, keep the run
            reason = f"worker error: {type(exc).__name__}: {exc}"
            return [dict(r, status="failed", errors=[*r.get("errors", []), reason]) for r in records]


def _run_window(ray: Any, window: list[Article], workers: int, batch_size: int, sink: Sink | None) -> Iterator[Article]:
    batches = list(chop(window, batch_size))
    rows = [{"index": i, "batch": json.dumps([a.to_dict() for a in b], ensure_ascii=False)} for i, b in enumerate(batches)]
    dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
        BatchActor,
        fn_constructor_kwargs={"sink": sink},
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
        num_cpus=1,
    )
    ready: dict[int, list[Article]] = {}
    next_index = 0
    try:
        for row in dataset.iter_rows():
            ready[int(row["index"])] = [Article.from_dict(r) for r in json.loads(row["batch"])]
            while next_index in ready:  # batches come back in order; this only guards it
                yield from ready.pop(next_index)
                next_index += 1
    except Exception as exc:  # an actor that kept dying, a lost node: report every article not returned
        reason = f"ray engine failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        for index in range(next_index, len(batches)):
            yield from ready.get(index) or failed(batches[index], reason)

