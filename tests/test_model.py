from khronika.model import Actor, Article, Entity, Event, MentionRef, SentenceRef, TextSpan, Time


def test_article_round_trips_through_dict():
    article = Article(id="a", text="Токаев посетил Москву.", published="2025-09-08")
    article.entities.append(Entity(0, 6, "Токаев", "PER", normal="Токаев", qid="Q200881", actor="KAZGOV"))
    source = Actor("Токаев", qid="Q200881", code="KAZGOV", country="KAZ", role="GOV", mention=MentionRef(0, 6))
    article.events.append(
        Event(
            cameo="042", label="Make a visit", source=source, target=Actor("Россия", qid="Q159", code="RUS"),
            modality="factual", trigger=TextSpan("посетил", 7, 14), sentence=SentenceRef(0, 22),
            time=Time("вчера", None, None, "2025-09-07", "2025-09-07", "day"),
        )
    )
    data = article.to_dict()
    assert data["events"][0]["root"] == "04"
    again = Article.from_dict(data)
    assert again.events[0].source.mention == MentionRef(0, 6)
    assert again.events[0].time.value_start == "2025-09-07"
    assert again.to_dict() == data


def test_failure_and_warning_set_status():
    article = Article(id="a", text="x")
    article.warn("text truncated")
    assert article.status == "partial"
    article.fail("broken")
    assert article.status == "failed" and article.errors == ["text truncated", "broken"]
