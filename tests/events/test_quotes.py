"""Events stated in a quote point to it, and first-person words stand for its speaker."""

from tests.events.conftest import only


def test_my_visit_is_the_speakers(read):
    article = read("«Мой визит в Китай был успешным», – сказал Касым-Жомарт Токаев.")
    visit = only(article, "042")[0]
    assert visit.source.qid == "Q200881"
    assert visit.quote is not None and article.quotes[visit.quote].speaker.qid == "Q200881"


def test_first_person_verb_in_a_quote(read):
    article = read("«Планирую посетить Россию в октябре», – заявил Шавкат Мирзиёев.")
    visit = only(article, "042")[0]
    assert visit.source.qid == "Q57808" and visit.target.qid == "Q159" and visit.modality == "planned"


def test_a_pronoun_subject_is_resolved(read):
    article = read("Президент Франции Эммануэль Макрон прибыл в Пекин. Там он встретился с Си Цзиньпином.")
    meeting = [e for e in only(article, "04") if e.trigger.text == "встретился"][0]
    assert meeting.source.qid == "Q3052772"


def test_event_outside_quotes_has_no_quote(read):
    visit = only(read("Лавров посетил Анкару."), "042")[0]
    assert visit.quote is None


def test_a_pronoun_can_stand_for_the_country_named_before_it(read):
    article = read("Россия может говорить, что она возражает против проекта.")
    objections = [e for e in article.events if e.trigger.text == "возражает"]
    assert objections and objections[0].source.qid == "Q159"
