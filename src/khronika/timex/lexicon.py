"""The time-expression lexicon: month, weekday, season, unit, number and part-of-period words.

Loaded once from ``khronika/data/timex/*.yaml``. Every word list is keyed by its lower-case form
(ё also spelled е), so the recognizer can map a matched word back to its meaning with one lookup,
and ``alternation`` turns a list into a regex alternative (longest first, so "прошлом" never stops
at "прошл").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khronika.data import yaml
from khronika.nlp.forms import fold


@dataclass(frozen=True)
class Window:
    unit: str
    amount: float
    direction: str  # "past", "future" or "either" (past unless the verb is in the future tense)


@dataclass(frozen=True)
class Lexicon:
    month_genitive: dict[str, int]  # "сентября" -> 9 (after a day number)
    months: dict[str, int]  # every form
    weekdays: dict[str, tuple[int, int]]  # "пятницу" -> (4, 4); "выходные" -> (5, 6)
    seasons_adverbial: dict[str, str]  # "осенью" -> "autumn"
    seasons_genitive: dict[str, str]
    season_first_month: dict[str, int]
    units: dict[str, str]  # every form -> unit
    units_singular: dict[str, str]
    units_genitive: dict[str, str]
    relative: dict[str, int]  # "прошлом" -> -1
    deictic: dict[str, int]  # "вчера" -> -1
    numbers: dict[str, float | None]  # None: a vague amount ("несколько")
    ordinals: dict[str, int]
    parts: dict[str, str]  # "конце" -> "end"
    part_shares: dict[str, dict[str, tuple[float, float]]]  # "end" -> {"coarse": (0.75, 1), "fine": ...}
    phrases: dict[str, Window]  # "на днях" -> Window
    anaphora: dict[str, tuple[str, int]]  # "на следующий день" -> ("day", 1)
    window_directions: dict[str, str]  # "ближайшие" -> "future"
    window_amounts: dict[str, float]  # unit, or a word naming its own amount ("сутки"), -> amount


def alternation(words: Any) -> str:
    """A regex matching any of ``words`` (spaces match any run of spaces but no line break).

    Built as a trie ("прошл(?:ая|ого|ом|...)"), so a position that cannot start a word fails after
    one character test instead of one per word, and longer forms are tried before their prefixes.
    """
    trie: dict[str, dict] = {}
    for word in {fold(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [_char(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def _char(char: str) -> str:
    return r"[^\S\n]+" if char == " " else re.escape(char)


def _index(groups: dict[Any, list[str]], cast: Any = lambda v: v) -> dict[str, Any]:
    return {fold(form): cast(value) for value, forms in groups.items() for form in forms}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    months = yaml("timex/months.yaml")
    weekdays = yaml("timex/weekdays.yaml")
    seasons = yaml("timex/seasons.yaml")
    units = yaml("timex/units.yaml")
    parts = yaml("timex/parts.yaml")
    vague = yaml("timex/vague.yaml")
    windows = vague["windows"]
    return Lexicon(
        month_genitive=_index({n: m["genitive"] for n, m in months.items()}),
        months=_index({n: m["genitive"] + m["other"] for n, m in months.items()}),
        weekdays=_index({(d, d) if d != "weekend" else (5, 6): forms for d, forms in weekdays.items()}),
        seasons_adverbial=_index({s: v["adverbial"] for s, v in seasons.items()}),
        seasons_genitive=_index({s: v["genitive"] for s, v in seasons.items()}),
        season_first_month={s: v["first_month"] for s, v in seasons.items()},
        units=_index({u: v["singular"] + v["genitive"] + v["plural"] for u, v in units.items()}),
        units_singular=_index({u: v["singular"] for u, v in units.items()}),
        units_genitive=_index({u: v["genitive"] for u, v in units.items()}),
        relative=_index(yaml("timex/relative.yaml"), int),
        deictic={fold(w): int(n) for w, n in yaml("timex/deictic.yaml").items()},
        numbers={fold(w): n for w, n in yaml("timex/numbers.yaml").items()},
        ordinals=_index(yaml("timex/ordinals.yaml"), int),
        parts=_index({p: v["forms"] for p, v in parts.items()}),
        part_shares={p: {scale: tuple(v[scale]) for scale in ("coarse", "fine")} for p, v in parts.items()},
        phrases={fold(p): Window(**w) for p, w in vague["phrases"].items()},
        anaphora={fold(p): (a["unit"], a["offset"]) for p, a in yaml("timex/anaphora.yaml").items()},
        window_directions=_index({d: windows[d] for d in ("future", "past")}),
        window_amounts=dict(windows["default_amounts"]),
    )
