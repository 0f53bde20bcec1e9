"""The ``timex`` pipeline component: every time expression of an article, resolved.

Fills ``article.times`` (sorted by offset) with each recognized expression and the calendar
interval it denotes against ``article.published``; without a publication date, relative
expressions are reported with null values. When the ``natasha`` component ran first, the tense
of the verb an expression modifies picks past or future readings ("в понедельник прибудет" is the
next Monday), and a one-word anaphor the parse reads as a preposition is dropped ("накануне
визита"). Anaphoric expressions ("на следующий день") count from the last exact (or anaphoric) time
named earlier in the same paragraph, and so does "через" with a past-tense verb ("умер через две
недели"). ``Doc.time_anchors`` keeps each Time with its place in the parse for
``time_for_tokens``.
"""

from __future__ import annotations

from datetime import date

from khronika.model import Article, Time
from khronika.nlp.doc import Anchor, Doc
from khronika.registry import component
from khronika.timex.expr import Anaphoric, Expr, Shift
from khronika.timex.govern import tense_of
from khronika.timex.periods import Interval
from khronika.timex.recognize import Mention, recognize
from khronika.timex.resolve import resolve, to_time


@component("timex", requires=("tokens", "parse"), assigns=("times",))
class TimexTagger:
    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            annotate(doc)


def annotate(doc: Doc) -> list[tuple[Time, Anchor]]:
    """Recognize and resolve the document's times; fills ``article.times`` and ``doc.time_anchors``."""
    published = _publication(doc.article)
    found = []
    last: tuple[Mention, Interval] | None = None  # the latest exact or anaphoric time, for anaphoric expressions
    for mention in recognize(doc.text):
        where = doc.anchor(mention.start, mention.end)
        if isinstance(mention.expr, Anaphoric) and _is_preposition(doc, mention, where):
            continue  # "накануне визита": before an event, not a date
        context = last[1] if last and "\n" not in doc.text[last[0].end : mention.start] else None
        tense = tense_of(doc, where.attach)
        interval = resolve(_in_narrative(mention.expr, tense), published, tense, context)
        if interval is not None and (interval.precision != "approx" or isinstance(mention.expr, Anaphoric | Shift)):
            last = (mention, interval)
        found.append((to_time(mention.text, mention.start, mention.end, interval), where))
    doc.article.times = [time for time, _ in found]
    doc.time_anchors = found
    return found


def _publication(article: Article) -> date | None:
    published = article.published_date
    if article.published and published is None:
        article.warn(f"timex: publication date {article.published!r} is not a full date; relative times unresolved")
    return published


def _in_narrative(expr: Expr, tense: str | None) -> Expr:
    """A forward shift under a past-tense verb ("умер через две недели") counts from the story's time."""
    if isinstance(expr, Shift) and expr.sign > 0 and expr.amount is not None and tense == "past":
        return Anaphoric(expr.unit, expr.amount)
    return expr


def _is_preposition(doc: Doc, mention: Mention, where: Anchor) -> bool:
    """A one-word expression used as a preposition by the parse ("накануне визита")."""
    single = len(mention.text.split()) == 1
    return single and where.first is not None and doc.tokens[where.first].rel == "case"

