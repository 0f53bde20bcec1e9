"""``khronika query``, ``timeline``, ``network`` and ``agenda``: reading the chronicle."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import duckdb
import typer

from khronika.cli.console import err, fail
from khronika.query import agenda as agenda_module
from khronika.query.filters import Filters, find_events
from khronika.query.network import actor_graph, write_graph
from khronika.query.output import FORMATS, write
from khronika.query.timeline import PERIODS, timeline
from khronika.store import DEFAULT_PATH, StoreUnavailable, connect

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store file.")]
FromOption = Annotated[str | None, typer.Option("--from", help="Events on or after this day (YYYY-MM-DD).")]
ToOption = Annotated[str | None, typer.Option("--to", help="Events on or before this day (YYYY-MM-DD).")]
FormatOption = Annotated[str, typer.Option("--format", help=f"Output: {', '.join(FORMATS)}.")]


def register(app: typer.Typer) -> None:
    app.command("query")(query)
    app.command("timeline")(timeline_command)
    app.command("network")(network)
    app.command("agenda")(agenda)


def query(
    actor: Annotated[str | None, typer.Option(help="Who acted: QID, CAMEO code (RUS, KAZGOV) or a Russian name in any case.")] = None,
    target: Annotated[str | None, typer.Option(help="Whom it was done to: QID, CAMEO code or name.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO event code or root (04 matches 040..046).")] = None,
    modality: Annotated[str | None, typer.Option(help="factual, planned, possible or negated.")] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    place: Annotated[str | None, typer.Option(help="Where: QID, ISO-3 country or a place name.")] = None,
    source: Annotated[str | None, typer.Option(help="A news source that reported it (tass.ru).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: FormatOption = "table",
    db: DbOption = DEFAULT_PATH,
) -> None:
    """Find events in the chronicle."""
    filters = Filters(actor=actor, target=target, code=code, modality=modality, date_from=_day(date_from),
                      date_to=_day(date_to), place=place, source=source, limit=limit)
    with _store(db) as con:
        write(find_events(con, filters), _format(fmt), title="events")


def timeline_command(
    actor: Annotated[str, typer.Argument(help="QID, CAMEO code or a Russian name in any case.")],
    by: Annotated[str, typer.Option(help=f"Period: {', '.join(PERIODS)}.")] = "month",
    date_from: FromOption = None,
    date_to: ToOption = None,
    fmt: FormatOption = "table",
    db: DbOption = DEFAULT_PATH,
) -> None:
    """Events an actor took part in (either side), per day or month."""
    if by not in PERIODS:
        raise fail(f"--by must be one of {', '.join(PERIODS)}")
    with _store(db) as con:
        write(timeline(con, actor, by, Filters(date_from=_day(date_from), date_to=_day(date_to))), _format(fmt),
              title=f"timeline of {actor}")


def network(
    output: Annotated[Path, typer.Option("-o", "--output", help="graph.graphml or graph.gexf")],
    date_from: FromOption = None,
    date_to: ToOption = None,
    code: Annotated[str | None, typer.Option(help="Only events under this CAMEO code or root.")] = None,
    db: DbOption = DEFAULT_PATH,
) -> None:
    """Write the actor network (edge weight: event count; goldstein: mean score) as GraphML or GEXF."""
    with _store(db) as con:
        graph = actor_graph(con, Filters(code=code, date_from=_day(date_from), date_to=_day(date_to)))
    try:
        write_graph(graph, output)
    except ValueError as exc:
        raise fail(str(exc)) from None
    err.print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} links -> {output}", highlight=False)


def agenda(
    date_from: FromOption = None,
    date_to: ToOption = None,
    actor: Annotated[str | None, typer.Option(help="Only plans of this actor.")] = None,
    ics: Annotated[Path | None, typer.Option(help="Also write the agenda as an iCalendar file.")] = None,
    fmt: FormatOption = "table",
    db: DbOption = DEFAULT_PATH,
) -> None:
    """Planned events ahead (from today unless --from), and whether a later report says they happened."""
    start = _day(date_from) or agenda_module.today()
    with _store(db) as con:
        rows = agenda_module.agenda(con, Filters(actor=actor, date_from=start, date_to=_day(date_to)))
    write(rows, _format(fmt), title="agenda")
    if ics:
        agenda_module.write_ics(rows, ics)
        err.print(f"{len(rows)} planned event(s) -> {ics}", highlight=False)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"dates are YYYY-MM-DD, not {value!r}") from None


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}")
    return fmt


class _store:
    """A read-only connection to an existing store, closed afterwards."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con: duckdb.DuckDBPyConnection | None = None

    def __enter__(self) -> duckdb.DuckDBPyConnection:
        try:
            self.con = connect(self.path, read_only=True)
        except StoreUnavailable as exc:
            raise fail(str(exc)) from None
        return self.con

    def __exit__(self, *exc: object) -> None:
        if self.con is not None:
            self.con.close()
