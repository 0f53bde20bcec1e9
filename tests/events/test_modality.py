"""Modality from tense, modal words, negation and the quote an event is stated in."""

from tests.events.conftest import only


def modalities(article, code_prefix="04"):
    return {e.modality for e in only(article, code_prefix)}


def test_past_visit_is_factual(read):
    assert modalities(read("Владимир Путин посетил Китай в сентябре.")) == {"factual"}


def test_future_tense_is_planned(read):
    assert modalities(read("Владимир Путин посетит Китай в октябре.")) == {"planned"}


def test_will_take_place_is_planned(read):
    assert modalities(read("Визит Токаева в Россию состоится в конце года.")) == {"planned"}


def test_intends_and_plans_are_planned(read):
    assert modalities(read("Эрдоган намерен посетить Россию.")) == {"planned"}
    assert modalities(read("Президент Узбекистана Шавкат Мирзиёев планирует посетить Казахстан.")) == {"planned"}


def test_scheduled_noun_is_planned(read):
    assert modalities(read("На следующей неделе запланирована встреча Лаврова и Фидана.")) == {"planned"}


def test_may_is_possible(read):
    assert modalities(read("Путин может встретиться с Трампом в Будапеште.")) == {"possible"}


def test_conditional_is_possible(read):
    assert modalities(read("Зеленский встретился бы с Путиным, если бы это принесло мир.")) == {"possible"}


def test_negated_verb(read):
    assert modalities(read("Лавров не встретился с Блинкеном в Женеве.")) == {"negated"}


def test_refused_visit_is_negated(read):
    assert modalities(read("Президент Франции Эммануэль Макрон отказался от визита в Китай.")) == {"negated"}


def test_cancelled_visit_is_negated(read):
    assert modalities(read("Визит Байдена в Израиль был отменен.")) == {"negated"}


def test_upcoming_visit_is_planned(read):
    assert modalities(read("Кремль готовит предстоящий визит Си Цзиньпина в Россию.")) == {"planned"}


def test_a_dated_future_noun_is_planned(read):
    article = read("Визит Путина в Индию 4 декабря.", published="2025-11-20")
    assert modalities(article) == {"planned"}


def test_refusing_to_join_sanctions_does_not_negate_them(read):
    article = read("Турция не намерена присоединяться к санкциям Евросоюза против России.")
    sanctions = only(article, "163")
    assert sanctions and sanctions[0].source.qid == "Q458" and sanctions[0].modality == "factual"


def test_an_imperfective_refusal_negates_too(read):
    article = read("Россия упрямо отказывается ратифицировать договор к Энергетической хартии.")
    assert modalities(article, "057") == {"negated"}
