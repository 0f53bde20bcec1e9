"""``khronika query``: events matching filters on actors, code, modality, time, place and source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from khronika.nlp.forms import fold
from khronika.query.actors import QID, gazetteer_qids, resolve_actor
from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts

# When an event happened: its resolved time, else when it was reported.
EVENT_START = "coalesce(e.time_start, e.first_seen)"
EVENT_END = "coalesce(e.time_end, e.time_start, e.last_seen)"
COLUMNS = (
    "e.event_id", f"{EVENT_START} AS date", "e.source_name AS source", "e.source_key",
    "e.target_name AS target", "e.target_key", "e.cameo", "e.label", "e.modality",
    "e.location_text AS place", "e.goldstein", "e.num_mentions", "e.num_articles", "e.num_sources",
    "e.first_seen", "e.last_seen",
)


@dataclass(frozen=True)
class Filters:
    actor: str | None = None
    target: str | None = None
    code: str | None = None  # a CAMEO code or root: matches every code under it
    modality: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None
    source: str | None = None  # a news source (domain) that reported the event
    text: str | None = None  # words in the sentence of any mention of the event
    limit: int | None = None
    offset: int = 0  # events skipped before the first returned (a page of results)


def where(con: duckdb.DuckDBPyConnection, filters: Filters) -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []

    def add(condition: str, *values: object) -> None:
        parts.append(condition)
        params.extend(values)

    if filters.actor:
        condition, values = resolve_actor(con, filters.actor).sql("e.source")
        add(condition, *values)
    if filters.target:
        condition, values = resolve_actor(con, filters.target).sql("e.target")
        add(condition, *values)
    if filters.code:
        add("starts_with(e.cameo, ?)", filters.code.strip())
    if filters.modality:
        add("e.modality = ?", filters.modality)
    if filters.date_from:
        add(f"{EVENT_END} >= ?", filters.date_from)
    if filters.date_to:
        add(f"{EVENT_START} <= ?", filters.date_to)
    if filters.place:
        condition, values = place_condition(filters.place)
        add(condition, *values)
    if filters.source:
        add("e.event_id IN (SELECT event_id FROM event_mentions WHERE lower(news_source) = ?)", filters.source.lower())
    if filters.text:
        add("""e.event_id IN (SELECT em.event_id FROM event_mentions em JOIN mentions m USING (mention_id)
                              WHERE contains(replace(lower(m.sentence_text), 'ё', 'е'), ?))""", fold(filters.text))
    return (" AND ".join(parts) or "TRUE"), params


def place_condition(spec: str) -> tuple[str, list[object]]:
    spec = spec.strip()
    if QID.match(spec):
        return "e.location_qid = ?", [spec]
    if len(spec) == 3 and spec.isupper():
        return "e.location_country = ?", [spec]
    stem = fold(spec)[:4]  # place names decline at the end: Москва, Москве
    qids = sorted(gazetteer_qids(spec))
    return ("(starts_with(replace(lower(e.location_text), 'ё', 'е'), ?) OR e.location_qid IN (SELECT unnest(?)))",
            [stem, qids])


def find_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[Row]:
    condition, params = where(con, filters)
    sql = f"SELECT {', '.join(COLUMNS)} FROM events e WHERE {condition} ORDER BY date, e.event_id"
    if filters.limit:
        sql += f" LIMIT {int(filters.limit)}"
    if filters.offset:
        sql += f" OFFSET {int(filters.offset)}"
    return fetch_dicts(con, sql, params)


# What the events can be counted by (a page's facets): the name a caller gives -> the column.
FACETS = {"root": "e.root", "modality": "e.modality", "quad_class": "e.quad_class"}


def count_events(con: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    condition, params = where(con, filters)
    return int(con.execute(f"SELECT count(*) FROM events e WHERE {condition}", params).fetchall()[0][0])


def count_by(con: duckdb.DuckDBPyConnection, filters: Filters, facet: str) -> list[tuple[object, int]]:
    """(value, events) for each value of a facet among the matching events, most frequent first."""
    return tally(con, filters, (facet,)).by[facet]


@dataclass
class Tally:
    total: int
    by: dict[str, list[tuple[object, int]]]  # facet -> (value, events), most frequent first


def tally(con: duckdb.DuckDBPyConnection, filters: Filters, facets: tuple[str, ...]) -> Tally:
    """The matching events counted in total and per value of each facet, in one pass over them."""
    unknown = [f for f in facets if f not in FACETS]
    if unknown:
        raise ValueError(f"events are counted by {', '.join(FACETS)}, not {unknown[0]!r}")
    condition, params = where(con, filters)
    columns = [FACETS[f] for f in facets]
    sets = ", ".join(f"({c})" for c in columns)
    which = ", ".join(f"grouping({c})" for c in columns)
    rows = con.execute(f"""
        SELECT [{which}] AS grouped, {", ".join(columns)}, count(*) AS n FROM events e WHERE {condition}
        GROUP BY GROUPING SETS ({sets}, ())""", params).fetchall()
    total = 0
    by: dict[str, list[tuple[object, int]]] = {f: [] for f in facets}
    for grouped, *values, n in rows:
        if all(grouped):
            total = int(n)
            continue
        at = grouped.index(0)  # the one facet this row is grouped by
        by[facets[at]].append((values[at], int(n)))
    for counts in by.values():
        counts.sort(key=lambda pair: (-pair[1], str(pair[0])))
    return Tally(total, by)
