"""``khronika ingest``: analyse articles into the chronicle store; ``khronika show``: one event's story."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from khronika.chronicle import ingest
from khronika.cli.console import err, fail, progress
from khronika.cli.engine_options import AddressOpt, BatchSizeOpt, EngineOpt, OutParquetOpt, WorkersOpt, engine_options
from khronika.model import Article
from khronika.readers.options import ReadOptions
from khronika.store import DEFAULT_PATH, StoreUnavailable, connect
from khronika.store.reader import EventStory, event_story
from khronika.store.writer import COMMIT_EVERY

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("show")(show)


def ingest_command(
    inputs: Annotated[list[Path], typer.Argument(help="Text, JSON Lines, HTML, RSS/Atom or WARC files, or folders of them.")],
    db: DbOption = DEFAULT_PATH,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name for inputs that name none.")] = None,
    commit_every: Annotated[int, typer.Option(help="Articles stored per transaction (a kill loses at most these).", min=1)] = COMMIT_EVERY,
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    batch_size: BatchSizeOpt = 32,
    address: AddressOpt = None,
    out_parquet: OutParquetOpt = None,
    retry_failed: Annotated[bool, typer.Option(help="Analyse again the articles that failed before.")] = False,
    analysed: Annotated[bool, typer.Option(help="Inputs are `khronika extract` output: store them without analysis.")] = False,
) -> None:
    """Extract articles and store them in the chronicle; stored articles are skipped, so re-runs resume.
    The engine options are those of ``extract`` (``--batch-size`` is the engine's batch; ``--commit-every``
    the store's transaction); ``--out-parquet`` also writes the analysed articles
    as a Parquet dataset (by the workers), beside the store."""
    try:
        read_options = ReadOptions(published=published, source=source)
    except ValueError as exc:  # a --published that is not a date
        raise fail(str(exc)) from None
    options = engine_options(engine, workers, batch_size, address, out_parquet)
    try:
        con = connect(db)
    except StoreUnavailable as exc:  # another ingest holds the file
        raise fail(str(exc)) from None
    try:
        report = ingest(inputs, con, read_options,
                        options, progress=_progress_bar,
                        commit_every=commit_every, retry_failed=retry_failed, analysed=analysed)
    finally:
        con.close()
    for reason in report.reasons:
        err.print(f"khronika: {reason}", style="yellow", highlight=False, markup=False)
    err.print(report.summary(), highlight=False)
    if report.failed and not report.stored and not report.skipped:  # nothing usable at all, as `extract` does
        raise typer.Exit(1)


def _progress_bar(articles: Iterable[Article], total: int) -> Iterable[Article]:
    return progress(articles, total, "ingesting")


def show(
    event_id: Annotated[int, typer.Argument(help="The event's id (from `khronika query`).")],
    db: DbOption = DEFAULT_PATH,
) -> None:
    """Print an event and every mention it was merged from: article, sentence, trigger, confidence."""
    try:
        con = connect(db, read_only=True)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    story = event_story(con, event_id)
    con.close()
    if story is None:
        raise fail(f"no event {event_id} in {db}")
    print_story(story, Console(soft_wrap=True))


def print_story(story: EventStory, console: Console) -> None:
    e = story.event
    when = f"{e['time_start']}..{e['time_end']}" if e["time_start"] else "time unknown"
    target = f" -> {e['target_name']} ({e['target_key']})" if e["target_key"] else ""
    console.print(f"[bold]Event {e['event_id']}[/]: {e['source_name']} ({e['source_key']}){target}", highlight=False)
    console.print(f"  {e['cameo']} {e['label'] or ''} | {e['modality']} | {when}"
                  f" | {e['location_text'] or 'place unknown'}", highlight=False, markup=False)
    console.print(f"  {e['num_mentions']} mention(s) in {e['num_articles']} article(s) from {e['num_sources']} source(s);"
                  f" first seen {e['first_seen']}, last seen {e['last_seen']}", highlight=False)
    for other in story.realizes:
        console.print(f"  realizes planned event {other['event_id']} (announced {other['first_seen']})", highlight=False)
    for other in story.realized_by:
        console.print(f"  realized by event {other['event_id']} (reported {other['first_seen']})", highlight=False)
    for number, m in enumerate(story.mentions, 1):
        console.print(f"\n  [{number}] {m['article_id']} | {m['published'] or 'undated'} | {m['news_source'] or 'no source'}"
                      f" | {m['modality']} {m['cameo']} | confidence {m['confidence']:.2f}", highlight=False, markup=False)
        console.print(f"      trigger: «{m['trigger_text']}»" + (f", time: «{m['time_text']}»" if m["time_text"] else ""),
                      highlight=False, markup=False)
        console.print(f"      {' '.join((m['sentence'] or '').split())}", highlight=False, markup=False)
