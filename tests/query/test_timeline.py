from __future__ import annotations

from khronika.query.timeline import timeline


def test_timeline_counts_events_per_month_and_day_on_either_side(con):
    by_month = [(r["period"], r["events"]) for r in timeline(con, "Токаев", "month")]
    assert by_month == [("2025-09", 1), ("2025-10", 1), ("2025-11", 1)]
    kazakhstan = timeline(con, "Q232", "day")  # a target: the Uzbek visits
    assert [(r["period"], r["planned"], r["factual"]) for r in kazakhstan] == [("2025-10-01", 1, 0), ("2025-10-03", 0, 1)]
