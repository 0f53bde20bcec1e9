"""Actor-bearing phrases of a sentence: the word that names someone, and where the phrase stands
(its preposition and case). A name stands in its title's place (``Президента Трампа``); a
genitive of a plain noun speaks for that noun (``выступить на сессии Генассамблеи``)."""

from __future__ import annotations

from dataclasses import dataclass

from khronika.data import word_list
from khronika.events.participants import Scene, actors_of
from khronika.events.tree import Tree
from khronika.model import Actor
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma, is_indeclinable

THROUGH_DEPTH = 2  # plain nouns a genitive may speak through


@dataclass(frozen=True)
class Phrase:
    """An actor-bearing phrase: the word that names it and where it stands."""

    word: Token  # the word the actors come from
    site: Token  # the word's phrase: the title before a name, or the plain noun it speaks through
    head: Token  # where the site stands: its first conjunct
    prep: str | None
    case: str | None


def find_phrases(scene: Scene, triggers: set[int]) -> list[Phrase]:
    """One phrase per site: a person's name before the title it follows, the title or a country's
    leaders before a place inside them (``с главой МИД Турции``: not Turkey)."""
    tree = scene.tree
    words: dict[int, Token] = {}
    entities = {id(e): e for e in tree.entity_of.values()}
    for entity in entities.values():
        head = tree.entity_head(entity)
        if head is not None:
            words[head.i] = head
    for token in tree.tokens:
        if token.i not in tree.entity_of and token.i not in words and actors_of(scene, token):
            words[token.i] = token
    best: dict[int, Phrase] = {}
    for word in sorted(words.values(), key=lambda t: t.i):
        phrase = phrase_of(tree, word, triggers)
        current = best.get(phrase.site.i)
        if current is None or phrase_rank(tree, phrase) < phrase_rank(tree, current):
            best[phrase.site.i] = phrase
    return sorted(best.values(), key=lambda p: p.word.i)


def phrase_rank(tree: Tree, phrase: Phrase) -> int:
    entity = tree.entity_of.get(phrase.word.i)
    if entity is not None and entity.type == "PER":
        return 0
    return 1 if phrase.word.i == phrase.site.i else 2


def phrase_of(tree: Tree, word: Token, triggers: set[int]) -> Phrase:
    site = word
    parent = tree.doc.head(site)
    if site.rel in ("flat:name", "appos", "flat") and parent is not None and parent.i not in tree.entity_of:
        site = parent  # "Президента Трампа": the title heads the phrase
    for _ in range(THROUGH_DEPTH):
        head = tree.doc.first_conjunct(site)
        parent = tree.doc.head(head)
        speaks_through = tree.doc.prep(head) is None and tree.doc.case(head) == "Gen" and head.rel == "nmod"
        if not (speaks_through and parent is not None and parent.pos == "NOUN" and parent.i not in tree.entity_of):
            break
        if parent.i in triggers or folded_lemma(parent) in word_list("light_verbs", "events"):
            break
        if parent.rel == "conj" and site is not word:
            break  # "с учёными и лауреатами премии президента": two plain nouns down a list is no one's phrase
        site = parent
    head = tree.doc.first_conjunct(site)
    if not same_role(tree, site, head):
        head = site
    return Phrase(word, site, head, tree.doc.prep(head), tree.doc.case(head))


def phrase_word(tree: Tree, token: Token) -> Token:
    """The name under a title ("Президента Трампа" -> "Трампа") when the title itself names nobody."""
    if token.i in tree.entity_of:
        return token
    names = [c for c in tree.doc.children(token, "flat:name", "appos", "flat") if c.i in tree.entity_of]
    return names[0] if names else token


def conjunct_actors(scene: Scene, token: Token) -> list[Actor]:
    """The actors of a phrase and of each phrase conjoined to it (``с Фиданом, а также с Шукри``); a
    nominative conjoined to a phrase in another case starts a clause of its own (``захватило
    эль-Масри ..., а также канадец ... был переправлен``)."""
    doc = scene.tree.doc
    parts = [p for p in doc.conjuncts(token) if same_role(scene.tree, p, token)]
    return [a for part in parts for a in actors_of(scene, phrase_word(scene.tree, part))]


def same_role(tree: Tree, part: Token, first: Token) -> bool:
    """Whether a conjunct stands where the phrase it is conjoined to stands: not a nominative
    conjoined to another case (a subject of a clause of its own the parser joined to an object)."""
    if part.i == first.i or tree.doc.case(part) != "Nom" or tree.doc.case(first) in ("Nom", None):
        return True
    return is_indeclinable(part.text)
