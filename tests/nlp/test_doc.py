import pytest

from khronika.model import Article
from khronika.nlp.doc import Doc, SharedFeats
from khronika.pipeline import create_component


def test_equal_feature_sets_are_one_read_only_mapping():
    feats = SharedFeats()
    first = feats.share({"Case": "Nom", "Number": "Sing"})
    assert feats.share({"Case": "Nom", "Number": "Sing"}) is first
    assert feats.share({"Case": "Gen", "Number": "Sing"}) is not first
    assert first["Case"] == "Nom" and dict(first) == {"Case": "Nom", "Number": "Sing"}
    with pytest.raises(TypeError):
        first["Case"] = "Acc"  # type: ignore[index]


def test_tokens_of_one_batch_share_their_features():
    docs = [Doc(Article(id="a", text="Министр встретился с министром.")), Doc(Article(id="b", text="Министр уехал."))]
    create_component("natasha")(docs)
    ministers = [t for doc in docs for t in doc.tokens if t.text == "Министр"]
    assert len(ministers) == 2 and ministers[0].feats is ministers[1].feats
    assert ministers[0].feats.get("Case") == "Nom"
