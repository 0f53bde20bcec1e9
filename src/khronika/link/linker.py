"""The ``link`` component: every PER/ORG/LOC mention gets a Wikidata QID (or None), an actor code,
a subtype, a country and a within-article coreference chain.

Order of work in an article: places and bodies first (they tell which countries the article is
about), then person chains (a chain is linked once, by its fullest name), then titles and
pronouns, which are not entities but are kept in ``Doc.mentions`` so quotes and events can map
``он`` or ``Президент`` to the person.

Metonymy: a capital that is the subject of a speaking or deciding verb (``Москва заявила``)
gets its country's code as ``actor`` and ``country`` (the QID stays the city's).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from khronika.data import entries, word_list
from khronika.kb.cameo import GOV
from khronika.kb.gazetteer import Entry, Gazetteer
from khronika.link.agents import code_body, code_titled_people, entity_index
from khronika.link.choose import choose_person, choose_place, person_actor
from khronika.link.context import Context, article_context
from khronika.link.people import person_chains
from khronika.link.resolve import capital_speaks, resolve_pronouns
from khronika.link.titles import resolve_titles
from khronika.model import Entity
from khronika.nlp.doc import Doc
from khronika.nlp.forms import fold, lemma
from khronika.registry import component


@component("link", requires=("tokens", "parse", "entities"), assigns=("entities.linked", "mentions"))
class Linker:
    def __init__(self) -> None:
        self.gazetteer = Gazetteer.default()

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            link_doc(doc, self.gazetteer)


def link_doc(doc: Doc, gaz: Gazetteer) -> None:
    ctx = article_context(doc.article)
    entities = sorted(doc.entities, key=lambda e: e.start)
    ctx.countries = named_countries(entities, gaz)
    for entity in entities:
        if entity.type != "PER":
            link_place(doc, entity, ctx, gaz)
    ctx.countries = Counter(e.country for e in entities if e.subtype == "COUNTRY" and e.country)
    covered = entity_index(doc)
    for entity in entities:
        code_body(doc, entity, covered, gaz, ctx.home)
    people = [e for e in entities if e.type == "PER"]
    chains = link_people(doc, people, ctx, gaz)
    code_titled_people(doc, chains, gaz)
    assign_chains(entities)
    titles = resolve_titles(doc, ctx, gaz, people)
    chain_titles(titles, entities)
    named = sorted(people + titles, key=lambda e: e.start)
    pronouns = resolve_pronouns(doc, named)
    doc.mentions = sorted(entities + titles + pronouns, key=lambda e: (e.start, e.end))


def named_countries(entities: list[Entity], gaz: Gazetteer) -> Counter[str]:
    """Countries the article names, read before linking so that every place sees them all."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.type == "LOC":
            found = candidates(gaz, entity)
            if found and found[0].subtype == "COUNTRY" and found[0].country:
                counts[found[0].country] += 1
    return counts


def candidates(gaz: Gazetteer, entity: Entity) -> list[Entry]:
    found = gaz.lookup(entity.text)
    if not found and entity.normal and entity.normal != entity.text:
        found = gaz.lookup(entity.normal)
    return found


def link_place(doc: Doc, entity: Entity, ctx: Context, gaz: Gazetteer) -> None:
    entry = find_place(doc, entity, ctx, gaz)
    if entry is None and entity.type == "ORG":
        entry = gaz.owned_body(entity.text)  # КГБ Беларуси: Belarus's, not the USSR's
    if entry is None:
        link_body_by_owner(doc, entity, gaz)
        return
    entry = gaz.present_body(entry, ctx.home, ctx.countries)
    entity.qid, entity.subtype, entity.country = entry.qid, entry.subtype, entry.country
    entity.actor = entry.actor or (entry.country if entry.subtype == "COUNTRY" else None)
    if entity.country is None:
        link_body_by_owner(doc, entity, gaz)  # a body NEREL linked carries no country: its name tells it
    if entry.capital_of and capital_speaks(doc, entity):
        entity.actor = entity.country = entry.capital_of


def find_place(doc: Doc, entity: Entity, ctx: Context, gaz: Gazetteer) -> Entry | None:
    """A lower-case word is an adjective (``советских``: the USSR), never a town's name (Советский);
    a capitalised adjective (``Московский`` университет) names the known place rather than a small
    namesake town of no QID."""
    adjective = place_by_adjective(doc, entity, gaz) or capital_named(doc, entity, gaz)
    if entity.text.islower() and adjective is not None:
        return adjective
    chosen = choose_place(doc, entity, candidates(gaz, entity), ctx)
    if chosen is None or (chosen.qid is None and adjective is not None and adjective.qid):
        return adjective
    return chosen


