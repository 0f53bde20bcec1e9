"""Which quote a character offset stands in, for components that attach things to quotes."""

from __future__ import annotations

from khronika.model import Article


def quote_at(article: Article, offset: int, innermost: bool = True) -> int | None:
    """Index in ``article.quotes`` of the innermost (or, with ``innermost=False``, the top-level)
    quote whose words contain ``offset``; None outside every quote."""
    best: int | None = None
    for k, quote in enumerate(article.quotes):
        if not quote.start <= offset < quote.end:
            continue
        if best is None:
            best = k
            continue
        current = article.quotes[best]
        narrower = quote.end - quote.start < current.end - current.start
        if narrower == innermost:
            best = k
    return best
