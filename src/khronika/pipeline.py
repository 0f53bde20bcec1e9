"""Named, registered pipeline components run in order over batches of documents.

``Pipeline`` loads each component once (``khronika.registry``), checks when it is built that
every component comes after the ones that set what it reads, and runs batches through them. This
is the one batch loop: a component that fails on a batch is retried one document at a time, so
one bad article is recorded as failed and the rest of the batch goes on. What else a caller does
around each component (snapshots in evaluation, timers in the benchmark) is a ``Hook``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from khronika.batching import chop
from khronika.checks import check_article
from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.registry import component_meta, providers

DEFAULT_COMPONENTS: tuple[str, ...] = ("natasha", "entities", "link", "timex", "quotes", "events")


class Component(Protocol):
    def __call__(self, docs: list[Doc]) -> None: ...


class Hook:
    """Called around each component with the batch's documents still live (not failed)."""

    def before(self, name: str, docs: list[Doc]) -> None:
        pass

    def after(self, name: str, docs: list[Doc]) -> None:
        pass


def create_component(name: str) -> Component:
    return component_meta(name).factory()


def check_order(names: Sequence[str]) -> None:
    """Fail with one line naming what the first unmet component needs and which stages set it."""
    assigned: set[str] = set()
    for name in names:
        meta = component_meta(name)
        missing = [need for need in meta.requires if need not in assigned]
        if missing:
            stages = providers(missing)
            where = f": add {', '.join(stages)} before it" if stages else ""
            raise ValueError(f"{name} needs {', '.join(missing)}{where}")
        assigned.update(meta.assigns)


class Pipeline:
    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, batch_size: int = 32) -> None:
        self.names = list(components)
        check_order(self.names)  # before any model is loaded
        self.components = [(name, create_component(name)) for name in self.names]
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        return self.process_batch([article])[0]

    def process(self, articles: Iterable[Article]) -> Iterator[Article]:
        for batch in chop(articles, self.batch_size):
            yield from self.process_batch(batch)

    def process_batch(self, articles: list[Article], hooks: Sequence[Hook] = ()) -> list[Article]:
        return [doc.article for doc in self.annotate([Doc(check_article(a)) for a in articles], hooks)]

    def annotate(self, docs: list[Doc], hooks: Sequence[Hook] = ()) -> list[Doc]:
        """Run every component over the documents that have not failed; returns all of them."""
        live = [d for d in docs if d.article.status != "failed"]
        for name, run in self.components:
            for hook in hooks:
                hook.before(name, live)
            live = run_component(name, run, live)
            for hook in hooks:
                hook.after(name, live)
        for doc in docs:
            doc.article.entities.sort(key=lambda e: (e.start, e.end))
        return docs


def run_component(name: str, run: Component, docs: list[Doc]) -> list[Doc]:
    """Run one component over live documents; those it fails on are failed, the rest returned."""
    if not docs:
        return docs
    try:
        run(docs)
        return docs
    except Exception:
        if len(docs) == 1:
            raise_into(docs[0], name)
            return []
    survivors = []
    for doc in docs:
        survivors.extend(run_component(name, run, [doc]))
    return survivors


def raise_into(doc: Doc, stage: str) -> None:
    """Record the exception being handled as the article's failure."""
    exc = sys.exc_info()[1]
    doc.article.fail(f"{stage} failed: {type(exc).__name__}: {exc}")


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """This process's default pipeline, loading the models on first use (once per worker, actor
    or command)."""
    return Pipeline()
