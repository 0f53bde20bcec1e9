"""Dated actor codes (the codes column of entities.tsv, from the Phoenix dictionary): the code on a date,
and with no date the last office, not the later ELI."""

from __future__ import annotations

from datetime import date

import pytest

from khronika.kb.gazetteer import Gazetteer
from khronika.kb.offices import DatedCode, code_on, parse_codes

# Sarkozy as Phoenix codes him: elite, ministers' codes, president 2007-2012, elite at every other time.
SARKOZY = parse_codes("FRAELI,1973-01-01,2004-04-01;FRAGOVMIL,2003-01-01,2004-03-31;"
                      "FRAGOV,2006-02-01,2007-03-31;FRAGOV,2007-05-16,2012-05-15;FRAELI,,")


def test_parse_codes_reads_dated_and_undated_codes():
    assert SARKOZY[1] == DatedCode("FRAGOVMIL", date(2003, 1, 1), date(2004, 3, 31))
    assert not SARKOZY[-1].dated and SARKOZY[0].dated
    assert parse_codes("") == ()


@pytest.mark.parametrize("on, code", [
    (date(2010, 6, 1), "FRAGOV"),     # president
    (date(2003, 6, 1), "FRAGOVMIL"),  # the latest-starting period that covers the day
    (date(2007, 4, 15), "FRAELI"),    # between two periods: the undated code
    (date(2016, 5, 5), "FRAELI"),     # after the presidency
    (None, "FRAGOV"),                 # no date: the last office, not the ELI of every other time
])
def test_the_code_on_a_date(on, code):
    assert code_on(SARKOZY, on) == code


def test_an_elite_alone_is_still_a_code_and_no_codes_none():
    assert code_on(parse_codes("USAELI,,"), None) == "USAELI"
    assert code_on(parse_codes("JPNGOV,2009-10-01,"), date(2005, 1, 1)) is None
    assert code_on((), None) is None


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("qid, country, no_date", [
    ("Q76", "USA", "USAGOV"),     # Барак Обама
    ("Q329", "FRA", "FRAGOV"),    # Николя Саркози
    ("Q11860", "ITA", "ITAGOV"),  # Сильвио Берлускони
])
def test_people_the_gazetteer_knows_only_by_name_carry_phoenix_codes(gaz, qid, country, no_date):
    entry = gaz.by_qid(qid)
    assert entry is not None and entry.country == country and not entry.offices
    assert code_on(entry.codes, None) == no_date


def person(pipeline, text: str, name: str, published: str | None):
    from khronika.model import Article

    article = pipeline(Article(id="t", text=text, published=published))
    found = [e for e in article.entities if e.text == name]
    assert found, f"{name!r} not among {[e.text for e in article.entities]}"
    return found[0]


def test_a_person_is_coded_by_the_phoenix_period_of_the_date(pipeline):
    text = "Николя Саркози выступил с заявлением о ситуации в Нигере."
    assert person(pipeline, text, "Николя Саркози", None).actor == "FRAGOV"
    assert person(pipeline, text, "Николя Саркози", "2010-06-01").actor == "FRAGOV"
    assert person(pipeline, text, "Николя Саркози", "2016-05-05").actor == "FRAELI"


def test_an_open_office_of_the_dictionary_ends_with_the_dictionary(pipeline):
    # Phoenix (January 2014) has Obama USAGOV from 2009 with no end: known until 2014, not in 2025
    text = "Барак Обама выступил с речью в Чикаго."
    assert person(pipeline, text, "Барак Обама", "2012-03-01").actor == "USAGOV"
    assert person(pipeline, text, "Барак Обама", None).actor == "USAGOV"
    assert person(pipeline, text, "Барак Обама", "2025-03-01").actor != "USAGOV"


def test_a_title_the_text_gives_wins_over_a_dictionary_code(pipeline):
    # in 2016 Phoenix's Yanukovych is UKRELI; the text calls him president of Ukraine, so UKRGOV
    text = "Президент Украины Виктор Янукович провел переговоры в Анкаре."
    assert person(pipeline, text, "Виктор Янукович", "2016-05-05").actor == "UKRGOV"
    # Phoenix's last office of Kerry is USAGOV (Secretary of State from 2013); the text says senator
    text = "Сенатор Джон Керри прибыл в воскресенье вечером в Пакистан."
    assert person(pipeline, text, "Джон Керри", None).actor == "USALEG"
    assert person(pipeline, text, "Джон Керри", "2016-05-05").actor == "USALEG"
