"""Defaults that apply to every article read from one command's inputs, and the one rule that
applies them: the document's own value, else the command-line default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from khronika.dates import parse_date
from khronika.model import Article


@dataclass(frozen=True)
class ReadOptions:
    published: str | None = None  # --published, for inputs that carry no date
    source: str | None = None  # --source, for inputs that name no source

    def __post_init__(self) -> None:
        if self.published is None:
            return
        try:
            date.fromisoformat(self.published)
        except ValueError:
            raise ValueError(f"--published must be a date as YYYY-MM-DD, not {self.published!r}") from None

    def article(
        self, id: str, text: str, published: str | None = None, source: str | None = None,
        title: str | None = None, url: str | None = None,
    ) -> Article:
        """An article as a reader found it, with the defaults filling only what the document lacks.

        The document's date is parsed here, once (ISO, RFC 2822, Russian dates); one that cannot be
        read is kept in ``published_raw`` and said in the errors, and the default stands in for it."""
        day = parse_date(published)
        article = Article(
            id=id, text=text, published=day.isoformat() if day else self.published,
            source=source or self.source, title=title, url=url,
        )
        if published and day is None:
            article.published_raw = published
            article.warn(f"publication date {published!r} is not a full date")
        return article
