"""Plain-text files: one article each; the file name is its id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khronika.model import Article
from khronika.readers.decode import UnreadableError, decode
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure


def read_text(path: Path, data: bytes, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    try:
        text, warning = decode(data)
    except UnreadableError as exc:
        yield ReadFailure(str(path), str(exc), id=path.stem)
        return
    article = options.article(path.stem, text)
    if warning:
        article.warn(warning)
    yield article
