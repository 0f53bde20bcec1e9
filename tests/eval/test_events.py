from khronika.eval.datasets.factru import Argument as FactArgument
from khronika.eval.datasets.factru import Fact, FactruDoc
from khronika.eval.datasets.factru import Object as FactObject
from khronika.eval.datasets.factru import Span as FactSpan
from khronika.eval.datasets.nerel import Annotation, NerelDoc, Relation
from khronika.eval.events import FactScores, NerelEventScores, TriggerLexicon, gold_events, is_deal, is_meeting
from khronika.model import Actor, Event, Location, MentionRef, SentenceRef, TextSpan, Time

TEXT = "Барак Обама принимает в Белом доме Николя Саркози. Обама и Саркози обсудили экономику."


def at(text, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def actor(text, nth=0, qid=None):
    start, end = at(text, nth)
    return Actor(name=text, qid=qid, mention=MentionRef(start, end))


def event(cameo, source, target, trigger="принимает", **extra):
    start, end = at(trigger)
    return Event(cameo, "", source, target, "factual", TextSpan(trigger, start, end), SentenceRef(0, 50), **extra)


def factru_doc():
    doc = FactruDoc(id="book_x", text=TEXT)
    spans = {
        "1": FactSpan("1", "name", *at("Барак")),
        "2": FactSpan("2", "surname", *at("Обама")),
        "3": FactSpan("3", "surname", *at("Обама", 1)),
        "4": FactSpan("4", "name", *at("Николя Саркози")),
        "5": FactSpan("5", "surname", *at("Саркози", 1)),
    }
    doc.spans = spans
    doc.objects = {
        "o1": FactObject("o1", "Person", (spans["1"], spans["2"])),
        "o2": FactObject("o2", "Person", (spans["3"],)),
        "o3": FactObject("o3", "Person", (spans["4"],)),
        "o4": FactObject("o4", "Person", (spans["5"],)),
    }
    doc.entities = {"101": ["o1", "o2"], "102": ["o3", "o4"]}
    participants = (
        FactArgument("Participant", "obj", "101", "Обама"),
        FactArgument("Participant", "obj", "102", "Саркози"),
    )
    doc.facts = [Fact("x-0", "Meeting", participants)]
    return doc


def test_code_families():
    assert is_meeting("04") and is_meeting("042") and is_meeting("036") and not is_meeting("03")
    assert is_deal("057") and is_deal("061") and not is_deal("05")


def test_one_meeting_reported_twice_counts_once():
    doc = factru_doc()
    first = event("043", actor("Обама"), actor("Саркози"))
    again = event("040", actor("Саркози", 1), actor("Обама", 1), trigger="обсудили")  # other mentions, same pair
    scores = FactScores()
    scores.add(doc, [first, again])
    meeting = scores.scores["Meeting"]
    assert (meeting.tp_pred, meeting.pred, meeting.tp_gold, meeting.gold) == (1, 1, 1, 1)
    assert scores.scores["Deal"].pred == 0


def test_a_meeting_with_the_wrong_partner_or_code_does_not_match():
    doc = factru_doc()
    scores = FactScores()
    wrong_partner = event("042", actor("Обама"), Actor(name="Меркель", qid="Q567"))
    not_a_meeting = event("057", actor("Обама"), actor("Саркози"))
    scores.add(doc, [wrong_partner, not_a_meeting])
    meeting = scores.scores["Meeting"]
    assert (meeting.tp_pred, meeting.pred, meeting.tp_gold) == (0, 1, 0)
    assert scores.scores["Deal"].pred == 1 and scores.scores["Deal"].tp_pred == 0  # no gold deal here


NEREL_TEXT = "Вчера президент посетил Париж, где подписал закон."


def nerel_doc():
    def ann(id_, label, text):
        start = NEREL_TEXT.index(text)
        return Annotation(id_, label, start, start + len(text), text, ((start, start + len(text)),))

    doc = NerelDoc(id="n", text=NEREL_TEXT)
    for a in (
        ann("T1", "EVENT", "посетил"),
        ann("T2", "CITY", "Париж"),
        ann("T3", "DATE", "Вчера"),
        ann("T4", "PROFESSION", "президент"),
        ann("T5", "EVENT", "подписал закон"),
    ):
        doc.annotations[a.id] = a
    doc.relations = [
        Relation("R1", "TAKES_PLACE_IN", "T1", "T2"),
        Relation("R2", "POINT_IN_TIME", "T1", "T3"),
        Relation("R3", "AGENT", "T4", "T1"),
    ]
    return doc


LEXICON = TriggerLexicon({"посетить": "visit", "подписать": "agreement"}, frozenset({"закон"}))


def test_gold_triggers_by_lemma_with_exclusions():
    (visit,) = gold_events(nerel_doc(), LEXICON)  # "подписал закон" is excluded
    assert visit.family == "visit" and visit.text == "посетил"
    assert {g for g, _ in visit.arguments} == {"participant", "place", "time"}


def test_trigger_recall_and_argument_scores():
    def span(text):
        start = NEREL_TEXT.index(text)
        return start, start + len(text)

    trigger = TextSpan("посетил", *span("посетил"))
    paris = Location("Париж", *span("Париж"))
    wrong_time = Time("где", *span("где"))
    source = Actor(name="президент", mention=MentionRef(*span("президент")))
    predicted = Event("042", "", source, None, "factual", trigger, SentenceRef(0, 50), location=paris, time=wrong_time)
    scores = NerelEventScores()
    scores.add(nerel_doc(), [predicted], LEXICON)
    assert scores.triggers["visit"].value == 1.0
    assert scores.arguments["place"].f1 == 1.0 and scores.arguments["participant"].f1 == 1.0
    assert scores.arguments["time"].precision == 0.0 and scores.arguments["time"].recall == 0.0
    assert scores.arguments["all"].tp_gold == 2 and scores.arguments["all"].gold == 3


def test_a_missed_trigger_loses_its_arguments():
    scores = NerelEventScores()
    scores.add(nerel_doc(), [], LEXICON)
    assert scores.triggers["visit"].value == 0.0 and scores.arguments["all"].gold == 3


def test_a_meeting_fact_needs_two_sides_and_a_visit_a_person_not_a_place():
    doc = factru_doc()
    scores = FactScores()
    alone = event("040", actor("Обама"), None)
    trip = event("042", actor("Обама"), Actor(name="Франция", qid="Q142", code="FRA", country="FRA"))
    scores.add(doc, [alone, trip])
    assert scores.scores["Meeting"].pred == 0
    scores.add(doc, [event("042", actor("Обама"), actor("Саркози"))])  # a visit to a person is a meeting
    assert scores.scores["Meeting"].tp_gold == 1
