import pytest

from khronika.model import Article, Entity
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


@pytest.fixture(scope="module")
def parsed():
    doc = Doc(Article(id="a", text="Лавров и Фидан провели переговоры в Москве. Министры подписали заявление."))
    create_component("natasha")([doc])
    return doc


def test_tokens_by_character_offset(parsed):
    text = parsed.text
    moscow = text.index("Москве")
    assert [t.text for t in parsed.tokens_in(moscow + 1, moscow + 3)] == ["Москве"]  # overlap, not containment
    assert [t.text for t in parsed.tokens_between(moscow - 1, moscow + 6)] == ["Москве"]  # starting inside only
    assert parsed.token_from(moscow - 1).text == "Москве"
    assert parsed.token_before(moscow).text == "в"
    assert parsed.token_before(0) is None and parsed.token_from(len(text)) is None


def test_offsets_follow_the_tokens_when_they_are_replaced(parsed):
    doc = Doc(Article(id="b", text="Путин прибыл в Минск."))
    create_component("natasha")([doc])
    assert [t.text for t in doc.tokens_in(0, 5)] == ["Путин"] and doc.token_from(22) is None
    doc.tokens = parsed.tokens  # the offsets of "Путин прибыл в Минск." would point past "провели"
    assert [t.text for t in doc.tokens_in(0, 5)] == ["Лавров"] and doc.token_from(22).text == "переговоры"


def test_mention_offsets_follow_the_mentions_when_they_are_replaced():
    doc = Doc(Article(id="m", text="Путин встретился с Лукашенко. Он заявил о договорённости."))
    doc.mentions = [Entity(0, 5, "Путин", "PER")]
    assert doc.mention_starts == [0]
    doc.mentions = [Entity(0, 5, "Путин", "PER"), Entity(30, 32, "Он", "PER", subtype="PRONOUN")]
    assert doc.mention_starts == [0, 30]


def test_children_are_the_tokens_whose_head_is_the_token(parsed):
    for token in parsed.tokens:
        expected = [t for t in parsed.sentence_tokens(parsed.sents[token.sent]) if t.head == token.i]
        assert parsed.children(token) == expected
    verb = next(t for t in parsed.tokens if t.text == "провели")
    assert [t.text for t in parsed.children(verb, "nsubj")] == ["Лавров"]
    assert [t.text for t in parsed.conjuncts(parsed.children(verb, "nsubj")[0])] == ["Лавров", "Фидан"]
    moscow = next(t for t in parsed.tokens if t.text == "Москве")
    assert parsed.prep(moscow) == "в" and parsed.case(moscow) == "Loc"
    assert [t.text for t in parsed.ancestors(moscow)] == ["переговоры", "провели"]
    assert [t.text for t in parsed.ancestors(moscow, limit=1)] == ["переговоры"]


def test_a_span_hangs_from_the_token_outside_it(parsed):
    start = parsed.text.index("в Москве")
    anchor = parsed.anchor(start, start + len("в Москве"))
    assert parsed.tokens[anchor.first].text == "в" and parsed.tokens[anchor.attach].text == "переговоры"
    assert parsed.anchor(len(parsed.text) + 5, len(parsed.text) + 9).first is None


def test_subtree_visits_each_word_once_when_the_parse_has_a_cycle():
    # slovnet now and then heads a root by itself or makes two words head each other; a walk down
    # such a parse once grew without end (a 27k-character article took 3.4 GB and 100 s).
    doc = Doc(Article(id="a", text="Лавров и Фидан провели переговоры в Москве."))
    create_component("natasha")([doc])
    verb = next(t for t in doc.tokens if t.text == "провели")
    words = sorted(t.text for t in doc.subtree(verb))
    assert words == sorted(t.text for t in doc.tokens)
    verb.head = verb.i  # a self-headed root
    doc._kids = None
    assert sorted(t.text for t in doc.subtree(verb)) == words
    moscow = next(t for t in doc.tokens if t.text == "Москве")
    verb.head = moscow.i  # the root under its own dependent: a two-word cycle
    doc._kids = None
    assert sorted(t.text for t in doc.subtree(moscow)) == words
