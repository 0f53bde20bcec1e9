from khronika.quotes.marks import find_marks


def spans(text: str) -> list[tuple[str, int | None]]:
    return [(text[m.start : m.end], m.parent) for m in find_marks(text)]


def test_guillemets_cover_the_words_without_the_marks():
    text = "«Мы договорились», – сказал он."
    assert spans(text) == [("Мы договорились", None)]


def test_english_german_and_straight_quotes_are_balanced():
    text = 'Он сказал “да”, она – „нет“, а они – "может быть".'
    assert [s for s, _ in spans(text)] == ["да", "нет", "может быть"]


def test_nested_quote_is_kept_inside_its_parent():
    text = "«Нужно искать компромиссы, «худой мир лучше доброй ссоры». Мы так и делаем», - сказал Токаев."
    assert spans(text) == [
        ("Нужно искать компромиссы, «худой мир лучше доброй ссоры». Мы так и делаем", None),
        ("худой мир лучше доброй ссоры", 0),
    ]


def test_nested_straight_quotes_inside_straight_quotes():
    text = '"Мы не позволим "агрессору" победить", - сказал он.'
    assert spans(text) == [('Мы не позволим "агрессору" победить', None), ("агрессору", 0)]


def test_multi_paragraph_quote_continues_after_a_reopening_mark():
    text = "«Европа должна стать сильнее.\n\n«Нам нужна общая оборона», – заявил Макрон."
    [(quote, parent)] = spans(text)
    assert quote.startswith("Европа должна") and quote.endswith("общая оборона")
    assert parent is None


def test_unclosed_mark_does_not_swallow_the_next_paragraph():
    text = "Он назвал это «ошибкой.\n\nКомпания «Газпром» увеличила поставки."
    assert spans(text) == [("Газпром", None)]


def test_stray_closing_mark_is_ignored():
    assert spans("Текст» и «слово».") == [("слово", None)]


def test_quote_running_on_without_a_reopening_mark():
    text = "«Мы готовы к диалогу.\nНо не на любых условиях», – сказал он."
    assert spans(text) == [("Мы готовы к диалогу.\nНо не на любых условиях", None)]


def test_three_paragraph_quote():
    text = "«Первое.\n\n«Второе.\n\n«Третье», – сказал он."
    [(quote, _)] = spans(text)
    assert quote.startswith("Первое") and quote.endswith("Третье")


def test_one_closing_mark_for_two_closes_both():
    text = "«Мы договорились с «Газпромом», – сказал он."
    assert spans(text) == [("Мы договорились с «Газпромом", None), ("Газпромом", 0)]


def test_a_name_in_an_unclosed_quote_does_not_close_it():
    text = "Он назвал «ошибкой решение «Газпрома» о поставках.\nДругой абзац."
    assert spans(text) == [("Газпрома", None)]
