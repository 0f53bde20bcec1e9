import gc

from khronika.engine.stage_costs import GC, ON_TOP, share_on_top, stage_costs
from khronika.model import Article
from khronika.pipeline import DEFAULT_COMPONENTS
from khronika.registry import component

TEXTS = [
    "Министр иностранных дел России Сергей Лавров вчера провел в Москве переговоры с главой МИД Турции.",
    "Президент Узбекистана Шавкат Мирзиёев в начале октября совершит государственный визит в Казахстан.",
]


def test_every_component_is_timed_and_the_share_is_computed_from_them():
    articles = [Article(id=str(i), text=t, published="2025-09-08") for i, t in enumerate(TEXTS)]
    costs = stage_costs(articles, batch_size=2)
    assert list(costs) == [*DEFAULT_COMPONENTS, GC]
    assert costs["natasha"] > 0 and all(v >= 0 for v in costs.values())
    expected = sum(costs[n] for n in ON_TOP) / (costs["natasha"] + costs["entities"] + costs["link"])
    assert share_on_top(costs) == expected


def test_share_of_nothing_is_zero():
    assert share_on_top({}) == 0.0


@component("collect-garbage", requires=("tokens",))
class CollectGarbage:
    """Stands in for a component that a full collection happens to interrupt: its own work is nil."""

    def __call__(self, docs):
        gc.collect()


def test_the_collectors_pauses_are_counted_apart_from_the_component_they_land_in():
    articles = [Article(id=str(i), text=t, published="2025-09-08") for i, t in enumerate(TEXTS)]
    for _ in range(300_000):  # garbage only the cycle collector can free
        cycle: list = []
        cycle.append(cycle)
    costs = stage_costs(articles, batch_size=2, components=("natasha", "collect-garbage"))
    assert costs[GC] > 0.01
    assert costs["collect-garbage"] < costs[GC] / 10
