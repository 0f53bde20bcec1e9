"""The questions the web pages ask of the query layer: counts, pages, words in the sentence, an
article's annotations, an actor's partners and plans, places and the heaviest links."""

from __future__ import annotations

from datetime import date

from khronika.query.article import article_view
from khronika.query.filters import Filters, count_by, count_events, find_events
from khronika.query.network import actor_graph
from khronika.query.places import event_points
from khronika.query.profile import exact, partners, plans_ahead
from khronika.query.timeline import timeline


def test_counts_agree_with_the_events_found(con):
    assert count_events(con, Filters()) == len(find_events(con, Filters())) == 6
    assert count_events(con, Filters(actor="Токаева")) == 3
    assert count_by(con, Filters(), "root") == [("04", 6)]
    assert count_by(con, Filters(), "modality") == [("factual", 5), ("planned", 1)]
    assert count_by(con, Filters(code="046"), "modality") == [("factual", 1)]


def test_pages_cut_the_same_order(con):
    everything = [r["event_id"] for r in find_events(con, Filters())]
    pages = [[r["event_id"] for r in find_events(con, Filters(limit=4, offset=at))] for at in (0, 4)]
    assert pages[0] + pages[1] == everything and len(pages[1]) == 2


def test_words_in_the_sentence_of_any_mention(con):
    # 'Глава государства' is in the kazpravda mention only, merged into Tokayev's visit to China
    assert [str(r["date"]) for r in find_events(con, Filters(text="глава ГОСУДАРСТВА"))] == ["2025-09-02"]
    assert [r["source_key"] for r in find_events(con, Filters(text="мирзиёев"))] == ["Q1285474"] * 2  # ё folded
    assert find_events(con, Filters(text="'; DROP TABLE events; --")) == []


def test_an_article_with_its_mentions(con):
    view = article_view(con, "tass-2025-09-02-tokayev")
    assert view is not None and view.article["text"].startswith("Токаев прибыл в Пекин")
    assert [m["cameo"] for m in view.mentions] == ["042"]
    trigger = view.mentions[0]
    assert view.article["text"][trigger["trigger_start"]:trigger["trigger_end"]] == trigger["trigger_text"]
    assert article_view(con, "no-such-article") is None


def test_an_actor_profile(con):
    assert [(p["key"], p["events"]) for p in partners(con, "Q200881")] == [("Q159", 2), ("Q148", 1)]
    assert [p["key"] for p in partners(con, "Q232")] == ["Q1285474"]  # either side
    assert [str(p["date"]) for p in plans_ahead(con, "Q1285474", date(2025, 9, 1))] == ["2025-10-01"]
    assert plans_ahead(con, "Q1285474", date(2025, 10, 2)) == []
    months = timeline(con, exact("Q200881"), "month")
    assert [(m["period"], m["events"], m["material_cooperation"] + m["verbal_cooperation"]) for m in months] == [
        ("2025-09", 1, 1), ("2025-10", 1, 1), ("2025-11", 1, 1)]


def test_places_and_the_heaviest_links(con):
    assert all(p["lat"] is not None for p in event_points(con, Filters(), 100))
    assert len(event_points(con, Filters(), 1)) <= 1
    heaviest = actor_graph(con, top=2)  # two visits each: Tokayev to Russia, Mirziyoyev to Kazakhstan
    assert sorted(heaviest.edges) == [("Q1285474", "Q232"), ("Q200881", "Q159")]
    assert len(actor_graph(con, top=1).edges) == 1
    assert actor_graph(con).number_of_edges() == 4
