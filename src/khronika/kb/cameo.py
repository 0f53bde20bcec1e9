"""The CAMEO codebook: event codes (``data/cameo/codes.tsv``) with labels, Goldstein scores, quad
classes and the facts extraction and merging ask of a code (symmetric, travel, converse; the file's
header says how each was decided), and the actor role codes that follow a country code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khronika.data import tsv

# CAMEO's four classes by root: verbal cooperation, material cooperation, verbal and material conflict.
QUAD_BY_ROOT = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2),
                **dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)}
VISIT = "042"  # the one code whose unnamed place is the target's (Токаев посетил Китай: in China)
# Roots whose acts are things said: a statement (01) or an appeal (02); a quote's speaker makes them.
SPEECH_ROOTS = ("01", "02")


# CAMEO actor role codes that may follow a country code in an actor code (KAZGOV, RUSMIL, ...).
GOV = "GOV"  # a country's government: its leaders, ministries, and a capital standing for it
ROLES = (GOV, "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "ELI")


def actor_code(country: str, role: str | None) -> str:
    """A country and a role as one actor code: RUS + GOV -> RUSGOV; the country alone for no role."""
    return country + (role or "")


def role_of(code: str | None) -> str | None:
    if code and len(code) >= 6 and code[3:6] in ROLES:
        return code[3:6]
    return None


@dataclass(frozen=True)
class Code:
    label: str
    goldstein: float | None
    symmetric: str  # "yes", "word" or "no" (codes.tsv's header)
    travel: bool
    converse_of: str | None


@cache
def codebook() -> dict[str, Code]:
    book: dict[str, Code] = {}
    for code, label, score, symmetric, travel, converse in tsv("cameo/codes.tsv"):
        book[code] = Code(label, float(score) if score else None, symmetric, travel == "yes",
                          None if converse == "-" else converse)
    return book


def is_code(code: str) -> bool:
    return code in codebook()


def label(code: str) -> str:
    return codebook()[code].label


def goldstein(code: str) -> float | None:
    """The code's score, else that of the nearest broader code that has one (183 has none of its own)."""
    for n in range(len(code), 1, -1):
        entry = codebook().get(code[:n])
        if entry is not None and entry.goldstein is not None:
            return entry.goldstein
    return None


def quad_class(code: str) -> int:
    return QUAD_BY_ROOT[int(code[:2])]


def is_symmetric(code: str) -> bool:
    """Whether A->B and B->A report one event whatever word named it (talks, accord, cooperation)."""
    entry = codebook().get(code)
    return entry is not None and entry.symmetric == "yes"


def may_be_symmetric(code: str) -> bool:
    """Whether a trigger of this code may read as mutual (``sym`` in the trigger lexicon)."""
    entry = codebook().get(code)
    return entry is not None and entry.symmetric != "no"


def is_travel(code: str) -> bool:
    """Whether the code's target is a place one goes to or is visited in (a visit, a host)."""
    entry = codebook().get(code)
    return entry is not None and entry.travel


def converse(code: str) -> str | None:
    """The code that tells the same event from the other side: a visit of A to B is B hosting A."""
    entry = codebook().get(code)
    return entry.converse_of if entry is not None else None


def is_speech(code: str) -> bool:
    """Whether the act is something said (a statement or an appeal), so a quote's speaker makes it."""
    return code[:2] in SPEECH_ROOTS
