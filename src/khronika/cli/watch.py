"""``khronika watch``: follow news sources into the store; ``khronika sources``: each source's health."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer

from khronika.cli.console import err, fail
from khronika.live import PollReport, Watcher, load_sources
from khronika.live.sources import SourcesError, parse_interval
from khronika.live.watcher import COMMIT_EVERY
from khronika.store import DEFAULT_PATH, StoreUnavailable, connect
from khronika.store import sources as state

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)
    app.command("sources")(sources)


def watch(
    sources_file: Annotated[Path, typer.Argument(help="The sources file (YAML): see examples/sources-*.yaml.")],
    db: DbOption = DEFAULT_PATH,
    every: Annotated[str | None, typer.Option(help="Poll every source this often (15m, 1h, 90s), not at its own interval.")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll each source once and exit.")] = False,
    commit_every: Annotated[int, typer.Option(help="Articles stored per transaction (a kill loses at most these).", min=1)] = COMMIT_EVERY,
) -> None:
    """Poll RSS/Atom feeds and sitemaps, fetch new articles' pages and store them; runs until Ctrl-C
    (or SIGTERM) unless --once. One line per source and poll goes to stderr."""
    try:
        followed = load_sources(sources_file)
        interval = parse_interval(every) if every else None
    except SourcesError as exc:
        raise fail(str(exc)) from None
    try:
        con = connect(db)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    watcher = Watcher(followed, con, every=interval, commit_every=commit_every, report=_print)
    try:
        if once:
            reports = watcher.run_once()
            if reports and all(r.error for r in reports):
                raise typer.Exit(1)
            return
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        watcher.run_forever(stop)
    finally:
        con.close()


def _print(report: PollReport) -> None:
    style = "red" if report.error else None
    err.print(f"khronika: {report.line()}", style=style, highlight=False, markup=False)
    for reason in report.reasons:
        err.print(f"khronika:   {reason}", style="yellow", highlight=False, markup=False)


def sources(db: DbOption = DEFAULT_PATH) -> None:
    """Each followed source's health: last poll, last success, last error, and counts."""
    try:
        con = connect(db, read_only=True)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    try:
        known = {name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        rows = state.health(con) if "sources" in known else []
    finally:
        con.close()
    if not rows:
        raise fail(f"no source has been watched into {db} (run `khronika watch SOURCES.yaml` first)")
    # plain columns, one line a source, never cut to the terminal's width: the last error is the point
    lines = [_COLUMNS] + [
        (row["name"], _time(row["last_poll"]), _time(row["last_success"]), str(row["polls"]), str(row["errors"]),
         str(row["stored"]), str(row["skipped"]), str(row["failed"]), row["last_error"] or "") for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(_COLUMNS) - 1)]
    for line in lines:
        typer.echo("  ".join(value.ljust(width) for value, width in zip(line, widths)) + "  " + line[-1])


_COLUMNS = ("source", "last poll", "last success", "polls", "errors", "stored", "skipped", "failed", "last error")


def _time(value: object) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}" if value else "never"
