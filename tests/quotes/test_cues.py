from khronika.quotes.cues import is_speech_verb, lexicon, phrase_at


def test_lexicon_is_read_from_the_data_file():
    words = lexicon()
    assert {"сказать", "заявить", "заключить", "подчеркнуть"} <= words.verbs
    assert ("по", "словам") in words.phrases


def test_speech_verbs_in_any_form(parse):
    doc = parse("Он сказал, заявив журналистам, что говорится в документе, и заключил речь.")
    cues = [t.text for t in doc.tokens if is_speech_verb(t)]
    assert cues == ["сказал", "заявив", "говорится", "заключил"]


def test_a_noun_is_not_a_speech_verb(parse):
    doc = parse("Заявление министра опубликовано.")
    assert not any(is_speech_verb(t) for t in doc.tokens)


def test_phrase_cue(parse):
    doc = parse("По словам Лаврова, переговоры продолжатся.")
    assert phrase_at(doc, 0) == 2
    assert phrase_at(doc, 1) == 0
