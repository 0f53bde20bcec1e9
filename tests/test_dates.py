"""The one publication-date parser, on the formats real feeds and JSON dumps carry."""

from __future__ import annotations

from datetime import date

import pytest

from khronika.dates import parse_date
from khronika.model import Article


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-08", date(2025, 9, 8)),
        ("2025-09-08T23:10:00+06:00", date(2025, 9, 8)),
        ("Mon, 08 Sep 2025 10:00:00 +0300", date(2025, 9, 8)),
        ("8 сентября 2025", date(2025, 9, 8)),
        ("8 сент.", None),
        ("", None),
    ],
)
def test_publication_date_formats(value, expected):
    assert parse_date(value) == expected


def test_every_stage_reads_the_same_parsed_date():
    article = Article(id="a", text="", published="2025-09-08")
    assert article.published_date == date(2025, 9, 8)
    assert Article(id="b", text="").published_date is None
