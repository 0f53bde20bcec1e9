from __future__ import annotations

from datetime import date

from icalendar import Calendar

from khronika.query.agenda import agenda, write_ics
from khronika.query.filters import Filters


def test_agenda_lists_plans_ahead_with_their_realization(con):
    rows = agenda(con, Filters(date_from=date(2025, 9, 15)))
    assert [(r["source"], str(r["date"]), str(r["until"])) for r in rows] == [
        ("Шавкат Мирзиёев", "2025-10-01", "2025-10-10")]
    realized = con.execute("SELECT event_id FROM events WHERE modality = 'factual' AND source_key = 'Q1285474'").fetchall()[0]
    assert rows[0]["realized_by"] == realized[0]
    assert "в начале октября совершит государственный визит" in rows[0]["sentence"]
    assert agenda(con, Filters(date_from=date(2025, 10, 11))) == []


def test_ics_file_parses_as_a_calendar(con, tmp_path):
    path = tmp_path / "agenda.ics"
    write_ics(agenda(con, Filters(date_from=date(2025, 9, 1))), path)
    calendar = Calendar.from_ical(path.read_bytes())
    (visit,) = calendar.walk("VEVENT")
    assert visit.decoded("dtstart") == date(2025, 10, 1)
    assert visit.decoded("dtend") == date(2025, 10, 11)
    assert str(visit["summary"]) == "Шавкат Мирзиёев → Казахстан: Make a visit"
    assert str(visit["description"]).startswith("Состоялось")
