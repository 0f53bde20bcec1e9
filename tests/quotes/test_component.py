from pathlib import Path

import pytest
import yaml

from khronika.model import Article, Quote
from khronika.pipeline import Pipeline
from khronika.quotes import quote_at
from khronika.quotes.component import in_text_order

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


@pytest.fixture(scope="module")
def seed(quote_pipeline) -> Article:
    text = (SEED / "kazpravda-2025-09-08-tokayev-visits.txt").read_text(encoding="utf-8")
    return quote_pipeline(Article(id="kazpravda-2025-09-08", text=text, published="2025-09-08"))


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return yaml.safe_load((SEED / "expected.yaml").read_text(encoding="utf-8"))["quotes"]


def direct(article: Article) -> list[Quote]:
    return [q for q in article.quotes if q.kind == "direct" and q.parent is None]


def test_seed_has_the_three_direct_quotes_with_their_cues(seed, expected):
    quotes = direct(seed)
    assert len(quotes) == len(expected) == 3
    for quote, want in zip(quotes, expected):
        assert quote.text.startswith(want["starts_with"])
        assert quote.cue.text == want["cue"]
        assert seed.text[quote.start : quote.end] == quote.text


def test_seed_proverb_stays_inside_the_second_quote(seed):
    second = direct(seed)[1]
    assert "«худой мир лучше доброй ссоры»" in second.text
    assert not any(q.text.startswith("худой мир") for q in seed.quotes)


def test_seed_speakers_are_the_president_through_pronoun_name_and_title(seed):
    quotes = direct(seed)
    words = [seed.text[q.speaker.mention.start : q.speaker.mention.end] for q in quotes]
    assert words == ["он", "Токаев", "Президент"]
    assert all("Токаев" in q.speaker.name for q in quotes)


def test_seed_speakers_link_to_tokayev(seed, expected):
    assert [q.speaker.qid for q in direct(seed)] == [want["speaker"] for want in expected]


def test_quote_at_finds_the_innermost_or_the_top_level_quote(seed):
    second = direct(seed)[1]
    top = seed.quotes.index(second)
    offset = seed.text.index("худой мир")
    assert quote_at(seed, offset) == top  # the proverb is no quote of its own
    assert quote_at(seed, offset, innermost=False) == top
    assert quote_at(seed, seed.text.index("Кроме того")) is None


def test_quote_at_prefers_the_nested_quote():
    article = Article(id="a", text="«Он сказал: «Нет». Всё», – добавил он.")
    article.quotes = [Quote(1, 22, article.text[1:22]), Quote(13, 16, "Нет", parent=0)]
    assert quote_at(article, 14) == 1
    assert quote_at(article, 14, innermost=False) == 0
    assert quote_at(article, 3) == 0


def test_parents_follow_the_quotes_when_sorted():
    inner = Quote(10, 15, "x", parent=1)
    outer = Quote(0, 30, "y")
    ordered = in_text_order([inner, outer])
    assert ordered == [outer, inner] and inner.parent == 0


def test_component_fills_quotes_in_a_batch(quote_pipeline):
    articles = [
        Article(id="a", text="«Мы договорились о новых поставках», – сказал министр."),
        Article(id="b", text="Компания «Газпром» увеличила поставки."),
    ]
    first, second = list(quote_pipeline.process(articles))
    assert [q.cue.text for q in first.quotes] == ["сказал"]
    assert second.quotes == []


def test_without_a_parse_the_pipeline_is_not_built():
    with pytest.raises(ValueError, match="^quotes needs tokens, parse: add natasha before it$"):
        Pipeline(["quotes"])
