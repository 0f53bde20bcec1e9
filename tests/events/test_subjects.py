"""Subjects the parse does not give: the nearest nominative name before the verb, but never a name
whose case is its neighbour's (a conjunct or an apposition of a dative)."""

from tests.events.conftest import only


def test_a_name_joined_to_a_dative_is_no_subject(read):
    article = read("Мне и Ли Со Ён помогли выбраться из корабля люди, которые нас встретили.")
    assert not [e for e in only(article, "07") if e.source is not None and "Ли" in e.source.name]


def test_a_name_set_beside_a_dative_is_no_subject(read):
    article = read("Его работа очень понравилась супруге первого президента — Наине Иосифовне, и создание "
                   "обелиска тоже поручили этому художнику.")
    assert not [e for e in article.events if e.source is not None and "Наин" in e.source.name]


def test_a_quoted_name_after_a_common_noun_keeps_its_own_case(read):
    article = read("Руководство радикального движения «Талибан» сообщило, что войска НАТО в Афганистане "
                   "полностью деморализованы.")
    assert [e.source.name for e in only(article, "01") if e.source is not None] == ["Талибан"]


def test_he_in_a_direct_quote_is_not_the_speaker(read):
    article = read("Уральцы никогда не забудут того, что сделал Борис Николаевич. По словам свердловского губернатора "
                   "Александра Мишарина, «уже тогда для него не существовало понятия „невыполнимо“, он жил другими "
                   "категориями и всех вокруг себя заряжал уверенностью».")
    assert not [e for e in article.events if e.source is not None and "Мишарин" in e.source.name]


def test_he_in_indirect_speech_may_be_the_speaker(read):
    article = read("Как рассказывает сам Иса Ямадаев, он знал о готовящемся преступлении и попросил защиты у "
                   "сотрудников уголовного розыска.")
    asked = only(article, "02")
    assert asked and asked[0].source is not None and "Ямадаев" in asked[0].source.name


def test_a_traveller_hung_on_the_place_is_the_visits_source(read):
    article = read("Премьер-министр Японии Наото Кан выступил в понедельник. Кан также осудил визит на острова "
                   "президента России Дмитрия Медведева в ноябре прошлого года.")
    visits = only(article, "042")
    assert visits and visits[0].source is not None and "Медведев" in visits[0].source.name


def test_a_genitive_after_an_act_is_no_traveller(read):
    article = read("Лофнеру предъявлено обвинение в покушении на убийство члена Конгресса.")
    assert not [e for e in article.events if e.source is not None and "член" in e.source.name]
