"""The working document that pipeline components share: the article plus its analysis.

Tokens carry natasha's morphology and a dependency head as a document-wide token index, so
components can walk the parse without knowing natasha's sentence-local ids. ``Doc`` is also the
one toolkit for reading them: tokens by character offset and the parse (children, head,
ancestors, conjuncts, preposition), with the indexes both need built once per document.

What each component leaves for the next is a typed field: ``mentions`` (link), ``time_anchors``
(timex), ``quoted_spans`` (quotes).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from khronika.model import Article, Entity, Time
from khronika.nlp.forms import fold, lemma

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

    @property
    def is_punct(self) -> bool:
        return self.pos == "PUNCT" or not any(ch.isalnum() for ch in self.text)


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


@dataclass(frozen=True)
class Anchor:
    """Where a span sits in the parse."""

    sent: int | None
    first: int | None  # first token index of the span
    attach: int | None  # the token outside the span that the span hangs from


@dataclass
class Doc:
    article: Article
    tokens: list[Token] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    # every entity, resolved title (``Президент``) and third-person pronoun (``он``), sorted by
    # offset: what a word refers to (link)
    mentions: list[Entity] = field(default_factory=list)
    time_anchors: list[tuple[Time, Anchor]] = field(default_factory=list)  # each time with its place in the parse (timex)
    quoted_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of top-level quoted spans (quotes)
    # built on first use from ``tokens`` and dropped when they are replaced
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _kids: dict[int, dict[int, list[Token]]] | None = field(default=None, init=False, repr=False, compare=False)
    # built on first use from ``mentions`` and dropped when they are replaced
    _mention_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "tokens":
            object.__setattr__(self, "_starts", None)
            object.__setattr__(self, "_kids", None)
        elif name == "mentions":
            object.__setattr__(self, "_mention_starts", None)
        object.__setattr__(self, name, value)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def entities(self) -> list[Entity]:
        return self.article.entities

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.first : sent.last]

    def entity_at(self, token: Token) -> Entity | None:
        for entity in self.entities:
            if entity.start <= token.start and token.end <= entity.end:
                return entity
        return None

    # Tokens by character offset: bisection on the token start offsets, computed once, so a long
    # article that looks up every mention costs O(n log n), not O(n²).

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    @property
    def mention_starts(self) -> list[int]:
        """The start offsets of ``mentions``, for look-ups by bisection (every speaker and event
        side asks a resolver, which would otherwise list them again each time)."""
        if self._mention_starts is None:
            self._mention_starts = [m.start for m in self.mentions]
        return self._mention_starts

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character span [start, end)."""
        lo = max(bisect_right(self.starts, start) - 1, 0)
        hi = bisect_left(self.starts, end)
        return [t for t in self.tokens[lo:hi] if t.end > start and t.start < end]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens starting within [start, end)."""
        return self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def token_from(self, offset: int) -> Token | None:
        """The first token starting at or after ``offset``."""
        k = bisect_left(self.starts, offset)
        return self.tokens[k] if k < len(self.tokens) else None

    def token_before(self, offset: int) -> Token | None:
        """The last token starting before ``offset``."""
        k = bisect_left(self.starts, offset) - 1
        return self.tokens[k] if k >= 0 else None

    def anchor(self, start: int, end: int) -> Anchor:
        """Where the span [start, end) sits in the parse: its sentence, first token, and the token
        outside it that it hangs from."""
        tokens = self.tokens_in(start, end)
        if not tokens:
            return Anchor(None, None, None)
        inside = {t.i for t in tokens}
        heads = [t.head for t in tokens if t.head is not None and t.head not in inside]
        return Anchor(tokens[0].sent, tokens[0].i, heads[0] if heads else None)

    # The parse. A sentence's children are indexed by head the first time one of its tokens is asked
    # for (heads never cross a sentence), so a component that looks at a few words (timex) pays for
    # a few sentences and one that walks every sentence (events) indexes each once. The parse must
    # be complete by then (the natasha component sets tokens and heads together).

    def children(self, token: Token, *rels: str) -> list[Token]:
        """The token's dependents in text order, only those attached by ``rels`` if given."""
        if self._kids is None:
            self._kids = {}
        index = self._kids.get(token.sent)
        if index is None:
            index = self._kids[token.sent] = {}
            sent = self.sents[token.sent]
            for t in self.tokens[sent.first : sent.last]:
                if t.head is not None:
                    index.setdefault(t.head, []).append(t)
        found = index.get(token.i, [])
        return [t for t in found if t.rel in rels] if rels else found

    def head(self, token: Token) -> Token | None:
        return None if token.head is None else self.tokens[token.head]

    def ancestors(self, token: Token, limit: int | None = None) -> list[Token]:
        """The token's heads upwards to the root of its sentence, nearest first (at most ``limit``)."""
        found: list[Token] = []
        seen = {token.i}
        current = self.head(token)
        while current is not None and current.i not in seen and (limit is None or len(found) < limit):
            found.append(current)
            seen.add(current.i)
            current = self.head(current)
        return found

    def subtree(self, token: Token) -> list[Token]:
        """The token and every word below it in the parse. The parser now and then makes a cycle (a
        root headed by itself, two words heading each other), so each word is visited once."""
        found: list[Token] = []
        seen: set[int] = set()
        todo = [token]
        while todo:
            current = todo.pop()
            if current.i in seen:
                continue
            seen.add(current.i)
            found.append(current)
            todo.extend(self.children(current))
        return found

    def first_conjunct(self, token: Token) -> Token:
        """The first of the conjuncts the token belongs to (``Узбекистан`` -> ``Россию`` in ``в Россию, Узбекистан``)."""
        seen = {token.i}
        while token.rel == "conj" and token.head is not None and token.head not in seen:
            token = self.tokens[token.head]
            seen.add(token.i)
        return token

    def conjuncts(self, token: Token) -> list[Token]:
        """The token and every token conjoined to it (``в Россию, Узбекистан и Китай``), in order."""
        found: list[Token] = []
        todo = [token]
        while todo:
            current = todo.pop()
            if current.i in {t.i for t in found}:
                continue
            found.append(current)
            todo.extend(self.children(current, "conj"))
        return sorted(found, key=lambda t: t.i)

    def prep(self, token: Token) -> str | None:
        """The preposition a phrase head takes (``в``, ``в отношении``), from its ``case`` children."""
        marks = self.children(token, "case")
        if not marks:
            return None
        mark = marks[0]
        return fold(" ".join(lemma(t) for t in [mark, *self.children(mark, "fixed")]))

    def case(self, token: Token) -> str | None:
        return token.feats.get("Case")
