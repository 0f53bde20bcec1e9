"""Run gold documents through pipeline stages, batch by batch, keeping what each stage left.

The default pipeline starts with the ``natasha`` stage, so one pass gives both systems that
``khronika eval`` compares: the entities as the natasha stage left them (a deep copy taken right
after it) and the finished article. Running ``Pipeline(["natasha"])`` separately would give the
same natasha output at twice the cost. The batch loop is the pipeline's; the snapshots and the
changes made before a stage (gold spans in place of predicted ones) are hooks on it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from khronika.batching import chop
from khronika.checks import check_article
from khronika.eval.gold import GoldDoc
from khronika.model import Article, Entity
from khronika.nlp.doc import Doc
from khronika.pipeline import DEFAULT_COMPONENTS, Hook, Pipeline

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
        self.pipeline = Pipeline(components, batch_size=BATCH_SIZE)
        self.snapshot = set(snapshot)
        self.before = before or {}  # stage name -> what to do to each document just before it runs

    def run(
        self, golds: Iterable[GoldDoc], published: Callable[[GoldDoc], str | None] = lambda g: None
    ) -> Iterator[Run]:
        for batch in chop(golds, BATCH_SIZE):
            yield from self.run_batch(batch, published)

    def run_batch(self, golds: list[GoldDoc], published: Callable[[GoldDoc], str | None]) -> list[Run]:
        runs = [Run(g, Doc(check_article(to_article(g, published(g)))), {}) for g in golds]
        self.pipeline.annotate([r.doc for r in runs], hooks=[Stages(runs, self.before, self.snapshot)])
        return runs


class Stages(Hook):
    """What the runner does around the stages of one batch: its ``before`` actions and snapshots."""

    def __init__(self, runs: list[Run], before: dict[str, Callable[[Run], None]], snapshot: set[str]) -> None:
        self.run_of = {id(r.doc): r for r in runs}
        self.actions = before
        self.snapshot = snapshot

    def before(self, name: str, docs: list[Doc]) -> None:
        if name in self.actions:
            for doc in docs:
                self.actions[name](self.run_of[id(doc)])

    def after(self, name: str, docs: list[Doc]) -> None:
        if name in self.snapshot:
            for doc in docs:
                self.run_of[id(doc)].snapshots[name] = copy.deepcopy(doc.entities)


def with_natasha(components: Iterable[str]) -> list[str]:
    """The components, with the ``natasha`` stage first if they lack it (every other stage needs it)."""
    names = list(components)
    return names if "natasha" in names else ["natasha", *names]


def entity_spans(entities: Iterable[Entity]) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in entities]
