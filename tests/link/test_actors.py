"""Actors built from entities, and who an actor is."""

from __future__ import annotations

from khronika.link.actors import actor_key
from khronika.model import Actor


def test_actor_key_folds_case_and_yo_in_names_only():
    assert actor_key(Actor("Пётр  Толстой")) == actor_key(Actor("петр толстой")) == "петр толстой"
    assert actor_key(Actor("Путин", qid="Q7747", code="RUS")) == "Q7747"
    assert actor_key(Actor("Правительство Казахстана", code="KAZGOV")) == "KAZGOV"
