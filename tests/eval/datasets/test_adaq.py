import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.adaq import align, read_adaq

FOLDER = SHARED / "data" / "adaq-quotes-ru" / "data"
pytestmark = pytest.mark.skipif(not FOLDER.exists(), reason="shared ADAQ data not present")


def test_reads_every_sentence_and_places_every_token():
    sentences = list(read_adaq(FOLDER))
    assert len(sentences) == 208
    assert sum(s.has_quote for s in sentences) == 100
    assert sum(len(s.tokens) for s in sentences) == 4392  # every token row found in its sentence
    for s in sentences:
        for t in s.tokens:
            assert s.text[t.start : t.end] == t.text


def test_csv_quoting_is_undone():
    sentences = {s.id: s for s in read_adaq(FOLDER)}
    s = sentences["2015Interviyu_Dvorkina.xml_1"]
    assert '"крымско-украинской"' in s.text
    assert [t.text for t in s.tagged("source")] == ["Отечественная", "пропаганда"]
    assert [t.text for t in s.tagged("cue")] == ["объясняет"]


def test_align_skips_what_it_cannot_place():
    tokens = align("Мама сказала: попробуй.", [("Мама", "source"), ("XYZ", "None"), ("сказала", "cue")])
    assert [(t.text, t.start) for t in tokens] == [("Мама", 0), ("сказала", 5)]
