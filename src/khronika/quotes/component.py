"""The ``quotes`` pipeline component: direct and indirect quotes with their cues and speakers."""

from __future__ import annotations

from khronika.model import Quote
from khronika.nlp.doc import Doc
from khronika.quotes.direct import find_direct
from khronika.quotes.indirect import attribute_by_phrase, find_indirect
from khronika.quotes.marks import find_marks
from khronika.registry import component


@component("quotes", requires=("tokens", "parse"), assigns=("quotes",))
class QuoteExtractor:
    """Fills ``article.quotes``; resolves speakers through ``Doc.mentions`` when ``link`` ran before it."""

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.article.quotes = extract_quotes(doc)


def extract_quotes(doc: Doc) -> list[Quote]:
    direct = find_direct(doc, find_marks(doc.text))
    attribute_by_phrase(doc, direct.quotes)
    indirect = find_indirect(doc, direct.quotes, direct.cues)
    return in_text_order(direct.quotes + indirect)


def in_text_order(quotes: list[Quote]) -> list[Quote]:
    """Quotes sorted by position, with ``parent`` indices renumbered to match."""
    order = sorted(range(len(quotes)), key=lambda k: (quotes[k].start, -quotes[k].end))
    new_index = {old: new for new, old in enumerate(order)}
    result = [quotes[k] for k in order]
    for quote in result:
        if quote.parent is not None:
            quote.parent = new_index[quote.parent]
    return result
