"""Who acts, by role family: common nouns and bodies coded with their country (the agents dictionary)."""

from tests.events.conftest import only, summary


def test_a_group_noun_is_of_the_country_the_article_is_about(read):
    article = read("В Китае вспоминают события 1989 года. В ночь на 4 июня военные подавили акции протеста в Пекине.")
    assert any(source == "CHNMIL" and code.startswith("17") for source, code, _, _ in summary(article))


def test_the_police_of_a_named_country(read):
    article = read("Полиция Армении задержала 5 человек по делу о перестрелке в Гаваре.")
    assert any(source == "ARMCOP" and code.startswith("17") for source, code, _, _ in summary(article))


def test_a_court_and_a_soldier_by_their_adjectives(read):
    article = read("Итальянский суд приговорил украинского солдата к 24 годам заключения.")
    assert any(source == "ITAJUD" and target == "UKRMIL" for source, _, target, _ in summary(article))


def test_people_acting_are_of_the_article_country_and_the_authorities_wherever_they_stand(read):
    article = read("В Приморье обсуждают переход на другое время. Местные жители поддерживают смену часового "
                   "пояса, сообщил губернатор. Россия пока не решила.", published=None)
    assert any(source == "RUSCVL" and code.startswith("05") for source, code, _, _ in summary(article))
    article = read("В Грузии прошли выборы. Оппозиция обвинила власти в фальсификации.", published=None)
    assert ("GEOOPP", "112", "GEOGOV", "factual") in summary(article)


def test_a_group_whose_owner_is_named_but_not_placed_is_no_group_of_the_article_country(read):
    article = read("Турция и Россия подписали межправительственное соглашение о взаимной отмене виз. "
                   "Соглашение об условиях взаимных поездок граждан двух стран вступит в силу летом.")
    assert not any((source or "").endswith("CVL") for source, _, _, _ in summary(article))
    article = read("В Германии вспоминают 1945 год. В результате встречи войск союзников остатки армии были окружены.")
    assert not any((source or "").startswith("DEU") for source, _, _, _ in summary(article))


def test_an_actor_keeps_the_name_the_text_gives_it(read):
    """The knowledge base names the body in full; the text's own short form stays beside it, for
    readers and coders who know it as ``ООН``, and for a state whose official and common names differ."""
    appeal = only(read("Саеб Эрекат призвал ООН признать Палестинское государство."), "02")[0]
    assert appeal.target is not None
    assert (appeal.target.name, appeal.target.normal) == ("Организация Объединенных Наций", "ООН")
    demand = read("Госдепартамент США потребовал от Беларуси освободить политических заключенных.")
    targets = {(e.target.name, e.target.normal) for e in only(demand, "1") if e.target is not None}
    assert ("Белоруссия", "Беларусь") in targets


def test_an_actor_named_as_the_knowledge_base_names_it_has_no_second_name(read):
    visit = only(read("Владимир Путин посетил Казахстан."), "04")[0]
    assert visit.target is not None and visit.target.name == "Казахстан" and visit.target.normal is None


def test_an_unnamed_head_of_a_body_acts_for_the_body(read):
    """Inside someone's indirect speech the chair is still the KGB's man, not the speaker."""
    article = read("Андрей Санников заявил, что его пытали в КГБ. По его словам, лично председатель КГБ "
                   "угрожал жизни и здоровью его жены и сына.")
    threat = only(article, "13")[0]
    assert threat.source is not None and threat.source.code is not None and threat.source.code.endswith("SPY")
    assert "Санников" not in threat.source.name
    statement = only(read("Бывший глава Русской винно-водочной компании заявил о том, что телеканал должен ему "
                          "8 млн рублей."), "01")
    assert statement and statement[0].source is not None and statement[0].source.role == "BUS"
