"""The one Parquet writer: analysed articles (--out-parquet) and the chronicle's tables (export)
land in the same layout, ``DIR/month=YYYY-MM/part-<key>.parquet``."""

from __future__ import annotations

import duckdb

from khronika.export.parquet import read_articles, write_batch
from khronika.export.tables import export_parquet
from khronika.model import Article


def layout(directory):
    return sorted(str(p.relative_to(directory).parent) for p in directory.rglob("*.parquet"))


def test_articles_and_exported_tables_share_one_layout(con, tmp_path):
    rows = con.execute("SELECT id, text, strftime(published, '%Y-%m-%d') FROM articles ORDER BY seq").fetchall()
    articles = [Article(id=id, text=text, published=day) for id, text, day in rows]
    write_batch(articles, str(tmp_path / "articles"))
    export_parquet(con, tmp_path / "export")
    assert layout(tmp_path / "articles") == layout(tmp_path / "export" / "articles")
    assert sorted(a.id for a in read_articles(str(tmp_path / "articles"))) == sorted(r[0] for r in rows)
    query = f"SELECT id, month FROM read_parquet('{tmp_path}/export/articles/**/*.parquet', hive_partitioning=true)"
    by_month = dict(duckdb.sql(query).fetchall())
    assert by_month == {a.id: a.published[:7] for a in articles}
