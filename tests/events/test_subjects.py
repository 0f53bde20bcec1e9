"""Subjects the parse does not give: the nearest nominative name before the verb, but never a name
whose case is its neighbour's (a conjunct or an apposition of a dative)."""

from tests.events.conftest import only


def test_a_name_joined_to_a_dative_is_no_subject(read):
    article = read("Мне и Ли Со Ён помогли выбраться из корабля люди, которые нас встретили.")
    assert not [e for e in only(article, "07") if e.source is not None and "Ли" in e.source.name]


def test_a_name_set_beside_a_dative_is_no_subject(read):
    article = read("Его работа очень понравилась супруге первого президента — Наине Иосифовне, и создание "
                   "обелиска тоже поручили этому художнику.")
    assert not [e for e in article.events if e.source is not None and "Наин" in e.source.name]


def test_a_quoted_name_after_a_common_noun_keeps_its_own_case(read):
    article = read("Руководство радикального движения «Талибан» сообщило, что войска НАТО в Афганистане "
                   "полностью деморализованы.")
    assert [e.source.name for e in only(article, "01") if e.source is not None] == ["Талибан"]
