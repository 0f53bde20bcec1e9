"""Normal forms of mentions: every word of a name in the nominative, other dependents as written."""

import pytest

from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.nlp.models import load_models
from khronika.nlp.normal import normalize
from khronika.pipeline import create_component


@pytest.fixture(scope="module")
def normals():
    natasha = create_component("natasha")
    vocab = load_models().vocab

    def run(text: str) -> dict[str, str]:
        doc = Doc(Article(id="t", text=text))
        natasha([doc])
        return {e.text: normalize(vocab, doc.tokens_in(e.start, e.end)) for e in doc.entities}

    return run


def test_a_surname_the_dictionary_reads_as_an_adjective(normals):
    found = normals("Соглашение подписано Сергеем Донским и Андреем Бельяниновым.")
    assert found["Сергеем Донским"] == "Сергей Донской"
    assert found["Андреем Бельяниновым"] == "Андрей Бельянинов"


def test_every_part_of_a_name_in_any_case(normals):
    found = normals("Встреча с Анной Ахматовой прошла в Кремле. Письмо Вячеславу Володину направил Сергей Шойгу.")
    assert found["Анной Ахматовой"] == "Анна Ахматова"
    assert found["Вячеславу Володину"] == "Вячеслав Володин"
    assert found["Сергей Шойгу"] == "Сергей Шойгу"
    found = normals("С Линасом Линкявичусом говорил министр.")
    assert found["Линасом Линкявичусом"] == "Линас Линкявичус"


def test_a_body_keeps_its_genitive_dependents(normals):
    found = normals("Москвой и Санкт-Петербургом. Министерством иностранных дел России.")
    assert found["Санкт-Петербургом"] == "Санкт-Петербург"
    assert found["Министерством иностранных дел"] == "Министерство иностранных дел"


def test_the_text_s_yo_is_kept(normals):
    found = normals("Встреча с Владимиром Королёвым прошла в Москве.")
    assert found["Владимиром Королёвым"] == "Владимир Королёв"
