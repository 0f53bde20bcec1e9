"""The gazetteer: countries, places, bodies and office holders, looked up by a Russian mention in any case.

Data files are built by `scripts/build_gazetteer.py` into `khronika/data/gazetteer/` (sources and licenses in
its NOTICE.md). Every name is indexed under its lowercase form and under the lemmas of its words (the same
lemmatiser runs here and at build time), so `Токаеву`, `Россией` and `Генеральной Ассамблеи` find their
nominative entries.

- `lookup(mention)`: names only, best first (countries, bodies, leaders, capitals, then by population).
  Adjectives are not names: `adjective_places('российских')` and `adjectives.countries(...)`
  (``kb/adjectives.py``) read them.
- `offices.holder(title, country, on)` (``kb/offices.py``): the office holder on a date. Entries without a
  QID exist for holders no source gives one for: they still carry the country and the actor code.
"""

from __future__ import annotations

import gc
import itertools
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khronika.data import GAZETTEER
from khronika.kb.adjectives import Adjectives
from khronika.kb.offices import DatedCode, Office, Offices, load_titles, parse_codes, parse_offices
from khronika.nlp.forms import nominative_lemmas, readings, words

# Few enough key combinations that a four-word name stays a few dozen dictionary probes.
MAX_COMBINATIONS = 64


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
    codes: tuple[DatedCode, ...] = ()  # dated actor codes of a person no office codes (Phoenix)


# ---------------------------------------------------------------------------------------------
# Keys: how names are stored and looked up, shared by the build script (word forms: nlp/forms.py).


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
                offices=parse_offices(row[col["offices"]]),
                codes=parse_codes(row[col["codes"]]) if "codes" in col else (),
            )
            self._entries[i] = entry
        return entry

    def column(self, i: int, name: str) -> str:
        return self.rows[i][self.col[name]]


# ---------------------------------------------------------------------------------------------
# The gazetteer.


class Gazetteer:
    def __init__(self, data_dir: Path = GAZETTEER) -> None:
        self.data_dir = data_dir
        self._main = _Table(data_dir / "entities.tsv")
        self._cities: _Table | None = None
        self._capitals: dict[str, int] | None = None
        self._openers: frozenset[str] | None = None
        self._successors: dict[str, tuple[str, ...]] | None = None
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
        self.adjectives = Adjectives(data_dir)
        self.offices = Offices(load_titles(data_dir / "titles.tsv"), self._holders)
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)

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

    def capital(self, iso3: str) -> Entry | None:
        """The capital of a country: the most prominent city that is its capital."""
        if self._capitals is None:
            self._capitals = {}
            table = self.cities
            for i in sorted(range(len(table)), key=lambda i: -table.prominence(i)):
                if country := table.column(i, "capital_of"):
                    self._capitals.setdefault(country, i)
        row = self._capitals.get(iso3.upper())
        return None if row is None else self.cities.entry(row)

    # -- a body and the state it belongs to ---------------------------------------------------

    @property
    def successors(self) -> dict[str, tuple[str, ...]]:
        """Dissolved state -> the states that succeeded it (``successors.tsv``)."""
        if self._successors is None:
            self._successors = {}
            path = self.data_dir / "successors.tsv"
            for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else ():
                old, new = line.split("\t")
                self._successors[old] = tuple(new.split(","))
        return self._successors

    def present_body(self, entry: Entry, home: str | None, named: Collection[str]) -> Entry:
        """A body of a state that no longer exists (the USSR's ``КГБ``), named in an article about one
        of its successors that does not name the old state, is that successor's body of the same role
        (``председатель КГБ`` in a Belarusian story: BLRSPY). It keeps no QID: the table's item is
        another state's body."""
        if (not _role_of(entry) or not home or entry.country in named
                or home not in self.successors.get(entry.country or "", ())):
            return entry
        return _as_body_of(entry, home, entry.name)

    def owned_body(self, mention: str) -> Entry | None:
        """A body named with the country it belongs to (``КГБ Беларуси``, ``Генштаба Украины``) that
        the table holds only as another state's: that country's body of the same role, no QID."""
        ws = words(mention)
        for split in range(len(ws) - 1, 0, -1):
            owners = [e for e in self.lookup(" ".join(ws[split:])) if e.subtype == "COUNTRY" and e.country]
            if owners:
                bodies = [e for e in self.lookup(" ".join(ws[:split])) if _role_of(e)]
                if not bodies:
                    return None
                body, owner = bodies[0], owners[0].country or ""
                return body if body.country == owner else _as_body_of(body, owner, mention)
        return None

    def adjective_places(self, word: str) -> list[Entry]:
        """Places an adjective names, as NEREL tags them: 'российских' -> [Russia], 'московского' -> [Moscow].
        A compound names its countries in order ('российско-американского' -> [Russia, USA])."""
        places: list[Entry] = []
        for key in query_keys(word):
            for qid in self.adjectives.places(key):
                entry = self.by_qid(qid)
                if entry is not None and entry not in places:
                    places.append(entry)
            if places:
                return places
        countries = [self.country(iso3) for iso3 in self.adjectives.countries(word)]
        return [c for c in countries if c is not None]


def _role_of(entry: Entry) -> str | None:
    """The role part of a national body's actor code: SPY of SUNSPY; none for a state or an IGO."""
    if entry.type != "ORG" or not entry.country or not entry.actor or not entry.actor.startswith(entry.country):
        return None
    return entry.actor[len(entry.country):] or None


def _as_body_of(body: Entry, country: str, name: str) -> Entry:
    role = _role_of(body)
    return Entry(qid=None, name=name, type="ORG", subtype=body.subtype, country=country,
                 actor=country + role if role else None)


def _unique_by_qid(entries):
    seen: set[str] = set()
    for entry in entries:
        if entry.qid and entry.qid in seen:
            continue
        if entry.qid:
            seen.add(entry.qid)
        yield entry


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer()
