"""Predicted mentions put into a flat dataset's nesting convention before scoring.

Khronika emits nested mentions where a body holds a place: ORG ``МИД России`` and, inside it, LOC
``России`` (NEREL annotates both). A flat dataset kept only one level when its gold was made, so
predictions are flattened by the same rule the gold was, and the comparison is like for like:

- ``inner`` (factRuEval, naeval's reading of it: each ``org_name`` span, with the country its own
  LocOrg): the outer span is cut around the mentions inside it, ``МИД`` ORG + ``России`` LOC;
- ``outer`` (SlavicNER): a mention inside another is dropped, ``МИД России`` ORG alone.

Flat output (bare natasha) is unchanged by either rule.
"""

from __future__ import annotations

from khronika.eval.gold import INNER, OUTER

SpanT = tuple[int, int, str]
EDGE = " \t\n\r,;:.-–—«»\"'()"


def flatten(text: str, spans: list[SpanT], nesting: str) -> list[SpanT]:
    if nesting == OUTER:
        return [s for s in spans if not any(inside(s, other) for other in spans)]
    if nesting == INNER:
        return [piece for s in spans for piece in cut_around(text, s, [o for o in spans if inside(o, s)])]
    return list(spans)


def inside(span: SpanT, other: SpanT) -> bool:
    """``span`` lies within ``other`` and is smaller than it."""
    return other[0] <= span[0] and span[1] <= other[1] and (other[0], other[1]) != (span[0], span[1])


def cut_around(text: str, span: SpanT, inner: list[SpanT]) -> list[SpanT]:
    """The parts of ``span`` outside ``inner``, without the spaces and punctuation at the cuts."""
    if not inner:
        return [span]
    start, end, type_ = span
    pieces, cursor = [], start
    for s, e, _ in sorted(inner):
        pieces.append((cursor, max(cursor, s)))
        cursor = max(cursor, e)
    pieces.append((cursor, end))
    return [trimmed for piece in pieces if (trimmed := trim(text, *piece, type_)) is not None]


def trim(text: str, start: int, end: int, type_: str) -> SpanT | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return (start, end, type_) if start < end else None
