"""The ``khronika`` command: one module per command or command group."""

from __future__ import annotations

import typer

from khronika.cli import bench, export, extract, ingest, query, serve, watch
from khronika.cli import eval as evaluate

app = typer.Typer(
    name="khronika",
    help="Event data from Russian political news: who did what to whom, when, and how sure.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
extract.register(app)
evaluate.register(app)
ingest.register(app)
query.register(app)
export.register(app)
bench.register(app)
serve.register(app)
watch.register(app)


@app.callback()
def _root() -> None:
    """Event data from Russian political news: who did what to whom, when, and how sure."""


def main() -> None:
    app()
