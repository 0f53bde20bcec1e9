"""Run gold documents through pipeline stages, batch by batch, keeping what each stage left.

The default pipeline starts with the ``natasha`` stage, so one pass gives both systems that
``khronika eval`` compares: the entities as the natasha stage left them (a deep copy taken right
after it) and the finished article. Running ``Pipeline(["natasha"])`` separately would give the
same natasha output at twice the cost.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from khronika.eval.gold import GoldDoc
from khronika.model import Article, Entity
from khronika.nlp.doc import Doc
from khronika.pipeline import DEFAULT_COMPONENTS, Component, create_component, raise_into
from khronika.readers.checks import check_article

BATCH_SIZE = 16


@dataclass
class Run:
    gold: GoldDoc
    doc: Doc
    snapshots: dict[str, list[Entity]]  # stage name -> entities right after that stage

    @property
    def article(self) -> Article:
        return self.doc.article


def to_article(gold: GoldDoc, published: str | None = None) -> Article:
    return Article(id=gold.id, text=gold.text, published=published)


class StagedRunner:
    """Runs named components over batches of gold documents, snapshotting entities after chosen stages."""

    def __init__(
        self,
        components: Iterable[str] = DEFAULT_COMPONENTS,
        snapshot: Iterable[str] = ("natasha",),
        before: dict[str, Callable[[Run], None]] | None = None,
    ) -> None:
        self.names = list(components)
        self.components: list[tuple[str, Component]] = [(n, create_component(n)) for n in self.names]
        self.snapshot = set(snapshot)
        self.before = before or {}  # stage name -> what to do to each document just before it runs

    def run(
        self, golds: Iterable[GoldDoc], published: Callable[[GoldDoc], str | None] = lambda g: None
    ) -> Iterator[Run]:
        iterator = iter(golds)
        while batch := list(islice(iterator, BATCH_SIZE)):
            yield from self.run_batch(batch, published)

    def run_batch(self, golds: list[GoldDoc], published: Callable[[GoldDoc], str | None]) -> list[Run]:
        runs = [Run(g, Doc(check_article(to_article(g, published(g)))), {}) for g in golds]
        live = [r for r in runs if r.article.status != "failed"]
        for name, component in self.components:
            if name in self.before:
                for r in live:
                    self.before[name](r)
            live = run_stage(name, component, live)
            if name in self.snapshot:
                for r in live:
                    r.snapshots[name] = copy.deepcopy(r.doc.entities)
        return runs


def run_stage(name: str, component: Component, runs: list[Run]) -> list[Run]:
    """Run one component over a batch; on failure retry one document at a time, dropping the bad ones."""
    if not runs:
        return runs
    try:
        component([r.doc for r in runs])
        return runs
    except Exception:
        if len(runs) == 1:
            raise_into(runs[0].doc, name)
            return []
    survivors: list[Run] = []
    for r in runs:
        survivors.extend(run_stage(name, component, [r]))
    return survivors


def with_natasha(components: Iterable[str]) -> list[str]:
    """The components, with the ``natasha`` stage first if they lack it (every other stage needs it)."""
    names = list(components)
    return names if "natasha" in names else ["natasha", *names]


def entity_spans(entities: Iterable[Entity]) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in entities]
