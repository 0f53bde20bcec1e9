"""Direct quotes: quoted spans with a speech cue after (``«...», – сказал он``) or before (``заявил: «...»``).

A quoted span without a cue is a quote only when it reads as a sentence; a quoted name or title
(«Газпром», «Северный поток») is not. A quote nested inside another one stays part of its
parent and becomes a quote of its own (with ``parent`` set) only when it has its own cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.data import flagged
from khronika.kb.agents import with_flag
from khronika.model import Quote, TextSpan
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import lemma
from khronika.quotes.cues import is_speech_verb
from khronika.quotes.marks import Mark
from khronika.quotes.speaker import actor_for_span, speaker_actor

# between a closing mark and its cue: a comma, a dash of any kind, or both
AFTER_GAP = re.compile(r"\s*(?:,\s*[-–—]+|,|[-–—]+)\s*")
CUE_AFTER_WINDOW = 4  # words after the dash in which the cue verb may stand (``с поклоном сказал``)
CUE_BEFORE_WINDOW = 8  # words before a colon or comma in which an introducing verb may stand
MIN_SENTENCE_WORDS = 4
MAX_NAME_WORDS = 5  # ``Президент России Владимир Путин:``
AS_WORDS = ("как",)
DASHES = ("-", "–", "—")
THAT_WORDS = ("что", "будто")


@dataclass
class DirectQuotes:
    quotes: list[Quote]
    cues: set[int]  # token indices of the cue verbs used, so indirect speech does not reuse them


def find_direct(doc: Doc, marks: list[Mark]) -> DirectQuotes:
    quotes: list[Quote] = []
    cues: set[int] = set()
    quote_of_mark: dict[int, int] = {}
    doc.quoted_spans = [(m.start, m.end) for m in marks if m.parent is None]
    for k, mark in enumerate(marks):
        start, end = _trimmed(doc.text, mark.start, mark.end)
        if start >= end or _shares_closing(marks, mark):
            continue
        inner = None
        cue = cue_after(doc, mark) or cue_before(doc, mark)
        if cue is None:
            cue = inner = cue_inside(doc, start, end)
        nested = mark.parent is not None
        named = colon_speaker(doc, mark) if cue is None else None
        if cue is None and named is None and (nested or not sentence_like(doc, start, end)):
            continue
        parent = quote_of_mark.get(mark.parent) if mark.parent is not None else None
        quote_of_mark[k] = len(quotes)
        quote = _quote(doc, start, end, cue, parent, outside=None if inner else (start, end))
        if named is not None:
            quote.speaker = actor_for_span(doc, named)
        quotes.append(quote)
        if cue is not None:
            cues.add(cue.i)
    return DirectQuotes(quotes, cues)


def _shares_closing(marks: list[Mark], mark: Mark) -> bool:
    """A nested quote closed by its parent's mark (``«... с «Газпромом», – сказал он``) is part of
    the parent and does not take its cue."""
    return mark.parent is not None and marks[mark.parent].end == mark.end


def _quote(
    doc: Doc, start: int, end: int, cue: Token | None, parent: int | None, outside: tuple[int, int] | None
) -> Quote:
    return Quote(
        start=start,
        end=end,
        text=doc.text[start:end],
        speaker=speaker_actor(doc, cue, outside) if cue is not None else None,
        cue=TextSpan(cue.text, cue.start, cue.end) if cue is not None else None,
        kind="direct",
        parent=parent,
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def cue_after(doc: Doc, mark: Mark) -> Token | None:
    """``«...», – сказал он`` / ``«...» - отметил министр``: a speech verb just after the dash."""
    gap = AFTER_GAP.match(doc.text, mark.end + 1)
    if gap is None:
        return None
    first = doc.token_from(gap.end())
    if first is None or first.start != gap.end():
        return None
    sent = doc.sents[first.sent]
    for token in doc.tokens[first.i : min(first.i + CUE_AFTER_WINDOW, sent.last)]:
        if token.is_punct:
            return None
        if is_speech_verb(token):
            # a participle after a quoted name qualifies it: «Братья-мусульмане», объявленные ...
            return token if token.feats.get("VerbForm") != "Part" else None
    return None


def cue_inside(doc: Doc, start: int, end: int) -> Token | None:
    """``«Траншею копали сами, – говорит Апраушев, – наплевал я на запреты»``: the author's words
    set off by dashes inside the marks."""
    token = doc.token_from(start)
    while token is not None and token.end <= end:
        following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
        after_break = token.i > 0 and doc.tokens[token.i - 1].text in ",.!?…"
        if token.text in DASHES and after_break and following is not None and is_speech_verb(following):
            return following
        token = following
    return None


def cue_before(doc: Doc, mark: Mark) -> Token | None:
    """``заявил: «...»``, ``Как сказал Лавров, «...»``, ``заявил, что «...»``."""
    prev = doc.token_before(mark.start - 1)
    if prev is None:
        return None
    if prev.text == ":":
        return _verb_before(doc, prev) or _noun_before(doc, prev)
    if prev.text == ",":
        verb = _verb_before(doc, prev)
        return verb if verb is not None and _introduced_by_as(doc, verb) else None
    if prev.text.lower() in THAT_WORDS and prev.i > 0 and doc.tokens[prev.i - 1].text == ",":
        return _verb_before(doc, doc.tokens[prev.i - 1])
    return None


def colon_speaker(doc: Doc, mark: Mark) -> Token | None:
    """``Песков: «...»``: a bare name before a colon introduces its words (headlines, interviews)."""
    prev = doc.token_before(mark.start - 1)
    if prev is None or prev.text != ":":
        return None
    sent = doc.sents[prev.sent]
    words = [t for t in doc.tokens[sent.first : prev.i] if not t.is_punct]
    if not words or len(words) > MAX_NAME_WORDS or words[-1].feats.get("Case", "Nom") != "Nom":
        return None
    entity = doc.entity_at(words[-1])
    if entity is not None and entity.type not in ("PER", "ORG"):
        return None

    def in_name(t: Token) -> bool:
        named = entity is not None and entity.start <= t.start < entity.end
        return named or t.pos == "PROPN" or lemma(t) in with_flag("alone")

    return words[-1] if all(in_name(t) for t in words) else None


def _verb_before(doc: Doc, token: Token) -> Token | None:
    sent = doc.sents[token.sent]
    for k in range(token.i - 1, max(token.i - 1 - CUE_BEFORE_WINDOW, sent.first - 1), -1):
        candidate = doc.tokens[k]
        if candidate.text in (".", ":", "»", "«", '"'):
            return None
        if is_speech_verb(candidate):
            return candidate
    return None


def _noun_before(doc: Doc, colon: Token) -> Token | None:
    """``выступил со специальным заявлением: «...»``: a statement noun right before the colon; the
    verb it hangs from speaks (and names the speaker)."""
    noun = doc.tokens[colon.i - 1] if colon.i else None
    if noun is None or noun.pos != "NOUN" or lemma(noun) not in flagged("quote_cues", "noun"):
        return None
    verb = doc.head(noun)
    return verb if verb is not None and verb.pos == "VERB" and verb.sent == noun.sent else None


def _introduced_by_as(doc: Doc, verb: Token) -> bool:
    sent = doc.sents[verb.sent]
    return any(token.text.lower() in AS_WORDS for token in doc.tokens[max(verb.i - 3, sent.first) : verb.i])


def sentence_like(doc: Doc, start: int, end: int) -> bool:
    """Whether a cue-less quoted span reads as a statement rather than a name or a title."""
    words: list[Token] = []
    token = doc.token_from(start)
    while token is not None and token.start < end:
        if not token.is_punct:
            words.append(token)
        token = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    if len(words) < MIN_SENTENCE_WORDS:
        return False
    predicate = any(_predicate(t) for t in words)
    return predicate or doc.text[start:end].rstrip()[-1:] in ".!?…"


def _predicate(token: Token) -> bool:
    """A finite verb or a short adjective (``мы готовы``): what makes words a statement."""
    finite = token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"
    return finite or (token.pos == "ADJ" and token.feats.get("Variant") == "Short")
