"""``khronika ingest`` takes the engine options of ``extract``, with the same one-line errors."""

from __future__ import annotations

import duckdb
from typer.testing import CliRunner

from khronika.cli import app

TEXT = "Президент Узбекистана Шавкат Мирзиёев в начале октября совершит государственный визит в Казахстан."


def test_an_unknown_engine_is_one_line_and_nothing_is_stored(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.duckdb"),
                                      "--engine", "bogus"])
    assert result.exit_code == 1 and "unknown engine 'bogus'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "c.duckdb").exists()


def test_ingest_also_writes_the_parquet_dataset_by_month(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db, parquet = tmp_path / "c.duckdb", tmp_path / "pq"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--published", "2025-09-08",
                                      "--out-parquet", str(parquet)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in parquet.iterdir()] == ["month=2025-09"]
    rows = duckdb.sql(f"SELECT id, len(events) FROM read_parquet('{parquet}/**/*.parquet')").fetchall()
    stored = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    assert rows == [("a", stored)] and stored >= 1
