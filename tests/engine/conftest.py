from __future__ import annotations

from pathlib import Path

import pytest

from khronika.model import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

SENTENCES = [
    ("lavrov", "2025-09-08", "Министр иностранных дел России Сергей Лавров в понедельник провёл переговоры с Хаканом Фиданом в Москве."),
    ("tokayev", "2025-09-09", "Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом в Ташкент."),
    ("empty", "2025-09-09", ""),
    ("eu", "2025-10-01", "Совет ЕС продлил санкции против Белоруссии ещё на год, сообщили в Брюсселе."),
    ("english", None, "The European Council extended sanctions against Belarus for another year."),
    ("duma", None, "Госдума в среду приняла в первом чтении законопроект о бюджете на 2026 год."),
]


@pytest.fixture
def articles() -> list[Article]:
    """A handful of short articles over three months, with an empty and a non-Russian one."""
    return [Article(id=id, text=text, published=published, source="test") for id, published, text in SENTENCES]
