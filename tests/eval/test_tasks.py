import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.adaq import AdaqSentence
from khronika.eval.datasets.nerel import NerelDoc
from khronika.eval.gold import GoldDoc, as_kind
from khronika.eval.tasks import TASKS, components_of
from khronika.pipeline import DEFAULT_COMPONENTS


def test_every_eval_command_but_seed_is_a_task():
    from khronika.cli.eval import app

    commands = {c.name for c in app.registered_commands}
    assert commands - {"seed"} == set(TASKS)


def test_components_of_reads_the_pipeline_option():
    assert components_of(None) == DEFAULT_COMPONENTS
    assert components_of(" natasha, entities ,") == ("natasha", "entities")


def test_a_scorer_handed_another_datasets_document_stops_with_its_id():
    doc = GoldDoc(id="news/1", text="Путин прилетел в Пекин.")
    with pytest.raises(TypeError, match="news/1: a GoldDoc, where AdaqSentence was expected"):
        as_kind(doc, AdaqSentence)
    nerel = NerelDoc(id="n/2", text="Лавров встретился с Ваном.")
    assert as_kind(nerel, NerelDoc) is nerel


def test_missing_gold_data_is_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        TASKS["quotes"].prepare("adaq", tmp_path, None, ("natasha",))


@pytest.mark.skipif(not (SHARED / "data").exists(), reason="shared gold data not present")
def test_quotes_task_scores_real_adaq_sentences():
    task = TASKS["quotes"]
    golds, runners = task.prepare("adaq", SHARED, 6, components_of(None))
    assert [label for label, _ in runners] == ["quotes adaq"]
    report = task.score("adaq", golds, [runner.run(golds) for _, runner in runners])
    assert report.figures["sentences"] == 6
    assert report.figures["detection"]["gold"] == sum(as_kind(g, AdaqSentence).has_quote for g in golds)
    assert len(report.tables) == 2


@pytest.mark.skipif(not (SHARED / "data").exists(), reason="shared gold data not present")
def test_the_quotes_warning_names_the_stage_left_out():
    from typer.testing import CliRunner

    from khronika.cli import app

    result = CliRunner().invoke(
        app, ["eval", "quotes", "--limit", "2", "--shared", str(SHARED), "--pipeline", "natasha,entities"]
    )
    assert result.exit_code == 0, result.output
    assert "the pipeline has no `quotes` stage: every figure is zero" in result.output
