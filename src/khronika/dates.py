"""Publication dates: the one parser from what a document says to a calendar day.

Readers parse a document's date once, when the article is read (``readers/options.py``); every
stage then reads ``Article.published_date``, which goes through this same function.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


def parse_date(value: str | None) -> date | None:
    """An ISO date or timestamp, else any full date dateparser reads ("Mon, 08 Sep 2025 10:00:00 +0300",
    "8 сентября 2025 года"); None for a missing or partial one ("8 сент.")."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return _parse_loose(value.strip())


@lru_cache(maxsize=1024)
def _parse_loose(value: str) -> date | None:
    import dateparser  # slow to import; only non-ISO dates need it

    settings = {"STRICT_PARSING": True, "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(value, languages=["ru", "en"], settings=settings)
    return parsed.date() if parsed else None
