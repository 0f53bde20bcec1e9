"""The ``entities`` corrections of natasha's mentions, on real news sentences."""

from __future__ import annotations

import pytest

from khronika.model import Article, Entity


def read(pipeline, text: str, published: str = "2025-09-08") -> Article:
    return pipeline(Article(id="t", text=text, published=published))


def spans(article: Article) -> dict[str, str]:
    return {e.text: e.type for e in article.entities}


def test_title_is_not_part_of_the_name(pipeline):
    article = read(pipeline, "Декларация подписана в Вашингтоне при посредничестве Президента Трампа.")
    found = spans(article)
    assert found.get("Трампа") == "PER"
    assert "Президента Трампа" not in found


def test_bare_title_is_not_a_person(pipeline):
    article = read(pipeline, "Президент отметил, что многие страны хотят развивать отношения с Казахстаном.")
    assert not [e for e in article.entities if e.type == "PER"]


def test_span_is_cut_at_the_paragraph_break(pipeline):
    text = "Фото: пресс-служба Акорды\n\nВыступая с Посланием народу Казахстана, Президент отметил рост экономики."
    found = spans(read(pipeline, text))
    assert found.get("Акорды") == "ORG"
    assert not any("\n" in t or "Выступая" in t for t in found)


@pytest.mark.parametrize("text, name", [
    ("Об этом сообщает пресс-служба Ак Орды.", "Ак Орды"),
    ("Делегацию встретили в Акорде.", "Акорде"),
    ("Кремль пока не комментирует эти сообщения.", "Кремль"),
])
def test_residences_are_organisations(pipeline, text, name):
    assert spans(read(pipeline, text)).get(name) == "ORG"


def test_european_union_is_an_organisation(pipeline):
    found = spans(read(pipeline, "Казахстан развивает многоплановые контакты с Европейским союзом."))
    assert found.get("Европейским союзом") == "ORG"


@pytest.mark.parametrize("text, body", [
    ("Совет Безопасности ООН принял резолюцию по Сирии.", "Совет Безопасности ООН"),
    ("Генеральная Ассамблея ООН проголосовала за документ.", "Генеральная Ассамблея ООН"),
    ("МИД России выступил с заявлением.", "МИД России"),
    ("Министерство иностранных дел Белоруссии вызвало посла Литвы.", "Министерство иностранных дел Белоруссии"),
    ("Совет Европейского союза продлил санкции.", "Совет Европейского союза"),
    ("ГУ МВД России по Нижегородской области начало проверку.", "ГУ МВД России по Нижегородской области"),
])
def test_a_body_and_its_owner_are_one_organisation(pipeline, text, body):
    found = spans(read(pipeline, text))
    assert found.get(body) == "ORG", found


def test_the_owner_country_stays_a_nested_place(pipeline):
    # NEREL nests LOC "России" inside ORG "МИД России"; both are mentions, both linked.
    article = read(pipeline, "МИД России выступил с заявлением.")
    body = next(e for e in article.entities if e.text == "МИД России")
    country = next(e for e in article.entities if e.text == "России")
    assert (body.type, country.type, country.qid) == ("ORG", "LOC", "Q159")
    assert body.country == "RUS"


def test_a_title_with_a_country_is_not_merged_into_a_body(pipeline):
    found = spans(read(pipeline, "Министр иностранных дел России Сергей Лавров провел переговоры."))
    assert found.get("России") == "LOC"
    assert found.get("Сергей Лавров") == "PER"


def test_known_countries_and_bodies_are_added_without_overlaps(pipeline):
    # added names never overlap a mention natasha found
    article = read(pipeline, "Страны ОДКБ и РФ обсудили ситуацию. Представители ЕС и НАТО встретились в Брюсселе.")
    found = spans(article)
    for name, type_ in (("ОДКБ", "ORG"), ("РФ", "LOC"), ("ЕС", "ORG"), ("НАТО", "ORG")):
        assert found.get(name) == type_
    ordered = sorted(article.entities, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in zip(ordered, ordered[1:]))


def test_name_particles_stay_in_the_name(pipeline):
    found = spans(read(pipeline, "Об этом заявила Урсула фон дер Ляйен в Страсбурге."))
    assert found.get("Урсула фон дер Ляйен") == "PER"


def test_sentence_initial_common_word_is_not_added(pipeline):
    # "Того" opens the sentence as a pronoun, not the country Togo.
    article = read(pipeline, "Того же мнения придерживаются и в Министерстве финансов.")
    assert "Того" not in spans(article)


def test_short_form_in_brackets_is_a_mention_of_its_own(pipeline):
    text = "Об этом заявили в Комитете защиты журналистов (КЗЖ), штаб-квартира которого находится в Нью-Йорке."
    found = spans(read(pipeline, text))
    assert found.get("КЗЖ") == "ORG"
    assert not any("(" in name for name in found)


def test_bracket_inside_a_name_does_not_split_it():
    from khronika.entities.corrector import split_parenthetical
    from khronika.nlp.doc import Doc
    from khronika.pipeline import create_component

    text = "Средства поступят в Фонд чистого («зелёного») климата до конца года."
    doc = Doc(Article(id="t", text=text))
    create_component("natasha")([doc])
    start = text.index("Фонд")
    name = Entity(start, text.index(" до"), text[start : text.index(" до")], "ORG")
    assert split_parenthetical(doc, name) == [name]
    closing = Entity(start, text.index("»)") + 2, text[start : text.index("»)") + 2], "ORG")
    assert [e.text for e in split_parenthetical(doc, closing)] == ["Фонд чистого", "«зелёного»"]


def test_name_and_its_latin_form_in_brackets_are_two_mentions(pipeline):
    text = "Международная амнистия (Amnesty International) обвиняет США в двойном подходе."
    found = spans(read(pipeline, text))
    assert found.get("Международная амнистия") == "ORG" and found.get("Amnesty International") == "ORG"


def test_latin_name_in_brackets_is_the_same_person(pipeline):
    text = "Журналист Джошуа Вульф (Joshua Wolf) провёл в тюрьме более семи месяцев."
    people = [e.text for e in read(pipeline, text).entities if e.type == "PER"]
    assert "Joshua Wolf" in people
    assert not any("(" in name for name in people)


def test_a_body_the_gazetteer_knows_is_one_organisation(pipeline):
    found = spans(read(pipeline, "Сборная России выиграла чемпионат мира по хоккею."))
    assert found.get("Сборная России") == "ORG"  # natasha sees only the place


def test_country_inside_a_known_body_stays_a_nested_place(pipeline):
    article = read(pipeline, "Представитель Госдепа США отказался от комментариев.")
    found = {(e.text, e.type) for e in article.entities}
    assert ("Госдепа США", "ORG") in found
    assert ("США", "LOC") in found


def test_space_station_is_not_an_organisation(pipeline):
    article = read(pipeline, "Экипаж МКС вернулся на Землю после полугода на орбите.")
    assert "МКС" not in spans(article)
