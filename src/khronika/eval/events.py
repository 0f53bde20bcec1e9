"""Event scoring against factRuEval facts and NEREL event triggers.

factRuEval (Meeting and Deal facts). A predicted Meeting is an event of CAMEO root 04 or code
036, a predicted Deal one of code 057 or root 06. factRuEval's facts are between participants,
so an event counts only with both a source and a target, and a visit (042, 043) only to a person
or body: a visit to a country, city or region (its target's mention is a LOC entity, or its actor
code a bare ISO-3) is a trip, not a Meeting fact. Its participants are its source and target
actors' mentions; a mention stands for the gold entity (coreference chain) it overlaps, so
``Обама`` and ``Барак Обама`` are one participant. Predicted facts of a document are deduplicated
by their participant set (a meeting reported twice counts once). A predicted fact matches a
gold fact when it names at least two of the gold participants (all of them when the gold fact
has fewer). Precision is over deduplicated predicted facts, recall over gold facts. This is a
binary simplification of the 2016 scorer, which gave partial credit per argument.

NEREL (dev): EVENT mentions of meetings, visits and agreements, picked by trigger lemma from
``data/eval/nerel_event_triggers.tsv``. Trigger recall: a predicted event's trigger overlaps the
gold trigger (any code). Arguments, grouped as participant (AGENT, PARTICIPANT_IN vs our source
and target), place (TAKES_PLACE_IN vs location) and time (POINT_IN_TIME vs an expressed,
non-defaulted time): a predicted argument of an event whose trigger overlaps a gold trigger is
right when it overlaps a gold argument of that group; a gold argument is found when a
predicted one overlaps it. Gold arguments of missed triggers count as missed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from khronika.data import tsv
from khronika.eval.datasets.factru import FactruDoc
from khronika.eval.datasets.nerel import NerelDoc
from khronika.eval.metrics import PRF, Accuracy, overlaps
from khronika.kb.cameo import is_travel
from khronika.model import Actor, Entity, Event
from khronika.nlp.forms import dictionary_lemma, plain_words

Span = tuple[int, int]


def is_meeting(cameo: str) -> bool:
    return cameo.startswith("04") or cameo.startswith("036")


def is_deal(cameo: str) -> bool:
    return cameo.startswith("057") or cameo.startswith("06")


FACT_TYPES: dict[str, Callable[[str], bool]] = {"Meeting": is_meeting, "Deal": is_deal}


def actor_span(actor: Actor | None) -> Span | None:
    if actor is None or actor.mention is None:
        return None
    return actor.mention.start, actor.mention.end


# -- factRuEval facts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldFact:
    id: str
    type: str
    participants: frozenset[str]  # identities: "e:<coref id>" or "s:<span id>"


class Identities:
    """Maps a predicted mention to the gold entity it overlaps, else to the actor's own name."""

    def __init__(self, doc: FactruDoc) -> None:
        self.spans: list[tuple[str, Span]] = [(f"e:{eid}", s) for eid in doc.entities for s in doc.entity_spans(eid)]
        self.spans += [(f"s:{sid}", (s.start, s.end)) for sid, s in doc.spans.items()]

    def of(self, actor: Actor | None) -> str | None:
        span = actor_span(actor)
        if span is not None:
            for identity, gold in self.spans:
                if identity.startswith("e:") and overlaps(span, gold):
                    return identity
        if actor is None:
            return None
        return f"a:{actor.qid or actor.code or actor.name.lower()}"


def gold_facts(doc: FactruDoc, fact_type: str) -> list[GoldFact]:
    found = []
    for fact in doc.facts:
        if fact.type != fact_type:
            continue
        ids = {f"e:{a.id}" if a.ref == "obj" else f"s:{a.id}" for a in fact.values("Participant") if a.ref}
        found.append(GoldFact(fact.id, fact.type, frozenset(ids)))
    return found


PLACE_CODE = re.compile(r"^[A-Z]{3}$")  # a bare ISO-3 actor code: a country or a city, not a person or body


def expresses(event: Event, fact_type: str, places: frozenset[Span] = frozenset()) -> bool:
    if not FACT_TYPES[fact_type](event.cameo) or event.source is None or event.target is None:
        return False
    if not is_travel(event.cameo):
        return True
    return not (PLACE_CODE.match(event.target.code or "") or actor_span(event.target) in places)


def predicted_facts(events: Iterable[Event], fact_type: str, identities: Identities,
                    places: frozenset[Span] = frozenset()) -> set[frozenset[str]]:
    """Participant sets of the events that express this fact type, one per distinct set;
    ``places`` are the spans of the article's LOC entities."""
    keys = set()
    for event in events:
        if not expresses(event, fact_type, places):
            continue
        key = frozenset(i for i in (identities.of(event.source), identities.of(event.target)) if i)
        if key:
            keys.add(key)
    return keys


def fact_matches(key: frozenset[str], gold: GoldFact) -> bool:
    return len(key & gold.participants) >= min(2, len(gold.participants))


