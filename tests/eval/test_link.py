from khronika.eval.datasets.nerel import NerelDoc
from khronika.eval.gold import Mention
from khronika.eval.link import LinkScores, gold_entities, right_exact, right_overlap
from khronika.model import Entity

TEXT = "Президент США Дональд Трамп встретился в Анкоридже с Путиным."


def mention(text, label, qid, type_="PER"):
    start = TEXT.index(text)
    return Mention(start, start + len(text), type_, text, label=label, qid=qid, linked=True)


def entity(text, type_="PER", qid=None, offset=0):
    start = TEXT.index(text) + offset
    return Entity(start, start + len(text) - offset, TEXT[start : start + len(text) - offset], type_, qid=qid)


TRUMP = mention("Дональд Трамп", "PERSON", "Q22686")
NIL = mention("Анкоридже", "CITY", None, "LOC")


def test_same_span_with_the_gold_qid_is_right():
    assert right_exact(TRUMP, [entity("Дональд Трамп", qid="Q22686")])
    assert not right_exact(TRUMP, [entity("Дональд Трамп", qid="Q1124")])
    assert not right_exact(TRUMP, [])  # nothing predicted: we said null


def test_nil_is_right_only_when_we_say_null():
    assert right_exact(NIL, [])
    assert right_exact(NIL, [entity("Анкоридже", "LOC", qid=None)])
    assert not right_exact(NIL, [entity("Анкоридже", "LOC", qid="Q39450")])
    assert not right_overlap(NIL, [entity("Анкоридже", "LOC", qid="Q39450")])


def test_overlap_forgives_boundaries_but_exact_does_not():
    trimmed = entity("Дональд Трамп", qid="Q22686", offset=8)  # "Трамп" only
    assert trimmed.text == "Трамп"
    assert not right_exact(TRUMP, [trimmed])
    assert right_overlap(TRUMP, [trimmed])


def test_scores_per_type_and_all():
    doc = NerelDoc(id="d", text=TEXT, mentions=[TRUMP, NIL, mention("Путиным", "PERSON", "Q7747")])
    scores = LinkScores()
    scores.add(doc, [entity("Дональд Трамп", qid="Q22686"), entity("Путиным", qid="Q1")])
    assert (scores.exact["PERSON"].right, scores.exact["PERSON"].total) == (1, 2)
    assert (scores.exact["CITY"].right, scores.exact["CITY"].total) == (1, 1)
    assert scores.exact["ALL"].total == 3 and scores.nil["ALL"].right == 1


def test_unlinked_and_unscored_types_are_ignored():
    other = Mention(0, 9, "PER", "Президент", label="PROFESSION", qid="Q30461", linked=True)
    unlinked = Mention(TRUMP.start, TRUMP.end, "PER", TRUMP.text, label="PERSON")
    scores = LinkScores()
    scores.add(NerelDoc(id="d", text=TEXT, mentions=[other, unlinked]), [])
    assert scores.exact["ALL"].total == 0


def test_gold_entities_carry_our_types_and_subtypes():
    doc = NerelDoc(id="d", text=TEXT, mentions=[NIL, TRUMP])
    doc.mentions[0] = Mention(NIL.start, NIL.end, "LOC", NIL.text, label="CITY", linked=True)
    entities = gold_entities(doc)
    assert [(e.text, e.type, e.subtype) for e in entities] == [
        ("Дональд Трамп", "PER", None),
        ("Анкоридже", "LOC", "CITY"),
    ]


def test_a_missing_link_component_is_named(monkeypatch):
    import pytest

    from khronika import registry
    from khronika.eval.link import gold_span_runner

    monkeypatch.delitem(registry.REGISTRY, "link", raising=False)
    monkeypatch.setitem(registry.BUILTIN_MODULES, "link", "khronika.link.no_such_linker")
    with pytest.raises(ImportError, match="no_such_linker"):
        gold_span_runner(["natasha"])


