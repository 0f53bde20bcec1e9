"""WARC archives: each HTML response record is one article."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from khronika.model import Article
from khronika.readers.decode import decode
from khronika.readers.html import parse_html
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure


def read_warc(path: Path, data: bytes, options: ReadOptions) -> Iterator[Article | ReadFailure]:
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response" or "html" not in (record.http_headers.get_header("Content-Type") or ""):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            html, _ = decode(record.content_stream().read())
            yield parse_html(html, url or f"{path.stem}-{number}", f"{path}#{number}", options, url=url)
    except (ArchiveLoadFailed, ValueError, AttributeError, EOFError) as exc:  # warcio on a cut or garbled record
        yield ReadFailure(str(path), f"unreadable WARC: {type(exc).__name__}: {' '.join(str(exc).split())}")
