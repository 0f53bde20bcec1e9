"""The subject of a verb, with the repairs for the parser's usual errors as named rules.

:func:`subjects_of` walks up from a verb: at each word it tries an ordered list of repairs (the
parse's own subject, a participle's noun, a controlling object, ...); the first that answers
decides. When none does, ``climb`` says whether the word shares the subject of the word it hangs
on (``улыбнулся и сказал``, ``Выступая ..., Президент отметил``), and the walk goes on there. Last
resorts are tried on the verb itself when the walk ends with nothing. Rule order is data: quotes
(cue verbs) and events (triggers) each pass their own lists.

A rule answers None when it does not apply and a list of words, perhaps empty, when it decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import folded_lemma
from khronika.nlp.relations import SUBJECT_RELS

NOMINALS = ("NOUN", "PROPN", "PRON", "NUM", "DET")  # ``одна из экс-гимнасток``, ``та скажет``
SHARED_SUBJECT_RELS = ("conj", "xcomp", "advcl")  # ``улыбнулся и сказал``: the subject is the head's


def anyone(token: Token) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    """Whose subject is asked (``verb``), and which words may answer."""

    verb: Token
    allowed: Callable[[Token], bool] = field(default=anyone)


Rule = Callable[[Doc, Token, Question], list[Token] | None]
Climb = Callable[[Doc, Token], Token | None]


def subjects_of(doc: Doc, verb: Token, repairs: Sequence[Rule], climb: Climb, last_resorts: Sequence[Rule] = (),
                allowed: Callable[[Token], bool] = anyone, limit: int | None = None) -> list[Token]:
    """The words acting as ``verb``'s subject: the first answer of ``repairs`` at the verb or at a
    word it climbs to (at most ``limit`` words), else of ``last_resorts`` at the verb; [] if none."""
    question = Question(verb, allowed)
    word: Token | None = verb
    seen: set[int] = set()
    while word is not None and word.i not in seen and (limit is None or len(seen) < limit):
        seen.add(word.i)
        for repair in repairs:
            found = repair(doc, word, question)
            if found is not None:
                return found
        word = climb(doc, word)
    for rule in last_resorts:
        found = rule(doc, verb, question)
        if found:
            return found
    return []


# The parse's own subject


def first_subject(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """The first subject the parse gives that may answer."""
    subjects = [t for t in doc.children(word, *SUBJECT_RELS) if question.allowed(t)]
    return subjects[:1] or None


def parse_subjects(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """The parse's subjects (never the asked word itself, a noun trigger under its light verb);
    each relative ``который`` as the noun its clause modifies."""
    subjects = subjects_pruned(doc, word, exclude=question.verb)
    return [relative_noun(doc, word, s) for s in subjects] or None


def subjects_pruned(doc: Doc, verb: Token, exclude: Token | None = None) -> list[Token]:
    """The verb's subjects; when the parse gives two, an object was read as a second one
    (``посетит Брюссель``): keep the nominative and animate ones."""
    subjects = [c for c in doc.children(verb, *SUBJECT_RELS) if exclude is None or c.i != exclude.i]
    if len(subjects) > 1:
        subjects = [c for c in subjects if doc.case(c) in ("Nom", None)] or subjects
    if len(subjects) > 1:
        subjects = [c for c in subjects if c.feats.get("Animacy") == "Anim"] or subjects[:1]
    return subjects


def relative_noun(doc: Doc, verb: Token, subject: Token) -> Token:
    """``Миллер и Озерец, которые встречаются``: the subject ``которые`` is the noun the clause modifies."""
    parent = doc.head(verb)
    if folded_lemma(subject) == "который" and verb.rel == "acl:relcl" and parent is not None:
        plural = subject.feats.get("Number") == "Plur"
        return doc.first_conjunct(parent) if plural else parent  # "Эрдоган и Алиев, которые"
    return subject


# Repairs at a word that has no subject of its own


def passive_agents(doc: Doc, verb: Token) -> list[Token]:
    """Who acts in a passive clause: a bare instrumental (``договор был подписан Медведевым``)."""
    return [c for c in doc.children(verb, "obl", "nmod", "obl:agent")
            if doc.case(c) == "Ins" and doc.prep(c) is None and c.pos in ("PROPN", "NOUN")]


def passive_agent(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """A passive verb's agent acts (``был подписан Медведевым``)."""
    if word.pos in ("VERB", "AUX") and word.feats.get("Voice") == "Pass":
        return passive_agents(doc, word) or None
    return None


def participle_noun(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """A participle's noun (``Гека Финна, говорившего``)."""
    head = doc.head(word)
    return [head] if word.rel == "acl" and head is not None and question.allowed(head) else None


def modified_noun(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """The noun a participle qualifies (``Токаев, посетивший Китай``), also when the parser reads
    the participle as an adjective; a word hanging on nothing has no subject to find."""
    head = doc.head(word)
    if head is None:
        return []
    return [head] if word.rel in ("acl", "amod") and word.pos == "VERB" else None


def controlling_object(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """Who does what an infinitive says when its verb has an object: ``пригласил российского
    лидера посетить Астану``, ``призвал Израиль прекратить огонь``."""
    head = doc.head(word)
    if word.rel != "xcomp" or head is None:
        return None
    return [c for c in doc.children(head, "obj", "iobj") if c.pos in ("NOUN", "PROPN", "PRON")] or None


def shares_subject(doc: Doc, word: Token) -> Token | None:
    """A gerund or a conjoined, complement or adverbial verb takes the subject of its head."""
    if word.feats.get("VerbForm") != "Conv" and word.rel not in SHARED_SUBJECT_RELS:
        return None
    return doc.head(word)


# Last resorts, at the verb itself


def source_in(doc: Doc, verb: Token, question: Question) -> list[Token] | None:
    """``сообщили в пресс-службе Кремля``, ``в заявлении МИД говорится``: a verb that has no subject
    by its form names its source with ``в``; the body named there (or the place itself) speaks."""
    allowed = question.allowed
    impersonal = verb.lemma.endswith("ся") or (verb.feats.get("Number") == "Plur" and verb.feats.get("Person") != "1")
    if not impersonal:
        return None
    for obl in doc.children(verb):
        if obl.rel != "obl" or not allowed(obl):
            continue
        if not any(c.rel == "case" and c.text.lower() in ("в", "во") for c in doc.children(obl)):
            continue
        owners = [c for c in doc.children(obl) if c.rel == "nmod" and allowed(c) and doc.entity_at(c) is not None]
        if owners:
            return owners[:1]
        if doc.entity_at(obl) is not None:
            return [obl]  # ``в Министерстве образования``; not ``в зале``, ``в сообщении``
    return None


def nominative_near(doc: Doc, verb: Token, question: Question) -> list[Token] | None:
    """When the parse gives no subject: the first nominative nominal right after, then right before the verb."""
    sent = doc.sents[verb.sent]
    after = doc.tokens[verb.i + 1 : min(verb.i + 5, sent.last)]
    before = reversed(doc.tokens[max(verb.i - 4, sent.first) : verb.i])
    for window in (after, before):
        for token in window:
            if token.pos == "PUNCT":
                break
            if question.allowed(token) and token.feats.get("Case") == "Nom":
                return [token]
    return None
