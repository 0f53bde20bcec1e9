"""``khronika bench``: throughput and memory of bare natasha and Khronika's engines, in one run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Annotated

import typer

from khronika.benchmark import CONFIGS, Result, as_json, run_isolated, scaling_line, table
from khronika.cli.console import err, fail

QUICK_ARTICLES = 40
GROWTH = (1_000,)
GROWTH_AT_SCALE = (1_000, 10_000)
TARGETS = {"khronika-1 / natasha": 1.0, "local-2 / khronika-1": 1.8}
MAX_RSS_MB = 500


def register(app: typer.Typer) -> None:
    app.command("bench")(bench)


def bench(
    articles: Annotated[int, typer.Option(min=1, help="Articles per configuration (dev texts, repeated).")] = 2_000,
    quick: Annotated[bool, typer.Option(help=f"A smoke test: {QUICK_ARTICLES} articles, no growth runs.")] = False,
    scale: Annotated[bool, typer.Option(help="Also time 10,000 articles (slow).")] = False,
    shared: Annotated[Path, typer.Option(help="The shared folder holding data/ (the gold data's dev texts).")] = Path("../shared"),
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch.")] = 32,
    growth: Annotated[list[int] | None, typer.Option(help="Article counts for the growth runs (default 1,000; 0 for none).")] = None,
    config: Annotated[list[str] | None, typer.Option(help=f"Run only these ({', '.join(CONFIGS)}).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures here as JSON.")] = None,
    stages: Annotated[bool, typer.Option(help="Instead: CPU seconds per pipeline component, in this process.")] = False,
) -> None:
    """Bare natasha vs Khronika with 1 worker, 2 local workers and 2 Ray actors on the same articles."""
    count = QUICK_ARTICLES if quick else articles
    if stages:
        _stages(shared, count, batch_size)
        return
    configs = _configs(config)
    err.print(f"benchmark: {count} articles per configuration, load average {os.getloadavg()[0]:.1f}", highlight=False)
    results = [_run(c, shared, count, batch_size) for c in configs]
    typer.echo(table(results))
    for r in results:
        if r.notes:
            typer.echo(f"{r.config}: " + ", ".join(f"{k} {v}" for k, v in r.notes.items()))
    if line := scaling_line(results):
        typer.echo(line)
    for warning in _missed_targets(results):
        typer.echo(f"target missed: {warning}")
    sizes = [] if quick else growth or (GROWTH_AT_SCALE if scale else GROWTH)
    grown = [_run("khronika-1", shared, n, batch_size) for n in sizes if n > 0]
    for r in grown:
        typer.echo(f"growth: {r.articles:>6} articles with 1 worker: {1000 * r.seconds / r.articles:.0f} ms/article")
    if not quick:
        _store_growth(shared, scale)
    if json_out:
        json_out.write_text(as_json(results + grown), encoding="utf-8")


def _stages(shared: Path, count: int, batch_size: int) -> None:
    from khronika.benchmark import corpus
    from khronika.engine.stage_costs import NLP, ON_TOP, share_on_top, stage_costs

    try:
        articles = corpus(shared, count)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    with err.status(f"pipeline components: {count} articles"):
        costs = stage_costs(articles, batch_size)
    total = sum(costs.values()) or 1.0
    typer.echo(f"{'component':<12}{'CPU s':>9}{'ms/article':>12}{'share':>8}")
    for name, seconds in costs.items():
        typer.echo(f"{name:<12}{seconds:>9.2f}{1000 * seconds / count:>12.1f}{seconds / total:>8.1%}")
    share = share_on_top(costs)
    verdict = "within" if share <= 0.20 else "over"
    typer.echo(f"{' + '.join(ON_TOP)} = {share:.1%} of {' + '.join(NLP)} ({verdict} the 20 % budget)")


def _store_growth(shared: Path, scale: bool) -> None:
    import tempfile

    from khronika.benchmark import store_growth

    total = 20_000 if scale else 5_000
    with err.status(f"store growth: {total} articles"), tempfile.TemporaryDirectory() as folder:
        points = store_growth(shared, 200, total, total // 5, Path(folder) / "growth.duckdb")
    for stored, store_ms, analyse_ms in points:
        typer.echo(
            f"store growth: at {stored:>6} stored, storing costs {store_ms:.1f} ms/article "
            f"(analysis {analyse_ms:.0f} ms/article, independent of the store)"
        )


def _configs(chosen: list[str] | None) -> list[str]:
    unknown = sorted(set(chosen or ()) - set(CONFIGS))
    if unknown:
        raise fail(f"unknown configuration(s) {', '.join(unknown)} (choose from: {', '.join(CONFIGS)})")
    configs = [c for c in CONFIGS if not chosen or c in chosen]
    if "ray-2" in configs and importlib.util.find_spec("ray") is None:
        err.print("khronika: ray is not installed: skipping ray-2 (pip install 'khronika[ray]')", style="yellow")
        configs.remove("ray-2")
    return configs


def _run(config: str, shared: Path, count: int, batch_size: int) -> Result:
    with err.status(f"{config}: {count} articles"):
        try:
            return run_isolated(config, shared, count, batch_size)
        except (RuntimeError, FileNotFoundError) as exc:
            raise fail(str(exc)) from None


def _missed_targets(results: list[Result]) -> list[str]:
    by = {r.config: r.per_second for r in results}
    missed = []
    for name, target in TARGETS.items():
        top, bottom = name.split(" / ")
        if top in by and bottom in by and by[top] / by[bottom] < target:
            missed.append(f"{name} = {by[top] / by[bottom]:.2f}× (target {target}×)")
    missed += [f"{r.config} peak RSS {r.peak_rss_mb:.0f} MB > {MAX_RSS_MB} MB" for r in results if r.peak_rss_mb > MAX_RSS_MB]
    return missed
