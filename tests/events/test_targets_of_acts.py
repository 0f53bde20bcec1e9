"""The targets of acts (arrests, sentences, closures, funding): whom the act is done to, read from
the parse: unnamed groups and bodies in every slot, objects counted by a numeral, the dative a
two-word trigger's noun carries, and a group elaborated by a list of names."""

from tests.events.conftest import only


def targets(events) -> set[str]:
    return {e.target.name for e in events if e.target is not None}


def test_an_object_counted_by_a_numeral_is_the_target(read):
    arrests = only(read("Полиция задержала пять журналистов."), "17")
    assert targets(arrests) == {"журналист"}
    arrests = only(read("В Москве полиция арестовала двоих активистов."), "17")
    assert targets(arrests) == {"активист"}


def test_a_group_followed_by_a_list_of_names_is_each_person(read):
    article = read("Полиция Минска сообщила, что были задержаны трое оппозиционеров — Николай Статкевич, "
                   "Андрей Санников и Владимир Некляев.")
    assert targets(only(article, "17")) == {"Николай Статкевич", "Андрей Санников", "Владимир Некляев"}


def test_the_list_after_a_colon_names_whom_the_sentences_were_passed_on(read):
    article = read("Суд Партизанского района Минска вынес приговор Андрею Санникову. Обвинительные приговоры были "
                   "вынесены и другим участникам процесса: Илья Васильевич, Федор Мирзоянов и Владимир Яроменак "
                   "проведут в колонии усиленного режима 3 года.")
    later = [e for e in only(article, "173") if e.trigger.text == "вынесены"]
    assert targets(later) == {"Илья Васильевич", "Федор Мирзоянов", "Владимир Яроменак"}


def test_a_group_with_no_list_stays_a_group(read):
    assert targets(only(read("Полиция задержала трех активистов в центре города."), "17")) == {"активист"}


def test_the_dative_hung_on_the_noun_of_a_two_word_trigger(read):
    sentences = only(read("Суд вынес приговор Андрею Санникову."), "17")
    assert targets(sentences) == {"Андрей Санников"}


def test_organisations_known_by_their_kind(read):
    funding = only(read("Японское правительство финансирует неправительственные организации."), "07")
    assert targets(funding) == {"организация"}
    assert not only(read("Правительство финансирует организации."), "07")[0].target  # what kind: unsaid


def test_bodies_of_a_kind_in_the_plural(read):
    closures = only(read("Власти закрыли независимые телеканалы."), "17")
    assert [e.target.role for e in closures] == ["MED"]


def test_people_in_need_as_the_target_of_aid(read):
    aid = only(read("ООН направила гуманитарную помощь беженцам."), "07")
    assert targets(aid) == {"беженец"}


def test_a_bodys_officials_are_not_the_sides_of_the_act_before(read):
    article = read("Страны Европейского союза запретили въезд президенту Белоруссии Александру Лукашенко. "
                   "Это решение приняли министры иностранных дел Европейского союза.")
    decisions = only(article, "034")
    assert "Александр Лукашенко" not in {e.source.name for e in decisions}


def test_the_dative_right_after_the_noun_wherever_the_parse_hung_it(read):
    article = read("«Я принял решение об отмене перехода на зимнее время. И даю соответствующее поручение "
                   "правительству», — сказал Медведев 8 февраля на встрече с молодыми учёными и лауреатами премии "
                   "президента РФ в области науки и инноваций за 2010 год.")
    orders = [e for e in only(article, "10") if e.trigger.text == "даю"]
    assert targets(orders) == {"правительство"}


def test_a_pronoun_for_a_person_is_acted_upon_not_the_body_whose_place_it_is(read):
    article = read("В ходе процесса Санников выступил с заявлением: он сообщил, что в изоляторе КГБ его пытали "
                   "и унижали его человеческое достоинство.")
    torture = only(article, "182")
    assert targets(torture) == {"Санников"}
    assert torture[0].source.qid == "Q80919"  # the KGB tortured him


def test_an_act_on_a_gathering_is_done_to_its_people(read):
    dispersal = only(read("В Тбилиси полиция разогнала демонстрацию."), "175")
    assert [(e.target.name, e.target.code) for e in dispersal] == [("участники демонстрации", "GEOCVL")]
    dispersal = only(read("Через несколько недель военные подавили акции протеста."), "175")
    assert targets(dispersal) == {"участники акции"}


def test_a_gathering_held_by_someone_is_theirs(read):
    dispersal = only(read("Полиция разогнала митинг оппозиции."), "175")
    assert [e.target.role for e in dispersal] == ["OPP"]


def test_people_named_by_a_participle_are_no_gathering(read):
    support = only(read("Сотрудники Госпиталя принцессы Марины в Габороне вынудили закрыть госпиталь, поддержав "
                        "тем самым бастующих."), "05")
    assert support and not any(e.target and e.target.name.startswith("участники") for e in support)


