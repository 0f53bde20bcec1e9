"""Events with coordinates, for a map: one point per event at its resolved place."""

from __future__ import annotations

import duckdb

from khronika.query.filters import EVENT_START, Filters, where
from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts


def event_points(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> list[Row]:
    condition, params = where(con, filters)
    return fetch_dicts(con, f"""
        SELECT e.event_id, {EVENT_START} AS date, e.location_lat AS lat, e.location_lon AS lon,
               e.location_text AS place, e.quad_class, e.cameo, e.label, e.source_name AS source,
               e.target_name AS target
        FROM events e
        WHERE e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL AND {condition}
        ORDER BY e.num_mentions DESC, e.event_id LIMIT ?""", [*params, limit])
