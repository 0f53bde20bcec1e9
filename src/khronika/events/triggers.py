"""Finding the words of a sentence that name events: lexicon look-up by lemma and part of speech."""

from __future__ import annotations

from dataclasses import replace

from khronika.data import word_list
from khronika.events.lexicon import Trigger, lexicon
from khronika.events.occurrence import Occurrence
from khronika.events.tree import Tree
from khronika.model import Actor
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma

POS_GROUP = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
REJECT = "12"  # CAMEO root of rejections
NEEDS_WINDOW = 2  # a trigger's second word stands within this many words when the parse does not join them


def may_have_triggers(tokens: list[Token]) -> bool:
    """A cheap test before the sentence's parse is indexed: some word's lemma is in the lexicon."""
    entries = lexicon()
    return any((folded_lemma(t), POS_GROUP.get(t.pos, "")) in entries for t in tokens)


def find_triggers(tree: Tree) -> list[tuple[Token, Trigger]]:
    """(token, lexicon entry) for each trigger word of the sentence, outside named entities. The
    second word of a two-word trigger may be a trigger too (``визит отменен``: a cancellation and
    a visit that did not happen); one that only completes the first (``пригрозил санкциями``)
    finds no source of its own, so it gives no event."""
    found = []
    for token in tree.tokens:
        if token.i in tree.entity_of:
            continue
        entry = match(tree, token)
        if entry is not None and (entry.needs is not None or not light_phrase(tree, token)):
            found.append((token, entry))
    refused = {word.i for token, entry in found if (word := refused_act(tree, token, entry)) is not None}
    return [(token, entry) for token, entry in found if token.i not in refused]


def light_phrase(tree: Tree, token: Token) -> bool:
    """A verb in a phrase that only carries an event noun (``принял участие в переговорах``): the
    event is the noun's, the verb's bare line (``принять`` 043, a host) is not its own event; a line
    of the phrase itself (``принять решение`` 0342) still is."""
    lemma = folded_lemma(token)
    light = word_list("light_verbs", "events")
    return any(f"{lemma} {folded_lemma(o)}" in light for o in tree.doc.children(token, "obj"))


def refused_act(tree: Tree, token: Token, entry: Trigger) -> Token | None:
    """The infinitive a rejection is coded by (``отказывается освободить``: 1243): the refusal is
    the one event, not also a negated release."""
    if not entry.cameo.startswith(REJECT) or entry.needs is None:
        return None
    word = companion_of(tree, token, entry.needs)
    return word if word is not None and word.pos == "VERB" else None


def match(tree: Tree, token: Token) -> Trigger | None:
    group = POS_GROUP.get(token.pos)
    if group is None:
        return None
    for entry in lexicon().get((folded_lemma(token), group), ()):
        if entry.needs is None or companion_of(tree, token, entry.needs) is not None:
            return entry
    return None


def companion_of(tree: Tree, token: Token, lemma: str) -> Token | None:
    """The second word of a two-word trigger: joined to it in the parse, or close by."""
    near = tree.doc.children(token) + [t for t in [tree.doc.head(token)] if t is not None]
    lo, hi = token.i - NEEDS_WINDOW, token.i + NEEDS_WINDOW
    near += [t for t in tree.tokens if lo <= t.i <= hi and t.i != token.i]
    return next((t for t in near if folded_lemma(t) == lemma), None)


def recode(tree: Tree, occurrence: Occurrence) -> None:
    """The code a trigger takes by what it acts on (``person=``): ``захватило гражданина`` is an
    abduction (181), ``захватили город`` the seizing of territory (192)."""
    code = occurrence.entry.on_person
    if code is not None and any(is_person(tree, target) for target in occurrence.targets):
        occurrence.entry = replace(occurrence.entry, cameo=code)


def is_person(tree: Tree, actor: Actor) -> bool:
    mention = actor.mention
    return mention is not None and any(
        e.type == "PER" and (e.start, e.end) == (mention.start, mention.end) for e in tree.entity_of.values())
