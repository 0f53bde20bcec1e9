"""One real sentence per trigger family: the code, and who acts on whom."""

from tests.events.conftest import only, summary


def test_visit_by_verb_with_accusative_destination(read):
    article = read("Премьер-министр Индии Нарендра Моди посетил Японию.")
    assert ("Q1058", "042", "Q17", "factual") in summary(article)


def test_visit_noun_takes_genitive_source_and_conjoined_destinations(read):
    article = read("Визит Владимира Путина в Китай и Монголию завершился в среду.")
    assert {("Q7747", "042", "Q148", "factual"), ("Q7747", "042", "Q711", "factual")} <= summary(article)


def test_meeting_with_instrumental_partner(read):
    article = read("Сергей Лавров встретился в Москве с министром иностранных дел Турции Хаканом Фиданом.")
    meetings = only(article, "04")
    assert any(e.source.qid == "Q58217" and e.target and e.target.country == "TUR" for e in meetings)
    assert meetings[0].location is not None and meetings[0].location.qid == "Q649"


def test_talks_carried_by_a_light_verb_take_its_subject(read):
    article = read("Токаев провел переговоры с Мирзиёевым в Ташкенте.")
    talks = only(article, "046")
    assert talks and talks[0].source.qid == "Q200881" and talks[0].target.qid == "Q57808"
    assert talks[0].location.qid == "Q269"


def test_between_gives_both_sides(read):
    article = read("В Вашингтоне прошли переговоры между Азербайджаном и Арменией.")
    talks = only(article, "04")
    assert talks and {talks[0].source.qid, talks[0].target.qid} == {"Q227", "Q399"}


def test_compound_adjective_names_both_countries(read):
    article = read("Российско-китайские переговоры прошли в Пекине.")
    talks = only(article, "04")
    assert talks and {talks[0].source.country, talks[0].target.country} == {"RUS", "CHN"}


def test_hosting_needs_a_person_not_a_law(read):
    assert only(read("Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел Китая."), "043")
    assert not only(read("Парламент Казахстана принял закон о выборах."), "043")


def test_signing_an_agreement(read):
    article = read("Россия и Казахстан подписали соглашение о сотрудничестве в области энергетики.")
    deals = only(article, "057")
    assert deals and {deals[0].source.qid, deals[0].target.qid} == {"Q159", "Q232"}


def test_condemnation_has_its_object_as_target(read):
    article = read("Министерство иностранных дел России осудило удар Израиля по Ирану.")
    assert any(e.cameo.startswith("11") and e.target and e.target.country in ("ISR", "IRN") for e in article.events)


def test_appeal_with_accusative_addressee(read):
    article = read("Генсек ООН Антониу Гутерриш призвал Израиль прекратить огонь.")
    appeals = only(article, "02")
    assert appeals and appeals[0].source.qid == "Q311440" and appeals[0].target.qid == "Q801"


def test_threat_with_dative_target(read):
    article = read("Дональд Трамп пригрозил Ирану новыми санкциями.")
    threats = only(article, "13")
    assert threats and threats[0].source.qid == "Q22686" and threats[0].target.qid == "Q794"


def test_sanctions_against_a_country(read):
    article = read("Европейский союз ввел новые санкции против Белоруссии.")
    sanctions = only(article, "16")
    assert sanctions and sanctions[0].source.qid == "Q458" and sanctions[0].target.qid == "Q184"


def test_praise_of_an_event_targets_its_sides(read):
    article = read("Казахстан приветствовал подписание соглашения между Азербайджаном и Арменией.")
    praise = only(article, "051")
    assert {e.target.qid for e in praise if e.target} >= {"Q227", "Q399"}
    assert all(e.source.qid == "Q232" for e in praise)


def test_a_bare_speech_verb_is_no_event(read):
    assert not read("«Мы готовы к диалогу», – сказал он.").events or all(
        e.target is not None for e in read("«Мы готовы к диалогу», – сказал он.").events)


def test_a_company_buying_another_is_a_deal(read):
    article = read("Корпорация Oracle купила компанию Sun Microsystems за 7,4 млрд долларов.")
    deals = only(article, "06")
    assert deals and "Oracle" in deals[0].source.name and "Sun" in deals[0].target.name


def test_who_comes_to_talks_takes_part_in_them(read):
    article = read("Министр иностранных дел Турции Хакан Фидан прибыл в Москву на переговоры с Сергеем Лавровым.")
    talks = only(article, "046")
    assert talks and talks[0].source.country == "TUR" and talks[0].target.qid == "Q58217"


