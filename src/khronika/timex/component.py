"""The ``timex`` pipeline component: every time expression of an article, resolved.

Fills ``article.times`` (sorted by offset) with each recognized expression and the calendar
interval it denotes against ``article.published``; without a publication date, relative
expressions are reported with null values. When the ``natasha`` component ran first, the tense
of the verb an expression modifies picks past or future readings ("в понедельник прибудет" is the
next Monday). ``doc.extras["timex"]`` keeps each Time with its place in the parse for
``time_for_tokens``.
"""

from __future__ import annotations

from khronika.model import Time
from khronika.nlp.doc import Doc
from khronika.pipeline import component
from khronika.timex.govern import Anchor, anchor, tense_of
from khronika.timex.recognize import recognize
from khronika.timex.resolve import parse_date, resolve, to_time

EXTRAS_KEY = "timex"


@component("timex")
class TimexTagger:
    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            annotate(doc)


def annotate(doc: Doc) -> list[tuple[Time, Anchor]]:
    article = doc.article
    published = parse_date(article.published)
    if article.published and published is None:
        article.warn(
            f"timex: publication date {article.published!r} is not an ISO date; relative times left unresolved"
        )
    found = []
    for mention in recognize(doc.text):
        where = anchor(doc, mention.start, mention.end)
        interval = resolve(mention.expr, published, tense_of(doc, where.attach))
        found.append((to_time(mention.text, mention.start, mention.end, interval), where))
    article.times = [time for time, _ in found]
    doc.extras[EXTRAS_KEY] = found
    return found


def doc_times(doc: Doc) -> list[tuple[Time, Anchor]]:
    """The document's times with their parse anchors, recognized now if the component has not run."""
    if EXTRAS_KEY not in doc.extras:
        return annotate(doc)
    return doc.extras[EXTRAS_KEY]
