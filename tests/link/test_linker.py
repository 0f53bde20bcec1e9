"""Linking mentions to Wikidata: grammatical cases, titles by date, NIL, context and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from khronika.model import Article, Entity

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "expected.yaml"


def read(pipeline, text: str, published: str | None = "2025-09-08", source: str | None = None) -> Article:
    return pipeline(Article(id="t", text=text, published=published, source=source))


def mention(article: Article, text: str) -> Entity:
    found = [e for e in article.entities if e.text == text]
    assert found, f"{text!r} not among {[e.text for e in article.entities]}"
    return found[0]


@pytest.mark.parametrize("text, form", [
    ("Россия направила ноту протеста.", "Россия"),
    ("Делегация России прибыла в Женеву.", "России"),
    ("Президент Казахстана посетит Россию в ноябре.", "Россию"),
    ("Казахстан подписал соглашение с Россией.", "Россией"),
    ("На переговорах говорили о России и Китае.", "России"),
])
def test_country_in_every_case(pipeline, text, form):
    entity = mention(read(pipeline, text), form)
    assert (entity.qid, entity.type, entity.subtype, entity.actor) == ("Q159", "LOC", "COUNTRY", "RUS")


@pytest.mark.parametrize("text, form", [
    ("Токаев провел совещание в Астане.", "Токаев"),
    ("Послание Токаева народу было опубликовано.", "Токаева"),
    ("Токаеву доложили о ходе посевной.", "Токаеву"),
    ("Соглашение подписано Токаевым и его коллегой.", "Токаевым"),
])
def test_person_in_every_case(pipeline, text, form):
    entity = mention(read(pipeline, text, source="kazpravda.kz"), form)
    assert (entity.qid, entity.type, entity.actor, entity.country) == ("Q200881", "PER", "KAZGOV", "KAZ")


def test_person_out_of_office_gets_the_country_code(pipeline):
    entity = mention(read(pipeline, "Джо Байден выступил в университете.", published="2025-09-08"), "Джо Байден")
    assert (entity.qid, entity.actor) == ("Q6279", "USA")
    entity = mention(read(pipeline, "Джо Байден выступил в университете.", published="2024-06-01"), "Джо Байден")
    assert entity.actor == "USAGOV"


@pytest.mark.parametrize("published, holder", [("2024-06-01", "Q6279"), ("2025-06-01", "Q22686")])
def test_title_resolves_to_the_holder_on_the_date(pipeline, published, holder):
    from khronika.link.resolve import Resolver
    from khronika.nlp.doc import Doc

    text = "Президент США подписал указ о новых пошлинах."
    doc = Doc(Article(id="t", text=text, published=published))
    for _, run in pipeline.components:
        run([doc])
    assert not [e for e in doc.entities if e.type == "PER"]
    person = Resolver(doc).refers_to(0, len("Президент"))
    assert person is not None and person.qid == holder and person.actor == "USAGOV"


def test_unknown_person_is_nil(pipeline):
    article = read(pipeline, "Житель Твери Аркадий Пантелеймонович Сидоренко-Залесский нашел клад на огороде.")
    entity = mention(article, "Аркадий Пантелеймонович Сидоренко-Залесский")
    assert entity.type == "PER" and entity.qid is None


def test_place_word_before_the_name_picks_the_kind(pipeline):
    article = read(pipeline, "В штате Вашингтон прошли выборы. Делегация прилетела в Вашингтон.")
    state, city = [e for e in article.entities if e.text == "Вашингтон"]
    assert state.subtype == "REGION" and state.country == "USA"
    assert (city.qid, city.subtype) == ("Q61", "CITY")


def test_georgia_in_a_us_story_is_the_state(pipeline):
    article = read(pipeline, "Выборы в США: в Джорджии пересчитывают голоса.")
    assert mention(article, "Джорджии").qid == "Q1428"
    assert mention(read(pipeline, "Грузия и Армения подписали договор."), "Грузия").qid == "Q230"


def test_capital_speaking_for_its_country(pipeline):
    entity = mention(read(pipeline, "Москва заявила о готовности к переговорам."), "Москва")
    assert (entity.qid, entity.actor, entity.country) == ("Q649", "RUS", "RUS")


def test_body_of_a_country_gets_its_government_code(pipeline):
    entity = mention(read(pipeline, "Министерство иностранных дел Белоруссии вызвало посла."),
                     "Министерство иностранных дел Белоруссии")
    assert (entity.country, entity.actor) == ("BLR", "BLRGOV")


def test_country_adjective_and_city_adjective(pipeline):
    from khronika.kb.gazetteer import Gazetteer
    from khronika.link.linker import city_by_adjective

    assert city_by_adjective("московский", Gazetteer.default()).qid == "Q649"
    assert city_by_adjective("лондонский", Gazetteer.default()).qid == "Q84"


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(SEED.read_text(encoding="utf-8"))


def test_seed_entities_are_found_and_linked(seed_article, expected):
    by_text: dict[str, list[Entity]] = {}
    for entity in seed_article.entities:
        by_text.setdefault(entity.text, []).append(entity)
    for item in expected["entities"]:
        found = by_text.get(item["text"])
        assert found, f"{item['text']!r} not found"
        for entity in found:
            assert (entity.type, entity.qid) == (item["type"], item["qid"]), entity


def test_seed_not_entities_are_respected(seed_article, expected):
    persons = {e.text for e in seed_article.entities if e.type == "PER"}
    for text in expected["not_entities"]:
        assert text not in persons


def test_seed_entity_offsets_match_the_text(seed_article):
    assert all(seed_article.text[e.start : e.end] == e.text for e in seed_article.entities)


def link_spans(text: str, names: list[str]) -> dict[str, str | None]:
    """The QIDs the linker gives mentions handed to it (NEREL tags adjectives as places; natasha does not)."""
    from khronika.nlp.doc import Doc
    from khronika.pipeline import create_component

    doc = Doc(Article(id="t", text=text, published="2020-01-01"))
    create_component("natasha")([doc])
    doc.article.entities[:] = [Entity(text.index(n), text.index(n) + len(n), n, "LOC") for n in names]
    create_component("link")([doc])
    return {e.text: e.qid for e in doc.entities}


def test_lower_case_adjective_is_the_country_not_a_namesake_town():
    assert link_spans("Тогда советских граждан не выпускали за границу.", ["советских"]) == {"советских": "Q15180"}


def test_all_country_adjectives_and_words_for_a_state():
    text = "Всероссийский съезд поддержал решение белорусского государства."
    assert link_spans(text, ["Всероссийский", "белорусского государства"]) == {
        "Всероссийский": "Q159",
        "белорусского государства": "Q184",
    }


def test_capital_of_a_country_and_a_capitalised_city_adjective():
    text = "Переговоры прошли в столице США, а затем в Московском университете."
    assert link_spans(text, ["столице США", "Московском"]) == {"столице США": "Q61", "Московском": "Q649"}
