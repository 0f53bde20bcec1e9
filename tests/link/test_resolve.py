"""Within-article coreference: chains, titles and pronouns resolved to the linked person."""

from __future__ import annotations

import pytest
from tests.conftest import SEED_TEXT

from khronika.link.resolve import Resolver
from khronika.model import Article
from khronika.nlp.doc import Doc


def annotate(pipeline, text: str, published: str = "2025-09-08", source: str | None = None) -> Doc:
    doc = Doc(Article(id="t", text=text, published=published, source=source))
    for _, run in pipeline.components:
        run([doc])
    return doc


@pytest.fixture(scope="module")
def seed_doc(pipeline):
    return annotate(pipeline, SEED_TEXT.read_text(encoding="utf-8"), source="kazpravda.kz")


def at(doc: Doc, phrase: str, word: str):
    start = doc.text.index(phrase) + phrase.index(word)
    return Resolver(doc).refers_to(start, start + len(word))


def test_full_name_and_surname_share_a_chain(seed_doc):
    full = next(e for e in seed_doc.entities if e.text == "Касым-Жомарт Токаев")
    short = next(e for e in seed_doc.entities if e.text == "Токаев")
    assert full.chain == short.chain and short.qid == "Q200881"


@pytest.mark.parametrize("phrase, word", [
    ("– сказал он", "он"),
    ("заключил Президент", "Президент"),
    ("Выступая с Посланием народу Казахстана Президент", "Президент"),
    ("Президент анонсировал", "Президент"),
])
def test_titles_and_pronouns_resolve_to_the_president(seed_doc, phrase, word):
    person = at(seed_doc, phrase, word)
    assert person is not None and person.qid == "Q200881" and person.actor == "KAZGOV"


def test_title_before_a_name_is_that_person(seed_doc):
    person = at(seed_doc, "Президента Трампа", "Президента")
    assert person is not None and person.qid == "Q22686"


def test_title_with_a_country_in_the_genitive(pipeline):
    doc = annotate(pipeline, "Глава МИД Турции прибыл в Москву. Он проведет переговоры.")
    minister = at(doc, "Глава МИД", "Глава МИД")
    assert minister is not None and minister.actor == "TURGOV"
    assert at(doc, "Он проведет", "Он") is minister or at(doc, "Он проведет", "Он").qid == minister.qid


def test_same_surname_different_first_name_are_two_people(pipeline):
    doc = annotate(pipeline, "Барак Обама и Мишель Обама посетили Чикаго. Барак Обама выступил с речью.")
    barack = [e for e in doc.entities if e.text == "Барак Обама"]
    michelle = next(e for e in doc.entities if e.text == "Мишель Обама")
    assert barack[0].chain == barack[1].chain != michelle.chain


def test_pronoun_agrees_in_gender(pipeline):
    doc = annotate(pipeline, "Сергей Лавров встретился с коллегой. Она не комментировала итоги.")
    assert at(doc, "Она не", "Она") is None
    assert at(doc, "Сергей Лавров", "Лавров").qid == "Q58217"
