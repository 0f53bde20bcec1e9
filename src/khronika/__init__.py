"""Khronika: event data from Russian political news.

    >>> import khronika
    >>> article = khronika.extract("Токаев посетил Москву.", published="2025-09-08")
    >>> [e.text for e in article.entities]
"""

from __future__ import annotations

from khronika.model import Actor, Article, Entity, Event, Quote, Time
from khronika.pipeline import Pipeline, default_pipeline

__all__ = ["Actor", "Article", "Entity", "Event", "Pipeline", "Quote", "Time", "extract"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, source: str | None = None, id: str = "article") -> Article:
    """Analyse one article with the default pipeline (models are loaded once per process)."""
    return default_pipeline()(Article(id=id, text=text, published=published, source=source))
