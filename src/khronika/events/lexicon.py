"""The trigger lexicon (``data/events/triggers.tsv``): Russian words that name CAMEO events, with
where their source and target stand. The file's header documents the columns."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khronika.data import tsv
from khronika.kb.cameo import ROLES, is_code, may_be_symmetric
from khronika.nlp.forms import fold

CASES = ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
BARE_CASES = {"obj": "Acc", "dat": "Dat", "gen": "Gen", "ins": "Ins"}
DEFAULT_SOURCES = {"VERB": ("nsubj",), "NOUN": ("poss", "gen", "amod", "nsubj"), "ADJ": ("nsubj",)}


@dataclass(frozen=True)
class Slot:
    """Where an argument stands: a preposition (or none) and a case; ``between`` for ``между X и Y``."""

    prep: str | None
    case: str | None
    between: bool = False

    def accepts(self, prep: str | None, case: str | None) -> bool:
        if self.between:
            return prep == "между"
        return prep == self.prep and (self.case is None or case is None or case == self.case)


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    targets: tuple[Slot, ...]
    sources: tuple[str, ...]
    flags: frozenset[str]
    needs: str | None = None  # a second word that must stand by the trigger
    by: tuple[str, ...] = ()  # roles of the body that acts when no source is named (``by=JUD``: a court)
    on_person: str | None = None  # the code when the target is a person (``person=181``)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    def target_slot(self, prep: str | None, case: str | None) -> bool:
        return any(slot.accepts(prep, case) for slot in self.targets)


def parse_slot(text: str) -> Slot:
    if text == "между":
        return Slot("между", "Ins", between=True)
    if text in BARE_CASES:
        return Slot(None, BARE_CASES[text])
    prep, _, case = text.partition("+")
    if case not in CASES:
        raise ValueError(f"unknown case in slot {text!r}")
    return Slot(prep.replace("_", " "), case)


def parse_line(line: str) -> Trigger:
    return parse_fields(line.split("\t"))


def parse_fields(fields: list[str]) -> Trigger:
    line = "\t".join(fields)
    if len(fields) != 6:
        raise ValueError(f"a trigger line has 6 tab-separated fields, not {len(fields)}: {line!r}")
    words, pos, cameo, targets, sources, flags = (f.strip() for f in fields)
    if not is_code(cameo):
        raise ValueError(f"{cameo!r} is not a CAMEO code: {line!r}")
    lemma, _, needs = words.partition(" ")
    flag_set = frozenset() if flags == "-" else frozenset(f.strip() for f in flags.split(","))
    by = tuple(role for f in flag_set if f.startswith("by=") for role in f[3:].split("/"))
    if any(role not in ROLES for role in by):
        raise ValueError(f"by= names CAMEO roles ({', '.join(ROLES)}): {line!r}")
    on_person = next((f[len("person="):] for f in flag_set if f.startswith("person=")), None)
    if on_person is not None and not is_code(on_person):
        raise ValueError(f"{on_person!r} is not a CAMEO code: {line!r}")
    if "sym" in flag_set and not may_be_symmetric(cameo):
        # The codebook says which codes are mutual; the merger asks it too, so the two cannot disagree.
        raise ValueError(f"{cameo} is one-sided in the codebook, so its trigger cannot be sym: {line!r}")
    if "reverse" in flag_set and not needs:
        raise ValueError(f"reverse needs a second word, the body that acts (предстать суд): {line!r}")
    slots = () if targets == "-" else tuple(parse_slot(s.strip()) for s in targets.split(","))
    return Trigger(
        lemma=fold(lemma),
        pos=pos,
        cameo=cameo,
        targets=slots,
        sources=default_sources(pos, slots) if sources == "-" else tuple(s.strip() for s in sources.split(",")),
        flags=flag_set,
        needs=fold(needs) or None,
        by=by,
        on_person=on_person,
    )


def default_sources(pos: str, targets: tuple[Slot, ...]) -> tuple[str, ...]:
    """A noun's genitive is its source unless it is its target (визит Путина, осуждение России)."""
    sources = DEFAULT_SOURCES.get(pos, ("nsubj",))
    if Slot(None, "Gen") in targets:
        sources = tuple(s for s in sources if s != "gen")
    return sources


@cache
def lexicon() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(lemma, POS) -> its triggers, those that need a second word first."""
    found: dict[tuple[str, str], list[Trigger]] = {}
    for row in tsv("events/triggers.tsv"):
        trigger = parse_fields(row)
        found.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    return {key: tuple(sorted(items, key=lambda t: t.needs is None)) for key, items in found.items()}


@cache
def modality_cues() -> dict[str, str]:
    """Lemma -> the modality a governing or modifying word gives an event (``data/events/modality.tsv``)."""
    return {lemma.strip(): modality.strip() for lemma, modality, *_ in tsv("events/modality.tsv")}
