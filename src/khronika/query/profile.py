"""An actor's profile: the names it went by, its partners, its quotes and its plans ahead. The
actor is one stored key (a QID, a CAMEO code or a folded name), as events and links name it."""

from __future__ import annotations

from datetime import date

import duckdb

from khronika.query.actors import ActorMatch
from khronika.query.filters import EVENT_START
from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts

# A profile lists the most frequent partners and the latest quotes and plans, not all of them.
TOP = 20


def exact(key: str) -> ActorMatch:
    return ActorMatch(keys={key})


def actor_names(con: duckdb.DuckDBPyConnection, key: str) -> list[Row]:
    return fetch_dicts(con, "SELECT name, qid, code, country FROM actors WHERE key = ? ORDER BY name", [key])


def partners(con: duckdb.DuckDBPyConnection, key: str, top: int = TOP) -> list[Row]:
    """The actors on the other side of this actor's events, by how many events they share."""
    return fetch_dicts(con, """
        SELECT partner_key AS key, any_value(partner_name) AS name, count(*) AS events,
               round(avg(goldstein), 2) AS mean_goldstein
        FROM (SELECT e.target_key AS partner_key, e.target_name AS partner_name, e.goldstein FROM events e
              WHERE e.source_key = ? AND e.target_key <> ''
              UNION ALL
              SELECT e.source_key, e.source_name, e.goldstein FROM events e
              WHERE e.target_key = ? AND e.source_key <> '')
        WHERE partner_key <> ?
        GROUP BY partner_key ORDER BY events DESC, partner_key LIMIT ?""", [key, key, key, top])


def quotes_by(con: duckdb.DuckDBPyConnection, key: str, top: int = TOP) -> list[Row]:
    return fetch_dicts(con, """
        SELECT q.article_id, q.idx, q.text, q.kind, q.speaker_name, a.published, a.title
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_qid = ? OR q.speaker_code = ?
        ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.idx LIMIT ?""", [key, key, top])


def plans_ahead(con: duckdb.DuckDBPyConnection, key: str, today: date, top: int = TOP) -> list[Row]:
    """Planned events of this actor (either side) from ``today`` on, soonest first."""
    return fetch_dicts(con, f"""
        SELECT e.event_id, {EVENT_START} AS date, e.source_name AS source, e.target_name AS target, e.cameo,
               e.label, e.location_text AS place
        FROM events e
        WHERE e.modality = 'planned' AND (e.source_key = ? OR e.target_key = ?) AND e.time_start >= ?
        ORDER BY date, e.event_id LIMIT ?""", [key, key, today, top])
