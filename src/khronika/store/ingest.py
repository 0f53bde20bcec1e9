"""Ingest: read inputs, skip what is stored, analyse the rest, and store it batch by batch."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import duckdb

from khronika.engine import EngineOptions, run
from khronika.model import Article
from khronika.readers.inputs import expand, read_inputs
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure
from khronika.store.writer import StoreWriter

Progress = Callable[[Iterable[Article], int], Iterable[Article]]

# Articles committed per transaction: small enough that a kill loses little work, large enough
# that the per-transaction cost vanishes next to analysis.
WRITE_BATCH = 32


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
    batch_size: int = WRITE_BATCH,
    retry_failed: bool = False,
    analysed: bool = False,
) -> IngestReport:
    """Store what the inputs say; with ``analysed``, inputs are `khronika extract` output, stored as they are."""
    writer = StoreWriter(con, retry_failed)
    report = IngestReport()
    pending, read_failures = [], []
    items = read_analysed(inputs) if analysed else read_inputs(inputs, read_options)
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
    for batch in _batches(progress(results, len(pending)), batch_size):
        writer.write(batch)
        for article in batch:
            if article.status == "failed":
                report.failed += 1
                report.reasons.append(f"{article.id}: {'; '.join(article.errors)}")
            else:
                report.stored += 1
                report.events += len(article.events)
    return report


def read_analysed(paths: Sequence[str | Path]) -> Iterator[Article | ReadFailure]:
    """Articles from `khronika extract` output (JSON Lines in the output contract's shape)."""
    for path in expand(Path(p) for p in paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            yield ReadFailure(str(path), f"cannot read extract output: {exc}")
            continue
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                yield ReadFailure(f"{path}:{number}", f"not an article of `khronika extract` output: {exc}")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def store_analysed(articles: Iterable[Article], con: duckdb.DuckDBPyConnection, batch_size: int = WRITE_BATCH) -> int:
    """Store articles that are analysed already (e.g. read back from `khronika extract` output)."""
    writer = StoreWriter(con)
    fresh = (a for a in articles if writer.claim(a))
    count = 0
    for batch in _batches(fresh, batch_size):
        writer.write(batch)
        count += len(batch)
    return count
