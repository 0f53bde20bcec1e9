"""Indirect speech: ``отметил, что ...``, ``По словам Лаврова, ...``, ``Как заявил X, ...``, ``..., – говорит X``.

The content is the reported clause: after ``что`` up to the end of that clause in the parse, or
the rest of the sentence after a ``по словам X,`` / ``как заявил X,`` introduction, or the sentence
before an inverted cue. Speech inside direct quotes is left to the quote it stands in.
"""

from __future__ import annotations

from khronika.model import Actor, Quote, TextSpan
from khronika.nlp.doc import Doc, Sentence, Token
from khronika.quotes.cues import is_speech_verb, phrase_at
from khronika.quotes.speaker import actor_for_span, speaker_actor, subject_of
from khronika.quotes.tokens import is_punct, token_from

THAT_WORDS = ("что", "будто", "чтобы")
AS_WORDS = ("как",)
DASHES = ("-", "–", "—")
THAT_WINDOW = 8  # words between the verb and ``, что`` (``заявил вчера журналистам, что``)
NOMINALS = ("NOUN", "PROPN", "PRON")
STOPS = (".", ";", "«", "»", '"', "“", "”", "„")  # a cue's reach ends at these
OPENING_MARKS = ("«", '"', "“", "„")


def find_indirect(doc: Doc, taken: list[Quote], used_cues: set[int]) -> list[Quote]:
    inside = _covered(doc, taken)
    found: list[Quote] = []
    spans = [(q.start, q.end) for q in taken]
    for sent in doc.sents:
        for token in doc.sentence_tokens(sent):
            if token.i in inside or token.i in used_cues:
                continue
            quote = _quote_at(doc, sent, token)
            if quote is None or any(quote.start < e and s < quote.end for s, e in spans):
                continue
            spans.append((quote.start, quote.end))
            found.append(quote)
    return found


def _quote_at(doc: Doc, sent: Sentence, token: Token) -> Quote | None:
    size = phrase_at(doc, token.i)
    if size:
        return by_phrase(doc, sent, token, size)
    if not is_speech_verb(token):
        return None
    for pattern in (that_clause, colon_clause, as_clause, inverted):
        quote = pattern(doc, sent, token)
        if quote is not None:
            return quote
    return None


def _covered(doc: Doc, quotes: list[Quote]) -> set[int]:
    covered: set[int] = set()
    for quote in quotes:
        token = token_from(doc, quote.start)
        while token is not None and token.start < quote.end:
            covered.add(token.i)
            token = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    return covered


def that_clause(doc: Doc, sent: Sentence, verb: Token) -> Quote | None:
    """``Лавров отметил, что ...``: the ``что``-clause."""
    for k in range(verb.i + 1, min(verb.i + 1 + THAT_WINDOW, sent.last - 1)):
        token = doc.tokens[k]
        if token.text.lower() in THAT_WORDS and doc.tokens[k - 1].text == ",":
            end = _clause_end(doc, sent, token)
            return _make(doc, doc.tokens[k + 1].start, end, verb, speaker_actor(doc, verb))
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return None
        if token.text in STOPS or token.text == ":":
            return None
    return None


def colon_clause(doc: Doc, sent: Sentence, verb: Token) -> Quote | None:
    """``Шувалов признал: у правительства нет рычагов``: unmarked words after a colon."""
    for k in range(verb.i + 1, min(verb.i + 1 + THAT_WINDOW, sent.last - 2)):
        token = doc.tokens[k]
        if token.text == ":":
            words = [t for t in doc.tokens[k + 1 : sent.last] if not is_punct(t)]
            if len(words) < 2 or doc.tokens[k + 1].text in OPENING_MARKS:
                return None
            return _make(doc, doc.tokens[k + 1].start, words[-1].end, verb, speaker_actor(doc, verb))
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" or token.text in STOPS:
            return None
    return None


