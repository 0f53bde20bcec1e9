"""``--out-parquet DIR``: analysed articles as a Parquet dataset partitioned by publication month.

One row per article holding the whole contract record (``Article.to_dict()``): scalar columns
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
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pyarrow as pa
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
    if dataclasses.is_dataclass(hint):
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


def write_batch(articles: list[Article], directory: str) -> list[str]:
    """Write one analysed batch, one file per publication month; returns the paths written."""
    filesystem, root = fs.FileSystem.from_uri(_as_uri(directory))
    by_month: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_month[month_of(article)].append(article)
    written = []
    for month, group in sorted(by_month.items()):
        folder = f"{root}/month={month}"
        filesystem.create_dir(folder, recursive=True)
        path = f"{folder}/part-{batch_key(group)}.parquet"
        table = pa.Table.from_pylist([a.to_dict() for a in group], schema=article_schema())
        partial = f"{folder}/.{uuid.uuid4().hex}.tmp"  # readers never see a half-written file
        pq.write_table(table, partial, filesystem=filesystem, compression="zstd")
        filesystem.move(partial, path)
        written.append(path)
    return written


def batch_key(articles: list[Article]) -> str:
    digest = hashlib.sha1("\x1f".join(a.id for a in articles).encode("utf-8"))
    return digest.hexdigest()[:20]


def read_articles(directory: str) -> list[Article]:
    """Every article of a dataset (order: by month, then file), for checks and small datasets."""
    import duckdb

    rows = duckdb.sql(f"SELECT * EXCLUDE (month) FROM {dataset_sql(directory)}").fetch_arrow_table().to_pylist()
    return [Article.from_dict(row) for row in rows]


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
