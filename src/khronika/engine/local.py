"""The local engine: batches in this process (one worker) or over a pool of worker processes.

Each pool worker is a fresh interpreter (``spawn``: no inherited threads or model state) that
loads the models once in its initializer and then analyses batch after batch. Results come back
in input order. A worker that dies (killed, out of memory, a fault in native code) breaks the
pool; the pool is restarted and the batch it was running is retried alone, then article by
article, so only the article that kills a worker is lost, and it is reported as failed.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from khronika.batching import chop
from khronika.engine import Sink
from khronika.engine.batch import failed, process_articles, process_batch
from khronika.model import Article
from khronika.pipeline import default_pipeline

# Batches queued per worker: enough that a worker never waits for the next one, few enough that
# finished results do not pile up behind a slow batch.
QUEUED_PER_WORKER = 2
CRASH_REASON = "worker crashed while analysing this article (killed, out of memory or a fault in native code)"


def run_local(
    articles: Iterable[Article], workers: int = 1, batch_size: int = 32, sink: Sink | None = None
) -> Iterator[Article]:
    batches = chop(articles, batch_size)
    if workers <= 1:  # on copies, so inputs stay untouched as they do with workers elsewhere
        for batch in batches:
            yield from process_articles([Article.from_dict(a.to_dict()) for a in batch], sink)
        return
    with WorkerPool(workers, sink) as pool:
        yield from pool.run(batches)


def _load_models() -> None:
    default_pipeline()


class WorkerPool:
    def __init__(self, workers: int, sink: Sink | None, task: Callable[..., list[dict]] = process_batch) -> None:
        self.workers = workers
        self.sink = sink
        self.task = task  # module-level, so workers can unpickle it
        self.executor = self._start()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def run(self, batches: Iterable[list[Article]]) -> Iterator[Article]:
        pending: deque[tuple[list[Article], Future]] = deque()
        for batch in batches:
            pending.append((batch, self.submit(batch)))
            if len(pending) >= QUEUED_PER_WORKER * self.workers:
                yield from self.collect(pending)
        while pending:
            yield from self.collect(pending)

    def submit(self, batch: list[Article]) -> Future:
        return self.executor.submit(self.task, [a.to_dict() for a in batch], self.sink)

    def collect(self, pending: deque[tuple[list[Article], Future]]) -> list[Article]:
        batch, future = pending.popleft()
        try:
            return [Article.from_dict(r) for r in future.result()]
        except BrokenProcessPool:
            self.restart()
            done = self.isolate(batch)
            for i, (queued, _) in enumerate(pending):  # their futures died with the pool
                pending[i] = (queued, self.submit(queued))
            return done
        except Exception as exc:  # the worker raised outside the pipeline's own isolation
            return failed(batch, f"worker error: {type(exc).__name__}: {exc}")

    def isolate(self, batch: list[Article]) -> list[Article]:
        """After a crash, on a fresh pool: rerun the batch alone; if it crashes again, find the article."""
        try:
            return [Article.from_dict(r) for r in self.submit(batch).result()]
        except BrokenProcessPool:
            self.restart()
        if len(batch) == 1:
            return failed(batch, CRASH_REASON)
        return [article for one in chop(batch, 1) for article in self.isolate(one)]

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_load_models)

