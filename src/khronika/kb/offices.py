"""Offices, the titles that name them, and who held them when (``data/gazetteer/titles.tsv`` and the
offices column of ``entities.tsv``).

- `office_of(title, country)`: the office a title names ('глава МИД России' -> 'foreign_minister').
- `holder(title, country, on)`: the office holder on a date (day precision where a source or a hand gives
  it, else the year; a term without an end closes when the next holder starts).
- `code_on(codes, on)`: the CAMEO actor code a coding dictionary gives a person on a date (the codes
  column of ``entities.tsv``, from the Phoenix dictionary: FRAGOV while Sarkozy was a minister or
  president, FRAELI before and after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from khronika.data import GAZETTEER, tsv
from khronika.kb.cameo import role_of
from khronika.nlp.forms import nominative_lemma, readings, words

if TYPE_CHECKING:
    from khronika.kb.gazetteer import Entry


# A title a country does not have falls back to the nearest one it does (Iran's and North Korea's supreme
# leaders are the heads of state of other countries' news).
FALLBACK_OFFICE = {"supreme_leader": "head_of_state"}
# titles.tsv marks a title a country does not have (a president in a monarchy) with this office
NO_OFFICE = "-"


@dataclass(frozen=True)
class Office:
    country: str  # ISO-3
    office: str  # 'head_of_state' | 'head_of_government' | 'foreign_minister' | ...
    start: date | None
    end: date | None  # None = still in office

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


Holders = dict[tuple[str, str], list[tuple[Office, "Entry"]]]  # (country, office) -> its terms


class Offices:
    def __init__(self, titles: dict[tuple[str, str], str], holders: Holders) -> None:
        self._titles = titles  # (title key, country or "*") -> office
        self._holders = holders

    def office_of(self, title: str, country: str | None = None) -> str | None:
        """The office a title names: 'президент' -> 'head_of_state'; the longest known title at the start
        counts ('глава МИД России' -> 'foreign_minister'); None for a title the country does not have."""
        key = _title_key(title)
        parts = key.split()
        for n in range(len(parts), 0, -1):
            prefix = " ".join(parts[:n])
            if country and (prefix, country.upper()) in self._titles:
                office = self._titles[(prefix, country.upper())]
                return None if office == NO_OFFICE else office
            if (prefix, "*") in self._titles:
                return self._titles[(prefix, "*")]
        return None

    def holder(self, title: str, country: str, on: date | None = None) -> Entry | None:
        """Who held a title in a country on a date (today's holder when no date)."""
        country = country.upper()
        office = self.office_of(title, country)
        if office is None or office == NO_OFFICE:
            return None
        return self.holder_of(office, country, on)

    def holder_of(self, office: str, country: str, on: date | None = None) -> Entry | None:
        candidates = self._holders.get((country.upper(), office), [])
        if not candidates and office in FALLBACK_OFFICE:
            return self.holder_of(FALLBACK_OFFICE[office], country, on)
        if on is None:
            current = [(o, e) for o, e in candidates if o.end is None]
            return max(current, key=_start_order)[1] if current else None
        serving = [(o, e) for o, e in candidates if o.covers(on)]
        return max(serving, key=_start_order)[1] if serving else None


def _start_order(pair: tuple[Office, Entry]) -> date:
    return pair[0].start or date.min


def parse_offices(text: str) -> tuple[Office, ...]:
    """The offices column of entities.tsv: ``country,office,start,end`` items joined by ``;``."""
    if not text:
        return ()
    out = []
    for item in text.split(";"):
        country, office, start, end = item.split(",")
        out.append(Office(country, office, _date(start), _date(end)))
    return tuple(out)


# CAMEO's role for elites: former officials and other notables with no office (codebook, chapter 3)
ELITE = "ELI"


@dataclass(frozen=True)
class DatedCode:
    """An actor code for a period (USAGOV from 2009-01-20). With neither start nor end it is the code at
    every time no dated one covers, as a PETRARCH dictionary reads an undated code."""

    code: str
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


def parse_codes(text: str) -> tuple[DatedCode, ...]:
    """The codes column of entities.tsv: ``code,start,end`` items joined by ``;``."""
    if not text:
        return ()
    out = []
    for item in text.split(";"):
        code, start, end = item.split(",")
        out.append(DatedCode(code, _date(start), _date(end)))
    return tuple(out)


def code_on(codes: tuple[DatedCode, ...], on: date | None) -> str | None:
    """The code on a date: the latest-starting dated code that covers it, else the undated one. With no
    date, the last code of an office (GOV, MIL...), as `office_on` takes the last office: a text of no
    date may be of any year, and a politician is coded by what he was, not by his later ELI."""
    dated = [c for c in codes if c.dated]
    undated = [c for c in codes if not c.dated]
    if on is not None:
        serving = [c for c in dated if c.covers(on)]
        pick = [max(serving, key=_code_start)] if serving else undated
        return _official_first(pick)
    for group in ([c for c in dated if role_of(c.code) != ELITE], undated, dated):
        if group:
            return _official_first(sorted(group, key=_code_start, reverse=True))
    return None


def _code_start(code: DatedCode) -> date:
    return code.start or date.min


def _official_first(codes: list[DatedCode]) -> str | None:
    """The first code that is not ELI, else the first: two undated codes (SYRGOV, SYRELI) of one person the
    dictionary lists twice."""
    for c in codes:
        if role_of(c.code) != ELITE:
            return c.code
    return codes[0].code if codes else None


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def load_titles(path: Path) -> dict[tuple[str, str], str]:
    """``title key<TAB>country or *<TAB>office`` (``-``: a title the country does not have)."""
    return {(key, country): office for key, country, office in tsv(path)}


def title_key(title: str) -> str:
    """A title as stored: lemmatised words, e.g. 'Президента' -> 'президент', 'главы МИД' -> 'глава мид'."""
    return " ".join(nominative_lemma(w) for w in words(title))


@lru_cache(maxsize=10_000)
def _title_key(title: str) -> str:
    ws = words(title)
    # an inflected title: take the reading that is a known title word where there is one
    return " ".join(_title_word(w) for w in ws)


def _title_word(word: str) -> str:
    known = _known_title_words()
    for reading in readings(word):
        if reading in known:
            return reading
    return nominative_lemma(word)


@lru_cache(maxsize=1)
def _known_title_words() -> frozenset[str]:
    return frozenset(word for key, *_ in tsv(GAZETTEER / "titles.tsv") for word in key.split())
