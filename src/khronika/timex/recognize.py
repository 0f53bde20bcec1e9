"""Find time expressions in text: ``recognize(text) -> list[Mention]``, sorted by offset.

A small regex grammar over the raw text, its word lists filled in from the lexicon. Each rule
is one compiled pattern scanned once over the text, so recognition is linear in the text's
length and needs no parse. Overlapping matches keep the longest. A preposition right before a
match joins its span ("в сентябре", "до конца года"); "до"/"к" turn the match into an ``Until``
and "с" into a ``Since``. Ambiguous bare words need context: a month name alone needs a
preposition or a year ("в мае", "мая 2024 года", not "Май"), a weekday needs "в" or a relative
word ("в среду", "в прошлую пятницу"), ordinals only count before "квартал"/"полугодие", and a
four-digit number is a year only with "год" after it or a preposition before it and punctuation
after it ("в 2019,"). Fixed phrases keep their own preposition ("на днях") and adverbs take none
("в недавно открытом").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from khronika.nlp.forms import fold
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
from khronika.timex.lexicon import Lexicon, alternation, load_lexicon


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    expr: Expr


Builder = Callable[[re.Match[str]], Expr | None]

SP = r"[^\S\n]+"  # spaces, never across a line break
OSP = r"[^\S\n]*"
DASH = r"[-–—‒]"
W0 = r"(?<![\w-])"
W1 = r"(?!\w)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)"
YEAR_WORD = r"(?:(?:года|году|годом|год)(?!\w)|г\.?(?!\w))"
YEARS_WORD = r"(?:(?:годы|годах|годов|годам|года|год|году)(?!\w)|гг\.?(?!\w))"
ORDINAL_END = rf"(?:{DASH}?(?:го|м|й|ом))?"
PREPOSITION = re.compile(r"(?<![\w-])(в|во|на|за|до|к|ко|с|со)[^\S\n]+$", re.IGNORECASE)
MONTH_PREPOSITIONS = {"в", "во", "на", "за", "до", "к", "ко", "с", "со"}
WEEKDAY_PREPOSITIONS = {"в", "во", "на"}
YEAR_PREPOSITIONS = {"в", "во", "с", "со", "до", "к"}  # a bare number is a year only after these


def recognize(text: str) -> list[Mention]:
    """Every time expression in ``text``, longest first among overlapping ones, sorted by offset."""
    found: list[Mention] = []
    lowered = fold(text)
    for rule in _grammar():
        if rule.needs and not any(word in lowered for word in rule.needs):
            continue  # a substring test is far cheaper than scanning with the full pattern
        for match in rule.pattern.finditer(text):
            expr = rule.build(match)
            if expr is None:
                continue
            if rule.prepositions:
                found.append(_with_preposition(text, match.start(), match.end(), expr))
            else:
                found.append(Mention(match.start(), match.end(), match.group(), expr))
    return _longest(found, len(text))


def _with_preposition(text: str, start: int, end: int, expr: Expr) -> Mention:
    before = PREPOSITION.search(text, max(0, start - 8), start)
    if before is None or isinstance(expr, Range) and _starts_with_preposition(text[start:end]):
        return Mention(start, end, text[start:end], expr)
    word = before.group(1).lower()
    if word in ("до", "к", "ко"):
        expr = Until(expr)
    elif word in ("с", "со") and not isinstance(expr, Range):
        expr = Since(expr)
    return Mention(before.start(), end, text[before.start() : end], expr)


def _starts_with_preposition(span: str) -> bool:
    return span.split(maxsplit=1)[0].lower() in MONTH_PREPOSITIONS


def _longest(found: list[Mention], length: int) -> list[Mention]:
    """Of overlapping mentions the longest (then the first); a character map keeps this linear."""
    taken: list[Mention] = []
    used = bytearray(length)
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(used[mention.start : mention.end]):
            used[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)


def _preposition_before(match: re.Match[str], allowed: set[str]) -> bool:
    before = PREPOSITION.search(match.string, max(0, match.start() - 8), match.start())
    return before is not None and before.group(1).lower() in allowed


def _first_letters(*groups: object, digits: bool = False) -> str:
    """A lookahead on the first letter of the words that can open a match: most positions in a
    text fail this one test instead of every branch of a long alternation."""
    letters = {fold(word)[0] for group in groups for word in group}  # type: ignore[attr-defined]
    return "(?=[" + "".join(sorted(letters)) + (r"\d" if digits else "") + "])"


def _year_spec(tag: str, lex: Lexicon) -> str:
    """An optional year after a date, month, season or quarter: "2025 года", "прошлого года"."""
    rel = alternation(lex.relative)
    return rf"(?:{SP}(?:(?P<y{tag}>{YEAR})(?:{DASH}?(?:го|м))?(?:{SP}{YEAR_WORD})?|(?P<r{tag}>{rel}){SP}года{W1}))?"


def _year_of(match: re.Match[str], tag: str, lex: Lexicon) -> dict[str, int | None]:
    year, rel = match.group(f"y{tag}"), match.group(f"r{tag}")
    return {"year": int(year) if year else None, "year_shift": lex.relative[fold(rel)] if rel else None}


def _valid(day: int, month: int, year: int | None) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2024, month)[1]


def _date(day: str, month: int | None, year: dict[str, int | None]) -> CalendarDate | None:
    if month is None or not _valid(int(day), month, year["year"]):
        return None
    return CalendarDate(year["year"], month, int(day), year["year_shift"])


def _number(word: str | None, lex: Lexicon) -> float | None:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return lex.numbers[fold(word)]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    build: Builder
    prepositions: bool  # whether a preposition right before a match joins its span
    needs: tuple[str, ...]  # the rule can only match a text containing one of these (lower case, ё as е)


def _grammar() -> list[Rule]:
    if not _GRAMMAR:
        _GRAMMAR.extend(_build_grammar(load_lexicon()))
    return _GRAMMAR


_GRAMMAR: list[Rule] = []


def _build_grammar(lex: Lexicon) -> list[Rule]:
    month_gen = alternation(lex.month_genitive)
    month = alternation(lex.months)
    rel = alternation(lex.relative)
    unit_any = alternation(lex.units)
    unit_one = alternation({w for w, u in lex.units_singular.items() if u != "day"})
    unit_gen = alternation(lex.units_genitive)
    number = rf"(?:\d{{1,3}}|{alternation(lex.numbers)})"
    quarter = alternation({w for w, u in lex.units.items() if u in ("quarter", "half")})
    months = lex.months.__getitem__  # the patterns match only the month names the lexicon has
    rules: list[Rule] = []

    def rule(pattern: str, prepositions: bool = True, needs: Iterable[str] = ()) -> Callable[[Builder], Builder]:
        def register(build: Builder) -> Builder:
            words = tuple({max(fold(phrase).split(), key=len) for phrase in needs})  # the rarest-looking word
            rules.append(Rule(re.compile(pattern, re.IGNORECASE), build, prepositions, words))
            return build

        return register

    @rule(rf"(?<![\w.-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])")
    def iso(m: re.Match[str]) -> Expr | None:
        return _date(m["d"], int(m["m"]), {"year": int(m["y"]), "year_shift": None})

    @rule(rf"(?<![\w.,])(?=\d)(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})(?![\d])(?:{SP}(?:года|г\.?)(?!\w))?")
    def numeric(m: re.Match[str]) -> Expr | None:
        return _date(m["d"], int(m["m"]), {"year": int(m["y"]), "year_shift": None})

    @rule(
        rf"{W0}(?=[с\d])(?:(?:с|со){SP}(?P<d1>{DAY}){SP}(?:по|до){SP}|(?P<d1b>{DAY}){OSP}{DASH}{OSP})"
        rf"(?P<d2>{DAY}){SP}(?P<mon>{month_gen}){W1}{_year_spec('', lex)}"
    )
    def day_range(m: re.Match[str]) -> Expr | None:
        year = _year_of(m, "", lex)
        first = _date(m["d1"] or m["d1b"], months(fold(m["mon"])), year)
        last = _date(m["d2"], months(fold(m["mon"])), year)
        return Range(first, last) if first and last and (first.day or 0) < (last.day or 0) else None

    @rule(
        rf"{W0}(?=[с\d])(?:(?:с|со){SP}(?P<d1>{DAY}){SP}(?P<m1>{month_gen}){W1}{_year_spec('1', lex)}{SP}(?:по|до){SP}"
        rf"|(?P<d1b>{DAY}){SP}(?P<m1b>{month_gen}){OSP}{DASH}{OSP})"
        rf"(?P<d2>{DAY}){SP}(?P<m2>{month_gen}){W1}{_year_spec('2', lex)}"
    )
    def date_range(m: re.Match[str]) -> Expr | None:
        last_year = _year_of(m, "2", lex)
        first_year = _year_of(m, "1", lex) if m["y1"] or m["r1"] else last_year
        first = _date(m["d1"] or m["d1b"], months(fold(m["m1"] or m["m1b"])), first_year)
        last = _date(m["d2"], months(fold(m["m2"])), last_year)
        return Range(first, last) if first and last else None

    @rule(
        rf"{W0}{_first_letters(lex.weekdays)}(?P<wd>{alternation(lex.weekdays)})(?:{OSP},)?{SP}"
        rf"(?P<d>{DAY}){SP}(?P<mon>{month_gen}){W1}{_year_spec('', lex)}",
        needs=lex.weekdays,
    )
    def weekday_date(m: re.Match[str]) -> Expr | None:  # "во вторник, 20 июня 2012 года": the date says which
        return _date(m["d"], months(fold(m["mon"])), _year_of(m, "", lex))

    @rule(rf"{W0}(?P<d>{DAY}){SP}(?P<mon>{month_gen}){W1}{_year_spec('', lex)}")
    def day_month(m: re.Match[str]) -> Expr | None:
        return _date(m["d"], months(fold(m["mon"])), _year_of(m, "", lex))

    @rule(
        rf"{W0}{_first_letters(lex.months, ['с', 'в'])}(?:(?:с|со){SP}(?P<m1>{month}){SP}(?:по|до){SP}(?P<m2>{month})"
        rf"|(?:(?:в|во){SP})?(?P<m1b>{month}){OSP}{DASH}{OSP}(?P<m2b>{month})){W1}{_year_spec('', lex)}",
        needs=lex.months,
    )
    def month_range(m: re.Match[str]) -> Expr | None:
        year = _year_of(m, "", lex)
        first = CalendarDate(year["year"], months(fold(m["m1"] or m["m1b"])), None, year["year_shift"])
        last = CalendarDate(year["year"], months(fold(m["m2"] or m["m2b"])), None, year["year_shift"])
        return Range(first, last)

    @rule(rf"{W0}{_first_letters(lex.months)}(?P<mon>{month}){W1}{_year_spec('', lex)}", needs=lex.months)
    def month_name(m: re.Match[str]) -> Expr | None:
        year = _year_of(m, "", lex)
        if year["year"] is None and year["year_shift"] is None and not _preposition_before(m, MONTH_PREPOSITIONS):
            return None
        return CalendarDate(year["year"], months(fold(m["mon"])), None, year["year_shift"])

    @rule(
        rf"{W0}(?:(?:с|со){SP}(?P<y1>{YEAR})(?:{SP}года)?{SP}(?:по|до){SP}(?P<y2>{YEAR})"
        rf"|(?P<y1b>{YEAR}){OSP}{DASH}{OSP}(?P<y2b>{YEAR}|\d\d))(?:{DASH}?(?:е|х|м))?{SP}{YEARS_WORD}"
    )
    def year_range(m: re.Match[str]) -> Expr | None:
        first, last = m["y1"] or m["y1b"], m["y2"] or m["y2b"]
        if len(last) == 2:
            last = first[:2] + last
        if int(last) <= int(first):
            return None
        return Range(CalendarDate(int(first)), CalendarDate(int(last)))

    @rule(rf"{W0}(?P<y>{YEAR})(?:{DASH}?(?:го|м|й))?{SP}{YEARS_WORD}")
    def year(m: re.Match[str]) -> Expr | None:
        return CalendarDate(int(m["y"]))

    @rule(rf"{W0}(?P<y>{YEAR})(?:{DASH}(?:го|м|й))?(?={OSP}(?:[,.;:)!?–—]|$)|{SP}(?:и|или){SP})")
    def bare_year(m: re.Match[str]) -> Expr | None:
        return CalendarDate(int(m["y"])) if _preposition_before(m, YEAR_PREPOSITIONS) else None

    @rule(
        rf"{W0}(?=\d)(?:(?P<y>1[6-9]\d0|20\d0){DASH}(?:е|х|ые|ых)(?!\w)(?:{SP}{YEARS_WORD})?"
        rf"|(?P<yy>[2-9]0){DASH}(?:е|х){SP}{YEARS_WORD})"
    )
    def decade(m: re.Match[str]) -> Expr | None:
        return Decade(int(m["y"]) if m["y"] else 1900 + int(m["yy"]))

    @rule(
        rf"{W0}{_first_letters(lex.ordinals)}(?P<n>{alternation(lex.ordinals)}){ORDINAL_END}{SP}(?P<unit>{quarter}){W1}(?!{SP}подряд){_year_spec('', lex)}",
        needs=("квартал", "полугоди"),
    )
    def year_part(m: re.Match[str]) -> Expr | None:
        size = 3 if lex.units[fold(m["unit"])] == "quarter" else 6
        n = lex.ordinals[fold(m["n"])]
        return YearPart(size, n, **_year_of(m, "", lex)) if n <= 12 // size else None

    @rule(rf"{W0}{_first_letters(lex.relative)}(?P<rel>{rel}){SP}(?P<unit>{unit_one}){W1}", needs=lex.relative)
    def relative(m: re.Match[str]) -> Expr | None:
        return Relative(lex.units[fold(m["unit"])], lex.relative[fold(m["rel"])])

    @rule(rf"{W0}(?P<w>{alternation(lex.deictic)}){W1}", needs=lex.deictic)
    def deictic(m: re.Match[str]) -> Expr | None:
        return Relative("day", lex.deictic[fold(m["w"])])

    @rule(
        rf"{W0}{_first_letters(lex.relative, lex.weekdays)}(?:(?P<rel>{rel}){SP})?(?P<wd>{alternation(lex.weekdays)}){W1}",
        needs=lex.weekdays,
    )
    def weekday(m: re.Match[str]) -> Expr | None:
        if m["rel"] is None and not _preposition_before(m, WEEKDAY_PREPOSITIONS):
            return None
        first, last = lex.weekdays[fold(m["wd"])]
        return Weekday(first, last, lex.relative[fold(m["rel"])] if m["rel"] else None)

    @rule(
        rf"{W0}{_first_letters(lex.relative, lex.seasons_adverbial)}(?:(?P<rel>{rel}){SP})?(?P<s>{alternation(lex.seasons_adverbial)}){W1}{_year_spec('', lex)}",
        needs=lex.seasons_adverbial,
    )
    def season(m: re.Match[str]) -> Expr | None:
        offset = lex.relative[fold(m["rel"])] if m["rel"] else None
        return Season(lex.seasons_adverbial[fold(m["s"])], offset=offset, **_year_of(m, "", lex))

    @rule(rf"{W0}через{SP}(?:(?P<n>{number}){SP})?(?P<unit>{unit_any}|полгода){W1}", needs=["через"])
    def later(m: re.Match[str]) -> Expr | None:
        return _shift(m, 1)

    @rule(
        rf"{W0}{_first_letters(lex.numbers, lex.units, ['полгода'], digits=True)}(?:(?P<n>{number}){SP})?(?P<unit>{unit_any}|полгода){SP}назад{W1}",
        needs=["назад"],
    )
    def ago(m: re.Match[str]) -> Expr | None:
        return _shift(m, -1)

    def _shift(m: re.Match[str], sign: int) -> Expr | None:
        if fold(m["unit"]) == "полгода":
            return Shift("month", 6, sign)
        return Shift(lex.units[fold(m["unit"])], _number(m["n"], lex), sign)

    @rule(
        rf"{W0}(?P<adj>{alternation(lex.window_directions)}){SP}(?:(?P<n>{number}){SP})?(?P<unit>{unit_any}){W1}",
        needs=lex.window_directions,
    )
    def window(m: re.Match[str]) -> Expr | None:
        unit = lex.units[fold(m["unit"])]
        amount = _number(m["n"], lex) if m["n"] else lex.window_amounts.get(fold(m["unit"]), lex.window_amounts[unit])
        return Window(unit, amount or lex.window_amounts[unit], lex.window_directions[fold(m["adj"])])

    @rule(rf"{W0}{_first_letters(lex.phrases)}(?P<p>{alternation(lex.phrases)}){W1}", False, lex.phrases)
    def phrase(m: re.Match[str]) -> Expr | None:
        w = lex.phrases[fold(m["p"])]
        return Window(w.unit, w.amount, w.direction)

    @rule(rf"{W0}{_first_letters(lex.anaphora)}(?P<p>{alternation(lex.anaphora)}){W1}", False, lex.anaphora)
    def anaphora(m: re.Match[str]) -> Expr | None:
        unit, offset = lex.anaphora[fold(m["p"])]
        return Anaphoric(unit, offset)

    @rule(
        rf"{W0}(?:(?P<n>{number}){SP})?(?P<unit>{unit_any}){SP}(?P<dir>ранее|раньше|позже|позднее){W1}",
        needs=("ранее", "раньше", "позже", "позднее"),
    )
    def earlier_or_later(m: re.Match[str]) -> Expr | None:
        amount = _number(m["n"], lex)
        sign = -1 if fold(m["dir"]) in ("ранее", "раньше") else 1
        return Anaphoric(lex.units[fold(m["unit"])], sign * amount) if amount is not None else None

    @rule(
        rf"{W0}(?:спустя{SP}(?:(?P<n>{number}){SP})?(?P<unit>{unit_any}|полгода)"
        rf"|(?:(?P<n2>{number}){SP})?(?P<unit2>{unit_any}|полгода){SP}спустя){W1}",
        needs=["спустя"],
    )
    def later_on(m: re.Match[str]) -> Expr | None:
        unit, amount = fold(m["unit"] or m["unit2"]), _number(m["n"] or m["n2"], lex)
        if unit == "полгода":
            return Anaphoric("month", 6)
        return Anaphoric(lex.units[unit], amount) if amount is not None else None

    @rule(
        rf"{W0}{_first_letters(lex.parts)}(?P<part>{alternation(lex.parts)}){SP}(?:(?P<mon>{month_gen}){W1}{_year_spec('m', lex)}"
        rf"|(?P<season>{alternation(lex.seasons_genitive)}){W1}{_year_spec('s', lex)}"
        rf"|(?P<y>{YEAR})(?:{DASH}?го)?{SP}года|(?P<decade>1[6-9]\d0|20\d0){DASH}х(?:{SP}годов)?"
        rf"|(?:(?P<rel>{rel}){SP})?(?P<unit>{unit_gen})){W1}",
        needs=lex.parts,
    )
    def part(m: re.Match[str]) -> Expr | None:
        return Part(lex.parts[fold(m["part"])], _part_base(m))

    def _part_base(m: re.Match[str]) -> Expr:
        if m["mon"]:
            year = _year_of(m, "m", lex)
            return CalendarDate(year["year"], months(fold(m["mon"])), None, year["year_shift"])
        if m["season"]:
            return Season(lex.seasons_genitive[fold(m["season"])], **_year_of(m, "s", lex))
        if m["y"]:
            return CalendarDate(int(m["y"]))
        if m["decade"]:
            return Decade(int(m["decade"]))
        return Relative(lex.units[fold(m["unit"])], lex.relative[fold(m["rel"])] if m["rel"] else 0)

    return rules
