"""Speech cues: verbs of saying and fixed phrases (``по словам``) from a lexicon data file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khronika.data import flagged_entries
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import lemma

POSSESSIVES = ("его", "ее", "её", "их", "моему", "моим", "нашему", "нашим")


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    found = [entry for entry, flags in flagged_entries("quote_cues") if "quote" in flags]
    verbs = frozenset(e for e in found if " " not in e)
    phrases = tuple(tuple(e.split()) for e in found if " " in e)
    return Lexicon(verbs, phrases)


def is_speech_verb(token: Token) -> bool:
    """A verb, participle or gerund of saying (``сказал``, ``заявив``, ``говорится``), or a short
    adjective of conviction (``уверен``)."""
    short_adjective = token.pos == "ADJ" and token.feats.get("Variant") == "Short"
    if (
        token.pos not in ("VERB", "AUX")
        and not (token.pos == "ADJ" and "VerbForm" in token.feats)
        and not short_adjective
    ):
        return False
    word = lemma(token)
    verbs = lexicon().verbs
    return word in verbs or word.removesuffix("ся") in verbs


def phrase_at(doc: Doc, i: int) -> int:
    """Length in tokens of a cue phrase starting at token ``i`` (``по словам``, ``по его словам``), or 0."""
    for phrase in lexicon().phrases:
        size = _match(doc, i, phrase)
        if size:
            return size
    return 0


def _match(doc: Doc, i: int, phrase: tuple[str, ...]) -> int:
    k = i
    for n, word in enumerate(phrase):
        if n == 1 and k < len(doc.tokens) and doc.tokens[k].text.lower() in POSSESSIVES:
            k += 1  # ``по его словам``: the possessive names the speaker
        if k >= len(doc.tokens) or doc.tokens[k].text.lower() != word or doc.tokens[k].sent != doc.tokens[i].sent:
            return 0
        k += 1
    return k - i
