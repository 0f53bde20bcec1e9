"""Load benchmark of ``khronika serve`` (not a test): a generated store of a million events, the
real server in its own process on 127.0.0.1, a bounded number of concurrent clients each asking a
bounded number of pages; p50/p95 latency and errors per page.

The store is ``bench_store.generate``'s, with coordinates given to its places so the map has
points. Each client opens the pages a user would: the events page (no filter, an actor, a code and a
month, a page deep in the results), an event, an actor, and the data of the network and map pages
(their HTML is a shell; the JSON is the work).

    PYTHONPATH=src python scripts/bench_web.py [--events 1000000] [--clients 4] [--requests 40]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_store import CODES, FIRST, LAST, PLACES, generate  # noqa: E402
from khronika.store import connect  # noqa: E402

# Where the generated places are, so that map points exist (the generator leaves them unplaced).
COORDINATES = {"Москва": (55.75, 37.62), "Астана": (51.18, 71.45), "Ташкент": (41.31, 69.28),
               "Бишкек": (42.87, 74.59), "Душанбе": (38.56, 68.79), "Ашхабад": (37.95, 58.38),
               "Баку": (40.41, 49.87), "Ереван": (40.18, 44.51), "Минск": (53.9, 27.57), "Пекин": (39.9, 116.41)}
# The targets: p95 per page, in ms.
TARGETS = {"events": 300, "event": 300, "actor": 500, "network": 1000, "map": 1000}


def build(path: Path, events: int) -> None:
    con = connect(path)
    generate(con, events)
    for place, (lat, lon) in COORDINATES.items():
        con.execute("UPDATE events SET location_lat = ?, location_lon = ? WHERE location_text = ?", [lat, lon, place])
    con.execute("CHECKPOINT")
    con.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def requests_of(rng: random.Random, events: int) -> list[tuple[str, str, dict[str, str]]]:
    """One of each page a user opens, with random but realistic parameters."""
    qid = f"Q{100000 + rng.randrange(len(FIRST) * len(LAST))}"
    start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    month = {"from": start.isoformat(), "to": (start + timedelta(days=30)).isoformat()}
    events_params = rng.choice([{}, {"actor": qid}, {"code": rng.choice(CODES)[:2], **month},
                                {"actor": rng.choice(LAST)}, {"page": str(rng.randrange(2, 200))},
                                {"place": rng.choice(PLACES), "modality": "planned"}])
    return [
        ("events", "/events", events_params),
        ("event", f"/events/{rng.randrange(1, events + 1)}", {}),
        ("actor", f"/actors/{qid}", {}),
        ("network", "/api/network", rng.choice([month, {"actor": qid}, {"code": rng.choice(CODES)[:2], **month}])),
        ("map", "/api/map", rng.choice([month, {"actor": qid}, {"code": rng.choice(CODES)[:2]}])),
    ]


def client(base: str, seed: int, rounds: int, events: int, deadline: float,
           samples: dict[str, list[float]], errors: dict[str, list[str]], lock: threading.Lock) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as http:
        for _ in range(rounds):
            if time.monotonic() > deadline:
                return
            for page, path, params in requests_of(rng, events):
                began = time.perf_counter()
                try:
                    response = http.get(path, params=params)
                    failed = None if response.status_code == 200 else f"{response.status_code} {path} {params}"
                except httpx.HTTPError as exc:
                    failed = f"{type(exc).__name__} {path}"
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    samples[page].append(elapsed)
                    if failed:
                        errors[page].append(failed)


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=40, help="rounds of pages per client")
    parser.add_argument("--seconds", type=float, default=600, help="stop asking after this long")
    parser.add_argument("--db", type=Path, help="an existing generated store (else one is built in a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khronika-web-bench-") as tmp:
        db = args.db or Path(tmp) / "generated.duckdb"
        if not db.exists():
            began = time.perf_counter()
            build(db, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - began:.0f} s")
        events = connect(db, read_only=True)
        total = events.execute("SELECT count(*) FROM events").fetchall()[0][0]
        events.close()
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "khronika", "serve", "--db", str(db), "--port", str(port)],
                                  env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    # warms the caches once, and loads the gazetteer a name filter looks up
                    httpx.get(base + "/events", params={"actor": "Лавров"}, timeout=60)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            samples: dict[str, list[float]] = defaultdict(list)
            errors: dict[str, list[str]] = defaultdict(list)
            lock = threading.Lock()
            deadline = time.monotonic() + args.seconds
            threads = [threading.Thread(target=client, args=(base, seed, args.requests, total, deadline, samples,
                                                             errors, lock)) for seed in range(args.clients)]
            began = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)
    asked = sum(len(s) for s in samples.values())
    print(f"{total:,} events; {args.clients} concurrent clients on 127.0.0.1; {asked} requests in {wall:.0f} s "
          f"({asked / wall:.1f} requests/s)")
    print("| page | requests | p50 ms | p95 ms | target p95 | errors |\n|---|---|---|---|---|---|")
    for page in TARGETS:
        ordered = sorted(samples[page])
        p95 = percentile(ordered, 0.95)
        verdict = "met" if p95 < TARGETS[page] else "MISSED"
        print(f"| {page} | {len(ordered)} | {statistics.median(ordered):.0f} | {p95:.0f} | < {TARGETS[page]} ({verdict}) "
              f"| {len(errors[page])} |")
    for page, failures in errors.items():
        for failure in failures[:5]:
            print(f"  {page}: {failure}")


if __name__ == "__main__":
    main()
