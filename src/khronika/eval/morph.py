"""Word-level morphology the scorers need on gold text (pymorphy3, cached)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    return _analyzer().parse(word)[0].normal_form


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    """``британский``, ``московского``: full adjectives, as NEREL tags many COUNTRY and CITY mentions."""
    return "ADJF" in _analyzer().parse(word.lower())[0].tag


def words(text: str) -> list[str]:
    from razdel import tokenize

    return [t.text.lower() for t in tokenize(text) if any(ch.isalpha() for ch in t.text)]
