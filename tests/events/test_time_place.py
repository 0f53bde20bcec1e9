"""Each event takes the time expression that governs it, else a marked default; and its place."""

from tests.events.conftest import only


def test_governing_expression_dates_the_event(read):
    visit = only(read("Вчера Лавров посетил Анкару."), "042")[0]
    assert visit.time.text == "Вчера" and not visit.time.defaulted
    assert visit.time.value_start == visit.time.value_end == "2025-09-07"


def test_factual_default_is_on_or_before_publication(read):
    visit = only(read("Лавров посетил Анкару."), "042")[0]
    assert visit.time.defaulted and visit.time.value_end == "2025-09-08"
    assert visit.time.value_start < "2025-09-08"


def test_planned_default_is_after_publication(read):
    visit = only(read("Лавров посетит Анкару."), "042")[0]
    assert visit.modality == "planned" and visit.time.defaulted
    assert visit.time.value_start == "2025-09-08" and visit.time.value_end > "2025-09-08"


def test_no_publication_date_leaves_default_unresolved(read):
    visit = only(read("Лавров посетил Анкару.", published=None), "042")[0]
    assert visit.time.defaulted and visit.time.value_start is None


def test_place_of_a_meeting_has_coordinates(read):
    meeting = only(read("Лавров и Рубио встретились в Анкаре."), "04")[0]
    assert meeting.location.qid == "Q3640" and meeting.location.lat is not None and meeting.location.country == "TUR"


def test_visit_without_stated_place_is_at_its_destination(read):
    visit = only(read("Токаев посетил Китай."), "042")[0]
    assert visit.location.qid == "Q148"


def test_a_topic_is_not_a_place(read):
    talks = only(read("Лавров и Фидан обсудили в Москве ситуацию на Ближнем Востоке."), "04")[0]
    assert talks.location.qid == "Q649"
    assert only(read("Лавров и Фидан обсудили ситуацию на Ближнем Востоке."), "04")[0].location is None