def score_facts(golds: list[GoldFact], keys: set[frozenset[str]]) -> PRF:
    tp_pred = sum(any(fact_matches(k, g) for g in golds) for k in keys)
    tp_gold = sum(any(fact_matches(k, g) for k in keys) for g in golds)
    return PRF(tp_pred=tp_pred, pred=len(keys), tp_gold=tp_gold, gold=len(golds))


class FactScores:
    def __init__(self) -> None:
        self.scores = {t: PRF() for t in FACT_TYPES}

    def add(self, doc: FactruDoc, events: list[Event], entities: Iterable[Entity] = ()) -> None:
        identities = Identities(doc)
        places = frozenset((e.start, e.end) for e in entities if e.type == "LOC")
        for fact_type, prf in self.scores.items():
            prf.add(score_facts(gold_facts(doc, fact_type), predicted_facts(events, fact_type, identities, places)))

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {t: prf.as_dict() for t, prf in self.scores.items()}


# -- NEREL event triggers and arguments ---------------------------------------------------------

ROLE_GROUPS = {
    "AGENT": "participant",
    "PARTICIPANT_IN": "participant",
    "TAKES_PLACE_IN": "place",
    "POINT_IN_TIME": "time",
}
GROUPS = ("participant", "place", "time")
EVENT_FIRST = {"TAKES_PLACE_IN", "POINT_IN_TIME"}  # relations whose Arg1 is the event


@dataclass(frozen=True)
class TriggerLexicon:
    families: dict[str, str]  # lemma -> family
    exclude: frozenset[str]

    def family(self, lemmas: Iterable[str]) -> str | None:
        lemmas = list(lemmas)
        if any(lemma in self.exclude for lemma in lemmas):
            return None
        return next((self.families[lemma] for lemma in lemmas if lemma in self.families), None)


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    families, exclude = {}, set()
    for family, word, *_ in tsv("eval/nerel_event_triggers.tsv"):
        if family == "exclude":
            exclude.add(word.strip())
        else:
            families[word.strip()] = family
    return TriggerLexicon(families, frozenset(exclude))


@dataclass(frozen=True)
class GoldEvent:
    trigger: Span
    text: str
    family: str
    arguments: tuple[tuple[str, Span], ...]  # (group, span)


def gold_events(doc: NerelDoc, lexicon: TriggerLexicon | None = None) -> list[GoldEvent]:
    lexicon = lexicon or trigger_lexicon()
    found = []
    for ann in doc.annotations.values():
        if ann.label != "EVENT":
            continue
        family = lexicon.family(dictionary_lemma(w) for w in plain_words(ann.text))
        if family is None:
            continue
        arguments = []
        for rel in doc.relations:
            if rel.label not in ROLE_GROUPS:
                continue
            event_id, arg_id = (rel.arg1, rel.arg2) if rel.label in EVENT_FIRST else (rel.arg2, rel.arg1)
            if event_id == ann.id and arg_id in doc.annotations:
                arg = doc.annotations[arg_id]
                arguments.append((ROLE_GROUPS[rel.label], (arg.start, arg.end)))
        found.append(GoldEvent((ann.start, ann.end), ann.text, family, tuple(sorted(set(arguments)))))
    return found


def predicted_arguments(event: Event) -> set[tuple[str, Span]]:
    args = set()
    for actor in (event.source, event.target):
        span = actor_span(actor)
        if span is not None:
            args.add(("participant", span))
    if event.location is not None:
        args.add(("place", (event.location.start, event.location.end)))
    time = event.time
    if time is not None and not time.defaulted and time.start is not None and time.end is not None:
        args.add(("time", (time.start, time.end)))
    return args


class NerelEventScores:
    def __init__(self) -> None:
        self.triggers: dict[str, Accuracy] = {}
        self.arguments = {g: PRF() for g in (*GROUPS, "all")}

    def add(self, doc: NerelDoc, events: list[Event], lexicon: TriggerLexicon | None = None) -> None:
        for gold in gold_events(doc, lexicon):
            hits = [e for e in events if overlaps((e.trigger.start, e.trigger.end), gold.trigger)]
            for family in (gold.family, "all"):
                self.triggers.setdefault(family, Accuracy()).add(bool(hits))
            predicted = set().union(*(predicted_arguments(e) for e in hits)) if hits else set()
            for group in GROUPS:
                self._add_arguments(
                    group, [s for g, s in gold.arguments if g == group], [s for g, s in predicted if g == group]
                )

    @property
    def trigger_rows(self) -> dict[str, Accuracy]:
        """Trigger recall per family, "all" last."""
        return dict(sorted(self.triggers.items(), key=lambda item: item[0] == "all"))

    def _add_arguments(self, group: str, gold: list[Span], pred: list[Span]) -> None:
        prf = PRF(
            tp_pred=sum(any(overlaps(p, g) for g in gold) for p in pred),
            pred=len(pred),
            tp_gold=sum(any(overlaps(p, g) for p in pred) for g in gold),
            gold=len(gold),
        )
        self.arguments[group].add(prf)
        self.arguments["all"].add(prf)

    def as_dict(self) -> dict[str, object]:
        return {
            "trigger_recall": {
                f: {"recall": a.value, "found": a.right, "gold": a.total} for f, a in self.triggers.items()
            },
            "arguments": {g: prf.as_dict() for g, prf in self.arguments.items()},
        }
