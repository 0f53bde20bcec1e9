"""RSS and Atom feeds: one article per entry, its full content where the feed carries it."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from xml.sax import SAXException

import feedparser

from khronika.model import Article
from khronika.readers.decode import charset_of
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure

_TAG = re.compile(r"<[^>]+>")


def read_feed(
    path: Path, data: bytes, options: ReadOptions, charset: str | None = None
) -> Iterator[Article | ReadFailure]:
    """``charset``: the one the HTTP response declared, if any. feedparser would fall back to
    Windows-1252 for an undeclared Cyrillic feed, so the encoding is settled here and handed to it."""
    content_type = f"application/xml; charset={charset_of(data, charset)}"
    feed = feedparser.parse(data, response_headers={"content-type": content_type})
    entries = feed.entries
    if not entries:
        yield ReadFailure(str(path), _unreadable(feed, data))
        return
    damage = feed.get("bozo_exception")
    if isinstance(damage, SAXException):
        # feedparser's lenient parser reads past damage; a document that ends early may end inside
        # its last entry, so that one is left out
        cut = "no element found" in str(damage)
        if cut:
            entries = entries[:-1]
        kept = f"the {len(entries)} whole entries before it were read" if cut else \
            f"its {len(entries)} entries were read by the lenient parser"
        yield ReadFailure(str(path), f"{'truncated' if cut else 'malformed'} feed: {_one_line(damage)}; {kept}")
    source = _host(feed.feed.get("link", ""))
    for number, entry in enumerate(entries, 1):
        yield _entry_article(entry, f"{path.stem}-{number}", source, options)


def _unreadable(feed: feedparser.FeedParserDict, data: bytes) -> str:
    if feed.bozo:
        return f"not a readable feed: {_one_line(feed.bozo_exception)}"
    if not feed.get("version"):
        html = b"<html" in data[:2048].lower()
        return "not an RSS or Atom feed" + (": an HTML page (an error page?)" if html else "")
    return "the feed has no entries"


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _entry_article(entry: dict, fallback_id: str, source: str | None, options: ReadOptions) -> Article:
    title = _plain(entry.get("title") or "")
    body = _plain(_content(entry))
    text = f"{title}\n\n{body}" if title and body else title or body
    return options.article(
        entry.get("id") or entry.get("link") or fallback_id,
        text,
        published=_published(entry),
        source=source,
        title=title or None,
        url=entry.get("link"),
    )


def _content(entry: dict) -> str:
    contents = entry.get("content") or []
    if contents:
        return max((c.get("value") or "" for c in contents), key=len)
    return entry.get("summary") or ""


def _plain(html: str) -> str:
    text = _TAG.sub(" ", html.replace("</p>", "\n").replace("<br>", "\n"))
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def _published(entry: dict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _host(url: str) -> str | None:
    match = re.match(r"https?://(?:www\.)?([^/]+)", url)
    return match.group(1) if match else None
