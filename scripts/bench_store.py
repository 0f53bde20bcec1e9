"""Benchmark the chronicle store (not a test).

1. Ingest throughput: `khronika ingest` against `khronika extract` alone on the same articles
   (Russian Wikinews texts from NEREL), both as real CLI processes; reported in articles/s and as
   a ratio (1.0 = storing and merging cost nothing on top of extraction).
2. Query latency: p50/p95 of each query shape on a store of generated events (1 million by
   default), generated in DuckDB with vectorised SQL, not a Python loop of inserts.

    PYTHONPATH=src python scripts/bench_store.py [--articles 200] [--events 1000000] [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khronika.chronicle import ingest as ingest_inputs  # noqa: E402
from khronika.model import Actor, Article, Event, SentenceRef, TextSpan, Time  # noqa: E402
from khronika.query.agenda import agenda  # noqa: E402
from khronika.query.filters import Filters, find_events  # noqa: E402
from khronika.query.network import actor_graph  # noqa: E402
from khronika.query.timeline import timeline  # noqa: E402
from khronika.store import connect  # noqa: E402
from khronika.store.writer import store_analysed  # noqa: E402

FIRST = ["Алексей", "Борис", "Владимир", "Григорий", "Дмитрий", "Евгений", "Игорь", "Кирилл", "Михаил", "Николай",
         "Олег", "Павел", "Роман", "Сергей", "Тимур", "Фёдор", "Юрий", "Ярослав", "Андрей", "Виктор"]
LAST = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
        "Волков", "Алексеев", "Лавров", "Токаев", "Мирзиёев", "Алиев", "Пашинян", "Жапаров", "Рахмонов", "Фиданов",
        "Орлов", "Белов", "Зайцев", "Соловьёв", "Васильев", "Зуев", "Павлов", "Семёнов", "Голубев", "Виноградов",
        "Богданов", "Воробьёв", "Фролов", "Жуков", "Никитин", "Медведев", "Гусев", "Титов", "Кудрявцев", "Баранов"]
COUNTRIES = ["RUS", "KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "BLR", "CHN", "TUR", "USA", "FRA", "DEU", "IND"]
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "111", "112", "130", "163", "172"]
SOURCES = ["tass.ru", "ria.ru", "interfax.ru", "kommersant.ru", "rbc.ru", "kazpravda.kz", "inform.kz", "gazeta.uz"]
PLACES = ["Москва", "Астана", "Ташкент", "Бишкек", "Душанбе", "Ашхабад", "Баку", "Ереван", "Минск", "Пекин"]


# --- ingest throughput -----------------------------------------------------------------------

def cli_seconds(args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "khronika", *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def bench_ingest(count: int, work: Path) -> None:
    corpus = ROOT.parent / "shared" / "data" / "nerel" / "NEREL-v1.1" / "train"
    texts = sorted(corpus.glob("*.txt"))[:count]
    if not texts:
        print(f"no NEREL texts under {corpus}: skipping the ingest benchmark")
        return
    inputs = [str(p) for p in texts]
    cli_seconds(["extract", inputs[0], "-o", str(work / "warm.jsonl")])  # warm the disk cache for both runs
    extract = cli_seconds(["extract", *inputs, "--published", "2025-09-08", "-o", str(work / "out.jsonl")])
    ingested = cli_seconds(["ingest", *inputs, "--published", "2025-09-08", "--db", str(work / "ingest.duckdb")])
    again = cli_seconds(["ingest", *inputs, "--published", "2025-09-08", "--db", str(work / "ingest.duckdb")])
    con = connect(work / "analysed.duckdb")
    start = time.perf_counter()
    ingest_inputs([work / "out.jsonl"], con, analysed=True)  # in-process: the store's own cost, no start-up
    stored = time.perf_counter() - start
    con.close()
    n = len(texts)
    print(f"ingest: {n} articles; extract {n / extract:.1f} articles/s, ingest {n / ingested:.1f} articles/s, "
          f"ratio ingest/extract {extract / ingested:.2f}; re-ingest (all skipped) {again:.1f} s; "
          f"storing and merging extract output alone (--analysed, in-process) {n / stored:.1f} articles/s")


def synthetic_articles(count: int) -> list[Article]:
    """Analysed articles with three events each among 30 actors over a year: the merge at work."""
    rng = random.Random(11)
    articles = []
    for i in range(count):
        day = date(2025, 1, 1).fromordinal(date(2025, 1, 1).toordinal() + rng.randrange(365))
        text = f"Статья {i}. " + " ".join(f"{rng.choice(FIRST)} {rng.choice(LAST)} провел переговоры." for _ in range(3))
        events = []
        for k in range(3):
            a, b = rng.randrange(30), rng.randrange(30)
            when = Time("вчера", 0, 5, day.isoformat(), day.isoformat(), "day") if k else None
            events.append(Event(
                cameo=rng.choice(CODES), label="", modality=rng.choice(["factual", "factual", "planned"]),
                source=Actor(name=f"{FIRST[a % 20]} {LAST[a // 20]}", qid=f"Q{100000 + a}"),
                target=Actor(name=f"{FIRST[b % 20]} {LAST[b // 20]}", qid=f"Q{100000 + b}"),
                trigger=TextSpan("провел", 10, 16), sentence=SentenceRef(0, len(text)), time=when,
                goldstein=1.0, quad_class=1, confidence=0.7))
        articles.append(Article(id=f"syn-{i}", text=text, published=day.isoformat(), source=rng.choice(SOURCES),
                                events=events))
    return articles


def bench_store_only(count: int, work: Path) -> None:
    articles = synthetic_articles(count)
    con = connect(work / "synthetic.duckdb")
    start = time.perf_counter()
    store_analysed(articles, con)
    seconds = time.perf_counter() - start
    events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    print(f"store + merge alone: {count} analysed articles ({3 * count} mentions -> {events} events) "
          f"at {count / seconds:.0f} articles/s")


# --- a generated store -----------------------------------------------------------------------

def generate(con, events: int) -> None:
    """Fill a store with `events` events, ~1.5 mentions each, in a few vectorised statements."""
    actors = [(f"Q{100000 + i}", f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}",
               COUNTRIES[i % len(COUNTRIES)]) for i in range(len(FIRST) * len(LAST))]
    con.execute("CREATE TEMP TABLE actor_pool (i INTEGER, qid VARCHAR, name VARCHAR, country VARCHAR)")
    con.executemany("INSERT INTO actor_pool VALUES (?, ?, ?, ?)", [(i, *a) for i, a in enumerate(actors)])
    n_actors = len(actors)
    articles = events // 3
    con.execute(f"""
        INSERT INTO articles
        SELECT 'gen-' || i, i + 1, md5('gen-' || i), DATE '2024-01-01' + CAST(i * 730 // {articles} AS INTEGER),
               {sql_list(SOURCES)}[1 + i % {len(SOURCES)}], 'Заголовок ' || i, 'https://example.ru/' || i,
               'Текст статьи ' || i, 'ok', []
        FROM range({articles}) t(i)""")
    con.execute("INSERT INTO actors SELECT qid, name, qid, country || 'GOV', country FROM actor_pool")
    con.execute(f"""
        INSERT INTO entities
        SELECT 'gen-' || (i * 7 % {articles}), i, 0, 10, name, 'PER', 'PERSON', name, qid, country || 'GOV', country, NULL
        FROM actor_pool""")
    con.execute(f"""
        INSERT INTO events
        WITH g AS (
            SELECT i, hash(i) AS h, hash(i * 31 + 7) AS h2,
                   DATE '2024-01-01' + CAST(hash(i * 13) % 730 AS INTEGER) AS day
            FROM range({events}) t(i)
        )
        SELECT g.i + 1, c.code, left(c.code, 2), 'label ' || c.code,
               CASE WHEN h % 10 < 7 THEN 'factual' WHEN h % 10 < 9 THEN 'planned' ELSE 'possible' END,
               s.qid, s.name, s.qid, s.country || 'GOV', s.country, 'GOV',
               t.qid, t.name, t.qid, t.country || 'GOV', t.country, 'GOV',
               day, day + CAST(h2 % 3 AS INTEGER), 'day',
               p.place, 'QP' || p.k, NULL, NULL, s.country,
               1.9, 1, 0.8, 1 + CAST(h2 % 4 AS INTEGER), 1, 1, day, day + 1, 'CITY'
        FROM g
        JOIN (SELECT unnest({sql_list(CODES)}) AS code, generate_subscripts({sql_list(CODES)}, 1) - 1 AS k) c
          ON c.k = h % {len(CODES)}
        JOIN actor_pool s ON s.i = h % {n_actors}
        JOIN actor_pool t ON t.i = h2 % {n_actors}
        JOIN (SELECT unnest({sql_list(PLACES)}) AS place, generate_subscripts({sql_list(PLACES)}, 1) - 1 AS k) p
          ON p.k = h2 % {len(PLACES)}""")
    # one or two mentions per event, each in an article near the event's date
    con.execute(f"""
        INSERT INTO mentions (mention_id, article_id, idx, published, news_source, cameo, root, label, modality,
                              source_key, target_key, trigger_text, trigger_start, trigger_end, sentence_start,
                              sentence_end, sentence_index, sentence_text, confidence)
        SELECT 'gen-' || a || '#' || e.event_id || '-' || r, 'gen-' || a, r, e.first_seen,
               {sql_list(SOURCES)}[1 + a % {len(SOURCES)}], e.cameo, e.root, e.label, e.modality,
               e.source_key, e.target_key, 'визит', 0, 5, 0, 20, 1, 'Стороны обсудили визит.', 0.8
        FROM events e, range(1 + e.event_id % 2) t(r),
             LATERAL (SELECT CAST(hash(e.event_id * 3 + r) % {articles} AS BIGINT) AS a)""")
    con.execute("""INSERT INTO event_mentions SELECT mention_id, CAST(split_part(split_part(mention_id, '#', 2), '-', 1)
                   AS BIGINT), article_id, news_source FROM mentions""")
    con.execute("""INSERT INTO event_links SELECT f.event_id, 'realizes', f.event_id - 1 FROM events f
                   JOIN events p ON p.event_id = f.event_id - 1
                   WHERE f.modality = 'factual' AND p.modality = 'planned' AND f.event_id % 5 = 0""")
    con.execute("CHECKPOINT")


def sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v + "'" for v in values) + "]"


# --- query latency ---------------------------------------------------------------------------

def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def bench_queries(con, runs: int) -> None:
    rng = random.Random(7)
    qid = lambda: f"Q{100000 + rng.randrange(len(FIRST) * len(LAST))}"  # noqa: E731
    surname_any_case = lambda: rng.choice(LAST) + rng.choice(["а", "у", "ым", ""])  # noqa: E731
    day = lambda: date(2024, 1, 1).fromordinal(date(2024, 1, 1).toordinal() + rng.randrange(700))  # noqa: E731

    def window() -> tuple[date, date]:
        start = day()
        return start, start.fromordinal(start.toordinal() + 30)

    shapes: dict[str, Callable[[], object]] = {
        "query --actor QID": lambda: find_events(con, Filters(actor=qid(), limit=1000)),
        "query --actor CAMEO code": lambda: find_events(con, Filters(actor=rng.choice(COUNTRIES) + "GOV", limit=1000)),
        "query --actor name (any case)": lambda: find_events(con, Filters(actor=surname_any_case(), limit=1000)),
        "query --target QID --code root": lambda: find_events(con, Filters(target=qid(), code="04", limit=1000)),
        "query --code 042 --modality planned": lambda: find_events(con, Filters(code="042", modality="planned", limit=1000)),
        "query --from --to (30 days)": lambda: find_events(con, Filters(*(None,) * 4, *window(), limit=1000)),
        "query --place": lambda: find_events(con, Filters(place=rng.choice(PLACES), limit=1000)),
        "query --source --from --to": lambda: find_events(con, Filters(*(None,) * 4, *window(), None,
                                                                       rng.choice(SOURCES), limit=1000)),
        "query --actor --target --code --from --to": lambda: find_events(con, Filters(
            actor=qid(), target=qid(), code="0", date_from=date(2024, 1, 1), date_to=date(2025, 12, 31), limit=1000)),
        "timeline QID --by month": lambda: timeline(con, qid(), "month"),
        "timeline name --by day": lambda: timeline(con, surname_any_case(), "day"),
        "network --from --to (30 days)": lambda: actor_graph(con, Filters(*(None,) * 4, *window())),
        "agenda --from --to (30 days)": lambda: agenda(con, Filters(*(None,) * 4, *window())),
    }
    print(f"{'query shape':45} {'p50 ms':>8} {'p95 ms':>8} {'rows':>7}")
    for name, call in shapes.items():
        call()  # warm the caches once, as a user's second query would
        samples, size = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            result = call()
            samples.append((time.perf_counter() - start) * 1000)
            size = len(result) if hasattr(result, "__len__") else result.number_of_edges()
        p50, p95 = percentiles(samples)
        print(f"{name:45} {p50:8.1f} {p95:8.1f} {size:7d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="articles for the ingest benchmark (0: skip)")
    parser.add_argument("--synthetic", type=int, default=5000, help="analysed articles for the store-only benchmark")
    parser.add_argument("--events", type=int, default=1_000_000, help="generated events for the query benchmark")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query shape")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khronika-bench-") as tmp:
        work = Path(tmp)
        if args.articles:
            bench_ingest(args.articles, work)
        if args.synthetic:
            bench_store_only(args.synthetic, work)
        con = connect(work / "generated.duckdb")
        start = time.perf_counter()
        generate(con, args.events)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ("events", "mentions", "articles")}
        print(f"generated {counts} in {time.perf_counter() - start:.1f} s")
        con.close()
        con = connect(work / "generated.duckdb", read_only=True)
        bench_queries(con, args.runs)
        con.close()


if __name__ == "__main__":
    main()
