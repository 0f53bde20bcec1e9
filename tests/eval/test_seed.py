import pytest
from tests.conftest import SHARED

from khronika.eval.datasets.seed import country_codes, read_seed
from khronika.eval.seed import check_seed
from khronika.model import Actor, Article, Entity, Event, Location, MentionRef, Quote, SentenceRef, TextSpan, Time

TEXT = "Токаев примет в Астане президента Азербайджана. «Мы рады гостям», – сказал Президент."
COUNTRIES = {"Q227": "AZE", "Q232": "KAZ"}
EXPECTED = {
    "entities": [{"text": "Астане", "type": "LOC", "qid": "Q1520"}],
    "not_entities": ["Президент"],
    "events": [{"source": "Q200881", "cameo": "043", "target": "Q227", "modality": "planned", "location": "Q1520"}],
    "quotes": [{"starts_with": "Мы рады", "speaker": "Q200881", "cue": "сказал"}],
    "times": [],
}


def span(text):
    start = TEXT.index(text)
    return start, start + len(text)


def tokayev(code="KAZGOV"):
    return Actor(name="Токаев", qid="Q200881", code=code, country="KAZ", mention=MentionRef(*span("Токаев")))


def azerbaijan_leader():
    return Actor(name="президент Азербайджана", code="AZEGOV", country="AZE", mention=MentionRef(*span("Азербайджана")))


def visit(source, target, cameo="043"):
    astana = Location("Астане", *span("Астане"), qid="Q1520")
    return Event(
        cameo, "", source, target, "planned", TextSpan("примет", *span("примет")), SentenceRef(0, 47), location=astana
    )


def article(events):
    a = Article(id="t", text=TEXT, published="2025-09-08")
    a.entities = [
        Entity(*span("Астане"), "Астане", "LOC", qid="Q1520"),
        Entity(*span("Токаев"), "Токаев", "PER", qid="Q200881"),
    ]
    a.events = events
    a.quotes = [
        Quote(*span("Мы рады гостям"), "Мы рады гостям", speaker=tokayev(), cue=TextSpan("сказал", *span("сказал")))
    ]
    return a


def by_section(results):
    return {r.section: r.ok for r in results}


def test_a_correct_reading_passes_every_item():
    results = check_seed(article([visit(tokayev(), azerbaijan_leader())]), EXPECTED, COUNTRIES)
    assert all(r.ok for r in results), [r for r in results if not r.ok]
    assert set(by_section(results)) == {"entities", "not_entities", "events", "swaps", "quotes"}


def test_country_qid_matches_its_leader_and_kazgov_matches_tokayev():
    no_qid = Actor(name="Президент", code="KAZGOV", country="KAZ")
    results = check_seed(article([visit(no_qid, azerbaijan_leader())]), EXPECTED, COUNTRIES)
    assert by_section(results)["events"]


def test_a_swapped_event_fails_twice():
    results = check_seed(article([visit(azerbaijan_leader(), tokayev())]), EXPECTED, COUNTRIES)
    sections = by_section(results)
    assert not sections["events"] and not sections["swaps"]


def test_either_direction_accepts_a_swap():
    expected = dict(EXPECTED, events=[dict(EXPECTED["events"][0], either_direction=True)])
    results = check_seed(article([visit(azerbaijan_leader(), tokayev())]), expected, COUNTRIES)
    assert by_section(results)["events"] and "swaps" not in by_section(results)


def test_root_code_and_longer_code():
    root = dict(EXPECTED, events=[dict(EXPECTED["events"][0], cameo="04")])
    assert by_section(check_seed(article([visit(tokayev(), azerbaijan_leader(), cameo="0431")]), root, COUNTRIES))[
        "events"
    ]
    assert not by_section(
        check_seed(article([visit(tokayev(), azerbaijan_leader(), cameo="042")]), EXPECTED, COUNTRIES)
    )["events"]


def test_title_tagged_as_person_and_unlinked_entity_fail():
    a = article([])
    a.entities = [Entity(*span("Президент"), "Президент", "PER"), Entity(*span("Астане"), "Астане", "LOC")]
    results = {r.section: r for r in check_seed(a, EXPECTED, COUNTRIES)}
    assert not results["not_entities"].ok and not results["entities"].ok


def test_time_within():
    expected = dict(EXPECTED, times=[{"text": "на днях", "within": ["2025-08-25", "2025-09-08"]}])
    a = article([])
    a.times = [Time("на днях", 0, 7, value_start="2025-09-01", value_end="2025-09-08")]
    assert by_section(check_seed(a, expected, COUNTRIES))["times"]
    a.times = [Time("на днях", 0, 7, value_start="2025-09-01", value_end="2025-09-10")]
    assert not by_section(check_seed(a, expected, COUNTRIES))["times"]


@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="shared seed not present")
def test_reads_the_real_seed_and_country_codes():
    seed = read_seed(SHARED)
    assert seed.article.published == "2025-09-08" and seed.article.source == "kazpravda.kz"
    assert len(seed.expected["events"]) == 18 and len(seed.expected["quotes"]) == 3
    codes = country_codes(SHARED)
    assert codes["Q227"] == "AZE" and codes["Q30"] == "USA"


@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="shared seed not present")
def test_check_seed_article_reads_expectations_itself():
    from khronika.eval.seed import check_seed_article

    seed = read_seed(SHARED)
    results = check_seed_article(seed.article, SHARED)  # nothing extracted: every positive item fails
    expected = seed.expected
    assert (
        len(results) == len(expected["entities"]) + len(expected["not_entities"]) + len(expected["events"]) + 14 + 3 + 3
    )
    assert not any(r.ok for r in results if r.section in ("entities", "events", "quotes", "times"))
    assert all(r.ok for r in results if r.section in ("not_entities", "swaps"))
