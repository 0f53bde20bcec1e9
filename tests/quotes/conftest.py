from __future__ import annotations

from importlib.util import find_spec

import pytest

from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import Pipeline
from khronika.registry import BUILTIN_MODULES

# Linking lands from another branch; run it before quotes whenever it is there.
UPSTREAM = [name for name in ("entities", "link") if find_spec(BUILTIN_MODULES[name]) is not None]


@pytest.fixture(scope="session")
def quote_pipeline() -> Pipeline:
    return Pipeline(["natasha", *UPSTREAM, "quotes"])


@pytest.fixture(scope="session")
def read(quote_pipeline):
    """Run a text through the pipeline up to and including quotes; returns the Article."""

    def run(text: str) -> Article:
        return quote_pipeline(Article(id="t", text=text))

    return run


@pytest.fixture(scope="session")
def parse(quote_pipeline):
    """A parsed Doc (natasha and linking, no quotes) for testing the quote modules directly."""

    def run(text: str) -> Doc:
        doc = Doc(Article(id="t", text=text))
        for name, stage in quote_pipeline.components:
            if name != "quotes":
                stage([doc])
        return doc

    return run
