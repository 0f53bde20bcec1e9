"""``khronika serve``: the chronicle in a browser (pages and a JSON API, ``khronika.web``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khronika.cli.console import err, fail
from khronika.store import DEFAULT_PATH, StoreUnavailable


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file (read-only unless --watch).")] = DEFAULT_PATH,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    time_limit: Annotated[float, typer.Option(help="Seconds a page's queries may run before they are stopped.",
                                              min=0.1)] = 10.0,
    watch: Annotated[Path | None, typer.Option(help="Also follow the sources of this file (YAML) into the store, "
                                               "in this process: DuckDB allows one writing process.")] = None,
    every: Annotated[str | None, typer.Option(help="With --watch: poll every source this often (15m, 1h).")] = None,
) -> None:
    """Browse the chronicle: events, an event's mentions, articles, actors, the network, a map and the agenda."""
    import uvicorn

    from khronika.live import load_sources
    from khronika.live.sources import SourcesError, parse_interval
    from khronika.web import create_app

    try:
        followed = load_sources(watch) if watch is not None else None
        interval = parse_interval(every) if every else None
    except SourcesError as exc:
        raise fail(str(exc)) from None
    try:
        application = create_app(db, time_limit, followed, interval)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    err.print(f"Khronika on http://{host}:{port}/ (API docs at /docs); Ctrl+C stops it", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
