"""The trigger lexicon covers what the issue names and every line is well formed."""

import pytest

from khronika.events.lexicon import Slot, lexicon, modality_cues, parse_line
from khronika.kb.cameo import (
    codebook,
    converse,
    goldstein,
    is_symmetric,
    is_travel,
    label,
    may_be_symmetric,
    quad_class,
)


def codes() -> set[str]:
    return {t.cameo for entries in lexicon().values() for t in entries}


def test_every_root_has_triggers():
    roots = {code[:2] for code in codes()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_every_three_digit_code_of_roots_01_to_06_has_a_trigger():
    wanted = {c for c in codebook() if len(c) == 3 and c[:2] in ("01", "02", "03", "04", "05", "06")}
    covered = {c[:3] for c in codes()}
    assert wanted - covered == set()


@pytest.mark.parametrize("lemma,pos,code", [
    ("посетить", "VERB", "042"), ("визит", "NOUN", "042"), ("встретиться", "VERB", "040"),
    ("встреча", "NOUN", "040"), ("переговоры", "NOUN", "046"), ("подписать", "VERB", "057"),
    ("подписание", "NOUN", "057"), ("приветствовать", "VERB", "051"), ("осудить", "VERB", "111"),
    ("призвать", "VERB", "02"), ("пригрозить", "VERB", "13"), ("санкция", "NOUN", "163"),
])
def test_the_issues_trigger_words_are_there(lemma, pos, code):
    assert any(t.cameo.startswith(code) for t in lexicon()[(lemma, pos)])


@pytest.mark.parametrize("lemma,pos,code", [
    ("приговорить", "VERB", "173"), ("задержать", "VERB", "173"), ("арестовать", "VERB", "173"),
    ("оштрафовать", "VERB", "172"), ("депортировать", "VERB", "174"), ("разогнать", "VERB", "175"),
    ("протестовать", "VERB", "140"), ("митинг", "NOUN", "141"), ("скандировать", "VERB", "141"),
    ("пытать", "VERB", "1822"), ("обстрелять", "VERB", "194"), ("финансировать", "VERB", "071"),
    ("поручить", "VERB", "100"), ("возражать", "VERB", "120"), ("проверить", "VERB", "090"),
    ("прибывать", "VERB", "042"), ("подписывать", "VERB", "057"), ("освобождать", "VERB", "0841"),
])
def test_court_police_protest_and_force_families_are_there(lemma, pos, code):
    assert any(t.cameo.startswith(code) for t in lexicon()[(lemma, pos)])


def test_court_and_police_acts_name_the_body_that_acts_when_no_source_is_named():
    assert "JUD" in lexicon()[("приговорить", "VERB")][-1].by
    assert "COP" in lexicon()[("задержать", "VERB")][-1].by
    assert parse_line("арест\tNOUN\t173\tgen\t-\tby=COP/SPY").by == ("COP", "SPY")
    with pytest.raises(ValueError, match="by= names CAMEO roles"):
        parse_line("арест\tNOUN\t173\tgen\t-\tby=POLICE")


def test_a_line_reads_into_slots_and_flags():
    trigger = parse_line("встреча\tNOUN\t040\tс+Ins,между\t-\tsym")
    assert trigger.target_slot("с", "Ins") and trigger.target_slot("между", "Ins")
    assert not trigger.target_slot("в", "Acc")
    assert trigger.has("sym") and "gen" in trigger.sources


def test_a_noun_whose_genitive_is_its_target_does_not_take_it_as_source():
    trigger = parse_line("осуждение\tNOUN\t112\tgen\t-\t-")
    assert Slot(None, "Gen") in trigger.targets and "gen" not in trigger.sources


def test_bad_lines_are_refused():
    with pytest.raises(ValueError, match="not a CAMEO code"):
        parse_line("визит\tNOUN\t999\t-\t-\t-")
    with pytest.raises(ValueError, match="6 tab-separated"):
        parse_line("визит\tNOUN\t042")


def test_codebook_labels_scores_and_classes():
    assert label("042") == "Make a visit" and label("044") == "Meet at a third location"
    assert goldstein("042") == 3.0 and goldstein("183") == goldstein("18")  # 183 has no score of its own
    assert (quad_class("042"), quad_class("061"), quad_class("112"), quad_class("190")) == (1, 2, 3, 4)


def test_modality_words_are_known_modalities():
    assert set(modality_cues().values()) <= {"factual", "planned", "possible", "negated"}
    assert modality_cues()["планировать"] == "planned" and modality_cues()["отказаться"] == "negated"


def test_the_codebook_says_which_codes_are_symmetric():
    assert is_symmetric("019") and is_symmetric("046") and is_symmetric("057")
    assert not is_symmetric("042") and not is_symmetric("051") and not is_symmetric("190")
    assert may_be_symmetric("190") and not may_be_symmetric("051")  # бой is mutual, атака is not
    assert converse("042") == "043" and converse("043") == "042" and converse("046") is None
    assert is_travel("042") and is_travel("043") and not is_travel("044")


def test_a_sym_trigger_on_a_one_sided_code_is_refused():
    with pytest.raises(ValueError, match="one-sided"):
        parse_line("похвалить\tVERB\t051\tobj\t-\tsym")


def test_every_sym_trigger_may_be_symmetric_by_the_codebook():
    sym = {t.cameo for entries in lexicon().values() for t in entries if t.has("sym")}
    assert sym and all(may_be_symmetric(code) for code in sym)
