from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khronika.chronicle import ingest
from khronika.store import TABLES, connect

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def dump(db: Path) -> dict[str, list[str]]:
    con = connect(db, read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


def test_ingest_stores_what_extract_writes_and_records_failures(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "empty", "text": "   "}\nnot json at all\n', encoding="utf-8")
    extracted = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(EXAMPLES), "--published", "2025-09-08", "-o", str(extracted)])
    assert result.exit_code == 0, result.output
    expected = [json.loads(line) for line in extracted.read_text(encoding="utf-8").splitlines()]

    db = tmp_path / "chronicle.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), str(broken), "--published", "2025-09-08", "--db", str(db)])
    assert result.exit_code == 0, result.output
    con = connect(db, read_only=True)
    ok = [a for a in expected if a["status"] != "failed"]
    assert sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall()) == sorted(a["id"] for a in ok)
    assert con.execute("SELECT count(*) FROM entities").fetchall()[0][0] == sum(len(a["entities"]) for a in ok)
    assert con.execute("SELECT count(*) FROM mentions").fetchall()[0][0] == sum(len(a["events"]) for a in ok)
    assert con.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0] == sum(len(a["events"]) for a in ok)
    failures = dict(con.execute("SELECT stage, reason FROM failures ORDER BY stage").fetchall())
    assert failures["analyse"].startswith("empty text")
    assert failures["read"].startswith("invalid JSON")
    con.close()


def test_ingesting_the_same_input_twice_changes_no_row(tmp_path):
    db = tmp_path / "chronicle.duckdb"
    for _ in range(2):
        con = connect(db)
        report = ingest([EXAMPLES], con)
        con.close()
        if _ == 0:
            first = dump(db)
            assert report.stored > 0
    assert report.stored == 0 and report.skipped == len(first["articles"])
    assert dump(db) == first


def _many_articles(path: Path, count: int) -> None:
    leaders = ["Токаев", "Мирзиёев", "Лукашенко", "Пашинян", "Алиев", "Жапаров"]
    cities = ["Москву", "Астану", "Ташкент", "Минск", "Ереван", "Баку"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = (f"{leaders[i % 6]} {i % 28 + 1} сентября прибыл с визитом в {cities[i * 5 % 6]}. "
                    f"Стороны обсудили вопросы торговли и подписали {i + 2} соглашений.")
            record = {"id": f"news-{i}", "text": text, "published": "2025-09-29", "source": "tass.ru"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _ingest_process(inputs: Path, db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "khronika", "ingest", str(inputs), "--db", str(db), "--commit-every", "1"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_an_ingest_killed_mid_way_resumes_to_the_rows_of_an_uninterrupted_run(tmp_path):
    inputs = tmp_path / "news.jsonl"
    _many_articles(inputs, 80)
    whole = tmp_path / "whole.duckdb"
    assert _ingest_process(inputs, whole).wait(timeout=300) == 0

    killed = tmp_path / "killed.duckdb"
    process = _ingest_process(inputs, killed)
    wal = killed.with_name(killed.name + ".wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 20_000):
        time.sleep(0.02)  # wait until several batches have committed, then kill while it writes
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    partial = dump(killed)
    assert 0 < len(partial["articles"]) < 80, "the kill must land mid-way"

    assert _ingest_process(inputs, killed).wait(timeout=300) == 0
    assert dump(killed) == dump(whole)


def test_failed_articles_are_skipped_until_retried(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text('{"id": "tass-1", "text": "Lorem ipsum dolor sit amet."}\n', encoding="utf-8")
    db = tmp_path / "chronicle.duckdb"
    con = connect(db)
    assert ingest([source], con).failed == 1
    assert con.execute("SELECT stage, reason FROM failures").fetchall()[0][1].startswith("not Russian")
    source.write_text('{"id": "tass-1", "text": "Лавров провел переговоры с Фиданом в Москве."}\n', encoding="utf-8")
    assert ingest([source], con).skipped == 1  # a failure is remembered, not retried on every run
    report = ingest([source], con, retry_failed=True)
    assert (report.stored, report.failed) == (1, 0)
    assert con.execute("SELECT count(*) FROM failures").fetchall()[0][0] == 0
    con.close()


def test_extract_output_is_stored_as_it_is(tmp_path):
    from chronicle_stories import all_stories

    extracted = tmp_path / "out.jsonl"
    extracted.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in all_stories())
                         + "{broken\n", encoding="utf-8")
    con = connect(tmp_path / "chronicle.duckdb")
    report = ingest([extracted], con, analysed=True)
    assert (report.stored, report.failed, report.events) == (7, 1, 7)
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 6
    assert con.execute("SELECT count(*) FROM event_links").fetchall()[0][0] == 1
    con.close()


def test_copies_of_a_failing_article_fail_once_and_runs_stay_identical(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "en-1", "text": "The minister arrived in Moscow."},
        {"id": "en-2", "text": "The minister arrived in Moscow."},  # a reprint: skipped as a copy
        {"id": "blank-1", "text": " "}, {"id": "blank-2", "text": ""},  # blank: each is its own failure
    ]), encoding="utf-8")
    db = tmp_path / "chronicle.duckdb"
    con = connect(db)
    first = ingest([source], con)
    con.close()
    assert (first.failed, first.skipped) == (3, 1)
    rows = dump(db)
    assert sorted(r.split(",")[0] for r in rows["failures"]) == ["('blank-1'", "('blank-2'", "('en-1'"]
    con = connect(db)
    assert ingest([source], con).skipped == 4
    con.close()
    assert dump(db) == rows


def test_engine_batches_and_store_transactions_are_set_apart(tmp_path):
    from typer.testing import CliRunner

    from khronika.cli import app

    db = tmp_path / "chronicle.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--published", "2025-09-08",
                                      "--batch-size", "2", "--commit-every", "1"])
    assert result.exit_code == 0, result.output
    con = connect(db, read_only=True)
    try:
        stored = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    finally:
        con.close()
    from khronika.readers.inputs import read_inputs

    assert stored == len(list(read_inputs([EXAMPLES]))) > 4


def test_a_russian_publication_date_reaches_every_stage(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text('{"id": "lavrov", "published": "8 сентября 2025 года", '
                      '"text": "Вчера Лавров провел переговоры с Фиданом в Москве."}\n', encoding="utf-8")
    con = connect(tmp_path / "chronicle.duckdb")
    try:
        assert ingest([source], con).stored == 1
        published = con.execute("SELECT published FROM articles").fetchall()[0][0]
        times = con.execute("SELECT text, value_start FROM times").fetchall()
        mentions = con.execute("SELECT published, time_start FROM mentions").fetchall()
    finally:
        con.close()
    assert str(published) == "2025-09-08"
    assert [(text, str(day)) for text, day in times] == [("Вчера", "2025-09-07")]
    assert [(str(a), str(b)) for a, b in mentions] == [("2025-09-08", "2025-09-07")]
