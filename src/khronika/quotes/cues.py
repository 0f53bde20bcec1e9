"""Speech cues: verbs of saying and fixed phrases (``по словам``) from a lexicon data file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khronika.nlp.doc import Doc, Token

LEXICON = "quote_cues.txt"  # not speech_verbs.txt: the linker keeps its own list of that name


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files("khronika").joinpath("data", "lexicons", LEXICON).read_text(encoding="utf-8")
    entries = [line.strip().lower() for line in text.splitlines()]
    entries = [e for e in entries if e and not e.startswith("#")]
    verbs = frozenset(e for e in entries if " " not in e)
    phrases = tuple(tuple(e.split()) for e in entries if " " in e)
    return Lexicon(verbs, phrases)


def is_speech_verb(token: Token) -> bool:
    """A verb, participle or gerund of saying (``сказал``, ``заявив``, ``говорится``)."""
    if token.pos not in ("VERB", "AUX") and not (token.pos == "ADJ" and "VerbForm" in token.feats):
        return False
    lemma = token.lemma.lower()
    verbs = lexicon().verbs
    return lemma in verbs or lemma.removesuffix("ся") in verbs


def phrase_at(doc: Doc, i: int) -> int:
    """Length in tokens of a cue phrase starting at token ``i`` (``по словам``), or 0."""
    for phrase in lexicon().phrases:
        words = doc.tokens[i : i + len(phrase)]
        same_sentence = all(t.sent == words[0].sent for t in words)
        if len(words) == len(phrase) and same_sentence and all(t.text.lower() == w for t, w in zip(words, phrase)):
            return len(phrase)
    return 0
