"""The reference CAMEO events scorer: each of ``score.py``'s matching rules on tiny hand-made pairs,
then the package and the script on the same pipeline output, figure by figure."""

import json
import re
import subprocess
import sys

import pytest
import yaml
from tests.conftest import SHARED

from khronika.eval.cameo_gold import CameoScores, actor_matches, code_matches, level_of, name_words
from khronika.eval.datasets.gold_events import GoldActor, GoldEvent, GoldEventsDoc, sentence_at, sentences
from khronika.model import Actor, Event, SentenceRef, TextSpan

TEXT = (
    "Правительство Японии выразило решительный протест против визита российского министра. "
    "Министр обороны России Анатолий Сердюков посетил южные Курильские острова."
)
SPANS = sentences(TEXT)
JAPAN = GoldActor("Правительство Японии", "JPN", "GOV")
SERDYUKOV = GoldActor("Анатолий Сердюков", "RUS", "GOV")
ISLANDS = GoldActor("Южные Курильские острова")


def gold(cameo, trigger, source=None, target=None, alt=(), unsure=False, modality="factual"):
    place = sentence_at(SPANS, TEXT.index(trigger))
    return GoldEvent(cameo, trigger, modality, (place,), source, target, tuple(alt), unsure)


def pred(cameo, trigger, source=None, target=None, modality="factual"):
    start = TEXT.index(trigger)
    span = TextSpan(trigger, start, start + len(trigger))
    return Event(cameo, "", source, target, modality, span, SentenceRef(*sentence_at(SPANS, start)))


PROTEST = gold("114", "выразило", JAPAN, SERDYUKOV)
VISIT = gold("042", "посетил", SERDYUKOV, ISLANDS)


def test_the_text_is_two_sentences():
    assert [TEXT[s:e].split()[0] for s, e in SPANS] == ["Правительство", "Министр"]


def test_an_event_matches_at_the_same_place_with_the_same_root():
    assert level_of(pred("043", "посетил"), VISIT) >= 1  # 043 and 042 share the root 04
    assert level_of(pred("042", "выразило"), VISIT) == 0  # the other sentence
    assert level_of(pred("036", "посетил"), VISIT) == 0  # another root


def test_an_alt_code_of_another_root_matches_too():
    stated = gold("012", "выразило", alt=["111"])
    assert level_of(pred("111", "выразило"), stated) >= 1
    assert level_of(pred("020", "выразило"), stated) == 0
    scores = CameoScores()
    scores.add(GoldEventsDoc("d", TEXT, events=[stated]), [pred("111", "выразило")])
    assert scores.on_found["same 3-digit code"].value == 1.0


def test_a_prediction_matching_only_an_unsure_event_is_left_out_of_precision():
    unsure = gold("192", "посетил", unsure=True)
    scores = CameoScores()
    scores.add(GoldEventsDoc("d", TEXT, events=[PROTEST, unsure]), [pred("190", "посетил"), pred("010", "выразило")])
    event = scores.levels["event"]
    assert (event.gold, event.pred, event.tp_pred) == (1, 1, 0)  # the unsure event is in neither count


def test_actors_match_by_a_shared_word_stem():
    assert name_words("Правительство Японии") == {"прави", "япони"}
    assert actor_matches(JAPAN, Actor("Япония"))  # case endings differ after the fifth letter
    assert actor_matches(SERDYUKOV, Actor("Сердюкова"))
    assert actor_matches(GoldActor("Пётр Семёнов"), Actor("Семенов"))  # ё as е
    assert not actor_matches(GoldActor("Власти РФ"), Actor("РФ"))  # words under three letters do not count
    assert not actor_matches(ISLANDS, Actor("Япония"))
    # the name as the text writes it counts as well as the knowledge base's, as score.py reads ``normal``
    assert actor_matches(GoldActor("ООН", "IGO", "IGO"), Actor("Организация Объединенных Наций", normal="ООН"))
    assert not actor_matches(GoldActor("ООН", "IGO", "IGO"), Actor("Организация Объединенных Наций", code="IGOUNO"))


def test_actors_match_by_an_actor_code_naming_the_country_and_role():
    assert code_matches(SERDYUKOV, Actor("министр", code="RUSGOV"))
    assert actor_matches(SERDYUKOV, Actor("министр", code="RUSGOV"))
    assert not code_matches(SERDYUKOV, Actor("министр", code="RUSMIL"))  # the gold's role is not in it
    assert not code_matches(SERDYUKOV, Actor("министр", code="UKRGOV"))
    assert code_matches(GoldActor("Россия", "RUS"), Actor("Москва", code="RUS"))  # no role in the gold: any
    assert not code_matches(ISLANDS, Actor("острова", code="RUS"))  # no country in the gold: no code match


