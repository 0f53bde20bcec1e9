import pytest

from khronika.model import Article
from khronika.pipeline import Pipeline, component


def test_entities_have_exact_offsets_and_normal_forms(pipeline):
    article = pipeline(Article(id="a", text="Президент Казахстана прибыл в Москву."))
    by_text = {e.text: e for e in article.entities}
    assert by_text["Москву"].normal == "Москва"
    for entity in article.entities:
        assert article.text[entity.start : entity.end] == entity.text


def test_sentences_do_not_cross_paragraphs(pipeline):
    from khronika.nlp.segment import segment

    text = "Фото: пресс-служба Акорды\n\nВыступая с Посланием, Президент отметил успехи."
    _, sents = segment(text)
    assert [text[s.start : s.end] for s in sents][0] == "Фото: пресс-служба Акорды"


def test_one_failing_article_does_not_sink_the_batch():
    @component("explode-on-bomb")
    class Exploder:
        def __call__(self, docs):
            if any("бомба" in d.text for d in docs):
                raise RuntimeError("boom")

    pipeline = Pipeline(["natasha", "explode-on-bomb"])
    good = Article(id="good", text="Лавров встретился с Фиданом в Москве.")
    bad = Article(id="bad", text="Слово бомба ломает этот компонент.")
    results = pipeline.process_batch([good, bad])
    assert results[0].status == "ok" and results[0].entities
    assert results[1].status == "failed"
    assert "explode-on-bomb failed: RuntimeError: boom" in results[1].errors[0]


def test_unknown_component_is_named():
    with pytest.raises(KeyError, match="no-such"):
        Pipeline(["no-such"])
