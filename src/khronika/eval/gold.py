"""Gold annotations in one shape for every dataset: a document's text and its typed mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from khronika.model import EntityType


@dataclass(frozen=True)
class Mention:
    """A gold mention mapped to our types (PER/ORG/LOC); ``label`` keeps the dataset's own type."""

    start: int
    end: int
    type: EntityType
    text: str
    label: str = ""
    qid: str | None = None  # Wikidata QID; None for NIL or unlinked
    linked: bool = False  # the dataset states a link (a QID or an explicit NIL)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


NESTED, INNER, OUTER = "nested", "inner", "outer"


@dataclass
class GoldDoc:
    """``nesting`` is how the dataset treats a mention inside another (``МИД России``): NEREL keeps
    both (``nested``); factRuEval keeps the inner names, so the country is LOC and only ``МИД`` is
    ORG (``inner``); SlavicNER keeps the whole body (``outer``)."""

    id: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
    nesting: str = NESTED


G = TypeVar("G", bound=GoldDoc)


def as_kind(gold: GoldDoc, kind: type[G]) -> G:
    """The document as the dataset type a scorer reads (a NEREL scorer needs a ``NerelDoc``): a
    task scored against another dataset's documents stops here, not deep inside the scorer."""
    if not isinstance(gold, kind):
        raise TypeError(f"{gold.id}: a {type(gold).__name__}, where {kind.__name__} was expected")
    return gold
