from __future__ import annotations

import csv

import duckdb
import pandas as pd

from khronika.export.gdelt import columns, export_gdelt

PANDAS_TYPES = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string"}


def load(path, table: str) -> pd.DataFrame:
    spec = columns(table)
    return pd.read_csv(path, sep="\t", header=None, names=[n for n, _ in spec], quoting=csv.QUOTE_NONE,
                       dtype={n: PANDAS_TYPES[k] for n, k in spec}, keep_default_na=False, na_values=[""])


def test_column_lists_match_the_gdelt_spec():
    assert len(columns("events")) == 61
    assert columns("events")[0] == ("GLOBALEVENTID", "INTEGER") and columns("events")[-1] == ("SOURCEURL", "STRING")
    assert len(columns("mentions")) == 16


def test_gdelt_export_loads_back_with_61_typed_columns(con, tmp_path):
    events_path, mentions_path = export_gdelt(con, tmp_path / "gdelt")
    lines = events_path.read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 60 for line in lines)
    events = load(events_path, "events")
    assert len(events) == con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    china = events[events["Actor2Code"] == "CHN"].iloc[0]
    assert (china["Actor1Code"], china["Actor1CountryCode"], china["Actor1Type1Code"]) == ("KAZGOV", "KAZ", "GOV")
    assert (china["EventCode"], china["EventBaseCode"], china["EventRootCode"]) == ("042", "042", "04")
    assert (china["SQLDATE"], china["MonthYear"], china["Year"]) == (20250902, 202509, 2025)
    assert (china["NumMentions"], china["NumSources"], china["NumArticles"]) == (2, 2, 2)
    assert china["DATEADDED"] == 20250902000000
    assert china["SOURCEURL"] == "https://tass.ru/tass-2025-09-02-tokayev"
    assert (china["ActionGeo_FeatureID"], china["ActionGeo_CountryCode"]) == ("Q956", "CH")  # FIPS, as GDELT

    mentions = load(mentions_path, "mentions")
    assert len(mentions) == con.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0]
    of_china = mentions[mentions["GLOBALEVENTID"] == china["GLOBALEVENTID"]]
    assert list(of_china["MentionSourceName"]) == ["tass.ru", "kazpravda.kz"]
    assert list(of_china["Confidence"]) == [80, 70]
    assert set(mentions["GLOBALEVENTID"]) <= set(events["GLOBALEVENTID"])


def test_duckdb_reads_the_event_table_with_integer_ids_and_string_codes(con, tmp_path):
    events_path, _ = export_gdelt(con, tmp_path / "gdelt")
    types = {n: {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}[k] for n, k in columns("events")}
    loaded = duckdb.sql(f"SELECT * FROM read_csv('{events_path}', delim='\t', header=false, quote='', columns={types})")
    assert len(loaded.columns) == 61
    codes = loaded.filter("EventCode = '046'").project("Actor1Code, Actor2Code, QuadClass, GoldsteinScale").fetchall()
    assert codes == [("RUSGOV", "TURGOV", 1, 1.9)]
