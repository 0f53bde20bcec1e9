"""A place's kind goes from the linker through the store to GDELT's geographic resolution column."""

from __future__ import annotations

import csv

import pytest

from khronika.export.gdelt import columns, export_gdelt
from khronika.model import Article
from khronika.store import connect
from khronika.store.writer import store_analysed


def geo_types(path) -> dict[str, int]:
    """ActionGeo_FullName -> ActionGeo_Type of every exported event."""
    names = [n for n, _ in columns("events")]
    with path.open(encoding="utf-8") as f:
        rows = [dict(zip(names, r)) for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return {r["ActionGeo_FullName"]: int(r["ActionGeo_Type"]) for r in rows if r["ActionGeo_FullName"]}

SENTENCES = {
    "region": "Президент Казахстана Касым-Жомарт Токаев прибыл с рабочим визитом в Алматинскую область.",
    "city": "Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом в Ташкент.",
    "country": "Президент Казахстана Касым-Жомарт Токаев прибыл с государственным визитом в Китай.",
    "us-state": "Министр иностранных дел России Сергей Лавров провёл переговоры с госсекретарём США в Калифорнии.",
    "us-city": "Губернатор Техаса встретился в Хьюстоне с министром энергетики Казахстана.",
}


@pytest.fixture(scope="module")
def exported(pipeline, tmp_path_factory):
    articles = [pipeline(Article(id=key, text=text, published="2025-09-02", source="example.kz"))
                for key, text in SENTENCES.items()]
    directory = tmp_path_factory.mktemp("geo")
    con = connect(directory / "store.duckdb")
    store_analysed(articles, con)
    events_path, _ = export_gdelt(con, directory / "gdelt")
    con.close()
    return articles, geo_types(events_path)


def test_the_extracted_place_says_what_kind_of_place_it_is(exported):
    articles, _ = exported
    kinds = {a.id: [e.location.subtype for e in a.events if e.location] for a in articles}
    assert kinds["region"] == ["REGION"] and kinds["city"] == ["CITY"] and kinds["country"] == ["COUNTRY"]


def test_gdelt_geo_type_follows_the_codebook(exported):
    _, by_place = exported
    # 5 WORLDSTATE, 4 WORLDCITY, 1 COUNTRY, 2 USSTATE, 3 USCITY
    assert by_place["Алматинскую область"] == 5
    assert by_place["Ташкент"] == 4
    assert by_place["Китай"] == 1
    assert by_place["Калифорнии"] == 2
    assert by_place["Хьюстоне"] == 3
