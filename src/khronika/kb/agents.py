"""The Russian agents dictionary (``data/lexicons/agents.tsv``): the words and phrases that name a kind of
actor, with the CAMEO role each carries (``министр`` GOV, ``депутат`` LEG, ``ополченцы`` REB, ``суд`` JUD)
and the rules each serves (its flags: a title before a name, a word for a body, a group noun, ...).

A phrase is a lemma, or a head lemma with the lemma of the word it governs (``лидер оппозиция``), which
overrides the head's own role. The country a role goes with is the reader's business (``link.agents``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khronika.data import tsv

COUNTRY_ITSELF = "-"  # the role column's mark for a word that stands for the state itself (страна)


@dataclass(frozen=True)
class Agent:
    role: str | None  # CAMEO role code; None for a title word of no role, or for the state itself
    flags: frozenset[str]

    @property
    def is_state(self) -> bool:
        return "state" in self.flags


@cache
def agents() -> dict[str, Agent]:
    out: dict[str, Agent] = {}
    for row in tsv("lexicons/agents.tsv"):
        phrase, role, flags = (row + ["", ""])[:3]
        marks = frozenset(f.strip() for f in flags.split(",") if f.strip())
        if role.strip() == COUNTRY_ITSELF:
            marks |= {"state"}
        out[phrase.strip()] = Agent(role.strip() if role.strip() not in ("", COUNTRY_ITSELF) else None, marks)
    return out


def agent(phrase: str) -> Agent | None:
    """The dictionary entry for a lemma or a two-lemma phrase (``лидер оппозиция``)."""
    return agents().get(phrase)


def role(phrase: str) -> str | None:
    entry = agent(phrase)
    return entry.role if entry is not None else None


@cache
def with_flag(flag: str) -> frozenset[str]:
    """The one-word entries with a flag: ``with_flag("name")`` are the titles that precede a name."""
    return frozenset(p for p, a in agents().items() if flag in a.flags and " " not in p)


@cache
def actor_roles() -> dict[str, str | None]:
    """Nouns for a country's actors when a country names them (``руководителей Азербайджана``): lemma -> role,
    None for the country itself (``обе страны``)."""
    return {p: a.role for p, a in agents().items() if "actor" in a.flags}