def test_a_relative_clause_subject_is_the_noun_it_modifies(read):
    article = read("Эрдоган и Алиев, которые встретились в Анкаре, обсудили ситуацию на Кавказе.")
    meeting = [e for e in article.events if e.trigger.text == "встретились"]
    assert meeting and {meeting[0].source.qid, meeting[0].target.qid} == {"Q39259", "Q57371"}


def test_a_verb_without_subject_continues_the_last_persons_story(read):
    article = read("Президент Узбекистана Шавкат Мирзиёев прибыл в Астану. В ходе визита встретился с Касым-Жомартом Токаевым.")
    meeting = [e for e in article.events if e.trigger.text == "встретился"]
    assert meeting and meeting[0].source.qid == "Q57808" and meeting[0].target.qid == "Q200881"


def test_a_title_stands_for_its_own_name_not_the_last_person(read):
    article = read("Посол Италии Виторио Сандали встретился с заместителем министра иностранных дел Грузии Александром Налбандовым.")
    meeting = only(article, "04")[0]
    assert meeting.target.name.startswith("Александр")


def test_a_passive_clause_takes_its_instrumental_agents(read):
    article = read("Договор о СНВ был подписан Дмитрием Медведевым и Бараком Обамой в Праге.")
    deals = only(article, "057")
    assert deals and {deals[0].source.qid, deals[0].target.qid} == {"Q23530", "Q76"}
    assert deals[0].location.qid == "Q1085"


def test_a_framed_event_noun_takes_the_clause_subject(read):
    article = read("Президент США Барак Обама в рамках визита в ЮАР посетил остров Роббенэйланд.")
    visit = [e for e in article.events if e.trigger.text == "визита"]
    assert visit and visit[0].source.qid == "Q76" and visit[0].target.qid == "Q258"


def test_a_run_of_verbs_shares_its_subject(read):
    text = "После этого Обама посетит саммит Большой восьмерки во Франции, проведёт встречу с президентом России Дмитрием Медведевым."
    article = read(text)  # the parser leaves the two verbs unjoined
    meeting = [e for e in article.events if e.trigger.text == "встречу"]
    assert meeting and meeting[0].source.qid == "Q76" and meeting[0].target.qid == "Q23530"


def test_taking_part_in_a_meeting(read):
    article = read("Во встрече принимали участие Бидзина Иванишвили и Георгий Квирикашвили.")
    meeting = only(article, "04")
    assert meeting and "Иванишвили" in meeting[0].source.name and "Квирикашвили" in meeting[0].target.name


def test_a_reflexive_possessive_is_the_clause_subject(read):
    article = read("Во время своего визита в Москву министр иностранных дел Турции выразил надежду на диалог.")
    visit = only(article, "042")
    assert visit and visit[0].source.country == "TUR" and visit[0].target.qid == "Q649"


def test_the_second_of_two_titled_people_keeps_their_own_name(read):
    article = read("Спор решат глава «Газпрома» Алексей Миллер и министр энергетики Белоруссии Александр Озерец, "
                   "которые сегодня встречаются в Москве.")
    meeting = [e for e in article.events if e.trigger.text == "встречаются"]
    assert meeting and meeting[0].source.qid == "Q467644" and meeting[0].target.name == "Александр Озерец"
    assert article.text[meeting[0].target.mention.start : meeting[0].target.mention.end] == "Александр Озерец"


def test_a_title_acts_as_its_holder_on_the_articles_date(read):
    text = "Президент США провел переговоры с премьер-министром Японии в Вашингтоне."
    before, after = read(text, published="2025-01-10"), read(text, published="2025-03-01")
    assert only(before, "046")[0].source.qid == "Q6279"  # Biden until 20 January 2025
    assert only(after, "046")[0].source.qid == "Q22686"


def test_a_protest_about_a_visit_targets_its_sides(read):
    article = read("МИД Китая выразил решительный протест в связи с визитом американской делегации на Тайвань.")
    protest = only(article, "11") + only(article, "14")
    assert protest and {e.target.country for e in protest if e.target} >= {"USA"}
    assert all(e.source.country == "CHN" for e in protest)


def test_a_capital_acting_is_its_government_but_a_destination_stays_a_city(read):
    appeal = only(read("Пекин призвал Вашингтон прекратить провокации."), "02")[0]
    assert (appeal.source.code, appeal.target.code, appeal.target.qid) == ("CHNGOV", "USAGOV", "Q30")
    visit = only(read("Сергей Лавров посетил Вашингтон."), "042")[0]
    assert visit.target.qid == "Q61"


def test_a_cause_is_not_taken_part_in(read):
    article = read("Евросоюз может ввести санкции против Ирана из-за поставок беспилотников России.")
    assert not [e for e in article.events if e.trigger.text == "поставок" and e.source and e.source.qid == "Q458"]


