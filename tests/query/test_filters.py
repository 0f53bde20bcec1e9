from __future__ import annotations

from datetime import date

from khronika.query.filters import Filters, find_events


def ids(con, **filters) -> list[tuple[str, str]]:
    return [(r["source_key"], str(r["date"])) for r in find_events(con, Filters(**filters))]


def test_actor_by_qid_code_and_russian_name_in_any_case(con):
    tokayev = [("Q200881", "2025-09-02"), ("Q200881", "2025-10-05"), ("Q200881", "2025-11-12")]
    assert ids(con, actor="Q200881") == tokayev
    assert ids(con, actor="KAZGOV") == tokayev
    assert ids(con, actor="KAZ") == tokayev
    assert ids(con, actor="Токаева") == tokayev  # genitive
    assert ids(con, actor="касым-жомарт токаев") == tokayev
    assert ids(con, actor="Мирзиёевым") == [("Q1285474", "2025-10-01"), ("Q1285474", "2025-10-03")]
    assert ids(con, actor="Путин") == []


def test_target_code_modality_and_dates(con):
    assert ids(con, target="Россию") == [("Q200881", "2025-10-05"), ("Q200881", "2025-11-12")]
    assert ids(con, code="046") == [("Q7486", "2025-09-07")]
    assert len(ids(con, code="04")) == 6
    assert ids(con, modality="planned") == [("Q1285474", "2025-10-01")]
    assert ids(con, date_from=date(2025, 10, 4), date_to=date(2025, 10, 31)) == [
        ("Q1285474", "2025-10-01"), ("Q200881", "2025-10-05")]
    assert ids(con, date_from=date(2025, 10, 11)) == [("Q200881", "2025-11-12")]
    # an interval overlapping the range counts: the planned visit runs 1-10 October
    assert ("Q1285474", "2025-10-01") in ids(con, date_from=date(2025, 10, 9))


def test_place_and_news_source(con):
    assert ids(con, place="Пекине") == [("Q200881", "2025-09-02")]
    assert ids(con, place="Q1520") == [("Q1285474", "2025-10-03")]
    assert ids(con, source="kazpravda.kz") == [("Q200881", "2025-09-02")]
    assert ids(con, source="aa.com.tr") == [("Q7486", "2025-09-07")]


def test_filters_combine_and_limit(con):
    assert ids(con, actor="Токаев", place="Москва", date_from=date(2025, 11, 1)) == [("Q200881", "2025-11-12")]
    assert len(ids(con, limit=2)) == 2
