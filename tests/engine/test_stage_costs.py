from khronika.engine.stage_costs import ON_TOP, share_on_top, stage_costs
from khronika.model import Article
from khronika.pipeline import DEFAULT_COMPONENTS

TEXTS = [
    "Министр иностранных дел России Сергей Лавров вчера провел в Москве переговоры с главой МИД Турции.",
    "Президент Узбекистана Шавкат Мирзиёев в начале октября совершит государственный визит в Казахстан.",
]


def test_every_component_is_timed_and_the_share_is_computed_from_them():
    articles = [Article(id=str(i), text=t, published="2025-09-08") for i, t in enumerate(TEXTS)]
    costs = stage_costs(articles, batch_size=2)
    assert list(costs) == list(DEFAULT_COMPONENTS)
    assert costs["natasha"] > 0 and all(v >= 0 for v in costs.values())
    expected = sum(costs[n] for n in ON_TOP) / (costs["natasha"] + costs["entities"] + costs["link"])
    assert share_on_top(costs) == expected


def test_share_of_nothing_is_zero():
    assert share_on_top({}) == 0.0
