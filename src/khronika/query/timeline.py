"""``khronika timeline ACTOR``: how many events an actor took part in, per day or month."""

from __future__ import annotations

import duckdb

from khronika.query.actors import ActorMatch, resolve_actor
from khronika.query.filters import EVENT_START, Filters, where
from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts

PERIODS = ("day", "month")


def timeline(con: duckdb.DuckDBPyConnection, actor: str | ActorMatch, by: str = "month",
             filters: Filters = Filters()) -> list[Row]:
    """``actor`` is a query argument (QID, code, name) or an already resolved match (one stored key)."""
    if by not in PERIODS:
        raise ValueError(f"timeline periods are {', '.join(PERIODS)}, not {by!r}")
    match = resolve_actor(con, actor) if isinstance(actor, str) else actor
    as_source, source_params = match.sql("e.source")
    as_target, target_params = match.sql("e.target")
    condition, params = where(con, filters)
    return fetch_dicts(con, f"""
        SELECT strftime(date_trunc('{by}', {EVENT_START}), ?) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE e.modality = 'factual') AS factual,
               count(*) FILTER (WHERE e.modality = 'planned') AS planned,
               count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
               round(avg(e.goldstein), 2) AS mean_goldstein,
               sum(e.num_mentions) AS mentions
        FROM events e
        WHERE ({as_source} OR {as_target}) AND {condition} AND {EVENT_START} IS NOT NULL
        GROUP BY 1 ORDER BY 1""", ["%Y-%m-%d" if by == "day" else "%Y-%m", *source_params, *target_params, *params])
