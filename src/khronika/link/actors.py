"""Actors: the who of an event or a quote, built from a linked entity mention."""

from __future__ import annotations

from khronika.kb.cameo import role_of
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.forms import fold


def actor_from_entity(entity: Entity) -> Actor:
    return Actor(
        name=entity.normal or entity.text,
        qid=entity.qid,
        code=entity.actor,
        country=entity.country,
        role=role_of(entity.actor),
        mention=MentionRef(entity.start, entity.end),
    )


def actor_key(actor: Actor | None) -> str:
    """Who an actor is, for telling actors apart and merging: its QID, else its CAMEO code, else its
    name folded (case, ё, spacing); '' for no actor."""
    if actor is None:
        return ""
    return actor.qid or actor.code or fold(actor.name)
