"""The sides of an event read from the parse: every participant of a list, a body's people, people
and bodies with no name, an event noun or an infinitive carried by a noun, and targets whose case
the parser cannot see."""

from tests.events.conftest import only


def sources(events) -> set[str | None]:
    return {e.source.qid or e.source.code or e.source.name for e in events}


def test_a_bodys_people_act_for_each_body_named(read):
    article = read("Представители ОБСЕ и Евросоюза призвали власти Киргизии освободить журналистов.")
    appeals = [e for e in only(article, "02") if e.trigger.text == "призвали"]
    assert {e.source.name for e in appeals} == {"Организация по безопасности и сотрудничеству в Европе",
                                                "Европейский союз"}
    assert {e.target.code for e in appeals} == {"KGZGOV"}


def test_a_named_person_and_a_bodys_people_are_one_event_each(read):
    article = read("Генсек НАТО Йенс Столтенберг и представители Еврокомиссии призвали Белград к диалогу.")
    appeals = only(article, "02")
    assert len({e.source.name for e in appeals}) == 2
    assert "Европейская комиссия" in {e.source.name for e in appeals}


def test_a_country_named_with_the_people_is_still_theirs(read):
    article = read("Представители МИД России встретились с послом Японии.")
    assert [e.source.code for e in only(article, "04")] == ["RUSGOV"]


def test_an_unnamed_body_acts(read):
    arrest = only(read("Полиция задержала десятки демонстрантов."), "17")[0]
    assert arrest.source.role == "COP" and arrest.source.name == "полиция"
    assert arrest.target is not None and arrest.target.name == "демонстрант"


def test_people_named_by_a_participle_act(read):
    article = read("Митингующие потребовали отставки правительства.")
    assert [e.source.name for e in only(article, "10")] == ["митингующий"]


def test_an_unnamed_group_takes_the_country_of_the_scene(read):
    rally = only(read("Избиратели вышли на митинг протеста в Москве."), "14")[0]
    assert rally.source.code == "RUSCVL"


def test_a_single_unnamed_person_is_no_side(read):
    assert not read("Депутат встретился с избирателями.").events


def test_an_infinitive_under_a_decision_is_its_holders(read):
    article = read("Лига арабских государств приняла решение просить ООН признать независимость Палестины.")
    appeal = [e for e in only(article, "02") if e.trigger.text == "просить"][0]
    assert appeal.source.name == "Лига арабских государств" and appeal.target.qid == "Q1065"


def test_an_event_noun_under_taking_part_is_the_participants(read):
    article = read("Премьер Италии Джорджа Мелони отказалась от участия в саммите в Брюсселе.")
    summit = only(article, "04")
    assert summit and summit[0].source.code == "ITAGOV"


def test_a_speaker_takes_part_in_the_meeting_he_speaks_at(read):
    article = read("Лавров заявил об этом на встрече с журналистами.")
    meeting = [e for e in only(article, "04") if e.trigger.text == "встрече"]
    assert meeting and meeting[0].source.qid == "Q58217"


def test_an_indeclinable_place_is_a_visits_target(read):
    article = read("Контракт заключен во время визита премьера Японии Синдзо Абэ в США.")
    visit = only(article, "042")[0]
    assert visit.target is not None and visit.target.qid == "Q30"


def test_a_possessive_names_the_country_of_a_body(read):
    article = read("Эрдоган пообещал, что его правительство будет настаивать на выводе войск.")
    demand = [e for e in only(article, "10") if e.trigger.text == "настаивать"][0]
    assert demand.source.code == "TURGOV"


def test_a_people_is_its_country(read):
    article = read("Китайцы и россияне провели переговоры.")
    talks = only(article, "04")
    assert talks and {talks[0].source.country, talks[0].target.country} == {"CHN", "RUS"}


def test_the_agent_of_an_event_noun(read):
    dispersal = only(read("Разгон митинга со стороны полиции вызвал критику."), "17")[0]
    assert dispersal.source.role == "COP"


def test_a_protest_made_as_a_sign_is_the_subjects(read):
    article = read("Андрей Санников был заместителем министра. "
                   "В 1996 году он ушел в отставку в знак протеста против действий президента Александра Лукашенко.")
    protest = [e for e in only(article, "14") if e.trigger.text == "протеста"][0]
    assert protest.source.name == "Андрей Санников" and protest.target.qid == "Q2866"


def test_some_of_a_group_act_as_the_group(read):
    support = only(read("Большинство депутатов Госдумы поддержали законопроект."), "05")
    assert support and support[0].source.code.endswith("LEG")


def test_a_meeting_takes_no_target_from_what_it_is_about(read):
    article = read("Депутаты Законодательного собрания Приморского края приняли обращение к премьеру России.")
    assert not only(article, "043")



def test_what_follows_a_speech_verb_after_a_quote_is_its(read):
    article = read("«Мы поддержим науку», — сказал Лавров 8 февраля на встрече со студентами и лауреатами премии президента.")
    meeting = [e for e in only(article, "04") if e.trigger.text == "встрече"]
    assert meeting and meeting[0].source.qid == "Q58217"
    assert meeting[0].target is not None and meeting[0].target.name == "студент"


def test_a_protest_against_a_visit_is_against_the_visitor_not_the_place(read):
    article = read("МИД Грузии выразил протест в связи с визитом российской делегации в Абхазию.")
    protest = only(article, "11")
    assert [e.target.code for e in protest] == ["RUSGOV"]


def test_a_post_is_no_body(read):
    assert not only(read("Клинсман принял руководство сборной в августе 2004 года."), "04")


def test_people_are_not_the_name_that_follows_them(read):
    article = read("В субботу во время встречи с избирателями возле супермаркета Гиффордс получила ранение.")
    meeting = only(article, "04")[0]
    assert meeting.source.name == "Габриэль Гиффордс" and meeting.target.name == "избиратель"


def test_a_pronoun_is_not_the_venue_before_it(read):
    article = read("Ельцин был первым секретарем. В мае 1981 года, во Дворце молодёжи, он провёл встречу со студентами.")
    assert only(article, "04")[0].source.name == "Борис Николаевич Ельцин"


def test_coming_to_talks_is_a_visit_to_their_counterpart(read):
    article = read("На встречу с Виктором прибудут также его дочь Лиза и мать Раиса.")
    arrivals = [e for e in only(article, "042") if e.trigger.text == "прибудут"]
    assert arrivals and {e.target.name for e in arrivals} == {"Виктор"}


def test_a_name_two_plain_nouns_down_a_list_is_no_side(read):
    article = read("«Мы поддержим науку», — сказал Медведев на встрече с молодыми учёными и лауреатами премии президента РФ.")
    meeting = [e for e in only(article, "04") if e.trigger.text == "встрече"]
    assert [e.target.name for e in meeting] == ["ученый"]
