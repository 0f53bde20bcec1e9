from __future__ import annotations

import json

import duckdb
import pandas as pd

from khronika.export.tables import export_csv, export_jsonl, export_parquet


def test_jsonl_has_one_event_per_line_with_its_mentions(con, tmp_path):
    path = tmp_path / "events.jsonl"
    export_jsonl(con, path)
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(events) == 6
    china = next(e for e in events if e["target_key"] == "Q148")
    assert [m["news_source"] for m in china["mentions"]] == ["tass.ru", "kazpravda.kz"]
    assert china["mentions"][1]["sentence"].startswith("Во вторник Глава государства посетил Китай")
    arrived = next(e for e in events if e["source_key"] == "Q1285474" and e["modality"] == "factual")
    planned = next(e for e in events if e["modality"] == "planned")
    assert arrived["realizes"] == planned["event_id"]


def test_csv_round_trips_through_pandas(con, tmp_path):
    path = tmp_path / "events.csv"
    export_csv(con, path)
    frame = pd.read_csv(path, dtype={"cameo": str, "root": str})
    assert len(frame) == 6 and set(frame["cameo"]) == {"042", "046"}


def test_parquet_dataset_is_partitioned_by_publication_month_and_readable(con, tmp_path):
    export_parquet(con, tmp_path / "pq")
    months = sorted(p.name for p in (tmp_path / "pq" / "events").iterdir())
    assert months == ["month=2025-09", "month=2025-10", "month=2025-11"]
    by_duckdb = duckdb.sql(f"SELECT month, count(*) FROM read_parquet('{tmp_path}/pq/events/**/*.parquet', "
                           "hive_partitioning=true) GROUP BY month ORDER BY month").fetchall()
    assert by_duckdb == [("2025-09", 3), ("2025-10", 2), ("2025-11", 1)]
    stored = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
    mentions = pd.read_parquet(tmp_path / "pq" / "mentions")
    assert len(mentions) == stored == 8 and mentions["event_id"].notna().all()
    export_parquet(con, tmp_path / "pq")  # exporting again replaces, never duplicates
    assert len(pd.read_parquet(tmp_path / "pq" / "mentions")) == stored
