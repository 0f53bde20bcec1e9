"""Turn input paths (files or folders) into articles, choosing a reader by name and content."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from khronika.model import Article
from khronika.readers.feed import read_feed
from khronika.readers.html import read_html
from khronika.readers.jsonl import read_jsonl
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure
from khronika.readers.text import read_text
from khronika.readers.warc import read_warc

Reader = Callable[[Path, bytes, ReadOptions], Iterator[Article | ReadFailure]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
}
_BY_SUFFIX = {
    ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc",
}


def detect_format(path: Path, head: bytes) -> str:
    name = path.name.lower()
    if name.endswith((".warc.gz", ".warc")) or head.startswith(b"WARC/"):
        return "warc"
    sniffed = head.lstrip()[:512].lower()
    if any(tag in sniffed for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if path.suffix.lower() in _BY_SUFFIX:
        return _BY_SUFFIX[path.suffix.lower()]
    if sniffed.startswith((b"<!doctype html", b"<html")):
        return "html"
    if sniffed.startswith(b"{"):
        return "jsonl"
    return "text"


# In a folder of inputs, files that configure rather than report (examples/ holds sources files for
# `khronika watch`); named one by one, they are read as any other file.
NOT_INPUTS = (".yaml", ".yml")


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and not p.name.startswith(".") and p.suffix.lower() not in NOT_INPUTS)
        else:
            yield path


def read_inputs(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Article | ReadFailure]:
    for path in expand(Path(p) for p in paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield ReadFailure(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        fmt = detect_format(path, data[:4096])
        found = 0
        try:
            for item in READERS[fmt](path, data, options):
                found += 1
                yield item
        except Exception as exc:  # a reader's library choking on malformed input
            found += 1
            yield ReadFailure(str(path), f"unreadable {fmt} input: {type(exc).__name__}: {' '.join(str(exc).split())}")
        if not found:  # every input is accounted for: stored, or failed with a reason
            yield ReadFailure(str(path), f"no article in this {fmt} input")
