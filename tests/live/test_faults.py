"""Every fault a source can send: logged against it with one line, the other sources go on, and
nothing stored is lost."""

from __future__ import annotations

import pytest

from khronika.live import Source, Watcher, load_sources
from khronika.live.http import Fetcher, Politeness
from khronika.store import connect

from .conftest import QUICK, sources_file
from .server import SITE
from .test_watch import snapshot

FEED_FAULTS = {
    "timeout": "timed out after 0.5 s",
    "500": "HTTP 500 Internal Server Error",
    "404": "HTTP 404 Not Found",
    "loop": "redirect loop or too many redirects (HTTP 302)",
    "html": "not an RSS or Atom feed: an HTML page (an error page?)",
    "truncated": "truncated feed: <unknown>:",
    "huge": "response too large: over 10,485,760 bytes",
    "badgzip": "gzip that does not decompress: Error -3 while decompressing data",
}


@pytest.fixture
def watched(tmp_path, site, fetcher):
    """A store holding the local site's articles, as `khronika watch` left it."""
    db = tmp_path / "live.duckdb"
    con = connect(db)
    Watcher(load_sources(sources_file(tmp_path, site.base)), con, fetcher).run_once()
    con.close()
    return db


def test_each_feed_fault_is_one_line_against_its_source_and_the_others_go_on(tmp_path, site, watched):
    before = snapshot(watched)
    good = load_sources(sources_file(tmp_path, site.base))
    faulty = [Source(name=f"fault-{name}", url=f"{site.base}/fault/{name}") for name in FEED_FAULTS]
    fresh = Source(name="fresh", url=f"{site.base}/news/rss.xml")  # never polled: reads the whole feed
    con = connect(watched)
    # a fetcher with the default 10 MB cap; quick otherwise
    fetcher = Fetcher(Politeness(timeout=QUICK.timeout, retries=1, backoff=0.01, min_interval=0))
    reports = {r.source: r for r in Watcher([*faulty[:4], fresh, *faulty[4:], *good], con, fetcher).run_once()}
    health = {name: (error, errors) for name, error, errors in
              con.execute("SELECT name, last_error, errors FROM sources").fetchall()}
    con.close()
    for name, reason in FEED_FAULTS.items():
        report = reports[f"fault-{name}"]
        assert report.error is not None and report.error.startswith(reason), (name, report.error)
        assert "\n" not in report.error and report.line().startswith(f"fault-{name}: ")
        assert health[f"fault-{name}"] == (report.error, 1)
    feed = (SITE / "news/rss.xml").read_bytes().replace(b"{base}", site.base.encode())
    whole = feed[: len(feed) // 3].count(b"</item>")  # as the server cuts it
    assert reports["fault-truncated"].entries == whole >= 1  # the whole entries before the cut, not the cut one
    assert reports["fresh"].error is None and reports["fresh"].entries == 7 and reports["fresh"].new == 0
    assert all(reports[s.name].not_modified for s in good)
    after = snapshot(watched)
    for table in ("articles", "entities", "mentions", "events", "event_mentions", "failures", "fetched"):
        assert after[table] == before[table], table


def test_a_source_that_breaks_keeps_what_it_gave_and_recovers(tmp_path, site, watched, fetcher):
    sources = load_sources(sources_file(tmp_path, site.base))
    before = snapshot(watched)
    for fault in ("500", "html", "badgzip", "timeout"):
        site.faults["/news/rss.xml"] = fault
        con = connect(watched)
        news = Watcher(sources, con, fetcher).run_once()[0]
        con.close()
        assert news.error and news.new == 0, fault
        assert snapshot(watched)["articles"] == before["articles"]
    site.faults.clear()
    con = connect(watched)
    news = Watcher(sources, con, fetcher).run_once()[0]
    (last_error, errors, polls), = con.execute(
        "SELECT last_error, errors, polls FROM sources WHERE name = 'local-news'").fetchall()
    con.close()
    assert news.not_modified and last_error is None and (errors, polls) == (4, 6)


def test_a_page_that_fails_for_now_is_fetched_on_the_next_poll(tmp_path, site, fetcher):
    db = tmp_path / "live.duckdb"
    sources = load_sources(sources_file(tmp_path, site.base))[:1]
    site.faults["/news/lavrov.html"] = "500"
    con = connect(db)
    first = Watcher(sources, con, fetcher).run_once()[0]
    assert first.unsettled == 1 and "HTTP 500" in first.reasons[0]
    assert con.execute("SELECT etag FROM sources").fetchall() == [(None,)]  # so the feed is read again
    site.faults.clear()
    second = Watcher(sources, con, fetcher).run_once()[0]
    urls = [u for (u,) in con.execute("SELECT url FROM articles").fetchall()]
    con.close()
    assert (second.new, second.stored, second.unsettled) == (1, 1, 0)
    assert f"{site.base}/news/lavrov.html" in urls and len(urls) == len(set(urls)) == 4
    assert site.count("/news/mirziyoyev.html") == 1  # the pages settled the first time are not fetched again


def test_a_windows_1251_page_without_a_declared_charset_is_not_mojibake(site, fetcher):
    response = fetcher.get(f"{site.base}/news/mirziyoyev.html")
    assert response.charset is None and b"charset" not in response.body
    from pathlib import Path

    from khronika.readers.html import read_html
    from khronika.readers.options import ReadOptions

    article = next(read_html(Path("page"), response.body, ReadOptions()))
    assert "Президент Узбекистана Шавкат Мирзиёев" in article.text and "Ð" not in article.text
