"""The `Watcher`: poll each source, fetch what is new, and hand it to the chronicle.

A poll is safe to kill at any moment. Articles are stored by ``chronicle.ingest_items`` (a
transaction per batch); the URLs they came from are recorded after their batch commits; the feed's
validators (ETag, Last-Modified) are saved last, and only when every entry of the poll is settled.
A restart therefore reads the feed again, skips the URLs already settled, finds by id or content
hash any article stored just before the kill, and stores nothing twice.

One `Watcher` owns one DuckDB connection (or cursor) and writes through it alone: a server runs it
in a thread of its own process with ``run_forever(stop_event)`` (docs/live.md).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from khronika.batching import chop
from khronika.chronicle import ingest_items
from khronika.engine import EngineOptions
from khronika.live.http import Fetcher, FetchError, Response
from khronika.live.language import russian_only
from khronika.live.sitemap import Entry, SitemapError, read_sitemap
from khronika.live.sources import Source
from khronika.model import Article
from khronika.readers.feed import read_feed
from khronika.readers.html import read_html
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure
from khronika.store import sources as state
from khronika.store.rows import content_hash

# A feed entry shorter than this carries a summary, not the article: with ``pages: auto`` the page is fetched.
SUMMARY_CHARS = 600
# Articles analysed and committed together: a kill loses at most this much work.
COMMIT_EVERY = 8

log = logging.getLogger("khronika.watch")


@dataclass
class PollReport:
    source: str
    error: str | None = None  # the poll failed as a whole: one line
    not_modified: bool = False
    entries: int = 0
    new: int = 0
    stored: int = 0
    copies: int = 0
    skipped: int = 0
    failed: int = 0
    unsettled: int = 0  # entries whose page could not be had this time: tried again next poll
    reasons: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.not_modified:
            return f"{self.source}: not modified"
        if self.error and not self.entries:
            return f"{self.source}: error: {self.error}"
        counts = (f"{self.entries} entries, {self.new} new: {self.stored} stored, {self.copies} copies, "
                  f"{self.skipped} skipped, {self.failed} failed, {self.unsettled} to retry")
        return f"{self.source}: {counts}" + (f"; error: {self.error}" if self.error else "")


class Watcher:
    def __init__(
        self,
        sources: Sequence[Source],
        con: duckdb.DuckDBPyConnection,
        fetcher: Fetcher | None = None,
        engine_options: EngineOptions = EngineOptions(),
        every: float | None = None,
        commit_every: int = COMMIT_EVERY,
        report: Callable[[PollReport], None] = lambda r: log.info(r.line()),
    ) -> None:
        self.sources = list(sources)
        self.con = con
        self.fetcher = fetcher or Fetcher()
        self.engine_options = engine_options
        self.every = every  # overrides each source's own interval
        self.commit_every = commit_every
        self.report = report
        state.ensure(con)

    def run_once(self) -> list[PollReport]:
        """Poll every source once, one after another; a source that fails does not stop the others."""
        return [self.poll(source) for source in self.sources]

    def run_forever(self, stop: threading.Event, clock: Callable[[], float] = time.monotonic) -> None:
        """Poll each source when it is due until ``stop`` is set (from another thread, or a signal handler)."""
        due = {source.name: 0.0 for source in self.sources}
        while not stop.is_set():
            for source in self.sources:
                if stop.is_set():
                    return
                if due[source.name] <= clock():
                    self.poll(source)
                    due[source.name] = clock() + (self.every or source.every)
            stop.wait(max(0.0, min(due.values()) - clock()))

    def poll(self, source: Source) -> PollReport:
        report = PollReport(source.name)
        try:
            self._poll(source, report)
        except Exception as exc:  # a bug or a store error in one source must not stop the others
            report.error = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
            self._record(source, report, None)
        self.report(report)
        return report

    def _poll(self, source: Source, report: PollReport) -> None:
        known = state.state(self.con, source.name)
        try:
            response = self.fetcher.get(source.url, known.etag, known.last_modified)
            if response.status == 304:
                report.not_modified = True
                self._record(source, report, None)
                return
            articles, damage = self._entries(source, response)
        except (FetchError, SitemapError) as exc:
            report.error = str(exc)
            self._record(source, report, None)
            return
        report.error = damage  # a damaged feed: its whole entries are read, its validators not kept
        if not articles:
            self._record(source, report, None)
            return
        report.entries = len(articles)
        settled = state.settled(self.con, [_key(a) for a in articles])
        new = _unique(a for a in articles if _key(a) not in settled)
        report.new = len(new)
        for batch in chop(new, self.commit_every):
            self._settle(source, batch, report)
        whole = not report.unsettled and not report.error
        validators = state.SourceState(response.etag, response.last_modified) if whole else None
        self._record(source, report, validators)

    def _entries(self, source: Source, response: Response) -> tuple[list[Article], str | None]:
        """The feed's articles (newest ``max_items``), or a sitemap's pages as articles still to fetch,
        and what was wrong with the feed or sitemap, if anything."""
        options = ReadOptions(source=source.name)
        if source.kind == "sitemap":
            sitemap = read_sitemap(response.body)
            if sitemap.children:  # an index: follow its newest child
                sitemap = read_sitemap(self.fetcher.get(sitemap.children[0]).body)
            stubs = [_stub(entry, options) for entry in sitemap.entries[: source.max_items]]
            return stubs, None if stubs else "the sitemap lists no pages"
        items = list(read_feed(Path(source.name), response.body, options, response.charset))
        articles = [item for item in items if isinstance(item, Article)]
        damage = next((_one_line(item.reason) for item in items if isinstance(item, ReadFailure)), None)
        return articles[: source.max_items], damage

    def _settle(self, source: Source, batch: list[Article], report: PollReport) -> None:
        """Complete, check and store one batch, then record its URLs (after the articles commit)."""
        ready, records = [], []
        for entry in batch:
            article, problem, transient = self._complete(source, entry)
            if transient:
                report.unsettled += 1
                report.reasons.append(f"{_key(entry)}: {problem}")
                continue
            if article is None:
                report.failed += 1
                report.reasons.append(f"{_key(entry)}: {problem}")
                records.append(_record(source, entry, "failed", problem))
                continue
            verdict = russian_only(article.text)
            if not verdict.text:
                report.skipped += 1
                records.append(_record(source, article, "skipped", verdict.reason))
                continue
            if verdict.dropped:
                article.text = verdict.text
                article.warn(verdict.reason)
            ready.append(article)
        if ready:
            ingest_items(ready, self.con, self.engine_options, commit_every=self.commit_every)
        ids = [a.id for a in ready]
        stored = {i for (i,) in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
        failed = dict(self.con.execute(
            "SELECT key, reason FROM failures WHERE key IN (SELECT unnest(?))", [ids]).fetchall())
        for article in ready:
            if article.id in stored:
                report.stored += 1
                records.append(_record(source, article, "stored", None))
            elif article.id in failed:
                report.failed += 1
                records.append(_record(source, article, "failed", failed[article.id]))
            else:
                report.copies += 1
                records.append(_record(source, article, "copy", "the same id or text is stored already"))
        state.record_items(self.con, records)

    def _complete(self, source: Source, entry: Article) -> tuple[Article | None, str | None, bool]:
        """The entry with its page's text where the feed has only a summary: (article, problem, transient)."""
        wants_page = source.pages == "always" or (source.pages == "auto" and len(entry.text) < SUMMARY_CHARS)
        if not wants_page or not entry.url:
            return entry, None, False
        try:
            response = self.fetcher.get(entry.url)
        except FetchError as exc:
            if exc.transient:
                return None, exc.reason, True
            return (entry, None, False) if _has_body(entry) else (None, exc.reason, False)
        page = next(read_html(Path(entry.id), response.body, ReadOptions(source=source.name), response.charset), None)
        if not isinstance(page, Article) or len(page.text) <= len(entry.text):
            if _has_body(entry):
                return entry, None, False  # the summary is all there is
            return None, page.reason if isinstance(page, ReadFailure) else "no article text on the page", False
        page.id, page.url = entry.id, entry.url
        page.published = page.published or entry.published
        page.title = entry.title or page.title
        return page, None, False

    def _record(self, source: Source, report: PollReport, validators: state.SourceState | None) -> None:
        state.record_poll(self.con, source.name, source.url, report.error, validators,
                          report.stored, report.skipped, report.failed)


def _key(article: Article) -> str:
    return article.url or article.id


def _has_body(entry: Article) -> bool:
    """Whether the feed gave more than a title: a title alone is not worth analysing."""
    return bool(entry.text.strip()) and entry.text.strip() != (entry.title or "").strip()


def _unique(articles: Iterable[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(_key(article), article)
    return list(seen.values())


def _stub(entry: Entry, options: ReadOptions) -> Article:
    return options.article(entry.url, entry.title or "", published=entry.published, title=entry.title, url=entry.url)


def _record(source: Source, article: Article, status: str, reason: str | None) -> dict:
    return {"url": _key(article), "source": source.name, "article_id": article.id, "status": status,
            "reason": reason, "content_hash": content_hash(article.text or "")}


def _one_line(text: str) -> str:
    return " ".join(text.split())
