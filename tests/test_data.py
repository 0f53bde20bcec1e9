"""The data registry: each file shape read one way, and merged word lists keep each rule's words apart."""

from khronika.data import entries, flagged, pairs, tsv, word_list, yaml
from khronika.kb.agents import with_flag
from khronika.quotes.cues import lexicon


def test_a_word_list_is_lower_case_without_comments_or_flags():
    pronouns = word_list("pronouns")
    assert "он" in pronouns and not any(w.startswith("#") or "\t" in w or w != w.lower() for w in pronouns)


def test_ordered_entries_keep_the_file_order_of_rules():
    rules = [entry.split() for entry in entries("city_adjective_suffixes")]
    assert rules[0] == ["ьский", "ь"] and len(rules) == len({tuple(r) for r in rules})


def test_titles_say_which_precede_names_and_which_name_a_person_alone():
    assert {"президент", "министр"} <= with_flag("name") & with_flag("alone")
    assert "экс-президент" in with_flag("name") - with_flag("alone")
    # a lone "прокурор" names the prosecutor a quote speaks of; it is not stripped from names
    assert "прокурор" in with_flag("alone") - with_flag("name")


def test_capital_verbs_and_quote_cues_share_one_file_but_not_their_roles():
    assert {"заявить", "ввести"} <= flagged("quote_cues", "capital")
    assert "заявить" in lexicon().verbs and "ввести" not in lexicon().verbs
    assert ("по", "словам") in lexicon().phrases


def test_pairs_tsv_and_yaml_shapes():
    assert pairs("source_countries")["kz"] == "KAZ"
    assert ["RUS", "RS"] in tsv("gdelt/fips.tsv")
    assert yaml("timex/months.yaml")
