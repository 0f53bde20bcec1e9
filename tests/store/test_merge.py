from __future__ import annotations

import duckdb
import pytest

from chronicle_stories import (
    china_visit_kazpravda,
    china_visit_tass,
    lavrov_fidan,
    lavrov_fidan_accord,
    lavrov_fidan_thanks,
    mirziyoyev_announced,
    mirziyoyev_arrived,
    russia_visit,
)
from khronika.link.actors import actor_key
from khronika.store import connect
from khronika.store.reader import event_story
from khronika.store.writer import store_analysed


@pytest.fixture
def con(tmp_path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "chronicle.duckdb")
    yield con
    con.close()


def events(con):
    return con.execute("SELECT event_id, modality, source_key, target_key, num_mentions, num_articles, num_sources, "
                       "time_start, first_seen, last_seen FROM events ORDER BY event_id").fetchall()


def test_same_visit_in_two_articles_is_one_event_with_two_mentions(con):
    store_analysed([china_visit_tass(), china_visit_kazpravda()], con)
    rows = events(con)
    assert len(rows) == 1
    _, modality, source, target, mentions, articles, sources, day, first, last = rows[0]
    assert (modality, source, target, mentions, articles, sources) == ("factual", "Q200881", "Q148", 2, 2, 2)
    assert (str(day), str(first), str(last)) == ("2025-09-02", "2025-09-02", "2025-09-03")
    story = event_story(con, rows[0][0])
    assert [m["trigger_text"] for m in story.mentions] == ["прибыл с официальным визитом", "посетил"]
    assert "посетил Китай" in story.mentions[1]["sentence"]
    # the second report adds the place the first one left out
    assert story.event["location_qid"] == "Q956"


def test_two_visits_to_the_same_country_a_month_apart_stay_two_events(con):
    store_analysed([russia_visit("2025-10-05", "2025-10-05", "ria-oct"),
                    russia_visit("2025-11-12", "2025-11-12", "ria-nov")], con)
    rows = events(con)
    assert len(rows) == 2
    assert [str(r[7]) for r in rows] == ["2025-10-05", "2025-11-12"]
    assert all(r[4] == 1 for r in rows)


def test_announced_visit_is_realized_by_the_later_report(con):
    store_analysed([mirziyoyev_announced(), mirziyoyev_arrived()], con)
    rows = events(con)
    assert [r[1] for r in rows] == ["planned", "factual"]
    planned, factual = rows[0][0], rows[1][0]
    assert con.execute("SELECT event_id, relation, other_id FROM event_links").fetchall() == [
        (factual, "realizes", planned)]
    assert [e["event_id"] for e in event_story(con, planned).realized_by] == [factual]


def test_report_ingested_before_its_announcement_is_still_linked(con):
    store_analysed([mirziyoyev_arrived()], con)
    store_analysed([mirziyoyev_announced()], con)
    assert con.execute("SELECT count(*) FROM event_links").fetchall()[0][0] == 1


def test_a_plan_announced_after_the_fact_does_not_realize_it(con):
    late_plan = mirziyoyev_announced()
    late_plan.published = "2025-10-20"
    store_analysed([mirziyoyev_arrived(), late_plan], con)
    assert con.execute("SELECT count(*) FROM event_links").fetchall()[0][0] == 0


def test_talks_reported_with_the_actors_swapped_merge(con):
    store_analysed([lavrov_fidan("tass-talks", "tass.ru"), lavrov_fidan("aa-talks", "aa.com.tr", swapped=True)], con)
    assert [r[4] for r in events(con)] == [2]


def test_an_accord_reported_with_the_actors_swapped_merges(con):
    # 019 is reciprocal in the codebook (root 01, outside the 04-06 the merger once hard-coded).
    store_analysed([lavrov_fidan_accord("tass-accord", "tass.ru"),
                    lavrov_fidan_accord("aa-accord", "aa.com.tr", swapped=True)], con)
    assert [r[4] for r in events(con)] == [2]


def test_praise_the_other_way_round_is_another_event(con):
    # 051 is one-sided in the codebook, though its root 05 was once taken as symmetric whole.
    store_analysed([lavrov_fidan_thanks("tass-thanks", "tass.ru"),
                    lavrov_fidan_thanks("aa-thanks", "aa.com.tr", swapped=True)], con)
    assert [r[4] for r in events(con)] == [1, 1]


