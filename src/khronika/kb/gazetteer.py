"""The gazetteer: countries, places, bodies and office holders, looked up by a Russian mention in any case.

Data files are built by `scripts/build_gazetteer.py` into `khronika/data/gazetteer/` (sources and licenses in
its NOTICE.md). Every name is indexed under its lowercase form and under the lemmas of its words (the same
lemmatiser runs here and at build time), so `Токаеву`, `Россией` and `Генеральной Ассамблеи` find their
nominative entries.

- `lookup(mention)`: names only, best first (countries, bodies, leaders, capitals, then by population).
  Adjectives are not names: `adjective_places('российских')` and `adjective_countries(...)` read them.
- `holder(title, country, on)`: the office holder on a date (day precision where a source or a hand gives it,
  else the year; a term without an end closes when the next holder starts). Entries without a QID exist
  for holders no source gives one for: they still carry the country and the actor code.
"""

from __future__ import annotations

import gc
import itertools
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from khronika.nlp.forms import fold, nominative_lemma, nominative_lemmas, readings, words

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# Few enough key combinations that a four-word name stays a few dozen dictionary probes.
MAX_COMBINATIONS = 64

# A title a country does not have falls back to the nearest one it does (Iran's and North Korea's supreme
# leaders are the heads of state of other countries' news).
FALLBACK_OFFICE = {"supreme_leader": "head_of_state"}
# titles.tsv marks a title a country does not have (a president in a monarchy) with this office
NO_OFFICE = "-"

ALL_PREFIX = "все"


@dataclass(frozen=True)
class Office:
    country: str  # ISO-3
    office: str  # 'head_of_state' | 'head_of_government' | 'foreign_minister' | ...
    start: date | None
    end: date | None  # None = still in office

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Entry:
    qid: str | None
    name: str  # Russian nominative name
    type: str  # 'PER' | 'ORG' | 'LOC'
    subtype: str  # 'COUNTRY' | 'CITY' | 'REGION' | 'IGO' | 'ORG' | 'PERSON' | ...
    country: str | None  # ISO-3: a country itself, a city's or a person's country
    actor: str | None  # CAMEO actor code: 'RUS', 'KAZGOV', 'IGOUNO'
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    capital_of: str | None = None  # ISO-3 when the place is a capital (metonymy)
    offices: tuple[Office, ...] = ()


# ---------------------------------------------------------------------------------------------
# Keys: the one normalisation shared by the build script and the lookups.


