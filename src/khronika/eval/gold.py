"""Gold annotations in one shape for every dataset: a document's text and its typed mentions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """A gold mention mapped to our types (PER/ORG/LOC); ``label`` keeps the dataset's own type."""

    start: int
    end: int
    type: str
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
