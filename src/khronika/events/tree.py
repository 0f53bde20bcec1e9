"""The dependency parse of one sentence, indexed for the events component: children by head,
the preposition and case of a phrase, conjuncts, and the entity each token belongs to."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from khronika.model import Entity
from khronika.nlp.doc import Doc, Sentence, Token

FINITE = {"Fin"}
CLAUSE_RELS = {"parataxis", "acl:relcl", "advcl", "ccomp", "csubj", "root"}


@dataclass
class Tree:
    doc: Doc
    sent: Sentence
    tokens: list[Token]
    kids: dict[int, list[Token]] = field(default_factory=dict)
    entity_of: dict[int, Entity] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, sent: Sentence, entities: list[Entity]) -> Tree:
        tokens = doc.sentence_tokens(sent)
        tree = cls(doc, sent, tokens)
        for token in tokens:
            if token.head is not None:
                tree.kids.setdefault(token.head, []).append(token)
        starts = [e.start for e in entities]  # sorted by offset
        for entity in entities[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
            for token in tokens:
                if entity.start <= token.start and token.end <= entity.end:
                    tree.entity_of[token.i] = entity
        return tree

    def token(self, i: int) -> Token:
        return self.doc.tokens[i]

    def head(self, token: Token) -> Token | None:
        return None if token.head is None else self.doc.tokens[token.head]

    def children(self, token: Token, *rels: str) -> list[Token]:
        found = self.kids.get(token.i, [])
        return [t for t in found if t.rel in rels] if rels else found

    def prep(self, token: Token) -> str | None:
        """The preposition a phrase head takes (``в``, ``в отношении``), from its ``case`` children."""
        marks = self.children(token, "case")
        if not marks:
            return None
        mark = marks[0]
        words = [mark.lemma or mark.text.lower()] + [t.lemma or t.text.lower() for t in self.children(mark, "fixed")]
        return " ".join(w.lower() for w in words).replace("ё", "е")

    def case(self, token: Token) -> str | None:
        return token.feats.get("Case")

    def first_conjunct(self, token: Token) -> Token:
        seen = {token.i}
        while token.rel == "conj" and token.head is not None and token.head not in seen:
            token = self.token(token.head)
            seen.add(token.i)
        return token

    def conjuncts(self, token: Token) -> list[Token]:
        """The token and every token conjoined to it (``в Россию, Узбекистан и Китай``), in order."""
        found, todo = [], [token]
        while todo:
            current = todo.pop()
            if current.i in {t.i for t in found}:
                continue
            found.append(current)
            todo.extend(self.children(current, "conj"))
        return sorted(found, key=lambda t: t.i)

    def ancestors(self, token: Token, limit: int = 6) -> list[Token]:
        found: list[Token] = []
        current = self.head(token)
        while current is not None and len(found) < limit and current not in found:
            found.append(current)
            current = self.head(current)
        return found

    def entity_head(self, entity: Entity) -> Token | None:
        """The token of the entity that the rest of the sentence attaches to."""
        inside = [t for t in self.tokens if self.entity_of.get(t.i) is entity]
        for token in inside:
            if token.head is None or self.entity_of.get(token.head) is not entity:
                return token
        return inside[0] if inside else None

    def is_finite_verb(self, token: Token) -> bool:
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") in FINITE
