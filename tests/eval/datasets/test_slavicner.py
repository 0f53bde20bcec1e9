import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.slavicner import read_slavicner

FOLDER = SHARED / "data" / "slavicner-ru"
pytestmark = pytest.mark.skipif(not FOLDER.exists(), reason="shared SlavicNER data not present")


def test_reads_every_russian_document_with_offsets():
    docs = list(read_slavicner(FOLDER))
    assert len(docs) == 876
    assert {m.type for d in docs for m in d.mentions} == {"PER", "ORG", "LOC"}  # EVT and PRO skipped
    for doc in docs:
        for m in doc.mentions:
            assert doc.text[m.start : m.end] == m.text


def test_limit():
    assert len(list(read_slavicner(FOLDER, limit=3))) == 3
