"""The chronicle as GDELT 2.0 tables: the 61-column Event table and the Mentions table, tab-separated
without a header, as GDELT publishes them, so existing GDELT loaders read them.

Where GDELT has a CAMEO actor code we write ours; an actor we know only by Wikidata puts its QID in
the code column. Actor country columns carry CAMEO (ISO-3) codes, the geography column FIPS 10-4
codes, as in GDELT. Tone is not measured, so AvgTone and MentionDocTone are empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from khronika.data import tsv

EVENTS_FILE = "khronika.export.CSV"
MENTIONS_FILE = "khronika.mentions.CSV"
DUCKDB_TYPES = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}


@cache
def fips_codes() -> pa.Table:
    """ISO-3 -> FIPS 10-4 country codes, for GDELT's geography columns."""
    pairs = tsv("gdelt/fips.tsv")
    return pa.table({"iso3": [p[0] for p in pairs], "code": [p[1] for p in pairs]})


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, GDELT type) of 'events' or 'mentions', in file order."""
    return tuple((name, kind) for name, kind in tsv(f"gdelt/{table}_columns.tsv"))


def _actor(n: int, side: str) -> dict[str, str]:
    code = f"e.{side}_code"
    return {
        f"Actor{n}Code": f"coalesce({code}, e.{side}_qid)",
        f"Actor{n}Name": f"e.{side}_name",
        f"Actor{n}CountryCode": f"e.{side}_country",
        f"Actor{n}KnownGroupCode": f"CASE WHEN starts_with({code}, 'IGO') THEN nullif(substr({code}, 4, 3), '') END",
        f"Actor{n}Type1Code": f"e.{side}_role",
    }


_DAY = "coalesce(e.time_start, e.first_seen)"

# GDELT's geographic resolution (codebook, "Actor1Geo_Type"): 1 country, 2 US state, 3 US city,
# 4 world city, 5 world state (an ADM1 region). A place stored before places had a subtype is a city
# when it has coordinates, as it used to be read.
_GEO_TYPE = """CASE
    WHEN e.location_subtype = 'COUNTRY' THEN 1
    WHEN e.location_subtype = 'REGION' THEN CASE WHEN e.location_country = 'USA' THEN 2 ELSE 5 END
    WHEN e.location_subtype = 'CITY' THEN CASE WHEN e.location_country = 'USA' THEN 3 ELSE 4 END
    WHEN e.location_lat IS NOT NULL THEN 4
    WHEN e.location_country IS NOT NULL THEN 1
