"""What each pipeline component costs: CPU seconds per component over the same batches.

Issue 3's budget is that events, quotes and time add at most 20 % to the cost of the NLP they
run on (``natasha``, ``entities``, ``link``); ``khronika bench --stages`` prints both sides.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from itertools import islice

from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import DEFAULT_COMPONENTS, Pipeline
from khronika.readers.checks import check_article

NLP = ("natasha", "entities", "link")
ON_TOP = ("timex", "quotes", "events")


def stage_costs(articles: Iterable[Article], batch_size: int = 32,
                components: Iterable[str] = DEFAULT_COMPONENTS) -> dict[str, float]:
    """CPU seconds each component spent on ``articles`` (model loading excluded)."""
    pipeline = Pipeline(components, batch_size=batch_size)
    costs = dict.fromkeys(pipeline.names, 0.0)
    iterator = iter(articles)
    while batch := list(islice(iterator, batch_size)):
        docs = [Doc(check_article(a)) for a in batch]
        live = [d for d in docs if d.article.status != "failed"]
        for name, run in pipeline.components:
            started = time.process_time()
            live = pipeline.run_component(name, run, live)
            costs[name] += time.process_time() - started
    return costs


def share_on_top(costs: dict[str, float]) -> float:
    """The cost of time, quotes and events as a fraction of the NLP they run on."""
    base = sum(costs.get(n, 0.0) for n in NLP)
    return sum(costs.get(n, 0.0) for n in ON_TOP) / base if base else 0.0
