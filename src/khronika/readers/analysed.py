"""`khronika extract` output read back: articles already analysed, in the output contract's shape."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from khronika.model import Article
from khronika.readers.inputs import expand
from khronika.readers.source import ReadFailure


def read_analysed(paths: Sequence[str | Path]) -> Iterator[Article | ReadFailure]:
    """Articles from `khronika extract` output (JSON Lines, one article per line)."""
    for path in expand(Path(p) for p in paths):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            yield ReadFailure(str(path), f"cannot read extract output: {exc}")
            continue
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                yield ReadFailure(f"{path}:{number}", f"not an article of `khronika extract` output: {exc}")
