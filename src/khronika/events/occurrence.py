"""One trigger word of a sentence and what has been read for it: its sides and its place."""

from __future__ import annotations

from dataclasses import dataclass, field

from khronika.events.lexicon import Trigger
from khronika.link.actors import actor_key
from khronika.model import Actor, Entity
from khronika.nlp.doc import Token


@dataclass
class Occurrence:
    token: Token
    entry: Trigger
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    place: Entity | None = None
    first_person: bool = False  # the source is the quote's speaker by a first-person word or verb

    @property
    def sides(self) -> list[Actor]:
        return self.sources + self.targets


def dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for actor in actors:
        if actor_key(actor) not in seen:
            seen.add(actor_key(actor))
            out.append(actor)
    return out
