"""The store as the web app reads it: one connection, a cursor per request, and a time limit after
which a query is interrupted (a slow filter must not hold a worker thread for ever). The connection
is read-only, unless the server also follows sources (``serve --watch``): DuckDB lets one process
write a file and no other open it, so the watcher then writes from a thread of this process
through a cursor of the same connection (docs/live.md), and the pages still only read."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from khronika.store import connect

T = TypeVar("T")

# Seconds a request's queries may take together before they are interrupted.
TIME_LIMIT = 10.0


class QueryTimeout(Exception):
    """A query ran past the time limit and was interrupted."""


class WebStore:
    def __init__(self, path: Path, time_limit: float = TIME_LIMIT, writable: bool = False) -> None:
        self.path = path
        self.time_limit = time_limit
        self.con = connect(path, read_only=not writable)  # raises StoreUnavailable when missing or locked
        self._opening = threading.Lock()  # requests run in threads; the parent connection hands out one cursor at a time

    def run(self, ask: Callable[..., T], *args: object) -> T:
        """``ask(cursor, *args)`` on a cursor of its own, interrupted after the time limit."""
        with self._opening:
            cursor = self.con.cursor()
        timer = threading.Timer(self.time_limit, cursor.interrupt)
        timer.start()
        try:
            return ask(cursor, *args)
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query took longer than {self.time_limit:g} s and was stopped: "
                               "narrow the filters (a date range, an actor or a code)") from None
        finally:
            timer.cancel()
            cursor.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for a thread that is not a request (the watcher)."""
        with self._opening:
            return self.con.cursor()

    def close(self) -> None:
        self.con.close()
