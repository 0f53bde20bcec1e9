"""Whom a statement is aimed at (events/statements.py): the doer of the act it judges, the side an
intent is for, whose claim a denial denies; never the speaker's own side. Real Russian news syntax."""

from tests.events.conftest import only


def said(article, trigger):
    return [e for e in article.events if e.trigger.text == trigger]


def test_criticism_of_an_act_is_aimed_at_its_doer_not_the_first_name_in_the_content(read):
    article = read("Министр иностранных дел Польши заявил, что визит в Россию президента Чехии Милоша Земана "
                   "неприемлем.")
    criticism = said(article, "заявил")
    assert [e.cameo for e in criticism] == ["111"]
    assert criticism[0].target is not None and criticism[0].target.name == "Милош Земан"  # not Russia, the place


def test_criticism_of_an_act_done_by_a_side_named_with_so_storony(read):
    article = read("Представитель ОБСЕ заявил, что разгон демонстрации со стороны полиции Армении недопустим.")
    criticism = said(article, "заявил")
    assert [e.cameo for e in criticism] == ["111"] and criticism[0].target.code == "ARMCOP"


def test_an_intent_is_coded_by_the_act_it_is_to_do_and_aimed_at_its_other_side(read):
    article = read("Правительство Колумбии выразило готовность начать мирные переговоры с повстанцами.")
    intent = said(article, "готовность")
    assert [e.cameo for e in intent] == ["036"] and intent[0].target is not None
    assert not said(article, "переговоры")  # the talks it is ready for have not happened


def test_a_promise_to_cooperate_with_a_body_is_aimed_at_it(read):
    article = read("Глава МИД Ирана Мохаммад Джавад Зариф пообещал сотрудничать с МАГАТЭ.")
    promise = said(article, "пообещал")
    assert [e.cameo for e in promise] == ["031"] and promise[0].target.name.startswith("Международное агентство")


def test_an_official_reporting_his_states_act_speaks_for_it(read):
    article = read("Премьер-министр Японии заявил о готовности Токио к диалогу с Пекином.")
    assert not said(article, "заявил")  # coded once, on the intent itself
    intent = said(article, "готовности")
    assert [e.cameo for e in intent] == ["036"] and intent[0].target.country == "CHN"


def test_a_president_reporting_on_his_ministries_does_not_speak_for_them(read):
    article = read("Президент Российской Федерации Владимир Путин отметил, что многие ведомства продолжают покупать "
                   "разрозненные программы.")
    assert [e.cameo for e in said(article, "отметил")] == ["010"]


def test_a_denial_is_aimed_at_whose_report_it_denies(read):
    article = read("Министр обороны Турции Хулуси Акар опроверг сообщения сирийских властей о гибели военных.")
    denial = said(article, "опроверг")
    assert [e.cameo for e in denial] == ["016"] and denial[0].target.country == "SYR"


def test_rejecting_these_accusations_is_not_aimed_at_the_last_speaker_before(read):
    article = read("Полиция утверждает, что Стерджесс была отравлена тем же веществом. Британия возложила "
                   "ответственность за отравление на Россию. Москва отвергает эти обвинения.")
    assert all(e.target is None or e.target.role != "COP" for e in said(article, "отвергает"))


def test_objecting_to_such_demands_is_aimed_at_who_made_them_before(read):
    article = read("Требования Еврокомиссии к Google опубликованы в пятницу. Компания возражает против таких требований.")
    objection = said(article, "возражает")
    assert [e.cameo for e in objection] == ["120"] and objection[0].target.name == "Европейская комиссия"


def test_a_rumour_with_no_speaker_gives_a_denial_no_target(read):
    article = read("В Сети появились слухи об отставке министра. Пресс-секретарь Кремля Дмитрий Песков опроверг "
                   "эту информацию.")
    assert [e.target for e in said(article, "опроверг")] == [None]


def test_a_demand_is_made_of_the_instrumental_agent_of_the_act_it_asks_for(read):
    article = read("Министр иностранных дел Японии заявил, что Токио будет настаивать на возвращении Россией "
                   "четырех островов.")
    demand = [e for e in article.events if e.cameo.startswith("10")]
    assert demand and demand[0].target is not None and demand[0].target.country == "RUS"


def test_a_passive_denials_pronoun_subject_is_the_claim_not_a_side(read):
    article = read("Ранее появилась информация о том, что Путин может возглавить союзное государство России и "
                   "Белоруссии, но она была опровергнута официальными представителями Путина.")
    assert [e.target for e in only(article, "016")] == [None]


def test_the_journalists_a_statement_is_made_to_are_no_side_of_it(read):
    article = read("«Я ничего не знаю об этом», — заявил Дональд Трамп журналистам.")
    assert all(e.target is None for e in said(article, "заявил"))


def test_a_duty_laid_on_a_state_is_a_demand_on_that_state(read):
    article = read("Помощник госсекретаря США Фил Гордон сказал, что дверь Европейского Союза для Сербии не закрыта, "
                   "но Белград должен решить вопрос о Косово.")
    demand = said(article, "сказал")
    assert [e.cameo for e in demand] == ["100"] and demand[0].target.country == "SRB"  # not the EU



def test_a_step_pointed_back_to_is_the_last_acts_doer(read):
    article = read("В субботу Арабская лига вынесла решение просить ООН признать палестинскую государственность. "
                   "Израиль и США отвергают подобный шаг, заявляя, что мир может быть достигнут только путем "
                   "переговоров.")
    rejections = [e for e in article.events if e.trigger.text == "отвергают"]
    assert rejections and all(e.target is not None and "араб" in e.target.name.lower() for e in rejections)
    alone = read("Израиль и США отвергают подобный шаг.")
    assert all(e.target is None for e in alone.events if e.trigger.text == "отвергают")


def test_talks_one_is_ready_for_are_no_talks_held(read):
    article = read("«Краснорубашечники», которые несут большие потери, объявили о готовности к переговорам.")
    assert [e.cameo for e in article.events] == ["036"]
