from collections import Counter

import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.factru import read_document, read_factru

DEVSET = SHARED / "data" / "factRuEval-2016" / "devset"
pytestmark = pytest.mark.skipif(not DEVSET.exists(), reason="shared factRuEval data not present")


@pytest.fixture(scope="module")
def docs():
    return list(read_factru(DEVSET))


def test_reads_every_document_and_fact(docs):
    assert len(docs) == 122
    facts = Counter(f.type for d in docs for f in d.facts)
    assert facts["Meeting"] == 5 and facts["Deal"] == 30 and facts["Occupation"] == 211


def test_mention_offsets_match_the_text(docs):
    for doc in docs:
        for m in doc.mentions:
            assert doc.text[m.start : m.end] == m.text
        for span in doc.spans.values():
            assert 0 <= span.start < span.end <= len(doc.text)


def test_ner_gold_follows_naeval():
    doc = read_document(DEVSET / "book_100.txt")
    by_span = {(m.text, m.type) for m in doc.mentions}
    # "мэрии Москвы" is an Org object without an org_name span: only its LOC name counts
    assert ("Москвы", "LOC") in by_span and ("мэрии Москвы", "ORG") not in by_span
    assert ("Юрия Лужкова", "PER") in by_span
    spans = sorted((m.start, m.end) for m in doc.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "gold spans must not overlap"


def test_meeting_participants_resolve_to_their_mentions():
    doc = read_document(DEVSET / "book_117.txt")
    (meeting,) = [f for f in doc.facts if f.type == "Meeting"]
    names = set()
    for arg in meeting.values("Participant"):
        assert arg.ref == "obj"
        names |= {doc.text[s:e] for s, e in doc.entity_spans(arg.id)}
    assert {"Обама", "Саркози"} <= names
