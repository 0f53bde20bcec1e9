"""The working document that pipeline components share: the article plus its analysis.

Tokens carry natasha's morphology and a dependency head as a document-wide token index, so
components can walk the parse without knowing natasha's sentence-local ids.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from khronika.model import Article, Entity

NO_FEATS: Mapping[str, str] = MappingProxyType({})


@dataclass(slots=True)
class Token:
    i: int  # index in Doc.tokens
    start: int
    end: int
    text: str
    sent: int  # index in Doc.sents
    pos: str = "X"
    feats: Mapping[str, str] = field(default_factory=lambda: NO_FEATS)  # shared between tokens (SharedFeats): read only
    lemma: str = ""
    head: int | None = None  # index in Doc.tokens; None for the root
    rel: str = ""


class SharedFeats:
    """One read-only mapping per distinct set of morphological features.

    A batch has tens of thousands of tokens but a few hundred distinct feature sets; a dict per
    token was the largest single share of a worker's memory. The sets come from the morphology
    model's closed tag vocabulary, so what is kept stays bounded however many batches pass."""

    def __init__(self) -> None:
        self.known: dict[tuple[tuple[str, str], ...], Mapping[str, str]] = {}

    def share(self, feats: Mapping[str, str]) -> Mapping[str, str]:
        key = tuple(feats.items())
        shared = self.known.get(key)
        if shared is None:
            shared = self.known[key] = MappingProxyType(dict(feats))
        return shared


@dataclass(slots=True)
class Sentence:
    i: int
    start: int
    end: int
    first: int  # first token index
    last: int  # one past the last token index


@dataclass
class Doc:
    article: Article
    tokens: list[Token] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # scratch space shared by components

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def entities(self) -> list[Entity]:
        return self.article.entities

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.first : sent.last]

    def children(self, token: Token) -> list[Token]:
        sent = self.sents[token.sent]
        return [t for t in self.sentence_tokens(sent) if t.head == token.i]

    def head_of(self, token: Token) -> Token | None:
        return None if token.head is None else self.tokens[token.head]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character span [start, end)."""
        starts = [t.start for t in self.tokens]
        lo = max(bisect_right(starts, start) - 1, 0)
        hi = bisect_left(starts, end)
        return [t for t in self.tokens[lo:hi] if t.end > start and t.start < end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sents:
            if sent.start <= offset < sent.end:
                return sent
        return None

    def entity_at(self, token: Token) -> Entity | None:
        for entity in self.entities:
            if entity.start <= token.start and token.end <= entity.end:
                return entity
        return None
