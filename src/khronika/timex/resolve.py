"""Anchor a time expression to the publication date: ``resolve(expr, published, tense)``.

Choices, all against the publication date P:
- A date or month without a year ("8 сентября", "в сентябре") takes the year that puts it
  nearest to P; a past-tense governing verb picks the latest one on or before P, a future-tense
  one the earliest one on or after P.
- Weekdays ("в понедельник") and the weekend: the most recent one on or before P, or the next
  one after P when the verb is in the future tense; "в прошлую/эту/следующую пятницу" is that
  day of the previous/current/next week.
- "на днях": the two weeks up to P (after P with a future-tense verb); "недавно": the month up
  to P; "в ближайшее время", "в скором времени": the month after P; all ``approx``.
- "осенью", "этой весной": that season of P's year (for winter, the one containing P or the next
  one); a past/future verb picks the latest/next one; "прошлой осенью" the last one ended before P.
- Parts of a period ("в конце года", "в начале следующего месяца") take a share of it: a year or
  quarter is split by months (the end of a year is its last quarter, October-December), a month
  or week by days (the end of a month is from day 21); ``approx``.
- "на следующий день", "в тот же день", "накануне", "годом позже", "спустя три дня": counted from
  the last exact (or anaphoric) time named earlier in the same paragraph, else from P.
- "через неделю", "два года назад": the calendar unit containing P shifted by that much (the week,
  month or year), with that unit's precision (the component counts "через" under a past-tense
  verb from the story's time instead); "несколько дней назад" is a window 2-7 units back.
- "до конца года", "к 2030 году": from P to the end of the period; "с начала года", "с 2020 года":
  from the start of the period to P (just the period when it starts after P).
Without a publication date only absolute expressions resolve; the rest return None.

``resolve_default(modality, published)`` gives the time of an event that no expression governs:
factual and negated events the week up to publication, planned and possible ones the three
months after it, marked ``defaulted``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from khronika.model import Precision, Time
from khronika.timex.expr import (
    Anaphoric,
    CalendarDate,
    Decade,
    Expr,
    Part,
    Range,
    Relative,
    Season,
    Shift,
    Since,
    Until,
    Weekday,
    Window,
    YearPart,
)
from khronika.timex.lexicon import load_lexicon
from khronika.timex.periods import (
    Interval,
    add_months,
    month_end,
    month_interval,
    months_interval,
    shift,
    unit_period,
    week_start,
    year_interval,
)

FACTUAL_DEFAULT_DAYS = 7
PLANNED_DEFAULT_MONTHS = 3
COARSE_MIN_DAYS = 80
FINENESS = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "approx": 6,
}  # a period at least this long is split into months, a shorter one into days


def resolve(
    expr: Expr, published: date | None, tense: str | None = None, anchor: Interval | None = None
) -> Interval | None:
    """The calendar interval ``expr`` denotes; ``tense`` is "past", "future" or None; ``anchor`` is
    the time the text last named, for anaphoric expressions ("на следующий день")."""
    try:
        if isinstance(expr, Anaphoric):
            return _anaphoric(expr, published, anchor)
        return _RESOLVERS[type(expr)](expr, published, tense)
    except ValueError:  # an impossible date such as 29 February of a common year
        return None


def to_time(text: str, start: int | None, end: int | None, interval: Interval | None) -> Time:
    if interval is None:
        return Time(text, start, end)
    return Time(text, start, end, interval.start.isoformat(), interval.end.isoformat(), interval.precision)


def resolve_default(modality: str, pub: date | None) -> Time:
    """The defaulted time of an event without a governing expression (see the module docstring)."""
    time = Time("", None, None, defaulted=True)
    if pub is None:
        return time
    if modality in ("planned", "possible"):
        time.value_start, time.value_end = pub.isoformat(), add_months(pub, PLANNED_DEFAULT_MONTHS).isoformat()
    else:
        time.value_start, time.value_end = (pub - timedelta(days=FACTUAL_DEFAULT_DAYS)).isoformat(), pub.isoformat()
    time.precision = "approx"
    return time


def _pick(candidates: list[Interval], published: date, tense: str | None) -> Interval:
    """Of periods around ``published``: the latest started by it (past), the first not over (future), else the nearest."""
    if tense == "past":
        started = [c for c in candidates if c.start <= published]
        if started:
            return max(started, key=lambda c: c.start)
    if tense == "future":
        open_ = [c for c in candidates if c.end >= published]
        if open_:
            return min(open_, key=lambda c: c.start)
    return min(candidates, key=lambda c: (_distance(c, published), c.start > published))


def _distance(interval: Interval, day: date) -> int:
    if interval.start <= day <= interval.end:
        return 0
    return min(abs((interval.start - day).days), abs((interval.end - day).days))


def _year(year: int | None, year_shift: int | None, published: date | None) -> int | None:
    if year is not None:
        return year
    if published is None:
        return None
    return published.year + (year_shift or 0)


def _calendar_date(expr: CalendarDate, published: date | None, tense: str | None) -> Interval | None:
    year = expr.year if expr.year is not None else None
    if year is None and expr.year_shift is not None and published is not None:
        year = published.year + expr.year_shift
    if year is not None:
        return _date_in(year, expr)
    if published is None or expr.month is None:
        return None
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(_date_in(y, expr))
        except ValueError:
            continue
    return _pick(candidates, published, tense) if candidates else None


def _date_in(year: int, expr: CalendarDate) -> Interval:
    if expr.month is None:
        return year_interval(year)
    if expr.day is None:
        return month_interval(year, expr.month)
    day = date(year, expr.month, expr.day)
    return Interval(day, day, "day")


def _year_part(expr: YearPart, published: date | None, tense: str | None) -> Interval | None:
    year = _year(expr.year, expr.year_shift, published)
    if year is None:
        return None
    precision: Precision = "quarter" if expr.months == 3 else "approx"
    return months_interval(year, (expr.n - 1) * expr.months + 1, expr.months, precision)


def _season_in(name: str, year: int) -> Interval:
    """The season named for ``year``; winter Y runs from December Y-1 to February Y."""
    first = load_lexicon().season_first_month[name]
    start_year = year - 1 if first == 12 else year
    return months_interval(start_year, first, 3, "approx")


def _season(expr: Season, published: date | None, tense: str | None) -> Interval | None:
    if expr.year is not None or expr.year_shift is not None:
        year = _year(expr.year, expr.year_shift, published)
        if year is not None:  # a year given, or shifted from the publication date
            return _season_in(expr.name, year)
    if published is None:
        return None
    around = [_season_in(expr.name, y) for y in range(published.year - 1, published.year + 3)]
    last = max((s for s in around if s.end < published), key=lambda s: s.start)
    following = min((s for s in around if s.start > published), key=lambda s: s.start)
    if expr.offset == -1:
        return last
    if expr.offset == 1:
        return following
    this = _this_season(expr.name, published, around, following)
    if expr.offset is None and tense == "past" and this.start > published:
        return last
    if expr.offset is None and tense == "future" and this.end < published:
        return following
    return this


def _this_season(name: str, published: date, around: list[Interval], following: Interval) -> Interval:
    """The season containing P, else the one of P's year (for winter, the coming one)."""
    for season in around:
        if season.start <= published <= season.end:
            return season
    return following if load_lexicon().season_first_month[name] == 12 else _season_in(name, published.year)


