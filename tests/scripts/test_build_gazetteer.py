"""The gazetteer build: the shipped files agree with the sources they are built from."""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from khronika.data import GAZETTEER
from khronika.kb.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SOURCES = SHARED / "gazetteer"

pytestmark = pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/gazetteer")


@functools.cache
def load_build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_every_rigour_country_has_an_entry_with_its_iso_code(gaz):
    rows = [json.loads(line) for line in (SOURCES / "rigour-territories" / "data.jsonl").open(encoding="utf-8")]
    countries = [r for r in rows if r["is_country"] and r.get("alpha3")]
    assert len(countries) > 200
    missing = [r["name"] for r in countries if gaz.country(r["alpha3"].upper()) is None]
    assert missing == []


def test_country_qids_follow_rigour_or_dr5hn(gaz):
    rigour = {
        r["alpha3"].upper(): r["qid"]
        for r in map(json.loads, (SOURCES / "rigour-territories" / "data.jsonl").open(encoding="utf-8"))
        if r["is_country"] and r.get("alpha3")
    }
    dr5hn = {c["iso3"]: c.get("wikiDataId") for c in json.loads((SOURCES / "dr5hn-csc" / "countries.json").read_text())}
    for iso3, qid in rigour.items():
        assert gaz.country(iso3).qid in (qid, dr5hn.get(iso3)), iso3


def test_every_leader_qid_is_backed_by_a_source():
    """A curated QID must appear in the everypolitician extracts or among NEREL train links: none is invented."""
    build = load_build_script()
    known = set()
    for name in ("world-leaders-2021.wikidata.csv", "world-leaders-2021.wikidata.2024-10.csv"):
        known |= {r["officeholder"] for r in csv.DictReader((SOURCES / "everypolitician" / name).open())}
    known |= {
        r["person"] for r in csv.DictReader((SOURCES / "everypolitician" / "foreign-ministers.wikidata.csv").open())
    }
    known |= {qid for *_, qid in build.nerel_links(SHARED)}
    curated = build.read_yaml(build.CURATED / "leaders.yaml")
    unbacked = [c["name"] for c in curated if c["qid"] and c["qid"] not in known]
    assert unbacked == []


def test_nerel_links_come_from_train_only():
    build = load_build_script()
    links = build.nerel_links(SHARED)
    assert len(links) > 10_000
    dev_files = {p.stem for p in (SHARED / "data" / "nerel" / "NEREL-v1.1" / "dev").glob("*.ann")}
    train_files = {p.stem for p in (SHARED / "data" / "nerel" / "NEREL-v1.1" / "train").glob("*.ann")}
    assert dev_files and not dev_files & train_files


def test_curated_cities_match_geonames_and_carry_their_qids(gaz):
    build = load_build_script()
    for cc, english, qid, russian, *_ in build.read_curated_tsv(build.CURATED / "cities.tsv"):
        entry = gaz.by_qid(qid)
        assert entry is not None and entry.subtype == "CITY" and entry.name == russian, (cc, english)


def test_no_dr5hn_city_qid_is_shipped(gaz):
    """dr5hn city QIDs are shifted between rows; only curated or NEREL-linked city QIDs may appear."""
    bishkek_wrong = "Q816163"  # dr5hn's Bishkek, which is Belovodskoye's item
    assert gaz.by_qid(bishkek_wrong) is None
    assert gaz.by_qid("Q9361").name == "Бишкек"


