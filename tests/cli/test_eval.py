import json

import pytest
from tests.conftest import SHARED
from typer.testing import CliRunner

from khronika.cli import app

pytestmark = pytest.mark.skipif(not (SHARED / "data").exists(), reason="shared gold data not present")


def test_eval_ner_prints_and_writes_figures(tmp_path):
    out = tmp_path / "ner.json"
    result = CliRunner().invoke(
        app, ["eval", "ner", "--data", "factru-dev", "--limit", "2", "--shared", str(SHARED), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "natasha stage" in result.output and "khronika" in result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["documents"] == 2
    assert set(figures["khronika"]["token"]) == {"PER", "ORG", "LOC"}
    assert 0 < figures["natasha"]["token"]["PER"]["f1"] <= 1


def test_eval_names_a_missing_shared_folder(tmp_path):
    result = CliRunner().invoke(app, ["eval", "ner", "--data", "nerel-dev", "--shared", str(tmp_path)])
    assert result.exit_code == 1


def test_eval_names_an_unknown_pipeline_component():
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "ner",
            "--data",
            "factru-dev",
            "--limit",
            "1",
            "--shared",
            str(SHARED),
            "--pipeline",
            "natasha,nosuch",
        ],
    )
    assert result.exit_code == 1


def test_eval_names_a_stage_placed_before_its_needs():
    result = CliRunner().invoke(
        app, ["eval", "events", "--data", "nerel-dev", "--limit", "1", "--shared", str(SHARED), "--pipeline", "events"]
    )
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception  # one line, not a traceback
    assert "events needs" in result.output and "before it" in result.output
