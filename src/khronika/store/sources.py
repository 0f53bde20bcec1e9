"""What `khronika watch` keeps in the store: each source's state and health (``sources``) and every
URL it has settled (``fetched``: stored, a copy, skipped for its language, or failed for good).

Unlike the chronicle's tables these hold wall-clock times: they describe the watcher's polls, not
the news. They are created by `ensure`, so a store that was never watched has none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from khronika.store.merge import Row
from khronika.store.writer import fetch_dicts, insert

DDL = """
CREATE TABLE IF NOT EXISTS sources (
    name VARCHAR PRIMARY KEY,
    url VARCHAR,
    etag VARCHAR,                    -- the feed's validators for the next conditional GET, saved
    last_modified VARCHAR,           -- only once every entry of the poll that sent them is settled
    last_poll TIMESTAMP,
    last_success TIMESTAMP,
    last_error VARCHAR,              -- one line; NULL once a poll succeeds again
    last_error_at TIMESTAMP,
    polls INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0,
    stored INTEGER DEFAULT 0,
    skipped INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fetched (
    url VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    article_id VARCHAR,
    status VARCHAR NOT NULL,         -- 'stored', 'copy', 'skipped', 'failed'
    reason VARCHAR,
    content_hash VARCHAR
);
"""


@dataclass
class SourceState:
    etag: str | None = None
    last_modified: str | None = None


def ensure(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(DDL)


def state(con: duckdb.DuckDBPyConnection, name: str) -> SourceState:
    found = con.execute("SELECT etag, last_modified FROM sources WHERE name = ?", [name]).fetchall()
    return SourceState(*found[0]) if found else SourceState()


def settled(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> set[str]:
    """The URLs among these that a poll has settled, or that the chronicle holds an article of."""
    wanted = [u for u in urls if u]
    if not wanted:
        return set()
    found = con.execute("SELECT url FROM fetched WHERE url IN (SELECT unnest(?)) "
                        "UNION SELECT url FROM articles WHERE url IN (SELECT unnest(?))", [wanted, wanted]).fetchall()
    return {url for (url,) in found}


def record_items(con: duckdb.DuckDBPyConnection, records: list[Row]) -> None:
    insert(con, "fetched", records, on_conflict="replace")


def record_poll(
    con: duckdb.DuckDBPyConnection, name: str, url: str, error: str | None = None,
    validators: SourceState | None = None, stored: int = 0, skipped: int = 0, failed: int = 0,
) -> None:
    """One poll's outcome; ``validators`` None keeps the old ones (a poll that left entries unsettled)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute("INSERT OR IGNORE INTO sources (name, url) VALUES (?, ?)", [name, url])
    con.execute("""
        UPDATE sources SET url = ?, last_poll = ?, polls = polls + 1,
            stored = stored + ?, skipped = skipped + ?, failed = failed + ?,
            last_success = CASE WHEN ? IS NULL THEN ? ELSE last_success END,
            last_error = ?, last_error_at = CASE WHEN ? IS NULL THEN last_error_at ELSE ? END,
            errors = errors + CASE WHEN ? IS NULL THEN 0 ELSE 1 END
        WHERE name = ?""", [url, now, stored, skipped, failed, error, now, error, error, now, error, name])
    if validators is not None:
        con.execute("UPDATE sources SET etag = ?, last_modified = ? WHERE name = ?",
                    [validators.etag, validators.last_modified, name])


def health(con: duckdb.DuckDBPyConnection) -> list[Row]:
    return fetch_dicts(con, "SELECT * EXCLUDE (etag, last_modified) FROM sources ORDER BY name")
