"""Received acts: ``получил приглашение от Токаева``, ``мы получили наказы от избирателей``.

A noun trigger that is the object of a verb of receiving (``data/events/receiving.txt``) names an
act done TO that verb's subject: the sender, named in an ``от`` phrase, is its source and the
receiver its target. With no sender named the act has no source we can name, and the receiver is
never taken for one (``получил приглашение`` is no invitation by him)."""

from __future__ import annotations

from functools import cache

from khronika.data import word_list
from khronika.events.occurrence import Occurrence
from khronika.events.participants import Scene
from khronika.events.phrases import Phrase, conjunct_actors
from khronika.nlp.forms import folded_lemma
from khronika.nlp.relations import SUBJECT_RELS

SENDER_PREP = "от"


@cache
def receiving_verbs() -> frozenset[str]:
    return word_list("receiving", "events")


def read_received(scene: Scene, occurrence: Occurrence, phrases: list[Phrase]) -> bool:
    """Set a received act's sides; False when the trigger is not received."""
    doc, token = scene.tree.doc, occurrence.token
    verb = doc.head(token)
    if token.pos != "NOUN" or token.rel != "obj" or verb is None or folded_lemma(verb) not in receiving_verbs():
        return False
    senders = [p for p in phrases if p.prep == SENDER_PREP and p.case == "Gen" and doc.head(p.head) in (verb, token)]
    occurrence.sources = [a for p in senders for a in conjunct_actors(scene, p.word)]
    occurrence.targets = [a for s in doc.children(verb, *SUBJECT_RELS) for a in conjunct_actors(scene, s)]
    return True
