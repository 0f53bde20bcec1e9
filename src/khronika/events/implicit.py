"""Sources the sentence does not name as a subject: ``разгон митинга со стороны полиции``, and the
body a court or police act implies (``приговоры были вынесены``, ``был задержан``, ``после
арестов``).

Any trigger without a source takes the ``со стороны`` phrase. A trigger flagged ``by=ROLE`` in
the lexicon (``by=JUD`` for a sentence, ``by=COP`` for an arrest) is done by a body of that role.
With no source of its own, in order: its passive agent or subject, even a bare noun (``судом``,
``суд``, ``новыми властями``); else, when the clause leaves its actor unsaid, the nearest body of
that role (a role noun or a name coded with the role, not a person) named before it in its
sentence, and for a verb in the article's sentences before it; else none, and the event is not
reported (a source is never invented). A clause leaves its actor unsaid with a noun, a passive,
a participle, or an indefinite-personal verb (``задержали``, no subject at all); a verb with a
subject the parse could not read as an actor is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from khronika.events.occurrence import Occurrence
from khronika.events.participants import Scene, actors_of, owned_actors
from khronika.events.phrases import conjunct_actors
from khronika.events.subjects import clause_verb, is_passive
from khronika.events.tree import Tree
from khronika.events.triggers import companion_of
from khronika.kb.agents import actor_roles, agent
from khronika.model import Actor, MentionRef
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma
from khronika.nlp.relations import SUBJECT_RELS
from khronika.nlp.subject import passive_agents

SIDE = "с сторона"  # "со стороны X", as ``Doc.prep`` folds it
PART = ("участие",)  # nouns of taking part in an event: their verb's subject takes part
LOOK_BACK = 12  # sentences of the article searched for the acting body


def implicit_sources(scene: Scene, occurrence: Occurrence) -> list[Actor]:
    """Who acts for a trigger whose source the parse did not give (see the module docstring)."""
    roles, token = occurrence.entry.by, occurrence.token
    named = side_actors(scene, token) or taking_part(scene, token)
    if named or not roles:
        return named
    stated = stated_words(scene.tree, token)
    if stated:  # the clause names who acts (судом, суд, новыми властями): that or nobody
        return [actor for word in stated if (actor := bare_body(scene, word, None)) is not None]
    if not unsaid_actor(scene.tree, token):
        return []
    return body_before(scene, token, roles)


def left_unsaid(scene: Scene, occurrence: Occurrence) -> bool:
    """A court or police act whose actor the clause leaves unsaid: no guessing a dropped subject."""
    return bool(occurrence.entry.by) and unsaid_actor(scene.tree, occurrence.token)


def side_actors(scene: Scene, token: Token) -> list[Actor]:
    """``со стороны полиции``: on the trigger, on the first of the nouns it is listed with, or on
    the word these hang on (``со стороны полиции разгон митинга, закрытие телеканалов —
    неприемлемы``: the parse puts the phrase on the predicate)."""
    doc = scene.tree.doc
    first = doc.first_conjunct(token)
    carriers = [token, first] + [w for w in [doc.head(first), clause_verb(scene.tree, token)] if w is not None]
    for word in carriers:
        for child in doc.children(word, "obl", "nmod"):
            if doc.prep(child) == SIDE:
                return conjunct_actors(scene, child) or [a for a in [bare_body(scene, child, None)] if a]
    return []


def taking_part(scene: Scene, token: Token) -> list[Actor]:
    """``Нетаньяху отказался от участия в саммите``: who takes part, or refuses to, is the subject of
    the verb the noun of taking part hangs on; its modality comes from that verb (modality.tsv)."""
    doc = scene.tree.doc
    part = doc.head(token)
    if token.pos not in ("NOUN", "PROPN") or token.rel != "nmod" or part is None or folded_lemma(part) not in PART:
        return []
    verb = doc.head(part)
    if verb is None or verb.pos != "VERB" or part.rel not in ("obl", "obj"):
        return []
    return [a for s in doc.children(verb, *SUBJECT_RELS) for a in conjunct_actors(scene, s)]


def stated_words(tree: Tree, token: Token) -> list[Token]:
    """A verb's passive agent (``приговорен судом``) or its subject (``суд приговорил``)."""
    if token.pos != "VERB":
        return []
    return passive_agents(tree.doc, token) if is_passive(token) else tree.doc.children(token, *SUBJECT_RELS)


