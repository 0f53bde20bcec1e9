"""``khronika extract``: articles in, one contract-shaped JSON object per article out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated

import typer

from khronika import jsonl
from khronika.cli.console import err, fail, progress
from khronika.cli.engine_options import AddressOpt, BatchSizeOpt, EngineOpt, OutParquetOpt, WorkersOpt, engine_options
from khronika.engine import EngineError, run
from khronika.model import Article
from khronika.readers.inputs import read_inputs
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Text, JSON Lines, HTML, RSS/Atom or WARC files, or folders of them.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSON Lines here instead of stdout.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name for inputs that name none.")] = None,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any article fails.")] = False,
    out_parquet: OutParquetOpt = None,
    engine: EngineOpt = "local",
    workers: WorkersOpt = 1,
    batch_size: BatchSizeOpt = 32,
    address: AddressOpt = None,
) -> None:
    """Extract entities, events, quotes and times from Russian news articles."""
    read_options = _read_options(published, source)
    options = engine_options(engine, workers, batch_size, address, out_parquet)
    articles = list(_articles(inputs, read_options))
    stats = Stats()
    with _open(output) as sink:
        try:
            for article in progress(run(articles, options), len(articles), "extracting"):
                stats.add(article)
                sink.write(jsonl.line(article.to_dict()))
        except EngineError as exc:
            raise fail(str(exc)) from None
    err.print(stats.summary(), highlight=False)
    if stats.ok == 0 or (strict and stats.failed):
        raise typer.Exit(1)


def _articles(inputs: list[Path], options: ReadOptions) -> Iterator[Article]:
    for item in read_inputs(inputs, options):
        if isinstance(item, ReadFailure):
            err.print(f"khronika: {item.origin}: {item.reason}", style="yellow", highlight=False, markup=False)
            failed = options.article(item.id or item.origin, "")
            failed.fail(item.reason)
            yield failed
        else:
            yield item


def _read_options(published: str | None, source: str | None) -> ReadOptions:
    try:
        return ReadOptions(published=published, source=source)
    except ValueError as exc:  # a --published that is not a date
        raise fail(str(exc)) from None


class Stats:
    def __init__(self) -> None:
        self.ok = self.failed = self.entities = self.events = self.quotes = 0

    def add(self, article: Article) -> None:
        if article.status == "failed":
            self.failed += 1
            if article.text:  # read but not analysable: say why, once
                err.print(f"khronika: {article.id}: {'; '.join(article.errors)}", style="yellow", highlight=False, markup=False)
            return
        self.ok += 1
        self.entities += len(article.entities)
        self.events += len(article.events)
        self.quotes += len(article.quotes)

    def summary(self) -> str:
        return (
            f"{self.ok} article(s) analysed, {self.failed} failed: "
            f"{self.entities} entities, {self.events} events, {self.quotes} quotes"
        )


class _open:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.path.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle:
            self.handle.close()
