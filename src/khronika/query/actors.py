"""What an ``--actor``/``--target``/``--place`` argument means: a QID, a CAMEO code, or a Russian
name in any case (``Токаева``, ``токаев``), resolved to what the store keys events by."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import duckdb

QID = re.compile(r"^Q\d+$")
CAMEO_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class ActorMatch:
    keys: set[str] = field(default_factory=set)  # actor keys (QIDs, codes, folded names)
    code: str | None = None  # CAMEO code prefix: RUS matches RUS, RUSGOV and Russia's people

    def sql(self, side: str) -> tuple[str, list[object]]:
        """A WHERE condition on one side ('source' or 'target') of the events table."""
        parts, params = [], []
        if self.keys:
            parts.append(f"{side}_key IN (SELECT unnest(?))")
            params.append(sorted(self.keys))
        if self.code:
            parts.append(f"(starts_with({side}_code, ?) OR {side}_country = ?)")
            params += [self.code, self.code[:3]]
        return ("(" + " OR ".join(parts) + ")" if parts else "FALSE"), params


def fold(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


@lru_cache(maxsize=1)
def _morph():
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=16384)
def readings(word: str) -> frozenset[str]:
    """Every dictionary form a word may be: unknown surnames parse several ways (Токаева: токаев, токаева)."""
    return frozenset({word} | {fold(p.normal_form) for p in _morph().parse(word)})


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def names_match(query: str, stored: str) -> bool:
    """Every word of the query is a form of some word of the stored name."""
    stored_readings = [readings(w) for w in words(stored)]
    return all(any(readings(q) & r for r in stored_readings) for q in words(query))


def gazetteer_qids(name: str) -> set[str]:
    """QIDs the shared gazetteer knows for a name, when the gazetteer is installed."""
    try:
        from khronika.kb.gazetteer import Gazetteer
    except ImportError:
        return set()
    try:
        return {entry.qid for entry in Gazetteer.default().lookup(name)[:3] if entry.qid}
    except (OSError, KeyError, ValueError):  # gazetteer data not built yet
        return set()


def resolve_actor(con: duckdb.DuckDBPyConnection, spec: str) -> ActorMatch:
    spec = spec.strip()
    if QID.match(spec):
        return ActorMatch(keys={spec})
    if CAMEO_CODE.match(spec):
        return ActorMatch(code=spec)
    return ActorMatch(keys=gazetteer_qids(spec) | stored_keys_named(con, spec))


def stored_keys_named(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    """Keys of stored actors whose name has every word of the query, in whatever case."""
    query = words(name)
    if not query:
        return set()
    like = [f"%{w[:4]}%" for w in query]  # a cheap prefilter in SQL; word forms decide in Python
    candidates = con.execute("""
        SELECT key, name FROM actors
        WHERE list_bool_and([replace(lower(name), 'ё', 'е') LIKE p FOR p IN ?])""", [like]).fetchall()
    return {key for key, stored in candidates if stored and names_match(name, stored)}
