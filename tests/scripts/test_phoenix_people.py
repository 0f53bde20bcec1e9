"""Matching the gazetteer's people to the Phoenix actor dictionary: transliteration, the dictionary's format
as PETRARCH reads it, and matches that must be unique on first name and surname."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
MATCHES = ROOT / "scripts" / "curated" / "phoenix_matches.tsv"


@pytest.fixture(scope="module")
def pp():
    spec = importlib.util.spec_from_file_location("phoenix_people", ROOT / "scripts" / "phoenix_people.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("russian, latin", [
    ("Саркози", "SARKOZY"),
    ("Берлускони", "BERLUSCONI"),
    ("Цзиньтао", "JINTAO"),       # Palladius цз, нь
    ("Цзябао", "JIABAO"),
    ("Ющенко", "YUSHCHENKO"),
    ("Шварценберг", "SCHWARZENBERG"),
    ("Блэр", "BLAIR"),
    ("Ахмадинеджад", "AHMADINEJAD"),
    ("Касым-Жомарт", "KASYMZHOMART"),
    ("Джон", "JOHN"),             # an unspoken h
    ("Джейкоб", "JACOB"),         # ей: English a
    ("Джорджо", "GIORGIO"),       # Italian gi
    ("Реджеп", "RECEP"),          # Turkish c
])
def test_a_russian_name_has_the_latin_spelling_of_its_owner(pp, russian, latin):
    assert pp.canonical(latin) in pp.spellings(russian)


@pytest.mark.parametrize("russian, latin", [("Буш", "BUSCH"), ("Ли", "LEE"), ("Ким", "KIM")])
def test_spellings_do_not_reach_other_names(pp, russian, latin):
    assert pp.canonical(latin + "ER") not in pp.spellings(russian)


def test_phoenix_dates_read_as_petrarch_reads_them(pp):
    assert pp.phoenix_date("000101") == date(2000, 1, 1)
    assert pp.phoenix_date("600101") == date(1960, 1, 1)
    assert pp.phoenix_date("20121115") == date(2012, 11, 15)
    assert pp.parse_codes("[EGYGOV > 140608]") == [("EGYGOV", date(2014, 6, 8), None)]
    assert pp.parse_codes("[EGYGOV 20121207-20120802]") == []  # reversed: skipped
    assert pp.parse_codes("[CHNELI]") == [("CHNELI", None, None)]


PHOENIX = """\
DMITRY_MEDVEDEV_  # CountryInfo.txt
+MEDVEDEV
DMITR_MEDVEDEV_  # CountryInfo.txt
+DMITRI_MEDVEDEV_
	[RUSGOV 051201-070228]
	[RUSGOV >080507]
	[RUSELI]
GEORGE_W_BUSH
	[USAGOV 010120-090120]
GEORGE_H_W_BUSH
	[USAGOV 890120-930120]
LEE_TIEN_YU
	[TWNGOVMIL 080301-080331]
XI_JINPING
	[CHNGOV >20121115]
XI_JINPING
	[CHNGOV >080401]
BARACK_OBAMA
+PRESIDENT_BARACK_OBAMA
+OBAMA
	[USAGOV >090120]
"""


@pytest.fixture(scope="module")
def phoenix(pp, tmp_path_factory):
    path = tmp_path_factory.mktemp("phoenix") / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    return pp.read_phoenix(path)


def test_name_lines_with_no_code_between_are_one_entry(phoenix):
    assert phoenix[0].raw[:3] == ["DMITRY_MEDVEDEV", "MEDVEDEV", "DMITR_MEDVEDEV"]
    assert [c for c, *_ in phoenix[0].codes] == ["RUSGOV", "RUSGOV", "RUSELI"]


def matched(pp, phoenix, *persons):
    matches, _ = pp.match_people([(qid, names, prominence) for qid, names, prominence in persons], phoenix)
    return {m.qid: m.phoenix.title for m in matches}


def test_first_name_and_surname_must_both_agree(pp, phoenix):
    assert matched(pp, phoenix, ("Q76", ["Барак Обама"], 1.0)) == {"Q76": "BARACK_OBAMA"}
    assert matched(pp, phoenix, ("Q1", ["Обама"], 1.0), ("Q2", ["Мишель Обама"], 1.0)) == {}
    assert matched(pp, phoenix, ("Q3", ["Дмитрий Анатольевич Медведев"], 1.0)) == {"Q3": "DMITRY_MEDVEDEV"}


def test_middle_words_of_a_name_must_agree_too(pp, phoenix):
    assert matched(pp, phoenix, ("Q131248", ["Ли Куан Ю"], 1.0)) == {}


def test_one_name_for_two_entries_is_no_match_unless_they_are_one_person(pp, phoenix):
    assert matched(pp, phoenix, ("Q207", ["Джордж Буш"], 1.0)) == {}
    found = pp.match_people([("Q15031", ["Си Цзиньпин"], 1.0)], phoenix)[0]
    assert len(found) == 1 and len(found[0].phoenix.codes) == 2


def test_an_entry_two_people_agree_with_goes_to_the_far_more_prominent(pp, phoenix):
    people = [("Q1", ["Барак Обама"], 100.0), ("Q2", ["Барак Обама"], 10.0)]
    assert matched(pp, phoenix, *people) == {"Q1": "BARACK_OBAMA"}
    people = [("Q1", ["Барак Обама"], 10.0), ("Q2", ["Барак Обама"], 8.0)]
    assert matched(pp, phoenix, *people) == {}


@pytest.mark.skipif(not MATCHES.exists(), reason="built by scripts/build_gazetteer.py")
def test_the_shipped_gazetteer_carries_exactly_the_coded_matches():
    from khronika.kb.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    rows = [line.split("\t") for line in MATCHES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert len([r for r in rows if r[0] == "coded"]) >= 100
    for status, qid, *_ in rows:
        entry = gaz.by_qid(qid)
        assert entry is not None
        assert bool(entry.codes) == (status == "coded"), qid
