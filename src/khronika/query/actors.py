"""What an ``--actor``/``--target``/``--place`` argument means: a QID, a CAMEO code, or a Russian
name in any case (``Токаева``, ``токаев``), resolved to what the store keys events by."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import duckdb

from khronika.nlp.forms import fold, lemmas

QID = re.compile(r"^Q\d+$")
CAMEO_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class ActorMatch:
    keys: set[str] = field(default_factory=set)  # actor keys (QIDs, codes, folded names)
    code: str | None = None  # CAMEO code prefix: RUS matches RUS, RUSGOV and Russia's people

    def sql(self, side: str) -> tuple[str, list[object]]:
        """A WHERE condition on one side ('source' or 'target') of the events table."""
        parts: list[str] = []
        params: list[object] = []
        if self.keys:
            parts.append(f"{side}_key IN (SELECT unnest(?))")
            params.append(sorted(self.keys))
        if self.code:
            parts.append(f"(starts_with({side}_code, ?) OR {side}_country = ?)")
            params += [self.code, self.code[:3]]
        return ("(" + " OR ".join(parts) + ")" if parts else "FALSE"), params


@lru_cache(maxsize=16384)
def name_readings(word: str) -> frozenset[str]:
    """Every dictionary form a word may be: unknown surnames parse several ways (Токаева: токаев, токаева)."""
    return frozenset({word, *lemmas(word)})


def letter_words(text: str) -> list[str]:
    """The folded words of a query name, letters only (``forms.words`` keeps digits, as names in the
    gazetteer have them)."""
    return _WORD.findall(fold(text))


def names_match(query: str, stored: str) -> bool:
    """Every word of the query is a form of some word of the stored name."""
    stored_readings = [name_readings(w) for w in letter_words(stored)]
    return all(any(name_readings(q) & r for r in stored_readings) for q in letter_words(query))


def gazetteer_qids(name: str) -> set[str]:
    """QIDs the shared gazetteer knows for a name, when its data is built."""
    from khronika.kb.gazetteer import Gazetteer

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
    query = letter_words(name)
    if not query:
        return set()
    like = [f"%{w[:4]}%" for w in query]  # a cheap prefilter in SQL; word forms decide in Python
    candidates = con.execute("""
        SELECT key, name FROM actors
        WHERE list_bool_and([replace(lower(name), 'ё', 'е') LIKE p FOR p IN ?])""", [like]).fetchall()
    return {key for key, stored in candidates if stored and names_match(name, stored)}
