"""A local news site for the watcher's tests: the pages under ``site/`` and every fault a real one
sends. Started by the tests on 127.0.0.1 in a thread; ``python tests/live/server.py`` serves it on
port 8765 for ``khronika watch examples/sources-local.yaml``.

Files are served with ``{base}`` replaced by the server's address, an ETag and Last-Modified (so
conditional GETs get 304), gzip when asked for, and ``charset=utf-8`` only for files that are UTF-8:
a Windows-1251 or KOI8-R file comes with no declared charset at all.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).parent / "site"
LAST_MODIFIED = "Mon, 08 Sep 2025 06:00:00 GMT"
HUGE = 50 * 2**20


@dataclass
class Site:
    base: str = ""
    requests: list[str] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)  # every User-Agent seen
    faults: dict[str, str] = field(default_factory=dict)  # path -> fault name, to break a good path
    delay: dict[str, float] = field(default_factory=dict)  # path prefix -> seconds before answering
    on_request: Callable[[str], None] = lambda path: None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(path.startswith(prefix) for path in self.requests)


class Handler(BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: object) -> None:  # quiet in test output
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.site.lock:
            self.site.requests.append(path)
            self.site.agents.add(self.headers.get("User-Agent") or "")
        self.site.on_request(path)
        for prefix, seconds in self.site.delay.items():
            if path.startswith(prefix):
                time.sleep(seconds)
        fault = self.site.faults.get(path) or (path.removeprefix("/fault/") if path.startswith("/fault/") else None)
        try:
            if fault:
                self.fault(fault)
            else:
                self.file(path)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (size cap, timeout)
            pass

    def file(self, path: str) -> None:
        target = (SITE / path.lstrip("/")).resolve()
        if SITE.resolve() not in target.parents or not target.is_file():
            return self.answer(404, b"<html><body>Not found</body></html>", "text/html; charset=utf-8")
        body = target.read_bytes().replace(b"{base}", self.site.base.encode("ascii"))
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.answer(304, b"", None, {"ETag": etag})
        kind = {".xml": "application/rss+xml", ".html": "text/html", ".txt": "text/plain"}.get(target.suffix, "text/plain")
        try:
            body.decode("utf-8")
            kind += "; charset=utf-8"
        except UnicodeDecodeError:
            pass  # as old sites do: no charset anywhere
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if "gzip" in (self.headers.get("Accept-Encoding") or "") and target.suffix == ".xml":
            body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
        self.answer(200, body, kind, headers)

    def fault(self, name: str) -> None:
        if name == "timeout":
            time.sleep(3)
            return self.answer(200, b"<rss/>", "application/rss+xml")
        if name == "500":
            return self.answer(500, b"<html><body>Internal Server Error</body></html>", "text/html")
        if name == "loop":
            return self.answer(302, b"", None, {"Location": self.path})
        if name == "html":
            page = "<!DOCTYPE html><html><body><h1>Сервис временно недоступен</h1></body></html>"
            return self.answer(200, page.encode("utf-8"), "text/html; charset=utf-8")
        if name == "truncated":
            feed = (SITE / "news/rss.xml").read_bytes().replace(b"{base}", self.site.base.encode("ascii"))
            return self.answer(200, feed[: len(feed) // 3], "application/rss+xml; charset=utf-8")
        if name == "huge":  # 50 MB with no Content-Length: only reading tells how large it is
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            chunk = b"<item>" + b"x" * 65530 + b"\n"
            for _ in range(HUGE // len(chunk)):
                self.wfile.write(chunk)
            return None
        if name == "badgzip":
            return self.answer(200, b"\x1f\x8b\x08\x00garbage that is not deflate" * 20, "application/rss+xml",
                               {"Content-Encoding": "gzip"})
        return self.answer(404, b"<html><body>Not found</body></html>", "text/html; charset=utf-8")

    def answer(self, status: int, body: bytes, kind: str | None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(port: int = 0, site: Site | None = None) -> Iterator[Site]:
    site = site or Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    port = parser.parse_args().port
    with serve(port) as running:
        print(f"serving {SITE} at {running.base} (Ctrl-C to stop)", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
