"""Titles that name a person by office: ``Президент``, ``президент Франции``, ``глава МИД Турции``.

A title is resolved to the holder of the office on the article's date. Its country comes, in
order, from a genitive place or body right after it (``президент Франции``, ``глава [МИД
Турции]``), an adjective before it (``российский министр``), a person named right after it (the
title is then only that person's apposition: ``Президента Трампа``), a person of the article who
holds that office, or the article's home country (the source's, else the country it names most).
"""

from __future__ import annotations

from dataclasses import dataclass

from khronika.data import word_list
from khronika.kb.agents import with_flag
from khronika.kb.cameo import GOV, actor_code
from khronika.kb.gazetteer import Entry, Gazetteer
from khronika.kb.offices import title_key
from khronika.link.agents import entity_index
from khronika.link.choose import office_on, person_actor
from khronika.link.context import Context
from khronika.link.resolve import introduced_as
from khronika.model import Entity
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import lemma

MAX_TITLE_TOKENS = 5


@dataclass
class Title:
    tokens: list[Token]
    text: str
    office: str


def title_at(doc: Doc, i: int, gaz: Gazetteer, covered: dict[int, Entity]) -> Title | None:
    """The longest title phrase starting at token ``i`` (it may run into a body: ``глава [МИД]``)."""
    first = doc.tokens[i]
    if i in covered or lemma(first) not in with_flag("name") or first.feats.get("Number") == "Plur":
        return None
    if i > 0 and lemma(doc.tokens[i - 1]) in word_list("past_title_markers"):
        return None
    last = min(doc.sents[first.sent].last, i + MAX_TITLE_TOKENS)
    # A title phrase runs over nouns and adjectives and may take in a body (``глава [МИД]``), but
    # never a person or a place: ``Президента Трампа`` is the title ``Президента``.
    end = i + 1
    while end < last and title_word(doc.tokens[end], covered):
        end += 1
    for n in range(end - i, 0, -1):
        tokens = doc.tokens[i : i + n]
        text = doc.text[tokens[0].start : tokens[-1].end]
        office = gaz.offices.office_of(text)
        if office is not None:
            return Title(tokens, text, office)
    return None


def title_word(token: Token, covered: dict[int, Entity]) -> bool:
    owner = covered.get(token.i)
    if owner is not None and owner.type != "ORG":
        return False
    return token.pos in ("NOUN", "ADJ", "PROPN") or (token.pos == "PUNCT" and token.text == "-")


def title_country(doc: Doc, title: Title, gaz: Gazetteer, covered: dict[int, Entity]) -> str | None:
    after = title.tokens[-1].i + 1
    inner = covered.get(title.tokens[-1].i)
    if inner is not None and inner.type == "ORG" and inner.country:
        return inner.country
    if after < len(doc.tokens) and after in covered:
        owner = covered[after]
        token = doc.tokens[after]
        if owner.type in ("LOC", "ORG") and owner.country and token.feats.get("Case") == "Gen":
            return owner.country
    before = title.tokens[0].i - 1
    if before >= 0 and doc.tokens[before].pos == "ADJ":
        found = gaz.adjectives.countries(doc.tokens[before].text)
        if found:
            return found[0]
    return None


def apposition(doc: Doc, title: Title, covered: dict[int, Entity]) -> Entity | None:
    """The person a title stands before: ``Президента Трампа``, ``президент США Джо Байден``."""
    i = title.tokens[-1].i + 1
    for _ in range(4):
        if i >= len(doc.tokens):
            return None
        entity = covered.get(i)
        if entity is None:
            return None
        if entity.type == "PER":
            return entity
        i = doc.tokens_in(entity.start, entity.end)[-1].i + 1
    return None


def office_holder_in(people: list[Entity], office: str, country: str | None, ctx: Context,
                     gaz: Gazetteer) -> Entity | None:
    """The most recent person mention whose linked person held this office on the date."""
    for person in reversed(people):
        entry = gaz.by_qid(person.qid) if person.qid else None
        held = office_on(entry, ctx.on) if entry else None
        if held is not None and held.office == office and (country is None or held.country == country):
            return person
    return None


def title_mention(title: Title, entry: Entry, ctx: Context) -> Entity:
    start, end = title.tokens[0].start, title.tokens[-1].end
    return Entity(start, end, title.text, "PER", normal=entry.name, subtype="TITLE", qid=entry.qid,
                  actor=person_actor(entry, ctx.on), country=entry.country)


def copy_person(title: Title, person: Entity) -> Entity:
    start, end = title.tokens[0].start, title.tokens[-1].end
    return Entity(start, end, title.text, "PER", normal=person.normal, subtype="TITLE", qid=person.qid,
                  actor=person.actor, country=person.country, chain=person.chain)


def resolve_titles(doc: Doc, ctx: Context, gaz: Gazetteer, people: list[Entity]) -> list[Entity]:
    """Title mentions resolved to a person, for ``Doc.mentions`` (not PER entities)."""
    covered = entity_index(doc)
    found: list[Entity] = []
    i = 0
    while i < len(doc.tokens):
        title = title_at(doc, i, gaz, covered)
        if title is None:
            i += 1
            continue
        i = title.tokens[-1].i + 1
        person = resolve_title(doc, title, ctx, gaz, covered, [p for p in people if p.start < title.tokens[0].start])
        if person is not None:
            found.append(person)
    return found


def resolve_title(doc: Doc, title: Title, ctx: Context, gaz: Gazetteer, covered: dict[int, Entity],
                  before: list[Entity]) -> Entity | None:
    country = title_country(doc, title, gaz, covered)
    named = apposition(doc, title, covered)
    if named is not None:
        return copy_person(title, named)
    known = office_holder_in(before, title.office, country, ctx, gaz) or introduced_with(doc, title, country, before)
    if known is not None:
        return copy_person(title, known)
    country = country or ctx.home
    if country is None:
        return None
    # With no date the table cannot say who held the office (a 2010 text's "президент Франции" is not
    # today's): the title then names the country's office holder, unnamed.
    holder = gaz.offices.holder(title.text, country, ctx.on) if ctx.on is not None else None
    return title_mention(title, holder, ctx) if holder is not None else office_mention(title, country, gaz)


def introduced_with(doc: Doc, title: Title, country: str | None, before: list[Entity]) -> Entity | None:
    """The most recent person introduced with the same title word (``министр обороны Японии Сейджи
    Маехара`` ... ``министр обороны Японии``) and of the title's country when it names one."""
    word = lemma(title.tokens[0])
    for person in reversed(before):
        fits = country is None or (person.actor or "").startswith(country)
        if fits and person.actor and introduced_as(doc, person, word):
            return person
    return None


def office_mention(title: Title, country: str, gaz: Gazetteer) -> Entity:
    """A title whose holder nobody names: the country's government (``президент Франции``: FRAGOV), named
    as the events name a country's office (``президент (Франция)``)."""
    start, end = title.tokens[0].start, title.tokens[-1].end
    entry = gaz.country(country)
    name = f"{title_key(title.text)} ({entry.name if entry else country})"
    return Entity(start, end, title.text, "PER", normal=name, subtype="TITLE", actor=actor_code(country, GOV),
                  country=country)
