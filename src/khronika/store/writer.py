"""Writing analysed articles into the store, one transaction per batch.

A batch's articles, their entities, quotes, times and event mentions, the events those mentions
merge into and the realizes links all commit together or not at all: an ingest killed at any
moment leaves whole batches, and the next run picks up after the last one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from khronika.batching import chop
from khronika.model import Article
from khronika.store import rows
from khronika.store.merge import Merger, Row

# Articles committed per transaction: small enough that a kill loses little work, large enough
# that the per-transaction cost vanishes next to analysis.
COMMIT_EVERY = 32


class Failure(Protocol):
    """An input that never became an article (a reader's ``ReadFailure``): where, why, and its id if known."""

    origin: str
    reason: str
    id: str | None


def insert(con: duckdb.DuckDBPyConnection, table: str, records: list[Row], on_conflict: str = "") -> None:
    """Insert rows by column name in one vectorised statement; ``on_conflict``: '', 'replace' or 'ignore'."""
    if not records:
        return
    verb = {"": "INSERT", "replace": "INSERT OR REPLACE", "ignore": "INSERT OR IGNORE"}[on_conflict]
    con.register("_incoming", pa.Table.from_pylist(records))
    try:
        con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _incoming")
    finally:
        con.unregister("_incoming")


def fetch_dicts(con: duckdb.DuckDBPyConnection, sql: str, params: Iterable[Any] = ()) -> list[Row]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


class StoreWriter:
    """Knows what is stored already and writes new batches; not safe for two writers at once."""

    def __init__(self, con: duckdb.DuckDBPyConnection, retry_failed: bool = False) -> None:
        self.con = con
        # failures count as seen, so a failing article is not analysed on every run (unless retried)
        with_failures = "" if retry_failed else " UNION ALL SELECT {} FROM failures"
        self.ids = _column(con, "SELECT id FROM articles" + with_failures.format("key"))
        self.hashes = _column(con, "SELECT content_hash FROM articles" + with_failures.format("content_hash"))
        self.next_seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchall()[0][0]
        self.digests: dict[str, str] = {}

    def claim(self, article: Article) -> bool:
        """True (and remembered) when the article is new; False when its id or text is stored already."""
        digest = rows.content_hash(article.text or "")
        blank = not (article.text or "").strip()  # blank articles are not copies of each other: each fails alone
        if article.id in self.ids or (not blank and digest in self.hashes):
            return False
        self.ids.add(article.id)
        if not blank:
            self.hashes.add(digest)
        self.digests[article.id] = digest
        return True

    def write_read_failures(self, failures: Sequence[Failure]) -> None:
        fresh = [f for f in failures if (f.id or f.origin) not in self.ids]
        records = [{"key": f.id or f.origin, "article_id": f.id, "origin": f.origin, "stage": "read", "reason": f.reason}
                   for f in fresh]
        self.ids.update(f.id or f.origin for f in fresh)
        with _transaction(self.con):
            insert(self.con, "failures", _unique(records, "key"), on_conflict="replace")

    def write(self, articles: list[Article]) -> None:
        """Store one analysed batch and merge its event mentions, atomically."""
        failed = [a for a in articles if a.status == "failed"]
        stored = [a for a in articles if a.status != "failed"]
        article_rows = []
        for article in stored:
            article_rows.append(rows.article_row(article, self.next_seq, self.digests.pop(article.id)))
            self.next_seq += 1
        mentions = [m for a in stored for m in rows.mention_rows(a)]
        with _transaction(self.con):
            insert(self.con, "failures", [
                {"key": a.id, "article_id": a.id, "origin": a.id, "stage": "analyse", "reason": "; ".join(a.errors),
                 "content_hash": self.digests.get(a.id)}
                for a in failed
            ], on_conflict="replace")
            if stored:  # a retried article that now succeeds is no longer a failure
                self.con.execute("DELETE FROM failures WHERE key IN (SELECT unnest(?))", [[a.id for a in stored]])
            insert(self.con, "articles", article_rows)
            insert(self.con, "entities", [r for a in stored for r in rows.entity_rows(a)])
            insert(self.con, "quotes", [r for a in stored for r in rows.quote_rows(a)])
            insert(self.con, "times", [r for a in stored for r in rows.time_rows(a)])
            insert(self.con, "mentions", mentions)
            self._add_actors(mentions)
            self._merge(mentions)
        for article in failed:
            self.digests.pop(article.id, None)

    def _add_actors(self, mentions: list[Row]) -> None:
        """Remember every name an actor went by, for `--actor NAME` queries."""
        names: dict[tuple[str, str], Row] = {}
        for m in mentions:
            for side in ("source", "target"):
                if m[f"{side}_key"] and m[f"{side}_name"]:
                    names.setdefault((m[f"{side}_key"], m[f"{side}_name"]), {
                        "key": m[f"{side}_key"], "name": m[f"{side}_name"], "qid": m[f"{side}_qid"],
                        "code": m[f"{side}_code"], "country": m[f"{side}_country"]})
        insert(self.con, "actors", list(names.values()), on_conflict="ignore")

    def _merge(self, mentions: list[Row]) -> None:
        if not mentions:
            return
        merger = self._merger_for(mentions)
        links = [{"mention_id": m["mention_id"], "event_id": merger.add(m), "article_id": m["article_id"],
                  "news_source": m["news_source"]} for m in mentions]
        touched = sorted(merger.touched)
        self.con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [touched])
        insert(self.con, "events", [merger.events[i] for i in touched])
        insert(self.con, "event_mentions", links)
        insert(self.con, "event_links", [{"event_id": f, "relation": "realizes", "other_id": p}
                                         for f, p in merger.new_links])
        self.con.execute(_COUNTS, [touched])

    def _merger_for(self, mentions: list[Row]) -> Merger:
        """A merger over every stored event that one of these mentions could join or realize."""
        wanted = [{"root": m["root"], "a": a, "b": b}
                  for m in mentions for a, b in ((m["source_key"], m["target_key"]), (m["target_key"], m["source_key"]))]
        self.con.register("_wanted", pa.Table.from_pylist(wanted))
        try:
            pool = fetch_dicts(self.con, """
                SELECT e.* FROM events e
                WHERE EXISTS (SELECT 1 FROM _wanted w WHERE e.root = w.root AND e.source_key = w.a AND e.target_key = w.b)
                ORDER BY e.event_id""")
        finally:
            self.con.unregister("_wanted")
        ids = [e["event_id"] for e in pool]
        links = dict(self.con.execute(
            "SELECT event_id, other_id FROM event_links WHERE relation = 'realizes' "
            "AND (event_id IN (SELECT unnest(?)) OR other_id IN (SELECT unnest(?)))", [ids, ids]).fetchall())
        articles: dict[int, set[str]] = {}
        for event_id, article_id in self.con.execute(
                "SELECT event_id, article_id FROM event_mentions WHERE event_id IN (SELECT unnest(?))", [ids]).fetchall():
            articles.setdefault(event_id, set()).add(article_id)
        next_id = self.con.execute("SELECT coalesce(max(event_id), 0) + 1 FROM events").fetchall()[0][0]
        return Merger(events={e["event_id"]: e for e in pool}, next_id=next_id, links=links, articles=articles)


_COUNTS = """
UPDATE events SET num_mentions = c.n, num_sources = c.sources, num_articles = c.articles
FROM (
    SELECT event_id, count(*) AS n,
           count(DISTINCT coalesce(news_source, article_id)) AS sources,
           count(DISTINCT article_id) AS articles
    FROM event_mentions
    WHERE event_id IN (SELECT unnest(?))
    GROUP BY event_id
) c
WHERE events.event_id = c.event_id
"""


def _column(con: duckdb.DuckDBPyConnection, sql: str) -> set[str]:
    return {value for (value,) in con.execute(sql).fetchall() if value}


def _unique(records: list[Row], key: str) -> list[Row]:
    seen: dict[Any, Row] = {}
    for record in records:
        seen.setdefault(record[key], record)
    return list(seen.values())


class _transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.con.commit()
        else:
            self.con.rollback()


def store_analysed(articles: Iterable[Article], con: duckdb.DuckDBPyConnection, commit_every: int = COMMIT_EVERY) -> int:
    """Store articles that are analysed already (e.g. read back from `khronika extract` output)."""
    writer = StoreWriter(con)
    count = 0
    for batch in chop((a for a in articles if writer.claim(a)), commit_every):
        writer.write(batch)
        count += len(batch)
    return count
