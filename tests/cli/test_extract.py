"""``khronika extract`` end to end: every kind of bad input is reported and the batch goes on."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app

GOOD = "Министр иностранных дел России Сергей Лавров вчера провел в Москве переговоры с главой МИД Турции Хаканом Фиданом."


@pytest.fixture
def bad_batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "broken-utf8.txt").write_bytes(GOOD.encode() + b"\xff\xfe" + " Стороны обсудили Сирию.".encode())
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "english.txt").write_text("The foreign ministers of Russia and Turkey met in Moscow yesterday.", encoding="utf-8")
    paragraphs = "".join(f"<p>{GOOD} Абзац {i}.</p>" for i in range(4))
    (folder / "truncated.html").write_text(f"<html><body><div><article>{paragraphs}<p>Оборва", encoding="utf-8")
    (folder / "no-article.html").write_text("<html><head><script>var x = '<<<';</script></head><body><div><img src=x></di", encoding="utf-8")
    (folder / "huge.txt").write_text(GOOD + " " + "Стороны обсудили ситуацию. " * 400_000, encoding="utf-8")
    return folder


def run_extract(folder, tmp_path, *extra):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder), "--published", "2025-09-08", "-o", str(out), *extra])
    articles = {a["id"]: a for a in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    return result, articles


def test_bad_inputs_are_reported_and_the_batch_goes_on(bad_batch, tmp_path):
    result, articles = run_extract(bad_batch, tmp_path)
    assert result.exit_code == 0, result.output
    assert articles["good"]["status"] == "ok"
    assert {"Сергей Лавров", "Хаканом Фиданом"} <= {e["text"] for e in articles["good"]["entities"]}
    assert articles["empty"]["errors"] == ["empty text: nothing to analyse"]
    assert articles["broken-utf8"]["status"] == "partial" and "invalid UTF-8" in articles["broken-utf8"]["errors"][0]
    assert articles["broken-utf8"]["entities"], "the readable part of a damaged file is still analysed"
    assert articles["picture"]["status"] == "failed" and "binary" in articles["picture"]["errors"][0]
    assert articles["english"]["status"] == "failed" and "not Russian" in articles["english"]["errors"][0]
    assert articles["truncated"]["status"] == "ok" and "Абзац 3" in articles["truncated"]["text"]
    assert articles["no-article"]["status"] == "failed"
    assert articles["no-article"]["errors"] == ["no article text found in the HTML page"]
    assert articles["huge"]["status"] == "partial" and "truncated" in articles["huge"]["errors"][0]
    assert "picture.txt: binary file, not text" in result.stderr


def test_strict_fails_on_any_failure(bad_batch, tmp_path):
    result, _ = run_extract(bad_batch, tmp_path, "--strict")
    assert result.exit_code == 1


def test_nothing_processable_exits_non_zero(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result, articles = run_extract(folder, tmp_path)
    assert result.exit_code == 1 and articles["empty"]["status"] == "failed"


def test_bad_published_date_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "08.09.2025"])
    assert result.exit_code == 1
    assert "--published must be a date as YYYY-MM-DD" in result.stderr


def test_each_article_is_one_line_whatever_line_separators_its_text_holds(tmp_path):
    # U+2028, U+2029 and U+0085 are legal raw in a JSON string, but str.splitlines() (and the gold
    # scorer) breaks a line at each; the fuzzer found an article cut into two unreadable lines
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "separators.txt").write_text(GOOD.replace(" вчера ", "\u2028вчера\u2029") + "\x85Стороны обсудили Сирию.",
                                           encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = CliRunner().invoke(app, ["extract", str(folder), "-o", str(out)])
    assert done.exit_code == 0, done.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    article = json.loads(lines[0])
    assert "\u2028вчера\u2029" in article["text"] and "\x85" in article["text"]
