"""Polite HTTP: conditional GET, a per-host pause, timeouts, retries with back-off, a size cap,
gzip, a clear User-Agent and robots.txt. Standard library only (urllib), so the fetcher adds no
dependency, and every failure ends as one `FetchError` with a one-line reason.
"""

from __future__ import annotations

import email.message
import http.client
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from khronika import __version__
from khronika.live.robots import Robots

USER_AGENT = f"Khronika/{__version__} (news event research; polls feeds at most every few minutes)"


class FetchError(Exception):
    """A response that could not be had: the reason is one line, and ``transient`` says whether a
    later poll may well succeed (timeouts, 5xx) or not (404, a page too large)."""

    def __init__(self, reason: str, transient: bool = False, status: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status = status  # the HTTP status, 0 when none came


@dataclass(frozen=True)
class Politeness:
    user_agent: str = USER_AGENT
    timeout: float = 20.0  # seconds per connect or read
    max_bytes: int = 10 * 2**20  # per response, after decompression: a news page is well under 1 MB
    retries: int = 2  # after the first try, for timeouts, connection errors, 429 and 5xx
    backoff: float = 5.0  # seconds before the first retry, doubled for each next one
    min_interval: float = 2.0  # seconds between two requests to one host
    robots: bool = True


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional GET found nothing new
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None  # as the Content-Type header declared it
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    policy: Politeness = Politeness()
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: dict[str, float] = field(default_factory=dict)
    _robots: Robots | None = None

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_Redirects())
        self._robots = Robots(self._fetch_robots, self.policy.user_agent, self.clock)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET with retries; raises `FetchError`. A 304 comes back as a `Response` with no body."""
        if self.policy.robots and self._robots and not self._robots.allowed(url):
            raise FetchError(f"robots.txt disallows {url}")
        headers = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers)
            except FetchError as exc:
                if not exc.transient or attempt >= self.policy.retries:
                    raise
                self.sleep(self.policy.backoff * 2**attempt)
                attempt += 1

    def _get_once(self, url: str, headers: dict[str, str]) -> Response:
        self._pause(url)
        request = urllib.request.Request(url, headers=headers)
        try:
            with self._opener.open(request, timeout=self.policy.timeout) as reply:
                body = self._read(reply)
                return _response(reply.geturl(), reply.status, reply.headers, body, self.policy.max_bytes)
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return _response(url, 304, exc.headers, b"", self.policy.max_bytes)
            # urllib's redirect handler gives up with a 30x and a several-line message
            reason = f"redirect loop or too many redirects (HTTP {exc.code})" if 300 <= exc.code < 400 else \
                f"HTTP {exc.code} {exc.reason}"
            raise FetchError(reason, transient=exc.code == 429 or exc.code >= 500, status=exc.code) from None
        except urllib.error.URLError as exc:
            timeout = isinstance(exc.reason, TimeoutError)
            raise FetchError(f"timed out after {self.policy.timeout:g} s" if timeout else f"cannot connect: {exc.reason}", transient=True) from None
        except TimeoutError:
            raise FetchError(f"timed out after {self.policy.timeout:g} s", transient=True) from None
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            raise FetchError(f"broken response: {type(exc).__name__}: {exc}", transient=True) from None

    def _read(self, reply: http.client.HTTPResponse) -> bytes:
        declared = reply.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
            raise FetchError(f"response too large: {int(declared):,} bytes (the cap is {self.policy.max_bytes:,})")
        body = reply.read(self.policy.max_bytes + 1)
        if len(body) > self.policy.max_bytes:
            raise FetchError(f"response too large: over {self.policy.max_bytes:,} bytes")
        return body

    def _pause(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            wait = last + self.policy.min_interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        try:
            response = self._get_once(url, {"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip"})
        except FetchError as exc:
            return exc.status, b""
        return response.status, response.body


def _response(url: str, status: int, headers: email.message.Message, body: bytes, cap: int) -> Response:
    encoding = (headers.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate") and body:
        body = _decompress(body, encoding, cap)
    return Response(
        url=url, status=status, body=body, content_type=headers.get_content_type(),
        charset=headers.get_content_charset(), etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
    )


def _decompress(body: bytes, encoding: str, cap: int) -> bytes:
    # wbits 47 reads gzip or zlib; -15 raw deflate, which some servers send as "deflate"
    for wbits in ((47,) if encoding != "deflate" else (47, -15)):
        inflater = zlib.decompressobj(wbits)
        try:
            data = inflater.decompress(body, cap + 1)
        except zlib.error as exc:
            error = exc
            continue
        if len(data) > cap:
            raise FetchError(f"response too large: over {cap:,} bytes once decompressed")
        if not inflater.eof:
            raise FetchError(f"{encoding} that does not decompress: the stream is cut short")
        return data
    raise FetchError(f"{encoding} that does not decompress: {error}")


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5  # a news page is reached in one or two
    max_repeats = 2  # the same URL twice more is a loop
