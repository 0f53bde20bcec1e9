"""``khronika eval``: score the pipeline against the gold data in ``../shared/data``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from khronika.cli.console import err, fail, progress

if TYPE_CHECKING:
    from khronika.eval.gold import GoldDoc
    from khronika.eval.runner import Run

T = TypeVar("T")
R = TypeVar("R")

app = typer.Typer(
    name="eval", help="Score Khronika against gold data, side by side with bare natasha.", no_args_is_help=True
)

SharedOption = Annotated[
    Path | None,
    typer.Option("--shared", envvar="KHRONIKA_SHARED", help="The shared folder (default: ../shared beside the repo)."),
]
JsonOption = Annotated[Path | None, typer.Option("--json", help="Also write the figures to this JSON file.")]
LimitOption = Annotated[int | None, typer.Option(help="Score only the first N documents.")]
PipelineOption = Annotated[
    str | None,
    typer.Option(
        "--pipeline", help="Comma-separated components for the khronika side (default: the default pipeline)."
    ),
]


class NerData(StrEnum):
    factru_dev = "factru-dev"
    nerel_dev = "nerel-dev"
    slavicner = "slavicner"


class LinkData(StrEnum):
    nerel_dev = "nerel-dev"


class QuoteData(StrEnum):
    adaq = "adaq"


class EventData(StrEnum):
    factru_dev = "factru-dev"
    nerel_dev = "nerel-dev"


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="eval")


@app.command("ner")
def ner(
    data: Annotated[NerData, typer.Option(help="Gold dataset.")],
    limit: LimitOption = None,
    shared: SharedOption = None,
    json_file: JsonOption = None,
    pipeline: PipelineOption = None,
) -> None:
    """Per-type NER precision, recall and F1 (exact span and naeval token level): natasha vs khronika."""
    from khronika.eval import ner as scoring
    from khronika.eval.report import console, prf_table, write_json

    golds = _load(lambda root: _gold_docs(data.value, root, limit), shared)
    runs = progress(_runner(scoring.ner_runner, pipeline).run(golds), len(golds), f"ner {data.value}", unit="docs")
    systems = scoring.evaluate(_count_failures(runs))
    metrics = {
        metric: {name: getattr(scores, metric) for name, scores in systems.items()} for metric in ("token", "exact")
    }
    console.print(prf_table(f"NER on {data.value}, {len(golds)} documents (%)", metrics))
    write_json(json_file, {"data": data.value, "documents": len(golds), **{n: s.as_dict() for n, s in systems.items()}})


@app.command("link")
def link(
    data: Annotated[LinkData, typer.Option(help="Gold dataset.")] = LinkData.nerel_dev,
    limit: LimitOption = None,
    shared: SharedOption = None,
    json_file: JsonOption = None,
    pipeline: PipelineOption = None,
) -> None:
    """Linking accuracy per type on gold spans and end to end (NIL counts), with bare natasha's NIL baseline."""
    from khronika.eval import link as scoring
    from khronika.eval.report import accuracy_table, console, write_json

    golds = _load(lambda root: _gold_docs(data.value, root, limit), shared)
    figures: dict[str, object] = {"data": data.value, "documents": len(golds)}
    columns = {}
    try:
        runner = _runner(scoring.gold_span_runner, pipeline)
    except scoring.LinkUnavailable as exc:
        err.print(f"khronika: gold-span linking skipped: {exc}", style="yellow", highlight=False, markup=False)
    else:
        gold_spans = scoring.evaluate_gold_spans(
            _count_failures(progress(runner.run(golds), len(golds), "link, gold spans", unit="docs"))
        )
        columns["khronika gold spans"] = gold_spans.exact
        figures["gold_spans"] = gold_spans.as_dict()
    if "link" not in _components(pipeline):
        err.print("khronika: the default pipeline has no `link` stage: end-to-end figures are all-null", style="yellow")
    runs = progress(
        _runner(scoring.end_to_end_runner, pipeline).run(golds), len(golds), "link, end to end", unit="docs"
    )
    systems = scoring.evaluate_end_to_end(_count_failures(runs))
    columns["natasha (all null)"] = systems["natasha"].exact
    columns["khronika e2e exact"] = systems["khronika"].exact
    columns["khronika e2e overlap"] = systems["khronika"].overlap
    figures["end_to_end"] = {name: scores.as_dict() for name, scores in systems.items()}
    console.print(accuracy_table(f"{data.value}: linking accuracy, {len(golds)} documents", columns))
    write_json(json_file, figures)
    if "khronika gold spans" not in columns:
        raise typer.Exit(1)


