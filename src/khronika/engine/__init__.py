"""Engines distribute batches of articles over workers; every engine runs the same per-batch
function, so local and cluster runs give the same output."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from khronika.model import Article


@dataclass(frozen=True)
class EngineOptions:
    engine: str = "local"  # "local" or "ray"
    workers: int = 1
    batch_size: int = 32
    address: str | None = None  # Ray cluster address


def run(articles: Iterable[Article], options: EngineOptions = EngineOptions()) -> Iterator[Article]:
    """Analyse articles, yielding them in input order."""
    from khronika.pipeline import Pipeline

    yield from Pipeline(batch_size=options.batch_size).process(articles)
