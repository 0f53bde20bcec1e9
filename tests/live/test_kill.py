"""`kill -9` in the middle of a poll, then a restart: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

from khronika.live import Watcher, load_sources
from khronika.store import connect

from .conftest import ROOT, sources_file
from .test_watch import snapshot


def _watch_process(sources, db) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "khronika", "watch", str(sources), "--once", "--db", str(db),
                             "--commit-every", "1"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_watch_killed_mid_poll_resumes_to_the_rows_of_an_uninterrupted_one(tmp_path, site, fetcher):
    sources = sources_file(tmp_path, site.base)
    whole = tmp_path / "whole.duckdb"
    con = connect(whole)
    Watcher(load_sources(sources), con, fetcher).run_once()
    con.close()

    # the kill lands while the watcher waits for its third page, two batches committed before it
    reached = threading.Event()
    site.on_request = lambda path: reached.set() if path == "/news/kazakh.html" else None
    site.delay["/news/kazakh.html"] = 30.0
    killed = tmp_path / "killed.duckdb"
    process = _watch_process(sources, killed)
    try:
        assert reached.wait(timeout=240), process.stderr.read().decode() if process.poll() is not None else "too slow"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    partial = snapshot(killed)
    assert 0 < len(partial["articles"]) < len(snapshot(whole)["articles"]), "the kill must land mid-way"
    con = connect(killed, read_only=True)
    assert con.execute("SELECT count(*) FROM sources WHERE etag IS NOT NULL").fetchall() == [(0,)]
    con.close()

    site.delay.clear()
    site.on_request = lambda path: None
    restart = _watch_process(sources, killed)
    assert restart.wait(timeout=300) == 0, restart.stderr.read().decode()
    resumed, reference = snapshot(killed), snapshot(whole)
    for table in ("articles", "entities", "mentions", "quotes", "times", "events", "event_mentions", "failures",
                  "fetched"):
        assert resumed[table] == reference[table], table
