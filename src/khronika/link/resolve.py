"""Who a word means: the one reference resolver for link, quotes and events.

A pronoun (``он``), a bare title (``Президент``), an unnamed office holder (``Премьер-министр
Великобритании``), a capital acting for its country (``Москва заявила``) or a verb with no subject
(``... . За это время посетил``) means someone named elsewhere. The ``link`` component resolves the
pronouns and titles it sees into ``Doc.mentions`` (:func:`resolve_pronouns`); a :class:`Resolver`
over a Doc answers for any span. Where an antecedent may stand and what counts as agreeing is a
:class:`Scope`; each reader passes its own (:data:`LINKER`, :data:`MENTIONS`, :data:`SPEAKER`,
:data:`DROPPED`), so the variants are named here rather than hand-rolled in each package.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from khronika.data import flagged, word_list
from khronika.kb.agents import with_flag
from khronika.kb.cameo import GOV
from khronika.kb.gazetteer import Gazetteer
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import folded_lemma, lemma

PERSONAL = ("PRON", "DET")
TITLE_WINDOW = 5  # words before a name in which its title stands (``министр иностранных дел России``)
THIRD_PERSON = {"он", "она", "оно", "они"}
BODIES = ("COUNTRY", "IGO", "ORG")


@dataclass(frozen=True)
class Scope:
    """Where an antecedent may stand, nearest first, and what counts as agreeing with it."""

    where: Literal["mentions", "people", "paragraph"] = "mentions"
    # mentions: the linked mentions (names, titles, pronouns) starting before the offset;
    # people: persons ending before it; paragraph: persons of its paragraph before it (a sentence's start)
    last: int | None = None  # at most this many of the nearest candidates are tried
    window: int | None = None  # characters to look back
    names_only: bool = False  # a real name: not a pronoun, a bare title or a tagger's runaway span
    outside_quotes: bool = False  # not a person named only in someone else's quoted words
    titles_first: bool = False  # a title goes first to the person introduced with it
    surname_gender: bool = False  # the person's gender read off the last word, not the last noun
    plural_agrees: bool = False  # a plural word may still refer to one person
    gendered: tuple[str, ...] | None = None  # the words whose gender must agree (None: any word)


LINKER = Scope(last=4)  # the linker's pronoun pass: one of the last few persons before the pronoun
MENTIONS = Scope()  # a span the linker did not see: the nearest linked person before it
# A quote's speaker: a person named within 3,000 characters before, never one known only from
# someone else's quoted words; a title looks for a person introduced with it, and only a pronoun's
# gender counts (a title's grammatical gender says little of its holder's).
SPEAKER = Scope(where="people", window=3000, names_only=True, outside_quotes=True, titles_first=True,
                surname_gender=True, plural_agrees=True, gendered=PERSONAL)
DROPPED = Scope(where="paragraph", last=1)  # a verb with no subject continues the last person's story


def gender(doc: Doc, entity: Entity, surname: bool = False) -> str | None:
    """A person's grammatical gender: of the last noun of the mention, or with ``surname`` of its
    last word, which the tagger gets right more often than a foreign first name."""
    if surname:
        words = doc.tokens_between(entity.start, entity.end)
        return words[-1].feats.get("Gender") if words else None
    for token in reversed(doc.tokens_in(entity.start, entity.end)):
        if token.pos in ("PROPN", "NOUN"):
            return token.feats.get("Gender")
    return None


def agrees(word: Token, antecedent_gender: str | None, scope: Scope = MENTIONS) -> bool:
    """Whether ``word`` (a pronoun, a title, a verb) can stand for one person of that gender."""
    if not scope.plural_agrees and word.feats.get("Number") == "Plur":
        return False
    wanted = word.feats.get("Gender") if scope.gendered is None or word.pos in scope.gendered else None
    return wanted is None or antecedent_gender is None or wanted == antecedent_gender


def is_pronoun(token: Token) -> bool:
    return token.pos == "PRON" and lemma(token) in word_list("pronouns")


def refers_back(token: Token) -> bool:
    """A third-person singular pronoun or a title that can stand alone (``Президент``)."""
    if token.feats.get("Number") == "Plur":
        return False
    if token.pos in PERSONAL:
        return token.feats.get("Person", "3") == "3"
    return token.pos in ("NOUN", "PROPN") and lemma(token) in with_flag("alone")


def is_reference(doc: Doc, entity: Entity) -> bool:
    """A mention that names nobody by itself: a pronoun or a bare title (``Президент``)."""
    if entity.subtype == "PRONOUN":
        return True
    tokens = doc.tokens_between(entity.start, entity.end)
    return all(t.pos in PERSONAL or lemma(t) in with_flag("alone") for t in tokens)


def quoted_apart(doc: Doc, entity: Entity, token: Token) -> bool:
    """Whether ``entity`` stands inside a quote that ``token`` is outside of (someone else's words)."""
    return any(s <= entity.start < e and not s <= token.start < e for s, e in doc.quoted_spans)


def looks_like_a_name(doc: Doc, entity: Entity) -> bool:
    """A tagger's mention that crosses a line break or ends in a verb (``Акорды\n\nВыступая``) is no name."""
    words = doc.tokens_between(entity.start, entity.end)
    return "\n" not in entity.text and bool(words) and words[-1].pos in ("PROPN", "NOUN", "ADJ", "X")


def introduced_as(doc: Doc, entity: Entity, title: str) -> bool:
    """Whether the mention carries ``title`` within a few words before it or inside it."""
    first = doc.tokens_between(entity.start, entity.end)
    if not first:
        return False
    sent = doc.sents[first[0].sent]
    window = doc.tokens[max(first[0].i - TITLE_WINDOW, sent.first) : first[-1].i + 1]
    return any(lemma(t) == title for t in window)


def pronoun_mention(token: Token, person: Entity) -> Entity:
    return Entity(token.start, token.end, token.text, "PER", normal=person.normal, subtype="PRONOUN",
                  qid=person.qid, actor=person.actor, country=person.country, chain=person.chain)


def resolve_pronouns(doc: Doc, named: list[Entity]) -> list[Entity]:
    """Each ``он``/``она`` -> the most recent of the ``named`` persons and titles before it that
    agrees in gender (the linker's pass, before ``Doc.mentions`` exists)."""
    resolver = Resolver(doc, named)
    out: list[Entity] = []
    for token in doc.tokens:
        if is_pronoun(token) and (person := resolver.antecedent(token, token.start, LINKER)) is not None:
            out.append(pronoun_mention(token, person))
    return out


class Resolver:
    """Who a span of a Doc means, read from the linker's mentions (or ``mentions`` given)."""

    def __init__(self, doc: Doc, mentions: list[Entity] | None = None) -> None:
        self.doc = doc
        self.mentions = doc.mentions if mentions is None else mentions  # sorted by offset
        self.starts = doc.mention_starts if mentions is None else [m.start for m in mentions]

    def refers_to(self, start: int, end: int, fallback: bool = True) -> Entity | None:
        """The linked entity the span [start, end) refers to, or None.

        A name, title or pronoun the linker resolved is returned as is (the mention covering the
        span, the longest if several); for a span it did not see (a title or pronoun inside a quote
        cue, say), the most recent linked person before it, unless ``fallback`` is False.
        """
        lo = max(bisect_right(self.starts, start) - 1, 0)
        hi = bisect_left(self.starts, end)
        overlapping = [m for m in self.mentions[lo:hi] if m.start < end and m.end > start]
        if overlapping:
            # the mention at exactly this span, else one containing it, else the one overlapping most
            return max(overlapping, key=lambda e: ((e.start, e.end) == (start, end), e.start <= start and end <= e.end,
                                                   min(e.end, end) - max(e.start, start)))
        tokens = self.doc.tokens_in(start, end)
        if not fallback or not tokens or not (is_pronoun(tokens[0]) or tokens[0].lemma in with_flag("name")):
            return None
        return self.antecedent(tokens[0], start, MENTIONS)

    def antecedent(self, word: Token, before: int, scope: Scope, qualified: bool = False) -> Entity | None:
        """The person ``word`` (a pronoun, a title, a subjectless verb) refers back to from offset
        ``before``: the nearest candidate of ``scope`` that agrees with it.

        With ``scope.titles_first`` a title goes first to a person introduced with the same title
        (``министр Лавров`` ... ``министр``); a ``qualified`` title (``Премьер-министр
        Великобритании``) goes nowhere else, since the nearest person may well hold another office.
        """
        candidates = self.candidates(word, before, scope)
        if scope.titles_first and word.pos not in PERSONAL:
            titled = next((e for e in candidates if introduced_as(self.doc, e, lemma(word))), None)
            if titled is not None or qualified:
                return titled
        return next((e for e in candidates[: scope.last] if self.agrees_with(word, e, scope)), None)

    def agrees_with(self, word: Token, entity: Entity, scope: Scope) -> bool:
        return agrees(word, gender(self.doc, entity, scope.surname_gender), scope)

    def candidates(self, word: Token, before: int, scope: Scope) -> list[Entity]:
        """The persons ``scope`` lets ``word`` refer to, nearest first."""
        doc = self.doc
        if scope.where == "mentions":
            return [m for m in reversed(self.mentions[: bisect_left(self.starts, before)]) if m.type == "PER"]
        if scope.where == "paragraph":
            paragraph = doc.text.rfind("\n", 0, before)
            people = [e for e in doc.entities if paragraph < e.start < before and e.type == "PER"]
        else:
            people = [e for e in doc.entities if e.type == "PER" and e.end <= before]
        if scope.window is not None:
            people = [e for e in people if before - e.end <= scope.window]
        if scope.names_only:
            people = [e for e in people if looks_like_a_name(doc, e) and not is_reference(doc, e)]
        if scope.outside_quotes:
            people = [e for e in people if not quoted_apart(doc, e, word)]
        return sorted(people, key=lambda e: e.start, reverse=True)

    def named_in_chain(self, entity: Entity, token: Token) -> list[Entity]:
        """The named mentions of ``entity``'s coreference chain before ``token``, in text order."""
        if entity.chain is None:
            return []
        same = [e for e in self.doc.entities if e.chain == entity.chain and e.end <= token.start]
        return sorted((e for e in same if not is_reference(self.doc, e)), key=lambda e: e.start)

    def body_antecedent(self, pronoun: Token, named: Iterable[tuple[Token, Entity]]) -> Entity | None:
        """``Россия может говорить, что она возражает``: a third-person pronoun whose nearest earlier
        name in its own sentence (``named``: each name's head word, nearest first) is a country or a
        body of its gender and number is that one; a person is the linker's business."""
        if folded_lemma(pronoun) not in THIRD_PERSON:
            return None
        for head, entity in named:
            same = all(pronoun.feats.get(f) in (None, head.feats.get(f)) for f in ("Gender", "Number"))
            if entity.type == "PER" or not same:
                return None
            return entity if entity.subtype in BODIES or entity.type == "ORG" else None
        return None

    def office_actor(self, start: int, end: int, title: Token) -> Actor | None:
        """An unnamed office holder of a country (``Премьер-министр Великобритании``): that country's government."""
        if lemma(title) not in with_flag("alone"):
            return None
        for entity in self.doc.entities:
            country = entity.country or (entity.actor if entity.actor and len(entity.actor) == 3 else None)
            if start <= entity.start and entity.end <= end and entity.type == "LOC" and country:
                mention = MentionRef(start, end)
                return Actor(self.doc.text[start:end], code=f"{country}{GOV}", country=country, role=GOV, mention=mention)
        return None


# A capital stands for its government. The linker marks a capital that is the subject of a verb
# of speaking or deciding (``Москва заявила``) with its country; events make any capital acting or
# acted upon the government (``призвала Вашингтон``), except where one travels to it.


def capital_speaks(doc: Doc, entity: Entity) -> bool:
    """Is the mention the subject of a verb of speaking or deciding (``Москва заявила``)?"""
    for token in doc.tokens_in(entity.start, entity.end):
        if token.rel.startswith("nsubj") and token.head is not None:
            verb = doc.tokens[token.head]
            return lemma(verb) in flagged("quote_cues", "capital")
    return False


def government_of(actor: Actor, gazetteer: Gazetteer) -> Actor:
    """A capital's actor as its country's government; any other actor as it is."""
    entry = gazetteer.by_qid(actor.qid) if actor.qid else None
    if entry is None or not entry.capital_of or entry.subtype != "CITY":
        return actor
    country = gazetteer.country(entry.capital_of)
    code = f"{entry.capital_of}{GOV}"
    return Actor(name=f"{actor.name} ({country.name if country else entry.capital_of})",
                 qid=country.qid if country else None, code=code, country=entry.capital_of, role=GOV,
                 mention=actor.mention, normal=actor.normal)

