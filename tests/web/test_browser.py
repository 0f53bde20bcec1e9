"""The pages in a real headless Chromium (Debian's, driven by Playwright): each loads with no console
error, the filters change the results, the network and the map draw, an event links to its article.

``make chromium`` installs the browser (``make test`` does it first). With KHRONIKA_SCREENSHOTS=DIR
each page is also saved as DIR/<page>.png (``make screenshots`` writes docs/img)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = os.environ.get("KHRONIKA_SCREENSHOTS")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: make chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store):
    """``khronika serve`` itself, in a process of its own, as a user starts it."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "khronika", "serve", "--db", str(web_store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/events", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stdout.read().decode()) from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


class Visit:
    """A browser page that remembers every console error and uncaught exception."""

    def __init__(self, browser, base: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: str) -> None:
        response = self.page.goto(self.base + path, wait_until="networkidle")
        assert response is not None and response.status == 200, path

    def shot(self, name: str) -> None:
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=False)


@pytest.fixture
def visit(browser, server):
    opened = Visit(browser, server)
    yield opened
    opened.page.close()


def event_of(server: str, article: str) -> int:
    import json

    with urllib.request.urlopen(f"{server}/api/articles/{article}") as response:
        return int(json.load(response)["mentions"][0]["event_id"])


PAGES = {
    "events": "/events",
    "article": "/articles/lavrov-fidan-meeting",
    "actor": "/actors/Q58217",
    "network": "/network",
    "map": "/map",
    "agenda": "/agenda?from=2025-01-01",
    "docs": "/docs",
}


@pytest.mark.parametrize("name", [*PAGES, "event"])
def test_each_page_loads_without_a_console_error(visit, server, name):
    path = PAGES.get(name) or f"/events/{event_of(server, 'lavrov-fidan-meeting')}"
    visit.open(path)
    if name == "network":
        visit.page.wait_for_function("() => window.khronikaGraph !== undefined")
    if name == "map":
        visit.page.wait_for_function("() => window.khronikaMap !== undefined && document.querySelectorAll('path').length > 100")
    if name == "actor":
        visit.page.wait_for_function("() => Chart.getChart('chart-months') !== undefined")
    if name == "docs":
        visit.page.wait_for_selector(".opblock", timeout=15000)
    visit.shot(name)
    assert visit.errors == []


def rows(visit) -> int:
    return visit.page.locator("#events tbody tr a[href^='/events/']").count()


def test_filters_change_the_results(visit):
    visit.open("/events")
    everything = rows(visit)
    assert everything > 10
    visit.page.fill("input[name=actor]", "Лавров")
    visit.page.click("form.filters button")
    visit.page.wait_for_url("**/events?*actor=*")
    narrowed = rows(visit)
    assert 0 < narrowed < everything
    assert set(visit.page.locator("#events tbody td:nth-child(2)").all_inner_texts()) == {"Сергей Лавров"}
    visit.page.select_option("select[name=modality]", "planned")
    visit.page.click("form.filters button")
    visit.page.wait_for_url("**modality=planned*")
    assert "No events match" in visit.page.inner_text("#events")
    assert visit.errors == []


def test_the_network_draws_its_actors_and_links(visit):
    visit.open("/network")
    visit.page.wait_for_function("() => window.khronikaGraph !== undefined")
    nodes = visit.page.evaluate("window.khronikaGraph.nodes().length")
    edges = visit.page.evaluate("window.khronikaGraph.edges().length")
    assert nodes > 5 and edges > 5
    assert visit.page.locator("#graph canvas").count() > 0
    assert f"{nodes} actor(s), {edges} link(s)" == visit.page.inner_text("#network-summary")
    visit.open("/network?actor=Q58217")  # the filters reach the graph
    visit.page.wait_for_function("() => window.khronikaGraph !== undefined")
    assert visit.page.evaluate("window.khronikaGraph.edges().length") < edges
    assert visit.errors == []


def test_the_map_draws_countries_and_events(visit):
    visit.open("/map")
    visit.page.wait_for_function("() => window.khronikaMap !== undefined && document.querySelectorAll('path').length > 100")
    assert visit.page.evaluate("window.khronikaMap.count") > 0
    countries = visit.page.locator("path.leaflet-interactive").count()
    assert countries > 150  # the offline basemap: no tile server
    drawn = visit.page.locator(".marker-cluster").count() + countries
    assert drawn > countries  # clusters or single event markers on top
    assert visit.errors == []


def test_an_event_page_links_to_its_article(visit, server):
    visit.open(f"/events/{event_of(server, 'lavrov-fidan-meeting')}")
    assert visit.page.locator("mark.trigger").count() >= 1
    visit.page.click("a.article")
    visit.page.wait_for_url("**/articles/lavrov-fidan-meeting")
    assert visit.page.locator("#text mark.PER").count() >= 2
    assert visit.page.locator("#text mark.trigger").count() >= 1
    assert visit.errors == []


def test_script_in_an_article_does_not_run(visit):
    visit.page.on("dialog", lambda dialog: visit.errors.append("dialog: " + dialog.message))
    visit.open("/articles/hostile-%3Cscript%3E")
    assert "<script>alert('text')</script>" in visit.page.inner_text("#text")
    assert visit.page.locator("#text img").count() == 0
    assert visit.errors == []
