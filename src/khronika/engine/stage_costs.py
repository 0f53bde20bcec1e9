"""What each pipeline component costs: CPU seconds per component over the same batches.

The budget (docs/events.md) is that events, quotes and time add at most 20 % to the cost of the
NLP they run on (``natasha``, ``entities``, ``link``); ``khronika bench --stages`` prints both sides.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from khronika.batching import chop
from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import DEFAULT_COMPONENTS, Hook, Pipeline

NLP = ("natasha", "entities", "link")
ON_TOP = ("timex", "quotes", "events")


def stage_costs(articles: Iterable[Article], batch_size: int = 32,
                components: Iterable[str] = DEFAULT_COMPONENTS) -> dict[str, float]:
    """CPU seconds each component spent on ``articles`` (model loading excluded)."""
    pipeline = Pipeline(components, batch_size=batch_size)
    timer = Timer(pipeline.names)
    for batch in chop(articles, batch_size):
        pipeline.process_batch(batch, hooks=[timer])
    return timer.costs


class Timer(Hook):
    """CPU seconds per component, summed over the batches it sees."""

    def __init__(self, names: Iterable[str]) -> None:
        self.costs = dict.fromkeys(names, 0.0)
        self.started = 0.0

    def before(self, name: str, docs: list[Doc]) -> None:
        self.started = time.process_time()

    def after(self, name: str, docs: list[Doc]) -> None:
        self.costs[name] += time.process_time() - self.started


def share_on_top(costs: dict[str, float]) -> float:
    """The cost of time, quotes and events as a fraction of the NLP they run on."""
    base = sum(costs.get(n, 0.0) for n in NLP)
    return sum(costs.get(n, 0.0) for n in ON_TOP) / base if base else 0.0
