"""Query results as a rich table (for people), JSON Lines or CSV (for programs)."""

from __future__ import annotations

import csv
import sys
from datetime import date
from typing import IO

from rich.console import Console
from rich.table import Table

from khronika import jsonl
from khronika.store.merge import Row

FORMATS = ("table", "jsonl", "csv")
# What a person scans in a terminal; JSONL and CSV carry every column.
TABLE_COLUMNS = ("event_id", "date", "source", "target", "cameo", "label", "modality", "place", "num_mentions",
                 "num_articles", "realized_by", "period", "events", "factual", "planned", "mean_goldstein", "mentions")
# A terminal table beyond this many rows helps nobody; JSONL and CSV are never cut.
TABLE_ROWS = 200


def write(rows: list[Row], fmt: str, out: IO[str] | None = None, title: str | None = None) -> None:
    out = out or sys.stdout  # looked up per call: tests and pipes swap it
    if fmt == "jsonl":
        for row in rows:
            out.write(jsonl.line(row, default=_plain))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows({k: _plain(v) if isinstance(v, date) else v for k, v in row.items()} for row in rows)
    elif fmt == "table":
        _table(rows, out, title)
    else:
        raise ValueError(f"output formats are {', '.join(FORMATS)}, not {fmt!r}")


def _table(rows: list[Row], out: IO[str], title: str | None) -> None:
    console = Console(file=out, width=None if out.isatty() else 160)
    if not rows:
        console.print("no events match", style="yellow")
        return
    columns = [c for c in rows[0] if c in TABLE_COLUMNS] or list(rows[0])
    table = Table(*columns, title=title)
    for row in rows[:TABLE_ROWS]:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console.print(table)
    if len(rows) > TABLE_ROWS:
        console.print(f"... {len(rows) - TABLE_ROWS} more: use --format jsonl or csv, or narrow the filters")


def _plain(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