def test_whom_a_passive_happens_to_is_no_source(read):
    article = read("Министр Шахбаз Бхатти и губернатор Сальман Тасир были убиты в Исламабаде.")
    assert not [e for e in article.events if e.source and "Бхатти" in e.source.name]
    sentenced = read("Асия Биби, приговоренная в Пакистане к смертной казни, покинула страну.")
    assert not [e for e in sentenced.events if e.source and "Биби" in e.source.name]


def test_the_genitive_of_a_discussion_is_its_topic(read):
    article = read("Не будем спешить с обсуждением будущей администрации Байдена.")
    assert not [e for e in article.events if e.source and e.source.qid == "Q6279"]


def test_the_sides_are_those_of_the_event_just_reported(read):
    article = read("Президент России Владимир Путин провел телефонный разговор с президентом Казахстана "
                   "Касым-Жомартом Токаевым. Стороны обсудили вопросы двустороннего сотрудничества.")
    talks = [e for e in article.events if e.trigger.text == "обсудили"]
    assert talks and (talks[0].source.qid, talks[0].target.qid) == ("Q7747", "Q200881")
    assert not [e for e in article.events if e.trigger.text == "сотрудничества"]  # a topic, not an event


def test_who_is_invited_to_visit_is_the_visitor(read):
    article = read("В ходе беседы с Владимиром Путиным Токаев пригласил российского лидера посетить Астану.")
    visit = only(article, "042")
    assert visit and visit[0].source.country == "RUS" and visit[0].target.qid == "Q1520"
    talk = [e for e in article.events if e.trigger.text == "беседы"]
    assert talk and (talk[0].source.qid, talk[0].target.qid, talk[0].modality) == ("Q200881", "Q7747", "factual")


def test_a_visit_noun_restating_its_verb_is_one_event(read):
    article = read("Садыр Жапаров прибудет в Москву с официальным визитом 20 ноября.")
    assert [e.trigger.text for e in only(article, "042")] == ["прибудет"]


def test_condolences_sent_by_telegram(read):
    article = read("Касым-Жомарт Токаев направил телеграмму соболезнования Президенту Турции Реджепу Тайипу Эрдогану.")
    condolences = only(article, "018")
    assert condolences and (condolences[0].source.qid, condolences[0].target.qid) == ("Q200881", "Q39259")


def test_the_person_extradited_is_not_the_one_who_extradites(read):
    """``экстрадиция Виктора``: the genitive of an extradition is the person handed over, not a side."""
    article = read("Алла впервые с момента экстрадиции Виктора из Таиланда сможет увидеть супруга.")
    assert not [e for e in only(article, "063") if e.source is not None and "Виктор" in e.source.name]
    handed = only(read("В ноябре 2010 года власти Таиланда экстрадировали Бута в США."), "063")
    assert handed and handed[0].source is not None and handed[0].source.code == "THAGOV"


def test_advising_someone_is_an_appeal_to_them(read):
    article = read("Представители МИД России рекомендуют российским туристам отложить поездки в Таиланд.")
    appeals = only(article, "020")
    assert appeals and appeals[0].source.code == "RUSGOV" and appeals[0].target.code == "RUSCVL"
    advice = only(read("Президент США посоветовал Киеву не спешить с выборами."), "020")
    assert advice and advice[0].source.country == "USA" and advice[0].target.country == "UKR"


def test_a_recommendation_to_no_one_is_no_event(read):
    assert not only(read("Врачи рекомендуют больше гулять."), "02")
    assert not only(read("Эксперты рекомендуют покупать этот смартфон."), "02")


def test_filing_an_application_with_a_body(read):
    article = read("Грузия подала заявку в НАТО на вступление в альянс.")
    requests = only(article, "020")
    assert requests and requests[0].source.qid == "Q230" and requests[0].target.qid == "Q7184"
    assert not only(read("Компания «Газпром» подала заявку на участие в тендере."), "02")


def test_diplomats_leaving_a_country(read):
    article = read("Дипломаты многих стран уже покинули Таиланд.")
    left = only(article, "16")
    assert left and left[0].target.qid == "Q869"
    assert not only(read("Он покинул пост посла в Грузии в 2010 году."), "16")


def test_repaying_a_debt_named_by_a_noun(read):
    article = read("Россия направила миллиард долларов на досрочное погашение долга перед Парижским клубом.")
    repaid = only(article, "061")
    assert repaid and repaid[0].source.qid == "Q159" and "Парижский клуб" in repaid[0].target.name


