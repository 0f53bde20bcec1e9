"""Russian word forms: the one place that says how a word is compared.

- `fold(text)`: lower case, ё as е, runs of whitespace as one space; the key form every word list,
  name and lookup table is compared in.
- `lemma(token)`: the parser's lemma, else the word itself, lower case (natasha leaves a lemma empty
  for some punctuation and foreign words); `folded_lemma(token)` is it folded, for the lists that are
  kept folded (the trigger lexicon and the event word lists, person names). Lists read with `lemma`
  keep their ё, so the two stay apart.
- `words(text)`: the folded words of a name (letters and digits, joined by any hyphen).
- `lemmas(word)`, `readings(word)`, `nominative_lemmas(word)`, `dictionary_lemma(word)`,
  `is_adjective(word)`, `participle_lemma(word)`, `is_indeclinable(word)`: dictionary readings of one word, on the pipeline's `MorphVocab` (pymorphy2), so
  the dictionary is in memory once.
- `plain_words(text)`: the words as razdel splits them, lower case with their ё; what the scorers
  compare gold text in.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natasha import MorphVocab

    from khronika.nlp.doc import Token

# Enough readings per word to reach the nominative of an inflected surname or place, few enough
# that a four-word name stays a few dozen dictionary probes.
MAX_READINGS = 5

WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
HYPHEN = re.compile(r"[-‐‑]")
CYRILLIC = re.compile(r"[а-я]")


def fold(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


def folded_lemma(token: Token) -> str:
    """The lemma as folded word lists spell it (the trigger lexicon, person names): ё as е."""
    return _folded_word(token.lemma or token.text)


# The events component asks for a folded lemma a few hundred times per article over a vocabulary
# of a few thousand words: a look-up costs a third of folding the word again.
_folded_word = lru_cache(maxsize=65_536)(fold)


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


@lru_cache(maxsize=1)
def morph() -> MorphVocab:
    """natasha's MorphVocab: the pipeline's own when it is loaded, so the dictionary is in memory once."""
    from khronika.nlp.models import load_models

    if load_models.cache_info().currsize:
        return load_models().vocab
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """The distinct folded lemmas of every dictionary reading of a word, most likely first."""
    return tuple(dict.fromkeys(fold(p.normal_form) for p in morph().parse(word)))


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[str, ...]:
    """The word itself, then the distinct lemmas of its dictionary readings, most likely first; a
    hyphenated word reads part by part (``российско-китайских``), a word without Russian letters as itself."""
    if HYPHEN.search(word):
        combos = itertools.islice(itertools.product(*(readings(p) for p in HYPHEN.split(word))), MAX_READINGS)
        return tuple(dict.fromkeys([word, *("-".join(c) for c in combos)]))
    if not CYRILLIC.search(word):
        return (word,)
    return tuple(dict.fromkeys([word, *lemmas(word)]))[: MAX_READINGS + 1]


@lru_cache(maxsize=200_000)
def nominative_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of a word read as a nominative (the form names are written in), for index keys."""
    if HYPHEN.search(word):
        combos = itertools.islice(itertools.product(*(nominative_lemmas(p) for p in HYPHEN.split(word))),
                                  MAX_READINGS)
        return tuple("-".join(c) for c in combos)
    if not CYRILLIC.search(word):
        return (word,)
    parses = morph().parse(word)
    found = [fold(p.normal_form) for p in parses if "nomn" in p.tag] or [fold(p.normal_form) for p in parses[:1]]
    return tuple(dict.fromkeys(found))[:MAX_READINGS] or (word,)


def nominative_lemma(word: str) -> str:
    return nominative_lemmas(word)[0]


@lru_cache(maxsize=8192)
def dictionary_lemma(word: str) -> str:
    """The most likely reading's lemma, as the dictionary spells it (ё kept, unlike ``lemmas``)."""
    return morph().parse(word)[0].normal_form


@lru_cache(maxsize=8192)
def participle_lemma(word: str) -> str:
    """A participle as the noun it is used as (``протестующих`` -> ``протестующий``), folded: the
    dictionary's lemma of a participle is its verb's."""
    for parse in morph().parse(word):
        if "PRTF" in parse.tag:
            form = parse.inflect({"Masc", "Sing", "Nom"})  # natasha takes UD features
            if form is not None:
                return fold(form.word)
    return fold(word)


@lru_cache(maxsize=8192)
def genitive(word: str) -> str:
    """A noun in the genitive singular (``митинг`` -> ``митинга``), for a name built on it
    (``участники митинга``); the word itself when the dictionary has no such form."""
    form = morph().parse(word)[0].inflect({"Gen", "Sing"})  # natasha takes UD features
    return form.word if form is not None else word


@lru_cache(maxsize=8192)
def is_indeclinable(word: str) -> bool:
    """``США``, ``Сочи``, ``ООН``: a word with one form for every case, whose case the parser guesses."""
    return "Fixd" in morph().parse(word)[0].tag


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    """``британский``, ``московского``: full adjectives (NEREL tags many COUNTRY and CITY mentions so)."""
    return "ADJF" in morph().parse(word.lower())[0].tag


def plain_words(text: str) -> list[str]:
    from razdel import tokenize

    return [t.text.lower() for t in tokenize(text) if any(ch.isalpha() for ch in t.text)]
