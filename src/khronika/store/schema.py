"""The chronicle's tables in DuckDB, and opening a store file (creating its tables on first use).

Per-article tables (``articles``, ``entities``, ``mentions``, ``quotes``, ``times``) keep what each
article said; ``events`` are the merged happenings, ``event_mentions`` says which mention belongs
to which event, ``event_links`` joins a planned event to the factual report that realizes it, and
``actors`` lists every name an event's actor went by, and ``failures`` keeps every input or article that could not be stored, with its reason.
No column holds a wall-clock time, so the same input gives the same rows however it is run.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ("articles", "entities", "mentions", "quotes", "times", "events", "event_mentions", "event_links", "actors",
          "failures")

DDL = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL,             -- order of ingestion; merging follows it
    content_hash VARCHAR NOT NULL UNIQUE,
    published DATE,
    source VARCHAR,
    title VARCHAR,
    url VARCHAR,
    text VARCHAR,
    status VARCHAR,
    errors VARCHAR[]
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR, subtype VARCHAR,
    normal VARCHAR, qid VARCHAR, actor VARCHAR, country VARCHAR, chain INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,  -- article id, '#', index of the event in the article
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    published DATE,
    news_source VARCHAR,
    cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, label VARCHAR, modality VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL, source_name VARCHAR, source_qid VARCHAR, source_code VARCHAR,
    source_country VARCHAR, source_role VARCHAR, source_offset INTEGER,
    target_key VARCHAR NOT NULL, target_name VARCHAR, target_qid VARCHAR, target_code VARCHAR,
    target_country VARCHAR, target_role VARCHAR, target_offset INTEGER,
    time_text VARCHAR, time_start DATE, time_end DATE, time_precision VARCHAR,
    location_text VARCHAR, location_qid VARCHAR, location_lat DOUBLE, location_lon DOUBLE, location_country VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    sentence_start INTEGER, sentence_end INTEGER, sentence_index INTEGER,
    sentence_text VARCHAR,           -- kept here so showing a mention never reads whole articles
    quote INTEGER, goldstein DOUBLE, quad_class INTEGER, confidence DOUBLE,
    location_subtype VARCHAR         -- COUNTRY, REGION or CITY; last, so an older store gains it by ALTER
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    "start" INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR, parent INTEGER,
    speaker_name VARCHAR, speaker_qid VARCHAR, speaker_code VARCHAR,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR, "start" INTEGER, "end" INTEGER,
    value_start DATE, value_end DATE, precision VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    event_id BIGINT PRIMARY KEY,
    cameo VARCHAR NOT NULL, root VARCHAR NOT NULL, label VARCHAR, modality VARCHAR NOT NULL,
    source_key VARCHAR NOT NULL, source_name VARCHAR, source_qid VARCHAR, source_code VARCHAR,
    source_country VARCHAR, source_role VARCHAR,
    target_key VARCHAR NOT NULL, target_name VARCHAR, target_qid VARCHAR, target_code VARCHAR,
    target_country VARCHAR, target_role VARCHAR,
    time_start DATE, time_end DATE, time_precision VARCHAR,
    location_text VARCHAR, location_qid VARCHAR, location_lat DOUBLE, location_lon DOUBLE, location_country VARCHAR,
    goldstein DOUBLE, quad_class INTEGER, confidence DOUBLE,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    first_seen DATE, last_seen DATE,
    location_subtype VARCHAR
);
CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id BIGINT NOT NULL,
    article_id VARCHAR NOT NULL,     -- copied from mentions so an event's counts need no join
    news_source VARCHAR
);
CREATE TABLE IF NOT EXISTS event_links (
    event_id BIGINT NOT NULL,        -- the factual event
    relation VARCHAR NOT NULL,       -- 'realizes'
    other_id BIGINT NOT NULL,        -- the planned event it realizes
    PRIMARY KEY (event_id, relation)
);
CREATE TABLE IF NOT EXISTS actors (   -- every name an event actor went by: the index of name queries
    key VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    qid VARCHAR, code VARCHAR, country VARCHAR,
    PRIMARY KEY (key, name)
);
CREATE TABLE IF NOT EXISTS failures (
    key VARCHAR PRIMARY KEY,         -- the article id, or the input's origin when it has none
    article_id VARCHAR,
    origin VARCHAR,
    stage VARCHAR,                   -- 'read' or 'analyse'
    reason VARCHAR,
    content_hash VARCHAR             -- a copy of a failed article under another id fails the same way
);
"""

# Columns added after stores were first written: an older store gains them (null) when opened for writing.
UPGRADE = """
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS location_subtype VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_subtype VARCHAR;
"""

DEFAULT_PATH = Path("khronika.duckdb")


class StoreUnavailable(Exception):
    """The store file is missing, or another process holds it."""


def connect(path: str | Path = DEFAULT_PATH, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a store, creating the file and its tables when they do not exist yet."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreUnavailable(f"no store at {path} (run `khronika ingest` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:  # DuckDB allows one writing process per file
        raise StoreUnavailable(f"cannot open {path}: {exc}") from None
    con.execute("SET enable_progress_bar = false")  # our own bar speaks for ingest; queries stay quiet
    if not read_only:
        con.execute(DDL)
        con.execute(UPGRADE)
    return con
