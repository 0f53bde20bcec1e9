"""What a recognized time expression means, before it is anchored to a publication date.

The recognizer turns text into one of these values; ``resolve`` turns a value plus the
publication date (and the tense of the governing verb) into a calendar interval.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CalendarDate:
    """A date, month or year; a missing year is inferred ("8 сентября"), ``year_shift`` is
    relative to the publication year ("в марте прошлого года" -> -1)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None


@dataclass(frozen=True)
class YearPart:
    """The n-th quarter (``months == 3``) or half-year (``months == 6``) of a year."""

    months: int
    n: int
    year: int | None = None
    year_shift: int | None = None


@dataclass(frozen=True)
class Season:
    name: str  # winter, spring, summer, autumn
    year: int | None = None
    year_shift: int | None = None
    offset: int | None = None  # "прошлой осенью" -1, "этой осенью" 0, "следующей осенью" 1


@dataclass(frozen=True)
class Relative:
    """The publication's own day/week/month/quarter/year moved by ``offset`` ("в прошлом году")."""

    unit: str
    offset: int


@dataclass(frozen=True)
class Weekday:
    """A weekday (``first == last``) or the weekend (5, 6), optionally of the previous/this/next week."""

    first: int
    last: int
    offset: int | None = None


@dataclass(frozen=True)
class Shift:
    """A point ``amount`` units after (sign 1) or before (sign -1) publication; ``amount`` None is vague."""

    unit: str
    amount: float | None
    sign: int


@dataclass(frozen=True)
class Window:
    """A vague stretch of time next to publication ("на днях", "в ближайшие годы")."""

    unit: str
    amount: float
    direction: str  # past, future, either


@dataclass(frozen=True)
class Anaphoric:
    """A time counted from the one the text last named ("на следующий день", "годом позже",
    "спустя три дня"), or from publication when there is none."""

    unit: str
    offset: float


@dataclass(frozen=True)
class Decade:
    first_year: int


@dataclass(frozen=True)
class Part:
    """A part of a period: "в конце года", "в середине октября", "в первой половине 2026 года"."""

    part: str
    base: Expr


@dataclass(frozen=True)
class Range:
    first: Expr
    last: Expr


@dataclass(frozen=True)
class Until:
    """From publication up to the end of ``base`` ("до конца года", "к 2030 году")."""

    base: Expr


@dataclass(frozen=True)
class Since:
    """From the start of ``base`` up to publication ("с начала года", "с 2020 года")."""

    base: Expr


Expr = (
    CalendarDate
    | YearPart
    | Season
    | Relative
    | Weekday
    | Shift
    | Window
    | Anaphoric
    | Decade
    | Part
    | Range
    | Until
    | Since
)


# Values that name a calendar period by themselves, needing no publication date.
def is_absolute(expr: Expr) -> bool:
    if isinstance(expr, CalendarDate | YearPart | Season):
        return expr.year is not None
    if isinstance(expr, Decade):
        return True
    if isinstance(expr, Part):
        return is_absolute(expr.base)
    if isinstance(expr, Range):
        return is_absolute(expr.first) and is_absolute(expr.last)
    return False
