"""The evaluation tasks as a table: for each, how its gold is read, the passes it runs, how it scores them.

Every ``khronika eval`` command but ``seed`` is the same sequence: read the gold documents, run
each pass over them, score the runs, print tables and write the figures. A ``Task`` holds what
differs; the command line drives the sequence (``cli/eval.py``), with progress and failures shown
there. A pass is a runner built from the chosen components; its runs reach ``score`` as lazy
iterators, in pass order, so a document is analysed while the previous one is being scored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from khronika.eval.gold import GoldDoc, as_kind
from khronika.eval.report import accuracy_table, prf_table
from khronika.eval.runner import Run, StagedRunner, with_natasha
from khronika.pipeline import DEFAULT_COMPONENTS

Components = tuple[str, ...]
Runs = Iterable[Run]


@dataclass(frozen=True)
class Pass:
    label: str  # what the progress bar says
    runner: Callable[[Components], StagedRunner]


@dataclass
class Report:
    tables: list[Table]
    figures: dict[str, Any]  # what ``--json`` writes


@dataclass(frozen=True)
class Task:
    """``score(dataset, golds, runs)`` gets one run iterator per pass. ``needs`` is the stage the
    figures depend on and what they are without it (the warning when ``--pipeline`` leaves it out)."""

    read: Callable[[str, Path, int | None], Sequence[GoldDoc]]
    passes: Callable[[str], tuple[Pass, ...]]  # dataset name -> passes
    score: Callable[[str, Sequence[GoldDoc], Sequence[Runs]], Report]
    unit: str = "docs"
    needs: tuple[str, str] | None = None

    def prepare(
        self, dataset: str, root: Path, limit: int | None, components: Components
    ) -> tuple[Sequence[GoldDoc], list[tuple[str, StagedRunner]]]:
        """The gold documents, and each pass's progress label and runner over the chosen components.

        Raises FileNotFoundError when the gold data is missing, KeyError for an unknown component,
        ValueError for one placed before a stage it needs and ImportError for one that cannot be loaded."""
        golds = self.read(dataset, root, limit)
        if not golds:
            raise FileNotFoundError(f"no gold documents found for {dataset} under {root}")
        return golds, [(p.label, p.runner(components)) for p in self.passes(dataset)]


def components_of(option: str | None) -> Components:
    """The components a ``--pipeline`` option names (``natasha,entities``), else the default pipeline."""
    if option is None:
        return DEFAULT_COMPONENTS
    return tuple(name.strip() for name in option.split(",") if name.strip())


def read_ner(name: str, root: Path, limit: int | None) -> list[GoldDoc]:
    from khronika.eval.datasets import read_ner_dataset

    return list(read_ner_dataset(name, root, limit))


def read_quotes(name: str, root: Path, limit: int | None) -> list[GoldDoc]:
    from khronika.eval.datasets.adaq import read_adaq
    from khronika.eval.paths import data_dir

    return list(read_adaq(data_dir(root, "adaq-quotes-ru/data"), limit))


GOLD_EVENTS = "gold-events/dev.yaml"  # under the shared folder; its texts are factRuEval's dev set


def read_events(name: str, root: Path, limit: int | None) -> list[GoldDoc]:
    """Reference CAMEO events for ``gold-dev``; the other event datasets are the NER ones' documents."""
    if name != "gold-dev":
        return read_ner(name, root, limit)
    from khronika.eval.datasets.gold_events import read_gold_events
    from khronika.eval.paths import ENV_VAR, data_dir

    gold = root / GOLD_EVENTS
    if not gold.exists():
        raise FileNotFoundError(f"gold events not found: {gold} (set --shared or ${ENV_VAR})")
    return list(read_gold_events(gold, data_dir(root, "factRuEval-2016/devset"), limit))


def whole_pipeline(components: Components) -> StagedRunner:
    """The chosen components (natasha first), keeping no snapshots: events and quotes need none."""
    return StagedRunner(with_natasha(components), snapshot=())


def ner_passes(name: str) -> tuple[Pass, ...]:
    from khronika.eval.ner import ner_runner

    return (Pass(f"ner {name}", ner_runner),)


TABLES = ("token", "exact")  # NER figures side by side: naeval token level, then exact spans


def score_ner(name: str, golds: Sequence[GoldDoc], runs: Sequence[Runs]) -> Report:
    from khronika.eval.ner import evaluate

    systems = evaluate(runs[0])
    metrics = {metric: {system: getattr(scores, metric) for system, scores in systems.items()} for metric in TABLES}
    figures = {"data": name, "documents": len(golds), **{n: s.as_dict() for n, s in systems.items()}}
    return Report([prf_table(f"NER on {name}, {len(golds)} documents (%)", metrics)], figures)


def link_passes(name: str) -> tuple[Pass, ...]:
    from khronika.eval.link import end_to_end_runner, gold_span_runner

    return Pass("link, gold spans", gold_span_runner), Pass("link, end to end", end_to_end_runner)


