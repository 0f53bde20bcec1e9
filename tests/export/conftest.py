from __future__ import annotations

import pytest

from chronicle_stories import build_store
from khronika.store import connect


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("chronicle") / "chronicle.duckdb")


@pytest.fixture
def con(store_path):
    con = connect(store_path, read_only=True)
    yield con
    con.close()
