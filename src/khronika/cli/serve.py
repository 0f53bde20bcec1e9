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
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file (opened read-only).")] = DEFAULT_PATH,
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    time_limit: Annotated[float, typer.Option(help="Seconds a page's queries may run before they are stopped.",
                                              min=0.1)] = 10.0,
) -> None:
    """Browse the chronicle: events, an event's mentions, articles, actors, the network, a map and the agenda."""
    import uvicorn

    from khronika.web import create_app

    try:
        application = create_app(db, time_limit)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    err.print(f"Khronika on http://{host}:{port}/ (API docs at /docs); Ctrl+C stops it", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
