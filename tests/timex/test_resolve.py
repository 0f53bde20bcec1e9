"""Each kind of expression in a real sentence, resolved against a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from khronika.timex.expr import CalendarDate, Season, Weekday, Window
from khronika.timex.recognize import recognize
from khronika.timex.resolve import resolve, resolve_default

PUBLISHED = date(2025, 9, 8)  # a Monday

CASES = [
    ("Послание оглашено 8 сентября 2025 года.", "8 сентября 2025 года", "2025-09-08", "2025-09-08", "day"),
    ("Указ вступил в силу 1 сентября.", "1 сентября", "2025-09-01", "2025-09-01", "day"),
    ("Форум пройдет в сентябре в Алматы.", "в сентябре", "2025-09-01", "2025-09-30", "month"),
    ("Соглашение подписали в сентябре 2024 года.", "в сентябре 2024 года", "2024-09-01", "2024-09-30", "month"),
    ("В марте прошлого года стороны провели переговоры.", "В марте прошлого года", "2024-03-01", "2024-03-31", "month"),
    ("В 2024 году товарооборот вырос на 12%.", "В 2024 году", "2024-01-01", "2024-12-31", "year"),
    ("Документ датирован 2025-09-08.", "2025-09-08", "2025-09-08", "2025-09-08", "day"),
    ("Протокол подписан 08.09.2025 в Минске.", "08.09.2025", "2025-09-08", "2025-09-08", "day"),
    ("Выставка будет открыта с 1 по 3 октября.", "с 1 по 3 октября", "2025-10-01", "2025-10-03", "day"),
    ("Саммит ШОС пройдет 1–3 октября в Тяньцзине.", "1–3 октября", "2025-10-01", "2025-10-03", "day"),
    ("Визит продлится с 30 сентября по 2 октября.", "с 30 сентября по 2 октября", "2025-09-30", "2025-10-02", "day"),
    ("Программа рассчитана на реализацию в 2026–2030 годах.", "в 2026–2030 годах", "2026-01-01", "2030-12-31", "year"),
    ("Завод запустят в III квартале.", "в III квартале", "2025-07-01", "2025-09-30", "quarter"),
    ("Во втором полугодии 2026 года начнут.", "Во втором полугодии 2026 года", "2026-07-01", "2026-12-31", "approx"),
    ("В 1990-х годах страна пережила кризис.", "В 1990-х годах", "1990-01-01", "1999-12-31", "approx"),
    ("Сегодня президент подписал закон.", "Сегодня", "2025-09-08", "2025-09-08", "day"),
    ("Вчера министр прибыл в Баку.", "Вчера", "2025-09-07", "2025-09-07", "day"),
    ("Позавчера делегация вернулась из Пекина.", "Позавчера", "2025-09-06", "2025-09-06", "day"),
    ("Завтра начнется заседание парламента.", "Завтра", "2025-09-09", "2025-09-09", "day"),
    ("Послезавтра состоятся выборы.", "Послезавтра", "2025-09-10", "2025-09-10", "day"),
    ("На днях состоялся мой официальный визит в Китай.", "На днях", "2025-08-25", "2025-09-08", "approx"),
    ("В пятницу министр провел брифинг.", "В пятницу", "2025-09-05", "2025-09-05", "day"),
    ("В прошлую среду стороны обменялись нотами.", "В прошлую среду", "2025-09-03", "2025-09-03", "day"),
    ("На прошлой неделе Токаев принял послов.", "На прошлой неделе", "2025-09-01", "2025-09-07", "approx"),
    ("На следующей неделе пройдут консультации.", "На следующей неделе", "2025-09-15", "2025-09-21", "approx"),
    ("В прошлом месяце экспорт снизился.", "В прошлом месяце", "2025-08-01", "2025-08-31", "month"),
    ("В следующем месяце откроется посольство.", "В следующем месяце", "2025-10-01", "2025-10-31", "month"),
    ("В начале следующего месяца начнутся учения.", "В начале следующего месяца", "2025-10-01", "2025-10-10", "approx"),
    ("В конце года состоятся мои визиты в Россию.", "В конце года", "2025-10-01", "2025-12-31", "approx"),
    ("В прошлом году страну посетили 15 глав государств.", "В прошлом году", "2024-01-01", "2024-12-31", "year"),
    ("Кроме того, текущий год выдался насыщенным.", "текущий год", "2025-01-01", "2025-12-31", "year"),
    ("В текущем году ВВП вырос.", "В текущем году", "2025-01-01", "2025-12-31", "year"),
    ("Осенью парламент рассмотрит бюджет.", "Осенью", "2025-09-01", "2025-11-30", "approx"),
    ("Этой весной в регионе прошли паводки.", "Этой весной", "2025-03-01", "2025-05-31", "approx"),
    ("Прошлой зимой цены на газ выросли.", "Прошлой зимой", "2024-12-01", "2025-02-28", "approx"),
    ("В ближайшее время будет подписан меморандум.", "В ближайшее время", "2025-09-08", "2025-10-08", "approx"),
    ("В скором времени планирую выступить в ООН.", "В скором времени", "2025-09-08", "2025-10-08", "approx"),
    ("Недавно министр побывал в Анкаре.", "Недавно", "2025-08-08", "2025-09-08", "approx"),
    ("Через неделю начнется саммит.", "Через неделю", "2025-09-15", "2025-09-21", "approx"),
    ("Через два месяца пройдут выборы.", "Через два месяца", "2025-11-01", "2025-11-30", "month"),
    ("Месяц назад стороны договорились о перемирии.", "Месяц назад", "2025-08-01", "2025-08-31", "month"),
    ("Два года назад был подписан договор.", "Два года назад", "2023-01-01", "2023-12-31", "year"),
    ("Несколько дней назад министр посетил Ташкент.", "Несколько дней назад", "2025-09-01", "2025-09-06", "approx"),
    ("В прошлые выходные прошли акции протеста.", "В прошлые выходные", "2025-09-06", "2025-09-07", "approx"),
    ("В середине октября откроется сессия.", "В середине октября", "2025-10-11", "2025-10-21", "approx"),
    ("В первой половине 2026 года начнут.", "В первой половине 2026 года", "2026-01-01", "2026-06-30", "approx"),
    ("Работы завершат до конца года.", "до конца года", "2025-09-08", "2025-12-31", "approx"),
    ("С начала года в страну прибыли 2 млн туристов.", "С начала года", "2025-01-01", "2025-09-08", "approx"),
    ("Углеродной нейтральности страна достигнет к 2060 году.", "к 2060 году", "2025-09-08", "2060-12-31", "approx"),
    ("В ближайшие два года товарооборот удвоится.", "В ближайшие два года", "2025-09-08", "2027-09-08", "approx"),
    ("За последние 10 лет население выросло.", "За последние 10 лет", "2015-09-08", "2025-09-08", "approx"),
    ("За последние сутки сбито 20 дронов.", "За последние сутки", "2025-09-07", "2025-09-08", "approx"),
    ("Минувшей ночью в городе был пожар.", "Минувшей ночью", "2025-09-07", "2025-09-08", "approx"),
    ("Закон вступил в силу в 2025-м.", "в 2025-м", "2025-01-01", "2025-12-31", "year"),
]


@pytest.mark.parametrize(("sentence", "span", "start", "end", "precision"), CASES, ids=[c[1] for c in CASES])
def test_expression_resolves_to_its_interval(sentence, span, start, end, precision):
    mentions = recognize(sentence)
    assert [m.text for m in mentions] == [span]
    interval = resolve(mentions[0].expr, PUBLISHED)
    assert (interval.start.isoformat(), interval.end.isoformat(), interval.precision) == (start, end, precision)


def test_tense_picks_the_past_or_the_next_weekday():
    friday = Weekday(4, 4)
    assert resolve(friday, PUBLISHED, "past").start == date(2025, 9, 5)
    assert resolve(friday, PUBLISHED, "future").start == date(2025, 9, 12)
    monday = Weekday(0, 0)  # publication day is a Monday: "в понедельник заявил" is today
    assert resolve(monday, PUBLISHED, "past").start == PUBLISHED
    assert resolve(monday, PUBLISHED, "future").start == date(2025, 9, 15)


def test_tense_picks_the_year_of_a_date_without_one():
    december = CalendarDate(month=12, day=25)
    assert resolve(december, PUBLISHED, "past").start == date(2024, 12, 25)
    assert resolve(december, PUBLISHED, "future").start == date(2025, 12, 25)
    assert resolve(CalendarDate(month=2), date(2025, 11, 20)).start == date(2026, 2, 1)  # nearest
    assert resolve(CalendarDate(month=8), PUBLISHED).start == date(2025, 8, 1)


def test_na_dnyakh_looks_forward_with_a_future_verb():
    window = Window("day", 14, "either")
    assert resolve(window, PUBLISHED, "future").end == date(2025, 9, 22)
    assert resolve(window, PUBLISHED, "past").start == date(2025, 8, 25)


def test_seasons_follow_tense_and_winter_spans_new_year():
    assert resolve(Season("spring"), PUBLISHED, "future").start == date(2026, 3, 1)
    winter = resolve(Season("winter"), PUBLISHED)
    assert (winter.start, winter.end) == (date(2025, 12, 1), date(2026, 2, 28))
    assert resolve(Season("winter", year=2024), None).start == date(2023, 12, 1)


def test_relative_expressions_stay_unresolved_without_publication_date():
    for sentence in ("На днях состоялся визит.", "В конце года состоятся визиты.", "В понедельник он прибыл."):
        [mention] = recognize(sentence)
        assert resolve(mention.expr, None) is None


def test_absolute_expressions_resolve_without_publication_date():
    for sentence, start in (
        ("Договор подписан 8 сентября 2025 года.", date(2025, 9, 8)),
        ("В 2024 году.", date(2024, 1, 1)),
    ):
        [mention] = recognize(sentence)
        assert resolve(mention.expr, None).start == start


def test_impossible_date_is_not_a_time():
    assert recognize("Совещание назначено на 31 ноября.") == []


def test_default_time_of_factual_and_planned_events():
    factual = resolve_default("factual", date(2025, 9, 8))
    assert (factual.value_start, factual.value_end, factual.precision) == ("2025-09-01", "2025-09-08", "approx")
    planned = resolve_default("planned", date(2025, 9, 8))
    assert (planned.value_start, planned.value_end) == ("2025-09-08", "2025-12-08")
    assert factual.defaulted and planned.defaulted
    unknown = resolve_default("factual", None)
    assert unknown.defaulted and unknown.value_start is None and unknown.precision is None


def test_anaphoric_time_takes_a_coarser_anchor_approximately():
    from khronika.timex.expr import Anaphoric
    from khronika.timex.periods import Interval

    september = Interval(date(2025, 9, 1), date(2025, 9, 30), "month")
    later = resolve(Anaphoric("day", 3), PUBLISHED, anchor=september)
    assert (later.start, later.end, later.precision) == (date(2025, 9, 4), date(2025, 10, 3), "approx")
    assert resolve(Anaphoric("year", 1), PUBLISHED, anchor=september).start == date(2026, 1, 1)
    assert resolve(Anaphoric("day", -1), None) is None


def test_now_is_the_publication_day():
    [mention] = recognize("В настоящее время переговоры продолжаются.")
    interval = resolve(mention.expr, PUBLISHED)
    assert (interval.start, interval.end, interval.precision) == (PUBLISHED, PUBLISHED, "approx")
