"""Court, police and other acts whose actor the clause leaves unsaid (``events/implicit.py``), and
the families of the trigger lexicon beyond speech: one real sentence each."""

from tests.events.conftest import only


def names(events) -> set[str]:
    return {e.source.name for e in events if e.source is not None}


def test_a_court_named_by_a_bare_noun_sentences_a_person(read):
    events = only(read("Итальянский суд приговорил украинского солдата Виталия Маркива к 24 годам тюрьмы."), "173")
    assert events and events[0].source.role == "JUD" and events[0].source.country == "ITA"


def test_a_passive_sentence_takes_the_court_in_the_instrumental(read):
    text = ("Судом Партизанского района города Минска экс-кандидат в президенты Беларуси Андрей Санников был "
            "приговорен к 5 годам лишения свободы.")
    events = only(read(text), "173")
    assert events and events[0].source.name.startswith("Суд") and events[0].target.name.startswith("Андрей Санников")


def test_a_passive_verdict_takes_the_court_named_earlier_in_the_article(read):
    text = ("Судом Партизанского района города Минска Андрей Санников был приговорен к 5 годам лишения свободы. "
            "Обвинительные приговоры были вынесены и другим участникам процесса.")
    article = read(text)
    second = [e for e in only(article, "173") if e.trigger.text == "вынесены"]
    assert second and second[0].source.role == "JUD"


def test_with_no_court_or_police_named_there_is_no_event(read):
    assert not only(read("Обвинительные приговоры были вынесены и другим участникам процесса."), "17")
    assert not only(read("В Москве задержали десятки активистов."), "17")


def test_an_arrest_by_the_police_in_the_instrumental(read):
    events = only(read("Лидер оппозиции Алексей Навальный был задержан полицией в Москве."), "173")
    assert events and events[0].source.role == "COP" and "Навальный" in events[0].target.name


def test_an_indefinite_personal_arrest_takes_the_police_named_before(read):
    text = "Полиция Грузии оцепила центр Тбилиси. Вечером задержали более ста демонстрантов."
    events = only(read(text), "173")
    assert events and events[0].source.country == "GEO" and events[0].source.role == "COP"


def test_a_passive_agent_of_another_role_is_the_actor_not_a_body_named_before(read):
    text = "Разведка Катара следила за ним. После отстранения от власти он был арестован новыми властями."
    events = only(read(text), "173")
    assert events and events[0].source.role == "GOV"


def test_from_the_side_of_names_the_source_of_a_noun(read):
    events = only(read("Со стороны полиции Грузии последовал жестокий разгон митинга оппозиции."), "175")
    assert events and events[0].source.country == "GEO" and events[0].source.role == "COP"


def test_fine_imposed_on_a_company(read):
    events = only(read("Ещё в 2004 году ЕС наложил на «Майкрософт» штраф в размере 500 миллионов долларов."), "172")
    assert events and "Майкрософт" in events[0].target.name


def test_state_of_emergency_approved_or_introduced(read):
    assert only(read("Парламент Грузии утвердил чрезвычайное положение."), "1724")
    assert only(read("Правительство Таиланда ввело чрезвычайное положение в Бангкоке."), "1724")


def test_searches_by_the_police(read):
    assert only(read("Полиция Грузии провела обыски в офисах оппозиционной партии."), "091")


def test_gathering_at_an_embassy_is_a_demonstration(read):
    text = "Японские ультраправые собрались у российского посольства в Токио, выкрикивая лозунги."
    events = only(read(text), "141")
    assert events and events[0].target.country == "RUS"


def test_resigning_in_protest_is_dissent_against_its_target(read):
    text = "В 1996 году Андрей Санников ушел в отставку в знак протеста против действий президента Александра Лукашенко."
    events = only(read(text), "140")
    assert events and "Санников" in events[0].source.name and "Лукашенко" in events[0].target.name


def test_decision_and_order(read):
    assert only(read("Дмитрий Медведев принял решение об отмене перехода на зимнее время."), "0342")
    assert only(read("Президент России Дмитрий Медведев поручил правительству подготовить законопроект."), "100")


def test_funding_is_economic_aid(read):
    assert only(read("Японское правительство финансирует эти организации."), "071")


