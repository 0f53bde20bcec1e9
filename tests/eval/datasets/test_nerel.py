from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.nerel import read_document, read_nerel

DEV = SHARED / "data" / "nerel" / "NEREL-v1.1" / "dev"
pytestmark = pytest.mark.skipif(not DEV.exists(), reason="shared NEREL data not present")


@pytest.fixture(scope="module")
def docs():
    return list(read_nerel(DEV))


def test_reads_the_dev_split(docs):
    assert len(docs) == 94
    labels = Counter(m.label for d in docs for m in d.mentions)
    assert labels["PERSON"] > 900 and labels["COUNTRY"] > 300 and labels["CITY"] > 200


def test_offsets_match_the_annotated_text(docs):
    for doc in docs:
        ann = Path(doc.path).with_suffix(".ann").read_text(encoding="utf-8")
        stated = {line.split("\t")[0]: line.split("\t")[2] for line in ann.splitlines() if line.startswith("T")}
        for a in doc.annotations.values():
            if len(a.fragments) == 1:
                assert a.text == stated[a.id]


def test_links_and_nil():
    doc = read_document(DEV / "119336_text.txt")
    by_text = {m.text: m for m in doc.mentions if m.linked}
    assert by_text["США"].qid == "Q30" and by_text["США"].type == "LOC"
    docs = list(read_nerel(DEV, limit=40))
    nil = [m for d in docs for m in d.mentions if m.linked and m.qid is None]
    assert nil, "Wikidata:NULL links are kept as explicit NILs"


def test_event_arguments_are_relations_to_event_mentions(docs):
    roles = Counter(
        r.label
        for d in docs
        for r in d.relations
        if d.annotations.get(r.arg1, None) and d.annotations[r.arg1].label == "EVENT"
    )
    assert roles["TAKES_PLACE_IN"] > 0 and roles["POINT_IN_TIME"] > 0


def test_a_damaged_link_line_is_skipped(tmp_path):
    (tmp_path / "1_text.txt").write_text("Москва", encoding="utf-8")
    (tmp_path / "1_text.ann").write_text("T1\tCITY 0 6\tМосква\nN1\tReference T1 Wikidaиция\n", encoding="utf-8")
    doc = read_document(tmp_path / "1_text.txt")
    assert doc.annotations["T1"].text == "Москва" and "T1" not in doc.links
