"""`serve` and `watch` on one store: the watcher runs in a thread of the process that holds the
store, writing through its own cursor while other cursors read (docs/live.md)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from khronika.live import Watcher, load_sources
from khronika.store import connect

from .conftest import ROOT, sources_file


def test_a_watcher_thread_writes_while_the_same_process_reads_and_stops_when_told(tmp_path, site, fetcher):
    db = tmp_path / "live.duckdb"
    con = connect(db)  # the process's one read-write connection, as a server would hold it
    watcher = Watcher(load_sources(sources_file(tmp_path, site.base)), con.cursor(), fetcher, every=0.2)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run_forever, args=(stop,), daemon=True)
    thread.start()
    reader = con.cursor()  # a request handler's cursor
    seen = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        seen.append(reader.execute("SELECT count(*) FROM articles").fetchall()[0][0])
        polls = reader.execute("SELECT coalesce(min(polls), 0) FROM sources").fetchall()[0][0] \
            if "sources" in {t for (t,) in reader.execute("SELECT table_name FROM information_schema.tables").fetchall()} else 0
        if seen[-1] == 6 and polls >= 2:
            break
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert seen[-1] == 6 and seen == sorted(seen)  # reads saw the store grow, never a half-written batch undone
    assert reader.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchall() == [(6, 6)]
    con.close()


def test_a_second_process_cannot_open_a_store_the_watcher_holds(tmp_path):
    db = tmp_path / "held.duckdb"
    con = connect(db)
    probe = ("import sys\nfrom khronika.store import StoreUnavailable, connect\n"
             "try:\n    connect(sys.argv[1], read_only=True)\nexcept StoreUnavailable as exc:\n    print(exc)\n")
    result = subprocess.run([sys.executable, "-c", probe, str(db)], capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(ROOT / "src")})
    con.close()
    assert "cannot open" in result.stdout  # why `serve` runs the watcher in its own process (docs/live.md)
