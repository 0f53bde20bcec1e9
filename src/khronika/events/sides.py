"""Sides a trigger takes from another event of its sentence.

``приветствовал итоги российско-американского саммита``: what is praised is the summit's sides;
``выразил протест в связи с визитом американской делегации``: so is what is protested. Not so
for a meeting, a visit or a welcome (04): their target is whom they meet, not what it is about
(``приняли обращение к премьеру``, ``обсудили визит``).
``при посредничестве Трампа``: a mediator mediates between the sides of the event before it.
``визит в Китай, где прошли переговоры``: talks with no sides of their own are the visit's.
"""

from __future__ import annotations

from khronika.data import word_list
from khronika.events.occurrence import Occurrence, dedupe
from khronika.events.tree import Tree
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
        if embedded and not occurrence.entry.has("sym") and not occurrence.entry.cameo.startswith("04"):
            occurrence.targets = others([a for e in embedded for a in e.sides], occurrence.sources)
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
    return [e for e in found if e is not occurrence]


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


def depth(tree: Tree, occurrence: Occurrence) -> int:
    return len(tree.doc.ancestors(occurrence.token, limit=20))


def others(actors: list[Actor], exclude: list[Actor]) -> list[Actor]:
    keys = {a.qid or a.code or a.name for a in exclude}
    return dedupe([a for a in actors if (a.qid or a.code or a.name) not in keys])
