"""One sentence as the events component reads it: its tokens, the entity each token belongs to,
and the document's parse (``Doc.children``, ``Doc.prep``, ...) seen from the sentence."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from khronika.model import Entity
from khronika.nlp.doc import Doc, Sentence, Token

FINITE = {"Fin"}


@dataclass
class Tree:
    doc: Doc
    sent: Sentence
    tokens: list[Token]
    entity_of: dict[int, Entity] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, sent: Sentence, entities: list[Entity]) -> Tree:
        tokens = doc.sentence_tokens(sent)
        tree = cls(doc, sent, tokens)
        starts = [e.start for e in entities]  # sorted by offset
        for entity in entities[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
            for token in tokens:
                if entity.start <= token.start and token.end <= entity.end:
                    tree.entity_of[token.i] = entity
        return tree

    def token(self, i: int) -> Token:
        return self.doc.tokens[i]

    # The parse itself is the Doc's; these read it in the sentence's terms.

    def head(self, token: Token) -> Token | None:
        return self.doc.head(token)

    def children(self, token: Token, *rels: str) -> list[Token]:
        return self.doc.children(token, *rels)

    def prep(self, token: Token) -> str | None:
        return self.doc.prep(token)

    def case(self, token: Token) -> str | None:
        return self.doc.case(token)

    def first_conjunct(self, token: Token) -> Token:
        return self.doc.first_conjunct(token)

    def conjuncts(self, token: Token) -> list[Token]:
        return self.doc.conjuncts(token)

    def ancestors(self, token: Token, limit: int = 6) -> list[Token]:
        return self.doc.ancestors(token, limit)

    def entity_head(self, entity: Entity) -> Token | None:
        """The token of the entity that the rest of the sentence attaches to."""
        inside = [t for t in self.tokens if self.entity_of.get(t.i) is entity]
        for token in inside:
            if token.head is None or self.entity_of.get(token.head) is not entity:
                return token
        return inside[0] if inside else None

    def is_finite_verb(self, token: Token) -> bool:
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in FINITE
