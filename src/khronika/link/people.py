"""Within-article person chains: ``Касым-Жомарт Токаев`` ... ``Токаев`` ... ``Токаеву`` are one person.

A full name opens a chain keyed by its surname; a later bare surname (or first name) joins the
most recent chain it fits; a different first name with the same surname is another person
(``Барак Обама`` and ``Мишель Обама``). One pass, a dictionary per article: no pairwise work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khronika.model import Entity
from khronika.nlp.doc import Doc
from khronika.nlp.forms import folded_lemma


@dataclass
class PersonChain:
    surname: str
    first_names: set[str] = field(default_factory=set)
    mentions: list[Entity] = field(default_factory=list)

    def names(self) -> list[Entity]:
        """Mentions to look up, the fullest first."""
        return sorted(self.mentions, key=lambda m: -len(m.text.split()))


def name_words(doc: Doc, entity: Entity) -> list[str]:
    return [folded_lemma(t) for t in doc.tokens_in(entity.start, entity.end) if t.pos != "PUNCT"]


def person_chains(doc: Doc, people: list[Entity]) -> list[PersonChain]:
    chains: list[PersonChain] = []
    by_surname: dict[str, PersonChain] = {}
    by_first: dict[str, PersonChain] = {}
    for entity in people:
        words = name_words(doc, entity)
        if not words:
            continue
        chain = find_chain(words, by_surname, by_first)
        if chain is None:
            chain = PersonChain(words[-1])
            chains.append(chain)
        chain.mentions.append(entity)
        if len(words) > 1:
            chain.first_names.add(words[0])
            by_first[words[0]] = chain
        by_surname[chain.surname] = chain
    return chains


def find_chain(words: list[str], by_surname: dict[str, PersonChain],
               by_first: dict[str, PersonChain]) -> PersonChain | None:
    surname = words[-1]
    chain = by_surname.get(surname)
    if len(words) == 1:
        return chain or by_first.get(surname)
    if chain is not None and (not chain.first_names or words[0] in chain.first_names):
        return chain
    return None
