"""Who a word of the sentence stands for: a linked entity, a pronoun or title resolved to its
person, a first-person word in a quote (its speaker), a country's leaders or forces
("руководителей Азербайджана", "российская делегация"), or the countries an adjective names
("казахстанско-американский")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from khronika.data import flagged, tsv, word_list
from khronika.events.tree import Tree
from khronika.kb.cameo import GOV, role_of
from khronika.kb.gazetteer import Gazetteer
from khronika.link.actors import actor_from_entity
from khronika.link.resolve import Resolver
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma

PERSONAL = ("PRON", "DET")


@cache
def actor_nouns() -> dict[str, str | None]:
    return {lemma.strip(): None if role.strip() == "-" else role.strip() for lemma, role in tsv("events/actor_nouns.tsv")}


@dataclass
class Scene:
    """What resolving a word needs beyond the sentence: the quote's speaker, the gazetteer, the date."""

    tree: Tree
    gazetteer: Gazetteer
    speaker: Actor | None = None
    on: date | None = None
    previous: list[Actor] = field(default_factory=list)  # the sides of the last two-sided event before


def actors_of(scene: Scene, token: Token) -> list[Actor]:
    """The actors a phrase head stands for; [] when it names nobody we know."""
    tree = scene.tree
    entity = tree.entity_of.get(token.i)
    if entity is not None:
        return [entity_actor(scene, entity)]
    lemma = folded_lemma(token)
    if lemma in first_person():
        return [scene.speaker] if scene.speaker is not None else []
    if lemma in flagged("titles", "name") or lemma in actor_nouns():
        holder = named_holder(tree, token)
        if holder is not None:
            return [entity_actor(scene, holder)]
        named = Resolver(tree.doc).refers_to(token.start, token.end, fallback=False)
        if named is not None:
            return [mentioned(scene, named, token)]
        owned = owned_actors(scene, token, actor_nouns().get(lemma, GOV))
        if owned:
            return owned
    if token.pos == "PRON" and (near := Resolver(tree.doc).body_antecedent(token, names_before(tree, token))) is not None:
        return [mentioned(scene, near, token)]
    if token.pos in PERSONAL or lemma in flagged("titles", "name"):
        referent = Resolver(tree.doc).refers_to(token.start, token.end)
        if referent is not None and referent.type in ("PER", "ORG"):
            return [mentioned(scene, referent, token)]
    if token.pos in ("NOUN", "PROPN") and lemma in actor_nouns():
        owned = owned_actors(scene, token, actor_nouns()[lemma])
        if owned or not the_sides(token) or token.rel == "conj" or tree.children(token, "conj"):
            return owned  # "Обама, а также главы правительств": not the sides of anything before
        return [replace(a, mention=MentionRef(token.start, token.end)) for a in scene.previous]
    if token.pos == "ADJ" or token.rel == "amod":  # the parser may read "Российско-китайские" as a participle
        return adjective_actors(scene, token, None)
    return []


def entity_actor(scene: Scene, entity: Entity) -> Actor:
    """The entity's actor, named as the gazetteer names it ("Нарендрой Моди" -> "Нарендра Моди")."""
    actor = actor_from_entity(entity)
    entry = scene.gazetteer.by_qid(entity.qid) if entity.qid else None
    if entry is not None and entry.name and "," not in entry.name:  # not a "Surname, Name" catalogue form
        actor.name = entry.name
    return actor


def mentioned(scene: Scene, entity: Entity, token: Token) -> Actor:
    """The entity's actor, mentioned here by this word."""
    actor = entity_actor(scene, entity)
    actor.mention = MentionRef(token.start, token.end)
    return actor


NAME_GAP = 6  # words between a title and its name (министр энергетики Белоруссии Александр Озерец)
NAME_STOPS = {",", ";", ":", "(", ")", "—", "–", "-", "и", "а", "или"}


def named_holder(tree: Tree, title: Token) -> Entity | None:
    """The name a title stands with: in the parse (``заместителем министра ... Александром
    Налбандовым``), else the first name after it before a break (the parser often hangs the
    name of the second of two titled people on the first)."""
    return named_in_parse(tree, title) or named_after(tree, title)


def named_after(tree: Tree, title: Token) -> Entity | None:
    for token in tree.tokens[title.i - tree.sent.first + 1 :][:NAME_GAP]:
        entity = tree.entity_of.get(token.i)
        if entity is not None and entity.type == "PER":
            return entity
        if token.text.lower() in NAME_STOPS or token.pos in ("VERB", "AUX"):
            return None
    return None


def named_in_parse(tree: Tree, title: Token) -> Entity | None:
    todo, seen = [title], 0
    while todo and seen < 8:
        current = todo.pop(0)
        seen += 1
        for child in tree.children(current, "appos", "flat:name", "flat", "nmod"):
            entity = tree.entity_of.get(child.i)
            if entity is not None and entity.type == "PER" and child.rel != "nmod":
                return entity
            if child.rel == "nmod" and child.i not in tree.entity_of:
                todo.append(child)
    return None


def names_before(tree: Tree, word: Token) -> Iterator[tuple[Token, Entity]]:
    """The names before ``word`` in its sentence, nearest first, each with its head word."""
    for token in reversed(tree.tokens[: word.i - tree.sent.first]):
        entity = tree.entity_of.get(token.i)
        if entity is not None and tree.entity_head(entity) is token:
            yield token, entity


def the_sides(token: Token) -> bool:
    """``Стороны обсудили``, ``лидеры договорились``: a plural that names the sides just reported."""
    return token.feats.get("Number") == "Plur" and folded_lemma(token) in word_list("the_sides", "events")


def owned_actors(scene: Scene, token: Token, role: str | None) -> list[Actor]:
    """A country's actors named by a noun and its country: a genitive (главы МИД Турции) or an adjective."""
    tree = scene.tree
    found: list[Actor] = []
    for child in tree.children(token, "nmod", "amod"):
        if child.rel == "nmod" and (tree.prep(child) or tree.case(child) != "Gen"):
            continue
        for part in tree.conjuncts(child):
            entity = tree.entity_of.get(part.i)
            if entity is not None and entity.country and entity.subtype in ("COUNTRY", "CITY", "REGION", None):
                found.append(country_actor(scene, entity.country, role, token, entity.start, entity.end))
            elif part.pos == "ADJ" or part.rel == "amod":
                found.extend(adjective_actors(scene, part, role, token))
    return found


def adjective_actors(scene: Scene, adjective: Token, role: str | None, noun: Token | None = None) -> list[Actor]:
    countries = scene.gazetteer.adjectives.countries(adjective.text)
    mention = noun or adjective
    return [country_actor(scene, iso3, role, mention, adjective.start, mention.end) for iso3 in countries]


def country_actor(scene: Scene, iso3: str, role: str | None, noun: Token, start: int, end: int) -> Actor:
    entry = scene.gazetteer.country(iso3)
    name = entry.name if entry else iso3
    code = iso3 + (role or "")
    label = name if role is None else f"{noun.lemma} ({name})"
    span = MentionRef(min(start, noun.start), max(end, noun.end))
    return Actor(name=label, qid=entry.qid if entry and role is None else None, code=code, country=iso3,
                 role=role_of(code), mention=span)


@cache
def first_person() -> frozenset[str]:
    return word_list("first_person", "events")
