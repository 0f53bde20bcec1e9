"""Engines distribute batches of articles over workers; every engine runs the same per-batch
function (``khronika.engine.batch.process_batch``), so local and cluster runs give the same output.

- ``local`` (default): one worker analyses in this process; more run as a pool of processes.
- ``ray``: a Ray Data actor pool on a local Ray instance or the cluster at ``address``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from khronika.model import Article

# Called with every analysed batch, in the worker that analysed it (e.g. ``export.parquet.ParquetSink``):
# the engine knows no output format. It must pickle, to reach worker processes and Ray actors.
Sink = Callable[[list[Article]], object]

ENGINES = ("local", "ray")


class EngineError(RuntimeError):
    """A run that cannot start (unknown engine, missing extra); the message is for the user."""


@dataclass(frozen=True)
class EngineOptions:
    engine: str = "local"  # "local" or "ray"
    workers: int = 1
    batch_size: int = 32
    address: str | None = None  # Ray cluster address
    sink: Sink | None = None  # also hand every analysed batch to this, in the worker


def run(articles: Iterable[Article], options: EngineOptions = EngineOptions()) -> Iterator[Article]:
    """Analyse articles, yielding them in input order."""
    check(options)
    if options.engine == "ray":
        from khronika.engine.ray_engine import RayMissing, run_ray

        try:
            runner = run_ray(articles, options.workers, options.batch_size, options.address, options.sink)
            first = next(runner, None)  # starts Ray here, so a missing extra is an EngineError
        except RayMissing as exc:
            raise EngineError(str(exc)) from None
        if first is not None:
            yield first
            yield from runner
        return
    from khronika.engine.local import run_local

    yield from run_local(articles, options.workers, options.batch_size, options.sink)


def check(options: EngineOptions) -> None:
    if options.engine not in ENGINES:
        raise EngineError(f"unknown engine {options.engine!r} (choose from: {', '.join(ENGINES)})")
    if options.workers < 1:
        raise EngineError(f"--workers must be at least 1, not {options.workers}")
    if options.batch_size < 1:
        raise EngineError(f"--batch-size must be at least 1, not {options.batch_size}")
    if options.address and options.engine != "ray":
        raise EngineError("--address names a Ray cluster: use it with --engine ray")
