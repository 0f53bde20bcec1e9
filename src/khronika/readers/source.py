"""What a reader yields: articles, or a failure for input that could not be read at all."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ReadFailure:
    """An input (file, line, feed entry) that could not be turned into an article."""

    origin: str  # path, or path:line
    reason: str
    id: str | None = None
