"""Sides a trigger takes from another event of its sentence.

``приветствовал итоги российско-американского саммита``: what is praised is the summit's sides;
``выразил протест в связи с визитом американской делегации``: so is what is protested. Not so
for a meeting, a visit or a welcome (04): their target is whom they meet, the counterpart of the
talks they are for (``прибудут на встречу с Виктором``), not the sides of another act they are about
(``приняли обращение к премьеру``, ``приняла отставку Маккаррика``).
``при посредничестве Трампа``: a mediator mediates between the sides of the event before it.
``визит в Китай, где прошли переговоры``: talks with no sides of their own are the visit's.
"""

from __future__ import annotations

from khronika.data import word_list
from khronika.events.occurrence import Occurrence, dedupe
from khronika.events.tree import Tree
from khronika.kb.cameo import is_travel
from khronika.model import Actor
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma

EMBEDDING_RELS = ("obj", "nmod", "obl", "iobj")


def borrow_sides(tree: Tree, occurrences: list[Occurrence]) -> None:
    by_token = {o.token.i: o for o in occurrences}
    for occurrence in sorted(occurrences, key=lambda o: -depth(tree, o)):
        if occurrence.targets:
            continue
        embedded = embedded_events(tree, occurrence, by_token)
        if occurrence.entry.cameo.startswith("04"):  # a meeting's counterpart is that of the talks it is for
            embedded = [e for e in embedded if e.entry.cameo.startswith("04")]
        if embedded and not occurrence.entry.has("sym"):
            # a visit's place is no side ("протест в связи с визитом Медведева в Абхазию")
            sides = [a for e in embedded for a in e.sides if not (is_travel(e.entry.cameo) and is_place(tree, a))]
            occurrence.targets = others(sides, occurrence.sources)
            continue
        previous = [p for p in occurrences if p.token.i < occurrence.token.i and len(p.sides) >= 2]
        if not previous:
            continue
        before = previous[-1]
        if occurrence.entry.has("borrow"):
            occurrence.targets = others(before.sides, occurrence.sources)
        elif occurrence.entry.has("sym") and not occurrence.sources and within(tree, occurrence, before):
            occurrence.sources, occurrence.targets = before.sources[:], before.targets[:]


def embedded_events(tree: Tree, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> list[Occurrence]:
    """Event nouns the trigger takes as its object, directly or through a plain noun (итоги саммита)."""
    found: list[Occurrence] = []
    for child in objects_of(tree, occurrence):
        for part in tree.doc.conjuncts(child):
            if part.i in by_token:
                found.append(by_token[part.i])
                continue
            found += [by_token[g.i] for g in tree.doc.children(part, "nmod") if g.i in by_token]
    if not found:  # "протест против визита": the parse lost the phrase, its place did not
        found = [o for o in by_token.values() if o.token.i > occurrence.token.i and next_to(tree, occurrence, o)]
    return [e for e in found if e is not occurrence]


NEXT_WINDOW = 4  # words between a trigger and an event noun that its target slot takes by position


def next_to(tree: Tree, occurrence: Occurrence, other: Occurrence) -> bool:
    """An event noun shortly after the trigger, in a phrase the trigger takes as its target, with no
    verb between (``выразило протест против состоявшегося в пятницу визита``)."""
    token, prep = other.token, tree.doc.prep(other.token)
    if token.pos != "NOUN" or prep is None or not occurrence.entry.target_slot(prep, tree.doc.case(token)):
        return False
    between = [t for t in tree.tokens if occurrence.token.i < t.i < token.i]
    return len(between) <= NEXT_WINDOW and not any(tree.is_finite_verb(t) or t.text in (";", ":") for t in between)


def within(tree: Tree, occurrence: Occurrence, host: Occurrence) -> bool:
    """Talks held on a visit: the visit is above them in the parse (``визит в Китай, где прошли переговоры``)."""
    above = tree.doc.ancestors(occurrence.token, limit=4)
    ids = [t.i for t in above]
    if not host.entry.cameo.startswith("04") or host.token.i not in ids:
        return False
    path = [occurrence.token, *above[: ids.index(host.token.i)]]
    return any(t.rel in ("acl:relcl", "acl", "advcl") for t in path)  # a clause on the visit, not a topic of it


def objects_of(tree: Tree, occurrence: Occurrence) -> list[Token]:
    """The trigger's dependents, and its light verb's (``выразил протест в связи с визитом``)."""
    token = occurrence.token
    found = tree.doc.children(token, *EMBEDDING_RELS)
    verb = tree.doc.head(token)
    if token.rel == "obj" and verb is not None and folded_lemma(verb) in word_list("light_verbs", "events"):
        found += [c for c in tree.doc.children(verb, "obl") if tree.doc.prep(c) is not None]
    return found


def is_place(tree: Tree, actor: Actor) -> bool:
    """Whether the actor was read off a place name (Абхазия, Курильские острова)."""
    if actor.mention is None:
        return False
    return any(e.type == "LOC" for e in tree.entity_of.values()
               if (e.start, e.end) == (actor.mention.start, actor.mention.end))


def depth(tree: Tree, occurrence: Occurrence) -> int:
    return len(tree.doc.ancestors(occurrence.token, limit=20))


def others(actors: list[Actor], exclude: list[Actor]) -> list[Actor]:
    keys = {a.qid or a.code or a.name for a in exclude}
    return dedupe([a for a in actors if (a.qid or a.code or a.name) not in keys])
