"""One identity for a person no table knows: the store, the timeline and the network see one man
in every article that names him, in any case, and not every official his code would lump with him."""

from __future__ import annotations

from chronicle_stories import event
from khronika.link.actors import actor_from_entity
from khronika.model import Article, Entity
from khronika.query.network import actor_graph
from khronika.query.timeline import timeline
from khronika.store import connect
from khronika.store.writer import store_analysed

NATO = ("НАТО", "Q7184", "IGONAT", None)


def lithuanian_official(text: str, mention: str, normal: str):
    """The actor linking makes of an unlinked person introduced with a Lithuanian title."""
    at = text.index(mention)
    entity = Entity(at, at + len(mention), mention, "PER", normal=normal, actor="LTUGOV", country="LTU")
    return actor_from_entity(entity)


def story(id: str, published: str, text: str, trigger: str, mention: str, normal: str) -> Article:
    found = event(text, "040", trigger, ("x", None, "X", None), NATO, target_mention="НАТО")
    found.source = lithuanian_official(text, mention, normal)
    return Article(id=id, text=text, published=published, source="delfi.lt", events=[found])


def test_an_unlinked_person_is_one_actor_across_articles(tmp_path):
    articles = [
        story("a1", "2016-03-01", "Глава МИД Литвы Линас Линкявичус провел консультации с НАТО.",
              "провел консультации", "Линас Линкявичус", "Линас Линкявичус"),
        story("a2", "2016-04-12", "Встреча с Линасом Линкявичусом прошла в штаб-квартире НАТО.",
              "Встреча", "Линасом Линкявичусом", "Линас Линкявичус"),
        story("a3", "2016-04-20", "Министр обороны Литвы Юозас Олекас провел консультации с НАТО.",
              "провел консультации", "Юозас Олекас", "Юозас Олекас"),
    ]
    con = connect(tmp_path / "chronicle.duckdb")
    store_analysed(articles, con)
    keys = [row[0] for row in con.execute("SELECT source_key FROM events ORDER BY source_key").fetchall()]
    assert keys == ["линас линкявичус|LTU", "линас линкявичус|LTU", "юозас олекас|LTU"]
    assert sum(r["events"] for r in timeline(con, "Линас Линкявичус", "month")) == 2
    assert sum(r["events"] for r in timeline(con, "Линкявичуса", "month")) == 2
    graph = actor_graph(con)
    assert graph["линас линкявичус|LTU"]["Q7184"]["weight"] == 2
    assert graph["юозас олекас|LTU"]["Q7184"]["weight"] == 1
    con.close()
