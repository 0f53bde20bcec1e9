import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.gold_events import read_gold_events, sentences
from khronika.eval.tasks import TASKS

GOLD = SHARED / "gold-events" / "dev.yaml"
TEXTS = SHARED / "data" / "factRuEval-2016" / "devset"
shared = pytest.mark.skipif(not (GOLD.exists() and TEXTS.exists()), reason="shared gold events not present")


@shared
def test_every_gold_event_is_placed_in_the_sentence_of_its_trigger():
    docs = list(read_gold_events(GOLD, TEXTS))
    assert len(docs) == 24
    events = [e for d in docs for e in d.events]
    assert (len(events), sum(e.unsure for e in events)) == (245, 74)
    for doc in docs:
        for event in doc.events:
            start, end = event.places[0]
            assert event.trigger in doc.text[start:end], (doc.id, event.trigger)


@shared
def test_an_event_reported_again_has_a_place_for_each_context():
    visit = next(e for e in next(read_gold_events(GOLD, TEXTS, limit=1)).events if e.trigger == "посетившего")
    assert visit.cameo == "042"
    assert len(set(visit.places)) == 3  # its context and two `also` sentences, each its own


def test_a_context_missing_from_the_text_names_the_document(tmp_path):
    (tmp_path / "book_1.txt").write_text("Лавров встретился с Ваном.", encoding="utf-8")
    gold = tmp_path / "dev.yaml"
    gold.write_text("- id: book_1\n  events:\n  - {trigger: обсудил, context: Лавров обсудил, cameo: '040'}\n")
    with pytest.raises(ValueError, match="book_1: context not in text"):
        list(read_gold_events(gold, tmp_path))


def test_sentences_end_at_a_stop_before_a_capital_or_at_a_line_break_before_a_dash():
    text = "Путин прилетел в Пекин. Там его встретил Си.\n— Мы рады, — сказал он. в 2016 г. так"
    assert [text[s:e].strip() for s, e in sentences(text)] == [
        "Путин прилетел в Пекин.", "Там его встретил Си.", "— Мы рады, — сказал он. в 2016 г. так",
    ]


def test_missing_gold_events_are_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="gold-events"):
        TASKS["events"].prepare("gold-dev", tmp_path, None, ("natasha",))