def test_suspending_a_mission_reduces_relations(read):
    assert only(read("Евросоюз уже приостановил работу миссии в Грузии."), "160")


def test_objecting_is_rejection(read):
    article = read("«Майкрософт» возражает против таких требований Евросоюза.")
    assert only(article, "120") and not only(article, "11")


def test_attempt_to_kill_and_opening_fire(read):
    article = read("Джаред Лофнер открыл стрельбу у супермаркета и попытался убить члена Конгресса США Гэбриэль Гиффордс.")
    assert only(article, "180") and only(article, "185")


def test_a_meeting_is_the_occasion_of_what_is_said_at_it(read):
    article = read("Об этом сказал Дмитрий Медведев на встрече с молодыми учёными.")
    assert "Дмитрий Медведев" in names(only(article, "04"))


def test_an_interview_is_no_meeting(read):
    article = read("Об этом сказал в беседе с корреспондентом «Голоса Америки» Александр Белов.")
    assert not only(article, "04")


def test_hurting_feelings_is_no_assault(read):
    assert not only(read("Министр иностранных дел Японии заявил, что этот поступок ранит чувства японского народа."), "19")


def test_a_condition_and_what_follows_from_it_are_possible(read):
    article = read("Если Израиль нападет на Иран, США окажут помощь Израилю.")
    assert {e.modality for e in only(article, "18")} == {"possible"}
    assert {e.modality for e in only(article, "07")} == {"possible"}


def test_buying_shares_names_the_company_whose_shares(read):
    events = only(read("DST впервые приобрела акции Facebook в мае 2009 года."), "061")
    assert events and events[0].target is not None and events[0].target.name == "Facebook"


def test_a_promise_made_on_a_condition_is_still_made(read):
    text = "Алексей Миллер пообещал с 21 июня ограничить поставки газа в Белоруссию, если Минск откажется платить."
    assert {e.modality for e in only(read(text), "03")} == {"factual"}


def test_seizing_a_person_is_an_abduction_seizing_a_town_is_not(read):
    text = "Получил известность случай, когда ЦРУ захватило в Македонии гражданина Германии Халеда эль-Масри."
    assert only(read(text), "181") and not only(read(text), "192")
    assert only(read("Войска Азербайджана захватили город Шуша."), "192")


def test_what_is_ordered_is_planned_what_is_threatened_possible_what_is_banned_negated(read):
    ordered = read("Президент России Владимир Путин поручил Сергею Лаврову провести переговоры с Турцией.")
    assert {e.modality for e in only(ordered, "046")} == {"planned"}
    threatened = read("Президент Турции Эрдоган пригрозил выслать послов десяти стран.")
    assert {e.modality for e in only(threatened, "16")} == {"possible"}
    refrained = read("Премьер-министр Японии воздержался от визита в Китай.")
    assert {e.modality for e in only(refrained, "042")} == {"negated"}


def test_a_bare_court_is_of_the_country_the_article_is_about(read):
    # the article names Belarus and no other country: "суд" with no country of its own is Belarus's
    text = ("Лидер белорусской оппозиции Андрей Санников выступил в суде. По данным правозащитников Беларуси, "
            "суд приговорил его к пяти годам колонии.")
    events = only(read(text), "173")
    assert events and events[0].source.code == "BLRJUD"


def test_a_judge_named_near_a_verdict_is_not_the_body_that_passed_it(read):
    text = ("Судья Партизанского района Минска Евгений Пыкачев зачитал решение. "
            "Обвинительные приговоры были вынесены и другим участникам процесса.")
    events = [e for e in only(read(text), "173") if e.trigger.text == "вынесены"]
    assert not events or events[0].source.name != "судья"
def test_standing_trial_the_court_tries_the_one_before_it(read):
    events = only(read("Джулиан Ассанж в тот же день предстал перед Вестминстерским магистратским судом."), "173")
    assert events and "магистратский суд" in events[0].source.name.lower()
    assert "Ассанж" in events[0].target.name


def test_standing_trial_before_a_bare_court(read):
    events = only(read("Лофнер предстал перед судом через два дня после стрельбы в Тусоне."), "173")
    assert events and events[0].source.role == "JUD" and "Лофнер" in events[0].target.name