def unsaid_actor(tree: Tree, token: Token) -> bool:
    """A noun, a passive or a participle, or a verb with no subject at all in the third person
    plural (``задержали активистов``: Russian's way of leaving the actor unsaid)."""
    if token.pos != "VERB" or is_passive(token) or token.feats.get("VerbForm") == "Part":
        return True
    if tree.doc.children(token, *SUBJECT_RELS):
        return False
    return token.feats.get("Number") == "Plur" and token.feats.get("Person", "3") == "3" and token.rel not in ("xcomp", "conj")


def body_before(scene: Scene, token: Token, roles: tuple[str, ...]) -> list[Actor]:
    """The nearest body of the roles named before the trigger: in its sentence, then, for a
    predicate, in the sentences before. A noun (``после арестов``) or a participle qualifying one
    (``приговоры, вынесенные 14 мая``) is often a mere mention of an act reported before, so it
    takes only a body of its own sentence."""
    tree = scene.tree
    for word in reversed(tree.tokens[: token.i - tree.sent.first]):
        actor = body_actor(scene, word, roles)
        if actor is not None:
            return [actor]
    if not predicate(token):
        return []
    doc = tree.doc
    entities = sorted(doc.entities, key=lambda e: (e.start, e.end))
    earlier = [s for s in doc.sents if s.end <= tree.sent.start][-LOOK_BACK:]
    for sent in reversed(earlier):
        there = replace(scene, tree=Tree.build(doc, sent, entities), previous=[])
        for word in reversed(there.tree.tokens):
            actor = body_actor(there, word, roles)
            if actor is not None:
                return [replace(actor, mention=None)]  # named elsewhere: not this sentence's words
    return []


def predicate(token: Token) -> bool:
    """A verb that states the act: finite, an infinitive or a short participle (``были вынесены``),
    not a full participle qualifying a noun."""
    return token.pos == "VERB" and (token.feats.get("VerbForm") != "Part" or token.feats.get("Variant") == "Short")


def body_actor(scene: Scene, word: Token, roles: tuple[str, ...]) -> Actor | None:
    """The actor a word names when it is a body of one of the roles: a linked name whose actor
    code holds the role (``ФСБ России``), or a role noun (``суд``, ``полиция``), with its country
    when the text gives one. Not a person: one named nearby is no proof that he made the arrest."""
    lemma = folded_lemma(word)
    role = actor_roles().get(lemma) if word.pos in ("NOUN", "PROPN") else None
    entry = agent(lemma)
    if entry is not None and entry.flags & {"name", "alone"}:
        role = None  # "судья", "прокурор": a person's title, not the body that acts (суд, прокуратура)
    entity = scene.tree.entity_of.get(word.i)
    if entity is not None:
        if scene.tree.entity_head(entity) is not word or entity.type == "PER":
            return None
        actors = actors_of(scene, word)
        if role in roles:  # "Судом Партизанского района": a court by its head word, whatever its code
            return next((replace(a, role=role) for a in actors), None)
        return next((a for a in actors if a.role in roles), None)
    if role not in roles:
        return None
    owned = owned_actors(scene, word, role)  # its country's, never the person a title names
    return owned[0] if owned else bare(scene, word, role)


def bare_body(scene: Scene, word: Token, role: str | None) -> Actor | None:
    """A word's actor (``полиция Грузии``), else a role noun as a bare body (``суд``, ``властями``)."""
    owned = actors_of(scene, word)
    if owned:
        return owned[0]
    role = role or actor_roles().get(folded_lemma(word))
    return bare(scene, word, role) if role is not None else None


def bare(scene: Scene, word: Token, role: str) -> Actor:
    """A body known only by its role (``суд``): of the country of the sentence's scene, else of the
    article's own country (a court in a report from Minsk is Belarus's), else the bare role code."""
    country = scene.place_country or scene.home_country
    return Actor(name=folded_lemma(word), code=f"{country}{role}" if country else role, country=country, role=role,
                 mention=MentionRef(word.start, word.end))


def reverse_sides(scene: Scene, occurrence: Occurrence) -> None:
    """``предстал перед судом`` (flag ``reverse``): the body the trigger's second word names acts on
    the trigger's subject. With no such body read (a word that names none), no source: no event."""
    entry = occurrence.entry
    if not entry.has("reverse") or entry.needs is None:
        return
    word = companion_of(scene.tree, occurrence.token, entry.needs)
    body = bare_body(scene, word, None) if word is not None else None
    accused = [a for a in occurrence.sources if body is None or a.mention != body.mention]
    occurrence.sources = [body] if body is not None else []
    occurrence.targets = accused
