"""Token look-ups by character span, with the token start offsets computed once per document.

``Doc.tokens_in`` rebuilds its offset list on every call; components that look up every
mention use this instead so a long article costs O(n log n), not O(n²).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from khronika.nlp.doc import Doc, Token

_STARTS = "_token_starts"


def token_starts(doc: Doc) -> list[int]:
    starts = doc.extras.get(_STARTS)
    if starts is None or len(starts) != len(doc.tokens):
        starts = doc.extras[_STARTS] = [t.start for t in doc.tokens]
    return starts


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens overlapping the character span [start, end)."""
    starts = token_starts(doc)
    lo = max(bisect_right(starts, start) - 1, 0)
    hi = bisect_left(starts, end)
    return [t for t in doc.tokens[lo:hi] if t.end > start and t.start < end]