def test_a_title_of_another_country_is_that_countrys_office_not_the_last_person_named(read):
    article = read("Как было объявлено, президент Франции прибыл в Вашингтон, чтобы обсудить с главой администрации "
                   "США ряд насущных проблем.")
    talks = only(article, "040")
    assert [(e.source.code, e.target.code) for e in talks] == [("FRAGOV", "USAGOV")]


def test_participants_of_a_gathering_and_a_rounded_count(read):
    assert targets(only(read("Полиция задержала участников митинга."), "17")) == {"участник"}
    assert targets(only(read("Полиция задержала около 200 участников акции протеста."), "17")) == {"участник"}
    assert targets(only(read("Полиция задержала более 50 демонстрантов."), "17")) == {"демонстрант"}


def test_a_summits_host_is_whom_a_participant_goes_to(read):
    summit = only(read("Израильский премьер Беньямин Нетаньяху отказался от участия в ядерном саммите в США."), "04")
    assert [(e.target.code, e.modality) for e in summit] == [("USA", "negated")]
    assert only(read("Путин принял участие в саммите G20 в Китае."), "04")[0].target.code == "CHN"
    assert all(e.target is None for e in only(read("Путин провел саммит в Москве."), "04"))  # his own country


def test_a_demonstrative_noun_stands_for_the_group_said_before(read):
    article = read("Японское правительство решило не отставать от неправительственных организаций, ведущих борьбу "
                   "за признание Курил. Особенно печально, что японское правительство не только финансирует эти "
                   "организации, но и увеличило их финансирование.")
    assert targets(only(article, "07")) == {"организация"}


def test_attending_a_summit_abroad_is_a_visit_to_its_host(read):
    summit = only(read("Путин принял участие в саммите G20 в Китае."), "04")
    assert [(e.cameo, e.target.code) for e in summit] == [("042", "CHN")]


def test_territory_seized_from_someone_is_seized_from_them(read):
    seizure = only(read("В 1967 году Израиль захватил у Сирии Голанские высоты."), "19")
    assert [e.target.code for e in seizure] == ["SYR"]


def test_supporters_and_rights_defenders_are_groups_acted_upon(read):
    article = read("Лидер оппозиции Леван Гачечиладзе призвал тысячи своих сторонников собраться на митинг в Тбилиси.")
    assert targets([e for e in only(article, "02") if e.trigger.text == "призвал"]) == {"сторонник"}
    assert targets(only(read("Полиция задержала правозащитников."), "17")) == {"правозащитник"}


def test_an_object_counted_in_the_accusative_wherever_the_parse_hung_it(read):
    sentence = only(read("Суд приговорил к пяти годам заключения двух активистов оппозиции."), "17")
    assert targets(sentence) == {"активист"}


def test_people_named_by_a_substantivised_participle(read):
    assert targets(only(read("Президент Ирана помиловал заключенных."), "08")) == {"заключенный"}
    assert targets(only(read("Полиция Москвы оштрафовала организаторов акции."), "17")) == {"организатор"}
    article = read("Так, власти уже рассматривают возможность применения в России техрегламентов Евросоюза.")
    assert [e.source.name.split()[0] for e in article.events] == ["власть"]  # a noun, not a participle


def test_banning_a_bodys_activity_bans_the_body(read):
    ban = only(read("Суд запретил деятельность неправительственных организаций."), "17")
    assert [(e.cameo, e.target.name) for e in ban] == [("1722", "организация")]


def test_a_group_acted_upon_by_a_state_body_is_of_that_state(read):
    arrests = only(read("Полиция Грузии задержала активистов."), "17")
    assert [e.target.code for e in arrests] == ["GEOCVL"]
    funding = only(read("Японское правительство финансирует неправительственные организации."), "07")
    assert [e.target.code for e in funding] == ["JPNNGO"]
    shelling = only(read("Армия России обстреляла боевиков."), "19")
    assert [e.target.code for e in shelling] == [None]  # an army acts abroad as often as at home


def test_the_genitive_of_a_two_word_triggers_noun_when_the_line_says_so(read):
    tribute = only(read("Депутаты Госдумы почтили минутой молчания память жертв теракта."), "017")
    assert targets(tribute) == {"жертва"}
    assert not only(read("Суд вынес приговор суда."), "17")[0].target  # the noun's genitive: whose, not whom


def test_state_bodies_named_by_their_kind_act_with_the_body_named_beside_them(read):
    article = read("Стрельба в Аризоне потрясла Америку. Нью-йоркская фондовая биржа и государственные учреждения "
                   "США также почтили память погибших.")
    sources = {e.source.code for e in only(article, "017") if e.source is not None}
    assert {"USABUS", "USAGOV"} <= sources
