"""Offset lookups over a Doc's tokens, built once per document."""

from __future__ import annotations

from bisect import bisect_left

from khronika.nlp.doc import Doc, Token

_STARTS = "quotes.token_starts"


def _starts(doc: Doc) -> list[int]:
    starts = doc.extras.get(_STARTS)
    if starts is None or len(starts) != len(doc.tokens):
        starts = doc.extras[_STARTS] = [t.start for t in doc.tokens]
    return starts


def token_from(doc: Doc, offset: int) -> Token | None:
    """The first token starting at or after ``offset``."""
    k = bisect_left(_starts(doc), offset)
    return doc.tokens[k] if k < len(doc.tokens) else None


def token_before(doc: Doc, offset: int) -> Token | None:
    """The last token starting before ``offset``."""
    k = bisect_left(_starts(doc), offset) - 1
    return doc.tokens[k] if k >= 0 else None


def is_punct(token: Token) -> bool:
    return token.pos == "PUNCT" or not any(ch.isalnum() for ch in token.text)


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting within [start, end), found by bisection on cached offsets."""
    starts = _starts(doc)
    return doc.tokens[bisect_left(starts, start) : bisect_left(starts, end)]
