"""``khronika agenda``: planned events ahead, each with the report that realized it if any, and
an iCalendar file a calendar app opens."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import duckdb
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from khronika.query.filters import EVENT_END, EVENT_START, Filters, where
from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts


def agenda(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[Row]:
    condition, params = where(con, Filters(**{**filters.__dict__, "modality": "planned"}))
    rows = fetch_dicts(con, f"""
        SELECT e.event_id, {EVENT_START} AS date, {EVENT_END} AS until, e.time_precision, e.source_name AS source,
               e.target_name AS target, e.cameo, e.label, e.location_text AS place, e.num_mentions, e.first_seen,
               l.event_id AS realized_by
        FROM events e LEFT JOIN event_links l ON l.other_id = e.event_id AND l.relation = 'realizes'
        WHERE {condition} AND e.time_start IS NOT NULL
        ORDER BY date, e.event_id{f" LIMIT {int(filters.limit)}" if filters.limit else ""}""", params)
    sentences = first_sentences(con, [r["event_id"] for r in rows])
    return [r | {"sentence": sentences.get(r["event_id"])} for r in rows]


def first_sentences(con: duckdb.DuckDBPyConnection, event_ids: list[int]) -> dict[int, str]:
    """The sentence of each event's first mention: what the announcement said."""
    if not event_ids:
        return {}
    return dict(con.execute("""
        SELECT em.event_id, arg_min(m.sentence_text, (a.seq, m.idx))
        FROM event_mentions em JOIN mentions m USING (mention_id) JOIN articles a ON a.id = m.article_id
        WHERE em.event_id IN (SELECT unnest(?))
        GROUP BY em.event_id""", [event_ids]).fetchall())


def summary(row: Row) -> str:
    target = f" → {row['target']}" if row["target"] else ""
    return f"{row['source']}{target}: {row['label'] or row['cameo']}"


def calendar(rows: list[Row]) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Khronika//chronicle agenda//RU")
    cal.add("version", "2.0")
    for row in rows:
        item = CalendarEvent()
        item.add("uid", f"event-{row['event_id']}@khronika")
        # the stamp is when it was announced, so the same store always gives the same file
        item.add("dtstamp", datetime.combine(row["first_seen"] or row["date"], time(), tzinfo=UTC))
        item.add("dtstart", row["date"])
        item.add("dtend", (row["until"] or row["date"]) + timedelta(days=1))  # all-day end is exclusive
        item.add("summary", summary(row))
        if row["place"]:
            item.add("location", row["place"])
        status = f"Состоялось: событие {row['realized_by']}" if row["realized_by"] else "Запланировано"
        item.add("description", f"{status}. {row['sentence'] or ''}".strip())
        cal.add_component(item)
    return cal


def write_ics(rows: list[Row], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(calendar(rows).to_ical())


def today() -> date:
    return date.today()