def _clause_end(doc: Doc, sent: Sentence, subordinator: Token) -> int:
    """The end of the clause ``что`` introduces: its verb's subtree, else the sentence."""
    head = doc.head_of(subordinator)
    last = _last_word(doc, sent)
    if head is None or head.i <= subordinator.i or head.sent != sent.i:
        return last.end
    subtree = {head.i}
    changed = True
    while changed:  # a dependent may stand before or after its head: sweep until nothing joins
        changed = False
        for t in doc.sentence_tokens(sent):
            if t.i not in subtree and t.head in subtree:
                subtree.add(t.i)
                changed = True
    return max(doc.tokens[i].end for i in subtree if not is_punct(doc.tokens[i]))


def _last_word(doc: Doc, sent: Sentence) -> Token:
    tokens = doc.sentence_tokens(sent)
    for token in reversed(tokens):
        if not is_punct(token):
            return token
    return tokens[-1]


def as_clause(doc: Doc, sent: Sentence, verb: Token) -> Quote | None:
    """``Как заявил Лавров, ...``: the rest of the sentence after the introducing clause."""
    before = doc.tokens[max(verb.i - 2, sent.first) : verb.i]
    if not any(t.text.lower() in AS_WORDS for t in before):
        return None
    comma = _next(doc, sent, verb.i + 1, ",")
    if comma is None or comma.i + 1 >= sent.last:
        return None
    return _make(doc, doc.tokens[comma.i + 1].start, _last_word(doc, sent).end, verb, speaker_actor(doc, verb))


def inverted(doc: Doc, sent: Sentence, verb: Token) -> Quote | None:
    """``Переговоры пройдут в Москве, – сообщил источник``: the words before an inverted cue."""
    k = verb.i - 1
    while k > sent.first and doc.tokens[k].text in DASHES:
        k -= 1
    if k <= sent.first or doc.tokens[k].text != ",":
        return None
    subject = subject_of(doc, verb)
    if subject is None or subject.i < verb.i:
        return None
    end = doc.tokens[k - 1].end
    after = _next(doc, sent, subject.i + 1, ",")
    if after is not None and after.i + 1 < sent.last and not is_punct(doc.tokens[after.i + 1]):
        end = _last_word(doc, sent).end  # a parenthetical cue: the words go on after it
    first = next((t for t in doc.sentence_tokens(sent) if not is_punct(t)), None)
    if first is None:
        return None
    return _make(doc, first.start, end, verb, speaker_actor(doc, verb))


def by_phrase(doc: Doc, sent: Sentence, first: Token, size: int) -> Quote | None:
    """``По словам Лаврова, ...`` / ``..., по мнению экспертов, ...``."""
    after_phrase = first.i + size
    if after_phrase >= sent.last:
        return None
    comma = _next(doc, sent, after_phrase, ",")
    group = doc.tokens[after_phrase : comma.i if comma is not None else sent.last]
    speaker_token = next((t for t in group if t.pos in NOMINALS), None)
    has_after = comma is not None and comma.i + 1 < sent.last and not is_punct(doc.tokens[comma.i + 1])
    words_before = [t for t in doc.tokens[sent.first : first.i] if not is_punct(t)]
    if has_after and len(words_before) >= 2:
        start, end = sent.start, _last_word(doc, sent).end
    elif has_after:
        start, end = doc.tokens[comma.i + 1].start, _last_word(doc, sent).end
    elif words_before:
        start, end = sent.start, words_before[-1].end
    else:
        return None
    last = doc.tokens[after_phrase - 1]
    speaker = actor_for_span(doc, speaker_token) if speaker_token is not None else None
    cue = TextSpan(doc.text[first.start : last.end], first.start, last.end)
    return Quote(start, end, doc.text[start:end], speaker, cue, "indirect")


def _next(doc: Doc, sent: Sentence, start: int, text: str) -> Token | None:
    for token in doc.tokens[start : sent.last]:
        if token.text == text:
            return token
    return None


def _make(doc: Doc, start: int, end: int, cue: Token, speaker: Actor | None) -> Quote | None:
    if start >= end:
        return None
    return Quote(start, end, doc.text[start:end], speaker, TextSpan(cue.text, cue.start, cue.end), "indirect")
