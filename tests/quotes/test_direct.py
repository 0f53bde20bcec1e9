import pytest


def only(article, kind="direct"):
    quotes = [q for q in article.quotes if q.kind == kind]
    assert len(quotes) == 1, [q.text for q in article.quotes]
    return quotes[0]


def speaker_words(article, quote):
    mention = quote.speaker.mention
    return article.text[mention.start : mention.end]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_dash_and_cue_after_the_quote(read, dash):
    article = read(f"«Это решение не направлено против третьих стран», {dash} заявил Лавров журналистам.")
    quote = only(article)
    assert quote.text == "Это решение не направлено против третьих стран"
    assert article.text[quote.start : quote.end] == quote.text
    assert quote.cue.text == "заявил"
    assert speaker_words(article, quote) == "Лавров"


def test_dash_without_comma_and_a_title_as_speaker(read):
    article = read("«Мы будем добиваться отмены санкций» - отметил министр.")
    quote = only(article)
    assert quote.cue.text == "отметил"
    assert speaker_words(article, quote) == "министр"


def test_speaker_after_the_verb(read):
    article = read("Сергей Лавров прибыл в Анкару. «Переговоры были трудными», – заключил глава МИД России.")
    quote = only(article)
    assert quote.cue.text == "заключил"
    assert speaker_words(article, quote).startswith("глава МИД")


def test_colon_introduction(read):
    article = read(
        "Президент Казахстана Касым-Жомарт Токаев заявил: «Мы открыты для сотрудничества со всеми странами»."
    )
    quote = only(article)
    assert quote.text == "Мы открыты для сотрудничества со всеми странами"
    assert quote.cue.text == "заявил"
    assert "Токаев" in speaker_words(article, quote)


def test_as_said_introduction(read):
    article = read("Как сказал Лавров, «санкции не достигли своей цели».")
    quote = only(article)
    assert quote.text == "санкции не достигли своей цели"
    assert quote.cue.text == "сказал"
    assert speaker_words(article, quote) == "Лавров"


def test_quoted_names_are_not_quotes(read):
    article = read(
        "Компания «Газпром» увеличила поставки по газопроводу «Северный поток», "
        "а Госдума приняла закон «Об основах охраны здоровья граждан в Российской Федерации»."
    )
    assert article.quotes == []


def test_nested_quote_stays_inside_its_parent(read):
    article = read(
        "«Ради прочного мира нужно искать компромиссы, «худой мир лучше доброй ссоры». "
        "Поэтому мы приветствовали итоги саммита», - сказал Токаев."
    )
    quote = only(article)
    assert "«худой мир лучше доброй ссоры»" in quote.text
    assert quote.parent is None


def test_nested_quote_with_its_own_cue_points_to_its_parent(read):
    article = read("«Вчера министр сказал мне: «Мы не отступим». Я ему поверил», – рассказал депутат Иван Петров.")
    outer, inner = sorted(article.quotes, key=lambda q: q.start)
    assert inner.text == "Мы не отступим" and inner.parent == article.quotes.index(outer)
    assert inner.cue.text == "сказал" and outer.cue.text == "рассказал"
    assert speaker_words(article, outer).endswith("Иван Петров")
    assert outer.speaker.name == "Иван Петров"


def test_multi_paragraph_quote(read):
    article = read(
        "Президент Франции Эмманюэль Макрон выступил перед послами.\n\n"
        "«Европа должна стать сильнее. Мы обязаны защитить наши интересы.\n\n"
        "«Нам нужна общая оборона, и мы будем ее строить», – заявил Макрон."
    )
    quote = only(article)
    assert quote.text.startswith("Европа должна стать сильнее")
    assert quote.text.endswith("мы будем ее строить")
    assert quote.cue.text == "заявил"


def test_authors_words_inside_the_marks(read):
    article = read("«Траншею копали сами, – говорит Апраушев, – наплевал я на запреты, холода наступали».")
    quote = only(article)
    assert quote.cue.text == "говорит"
    assert speaker_words(article, quote) == "Апраушев"


def test_speaker_is_never_inside_the_quote(read):
    article = read("«Судья не сможет сказать, что не увидел элемент», – считает Новикова.")
    quote = only(article)
    assert speaker_words(article, quote) == "Новикова"


def test_sentence_without_cue_is_a_quote_without_speaker(read):
    article = read("На плакатах было написано: «Мы требуем честных выборов и свободы слова».")
    quote = only(article)
    assert quote.speaker is None


def test_one_closing_mark_for_a_quote_and_the_name_it_ends_with(read):
    article = read("«Мы договорились о новых поставках с «Газпромом», – сказал министр.")
    quote = only(article)
    assert quote.text == "Мы договорились о новых поставках с «Газпромом"
    assert quote.cue.text == "сказал"


def test_a_participle_after_a_quoted_name_is_no_cue(read):
    article = read("Он поддерживал «Братьев-мусульман», вскоре объявленных террористической организацией.")
    assert article.quotes == []


def test_a_name_and_a_colon_introduce_a_quote(read):
    article = read("Песков: «Путин не планирует встречу с Зеленским».")
    quote = only(article)
    assert quote.text == "Путин не планирует встречу с Зеленским"
    assert quote.cue is None
    assert speaker_words(article, quote) == "Песков"


def test_short_adjective_of_conviction_as_cue(read):
    article = read("«Мы не видим оснований для пересмотра договора», – уверен министр.")
    quote = only(article)
    assert quote.cue.text == "уверен"
    assert speaker_words(article, quote) == "министр"


def test_a_title_and_name_before_a_colon(read):
    article = read("Президент России Владимир Путин: «Мы готовы к переговорам».")
    quote = only(article)
    assert speaker_words(article, quote).endswith("Владимир Путин")


def test_a_sentence_before_a_colon_is_no_speaker(read):
    article = read("Он повторил свою главную мысль: «Мы готовы к переговорам без предварительных условий».")
    quote = only(article)
    assert quote.cue is None
