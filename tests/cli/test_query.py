from __future__ import annotations

import json

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from chronicle_stories import build_store
from khronika.cli import app


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(build_store(tmp_path_factory.mktemp("cli") / "chronicle.duckdb"))


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result


def test_query_jsonl_with_a_name_in_the_genitive(db):
    result = run("query", "--actor", "Токаева", "--target", "Россию", "--format", "jsonl", "--db", db)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["date"] for r in rows] == ["2025-10-05", "2025-11-12"]


def test_show_prints_every_mention_behind_the_event(db):
    event_id = json.loads(run("query", "--target", "Q148", "--format", "jsonl", "--db", db).stdout)["event_id"]
    result = run("show", str(event_id), "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 mention(s) in 2 article(s) from 2 source(s)" in result.stdout
    assert "tass.ru" in result.stdout and "kazpravda.kz" in result.stdout


def test_timeline_network_agenda_and_export(db, tmp_path):
    assert "2025-11" in run("timeline", "Q200881", "--format", "csv", "--db", db).stdout
    assert run("network", "-o", str(tmp_path / "g.graphml"), "--db", db).exit_code == 0
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").startswith("<?xml")
    result = run("agenda", "--from", "2025-09-01", "--ics", str(tmp_path / "a.ics"), "--db", db)
    assert result.exit_code == 0, result.output
    assert len(Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")) == 1
    assert run("export", "--format", "gdelt", "-o", str(tmp_path / "gdelt"), "--db", db).exit_code == 0
    assert (tmp_path / "gdelt" / "khronika.export.CSV").exists()


def test_a_missing_store_is_a_clear_error(tmp_path):
    result = run("query", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "no store at" in result.output
