from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "seed" / "kazpravda-2025-09-08-tokayev-visits.txt"


@pytest.fixture(scope="session")
def pipeline():
    from khronika import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_article(pipeline):
    from khronika.model import Article

    text = SEED_TEXT.read_text(encoding="utf-8")
    article = Article(id="kazpravda-2025-09-08", text=text, published="2025-09-08", source="kazpravda.kz")
    return pipeline(article)
