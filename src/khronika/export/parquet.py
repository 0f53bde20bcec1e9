"""Parquet, written one way: datasets partitioned by publication month, ``DIR/month=YYYY-MM/part-<key>.parquet``.

``write_months`` is the one writer. It writes analysed articles for ``--out-parquet DIR``
(``ParquetSink``, the callback the engine's workers call with each batch) and the chronicle's
tables for ``khronika export --format parquet`` (``export/tables.py``).

Articles: one row per article holding the whole contract record (``Article.to_dict()``): scalar columns
plus ``entities``, ``events``, ``quotes``, ``times`` and ``errors`` as lists of structs, so a row
reads back into the same Article. Files live at ``DIR/month=YYYY-MM/part-<key>.parquet``
(``month=unknown`` when the article has no publication date); the key is a hash of the batch's
article ids, so the worker that analysed a batch writes its files itself, in parallel with the
others, and re-running the same input with the same batch size overwrites the same files
instead of adding duplicates. The Arrow schema is derived from the data model, so every file
has the same schema even when a batch has no events at all.

Query it with DuckDB (``attach`` creates these views)::

    SELECT * FROM read_parquet('DIR/**/*.parquet', hive_partitioning = true)
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyarrow import fs

from khronika.model import Article, Event

_SCALARS: dict[type, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a data-model annotation (``str | None``, ``list[Entity]``, a dataclass...)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return arrow_type(inner)
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    if origin is typing.Literal:  # EntityType, Modality...: stored as the type of their values
        return arrow_type(type(typing.get_args(hint)[0]))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct(_fields(hint))
    return _SCALARS[hint]


def _fields(cls: type) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    fields = [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]
    if cls is Event:  # the contract adds the CAMEO root to every event
        fields.append(pa.field("root", pa.string()))
    return fields


@lru_cache(maxsize=1)
def article_schema() -> pa.Schema:
    return pa.schema(_fields(Article))


def month_of(article: Article) -> str:
    day = article.published_date
    return f"{day:%Y-%m}" if day else "unknown"


def write_months(table: pa.Table, directory: str, key: Callable[[pa.Table], str]) -> list[str]:
    """The one Parquet writer: a table with a ``month`` column, one file per month at
    ``DIR/month=M/part-<key(rows)>.parquet``; returns the paths written."""
    filesystem, root = fs.FileSystem.from_uri(_as_uri(directory))
    written = []
    for month in sorted(set(table.column("month").to_pylist())):
        rows = table.filter(pc.equal(table["month"], month)).drop_columns(["month"])
        folder = f"{root}/month={month}"
        filesystem.create_dir(folder, recursive=True)
        path = f"{folder}/part-{key(rows)}.parquet"
        partial = f"{folder}/.{uuid.uuid4().hex}.tmp"  # readers never see a half-written file
        pq.write_table(rows, partial, filesystem=filesystem, compression="zstd")
        filesystem.move(partial, path)
        written.append(path)
    return written


def write_batch(articles: list[Article], directory: str) -> list[str]:
    """Write one analysed batch, one file per publication month; returns the paths written."""
    schema = article_schema().append(pa.field("month", pa.string()))
    table = pa.Table.from_pylist([a.to_dict() | {"month": month_of(a)} for a in articles], schema=schema)
    return write_months(table, directory, lambda rows: batch_key(rows.column("id").to_pylist()))


@dataclass(frozen=True)
class ParquetSink:
    """``--out-parquet DIR`` as the callback an engine calls with every analysed batch, in the
    worker that analysed it (plain data, so it travels to worker processes and Ray actors)."""

    directory: str

    def __call__(self, articles: list[Article]) -> None:
        write_batch(articles, self.directory)


def batch_key(ids: list[str]) -> str:
    digest = hashlib.sha1("\x1f".join(ids).encode("utf-8"))
    return digest.hexdigest()[:20]


def read_articles(directory: str) -> list[Article]:
    """Every article of a dataset (order: by month, then file), for checks and small datasets."""
    import duckdb

    cursor = duckdb.connect().execute(f"SELECT * EXCLUDE (month) FROM {dataset_sql(directory)}")
    names = [column[0] for column in cursor.description or ()]
    return [Article.from_dict(dict(zip(names, values))) for values in cursor.fetchall()]


def dataset_sql(directory: str) -> str:
    pattern = f"{directory.rstrip('/')}/**/*.parquet".replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = true)"


VIEWS = {
    "articles": "SELECT * FROM {dataset}",
    "entities": "SELECT id AS article_id, month, UNNEST(range(len(entities))) AS idx, UNNEST(entities) AS item FROM {dataset}",
    "events": "SELECT id AS article_id, month, UNNEST(range(len(events))) AS idx, UNNEST(events) AS item FROM {dataset}",
    "quotes": "SELECT id AS article_id, month, UNNEST(range(len(quotes))) AS idx, UNNEST(quotes) AS item FROM {dataset}",
}


def attach(connection: Any, directory: str, prefix: str = "") -> None:
    """Create DuckDB views over the dataset: ``articles`` (one row per article) and flat
    ``entities`` / ``events`` / ``quotes`` (one row per item, with ``article_id``, ``month`` and
    ``idx``, the item's index in its article; the item's fields are columns)."""
    dataset = dataset_sql(directory)
    for name, query in VIEWS.items():
        body = query.format(dataset=dataset)
        if name != "articles":
            body = f"SELECT article_id, month, idx, item.* FROM ({body})"
        connection.execute(f"CREATE OR REPLACE VIEW {prefix}{name} AS {body}")


def _as_uri(directory: str) -> str:
    if "://" in directory:
        return directory
    from pathlib import Path

    return Path(directory).resolve().as_uri()
