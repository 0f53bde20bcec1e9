"""A body a table knows as another (often a dissolved) state's takes the country the text gives it."""

from __future__ import annotations

from khronika.model import Article


def body(pipeline, text: str, name: str):
    article = pipeline(Article(id="t", text=text, published=None, source=None))
    return next(e for e in article.entities if e.text == name and e.type == "ORG")


def test_a_body_named_with_its_country(pipeline):
    kgb = body(pipeline, "Председатель КГБ Беларуси Вадим Зайцев заявил, что задержанные готовили беспорядки.",
               "КГБ Беларуси")
    assert (kgb.qid, kgb.country, kgb.actor) == (None, "BLR", "BLRSPY")


def test_a_bare_kgb_in_a_belarusian_story_is_belarus_s(pipeline):
    text = ("Белорусский оппозиционер заявил в суде, что в изоляторе КГБ его пытали. "
            "Власти Белоруссии отвергли эти обвинения.")
    assert body(pipeline, text, "КГБ").actor == "BLRSPY"


def test_the_kgb_of_a_soviet_story_stays_soviet(pipeline):
    text = "В 1970-е годы КГБ СССР преследовал диссидентов в Москве и Ленинграде."
    kgb = [e for e in pipeline(Article(id="t", text=text)).entities if e.type == "ORG"]
    assert kgb and all(e.country == "SUN" for e in kgb)