def test_new_articles_merge_into_stored_events(con):
    store_analysed([china_visit_tass()], con)
    store_analysed([china_visit_kazpravda()], con)
    assert [(r[4], r[5]) for r in events(con)] == [(2, 2)]


def test_merging_does_not_depend_on_batch_boundaries(tmp_path):
    from chronicle_stories import all_stories
    from khronika.store import TABLES

    dumps = []
    for size in (1, 3, 100):
        con = connect(tmp_path / f"batch-{size}.duckdb")
        store_analysed(all_stories(), con, commit_every=size)
        dumps.append({t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES})
        con.close()
    assert dumps[0] == dumps[1] == dumps[2]
    assert len(dumps[0]["events"]) == 6


def test_a_reprint_under_another_id_is_skipped(con):
    reprint = china_visit_tass()
    reprint.id = "mirror-of-tass"
    assert store_analysed([china_visit_tass(), reprint], con) == 1
    assert con.execute("SELECT count(*) FROM mentions").fetchall()[0][0] == 1


def test_mentions_without_a_known_source_never_merge(con):
    first, second = china_visit_tass(), china_visit_kazpravda()
    for article in (first, second):
        article.events[0].source = None
    store_analysed([first, second], con)
    assert [r[4] for r in events(con)] == [1, 1]


def test_a_visit_and_its_hosting_told_from_the_other_side_merge(con):
    from chronicle_stories import KAZAKHSTAN, MIRZIYOYEV, article, event

    hosted = article("akorda-2025-10-03-hosts", (
        "Казахстан принял Президента Узбекистана\n"
        "Казахстан 3 октября принял с государственным визитом Президента Узбекистана Шавката Мирзиёева."),
        "2025-10-03", "akorda.kz", lambda t: [
            event(t, "043", "принял с государственным визитом", KAZAKHSTAN, MIRZIYOYEV,
                  time=("3 октября", "2025-10-03", "2025-10-03", "day"))])
    store_analysed([mirziyoyev_arrived(), hosted], con)
    assert [(r[2], r[3], r[4]) for r in events(con)] == [("Q1285474", "Q232", 2)]


# Four different things Putin did, each from an undated article in factRuEval's style: a phone call,
# talks, a meeting with the government, a discussion by phone. Each has Putin as its only side, a
# CAMEO 04 code and no time: the actors, root and (absent) time all match.
PUTIN_UNDATED = [
    "Владимир Путин провёл телефонный разговор.",
    "Владимир Путин провёл переговоры в Кремле.",
    "Президент России Владимир Путин провёл совещание по экономическим вопросам.",
    "Путин обсудил ситуацию на Украине по телефону.",
]


def test_undated_events_without_a_target_from_different_articles_stay_apart(con, pipeline):
    from khronika.model import Article

    articles = [pipeline(Article(id=f"putin-{i}", text=text)) for i, text in enumerate(PUTIN_UNDATED)]
    assert [(actor_key(e.source), e.target, e.time.value_start) for a in articles for e in a.events] == [("Q7747", None, None)] * 4
    store_analysed(articles, con)
    assert [r[4] for r in events(con)] == [1, 1, 1, 1]


def test_undated_events_without_a_target_in_one_article_still_merge(con, pipeline):
    from khronika.model import Article

    article = pipeline(Article(id="putin", text=" ".join(PUTIN_UNDATED[::3])))
    assert len(article.events) == 2
    store_analysed([article], con)
    assert [r[4] for r in events(con)] == [2]


def test_events_without_time_or_target_merge_on_the_same_code_place_and_days(con, pipeline):
    from khronika.model import Article

    texts = {8: "Владимир Путин провёл переговоры в Сочи.", 9: "В Сочи Владимир Путин провёл переговоры."}
    told = [pipeline(Article(id=f"sochi-{day}", text=text, published=f"2025-09-{day:02d}")) for day, text in texts.items()]
    elsewhere = pipeline(Article(id="kremlin", text=PUTIN_UNDATED[1], published="2025-09-09"))
    for article in (*told, elsewhere):
        (event,) = article.events
        event.time = None  # extract output stored with --analysed, from a run that gave no time
    store_analysed([*told, elsewhere], con)
    assert [r[4:6] for r in events(con)] == [(2, 2), (1, 1)]
