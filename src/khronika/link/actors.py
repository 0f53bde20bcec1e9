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
        type=entity.type,
    )


def actor_key(actor: Actor | None) -> str:
    """Who an actor is, for telling actors apart and merging: its QID; for a person of no QID, the
    folded nominative name and the country when known (``линас линкявичус|LTU``: one man in every
    article, and not every Lithuanian official the code LTUGOV would lump with him); else its CAMEO
    code, else its name folded (case, ё, spacing); '' for no actor."""
    if actor is None:
        return ""
    if actor.qid:
        return actor.qid
    if actor.type == "PER":
        return f"{fold(actor.name)}|{actor.country}" if actor.country else fold(actor.name)
    return actor.code or fold(actor.name)
