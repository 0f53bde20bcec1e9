import pytest

from khronika.model import Article
from khronika.pipeline import DEFAULT_COMPONENTS, Hook, Pipeline, check_order
from khronika.registry import component


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


def test_hooks_see_each_component_with_the_documents_still_live():
    @component("fail-on-bomb")
    class Failer:
        def __call__(self, docs):
            if any("бомба" in d.text for d in docs):
                raise RuntimeError("boom")

    class Log(Hook):
        def __init__(self):
            self.calls = []

        def before(self, name, docs):
            self.calls.append(("before", name, [d.article.id for d in docs]))

        def after(self, name, docs):
            self.calls.append(("after", name, [d.article.id for d in docs]))

    log = Log()
    pipeline = Pipeline(["natasha", "fail-on-bomb"])
    articles = [Article(id="good", text="Лавров прибыл в Москву."), Article(id="bad", text="Слово бомба ломает всё."),
                Article(id="empty", text="  ")]
    pipeline.process_batch(articles, hooks=[log])
    assert log.calls == [
        ("before", "natasha", ["good", "bad"]),  # the empty one failed its checks
        ("after", "natasha", ["good", "bad"]),
        ("before", "fail-on-bomb", ["good", "bad"]),
        ("after", "fail-on-bomb", ["good"]),
    ]


def test_a_stage_before_what_it_reads_fails_when_the_pipeline_is_built():
    with pytest.raises(ValueError) as error:
        Pipeline(["events"])
    assert str(error.value) == (
        "events needs tokens, parse, entities, mentions, times, quotes: add natasha, link, timex, quotes before it"
    )
    with pytest.raises(ValueError, match="^events needs times: add timex before it$"):
        Pipeline(["natasha", "entities", "link", "quotes", "events", "timex"])


def test_the_default_pipeline_has_every_need_met(pipeline):
    assert pipeline.names == list(DEFAULT_COMPONENTS)
    check_order(DEFAULT_COMPONENTS)


def test_unknown_component_is_named():
    with pytest.raises(KeyError, match="no-such"):
        Pipeline(["no-such"])
