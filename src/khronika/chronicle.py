"""The chronicle: read articles, skip what is stored, analyse the rest, and store it.

The application's one read -> analyse -> store flow (``khronika ingest``). It joins the readers,
the engine and the store, so none of them needs another: the store only writes what it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from khronika.batching import chop
from khronika.engine import EngineOptions, run
from khronika.model import Article
from khronika.readers.analysed import read_analysed
from khronika.readers.inputs import read_inputs
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure
from khronika.store.writer import COMMIT_EVERY, StoreWriter

Progress = Callable[[Iterable[Article], int], Iterable[Article]]


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    reasons: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.stored} article(s) stored, {self.skipped} already in the store, {self.failed} failed; "
                f"{self.events} event mention(s)")


def ingest(
    inputs: Sequence[str | Path],
    con: duckdb.DuckDBPyConnection,
    read_options: ReadOptions = ReadOptions(),
    engine_options: EngineOptions = EngineOptions(),
    progress: Progress = lambda items, total: items,
    commit_every: int = COMMIT_EVERY,
    retry_failed: bool = False,
    analysed: bool = False,
) -> IngestReport:
    """Store what the inputs say; with ``analysed``, inputs are `khronika extract` output, stored as they are.

    The engine analyses in batches of ``engine_options.batch_size``; the store commits every
    ``commit_every`` articles, one transaction each."""
    items = read_analysed(inputs) if analysed else read_inputs(inputs, read_options)
    return ingest_items(items, con, engine_options, progress, commit_every, retry_failed, analysed)


def ingest_items(
    items: Iterable[Article | ReadFailure],
    con: duckdb.DuckDBPyConnection,
    engine_options: EngineOptions = EngineOptions(),
    progress: Progress = lambda items, total: items,
    commit_every: int = COMMIT_EVERY,
    retry_failed: bool = False,
    analysed: bool = False,
) -> IngestReport:
    """Store articles a reader has already made (from files, or fetched by `khronika watch`)."""
    writer = StoreWriter(con, retry_failed)
    report = IngestReport()
    pending, read_failures = [], []
    for item in items:
        if isinstance(item, ReadFailure):
            read_failures.append(item)
            report.reasons.append(f"{item.origin}: {item.reason}")
        elif writer.claim(item):
            pending.append(item)
        else:
            report.skipped += 1
    writer.write_read_failures(read_failures)
    report.failed += len(read_failures)
    results = iter(pending) if analysed else run(pending, engine_options)
    for batch in chop(progress(results, len(pending)), commit_every):
        writer.write(batch)
        for article in batch:
            if article.status == "failed":
                report.failed += 1
                report.reasons.append(f"{article.id}: {'; '.join(article.errors)}")
            else:
                report.stored += 1
                report.events += len(article.events)
    return report
