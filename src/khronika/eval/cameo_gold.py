"""Scoring events against reference CAMEO events (``shared/gold-events``), by ``score.py``'s rules.

The gold's own scorer, ``score.py``, is the reference: these are its matching rules in package
code, and ``khronika eval events --data gold-dev`` prints its figures.

A predicted event is at a gold event's place when its trigger starts inside one of the gold
event's sentences. It matches the gold event at three levels, each counted with precision,
recall and F1:

- ``event``: same place and the same CAMEO root as the gold code or one of its ``alt`` codes;
- ``+ source``: and the source matches;
- ``+ sides``: and the target matches too (both absent, or matching).

Gold events marked ``unsure`` count for neither side: they are not in the recall, and a
prediction that matches only such events is left out of the precision.

Actors match when their names share a word (the predicted actor's ``name`` or ``normal``; lower
case, ё as е, words of three letters or more compared on their first five, so that case endings do
not matter: ``Японии`` and ``Япония``), or
when the predicted actor code starts with the gold side's country and, if the gold gives a role,
holds that role after it (``RUSGOV`` for a gold ``RUS``/``GOV``).

On the gold events found (at the ``event`` level), by any of the predictions that match them:
the modality, the same 3-digit code, and whether the source's and target's actor codes name the
gold side's country and role (counted where the gold side has a country).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from khronika.eval.datasets.gold_events import GoldActor, GoldEvent, GoldEventsDoc
from khronika.eval.metrics import PRF, Accuracy
from khronika.model import Actor, Event
from khronika.nlp.forms import fold

LEVELS = ("event", "+ source", "+ sides")
ON_FOUND = ("modality", "same 3-digit code", "source actor code", "target actor code")

_NAME_WORD = re.compile(r"[a-zа-я0-9]+")


def name_words(name: str | None) -> set[str]:
    """The words of a name that two spellings of it share whatever their case endings."""
    if not name:
        return set()
    return {w[:5] for w in _NAME_WORD.findall(fold(name)) if len(w) >= 3}


def actor_matches(gold: GoldActor | None, pred: Actor | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(name_words(gold.name) & (name_words(pred.name) | name_words(pred.normal))) or code_matches(gold, pred)


def code_matches(gold: GoldActor | None, pred: Actor | None) -> bool:
    """The predicted actor code names the gold side's country, and its role when the gold has one."""
    if gold is None or not gold.country:
        return False
    code = (pred.code if pred else None) or ""
    return code.startswith(gold.country) and (not gold.role or gold.role in code[len(gold.country):])


def at_place(pred: Event, gold: GoldEvent) -> bool:
    return any(start <= pred.trigger.start < end for start, end in gold.places)


def level_of(pred: Event, gold: GoldEvent) -> int:
    """How far a predicted event matches a gold one: 0 not at all, else the index of LEVELS plus one."""
    if not at_place(pred, gold) or pred.cameo[:2] not in {code[:2] for code in gold.codes}:
        return 0
    if not actor_matches(gold.source, pred.source):
        return 1
    return 3 if actor_matches(gold.target, pred.target) else 2


@dataclass
class CameoScores:
    """Counts over documents: one PRF per level, and the accuracies on the gold events found."""

    levels: dict[str, PRF] = field(default_factory=lambda: {name: PRF() for name in LEVELS})
    on_found: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in ON_FOUND})

    def add(self, doc: GoldEventsDoc, events: Iterable[Event]) -> None:
        preds = list(events)
        sure = [g for g in doc.events if not g.unsure]
        unsure = [g for g in doc.events if g.unsure]
        matched = [[level_of(pred, g) for g in sure] for pred in preds]  # one row per prediction
        best_for_gold = [0] * len(sure)
        for pred, levels in zip(preds, matched, strict=True):
            if not any(levels) and any(level_of(pred, g) for g in unsure):
                continue  # the coder was not sure of the only events it matches: neither right nor wrong
            best = max(levels, default=0)
            for k, prf in enumerate(self.levels.values(), 1):
                prf.pred += 1
                prf.tp_pred += best >= k
            best_for_gold = [max(b, lv) for b, lv in zip(best_for_gold, levels, strict=True)]
        for j, (gold, best) in enumerate(zip(sure, best_for_gold, strict=True)):
            for k, prf in enumerate(self.levels.values(), 1):
                prf.gold += 1
                prf.tp_gold += best >= k
            if best:
                self._add_found(gold, [p for p, levels in zip(preds, matched, strict=True) if levels[j]])

    def _add_found(self, gold: GoldEvent, twins: list[Event]) -> None:
        """A found gold event, judged by the best of the predictions that match it."""
        self.on_found["modality"].add(any(p.modality == gold.modality for p in twins))
        codes = {code[:3] for code in gold.codes}
        self.on_found["same 3-digit code"].add(any(p.cameo[:3] in codes for p in twins))
        for side in ("source", "target"):
            side_gold: GoldActor | None = getattr(gold, side)
            if side_gold is not None and side_gold.country:
                self.on_found[f"{side} actor code"].add(any(code_matches(side_gold, getattr(p, side)) for p in twins))

    @property
    def gold(self) -> int:
        return self.levels["event"].gold

    @property
    def predicted(self) -> int:
        return self.levels["event"].pred

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_events": self.gold,
            "predicted": self.predicted,
            "levels": {name: prf.as_dict() for name, prf in self.levels.items()},
            "on_found": {name: acc.as_dict() for name, acc in self.on_found.items()},
        }
