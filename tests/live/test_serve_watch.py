"""``khronika serve --watch``: the server follows sources into its own store from a thread, and its
pages show what the watcher stored while it runs (docs/live.md)."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from khronika.live import load_sources
from khronika.web import create_app

from .conftest import sources_file


def test_the_server_follows_sources_and_its_pages_show_what_was_stored(tmp_path, site, fetcher):
    db = tmp_path / "served.duckdb"
    app = create_app(db, watch=load_sources(sources_file(tmp_path, site.base)), every=0.2, fetcher=fetcher)
    count = "SELECT count(*) FROM articles"
    with TestClient(app) as client:  # the lifespan starts the watcher thread
        store = app.state.store
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and store.run(lambda cur: cur.execute(count).fetchall()[0][0]) < 6:
            assert client.get("/").status_code == 200  # pages answer while the watcher writes
            time.sleep(0.1)
        stored = store.run(lambda cur: cur.execute(count).fetchall()[0][0])
        listed = client.get("/api/events", params={"size": 5})
    assert stored == 6  # the six Russian articles of the local site, none twice
    assert listed.status_code == 200
