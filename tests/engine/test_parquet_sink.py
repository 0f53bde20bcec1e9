import duckdb
import pyarrow.parquet as pq

from khronika.engine import EngineOptions, run
from khronika.export.parquet import ParquetSink, article_schema, attach, month_of, read_articles


def test_dataset_is_partitioned_by_month_and_reads_back_unchanged(articles, tmp_path):
    out = [a.to_dict() for a in run(articles, EngineOptions(workers=1, batch_size=4, sink=ParquetSink(str(tmp_path))))]
    months = sorted(p.name for p in tmp_path.iterdir())
    assert months == ["month=2025-09", "month=2025-10", "month=unknown"]
    back = sorted((a.to_dict() for a in read_articles(str(tmp_path))), key=lambda a: a["id"])
    assert back == sorted(out, key=lambda a: a["id"])
    for path in tmp_path.rglob("*.parquet"):  # the same schema in every file, even with no events
        assert pq.read_schema(path).equals(article_schema())


def test_a_rerun_overwrites_instead_of_duplicating(articles, tmp_path):
    options = EngineOptions(workers=1, batch_size=2, sink=ParquetSink(str(tmp_path)))
    list(run(articles, options))
    first = sorted(tmp_path.rglob("*.parquet"))
    list(run(articles, options))
    assert sorted(tmp_path.rglob("*.parquet")) == first
    assert not list(tmp_path.rglob("*.tmp"))
    query = f"SELECT count(*) FROM read_parquet('{tmp_path}/**/*.parquet', hive_partitioning = true)"
    assert duckdb.connect().execute(query).fetchall() == [(len(articles),)]


def test_views_give_one_row_per_entity_with_its_article(articles, tmp_path):
    out = list(run(articles, EngineOptions(sink=ParquetSink(str(tmp_path)))))
    connection = duckdb.connect()
    attach(connection, str(tmp_path))
    rows = connection.execute(
        "SELECT article_id, month, idx, text, normal, type FROM entities WHERE article_id = 'tokayev' ORDER BY idx"
    ).fetchall()
    tokayev = next(a for a in out if a.id == "tokayev")
    assert rows == [("tokayev", "2025-09", i, e.text, e.normal, e.type) for i, e in enumerate(tokayev.entities)]
    assert ("Ташкент",) in [(r[4],) for r in rows]
    statuses = dict(connection.execute("SELECT id, status FROM articles").fetchall())
    assert statuses["empty"] == "failed" and statuses["lavrov"] == "ok"


def test_month_comes_from_the_publication_date(articles):
    assert [month_of(a) for a in articles] == ["2025-09", "2025-09", "2025-09", "2025-10", "unknown", "unknown"]
