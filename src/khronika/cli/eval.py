"""``khronika eval``: each command but ``seed`` runs a task of ``eval.tasks.TASKS`` over the gold data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from khronika.cli.console import err, fail, progress
from khronika.cli.eval_options import EventData, JsonOpt, LimitOpt, LinkData, NerData, PipelineOpt, QuoteData, SharedOpt
from khronika.eval.paths import shared_root  # light: the data folders, not the scorers

if TYPE_CHECKING:
    from khronika.eval.runner import Run

app = typer.Typer(
    name="eval", help="Score Khronika against gold data, side by side with bare natasha.", no_args_is_help=True
)


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="eval")


@app.command("ner")
def ner(
    data: Annotated[NerData, typer.Option(help="Gold dataset.")],
    limit: LimitOpt = None,
    shared: SharedOpt = None,
    json_file: JsonOpt = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Per-type NER precision, recall and F1 (exact span and naeval token level): natasha vs khronika."""
    _evaluate("ner", data.value, limit, shared, json_file, pipeline)


@app.command("link")
def link(
    data: Annotated[LinkData, typer.Option(help="Gold dataset.")] = LinkData.nerel_dev,
    limit: LimitOpt = None,
    shared: SharedOpt = None,
    json_file: JsonOpt = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Linking accuracy per type on gold spans and end to end (NIL counts), with bare natasha's NIL baseline."""
    _evaluate("link", data.value, limit, shared, json_file, pipeline)


@app.command("events")
def events(
    data: Annotated[EventData, typer.Option(help="Gold dataset.")],
    limit: LimitOpt = None,
    shared: SharedOpt = None,
    json_file: JsonOpt = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Reference CAMEO events (gold-dev), factRuEval Meeting/Deal facts, or NEREL meeting/visit/agreement triggers."""
    _evaluate("events", data.value, limit, shared, json_file, pipeline)


@app.command("quotes")
def quotes(
    data: Annotated[QuoteData, typer.Option(help="Gold dataset.")] = QuoteData.adaq,
    limit: LimitOpt = None,
    shared: SharedOpt = None,
    json_file: JsonOpt = None,
    pipeline: PipelineOpt = None,
) -> None:
    """Quote words P/R/F1, quote detection and speaker accuracy on ADAQ."""
    _evaluate("quotes", data.value, limit, shared, json_file, pipeline)


@app.command("seed")
def seed(shared: SharedOpt = None, json_file: JsonOpt = None) -> None:
    """Check the seed article's extraction against seed/expected.yaml item by item; exit 1 on any failure."""
    from khronika.eval.report import print_items, write_json
    from khronika.eval.seed import extract_and_check_seed, seed_figures

    try:
        results = extract_and_check_seed(shared_root(shared))
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    print_items(results)
    write_json(json_file, seed_figures(results))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


def _evaluate(name: str, data: str, limit: int | None, shared: Path | None, out: Path | None, opt: str | None) -> None:
    """Read the gold documents, run the task's passes over them, print its tables, write its figures."""
    from khronika.eval.report import console, write_json
    from khronika.eval.tasks import TASKS, components_of

    task, components = TASKS[name], components_of(opt)
    try:
        golds, runners = task.prepare(data, shared_root(shared), limit, components)
    except FileNotFoundError as exc:  # the gold data is missing: one line saying where it was looked for
        raise fail(str(exc)) from None
    except (KeyError, ValueError) as exc:  # a component unknown, or before its needs ("events needs times: ...")
        raise fail(str(exc.args[0] if exc.args else exc)) from None
    except ImportError as exc:
        raise fail(f"a pipeline component could not be loaded: {exc}") from None
    if task.needs and task.needs[0] not in components:
        err.print(f"khronika: the pipeline has no `{task.needs[0]}` stage: {task.needs[1]}", style="yellow")
    runs = [_named_failures(progress(r.run(golds), len(golds), label, task.unit)) for label, r in runners]
    report = task.score(data, golds, runs)
    console.print(*report.tables)
    write_json(out, report.figures)


def _named_failures(runs: Iterable[Run]) -> Iterator[Run]:
    """Pass runs through, naming on stderr each document the pipeline could not analyse."""
    for run in runs:
        if run.article.status == "failed":
            message = f"khronika: {run.gold.id}: {'; '.join(run.article.errors)}"
            err.print(message, style="yellow", highlight=False, markup=False)
        yield run
