"""What an article tells the linker before any mention is read: its date and its home country."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

from khronika.data import pairs
from khronika.model import Article


@dataclass
class Context:
    on: date | None  # the publication date: offices are read as of that day
    source_country: str | None  # ISO-3 of the source's country (kazpravda.kz -> KAZ)
    countries: Counter[str] = field(default_factory=Counter)  # countries named in the article

    @property
    def home(self) -> str | None:
        """The country a bare title belongs to: the source's, else the one the article names most."""
        if self.source_country:
            return self.source_country
        top = self.countries.most_common(1)
        return top[0][0] if top else None


def source_country(article: Article) -> str | None:
    for raw in (article.source, article.url):
        if not raw:
            continue
        host = urlparse(raw).hostname if "://" in raw else raw.split("/")[0]
        tld = (host or "").lower().rstrip(".").rpartition(".")[2]
        if tld in pairs("source_countries"):
            return pairs("source_countries")[tld]
    return None


def article_context(article: Article) -> Context:
    return Context(article.published_date, source_country(article))