@app.command("events")
def events(
    data: Annotated[EventData, typer.Option(help="Gold dataset.")],
    limit: LimitOption = None,
    shared: SharedOption = None,
    json_file: JsonOption = None,
    pipeline: PipelineOption = None,
) -> None:
    """factRuEval Meeting/Deal facts, or NEREL meeting/visit/agreement triggers and their arguments."""
    from khronika.eval import events as scoring
    from khronika.eval.report import accuracy_table, console, prf_table, write_json
    from khronika.eval.runner import StagedRunner, with_natasha

    golds = _load(lambda root: _gold_docs(data.value, root, limit), shared)
    if "events" not in _components(pipeline):
        err.print("khronika: the default pipeline has no `events` stage yet: every figure is zero", style="yellow")
    runs = _count_failures(
        progress(
            _runner(lambda names: StagedRunner(with_natasha(names), snapshot=()), pipeline).run(golds),
            len(golds),
            f"events {data.value}",
            unit="docs",
        )
    )
    if data is EventData.factru_dev:
        facts = scoring.FactScores()
        for run in runs:
            facts.add(run.gold, run.article.events, run.article.entities)
        console.print(prf_table(f"factRuEval facts, {len(golds)} documents (%)", {"fact": {"khronika": facts.scores}}))
        write_json(json_file, {"data": data.value, "documents": len(golds), "facts": facts.as_dict()})
        return
    nerel = scoring.NerelEventScores()
    for run in runs:
        nerel.add(run.gold, run.article.events)
    console.print(
        accuracy_table(
            f"NEREL meeting/visit/agreement triggers, {len(golds)} documents: recall (%)",
            {"khronika": nerel.trigger_rows},
        )
    )
    console.print(prf_table("NEREL event arguments (%)", {"argument": {"khronika": nerel.arguments}}))
    write_json(json_file, {"data": data.value, "documents": len(golds), **nerel.as_dict()})


@app.command("quotes")
def quotes(
    data: Annotated[QuoteData, typer.Option(help="Gold dataset.")] = QuoteData.adaq,
    limit: LimitOption = None,
    shared: SharedOption = None,
    json_file: JsonOption = None,
    pipeline: PipelineOption = None,
) -> None:
    """Quote words P/R/F1, quote detection and speaker accuracy on ADAQ."""
    from khronika.eval.datasets.adaq import read_adaq
    from khronika.eval.paths import data_dir
    from khronika.eval.quotes import QuoteScores
    from khronika.eval.report import accuracy_table, console, prf_table, write_json
    from khronika.eval.runner import StagedRunner, with_natasha

    golds = _load(lambda root: list(read_adaq(data_dir(root, "adaq-quotes-ru/data"), limit)), shared)
    if "quotes" not in _components(pipeline):
        err.print("khronika: the default pipeline has no `quotes` stage yet: every figure is zero", style="yellow")
    scores = QuoteScores()
    for run in _count_failures(
        progress(
            _runner(lambda names: StagedRunner(with_natasha(names), snapshot=()), pipeline).run(golds),
            len(golds),
            "quotes adaq",
            unit="sentences",
        )
    ):
        scores.add(run.gold, run.article.quotes)
    title = f"ADAQ quotes, {len(golds)} sentences, {sum(g.has_quote for g in golds)} with a quote (%)"
    console.print(prf_table(title, {"quote": {"khronika": {"words": scores.tokens, "quotes": scores.detection}}}))
    accuracy = {"khronika": {"all gold quotes": scores.speaker, "quotes found": scores.speaker_found}}
    console.print(accuracy_table("ADAQ speaker accuracy (%)", accuracy))
    write_json(json_file, {"data": data.value, "sentences": len(golds), **scores.as_dict()})


@app.command("seed")
def seed(shared: SharedOption = None, json_file: JsonOption = None) -> None:
    """Check the seed article's extraction against seed/expected.yaml item by item; exit 1 on any failure."""
    from khronika import extract
    from khronika.eval.datasets.seed import country_codes, read_seed
    from khronika.eval.paths import shared_root
    from khronika.eval.report import console, print_items, write_json
    from khronika.eval.seed import check_seed

    root = shared_root(shared)
    try:
        gold = read_seed(root)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    a = gold.article
    article = extract(a.text, published=a.published, source=a.source, id=a.id)
    results = check_seed(article, gold.expected, country_codes(root))
    print_items(results)
    failed = [r for r in results if not r.ok]
    console.print(
        f"{len(results) - len(failed)}/{len(results)} items pass", style="bold red" if failed else "bold green"
    )
    write_json(
        json_file, {"items": [r.__dict__ for r in results], "passed": len(results) - len(failed), "total": len(results)}
    )
    if failed:
        raise typer.Exit(1)


def _components(option: str | None) -> tuple[str, ...]:
    from khronika.pipeline import DEFAULT_COMPONENTS

    if option is None:
        return DEFAULT_COMPONENTS
    return tuple(name.strip() for name in option.split(",") if name.strip())


def _runner(build: Callable[[tuple[str, ...]], R], option: str | None) -> R:
    """Build a runner over the chosen components, or stop with one line naming an unknown one."""
    try:
        return build(_components(option))
    except KeyError as exc:
        raise fail(str(exc.args[0] if exc.args else exc)) from None
    except ValueError as exc:  # a stage before its needs: "events needs times: add timex before it"
        raise fail(str(exc)) from None
    except ImportError as exc:
        raise fail(f"a pipeline component could not be loaded: {exc}") from None


def _gold_docs(name: str, root: Path, limit: int | None) -> list[GoldDoc]:
    from khronika.eval.datasets import read_ner_dataset

    return list(read_ner_dataset(name, root, limit))


def _load(read: Callable[[Path], list[T]], shared: Path | None) -> list[T]:
    """Read gold documents from the shared folder, or stop with one clear line."""
    from khronika.eval.paths import shared_root

    try:
        golds = read(shared_root(shared))
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    if not golds:
        raise fail("no gold documents found")
    return golds


def _count_failures(runs: Iterable[Run]) -> Iterator[Run]:
    """Pass runs through, naming on stderr each document the pipeline could not analyse."""
    for run in runs:
        if run.article.status == "failed":
            err.print(
                f"khronika: {run.gold.id}: {'; '.join(run.article.errors)}",
                style="yellow",
                highlight=False,
                markup=False,
            )
        yield run
