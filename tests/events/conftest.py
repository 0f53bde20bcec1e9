from __future__ import annotations

import pytest

from khronika.model import Article, Event
from khronika.pipeline import Pipeline


@pytest.fixture(scope="session")
def event_pipeline() -> Pipeline:
    return Pipeline(["natasha", "entities", "link", "timex", "quotes", "events"])


@pytest.fixture(scope="session")
def read(event_pipeline):
    """Run a text (published 2025-09-08 unless said) through the pipeline; returns the Article."""

    def run(text: str, published: str | None = "2025-09-08") -> Article:
        return event_pipeline(Article(id="t", text=text, published=published))

    return run


def who(actor) -> str | None:
    return None if actor is None else actor.qid or actor.code


def summary(article: Article) -> set[tuple[str | None, str, str | None, str]]:
    """(source, code, target, modality) of every event: QIDs where linked, else actor codes."""
    return {(who(e.source), e.cameo, who(e.target), e.modality) for e in article.events}


def only(article: Article, code_prefix: str) -> list[Event]:
    return [e for e in article.events if e.cameo.startswith(code_prefix)]
