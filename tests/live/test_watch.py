"""`khronika watch` on the local test site: what it stores, skips and records, and that a second
poll fetches nothing new and stores nothing twice."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from khronika.cli import app
from khronika.live import Watcher, load_sources
from khronika.store import TABLES, connect

from .conftest import LOCAL_SOURCES, sources_file
from .server import serve

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def snapshot(db: Path) -> dict[str, list[str]]:
    con = connect(db, read_only=True)
    try:
        tables = (*TABLES, "fetched")
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    finally:
        con.close()


def test_watch_once_on_the_local_example_then_nothing_new(tmp_path):
    db = tmp_path / "live.duckdb"
    try:
        server = serve(8765)  # the address examples/sources-local.yaml names
        site = server.__enter__()
        sources = LOCAL_SOURCES
    except OSError:  # the port is taken (someone runs the example server): point a copy elsewhere
        server = serve()
        site = server.__enter__()
        sources = sources_file(tmp_path, site.base)
    try:
        result = CliRunner().invoke(app, ["watch", str(sources), "--once", "--db", str(db)])
        assert result.exit_code == 0, result.output
        con = connect(db, read_only=True)
        stored = dict(con.execute("SELECT url, text FROM articles").fetchall())
        settled = {url.removeprefix(site.base): (status, reason)
                   for url, status, reason in con.execute("SELECT url, status, reason FROM fetched").fetchall()}
        con.close()
        paths = {url.removeprefix(site.base) for url in stored}
        assert paths == {"/news/sanctions.html", "/news/lavrov.html", "/news/mirziyoyev.html", "/news/mixed.html",
                         "/koi8/pashinyan.html", "/news/sco.html"}
        by_path = {url.removeprefix(site.base): text for url, text in stored.items()}
        # the page fetched for a summary-only entry, and pages and feeds with no declared charset
        assert "Хаканом Фиданом" in by_path["/news/lavrov.html"] and len(by_path["/news/lavrov.html"]) > 400
        assert "Президент Узбекистана Шавкат Мирзиёев" in by_path["/news/mirziyoyev.html"]  # Windows-1251
        assert "Премьер-министр Армении" in by_path["/koi8/pashinyan.html"]  # KOI8-R
        assert not KAZAKH_LETTERS & set(by_path["/news/mixed.html"])
        assert "Армения и Азербайджан" in by_path["/news/mixed.html"]
        assert settled["/news/kazakh.html"] == ("skipped", "language: Kazakh (kk), not Russian")
        assert settled["/news/sanctions-copy.html"][0] == "copy"
        assert settled["/private/secret.html"][0] == "failed" and "robots.txt" in settled["/private/secret.html"][1]
        assert site.count("/private/") == 0
        assert site.count("/robots.txt") == 1

        before, requests = snapshot(db), len(site.requests)
        result = CliRunner().invoke(app, ["watch", str(sources), "--once", "--db", str(db)])
        assert result.exit_code == 0, result.output
        assert result.output.count("not modified") == 3
        # a new process reads robots.txt once again, then only the three feeds, each answered 304
        assert sorted(site.requests[requests:]) == ["/koi8/rss.xml", "/news/rss.xml", "/robots.txt", "/sitemap.xml"]
        after = snapshot(db)
        assert {t: rows for t, rows in after.items()} == before
    finally:
        server.__exit__(None, None, None)


def test_without_validators_a_new_poll_refetches_the_feed_but_no_page_and_stores_nothing_twice(tmp_path, site, fetcher):
    db = tmp_path / "live.duckdb"
    sources = load_sources(sources_file(tmp_path, site.base))
    con = connect(db)
    Watcher(sources, con, fetcher).run_once()
    con.execute("UPDATE sources SET etag = NULL, last_modified = NULL")  # as if the server sent none
    con.close()
    before, requests = snapshot(db), len(site.requests)
    con = connect(db)
    reports = Watcher(sources, con, fetcher).run_once()
    con.close()
    assert all(r.new == 0 and r.entries > 0 for r in reports)
    assert not [p for p in site.requests[requests:] if p.endswith(".html")]  # dedup by URL: no page again
    assert snapshot(db) == before


def test_sources_prints_each_sources_health(tmp_path, site, fetcher):
    db = tmp_path / "live.duckdb"
    sources = load_sources(sources_file(tmp_path, site.base))
    con = connect(db)
    Watcher(sources, con, fetcher).run_once()
    con.close()
    result = CliRunner().invoke(app, ["sources", "--db", str(db)])
    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert header.split()[:2] == ["source", "last"]
    rows = {line.split()[0]: line.split() for line in lines}
    assert set(rows) == {"local-news", "local-koi8", "local-sitemap"}
    # name, last poll (date, time), last success (date, time), polls, errors, stored, skipped, failed
    assert rows["local-news"][5:10] == ["1", "0", "4", "1", "1"]
    assert rows["local-koi8"][5:10] == ["1", "0", "1", "0", "0"]
