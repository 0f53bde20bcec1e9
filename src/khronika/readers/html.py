"""HTML pages: the article body, title and date through trafilatura."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from khronika.model import Article
from khronika.readers.decode import UnreadableError, decode
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure


def read_html(
    path: Path, data: bytes, options: ReadOptions, charset: str | None = None
) -> Iterator[Article | ReadFailure]:
    """``charset``: the one the HTTP response declared, if any (else the page's own, else detected)."""
    try:
        html, _ = decode(data, charset)
    except UnreadableError as exc:
        yield ReadFailure(str(path), str(exc), id=path.stem)
        return
    yield parse_html(html, path.stem, str(path), options)


def parse_html(html: str, article_id: str, origin: str, options: ReadOptions, url: str | None = None) -> Article | ReadFailure:
    import trafilatura  # ~0.5 s of imports that a command reading no HTML should not pay at start-up

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, url=url)
    if not extracted:
        return ReadFailure(origin, "no article text found in the HTML page", id=article_id)
    meta = json.loads(extracted)
    text = meta.get("text") or ""
    title = meta.get("title")
    return options.article(
        article_id,
        f"{title}\n\n{text}" if title and not text.startswith(title) else text,
        published=meta.get("date"),
        source=meta.get("hostname") or meta.get("sitename"),
        title=title,
        url=url or meta.get("url"),
    )
