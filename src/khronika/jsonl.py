"""One JSON Lines record: a JSON object on one line that every line splitter keeps whole.

``json.dumps(..., ensure_ascii=False)`` keeps Russian readable but leaves U+0085, U+2028 and U+2029
raw inside strings; JSON allows them there, yet Python's ``str.splitlines()`` (and many JSONL
readers, the gold scorer among them) break a line at each, so an article whose text holds one came
out as two unreadable lines. They are written as escapes; nothing else changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# the characters above U+001F that str.splitlines() takes for line ends (those below are escaped by json)
LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def line(record: Any, default: Callable[[Any], Any] | None = None) -> str:
    """``record`` as one JSON Lines line, with its newline."""
    text = json.dumps(record, ensure_ascii=False, default=default)
    for raw, escaped in LINE_BREAKS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text + "\n"
