"""Word-level morphology the scorers need on gold text, on the pipeline's dictionary (``nlp.forms``)."""

from __future__ import annotations

from functools import lru_cache

from khronika.nlp.forms import morph


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """The most likely reading's lemma, as the dictionary spells it (ё kept, unlike ``forms.lemmas``)."""
    return morph().parse(word)[0].normal_form


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    """``британский``, ``московского``: full adjectives, as NEREL tags many COUNTRY and CITY mentions."""
    return "ADJF" in morph().parse(word.lower())[0].tag


def words(text: str) -> list[str]:
    from razdel import tokenize

    return [t.text.lower() for t in tokenize(text) if any(ch.isalpha() for ch in t.text)]
