"""Sitemaps, for sources without a feed: the newest page URLs of a ``urlset`` (news sitemaps give
each a publication date and title), or of the newest child of a ``sitemapindex``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass


class SitemapError(ValueError):
    """Not a readable sitemap."""


@dataclass
class Entry:
    url: str
    published: str | None = None
    title: str | None = None


@dataclass
class Sitemap:
    entries: list[Entry]
    children: list[str]  # for an index: the child sitemaps, newest first


def read_sitemap(data: bytes) -> Sitemap:
    try:
        root = ET.fromstring(data)  # expat refuses entity expansion bombs
    except ET.ParseError as exc:
        raise SitemapError(f"not a readable sitemap: {exc}") from None
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap: the root element is <{kind}>")
    items = []
    for node in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in node.iter()}
        if fields.get("loc"):
            items.append(Entry(fields["loc"], fields.get("publication_date") or fields.get("lastmod"),
                               fields.get("title")))
    items.sort(key=lambda e: e.published or "", reverse=True)
    if kind == "sitemapindex":
        return Sitemap([], [e.url for e in items])
    return Sitemap(items, [])


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
