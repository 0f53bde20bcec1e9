"""A store built by ``khronika ingest`` from the examples and one hostile article, once per session,
and a client of the web app over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from khronika.cli import app as cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# An article whose text, title and link try to run script in the page that shows it.
HOSTILE = {
    "id": "hostile-<script>",
    "published": "2025-09-05",
    "source": "evil.example",
    "title": "<script>alert('title')</script> Лавров",
    "url": "javascript:alert('url')",
    "text": ("Министр иностранных дел России Сергей Лавров провел в Москве переговоры с главой МИД Турции "
             "Хаканом Фиданом <script>alert('text')</script>. "
             "Фидан заявил: \"><img src=x onerror=alert('img')>, что Турция поддерживает переговоры."),
}


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "chronicle.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), str(hostile), "--published", "2025-09-08",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def client(web_store):
    from khronika.web import create_app

    with TestClient(create_app(web_store)) as test_client:
        yield test_client
