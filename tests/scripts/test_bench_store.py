"""The query benchmark's store generator fills the store's current tables (it broke once when the
events table gained a column and nothing ran it)."""

import importlib.util
from pathlib import Path

from khronika.query.filters import Filters, count_events
from khronika.store import connect

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_store.py"


def test_the_generated_store_has_every_column_and_answers_queries(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_store", SCRIPT)
    bench_store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_store)
    con = connect(tmp_path / "gen.duckdb")
    bench_store.generate(con, 3_000)
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 3_000
    assert count_events(con, Filters()) == 3_000
