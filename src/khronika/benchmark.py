"""The benchmark: bare natasha against Khronika's engines on the same articles, in one run.

It sits above the engine and the store (it runs both, and bare natasha), so it is not part of
either package.

Every configuration runs in a fresh interpreter (``python -m khronika.benchmark CONFIG ...``)
so its peak RSS and CPU time are its own. Throughput is wall-clock and includes loading the
models (a Ray run excludes only starting the local Ray instance, reported apart, since a cluster
is already up); CPU seconds are counted too, because on a shared machine wall time also measures
the neighbours.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import cycle, islice
from pathlib import Path

from khronika.batching import chop
from khronika.model import Article

CONFIGS = ("natasha", "khronika-1", "local-2", "ray-2")
# The dev texts of the gold data, as news-like Russian prose of realistic lengths.
CORPUS_GLOBS = (
    "data/factRuEval-2016/devset/book_*.txt",
    "data/nerel/NEREL-v1.1/dev/*.txt",
    "data/slavicner-ru/raw/*/ru/*.txt",
)


@dataclass
class Result:
    config: str
    articles: int
    chars: int
    seconds: float  # wall clock, model loading included
    cpu_seconds: float  # all processes doing the work
    peak_rss_mb: float  # the largest worker (or this process for in-process runs)
    workers: int = 1
    notes: dict[str, float] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds


def corpus(shared: Path, count: int) -> list[Article]:
    """``count`` articles cycling through the dev texts (each repeat gets its own id)."""
    paths = sorted(p for pattern in CORPUS_GLOBS for p in shared.glob(pattern))
    if not paths:
        raise FileNotFoundError(f"no dev texts under {shared}/data: pass the shared folder (--shared)")
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    return [
        Article(id=f"{name}~{i // len(texts)}", text=text, published="2025-09-01", source="bench")
        for i, (name, text) in enumerate(islice(cycle(texts), count))
    ]


def measure(config: str, shared: Path, count: int, batch_size: int) -> Result:
    """Run one configuration in this process (call it in a fresh one: see ``run_isolated``)."""
    articles = corpus(shared, count)
    chars = sum(len(a.text) for a in articles)
    runner = {"natasha": _bare_natasha, "khronika-1": _local(1), "local-2": _local(2), "ray-2": _ray(2)}[config]
    return runner(config, articles, chars, batch_size)


def run_isolated(config: str, shared: Path, count: int, batch_size: int) -> Result:
    command = [sys.executable, "-m", "khronika.benchmark", config, str(shared), str(count), str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, env=_single_threaded_env())
    if done.returncode != 0:
        raise RuntimeError(f"{config} failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Result(**data)


def _single_threaded_env() -> dict[str, str]:
    # One BLAS thread per worker: parallelism comes from workers, not from threads fighting over cores.
    return {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _bare_natasha(config: str, articles: list[Article], chars: int, batch_size: int) -> Result:
    """natasha's README pipeline, one document at a time."""
    started, cpu = time.perf_counter(), _cpu()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    for article in articles:
        doc = Doc(article.text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for token in doc.tokens:
            token.lemmatize(vocab)
        for span in doc.spans:
            span.normalize(vocab)
    return Result(config, len(articles), chars, time.perf_counter() - started, _cpu() - cpu, _peak_mb())


def _local(workers: int) -> Callable[..., Result]:
    def run_local(config: str, articles: list[Article], chars: int, batch_size: int) -> Result:
        from khronika.engine import EngineOptions, run

        started, cpu = time.perf_counter(), _cpu() + _cpu(resource.RUSAGE_CHILDREN)
        for _ in run(articles, EngineOptions(workers=workers, batch_size=batch_size)):
            pass
        seconds = time.perf_counter() - started
        cpu_seconds = _cpu() + _cpu(resource.RUSAGE_CHILDREN) - cpu
        rss = _peak_mb() if workers == 1 else _peak_mb(resource.RUSAGE_CHILDREN)  # children: the pool, ended
        return Result(config, len(articles), chars, seconds, cpu_seconds, rss, workers)

    return run_local


def _ray(workers: int) -> Callable[..., Result]:
    def run_ray(config: str, articles: list[Article], chars: int, batch_size: int) -> Result:
        from khronika.engine import EngineOptions, run
        from khronika.engine.ray_engine import connect, import_ray

        ray = import_ray()
        started = time.perf_counter()
        connect(ray, None, workers)
        ray_start = time.perf_counter() - started
        with ActorWatch() as watch:
            started, cpu = time.perf_counter(), _cpu()
            for _ in run(articles, EngineOptions(engine="ray", workers=workers, batch_size=batch_size)):
                pass
            seconds = time.perf_counter() - started
        cpu_seconds = _cpu() - cpu + watch.cpu_seconds()
        notes = {"ray_start_seconds": round(ray_start, 2), "actors_seen": len(watch.peak),
                 "peak_pss_mb": round(watch.peak_pss_mb(), 1)}
        return Result(config, len(articles), chars, seconds, cpu_seconds, watch.peak_mb(), workers, notes)

    return run_ray


class ActorWatch:
    """Samples the RSS, PSS and CPU time of this process's Ray actor processes while a run goes on.

    An actor's RSS counts in full the pages it shares with the other actors and the raylet (Ray's
    and Arrow's libraries, the object store it maps); PSS counts each shared page once across
    them, which is what another actor on the node adds."""

    MARK = "MapBatches"
    INTERVAL = 0.2

    def __init__(self) -> None:
        self.peak: dict[int, float] = {}
        self.peak_pss: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> ActorWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(self.INTERVAL):
            for process in me.children(recursive=True):
                try:
                    if self.MARK not in " ".join(process.cmdline()):
                        continue
                    rss = process.memory_info().rss / 2**20
                    pss = getattr(process.memory_full_info(), "pss", 0) / 2**20
                    times = process.cpu_times()
                    self.peak[process.pid] = max(self.peak.get(process.pid, 0.0), rss)
                    self.peak_pss[process.pid] = max(self.peak_pss.get(process.pid, 0.0), pss)
                    self.cpu[process.pid] = times.user + times.system
                except psutil.Error:
                    continue

    def peak_mb(self) -> float:
        return max(self.peak.values(), default=0.0)

    def peak_pss_mb(self) -> float:
        return max(self.peak_pss.values(), default=0.0)

    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())


