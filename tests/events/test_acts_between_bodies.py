"""Refusals coded by what is refused, envoys sent and recalled, nominations, reviews, debts repaid
and documents handed over: one real sentence each, and the precision cases."""

from tests.events.conftest import only


def test_refusing_to_release_is_one_rejection_not_also_a_negated_release(read):
    article = read("Сирия отказывается освободить задержанных журналистов.")
    assert [e.cameo for e in only(article, "12")] == ["1243"]
    assert not only(article, "08")


def test_refusing_to_freeze_a_policy_is_a_rejection_of_policy_change(read):
    events = only(read("Израиль отказывается заморозить строительство поселений."), "123")
    assert events and events[0].cameo == "1232" and events[0].source.name == "Израиль"


def test_a_delegation_sent_is_a_visit_to_where_it_goes(read):
    events = only(read("Министерство иностранных дел России направило в Ливию делегацию."), "042")
    assert events and events[0].target.name == "Ливия"


def test_an_envoy_recalled_from_a_country(read):
    events = only(read("Грузия отзывает посла из России."), "161")
    assert events and events[0].source.name == "Грузия" and events[0].target.name == "Россия"


def test_nominating_a_candidate_endorses_them_standing_oneself_does_not(read):
    events = only(read("Партия «Справедливая Россия» выдвинула своим кандидатом Сергея Миронова."), "051")
    assert events and events[0].target.name.endswith("Миронов")
    assert not only(read("На выборах в Индонезии свою кандидатуру выдвинул местный житель Михаил Горбачёв."), "05")


def test_a_question_under_review_is_considering_a_policy_option(read):
    events = only(read("Совет безопасности России рассмотрел вопрос о ситуации в Сирии."), "014")
    assert events and events[0].source.name.startswith("Совет безопасности")


def test_a_debt_repaid_to_a_creditor(read):
    events = only(read("Украина досрочно погасила долг перед МВФ."), "061")
    assert events and events[0].source.name == "Украина" and events[0].target is not None


def test_paying_a_fine_is_no_cooperation(read):
    assert not only(read("Компания согласилась выплатить США штраф в размере 3,5 млрд долларов."), "06")


def test_documents_handed_to_a_body_are_shared_information(read):
    events = only(read("Концерн «Майкрософт» представил Еврокомиссии дополнительную документацию."), "064")
    assert events and "Майкрософт" in events[0].source.name and events[0].target is not None


def test_refusing_to_take_part_in_a_meeting_is_the_meeting_negated(read):
    events = only(read("Канцлер Германии Ангела Меркель отказалась от участия во встрече с Дональдом Трампом."), "04")
    assert [(e.source.name, e.target.name, e.modality) for e in events] == [("Ангела Меркель", "Дональд Трамп", "negated")]


def test_taking_part_in_talks_is_the_talks_not_a_hosted_visit(read):
    article = read("Владимир Путин принял участие в переговорах с Ангелой Меркель.")
    assert [e.cameo for e in only(article, "04")] == ["046"]


def test_refusing_to_take_part_in_a_festival_is_no_event(read):
    assert not read("Американский актер отказался от участия в Московском кинофестивале.").events