def test_shipped_files_are_small_and_plain():
    files = [p for p in GAZETTEER.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 5_000_000
    assert not [p for p in files if p.suffix in (".pkl", ".pickle", ".npy")]
    notice = (GAZETTEER / "NOTICE.md").read_text(encoding="utf-8")
    for source in ("GeoNames", "CC BY 4.0", "supraverden", "CC BY-SA 4.0", "ODbL", "LGPL", "Wikidata", "NEREL"):
        assert source in notice


@pytest.mark.slow
def test_build_on_a_slice_writes_every_file(tmp_path):
    build = load_build_script()
    counts = build.build(SHARED, tmp_path, min_population=2_000_000, near_min_population=500_000)
    for name in ("entities.tsv", "cities.tsv", "adjectives.tsv", "compound_prefixes.tsv", "titles.tsv", "NOTICE.md"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert counts["cities"] < 2_000
    small = Gazetteer(tmp_path)
    assert small.lookup("Пекине")[0].qid == "Q956"
    assert small.country("RUS").qid == "Q159"


def test_a_single_nerel_link_counts_for_a_proper_name_not_for_a_common_word():
    build = load_build_script()
    assert build.common_word("Суда") and build.common_word("Правительство")
    assert not build.common_word("Лукойла") and not build.common_word("МГИМО")
    assert not build.common_word("Коммунистической партии Китая")


def test_a_place_linked_once_does_not_shadow_the_sources_place():
    build = load_build_script()
    known = {k for k in build.index_keys("Шотландия")}
    once = build.Item(ident="x", qid="Q34044", name="Шотландией", type="LOC", subtype="COUNTRY",
                      names={"Шотландией"}, prominence=build.RANK_NEREL)
    assert build.shadows(once, known)
    once.prominence = 11 * build.RANK_NEREL  # Кембридж: linked over and over, it stands beside the source's
    assert not build.shadows(once, known)


def test_shipped_gazetteer_keeps_one_scotland_and_moscow_has_no_police_name():
    gaz = Gazetteer.default()
    assert {e.qid for e in gaz.lookup("Шотландии")} == {"Q22"}
    assert all(e.qid != "Q649" for e in gaz.lookup("ГИБДД Москвы"))


def test_a_team_nerel_also_tagged_as_its_country_is_a_body_not_a_country():
    gaz = Gazetteer.default()
    assert gaz.by_qid("Q164089").type == "ORG"  # сборная Мексики по футболу
    assert [e.qid for e in gaz.lookup("Мексики") if e.subtype == "COUNTRY"] == ["Q96"]


def test_natural_earth_regions_carry_qids_country_and_every_case(gaz):
    bashkortostan = [e for e in gaz.lookup("Башкортостане") if e.subtype == "REGION"]
    assert [(e.qid, e.country) for e in bashkortostan] == [("Q5710", "RUS")]
    assert gaz.lookup("Республики Башкортостан")[0].qid == "Q5710"
    assert gaz.lookup("Гессена")[0].qid == "Q1199" and gaz.lookup("Гессена")[0].subtype == "REGION"


def test_natural_earth_altai_defect_is_fixed(gaz):
    """NE puts the Altai Republic's QID and label on Altai Krai's row too (PROVENANCE.md)."""
    assert gaz.by_qid("Q5942").name == "Алтайский край"
    assert gaz.lookup("Алтайского края")[0].qid == "Q5942"
    assert gaz.lookup("Республике Алтай")[0].qid == "Q5971"
    build = load_build_script()
    regions = build.natural_earth_regions(SOURCES, build.load_countries(SOURCES, []))
    assert sorted(r.name for r in regions if r.qid in ("Q5971", "Q5942")) == ["Алтайский край", "Республика Алтай"]
    assert not [r for r in regions if r.qid == "Q108037"]  # one QID on 21 Latvian municipalities: none trusted


def test_natural_earth_cities_join_geonames_by_id(gaz):
    for mention, qid in (("Барнауле", "Q6014"), ("Усть-Каменогорска", "Q162548"), ("Севастополе", "Q7525")):
        cities = [e for e in gaz.lookup(mention) if e.subtype == "CITY"]
        assert cities and cities[0].qid == qid, mention


def test_a_region_named_like_a_big_city_of_its_country_ranks_below_it(gaz):
    assert gaz.lookup("Женеве")[0].subtype == "CITY"
    assert [e.subtype for e in gaz.lookup("Калифорнии")][:1] == ["REGION"]


def test_region_short_names_and_adjectives():
    build = load_build_script()
    assert build.short_region_name("Республика Башкортостан") == "Башкортостан"
    assert build.short_region_name("Чеченская Республика") is None
    assert {"калифорнийский"} <= build.region_adjectives("Калифорния")
    assert build.region_adjectives("Мордовия") == {"мордовский"}


def test_legislator_names_in_every_order_the_table_gives():
    build = load_build_script()
    assert build.name_parts("Абалаков Александр Николаевич", surname_first=True) == ("Абалаков", "Александр", "Николаевич")
    assert build.name_parts("Азат Турлыбекулы Перуашев", surname_first=False) == ("Перуашев", "Азат", "Турлыбекулы")
    assert build.name_parts("Алиева, Мехрибан Ариф кызы", surname_first=False) == ("Алиева", "Мехрибан", "Ариф кызы")
    assert build.name_parts("Юрий Лянкэ", surname_first=False) == ("Лянкэ", "Юрий", None)
    assert build.name_parts("Георгий (Кравченко)", surname_first=False) is None


def test_bodies_get_country_and_role_where_their_name_or_nerel_says_so(gaz):
    exchange = gaz.lookup("Нью-Йоркской фондовой биржи")[0]
    assert (exchange.qid, exchange.actor) == ("Q13677", "USABUS")
    assert gaz.by_qid("Q49088").country == "USA"  # Колумбийский университет: NEREL's link, not the adjective
    assert gaz.by_qid("Q183219").actor is None  # Международный трибунал по бывшей Югославии


def test_a_body_role_comes_from_its_head_noun():
    build = load_build_script()
    roles = build.body_roles()
    assert build.body_role("Российская академия наук", roles) == "EDU"
    assert build.body_role("Верховный суд Украины", roles) == "JUD"
    assert build.body_role("Комиссия по ценным бумагам и биржам", roles) is None


def test_regions_named_by_a_compass_word_or_a_personal_name_are_not_taken_from_natural_earth(gaz):
    assert not [e for e in gaz.lookup("Южного округа") if e.country == "ISR"]
    assert not [e for e in gaz.lookup("Марсе") if e.country == "MLT"]
    assert not [e for e in gaz.lookup("Бристоле") if e.subtype == "REGION"]  # the city's name


def test_a_generic_head_takes_the_role_of_a_domain_word_in_the_name():
    build = load_build_script()
    roles = build.body_roles()
    assert build.body_role("Служба безопасности Украины", roles) == "SPY"
    assert build.body_role("Комитет государственной безопасности СССР", roles) == "SPY"
    assert build.body_role("Федеральная налоговая служба", roles) == "GOV"
    assert build.body_role("Следственный комитет Российской Федерации", roles) == "JUD"
    assert build.body_role("Духовное управление мусульман", roles) == "REL"
    assert build.body_role("Центральное телеграфное агентство Кореи", roles) == "MED"
    assert build.body_role("Правозащитный центр «Мемориал»", roles) == "NGO"
    assert build.body_role("Главное разведывательное управление", roles) == "SPY"  # главное: also a noun
    assert build.body_role("Главное управление МВД России по городу Москве", roles) == "COP"  # the ministry's
    assert build.body_role("Олимпийский комитет России", roles) is None  # a committee of no known kind
    assert build.body_role("Большой театр", roles) is None


def test_what_a_text_calls_a_body_in_apposition_is_its_role():
    build = load_build_script()
    roles = build.body_roles()

    def role(text: str, name: str) -> str | None:
        start = text.index(name)
        return build.descriptor_role(text, start, start + len(name), roles)

    assert role("Акции компании «Газпром» выросли на 3 %.", "Газпром") == "BUS"
    assert role("Об этом сообщил телеканал NBC со ссылкой на источники.", "NBC") == "MED"
    assert role("Депутаты от партии Единая Россия поддержали закон.", "Единая Россия") == "PTY"
    # a noun before a genitive names another body: the academy is no General Staff
    assert role("Он окончил академию Генштаба в 1990 году.", "Генштаба") is None


def test_named_bodies_get_the_role_nerel_texts_give_them(gaz):
    assert gaz.by_qid("Q2283").actor == "USABUS"  # Майкрософт
    assert gaz.by_qid("Q151469").actor == "RUSPTY"  # Единая Россия
    assert gaz.by_qid("Q102673").actor == "RUSBUS"  # Газпром
    assert gaz.by_qid("Q80919").actor == "SUNSPY"  # Комитет государственной безопасности СССР
