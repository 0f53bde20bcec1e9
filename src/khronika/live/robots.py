"""robots.txt, read once a day per host, through the fetcher's own polite GET.

As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be had
(5xx, timeout) disallows everything until it can.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# GET a URL: its HTTP status (0 when no answer came) and body
Get = Callable[[str], tuple[int, bytes]]

KEEP = 24 * 3600.0  # seconds a host's rules are trusted
RETRY = 15 * 60.0  # seconds before an unreachable robots.txt is asked again


class Robots:
    def __init__(self, fetch: Get, user_agent: str, clock: Callable[[], float]) -> None:
        self.fetch = fetch
        self.agent = user_agent.split("/")[0]
        self.clock = clock
        self.rules: dict[str, tuple[float, RobotFileParser]] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.path == "/robots.txt":
            return True
        base = f"{parts.scheme}://{parts.netloc}"
        cached = self.rules.get(base)
        if cached is None or cached[0] < self.clock():
            self.rules[base] = cached = self._read(base)
        return cached[1].can_fetch(self.agent, url)

    def _read(self, base: str) -> tuple[float, RobotFileParser]:
        parser = RobotFileParser()
        status, body = self.fetch(f"{base}/robots.txt")
        if 400 <= status < 500:
            parser.parse([])  # no rules: everything allowed
        elif status != 200:
            parser.parse(["User-agent: *", "Disallow: /"])
            return self.clock() + RETRY, parser
        else:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return self.clock() + KEEP, parser
