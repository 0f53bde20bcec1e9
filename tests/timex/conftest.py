from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def timex_pipeline(pipeline):
    """natasha then timex; the natasha models are shared with the session ``pipeline``."""
    from khronika.pipeline import Pipeline

    return Pipeline(["natasha", "timex"])
