"""One sentence as the events component reads it: its tokens and the entity each token belongs to.
The parse is read on the document (``tree.doc.children``, ``tree.doc.prep``, ...), the one parse view."""

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

    def entity_head(self, entity: Entity) -> Token | None:
        """The token of the entity that the rest of the sentence attaches to."""
        inside = [t for t in self.tokens if self.entity_of.get(t.i) is entity]
        for token in inside:
            if token.head is None or self.entity_of.get(token.head) is not entity:
                return token
        return inside[0] if inside else None

    def is_finite_verb(self, token: Token) -> bool:
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in FINITE
