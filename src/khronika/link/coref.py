"""Resolving a pronoun, a title or a name in the text to the linked entity it refers to.

The ``link`` component leaves ``Doc.mentions``: every entity, resolved title (``Президент``)
and third-person pronoun (``он``), sorted by offset.
Quotes and events call :func:`resolve_reference` with any span to get the person or body meant.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from khronika.data import flagged, word_list
from khronika.model import Entity
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import lemma


def gender(doc: Doc, entity: Entity) -> str | None:
    for token in reversed(doc.tokens_in(entity.start, entity.end)):
        if token.pos in ("PROPN", "NOUN"):
            return token.feats.get("Gender")
    return None


def is_pronoun(token: Token) -> bool:
    return token.pos == "PRON" and lemma(token) in word_list("pronouns")


def agrees(pronoun: Token, antecedent_gender: str | None) -> bool:
    wanted = pronoun.feats.get("Gender")
    if pronoun.feats.get("Number") == "Plur":
        return False
    return wanted is None or antecedent_gender is None or wanted == antecedent_gender


def resolve_pronouns(doc: Doc, people: list[Entity]) -> list[Entity]:
    """Each ``он``/``она`` -> the most recent person mention before it that agrees in gender.

    One pass over tokens and mentions together; a pronoun looks back at most a few persons.
    """
    genders = [gender(doc, p) for p in people]
    starts = [p.start for p in people]
    out: list[Entity] = []
    for token in doc.tokens:
        if not is_pronoun(token):
            continue
        k = bisect_left(starts, token.start) - 1
        for j in range(k, max(k - 4, -1), -1):
            if agrees(token, genders[j]):
                out.append(pronoun_mention(token, people[j]))
                break
    return out


def pronoun_mention(token: Token, person: Entity) -> Entity:
    return Entity(token.start, token.end, token.text, "PER", normal=person.normal, subtype="PRONOUN",
                  qid=person.qid, actor=person.actor, country=person.country, chain=person.chain)


def resolve_reference(doc: Doc, start: int, end: int, fallback: bool = True) -> Entity | None:
    """The linked entity the span [start, end) refers to, or None.

    A name, title or pronoun the linker resolved is returned as is (the mention covering the
    span, the longest if several); for a span it did not see (a title or pronoun inside a quote
    cue, say), the most recent linked person before it, unless ``fallback`` is False.
    """
    mentions = doc.mentions
    starts = [m.start for m in mentions]
    lo = max(bisect_right(starts, start) - 1, 0)
    hi = bisect_left(starts, end)
    overlapping = [m for m in mentions[lo:hi] if m.start < end and m.end > start]
    if overlapping:
        # the mention at exactly this span, else one containing it, else the one overlapping most
        return max(overlapping, key=lambda e: ((e.start, e.end) == (start, end), e.start <= start and end <= e.end,
                                               min(e.end, end) - max(e.start, start)))
    tokens = doc.tokens_in(start, end)
    if not fallback or not tokens or not (is_pronoun(tokens[0]) or tokens[0].lemma in flagged("titles", "name")):
        return None
    for entity in reversed(mentions[:lo + 1]):
        if entity.start < start and entity.type == "PER" and agrees(tokens[0], gender(doc, entity)):
            return entity
    return None