def index_keys(name: str) -> set[str]:
    """The keys a name is stored under: its lowercase words, and their nominative lemmas."""
    ws = words(name)
    if not ws:
        return set()
    combos = itertools.islice(itertools.product(*(nominative_lemmas(w) for w in ws)), MAX_COMBINATIONS // 4)
    return {" ".join(ws), *(" ".join(c) for c in combos)}


def query_keys(mention: str) -> list[str]:
    """Every key an inflected mention may be stored under, the literal form first."""
    ws = words(mention)
    if not ws:
        return []
    combos = itertools.islice(itertools.product(*(readings(w) for w in ws)), MAX_COMBINATIONS)
    return list(dict.fromkeys(" ".join(c) for c in combos))


# ---------------------------------------------------------------------------------------------
# Data loading.


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _offices(text: str) -> tuple[Office, ...]:
    if not text:
        return ()
    out = []
    for item in text.split(";"):
        country, office, start, end = item.split(",")
        out.append(Office(country, office, _date(start), _date(end)))
    return tuple(out)


def _num(text: str, kind=float):
    return kind(text) if text else None


class _Table:
    """One data file: rows parsed on load, Entry objects built the first time a row is asked for."""

    def __init__(self, path: Path) -> None:
        # tens of thousands of small lists: the cyclic collector would rescan them on every allocation burst
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._load(path)
        finally:
            if enabled:
                gc.enable()
        self._entries: dict[int, Entry] = {}

    def _load(self, path: Path) -> None:
        self.index: dict[str, list[int]] = defaultdict(list)
        self.rows: list[list[str]] = []
        self.by_qid: dict[str, int] = {}
        with path.open(encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            self.col = {name: i for i, name in enumerate(header)}
            qid_col, keys_col = self.col["qid"], self.col["keys"]
            index, rows, by_qid = self.index, self.rows, self.by_qid
            for i, line in enumerate(f):
                row = line.rstrip("\n").split("\t")
                rows.append(row)
                if row[qid_col]:
                    by_qid.setdefault(row[qid_col], i)
                for key in row[keys_col].split("|"):
                    index[key].append(i)
        self.prominence_col = self.col["prominence"]

    def __len__(self) -> int:
        return len(self.rows)

    def prominence(self, i: int) -> float:
        return float(self.rows[i][self.prominence_col])

    def entry(self, i: int) -> Entry:
        entry = self._entries.get(i)
        if entry is None:
            row, col = self.rows[i], self.col
            entry = Entry(
                qid=row[col["qid"]] or None,
                name=row[col["name"]],
                type=row[col["type"]],
                subtype=row[col["subtype"]],
                country=row[col["country"]] or None,
                actor=row[col["actor"]] or None,
                lat=_num(row[col["lat"]]),
                lon=_num(row[col["lon"]]),
                population=_num(row[col["population"]], int),
                capital_of=row[col["capital_of"]] or None,
                offices=_offices(row[col["offices"]]),
            )
            self._entries[i] = entry
        return entry

    def column(self, i: int, name: str) -> str:
        return self.rows[i][self.col[name]]


# ---------------------------------------------------------------------------------------------
# The gazetteer.


class Gazetteer:
    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = data_dir
        self._main = _Table(data_dir / "entities.tsv")
        self._cities: _Table | None = None
        self._capitals: dict[str, int] | None = None
        self._openers: frozenset[str] | None = None
        self._countries: dict[str, Entry] = {}
        self._holders: dict[tuple[str, str], list[tuple[Office, Entry]]] = defaultdict(list)
        for i in range(len(self._main)):
            subtype = self._main.column(i, "subtype")
            if subtype == "COUNTRY":
                entry = self._main.entry(i)
                self._countries.setdefault(entry.country or "", entry)
            if self._main.column(i, "offices"):
                entry = self._main.entry(i)
                for office in entry.offices:
                    self._holders[(office.country, office.office)].append((office, entry))
        self._adjectives = _load_pairs(data_dir / "adjectives.tsv")
        self._compound_prefixes = _load_pairs(data_dir / "compound_prefixes.tsv")
        self._place_adjectives = _load_pairs(data_dir / "place_adjectives.tsv")
        self._titles = _load_titles(data_dir / "titles.tsv")
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)  # type: ignore[method-assign]

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    # -- places and bodies ------------------------------------------------------------------

    @property
    def cities(self) -> _Table:
        if self._cities is None:
            self._cities = _Table(self.data_dir / "cities.tsv")
        return self._cities

    def _lookup(self, mention: str) -> list[Entry]:
        """Entries a surface mention may name, in any case; most prominent first."""
        scored: dict[tuple[str, int], float] = {}
        for key in query_keys(mention):
            for name, table in (("main", self._main), ("cities", self.cities)):
                for i in table.index.get(key, ()):
                    scored[(name, i)] = table.prominence(i)
        tables = {"main": self._main, "cities": self.cities}
        ranked = sorted(scored, key=lambda k: -scored[k])
        return list(_unique_by_qid(tables[name].entry(i) for name, i in ranked))

    @property
    def name_openers(self) -> frozenset[str]:
        """First words of the bodies and places stored under names of several words: a cheap test
        before looking a run of words up."""
        if self._openers is None:
            self._openers = frozenset(key.split(" ", 1)[0] for key in self._main.index if " " in key)
        return self._openers

    def by_qid(self, qid: str) -> Entry | None:
        for table in (self._main, self.cities):
            if qid in table.by_qid:
                return table.entry(table.by_qid[qid])
        return None

    def country(self, iso3: str) -> Entry | None:
        return self._countries.get(iso3.upper())

    def countries(self) -> list[Entry]:
        return list(self._countries.values())

    def capital(self, iso3: str) -> Entry | None:
        """The capital of a country: the most prominent city that is its capital."""
        if self._capitals is None:
            self._capitals = {}
            table = self.cities
            for i in sorted(range(len(table)), key=lambda i: -table.prominence(i)):
                if country := table.column(i, "capital_of"):
                    self._capitals.setdefault(country, i)
        i = self._capitals.get(iso3.upper())
        return None if i is None else self.cities.entry(i)

    # -- adjectives -------------------------------------------------------------------------

    def adjective_countries(self, word: str) -> list[str]:
        """Countries named by an adjective or a compound: 'российско-американского' -> ['RUS', 'USA']."""
        word = fold(word.strip())
        whole = self._adjective(word)  # сан-маринский, шри-ланкийский: one country with a hyphen
        if whole:
            return whole[:1]
        parts = [p for p in re.split(r"[-‐‑–]", word) if p]
        if not parts:
            return []
        out: list[str] = []
        for part in parts[:-1]:
            isos = self._compound_prefixes.get(part) or self._adjective(part)
            if not isos:
                return []
            out.extend(isos[:1])
        last = self._adjective(parts[-1])
        if not last:
            return []
        out.extend(last[:1])
        return list(dict.fromkeys(out))

    def adjective_places(self, word: str) -> list[Entry]:
        """Places an adjective names, as NEREL tags them: 'российских' -> [Russia], 'московского' -> [Moscow].
        A compound names its countries in order ('российско-американского' -> [Russia, USA])."""
        places: list[Entry] = []
        for key in query_keys(word):
            for qid in self._place_adjectives.get(key, ()):
                entry = self.by_qid(qid)
                if entry is not None and entry not in places:
                    places.append(entry)
            if places:
                return places
        countries = [self.country(iso3) for iso3 in self.adjective_countries(word)]
        return [c for c in countries if c is not None]

    def _adjective(self, word: str) -> list[str]:
        for reading in readings(word):
            if reading in self._adjectives:
                return self._adjectives[reading]
        if word.startswith(ALL_PREFIX) and len(word) > len(ALL_PREFIX) + 4:
            return self._adjective(word[len(ALL_PREFIX) :])  # всероссийский, всекитайский: the whole country
        return []

    # -- offices ----------------------------------------------------------------------------

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


def _unique_by_qid(entries):
    seen: set[str] = set()
    for entry in entries:
        if entry.qid and entry.qid in seen:
            continue
        if entry.qid:
            seen.add(entry.qid)
        yield entry


def _load_pairs(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            key, values = line.rstrip("\n").split("\t")
            out[key] = values.split(",")
    return out


def _load_titles(path: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            key, country, office = line.rstrip("\n").split("\t")
            out[(key, country)] = office
    return out


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
    out: set[str] = set()
    with (DATA_DIR / "titles.tsv").open(encoding="utf-8") as f:
        for line in f:
            out.update(line.split("\t", 1)[0].split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer()


def dump_offices(offices: list[dict]) -> str:
    """The offices column of entities.tsv (used by the build script)."""
    return ";".join(f"{o['country']},{o['office']},{o.get('start') or ''},{o.get('end') or ''}" for o in offices)


def dumps_json(value) -> str:
    return json.dumps(value, ensure_ascii=False)
