"""Adjectives that name countries and places (``российский``, ``российско-американский``,
``московский``): ``data/gazetteer/adjectives.tsv``, ``compound_prefixes.tsv`` and ``place_adjectives.tsv``.
Adjectives are not names: the gazetteer's `lookup` never returns them."""

from __future__ import annotations

import re
from pathlib import Path

from khronika.data import tsv
from khronika.nlp.forms import fold, readings

ALL_PREFIX = "все"
COMPOUND_DASH = re.compile(r"[-‐‑–]")


class Adjectives:
    def __init__(self, data_dir: Path) -> None:
        self._countries = load_pairs(data_dir / "adjectives.tsv")  # adjective lemma -> ISO-3s
        self._compound_prefixes = load_pairs(data_dir / "compound_prefixes.tsv")  # российско -> RUS
        self._places = load_pairs(data_dir / "place_adjectives.tsv")  # key -> QIDs, as NEREL tags them

    def countries(self, word: str) -> list[str]:
        """Countries named by an adjective or a compound: 'российско-американского' -> ['RUS', 'USA']."""
        word = fold(word.strip())
        whole = self._country(word)  # сан-маринский, шри-ланкийский: one country with a hyphen
        if whole:
            return whole[:1]
        parts = [p for p in COMPOUND_DASH.split(word) if p]
        if not parts:
            return []
        out: list[str] = []
        for part in parts[:-1]:
            isos = self._compound_prefixes.get(part) or self._country(part)
            if not isos:
                return []
            out.extend(isos[:1])
        last = self._country(parts[-1])
        if not last:
            return []
        out.extend(last[:1])
        return list(dict.fromkeys(out))

    def places(self, key: str) -> list[str]:
        """QIDs of the places an adjective's lookup key names ('московский' -> Moscow)."""
        return self._places.get(key, [])

    def _country(self, word: str) -> list[str]:
        for reading in readings(word):
            if reading in self._countries:
                return self._countries[reading]
        if word.startswith(ALL_PREFIX) and len(word) > len(ALL_PREFIX) + 4:
            return self._country(word[len(ALL_PREFIX) :])  # всероссийский, всекитайский: the whole country
        return []


def load_pairs(path: Path) -> dict[str, list[str]]:
    """``key<TAB>value,value``: a word and the ISO-3s or QIDs it names, most likely first."""
    return {key: values.split(",") for key, values in tsv(path)}
