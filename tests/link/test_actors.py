"""Actors built from entities, and who an actor is."""

from __future__ import annotations

from khronika.link.actors import actor_key
from khronika.model import Actor


def test_actor_key_folds_case_and_yo_in_names_only():
    assert actor_key(Actor("Пётр  Толстой")) == actor_key(Actor("петр толстой")) == "петр толстой"
    assert actor_key(Actor("Путин", qid="Q7747", code="RUS")) == "Q7747"
    assert actor_key(Actor("Правительство Казахстана", code="KAZGOV")) == "KAZGOV"


def test_an_unlinked_person_is_keyed_by_name_and_country_not_by_code():
    linkyavichus = Actor("Линас Линкявичус", code="LTUGOV", country="LTU", role="GOV", type="PER")
    olekas = Actor("Юозас Олекас", code="LTUGOV", country="LTU", role="GOV", type="PER")
    assert actor_key(linkyavichus) == "линас линкявичус|LTU" != actor_key(olekas)
    assert actor_key(Actor("Линас Линкявичус", type="PER")) == "линас линкявичус"
    assert actor_key(Actor("Линас Линкявичус", qid="Q1", code="LTUGOV", type="PER")) == "Q1"
