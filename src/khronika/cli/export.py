"""``khronika export``: the chronicle as GDELT 2.0 tables, JSON Lines, CSV or Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from khronika.cli.console import err, fail
from khronika.export.gdelt import export_gdelt
from khronika.export.tables import export_csv, export_jsonl, export_parquet
from khronika.store import DEFAULT_PATH, StoreUnavailable, connect

FORMATS = ("gdelt", "jsonl", "parquet", "csv")


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="A file (jsonl, csv) or a folder (gdelt, parquet).")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store file.")] = DEFAULT_PATH,
) -> None:
    """Export merged events: gdelt (Event + Mentions tables), jsonl (events with mentions), csv, parquet (by month)."""
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}")
    try:
        con = connect(db, read_only=True)
    except StoreUnavailable as exc:
        raise fail(str(exc)) from None
    try:
        if fmt == "gdelt":
            written = list(export_gdelt(con, output))
        elif fmt == "parquet":
            written = export_parquet(con, output)
        else:
            (export_jsonl if fmt == "jsonl" else export_csv)(con, output)
            written = [output]
    finally:
        con.close()
    err.print("wrote " + ", ".join(map(str, written)), highlight=False)
