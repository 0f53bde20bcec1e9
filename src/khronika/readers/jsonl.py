"""JSON Lines: one article per line, ``{"id", "text", "title"?, "published"?, "source"?, "url"?}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from khronika.model import Article
from khronika.readers.decode import UnreadableError, decode
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure


def read_jsonl(path: Path, data: bytes, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    try:
        text, _ = decode(data)
    except UnreadableError as exc:
        yield ReadFailure(str(path), str(exc))
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield parse_line(line, f"{path}:{number}", f"{path.stem}-{number}", options)


def parse_line(line: str, origin: str, fallback_id: str, options: ReadOptions) -> Article | ReadFailure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:  # arrays or objects nested thousands deep
        return ReadFailure(origin, "invalid JSON: nested too deeply to be an article")
    if not isinstance(record, dict):
        return ReadFailure(origin, "a JSON Lines article must be an object")
    text = record.get("text")
    article_id = str(record.get("id") or fallback_id)
    if not isinstance(text, str):
        return ReadFailure(origin, "missing or non-string \"text\" field", id=article_id)
    published = record.get("published")
    return options.article(
        article_id,
        text,
        published=str(published) if published else None,
        source=record.get("source"),
        title=record.get("title"),
        url=record.get("url"),
    )
