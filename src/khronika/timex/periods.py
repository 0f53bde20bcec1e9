"""Calendar periods on ``datetime.date``: intervals, month ends and shifts, the unit containing a day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from khronika.model import Precision

# The precision an interval of one whole unit carries (there is no "week" precision).
UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "approx",
    "month": "month",
    "quarter": "quarter",
    "half": "approx",
    "year": "year",
}
UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
UNIT_DAYS = {"day": 1, "week": 7}


@dataclass(frozen=True)
class Interval:
    start: date
    end: date  # inclusive
    precision: Precision


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, unit: str, amount: float) -> date:
    """``day`` moved by ``amount`` units; fractional months ("полтора месяца") are counted in days."""
    if unit in UNIT_DAYS:
        return day + timedelta(days=round(amount * UNIT_DAYS[unit]))
    months = amount * UNIT_MONTHS[unit]
    if months == int(months):
        return add_months(day, int(months))
    return day + timedelta(days=round(months * 30.4))


def month_interval(year: int, month: int) -> Interval:
    return Interval(date(year, month, 1), month_end(year, month), "month")


def months_interval(year: int, first_month: int, count: int, precision: Precision) -> Interval:
    start = date(year, 1, 1)
    first = add_months(start, first_month - 1)
    last = add_months(first, count - 1)
    return Interval(first, month_end(last.year, last.month), precision)


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def unit_period(day: date, unit: str) -> Interval:
    """The calendar day/week/month/quarter/half/year that contains ``day``."""
    if unit == "day":
        return Interval(day, day, "day")
    if unit == "week":
        monday = week_start(day)
        return Interval(monday, monday + timedelta(days=6), "approx")
    size = UNIT_MONTHS[unit]
    first = (day.month - 1) // size * size + 1
    return months_interval(day.year, first, size, UNIT_PRECISION[unit])
