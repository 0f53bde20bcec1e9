from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khronika.live.http import Fetcher, Politeness

from .server import Site, serve

ROOT = Path(__file__).resolve().parents[2]
LOCAL_SOURCES = ROOT / "examples" / "sources-local.yaml"
# Fast and impatient, so a fault costs the suite a second, not the minutes a real poll would wait.
QUICK = Politeness(timeout=0.5, retries=1, backoff=0.01, min_interval=0)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


@pytest.fixture
def fetcher() -> Fetcher:
    return Fetcher(QUICK)


def sources_file(tmp_path: Path, base: str, text: str | None = None) -> Path:
    """examples/sources-local.yaml (or ``text``) pointed at the server actually running."""
    path = tmp_path / "sources.yaml"
    path.write_text((text or LOCAL_SOURCES.read_text(encoding="utf-8")).replace("http://127.0.0.1:8765", base),
                    encoding="utf-8")
    return path
