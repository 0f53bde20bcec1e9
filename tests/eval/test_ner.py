import pytest
from tests.conftest import SHARED

from khronika.eval.ner import NerScores, exact_scores, token_scores
from khronika.model import Article

FACTRU = SHARED / "data" / "factRuEval-2016" / "devset"

TEXT = "Президент Франции Эммануэль Макрон прибыл в Нью-Йорк на сессию Генеральной Ассамблеи ООН."


def span(text, type_):
    start = TEXT.index(text)
    return (start, start + len(text), type_)


def test_boundary_error_costs_exact_but_only_part_of_token_score():
    gold = [span("Эммануэль Макрон", "PER"), span("Генеральной Ассамблеи ООН", "ORG")]
    pred = [span("Макрон", "PER"), span("Генеральной Ассамблеи ООН", "ORG")]
    exact = exact_scores(gold, pred)
    assert (exact["PER"].precision, exact["PER"].recall) == (0.0, 0.0)
    assert exact["ORG"].f1 == 1.0
    token = token_scores(TEXT, gold, pred)
    assert token["PER"].precision == 1.0 and token["PER"].recall == 0.5  # 1 of 2 gold tokens
    assert token["ORG"].f1 == 1.0


def test_wrong_type_is_a_miss_and_a_false_alarm():
    gold = [span("ООН", "ORG")]
    pred = [span("ООН", "LOC")]
    token = token_scores(TEXT, gold, pred)
    assert token["ORG"].recall == 0.0 and token["LOC"].pred == 1 and token["LOC"].precision == 0.0


def test_hyphenated_name_is_one_razdel_token_and_misaligned_spans_are_dropped():
    gold = [span("Нью-Йорк", "LOC")]
    assert token_scores(TEXT, gold, gold)["LOC"].gold == 1
    misaligned = [(gold[0][0], gold[0][0] + 3, "LOC")]  # "Нью" ends inside a token
    assert token_scores(TEXT, gold, misaligned)["LOC"].pred == 0


def test_nested_gold_spans_of_one_type_mark_the_same_tokens():
    gold = [span("Генеральной Ассамблеи ООН", "ORG"), span("ООН", "ORG")]
    pred = [span("ООН", "ORG")]
    token = token_scores(TEXT, gold, pred)
    assert token["ORG"].gold == 3 and token["ORG"].recall == pytest.approx(1 / 3)
    exact = exact_scores(gold, pred)
    assert exact["ORG"].gold == 2 and exact["ORG"].recall == 0.5


def test_scores_add_up_over_documents():
    scores = NerScores()
    scores.add(TEXT, [span("ООН", "ORG")], [span("ООН", "ORG")])
    scores.add(TEXT, [span("ООН", "ORG")], [])
    assert scores.exact["ORG"].recall == 0.5 and scores.exact["ORG"].precision == 1.0


def test_bare_natasha_equals_natasha_doc():
    from natasha import Doc

    from khronika.eval.bare import bare_natasha_spans
    from khronika.nlp.models import load_models

    models = load_models()
    texts = [TEXT, "Лавров провел переговоры с Фиданом в Анкаре.\nМИД России сообщил об итогах."]
    for text, spans in zip(texts, bare_natasha_spans(texts)):
        doc = Doc(text)
        doc.segment(models.segmenter)
        doc.tag_ner(models.ner)
        assert spans == [(s.start, s.stop, s.type) for s in doc.spans]
        assert spans


@pytest.mark.skipif(not FACTRU.exists(), reason="shared factRuEval data not present")
def test_natasha_stage_gives_bare_natashas_mentions_on_real_news():
    """Sentence-initial surnames ("Путин также подпишет", "Бонер объявил") need the text before them."""
    from khronika.eval.bare import bare_natasha_spans
    from khronika.eval.datasets.factru import read_document
    from khronika.pipeline import Pipeline

    docs = [read_document(FACTRU / f"{name}.txt") for name in ("book_156", "book_252")]
    stage = Pipeline(["natasha"])
    for doc, bare in zip(docs, bare_natasha_spans(d.text for d in docs)):
        ours = [(e.start, e.end, e.type) for e in stage(Article(id=doc.id, text=doc.text)).entities]
        assert sorted(ours) == sorted(bare)
