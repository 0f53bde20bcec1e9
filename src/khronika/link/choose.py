"""Choosing one gazetteer entry for a mention among the candidates its name allows.

The gazetteer ranks candidates by prominence (population, office, fame); these rules only
reorder or filter them by what the text and the article say: the mention's type, a word such
as ``штат`` before it, the countries the article is about and the offices held on its date.
"""

from __future__ import annotations

from datetime import date

from khronika.data import pairs
from khronika.kb.cameo import GOV
from khronika.kb.gazetteer import Entry
from khronika.kb.offices import Office, code_on
from khronika.link.context import Context
from khronika.model import Entity
from khronika.nlp.doc import Doc
from khronika.nlp.forms import lemma, readings
from khronika.nlp.forms import words as name_words


def office_on(entry: Entry, on: date | None) -> Office | None:
    """The office an entry held on a date; with no date, the last office he held, ended or not: a text of
    no date may be of any year, and a known politician is a country's official in any of them (Obama:
    USAGOV), where today's office alone would leave a former one with no role."""
    serving = [o for o in entry.offices if (o.covers(on) if on else True)]
    return max(serving, key=lambda o: o.start or date.min) if serving else None


def person_actor(entry: Entry, on: date | None) -> str | None:
    office = office_on(entry, on)
    if office is not None:
        return office.country + GOV
    coded = code_on(entry.codes, on)  # a politician of the years a coding dictionary covers (Phoenix)
    if coded is not None:
        return coded
    if not entry.offices and entry.actor:  # a legislator: his country and LEG, as the gazetteer codes him
        return entry.actor
    return entry.country


def compatible(entity: Entity, entries: list[Entry]) -> list[Entry]:
    same = [e for e in entries if e.type == entity.type]
    if same or entity.type == "PER":
        return same
    if entity.type == "ORG":
        # a country standing for its state ("Россия" as a party to a treaty), never a city named like a club
        return [e for e in entries if e.subtype == "COUNTRY"]
    return [e for e in entries if e.type == "ORG"]


def marker_subtype(doc: Doc, entity: Entity) -> str | None:
    """``штате Джорджия`` -> REGION, ``городе Вашингтоне`` -> CITY: the word just before the name."""
    tokens = doc.tokens_in(entity.start, entity.end)
    if not tokens or tokens[0].i == 0:
        return None
    before = doc.tokens[tokens[0].i - 1]
    return pairs("place_markers").get(lemma(before))


def in_context(entry: Entry, ctx: Context) -> bool:
    return bool(entry.country) and (entry.country == ctx.home or entry.country in ctx.countries)


def choose_place(doc: Doc, entity: Entity, entries: list[Entry], ctx: Context) -> Entry | None:
    candidates = compatible(entity, entries)
    if not candidates:
        return None
    wanted = marker_subtype(doc, entity)
    if wanted:
        candidates = [e for e in candidates if e.subtype == wanted] or candidates
    # Stable sorts keep the gazetteer's prominence order within each group: a country first,
    # then a place or body of a country the article is about.
    candidates = sorted(candidates, key=lambda e: (e.qid is None, not in_context(e, ctx)))
    if not wanted:
        candidates = sorted(candidates, key=lambda e: e.subtype != "COUNTRY")
        # "Джорджия" in a US story is the state, though the country (Грузия) has it as an alias.
        named = [e for e in candidates if e.qid and in_context(e, ctx) and same_name(e, entity)]
        if named and not same_name(candidates[0], entity):
            return named[0]
    return candidates[0]


def same_name(entry: Entry, entity: Entity) -> bool:
    name = name_words(entry.name)
    return name in (name_words(entity.text), name_words(entity.normal))


def choose_person(entries: list[Entry], ctx: Context, mention: str) -> Entry | None:
    """The person a name means: in office on the article's date, then of the article's countries.

    A full name takes the best candidate. A one-word name is linked when it is a mononym or the
    surname of the only person the gazetteer knows by it, or when exactly one candidate fits the
    article (in office, or of a country it is about); a bare first name, never. Else NIL, not a guess.
    """
    people = [e for e in entries if e.type == "PER"]
    if not people:
        return None
    ranked = sorted(people, key=lambda e: (office_on(e, ctx.on) is None, not in_context(e, ctx), e.qid is None))
    said = name_words(mention)
    if len(said) > 1:
        return ranked[0]
    if len(people) == 1 and said and not is_first_name(said[-1], people[0]):
        return people[0]
    fitting = [e for e in ranked if office_on(e, ctx.on) is not None or in_context(e, ctx)]
    return fitting[0] if len(fitting) == 1 else None


def is_first_name(word: str, entry: Entry) -> bool:
    """``Мишель`` for ``Мишель Обама``: a first name alone does not identify a person."""
    parts = name_words(entry.name)
    return len(parts) > 1 and parts[0] in readings(word) and parts[-1] not in readings(word)
