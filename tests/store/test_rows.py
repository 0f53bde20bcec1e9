"""An analysed article as table rows: the mention's sentence and actors as the pipeline found them."""

from __future__ import annotations

from khronika.model import Article
from khronika.store.rows import mention_rows

# A dateline on its own line: the pipeline splits at the line break and at the full stop (3
# sentences), razdel over the whole text does not split at the line break (2).
DATELINE = "Токаев провёл переговоры с Мирзиёевым в Узбекистане\nАСТАНА 8 сентября. Токаев посетил Ташкент."


def test_sentence_index_is_the_pipelines_own_sentence(pipeline):
    article = pipeline(Article(id="dateline", text=DATELINE, published="2025-09-08"))
    visit = next(e for e in article.events if e.trigger.text == "посетил")
    assert article.text[visit.sentence.start : visit.sentence.end] == "Токаев посетил Ташкент."
    rows = {row["trigger_text"]: row for row in mention_rows(article)}
    assert rows["переговоры"]["sentence_index"] == 1
    assert rows["посетил"]["sentence_index"] == 3  # GDELT's SentenceID is 1-based
