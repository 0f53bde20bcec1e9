"""The subject of a verb and the parser repairs, each rule on a real sentence, and rule order as data."""

from __future__ import annotations

import pytest

from khronika.model import Article
from khronika.nlp.doc import Doc, Token
from khronika.nlp.subject import (
    NOMINALS,
    Question,
    controlling_object,
    first_subject,
    modified_noun,
    nominative_near,
    parse_subjects,
    participle_noun,
    passive_agent,
    shares_subject,
    source_in,
    subjects_of,
)
from khronika.pipeline import create_component


@pytest.fixture(scope="module")
def parse():
    stages = [create_component(name) for name in ("natasha", "entities", "link")]

    def run(text: str) -> Doc:
        doc = Doc(Article(id="t", text=text))
        for stage in stages:
            stage([doc])
        return doc

    return run


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc.tokens if t.text == text)


def texts(tokens: list[Token] | None) -> list[str] | None:
    return None if tokens is None else [t.text for t in tokens]


def nominal(token: Token) -> bool:
    return token.pos in NOMINALS


def never_climb(doc: Doc, token: Token) -> Token | None:
    return None


def test_the_parses_own_subject(parse):
    doc = parse("Так считает и премьер Нетаньяху.")
    verb = word(doc, "считает")
    assert texts(first_subject(doc, verb, Question(verb))) == ["премьер"]
    assert texts(parse_subjects(doc, verb, Question(verb))) == ["премьер"]
    assert first_subject(doc, verb, Question(verb, lambda t: t.text != "премьер")) is None  # not allowed


def test_a_relative_pronoun_is_the_noun_its_clause_modifies(parse):
    doc = parse("Миллер и Озерец, которые встречаются ежегодно, обсудили поставки газа.")
    verb = word(doc, "встречаются")
    assert texts(parse_subjects(doc, verb, Question(verb))) == ["Миллер"]  # the first conjunct for a plural
    assert texts(first_subject(doc, verb, Question(verb))) == ["которые"]


def test_a_passive_verbs_agent(parse):
    doc = parse("Договор был подписан Медведевым в Праге.")
    verb = word(doc, "подписан")
    assert texts(passive_agent(doc, verb, Question(verb))) == ["Медведевым"]
    assert texts(subjects_of(doc, verb, [passive_agent, first_subject], never_climb)) == ["Медведевым"]
    assert texts(subjects_of(doc, verb, [first_subject, passive_agent], never_climb)) == ["Договор"]  # order is data


def test_a_participles_noun(parse):
    doc = parse("Токаев, посетивший Китай, вернулся в Астану.")
    verb = word(doc, "посетивший")
    assert texts(participle_noun(doc, verb, Question(verb))) == ["Токаев"]
    assert texts(modified_noun(doc, verb, Question(verb))) == ["Токаев"]
    root = word(doc, "вернулся")
    assert modified_noun(doc, root, Question(root)) == []  # nothing above the root: the walk stops


def test_an_infinitives_controlling_object(parse):
    doc = parse("Президент пригласил российского лидера посетить Астану.")
    verb = word(doc, "посетить")
    assert texts(controlling_object(doc, verb, Question(verb))) == ["лидера"]
    assert texts(subjects_of(doc, verb, [first_subject], shares_subject)) == ["Президент"]  # xcomp shares otherwise
    assert texts(subjects_of(doc, verb, [first_subject, controlling_object], shares_subject)) == ["лидера"]


def test_a_gerund_borrows_its_verbs_subject(parse):
    doc = parse("Министр, сказав журналистам несколько слов, уехал.")
    gerund = word(doc, "сказав")
    assert shares_subject(doc, gerund) is word(doc, "уехал")
    assert texts(subjects_of(doc, gerund, [first_subject], shares_subject)) == ["Министр"]
    assert subjects_of(doc, gerund, [first_subject], never_climb) == []


def test_last_resorts_at_the_verb(parse):
    doc = parse("Как сообщили в пресс-службе Кремля, визит состоится в мае.")
    verb = word(doc, "сообщили")
    assert texts(source_in(doc, verb, Question(verb, nominal))) == ["Кремля"]
    assert texts(subjects_of(doc, verb, [first_subject], never_climb, [source_in], nominal)) == ["Кремля"]
    doc = parse("Так считает и премьер Нетаньяху.")
    verb = word(doc, "считает")
    assert texts(nominative_near(doc, verb, Question(verb, nominal))) == ["премьер"]
    assert source_in(doc, verb, Question(verb, nominal)) is None  # a personal verb names no source
