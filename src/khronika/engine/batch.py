"""The one per-batch function every engine runs: records in, analysed records out.

A record is ``Article.to_dict()``: plain data that pickles cheaply to a worker process and
travels through Ray as JSON. The pipeline is the process's default one
(``khronika.pipeline.default_pipeline``), built once per worker, actor or command and reused for
every batch that process receives.
"""

from __future__ import annotations

from typing import Any

from khronika.engine import Sink
from khronika.memory import release_memory
from khronika.model import Article
from khronika.pipeline import default_pipeline

Record = dict[str, Any]


def process_articles(articles: list[Article], sink: Sink | None = None) -> list[Article]:
    """Analyse one batch; with a ``sink``, also hand it the analysed batch from here (e.g. its Parquet files)."""
    done = default_pipeline().process_batch(articles) if articles else []
    release_memory()  # the batch's documents are gone: keep the worker's footprint at one batch
    if sink is not None and done:
        sink(done)
    return done


def process_batch(records: list[Record], sink: Sink | None = None) -> list[Record]:
    """``process_articles`` over plain records, the form batches take between processes."""
    articles = [Article.from_dict(r) for r in records]
    return [a.to_dict() for a in process_articles(articles, sink)]


def failed(batch: list[Article], reason: str) -> list[Article]:
    """The batch with every article failed for ``reason`` (a worker that died or raised)."""
    for article in batch:
        article.fail(reason)
    return batch