def score_link(name: str, golds: Sequence[GoldDoc], runs: Sequence[Runs]) -> Report:
    from khronika.eval.link import evaluate_end_to_end, evaluate_gold_spans

    gold_spans = evaluate_gold_spans(runs[0])
    systems = evaluate_end_to_end(runs[1])
    columns = {
        "khronika gold spans": gold_spans.exact,
        "natasha (all null)": systems["natasha"].exact,
        "khronika e2e exact": systems["khronika"].exact,
        "khronika e2e overlap": systems["khronika"].overlap,
        "ceiling": gold_spans.ceiling,
    }
    figures = {
        "data": name,
        "documents": len(golds),
        "gold_spans": gold_spans.as_dict(),
        "end_to_end": {system: scores.as_dict() for system, scores in systems.items()},
    }
    return Report([accuracy_table(f"{name}: linking accuracy, {len(golds)} documents", columns)], figures)


def events_passes(name: str) -> tuple[Pass, ...]:
    return (Pass(f"events {name}", whole_pipeline),)


def score_events(name: str, golds: Sequence[GoldDoc], runs: Sequence[Runs]) -> Report:
    """Reference CAMEO events, factRuEval Meeting/Deal facts, or NEREL meeting/visit/agreement triggers
    and their arguments."""
    if name == "gold-dev":
        return score_cameo_gold(name, golds, runs)
    from khronika.eval.datasets.factru import FactruDoc
    from khronika.eval.datasets.nerel import NerelDoc
    from khronika.eval.events import FactScores, NerelEventScores

    head = {"data": name, "documents": len(golds)}
    if name == "factru-dev":
        facts = FactScores()
        for run in runs[0]:
            facts.add(as_kind(run.gold, FactruDoc), run.article.events, run.article.entities)
        title = f"factRuEval facts, {len(golds)} documents (%)"
        return Report([prf_table(title, {"fact": {"khronika": facts.scores}})], {**head, "facts": facts.as_dict()})
    nerel = NerelEventScores()
    for run in runs[0]:
        nerel.add(as_kind(run.gold, NerelDoc), run.article.events)
    title = f"NEREL meeting/visit/agreement triggers, {len(golds)} documents: recall (%)"
    tables = [
        accuracy_table(title, {"khronika": nerel.trigger_rows}),
        prf_table("NEREL event arguments (%)", {"argument": {"khronika": nerel.arguments}}),
    ]
    return Report(tables, {**head, **nerel.as_dict()})


def score_cameo_gold(name: str, golds: Sequence[GoldDoc], runs: Sequence[Runs]) -> Report:
    """Events at three levels (place and root, + source, + both sides), then the accuracies on those found."""
    from khronika.eval.cameo_gold import CameoScores
    from khronika.eval.datasets.gold_events import GoldEventsDoc

    scores = CameoScores()
    for run in runs[0]:
        scores.add(as_kind(run.gold, GoldEventsDoc), run.article.events)
    title = f"{name}: CAMEO events, {len(golds)} documents, {scores.predicted} predicted (%)"
    tables = [
        prf_table(title, {"match": {"khronika": scores.levels}}),
        accuracy_table("on the gold events found (%)", {"khronika": scores.on_found}),
    ]
    return Report(tables, {"data": name, "documents": len(golds), **scores.as_dict()})


def quotes_passes(name: str) -> tuple[Pass, ...]:
    return (Pass(f"quotes {name}", whole_pipeline),)


def score_quotes(name: str, golds: Sequence[GoldDoc], runs: Sequence[Runs]) -> Report:
    """Quote words P/R/F1, quote detection and speaker accuracy on ADAQ."""
    from khronika.eval.datasets.adaq import AdaqSentence
    from khronika.eval.quotes import QuoteScores

    scores = QuoteScores()
    for run in runs[0]:
        scores.add(as_kind(run.gold, AdaqSentence), run.article.quotes)
    with_quote = sum(as_kind(g, AdaqSentence).has_quote for g in golds)
    title = f"ADAQ quotes, {len(golds)} sentences, {with_quote} with a quote (%)"
    accuracy = {"khronika": {"all gold quotes": scores.speaker, "quotes found": scores.speaker_found}}
    tables = [
        prf_table(title, {"quote": {"khronika": {"words": scores.tokens, "quotes": scores.detection}}}),
        accuracy_table("ADAQ speaker accuracy (%)", accuracy),
    ]
    return Report(tables, {"data": name, "sentences": len(golds), **scores.as_dict()})


TASKS: dict[str, Task] = {
    "ner": Task(read_ner, ner_passes, score_ner),
    "link": Task(read_ner, link_passes, score_link, needs=("link", "end-to-end figures are all-null")),
    "events": Task(read_events, events_passes, score_events, needs=("events", "every figure is zero")),
    "quotes": Task(
        read_quotes, quotes_passes, score_quotes, unit="sentences", needs=("quotes", "every figure is zero")
    ),
}