def capital_named(doc: Doc, entity: Entity, gaz: Gazetteer) -> Entry | None:
    """``столицы США``: the capital of the country named after the word for a capital."""
    tokens = doc.tokens_in(entity.start, entity.end)
    if len(tokens) < 2 or lemma(tokens[0]) not in word_list("capital_nouns"):
        return None
    countries = [e for e in gaz.lookup(doc.text[tokens[1].start : entity.end]) if e.subtype == "COUNTRY"]
    return gaz.capital(countries[0].country) if countries and countries[0].country else None


def place_by_adjective(doc: Doc, entity: Entity, gaz: Gazetteer) -> Entry | None:
    """A country or city named by its adjective (``британской``, ``московские``), as NEREL marks them,
    alone or with a word for a state (``белорусского государства``)."""
    tokens = doc.tokens_in(entity.start, entity.end)
    if len(tokens) == 2 and lemma(tokens[1]) in word_list("state_nouns"):
        tokens = tokens[:1]
    elif len(tokens) != 1:
        return None
    if entity.type != "LOC" or (tokens[0].pos != "ADJ" and not tokens[0].text.islower()):
        return None
    isos = gaz.adjectives.countries(tokens[0].text)
    if isos:
        return gaz.country(isos[0]) if len(isos) == 1 else None
    return city_by_adjective(lemma(tokens[0]), gaz) or region_by_adjective(tokens[0].text, gaz)


def region_by_adjective(adjective: str, gaz: Gazetteer) -> Entry | None:
    """``калифорнийской``, ``гонконгской``: a region or territory by the adjective the gazetteer gives it."""
    return next((e for e in gaz.adjective_places(adjective) if e.subtype in ("REGION", "TERRITORY")), None)


def city_by_adjective(adjective: str, gaz: Gazetteer) -> Entry | None:
    for suffix, replacement in suffix_rules():
        if adjective.endswith(suffix) and len(adjective) - len(suffix) >= 2:
            name = adjective[: -len(suffix)] + replacement
            cities = [e for e in gaz.lookup(name) if e.subtype == "CITY" and e.qid]
            if cities:
                return cities[0]
    return None


@lru_cache(maxsize=1)
def suffix_rules() -> list[tuple[str, str]]:
    rules = []
    for parts in (entry.split() for entry in entries("city_adjective_suffixes")):
        if len(parts) == 2:
            rules.append((parts[0], "" if parts[1] == "-" else parts[1]))
    return rules


def link_body_by_owner(doc: Doc, entity: Entity, gaz: Gazetteer) -> None:
    """``Министерство иностранных дел Белоруссии``: no QID, but the country and ``BLRGOV``."""
    if entity.type != "ORG":
        return
    tokens = doc.tokens_in(entity.start, entity.end)
    if len(tokens) < 2 or lemma(tokens[0]) not in word_list("gov_bodies"):
        return
    for split in range(1, len(tokens)):
        tail = doc.text[tokens[split].start : entity.end]
        owners = [e for e in gaz.lookup(tail) if e.subtype == "COUNTRY"]
        if owners:
            entity.country = owners[0].country
            entity.actor = f"{owners[0].country}{GOV}"
            return


def link_people(doc: Doc, people: list[Entity], ctx: Context, gaz: Gazetteer) -> list[list[Entity]]:
    """Link each person chain by its fullest name; the chains' mentions, for coding by their titles."""
    chains = person_chains(doc, people)
    for chain in chains:
        entry = None
        for mention in chain.names():
            entry = choose_person(candidates(gaz, mention), ctx, mention.text)
            if entry is not None:
                break
        for mention in chain.mentions:
            mention.chain = id(chain)
            if entry is not None:
                mention.qid, mention.subtype, mention.country = entry.qid, entry.subtype, entry.country
                mention.actor = person_actor(entry, ctx.on)
    return [chain.mentions for chain in chains]


def assign_chains(entities: list[Entity]) -> None:
    """Number chains in order of first mention: one per linked QID, per person chain, or per NIL name."""
    numbers: dict[object, int] = {}
    for entity in entities:
        if entity.qid:
            key: object = entity.qid
        elif entity.type == "PER" and entity.chain is not None:
            key = ("person", entity.chain)
        else:
            key = (entity.type, (entity.normal or entity.text).lower())
        entity.chain = numbers.setdefault(key, len(numbers))


def chain_titles(titles: list[Entity], entities: list[Entity]) -> None:
    """A title whose holder is named in the article joins that person's chain, else gets its own."""
    by_key: dict[object, int | None] = {e.qid: e.chain for e in entities if e.qid}
    fresh = max((e.chain for e in entities if e.chain is not None), default=-1) + 1
    for title in titles:
        if title.chain is None:
            # an unnamed holder (no QID) is one chain per office as written, not one with every other
            key: object = title.qid or (title.actor, fold(title.normal))
            if key not in by_key:
                by_key[key] = fresh
                fresh += 1
            title.chain = by_key[key]
