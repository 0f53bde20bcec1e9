"""Whose claim a verbal act answers: a denial, a rejection, criticism or approval that takes a noun for
what a side said, asked for or decided (``data/events/claims.txt``) is aimed at that noun's holder:
its genitive, possessive or country adjective (``опроверг сообщения сирийских властей``, ``отверг его
слова``). A claim named only by a demonstrative (``возражает против таких требований``) is the one named a few
sentences before with the same noun and a holder (``Требования ЕС``). Not the last quoted speaker
before it: ``Британия возложила ответственность на Россию. Москва отвергает эти обвинения`` answers
Britain, though the last quote was the police's. Never the act's own source, never a medium. A passive
denial's pronoun subject stands for the claim denied (``информация ..., но она была опровергнута``),
not for a side. An act a demonstrative points back to (``Израиль и США отвергают подобный шаг``,
``data/events/pointed_acts.txt``) is the last two-sided act reported before it, aimed at its source."""

from __future__ import annotations

from dataclasses import replace

from khronika.data import word_list
from khronika.events.occurrence import Occurrence
from khronika.events.participants import Scene, actors_of, as_said_here, said_before
from khronika.link.actors import actor_key
from khronika.model import Actor
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma

AIMED = ("016", "111", "12", "051")  # codes aimed at the holder of what they take
TAKEN = ("obj", "obl", "nmod", "iobj", "nsubj:pass")  # where the claim noun stands under the trigger
DENIAL = "016"
HOLDER_RELS = ("nmod", "det", "amod", "nmod:poss")
DEMONSTRATIVES = ("этот", "такой", "подобный", "данный", "указанный")
MEDIUM = "MED"


def claim_targets(scene: Scene, occurrence: Occurrence) -> list[Actor]:
    """The trigger's targets, or the holder of the claim it takes. A passive denial's pronoun subject is
    the claim denied, not a side (``информация ..., но она была опровергнута``)."""
    targets = occurrence.targets
    if occurrence.entry.cameo.startswith(DENIAL) and occurrence.token.feats.get("Voice") == "Pass":
        claims = {(c.start, c.end) for c in scene.tree.doc.children(occurrence.token, "nsubj:pass") if c.pos == "PRON"}
        targets = [a for a in targets if a.mention is None or (a.mention.start, a.mention.end) not in claims]
    return targets or claim_holders(scene, occurrence)


def claim_holders(scene: Scene, occurrence: Occurrence) -> list[Actor]:
    """The holder of the claim the trigger takes (module docstring); [] when none is named."""
    if not occurrence.entry.cameo.startswith(AIMED):
        return []
    doc, own = scene.tree.doc, {actor_key(a) for a in occurrence.sources}
    for noun in doc.children(occurrence.token, *TAKEN):
        lemma = folded_lemma(noun)
        if lemma in word_list("pointed_acts", "events") and pointed(scene, noun):
            holders = [a for a in scene.previous[:1] if actor_key(a) not in own and a.role != MEDIUM]
            if holders:
                return [replace(a, mention=None) for a in holders]
            continue
        if lemma not in word_list("claims", "events"):
            continue
        holders = holders_of(scene, noun)
        if not holders and pointed(scene, noun):
            holders = named_before(scene, noun, lemma, own)
        holders = [a for a in holders if actor_key(a) not in own and a.role != MEDIUM]
        if holders:
            return holders[:1]
    return []


def holders_of(scene: Scene, noun: Token) -> list[Actor]:
    """Whose the noun is: a bare genitive (сообщения сирийских властей), a possessive (его слова), a
    country adjective (российские обвинения)."""
    doc = scene.tree.doc
    found: list[Actor] = []
    for child in doc.children(noun, *HOLDER_RELS):
        if child.rel == "nmod" and (doc.prep(child) is not None or doc.case(child) != "Gen"):
            continue
        if folded_lemma(child) in DEMONSTRATIVES:
            continue
        found += [a for a in actors_of(scene, child) if a not in found]
    return found


def pointed(scene: Scene, noun: Token) -> bool:
    """``эту информацию``, ``таких требований``: the noun points back to a claim named before."""
    return any(folded_lemma(c) in DEMONSTRATIVES for c in scene.tree.doc.children(noun, "det", "amod"))


def named_before(scene: Scene, noun: Token, lemma: str, own: set[str]) -> list[Actor]:
    """The holder of the nearest earlier mention of the same noun, in this sentence or the few before."""
    for there, word in said_before(scene, noun, lemma):
        holders = [a for a in holders_of(there, word) if actor_key(a) not in own]
        if holders:
            return as_said_here(scene, there, holders)
    return []