def _relative(expr: Relative, published: date | None, tense: str | None) -> Interval | None:
    if published is None:
        return None
    return unit_period(shift(published, expr.unit, expr.offset), expr.unit)


def _weekday(expr: Weekday, published: date | None, tense: str | None) -> Interval | None:
    if published is None:
        return None
    precision: Precision = "day" if expr.first == expr.last else "approx"

    def in_week(k: int) -> Interval:
        monday = week_start(published) + timedelta(weeks=k)
        return Interval(monday + timedelta(days=expr.first), monday + timedelta(days=expr.last), precision)

    if expr.offset is not None:
        return in_week(expr.offset)
    weeks = [in_week(k) for k in (-1, 0, 1)]
    if tense == "future":
        return min((w for w in weeks if w.start > published), key=lambda w: w.start)
    return max((w for w in weeks if w.start <= published), key=lambda w: w.start)


def _shift(expr: Shift, published: date | None, tense: str | None) -> Interval | None:
    if published is None:
        return None
    if expr.amount is None:  # "несколько дней назад": between two and seven units away
        near, far = shift(published, expr.unit, 2 * expr.sign), shift(published, expr.unit, 7 * expr.sign)
        return Interval(min(near, far), max(near, far), "approx")
    return unit_period(shift(published, expr.unit, expr.amount * expr.sign), expr.unit)


