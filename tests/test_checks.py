from khronika.checks import MAX_CHARS, check_article
from khronika.model import Article


def checked(text: str) -> Article:
    return check_article(Article(id="a", text=text))


def test_empty_text_fails():
    assert checked("  \n ").errors == ["empty text: nothing to analyse"]


def test_english_text_fails_as_not_russian():
    article = checked("The President of Kazakhstan will visit Russia and Uzbekistan at the end of the year.")
    assert article.status == "failed" and "not Russian" in article.errors[0]


def test_ukrainian_text_fails_as_not_russian():
    article = checked("Президент України відвідав Київ і провів зустріч із міністром закордонних справ.")
    assert article.status == "failed" and "another language" in article.errors[0]


def test_huge_article_is_truncated_with_a_warning():
    article = checked("Лавров встретился с Фиданом. " * (MAX_CHARS // 20))
    assert article.status == "partial" and len(article.text) == MAX_CHARS
    assert "truncated" in article.errors[0]


def test_russian_news_passes():
    assert checked("Лавров встретился с Фиданом в Анкаре.").status == "ok"
