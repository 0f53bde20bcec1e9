"""Local and Ray engines give identical output, article for article (a local Ray instance, 2 CPUs)."""

import importlib.util
import sys
import time

import pytest

from khronika.engine import EngineError, EngineOptions, run
from khronika.engine.ray_engine import MISSING_RAY

HAS_RAY = importlib.util.find_spec("ray") is not None


@pytest.fixture(scope="module")
def local_ray():
    import ray

    from khronika.engine.ray_engine import connect

    started = time.perf_counter()
    connect(ray, None, workers=2)
    print(f"\nray start-up: {time.perf_counter() - started:.1f}s")
    yield ray
    ray.shutdown()


@pytest.mark.ray
@pytest.mark.skipif(not HAS_RAY, reason="the ray extra is not installed: pip install -e '.[ray]'")
def test_ray_and_local_engines_agree_article_for_article(local_ray, articles, tmp_path):
    from khronika.export.parquet import ParquetSink, read_articles

    local = [a.to_dict() for a in run(articles, EngineOptions(workers=1, batch_size=2))]
    started = time.perf_counter()
    options = EngineOptions(engine="ray", workers=2, batch_size=2, sink=ParquetSink(str(tmp_path)))
    on_ray = [a.to_dict() for a in run(articles, options)]
    print(f"ray run (pool start and {len(articles)} articles): {time.perf_counter() - started:.1f}s")
    assert [a["id"] for a in on_ray] == [a.id for a in articles]
    assert on_ray == local
    written = sorted((a.to_dict() for a in read_articles(str(tmp_path))), key=lambda a: a["id"])
    assert written == sorted(local, key=lambda a: a["id"])  # the actors wrote the Parquet files


def test_a_missing_ray_extra_gets_a_one_line_answer(monkeypatch, articles):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(EngineError, match="pip install 'khronika\\[ray\\]'") as caught:
        list(run(articles, EngineOptions(engine="ray", workers=2)))
    assert str(caught.value) == MISSING_RAY
