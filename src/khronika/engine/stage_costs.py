"""What each pipeline component costs: CPU seconds per component over the same batches.

The budget (docs/events.md) is that events, quotes and time add at most 20 % to the cost of the
NLP they run on (``natasha``, ``entities``, ``link``); ``khronika bench --stages`` prints both sides.

Python's cycle collector runs when allocations pile up, inside whichever component happens to
allocate next, and a full collection walks every live object, the models' included: a pause of
a few hundred milliseconds that says nothing about the component it lands in. Its pauses are
counted apart, as ``gc``, so a component's figure is its own work.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable

from khronika.batching import chop
from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import DEFAULT_COMPONENTS, Hook, Pipeline

NLP = ("natasha", "entities", "link")
GC = "gc"  # the cycle collector's pauses, whichever component they interrupted
ON_TOP = ("timex", "quotes", "events")


def stage_costs(articles: Iterable[Article], batch_size: int = 32,
                components: Iterable[str] = DEFAULT_COMPONENTS) -> dict[str, float]:
    """CPU seconds each component spent on ``articles`` (model loading excluded)."""
    pipeline = Pipeline(components, batch_size=batch_size)
    timer = Timer(pipeline.names)
    gc.callbacks.append(timer.collecting)
    try:
        for batch in chop(articles, batch_size):
            pipeline.process_batch(batch, hooks=[timer])
    finally:
        gc.callbacks.remove(timer.collecting)
    return timer.costs | {GC: timer.collector}


class Timer(Hook):
    """CPU seconds per component, summed over the batches it sees, less the collector's pauses
    within it (``collector``; ``collecting`` is the ``gc.callbacks`` hook that times them)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.costs = dict.fromkeys(names, 0.0)
        self.started = 0.0
        self.collector = 0.0  # all pauses
        self.paused = 0.0  # the pauses within the component being timed
        self.collection_started = 0.0

    def before(self, name: str, docs: list[Doc]) -> None:
        self.paused = 0.0
        self.started = time.process_time()

    def after(self, name: str, docs: list[Doc]) -> None:
        self.costs[name] += time.process_time() - self.started - self.paused

    def collecting(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.collection_started = time.process_time()
            return
        pause = time.process_time() - self.collection_started
        self.collector += pause
        self.paused += pause


def share_on_top(costs: dict[str, float]) -> float:
    """The cost of time, quotes and events as a fraction of the NLP they run on."""
    base = sum(costs.get(n, 0.0) for n in NLP)
    return sum(costs.get(n, 0.0) for n in ON_TOP) / base if base else 0.0
