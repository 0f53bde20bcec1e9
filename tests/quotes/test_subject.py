from khronika.quotes.subject import speaker_span, subject_of


def token(doc, text):
    return next(t for t in doc.tokens if t.text == text)


def words(doc, span):
    return doc.text[span[0] : span[1]]


def test_subject_after_the_verb(parse):
    doc = parse("«Переговоры были трудными», – заключил глава МИД России.")
    subject = subject_of(doc, token(doc, "заключил"))
    assert subject.text == "глава"
    assert words(doc, speaker_span(doc, subject)) == "глава МИД России"


def test_gerund_borrows_the_subject_of_its_verb(parse):
    doc = parse("Министр, сказав журналистам несколько слов, уехал.")
    assert subject_of(doc, token(doc, "сказав")).text == "Министр"


def test_subject_inside_the_quote_is_not_taken(parse):
    doc = parse("«Судья не сможет сказать, что не увидел элемент», – считает Новикова.")
    verb = token(doc, "считает")
    quote = (1, doc.text.index("»"))
    assert subject_of(doc, verb, outside=quote).text == "Новикова"


def test_name_in_apposition_joins_the_span(parse):
    doc = parse("Об этом заявил представитель Кремля Дмитрий Песков.")
    subject = subject_of(doc, token(doc, "заявил"))
    assert words(doc, speaker_span(doc, subject)).endswith("Дмитрий Песков")


def test_impersonal_verb_takes_its_source(parse):
    doc = parse("Как сообщили в пресс-службе Кремля, визит состоится в мае.")
    assert subject_of(doc, token(doc, "сообщили")).text == "Кремля"
