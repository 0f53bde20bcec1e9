"""Reading the chronicle back: one event with every mention behind it, and store-wide counts."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts


@dataclass
class EventStory:
    """An event, the mentions it was merged from (with their sentences) and its realizes links."""

    event: Row
    mentions: list[Row]
    realizes: list[Row]  # planned events this factual event carried out
    realized_by: list[Row]  # factual reports of this planned event


def event_story(con: duckdb.DuckDBPyConnection, event_id: int) -> EventStory | None:
    found = fetch_dicts(con, "SELECT * FROM events WHERE event_id = ?", [event_id])
    if not found:
        return None
    mentions = fetch_dicts(con, """
        SELECT m.*, a.title, a.url, m.sentence_text AS sentence
        FROM event_mentions em JOIN mentions m USING (mention_id) JOIN articles a ON a.id = m.article_id
        WHERE em.event_id = ? ORDER BY a.seq, m.idx""", [event_id])
    realizes = fetch_dicts(con, """
        SELECT e.* FROM event_links l JOIN events e ON e.event_id = l.other_id
        WHERE l.event_id = ? AND l.relation = 'realizes'""", [event_id])
    realized_by = fetch_dicts(con, """
        SELECT e.* FROM event_links l JOIN events e ON e.event_id = l.event_id
        WHERE l.other_id = ? AND l.relation = 'realizes'""", [event_id])
    return EventStory(found[0], mentions, realizes, realized_by)