def _window(expr: Window, published: date | None, tense: str | None) -> Interval | None:
    if published is None:
        return None
    future = expr.direction == "future" or (expr.direction == "either" and tense == "future")
    if future:
        return Interval(published, shift(published, expr.unit, expr.amount), "approx")
    return Interval(shift(published, expr.unit, -expr.amount), published, "approx")


def _anaphoric(expr: Anaphoric, published: date | None, anchor: Interval | None) -> Interval | None:
    if anchor is not None:
        ref = anchor
    elif published is not None:
        ref = Interval(published, published, "day")
    else:
        return None
    if FINENESS[ref.precision] <= FINENESS[expr.unit]:
        return unit_period(shift(ref.start, expr.unit, expr.offset), expr.unit)
    return Interval(shift(ref.start, expr.unit, expr.offset), shift(ref.end, expr.unit, expr.offset), "approx")


def _decade(expr: Decade, published: date | None, tense: str | None) -> Interval | None:
    return Interval(date(expr.first_year, 1, 1), date(expr.first_year + 9, 12, 31), "approx")


def _part(expr: Part, published: date | None, tense: str | None) -> Interval | None:
    base = resolve(expr.base, published, tense)
    if base is None:
        return None
    days = (base.end - base.start).days + 1
    scale = "coarse" if days >= COARSE_MIN_DAYS else "fine"
    low, high = load_lexicon().part_shares[expr.part][scale]
    if scale == "fine":
        first, last = _share(low, high, days)
        return Interval(base.start + timedelta(days=first), base.start + timedelta(days=last), "approx")
    months = (base.end.year - base.start.year) * 12 + base.end.month - base.start.month + 1
    first, last = _share(low, high, months)
    end = add_months(base.start, last)
    return Interval(add_months(base.start, first), month_end(end.year, end.month), "approx")


def _share(low: float, high: float, count: int) -> tuple[int, int]:
    """Indices of the first and last of ``count`` items inside the share [low, high]."""
    first = int(low * count + 0.5)
    return first, max(first, int(high * count + 0.5) - 1)


def _range(expr: Range, published: date | None, tense: str | None) -> Interval | None:
    first, last = resolve(expr.first, published, tense), resolve(expr.last, published, tense)
    if first is None or last is None:
        return None
    if last.end < first.start and isinstance(expr.last, CalendarDate) and expr.last.year is None:
        last = Interval(add_months(last.start, 12), add_months(last.end, 12), last.precision)
    precision = first.precision if first.precision == last.precision else "approx"
    return Interval(first.start, last.end, precision)


def _until(expr: Until, published: date | None, tense: str | None) -> Interval | None:
    base = resolve(expr.base, published, "future")
    if base is None or published is None:
        return None
    if base.end < published:
        return Interval(base.start, base.end, "approx")
    return Interval(published, base.end, "approx")


def _since(expr: Since, published: date | None, tense: str | None) -> Interval | None:
    base = resolve(expr.base, published, "past")
    if base is None or published is None:
        return None
    if base.start > published:
        return base
    return Interval(base.start, published, "approx")


_RESOLVERS: dict[type, Callable[[Any, date | None, str | None], Interval | None]] = {
    CalendarDate: _calendar_date,
    YearPart: _year_part,
    Season: _season,
    Relative: _relative,
    Weekday: _weekday,
    Shift: _shift,
    Window: _window,
    Decade: _decade,
    Part: _part,
    Range: _range,
    Until: _until,
    Since: _since,
}

__all__ = ["Interval", "resolve", "resolve_default", "to_time"]
