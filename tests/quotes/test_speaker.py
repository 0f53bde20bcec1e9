def speaker_words(article, quote):
    mention = quote.speaker.mention
    return article.text[mention.start : mention.end]


def test_pronoun_resolves_to_the_person_named_before(read):
    article = read(
        "Министр иностранных дел России Сергей Лавров провел переговоры в Анкаре. "
        "«Мы договорились продолжить консультации по Сирии», – сказал он."
    )
    [quote] = article.quotes
    assert speaker_words(article, quote) == "он"
    assert quote.speaker.name == "Сергей Лавров"


def test_pronoun_agrees_in_gender(read):
    article = read("Мария Захарова прокомментировала заявление Джозепа Борреля. «Ответ будет жестким», – добавила она.")
    [quote] = article.quotes
    assert quote.speaker.name == "Мария Захарова"


def test_pronoun_without_antecedent_has_no_speaker(read):
    article = read("«Ответ будет жестким», – добавила она.")
    [quote] = article.quotes
    assert quote.speaker is None


def test_title_resolves_to_the_person(read):
    article = read(
        "Касым-Жомарт Токаев выступил с Посланием народу Казахстана. "
        "«Казахстан вносит свою лепту в решение важных международных проблем», – заключил Президент."
    )
    [quote] = article.quotes
    assert speaker_words(article, quote) == "Президент"
    assert quote.speaker.name == "Касым-Жомарт Токаев"


def test_people_named_inside_a_quote_are_not_antecedents(read):
    article = read(
        "Президент Касым-Жомарт Токаев выступил в парламенте. «Казахстан приветствовал инициативу Президента Трампа», - сказал он."
    )
    [quote] = article.quotes
    assert quote.speaker.name == "Касым-Жомарт Токаев"


def test_title_with_a_country_does_not_take_another_persons_name(read):
    article = read(
        "Эмманюэль Макрон выступил перед послами. "
        "Премьер-министр Великобритании заявил, что Лондон поддержит инициативу."
    )
    [quote] = article.quotes
    assert speaker_words(article, quote) == "Премьер-министр Великобритании"
    assert quote.speaker.name != "Эмманюэль Макрон"


def test_a_genitive_name_is_not_the_speaker(read):
    article = read("Пресс-секретарь губернатора Андрея Воробьева заявил, что встреча отменена.")
    [quote] = article.quotes
    assert speaker_words(article, quote).startswith("Пресс-секретарь")
    assert quote.speaker.name.startswith("Пресс-секретарь")


def test_the_body_a_statement_comes_from(read):
    article = read("В заявлении МИД России говорится, что переговоры продолжатся.")
    [quote] = article.quotes
    assert speaker_words(article, quote).startswith("МИД")


def test_an_indefinite_source(read):
    article = read("Как сообщили в пресс-службе Кремля, визит состоится в мае.")
    [quote] = article.quotes
    assert "Кремл" in speaker_words(article, quote)


def test_a_genitive_owner_is_not_the_speaker(read):
    article = read("Адвокат Маркива заявил, что его подзащитный тогда был простым солдатом.")
    [quote] = article.quotes
    assert speaker_words(article, quote).startswith("Адвокат")
    assert quote.speaker.name.startswith("Адвокат")


def test_a_possessive_is_not_the_speaker(read):
    article = read("Анджей Дуда сдал тест. Его дочь рассказала, что тест оказался отрицательным.")
    [quote] = article.quotes
    assert quote.speaker.name != "Анджей Дуда"


def test_he_after_a_quote_is_not_the_man_the_quote_is_about(read):
    article = read(TEXT_ABOUT_ANOTHER)
    [quote] = [q for q in article.quotes if q.kind == "direct"]
    assert quote.speaker is not None and "Челентано" in quote.speaker.name


TEXT_ABOUT_ANOTHER = (
    "Адриано Челентано написал письмо в газету, в котором резко раскритиковал премьер-министра Сильвио Берлускони. "
    "Также в своём письме Челентано призвал итальянцев принять участие в референдуме.\n\n"
    "«Такой человек, как Берлускони, не может управлять страной. В лучшем случае он и его лживые подпевалы могут "
    "подойти для небольшого племени», — заявил он."
)
