"""Actors: the who of an event or a quote, built from a linked entity mention."""

from __future__ import annotations

from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.forms import fold

# CAMEO role codes that may follow a country code in an actor code (KAZGOV, RUSMIL, ...).
GOV = "GOV"  # a country's government: its leaders, ministries, and a capital standing for it
ROLES = (GOV, "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "ELI")


def role_of(code: str | None) -> str | None:
    if code and len(code) >= 6 and code[3:6] in ROLES:
        return code[3:6]
    return None


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
