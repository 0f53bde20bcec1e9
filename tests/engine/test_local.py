import os

from khronika.batching import chop
from khronika.engine import EngineOptions, run
from khronika.engine.batch import process_batch
from khronika.engine.local import CRASH_REASON, WorkerPool
from khronika.model import Article


def _dicts(articles):
    return [a.to_dict() for a in articles]


def test_one_and_two_workers_give_identical_output_in_input_order(articles):
    one = _dicts(run(articles, EngineOptions(workers=1, batch_size=2)))
    two = _dicts(run(articles, EngineOptions(workers=2, batch_size=2)))
    assert [a["id"] for a in one] == [a.id for a in articles]
    assert one == two
    assert any(e["normal"] == "Ташкент" for e in one[1]["entities"])


def crash_on_dead_parrot(records, sink=None):
    """Stands in for a fault in native code: the worker process dies without a word."""
    if any("мёртвый попугай" in r["text"] for r in records):
        os._exit(3)
    return process_batch(records, sink)


def test_a_worker_crash_loses_only_the_article_that_caused_it(articles):
    killer = Article(id="parrot", text="Покупатель вернул в магазин мёртвый попугай и потребовал деньги.")
    batch = [*articles[:2], killer, *articles[3:]]
    with WorkerPool(1, None, task=crash_on_dead_parrot) as pool:
        out = list(pool.run(chop(batch, 2)))
    assert [a.id for a in out] == [a.id for a in batch]
    assert out[2].status == "failed" and out[2].errors == [CRASH_REASON]
    assert out[0].status == "ok" and out[0].entities  # its batch-mate in the crashed batch survived
    assert out[1].status == "ok" and out[1].entities
    assert out[3].status == "ok" and out[5].status == "ok"


def test_inputs_are_left_untouched(articles):
    before = _dicts(articles)
    list(run(articles, EngineOptions(workers=1)))
    assert _dicts(articles) == before
