from khronika.engine.batch import process_batch
from khronika.model import Article
from khronika.pipeline import default_pipeline


def test_records_in_records_out_match_the_pipeline(articles):
    records = process_batch([a.to_dict() for a in articles])
    direct = [a.to_dict() for a in default_pipeline().process_batch(articles)]
    assert records == direct
    assert [r["id"] for r in records] == [a.id for a in articles]


def test_a_failed_article_keeps_its_batch(articles):
    by_id = {r["id"]: r for r in process_batch([a.to_dict() for a in articles])}
    assert by_id["empty"]["status"] == "failed" and by_id["english"]["status"] == "failed"
    lavrov = by_id["lavrov"]
    assert lavrov["status"] == "ok"
    assert {"Сергей Лавров", "Москве"} <= {e["text"] for e in lavrov["entities"]}


def test_the_pipeline_is_loaded_once_per_process():
    assert default_pipeline() is default_pipeline()
    assert process_batch([]) == []
    assert process_batch([Article(id="x", text="Путин прибыл в Минск.").to_dict()])[0]["status"] == "ok"