def test_gold_span_mode_hands_gold_mentions_with_normal_forms_to_the_linker(monkeypatch):
    """A stand-in linker that knows two names by their normal forms: only gold mentions reach it."""
    from dataclasses import replace

    from khronika import registry
    from khronika.eval.datasets.nerel import NerelDoc
    from khronika.eval.link import evaluate_gold_spans, gold_span_runner

    seen = []

    class TwoNameLinker:
        def __call__(self, docs):
            for doc in docs:
                for e in doc.entities:
                    seen.append((e.text, e.normal, e.subtype))
                    e.qid = {"США": "Q30", "Москва": "Q649"}.get(e.normal)

    link = registry.component_meta("link")  # the stand-in declares what the linker does
    monkeypatch.setitem(registry.REGISTRY, "link", replace(link, factory=TwoNameLinker))
    text = "Госсекретарь США прибыл в Москву. Посол Соединённых Штатов встретился с министром."
    usa = Mention(text.index("США"), text.index("США") + 3, "LOC", "США", label="COUNTRY", qid="Q30", linked=True)
    states = "Соединённых Штатов"
    long = Mention(
        text.index(states), text.index(states) + len(states), "LOC", states, label="COUNTRY", qid="Q30", linked=True
    )
    moscow = Mention(
        text.index("Москву"), text.index("Москву") + 6, "LOC", "Москву", label="CITY", qid="Q649", linked=True
    )
    doc = NerelDoc(id="d", text=text, mentions=[usa, moscow, long])
    scores = evaluate_gold_spans(gold_span_runner().run([doc]))
    assert ("Москву", "Москва", "CITY") in seen
    assert {t for t, _, _ in seen} == {"США", "Москву", "Соединённых Штатов"}
    assert (scores.exact["COUNTRY"].right, scores.exact["COUNTRY"].total) == (1, 2)
    assert (scores.exact["CITY"].right, scores.exact["CITY"].total) == (1, 1)


def test_place_mentions_are_also_counted_by_form():
    text = "Британский премьер прибыл в Лондон."
    adjective = Mention(0, 10, "LOC", "Британский", label="COUNTRY", qid="Q145", linked=True)
    city = Mention(
        text.index("Лондон"), text.index("Лондон") + 6, "LOC", "Лондон", label="CITY", qid="Q84", linked=True
    )
    doc = NerelDoc(id="d", text=text, mentions=[adjective, city])
    scores = LinkScores()
    scores.add(doc, [Entity(city.start, city.end, "Лондон", "LOC", qid="Q84")])
    assert scores.exact["COUNTRY adjectives"].total == 1 and scores.exact["COUNTRY adjectives"].right == 0
    assert scores.exact["CITY names"].right == 1 and scores.exact["COUNTRY names"].total == 0


def test_ceiling_counts_nils_and_qids_the_gazetteer_holds():
    doc = NerelDoc(id="d", text=TEXT, mentions=[TRUMP, NIL, mention("Путиным", "PERSON", "Q7747")])
    scores = LinkScores(known={"Q22686"}.__contains__)
    scores.add(doc, [])
    assert (scores.ceiling["PERSON"].right, scores.ceiling["PERSON"].total) == (1, 2)
    assert (scores.ceiling["CITY"].right, scores.ceiling["CITY"].total) == (1, 1)
    assert "ceiling" in scores.as_dict() and "ceiling" not in LinkScores().as_dict()


def test_regions_are_scored_in_a_row_of_their_own():
    text = "Глава Башкортостана прилетел в Уфу."
    start = text.index("Башкортостана")
    region = Mention(start, start + 13, "LOC", "Башкортостана", label="STATE_OR_PROVINCE", qid="Q5710", linked=True)
    scores = LinkScores()
    scores.add(NerelDoc(id="d", text=text, mentions=[region]), [Entity(start, start + 13, region.text, "LOC", qid="Q5710")])
    assert (scores.exact["STATE_OR_PROVINCE"].right, scores.exact["STATE_OR_PROVINCE"].total) == (1, 1)