def table(results: list[Result], baseline: str = "natasha") -> str:
    base = next((r for r in results if r.config == baseline), None)
    header = (
        f"{'config':<12}{'articles':>9}{'art/s':>9}{'chars/s':>10}{'× natasha':>11}{'art/cpu-s':>11}{'cores used':>12}"
        f"{'peak RSS/worker':>17}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        ratio = f"{r.per_second / base.per_second:.2f}×" if base else "-"
        lines.append(
            f"{r.config:<12}{r.articles:>9}{r.per_second:>9.2f}{r.chars_per_second:>10.0f}{ratio:>11}"
            f"{r.articles / r.cpu_seconds:>11.2f}{r.cpu_seconds / r.seconds:>12.2f}{r.peak_rss_mb:>14.0f} MB"
        )
    return "\n".join(lines)


def scaling_line(results: list[Result], workers: int = 2) -> str | None:
    one = next((r for r in results if r.config == "khronika-1"), None)
    many = next((r for r in results if r.config == f"local-{workers}"), None)
    if not (one and many):
        return None
    return f"local {workers} workers / 1 worker: {many.per_second / one.per_second:.2f}×"


def as_json(results: list[Result]) -> str:
    return json.dumps([dict(asdict(r), per_second=r.per_second, chars_per_second=r.chars_per_second) for r in results])


def main(argv: list[str]) -> None:
    config, shared, count, batch_size = argv
    result = measure(config, Path(shared), int(count), int(batch_size))
    print(json.dumps(asdict(result)))


if __name__ == "__main__":
    main(sys.argv[1:])


def store_growth(shared: Path, analysed: int, total: int, step: int, db: Path) -> list[tuple[int, float, float]]:
    """Time per article as the DuckDB store grows: analyse ``analysed`` articles once, then store
    copies (fresh ids) ``step`` at a time up to ``total``. Returns (stored before, ms/article to
    store, ms/article to analyse) per step; analysis cost does not depend on the store."""
    from khronika.engine.batch import process_articles
    from khronika.store.schema import connect
    from khronika.store.writer import store_analysed

    articles = corpus(shared, analysed)
    started = time.perf_counter()
    done = [a for batch in chop(articles, 32) for a in process_articles(batch)]
    analyse_ms = 1000 * (time.perf_counter() - started) / len(done)
    records = [a.to_dict() for a in done]
    con = connect(db)
    points = []
    try:
        for stored in range(0, total, step):
            chunk = [_copy(records[i % len(records)], f"g{stored + i}") for i in range(step)]
            started = time.perf_counter()
            store_analysed(chunk, con)
            points.append((stored, 1000 * (time.perf_counter() - started) / step, analyse_ms))
    finally:
        con.close()
    return points


def _copy(record: dict, new_id: str) -> Article:
    # The store skips a text it holds already; a trailing line keeps every offset valid.
    return Article.from_dict(dict(record, id=new_id, text=f"{record['text']}\n{new_id}"))
