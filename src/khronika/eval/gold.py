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


@dataclass
class GoldDoc:
    id: str
    text: str
    mentions: list[Mention] = field(default_factory=list)