def test_paying_early_to_a_lender(read):
    article = read("Минфин России планирует досрочно выплатить МВФ весь долг.")
    repaid = only(article, "061")
    assert repaid and repaid[0].source.code == "RUSGOV" and repaid[0].target.qid == "Q7804"
    assert repaid[0].modality == "planned"


def test_apologies_and_notes_of_protest_are_carried_by_their_verbs(read):
    apology = only(read("Эрдоган принес извинения России за сбитый самолет."), "055")
    assert apology and apology[0].source.code == "TURGOV"
    note = only(read("МИД России вручил ноту протеста послу Японии."), "114")
    assert note and note[0].source.code == "RUSGOV" and note[0].target.code == "JPNGOV"


def test_putting_someone_in_prison_is_an_arrest(read):
    article = read("Власти Белоруссии посадили в тюрьму лидера оппозиции Николая Статкевича.")
    jailed = only(article, "173")
    assert jailed and jailed[0].source.code == "BLRGOV" and "Статкевич" in jailed[0].target.name


def test_verbs_read_in_both_aspects_or_beside_their_nouns(read):
    annexed = only(read("Россия аннексировала Крым в 2014 году."), "192")
    assert annexed and annexed[0].source.qid == "Q159" and annexed[0].target.country == "UKR"
    addressed = only(read("Президент Франции обращается к народу Алжира с призывом к миру."), "020")
    assert addressed and addressed[0].source.code == "FRAGOV" and addressed[0].target.country == "DZA"
    searched = only(read("Полицейские обыскивают дом в Варшаве."), "091")
    assert searched and searched[0].source.code == "POLCOP"
    mediated = only(read("Норвегия посредничает между правительством Колумбии и повстанцами."), "045")
    assert mediated and {e.target.country for e in mediated if e.target} >= {"COL"}


def test_dealing_with_prisoners_is_no_appeal(read):
    assert not only(read("Охранники грубо обращаются с заключенными в тюрьме Абу-Грейб."), "02")


def test_relations_restored_or_reviewed_named_by_a_noun(read):
    restored = only(read("Восстановление отношений между Турцией и Израилем началось в 2016 году."), "050")
    assert restored and {restored[0].source.qid, restored[0].target.qid} == {"Q43", "Q801"}
    reviewed = only(read("Израиль намерен пересмотреть отношения с ЮНЕСКО."), "014")
    assert reviewed and reviewed[0].source.qid == "Q801" and reviewed[0].target.code.startswith("IGO")
    assert reviewed[0].modality == "planned"


def test_synonyms_of_lines_the_lexicon_reads(read):
    case = only(read("Следственный комитет завел уголовное дело против журналиста Ивана Голунова."), "173")
    assert case and case[0].source.code == "RUSJUD" and "Голунов" in case[0].target.name
    bought = only(read("Компания «Роснефть» выкупила у BP долю в ТНК-BP."), "061")
    assert bought and "Роснефть" in bought[0].source.name and bought[0].target.name == "BP"
    assert not only(read("Банк выкупил облигации."), "06")
    talked = only(read("Путин переговорил с Меркель по телефону."), "04")
    assert talked and talked[0].target.country == "DEU" and "Меркель" in talked[0].target.name


def test_a_document_sent_handed_or_filed_is_the_senders_act(read):
    complaint = only(read("Грузия подала жалобу на Россию в Международный суд ООН."), "114")
    assert complaint and (complaint[0].source.qid, complaint[0].target.qid) == ("Q230", "Q159")
    note = only(read("Украина направила ноту протеста России."), "114")
    assert note and (note[0].source.qid, note[0].target.qid) == ("Q212", "Q159")
    invitation = only(read("Путин направил приглашение Токаеву посетить Москву."), "036")
    assert invitation and (invitation[0].source.qid, invitation[0].target.qid) == ("Q7747", "Q200881")


def test_nominating_someone_by_their_candidacy(read):
    article = read("Партия «Единая Россия» выдвинула кандидатуру Дмитрия Медведева на пост президента.")
    nominated = only(article, "051")
    assert nominated and "Единая Россия" in nominated[0].source.name and nominated[0].target.qid == "Q23530"
    assert not only(read("Лидер ЛДПР Владимир Жириновский выдвинул свою кандидатуру в президенты."), "05")


def test_a_body_adopting_an_appeal_makes_it(read):
    """``принять обращение`` is a legislature adopting its own appeal (light_verbs.txt)."""
    article = read("Депутаты Законодательного собрания Приморского края приняли обращение к премьер-министру России "
                   "Владимиру Путину о переходе в шестой часовой пояс.")
    appeals = only(article, "02")
    assert appeals and appeals[0].source is not None and appeals[0].source.code == "RUSLEG"
    assert appeals[0].target is not None and appeals[0].target.qid == "Q7747"