END"""
_ADDED = "CAST(strftime(e.first_seen, '%Y%m%d') || '000000' AS BIGINT)"

EVENT_VALUES: dict[str, str] = {
    "GLOBALEVENTID": "e.event_id",
    "SQLDATE": f"CAST(strftime({_DAY}, '%Y%m%d') AS BIGINT)",
    "MonthYear": f"CAST(strftime({_DAY}, '%Y%m') AS BIGINT)",
    "Year": f"year({_DAY})",
    "FractionDate": f"round(year({_DAY}) + (month({_DAY}) * 30 + day({_DAY})) / 365.0, 4)",
    **_actor(1, "source"),
    **_actor(2, "target"),
    "IsRootEvent": "CASE WHEN f.sentence_index <= 2 THEN 1 ELSE 0 END",  # the lead, as GDELT judges importance
    "EventCode": "e.cameo",
    "EventBaseCode": "left(e.cameo, 3)",
    "EventRootCode": "e.root",
    "QuadClass": "e.quad_class",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "e.num_mentions",
    "NumSources": "e.num_sources",
    "NumArticles": "e.num_articles",
    "ActionGeo_Type": _GEO_TYPE,
    "ActionGeo_FullName": "e.location_text",
    "ActionGeo_CountryCode": "fips.code",
    "ActionGeo_Lat": "e.location_lat",
    "ActionGeo_Long": "e.location_lon",
    "ActionGeo_FeatureID": "e.location_qid",
    "DATEADDED": _ADDED,
    "SOURCEURL": "coalesce(f.url, f.article_id)",
}

MENTION_VALUES: dict[str, str] = {
    "GLOBALEVENTID": "em.event_id",
    "EventTimeDate": _ADDED,
    "MentionTimeDate": "CAST(strftime(m.published, '%Y%m%d') || '000000' AS BIGINT)",
    "MentionType": "CASE WHEN a.url IS NOT NULL THEN 1 ELSE 2 END",  # WEB or CITATIONONLY
    "MentionSourceName": "m.news_source",
    "MentionIdentifier": "coalesce(a.url, a.id)",
    "SentenceID": "m.sentence_index",
    "Actor1CharOffset": "m.source_offset",
    "Actor2CharOffset": "m.target_offset",
    "ActionCharOffset": "m.trigger_start",
    "InRawText": "1",
    "Confidence": "CAST(round(m.confidence * 100) AS BIGINT)",
    "MentionDocLen": "length(a.text)",
}


def _select(table: str, values: dict[str, str]) -> str:
    return ", ".join(f"{_cell(values.get(name, 'NULL'), kind)} AS \"{name}\"" for name, kind in columns(table))


def _cell(value: str, kind: str) -> str:
    if kind == "STRING":  # the files are unquoted: a tab or newline inside a name would shift columns
        return f"regexp_replace(CAST({value} AS VARCHAR), '[\\t\\r\\n]+', ' ', 'g')"
    return f"CAST({value} AS {DUCKDB_TYPES[kind]})"


def events_sql(condition: str = "TRUE") -> str:
    """The Event table's query; ``condition`` on ``e`` (with ``?`` parameters) keeps some events."""
    return f"""
WITH first_mention AS (
    SELECT em.event_id, arg_min(m.sentence_index, (a.seq, m.idx)) AS sentence_index,
           arg_min(a.url, (a.seq, m.idx)) AS url, arg_min(a.id, (a.seq, m.idx)) AS article_id
    FROM event_mentions em JOIN mentions m USING (mention_id) JOIN articles a ON a.id = m.article_id
    GROUP BY em.event_id
)
SELECT {_select("events", EVENT_VALUES)}
FROM events e LEFT JOIN first_mention f USING (event_id) LEFT JOIN _fips fips ON fips.iso3 = e.location_country
WHERE {condition}
ORDER BY e.event_id
"""


EVENTS_SQL = events_sql()

MENTIONS_SQL = f"""
SELECT {_select("mentions", MENTION_VALUES)}
FROM event_mentions em JOIN mentions m USING (mention_id) JOIN articles a ON a.id = m.article_id
JOIN events e ON e.event_id = em.event_id
ORDER BY em.event_id, a.seq, m.idx
"""


def export_gdelt(con: duckdb.DuckDBPyConnection, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    events, mentions = directory / EVENTS_FILE, directory / MENTIONS_FILE
    con.register("_fips", fips_codes())
    try:
        for sql, path in ((EVENTS_SQL, events), (MENTIONS_SQL, mentions)):
            con.execute(f"COPY ({sql}) TO '{_quoted(path)}' (FORMAT CSV, DELIMITER '\t', HEADER false, QUOTE '')")
    finally:
        con.unregister("_fips")
    return events, mentions


def gdelt_event_lines(con: duckdb.DuckDBPyConnection, event_ids: list[int]) -> Iterator[str]:
    """The Event table's lines (tab-separated, no header) of some events, as the export file has them."""
    con.register("_fips", fips_codes())
    try:
        rows = con.execute(events_sql("e.event_id IN (SELECT unnest(?))"), [event_ids]).fetchall()
    finally:
        con.unregister("_fips")
    for row in rows:
        yield "\t".join("" if value is None else str(value) for value in row) + "\n"


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
