from khronika.eval.datasets.adaq import AdaqSentence, align
from khronika.eval.quotes import QuoteScores
from khronika.model import Actor, MentionRef, Quote

TEXT = "Мама сказала: попробуй повоюй на его месте."
ROWS = [("Мама", "source"), ("сказала", "cue"), (":", "None")]
ROWS += [(w, "content") for w in ("попробуй", "повоюй", "на", "его", "месте")] + [(".", "None")]


def sentence():
    return AdaqSentence(id="s", text=TEXT, tokens=align(TEXT, ROWS))


def quote(text, speaker=None):
    start = TEXT.index(text)
    return Quote(start, start + len(text), text, speaker=speaker)


def test_partial_quote_words_and_speaker():
    mama = Actor(name="Мама", mention=MentionRef(0, 4))
    scores = QuoteScores()
    scores.add(sentence(), [quote("повоюй на его месте", mama)])
    assert scores.tokens.precision == 1.0 and scores.tokens.recall == 0.8  # 4 of 5 words
    assert scores.detection.f1 == 1.0
    assert scores.speaker.value == 1.0 and scores.speaker_found.value == 1.0


def test_wrong_speaker_and_missing_quote():
    wrong = Actor(name="он", mention=MentionRef(TEXT.index("его"), TEXT.index("его") + 3))
    scores = QuoteScores()
    scores.add(sentence(), [quote("попробуй повоюй на его месте", wrong)])
    assert scores.speaker.value == 0.0
    scores.add(sentence(), [])
    assert scores.speaker.total == 2 and scores.speaker_found.total == 1
    assert scores.detection.recall == 0.5


def test_a_quote_outside_the_gold_is_a_false_alarm():
    scores = QuoteScores()
    scores.add(sentence(), [quote("Мама сказала")])
    assert scores.detection.precision == 0.0 and scores.tokens.precision == 0.0
