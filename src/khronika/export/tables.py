"""The chronicle as plain tables: JSON Lines (one event per line with its mentions), CSV (events),
and Parquet datasets partitioned by publication month (written as ``--out-parquet`` writes, by
``export/parquet.py``)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from khronika.export.parquet import write_months

EVENTS_WITH_MENTIONS = """
SELECT e.*, coalesce(r.other_id, NULL) AS realizes,
       list(struct_pack(article_id := m.article_id, published := m.published, news_source := m.news_source,
                         trigger := m.trigger_text, trigger_start := m.trigger_start,
                         sentence := m.sentence_text, sentence_start := m.sentence_start,
                         sentence_end := m.sentence_end,
                         cameo := m.cameo, time_text := m.time_text, confidence := m.confidence)
            ORDER BY a.seq, m.idx) AS mentions
FROM events e
JOIN event_mentions em USING (event_id) JOIN mentions m USING (mention_id) JOIN articles a ON a.id = m.article_id
LEFT JOIN event_links r ON r.event_id = e.event_id AND r.relation = 'realizes'
GROUP BY ALL ORDER BY e.event_id
"""

# Each dataset and the publication date its month partition comes from.
DATASETS = {
    "events": ("SELECT * FROM events ORDER BY event_id", "first_seen"),
    "mentions": ("SELECT em.event_id, m.* FROM mentions m JOIN event_mentions em USING (mention_id) "
                 "ORDER BY m.article_id, m.idx", "published"),
    "articles": ("SELECT * EXCLUDE (text) FROM articles ORDER BY seq", "published"),
}


def export_jsonl(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"COPY ({EVENTS_WITH_MENTIONS}) TO '{_quoted(path)}' (FORMAT JSON)")


def export_csv(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    con.execute(f"COPY (SELECT * FROM events ORDER BY event_id) TO '{_quoted(path)}' (FORMAT CSV, HEADER true)")


def export_parquet(con: duckdb.DuckDBPyConnection, directory: Path) -> list[Path]:
    """``DIR/events``, ``DIR/mentions``, ``DIR/articles``, each hive-partitioned as ``month=YYYY-MM``;
    exporting again replaces a month's file rather than adding one."""
    written = []
    for name, (sql, day) in DATASETS.items():
        table = con.sql(f"SELECT *, coalesce(strftime({day}, '%Y-%m'), 'unknown') AS month FROM ({sql})").to_arrow_table()
        target = directory / name
        write_months(table, str(target), key=lambda rows: "0")
        written.append(target)
    return written


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
