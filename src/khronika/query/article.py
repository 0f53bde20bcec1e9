"""One stored article as a reader sees it: its text, the entities and quotes found in it, and the
event mentions read from it (each with the event it was merged into)."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts


@dataclass
class ArticleView:
    article: Row
    entities: list[Row]
    quotes: list[Row]
    mentions: list[Row]  # event mentions, each with its event_id


def article_view(con: duckdb.DuckDBPyConnection, article_id: str) -> ArticleView | None:
    found = fetch_dicts(con, "SELECT id, published, source, title, url, text, status FROM articles WHERE id = ?",
                        [article_id])
    if not found:
        return None
    entities = fetch_dicts(con, """
        SELECT idx, "start", "end", text, type, subtype, normal, qid, actor, country
        FROM entities WHERE article_id = ? ORDER BY "start", idx""", [article_id])
    quotes = fetch_dicts(con, """
        SELECT idx, "start", "end", text, kind, speaker_name, speaker_qid, speaker_code, cue_text
        FROM quotes WHERE article_id = ? ORDER BY "start", idx""", [article_id])
    mentions = fetch_dicts(con, """
        SELECT em.event_id, m.mention_id, m.cameo, m.label, m.modality, m.source_name, m.source_key,
               m.target_name, m.target_key, m.trigger_text, m.trigger_start, m.trigger_end, m.time_text,
               m.location_text, m.quad_class, m.goldstein
        FROM mentions m JOIN event_mentions em USING (mention_id)
        WHERE m.article_id = ? ORDER BY m.trigger_start, m.idx""", [article_id])
    return ArticleView(found[0], entities, quotes, mentions)
