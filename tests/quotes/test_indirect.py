def indirect(article):
    return [q for q in article.quotes if q.kind == "indirect"]


def speaker_words(article, quote):
    mention = quote.speaker.mention
    return article.text[mention.start : mention.end]


def test_that_clause_is_the_content(read):
    article = read("Лавров отметил, что переговоры пройдут в Москве в ближайшее время.")
    [quote] = indirect(article)
    assert quote.text == "что переговоры пройдут в Москве в ближайшее время"
    assert quote.cue.text == "отметил"
    assert speaker_words(article, quote) == "Лавров"


def test_that_clause_after_words_between(read):
    article = read("Министр обороны Сергей Шойгу заявил вчера журналистам, что учения завершены.")
    [quote] = indirect(article)
    assert quote.text == "что учения завершены"
    assert quote.speaker.name == "Сергей Шойгу"


def test_according_to_takes_the_rest_of_the_sentence(read):
    article = read("По словам Лаврова, стороны обсудили ситуацию на Ближнем Востоке.")
    [quote] = indirect(article)
    assert quote.text == "стороны обсудили ситуацию на Ближнем Востоке"
    assert quote.cue.text == "По словам"
    assert speaker_words(article, quote) == "Лаврова"
    assert quote.speaker.name == "Лавров"


def test_in_the_opinion_of(read):
    article = read("По мнению экспертов, рост цен на нефть продолжится до конца года.")
    [quote] = indirect(article)
    assert quote.text.startswith("рост цен на нефть")
    assert speaker_words(article, quote) == "экспертов"


def test_as_stated_by(read):
    article = read("Как заявил пресс-секретарь Кремля Дмитрий Песков, визит пока не планируется.")
    [quote] = indirect(article)
    assert quote.text == "визит пока не планируется"
    assert quote.cue.text == "заявил"
    assert quote.speaker.name == "Дмитрий Песков"


def test_inverted_cue_after_the_words(read):
    article = read("Переговоры пройдут в Женеве, сообщил источник в МИД России.")
    [quote] = indirect(article)
    assert quote.text == "Переговоры пройдут в Женеве"
    assert quote.cue.text == "сообщил"
    assert speaker_words(article, quote).startswith("источник")


def test_colon_without_quote_marks(read):
    article = read("Первый вице-премьер Шувалов признал: у правительства нет реальных рычагов влияния.")
    [quote] = indirect(article)
    assert quote.text == "у правительства нет реальных рычагов влияния"
    assert speaker_words(article, quote).endswith("Шувалов")
    assert quote.speaker.name == "Шувалов"


def test_speech_inside_a_direct_quote_is_not_split_out(read):
    article = read("«ООН, по мнению Казахстана, должна остаться главной площадкой переговоров», – заключил Президент.")
    assert [q.kind for q in article.quotes] == ["direct"]


def test_a_verb_without_a_clause_is_not_speech(read):
    article = read("Президент анонсировал визиты в Россию и Узбекистан.")
    assert article.quotes == []


def test_according_to_with_an_apposition(read):
    article = read("По словам Лео Бенедучи, генерального секретаря профсоюза, условия содержания ухудшились.")
    [quote] = indirect(article)
    assert quote.text == "условия содержания ухудшились"
    assert quote.speaker.name == "Лео Бенедучи"


def test_reported_clause_ends_where_the_main_clause_resumes(read):
    article = read(
        "Хотя украинские чиновники заявили, что беспорядки были провокацией, люди с этим мнением не согласны."
    )
    [quote] = indirect(article)
    assert quote.text == "что беспорядки были провокацией"


def test_the_newsrooms_own_voice_is_not_a_quote(read):
    article = read("Напомним, что переговоры начались в прошлом месяце.")
    assert article.quotes == []


def test_according_to_him(read):
    article = read("Сергей Лавров прилетел в Женеву. По его словам, переговоры продолжатся завтра.")
    [quote] = indirect(article)
    assert quote.cue.text == "По его словам"
    assert speaker_words(article, quote) == "его"
    assert quote.speaker.name == "Сергей Лавров"


def test_according_to_before_a_direct_quote_names_its_speaker(read):
    article = read("По словам свердловского губернатора Александра Мишарина, «уже тогда для него не существовало "
                   "понятия „невыполнимо“, он жил другими категориями»."),
    [quote] = [q for q in article[0].quotes if q.kind == "direct" and q.parent is None]
    assert quote.speaker is not None and quote.speaker.name == "Александр Мишарин"
    assert quote.cue is not None and quote.cue.text == "По словам"


def test_according_to_with_words_before_the_quote_is_not_its_speaker(read):
    article = read("По словам министра, губернатор сказал: «Мы справимся».")
    [quote] = [q for q in article.quotes if q.kind == "direct"]
    assert quote.speaker is None or quote.speaker.name != "министр"
