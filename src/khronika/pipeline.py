"""Named, registered pipeline components run in order over batches of documents.

A component is a class registered with ``@component("name")``; calling it with a list of
``Doc`` objects annotates them in place. ``Pipeline`` loads each component once and runs a
batch through all of them. A component that fails on a batch is retried one document at a time,
so one bad article is recorded as failed and the rest of the batch goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Protocol

from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.readers.checks import check_article


class Component(Protocol):
    def __call__(self, docs: list[Doc]) -> None: ...


REGISTRY: dict[str, type] = {}

# Where each built-in component lives; imported on first use so a pipeline only pays for
# the components it runs.
BUILTIN_MODULES: dict[str, str] = {
    "natasha": "khronika.nlp.annotate",
    "entities": "khronika.nlp.entities",
    "link": "khronika.link.linker",
    "timex": "khronika.timex.component",
    "quotes": "khronika.quotes.component",
    "events": "khronika.events.component",
}

DEFAULT_COMPONENTS: tuple[str, ...] = ("natasha", "entities", "link", "timex", "quotes", "events")


def component(name: str) -> Callable[[type], type]:
    def register(cls: type) -> type:
        REGISTRY[name] = cls
        return cls

    return register


def create_component(name: str) -> Component:
    if name not in REGISTRY and name in BUILTIN_MODULES:
        importlib.import_module(BUILTIN_MODULES[name])
    if name not in REGISTRY:
        known = ", ".join(sorted(set(REGISTRY) | set(BUILTIN_MODULES)))
        raise KeyError(f"unknown pipeline component {name!r} (known: {known})")
    return REGISTRY[name]()


class Pipeline:
    def __init__(self, components: Iterable[str] = DEFAULT_COMPONENTS, batch_size: int = 32) -> None:
        self.names = list(components)
        self.components = [(name, create_component(name)) for name in self.names]
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        return self.process_batch([article])[0]

    def process(self, articles: Iterable[Article]) -> Iterator[Article]:
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self.process_batch(batch)

    def process_batch(self, articles: list[Article]) -> list[Article]:
        docs = [Doc(check_article(a)) for a in articles]
        live = [d for d in docs if d.article.status != "failed"]
        for name, run in self.components:
            live = self.run_component(name, run, live)
        for doc in docs:
            doc.article.entities.sort(key=lambda e: (e.start, e.end))
        return [d.article for d in docs]

    def run_component(self, name: str, run: Component, docs: list[Doc]) -> list[Doc]:
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
            survivors.extend(self.run_component(name, run, [doc]))
        return survivors


def raise_into(doc: Doc, stage: str) -> None:
    """Record the exception being handled as the article's failure."""
    import sys

    exc = sys.exc_info()[1]
    doc.article.fail(f"{stage} failed: {type(exc).__name__}: {exc}")
