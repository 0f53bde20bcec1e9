"""The worked example: every event, quote and time of shared/seed/expected.yaml."""

from tests.conftest import SHARED

from khronika.eval.seed import check_seed_article


def test_seed_article_passes_expected_yaml_completely(seed_article):
    results = check_seed_article(seed_article, SHARED)
    failed = [r for r in results if not r.ok]
    assert not failed, failed
    sections = {r.section for r in results}
    assert {"events", "swaps", "quotes", "times"} <= sections
    assert sum(r.section == "events" for r in results) == 18


def test_seed_events_carry_codebook_scores_and_sentences(seed_article):
    for event in seed_article.events:
        assert event.label and event.goldstein is not None and event.quad_class in (1, 2, 3, 4)
        assert seed_article.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.sentence.start <= event.trigger.start < event.sentence.end


def test_seed_events_in_quotes_point_to_them(seed_article):
    china = next(e for e in seed_article.events if e.cameo == "042" and e.target and e.target.qid == "Q148")
    quote = seed_article.quotes[china.quote]
    assert quote.start <= china.trigger.start < quote.end
    assert china.source.qid == quote.speaker.qid == "Q200881"  # "мой визит": the speaker


def test_planned_visit_time_is_the_end_of_the_year_not_a_default(seed_article):
    russia = [e for e in seed_article.events if e.cameo == "042" and e.target and e.target.qid == "Q159"
              and e.time and not e.time.defaulted]
    assert russia and russia[0].time.text == "В конце года"
    assert (russia[0].time.value_start, russia[0].time.value_end) == ("2025-10-01", "2025-12-31")