def test_sides_match_when_both_absent_or_both_matching():
    alone = gold("042", "посетил", SERDYUKOV)
    assert level_of(pred("042", "посетил", Actor("Сердюков")), alone) == 3
    assert level_of(pred("042", "посетил", Actor("Сердюков"), Actor("Курилы")), alone) == 2
    assert level_of(pred("042", "посетил", Actor("Сердюков"), Actor("Курильские острова")), VISIT) == 3
    assert level_of(pred("042", "посетил", Actor("Сердюков")), VISIT) == 2
    assert level_of(pred("042", "посетил", Actor("Кан"), Actor("Курильские острова")), VISIT) == 1


def test_accuracies_on_found_events_take_the_best_matching_prediction():
    scores = CameoScores()
    scores.add(
        GoldEventsDoc("d", TEXT, events=[PROTEST, VISIT]),
        [
            pred("111", "выразило", Actor("Япония", code="JPN"), modality="planned"),
            pred("114", "выразило", Actor("Токио", code="JPNGOV"), Actor("Россия", code="RUS")),
        ],
    )
    found = scores.on_found
    assert (found["modality"].right, found["modality"].total) == (1, 1)
    assert (found["same 3-digit code"].right, found["same 3-digit code"].total) == (1, 1)
    assert (found["source actor code"].right, found["source actor code"].total) == (1, 1)
    assert (found["target actor code"].right, found["target actor code"].total) == (0, 1)  # RUS lacks GOV
    event = scores.levels["event"]
    assert (event.tp_pred, event.pred, event.tp_gold, event.gold) == (2, 2, 1, 2)


SCORE_PY = SHARED / "gold-events" / "score.py"
TEXTS = SHARED / "data" / "factRuEval-2016" / "devset"
DOCS = 6  # enough for misses, false events and matches at every level


@pytest.mark.skipif(not (SCORE_PY.exists() and TEXTS.exists()), reason="shared gold events not present")
def test_the_package_and_score_py_agree_on_every_figure(tmp_path):
    from khronika.eval.tasks import TASKS, components_of

    records = yaml.safe_load((SHARED / "gold-events" / "dev.yaml").read_text(encoding="utf-8"))[:DOCS]
    gold_file, pred_file = tmp_path / "gold.yaml", tmp_path / "pred.jsonl"
    gold_file.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    task = TASKS["events"]
    golds, runners = task.prepare("gold-dev", SHARED, DOCS, components_of(None))
    runs = list(runners[0][1].run(golds))
    pred_file.write_text("".join(json.dumps(r.article.to_dict(), ensure_ascii=False) + "\n" for r in runs), encoding="utf-8")
    figures = task.score("gold-dev", golds, [runs]).figures

    out = subprocess.run(
        [sys.executable, str(SCORE_PY), "--gold", str(gold_file), "--texts", str(TEXTS), "--pred", str(pred_file)],
        capture_output=True, text=True, check=True,
    ).stdout
    head = re.search(r"(\d+) documents, (\d+) gold events, (\d+) predicted", out)
    assert head and [int(n) for n in head.groups()] == [DOCS, figures["gold_events"], figures["predicted"]]
    assert figures["predicted"] and figures["levels"]["+ sides"]["f1"]  # the comparison is not of zeros
    for level, name in (("event", "event"), ("+ source", r"\+ source"), ("+ sides", r"\+ sides")):
        line = re.search(rf"^  {name} +P ([\d.]+)  R ([\d.]+)  F1 ([\d.]+)$", out, re.M)
        mine = figures["levels"][level]
        assert line and line.groups() == tuple(f"{mine[k]:.3f}" for k in ("precision", "recall", "f1")), level
    found = figures["on_found"]
    line = re.search(r"modality accuracy ([\d.]+), same 3-digit code ([\d.]+) \(n=(\d+)\)", out)
    assert line and line.groups() == (
        f"{found['modality']['accuracy']:.3f}", f"{found['same 3-digit code']['accuracy']:.3f}",
        str(found["modality"]["total"]),
    )
    line = re.search(r"source ([\d.]+) \(n=(\d+)\), target ([\d.]+) \(n=(\d+)\)", out)
    assert line and line.groups() == (
        f"{found['source actor code']['accuracy']:.3f}", str(found["source actor code"]["total"]),
        f"{found['target actor code']['accuracy']:.3f}", str(found["target actor code"]["total"]),
    )
