"""Indirect speech: ``отметил, что ...``, ``По словам Лаврова, ...``, ``Как заявил X, ...``, ``..., – говорит X``.

The content is the reported clause: from ``что`` (included, as quote corpora annotate it) to where
the main clause resumes or the sentence ends; or the rest of the sentence after a ``по словам X,`` /
``как заявил X,`` introduction; or the sentence before an inverted cue. Speech inside direct quotes
is left to the quote it stands in.
"""

from __future__ import annotations

from khronika.model import Actor, Quote, TextSpan
from khronika.nlp.doc import Doc, Sentence, Token
from khronika.quotes.cues import POSSESSIVES, is_speech_verb, phrase_at
from khronika.quotes.speaker import actor_for_span, speaker_actor
from khronika.quotes.subject import subject_of

THAT_WORDS = ("что", "будто", "чтобы")
AS_WORDS = ("как",)
DASHES = ("-", "–", "—")
THAT_WINDOW = 8  # words between the verb and ``, что`` (``заявил вчера журналистам, что``)
NOMINALS = ("NOUN", "PROPN", "PRON")
STOPS = (".", ";", "«", "»", '"', "“", "”", "„")  # a cue's reach ends at these
OPENING_MARKS = ("«", '"', "“", "„")
CLAUSE_RELS = ("punct", "ccomp", "obj", "xcomp", "mark", "csubj")  # how a parse may hang the reported clause


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
    if not is_speech_verb(token) or _editorial(doc, token):
        return None
    for pattern in (that_clause, colon_clause, as_clause, inverted):
        quote = pattern(doc, sent, token)
        if quote is not None:
            return quote
    return None


def _editorial(doc: Doc, verb: Token) -> bool:
    """``Напомним, что ...``: the newsroom's own voice, not a quote."""
    plural_first = verb.feats.get("Person") == "1" and verb.feats.get("Number") == "Plur"
    return plural_first and not any(t.rel in ("nsubj", "nsubj:pass") for t in doc.children(verb))


def _covered(doc: Doc, quotes: list[Quote]) -> set[int]:
    covered: set[int] = set()
    for quote in quotes:
        token = doc.token_from(quote.start)
        while token is not None and token.start < quote.end:
            covered.add(token.i)
            token = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    return covered


def that_clause(doc: Doc, sent: Sentence, verb: Token) -> Quote | None:
    """``Лавров отметил, что ...``: the ``что``-clause."""
    for k in range(verb.i + 1, min(verb.i + 1 + THAT_WINDOW, sent.last - 1)):
        token = doc.tokens[k]
        if token.text.lower() in THAT_WORDS and doc.tokens[k - 1].text == ",":
            end = _clause_end(doc, sent, verb, token)
            return _make(doc, token.start, end, verb, speaker_actor(doc, verb))
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
            words = [t for t in doc.tokens[k + 1 : sent.last] if not t.is_punct]
            if len(words) < 2 or doc.tokens[k + 1].text in OPENING_MARKS:
                return None
            return _make(doc, doc.tokens[k + 1].start, words[-1].end, verb, speaker_actor(doc, verb))
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" or token.text in STOPS:
            return None
    return None


def _clause_end(doc: Doc, sent: Sentence, verb: Token, subordinator: Token) -> int:
    """The end of the reported clause: the sentence's end, unless after a comma the main clause
    takes over again (``..., хотя люди с этим не согласны``, ``..., и надеется``)."""
    main = _ancestors(doc, verb)
    last_word: Token | None = None
    before_comma: Token | None = None  # the last word before a comma the main clause may resume after
    for token in doc.tokens[subordinator.i + 1 : sent.last]:
        if token.text == ",":
            before_comma = last_word
            continue
        if before_comma is not None and _resumes_main(token, main):
            return before_comma.end
        if not token.is_punct:
            if token.pos not in ("CCONJ", "SCONJ", "ADV"):  # look past ``, и``, ``, хотя``
                before_comma = None
            last_word = token
    return _last_word(doc, sent).end


def _ancestors(doc: Doc, verb: Token) -> set[int]:
    return {verb.i} | {t.i for t in doc.ancestors(verb)}


def _resumes_main(token: Token, main: set[int]) -> bool:
    """A word of the main clause (or hanging on it) other than the reported clause itself."""
    if token.i in main:
        return True
    return token.head in main and token.rel not in CLAUSE_RELS


def _last_word(doc: Doc, sent: Sentence) -> Token:
    tokens = doc.sentence_tokens(sent)
    for token in reversed(tokens):
        if not token.is_punct:
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
    if after is not None and after.i + 1 < sent.last and not doc.tokens[after.i + 1].is_punct:
        end = _last_word(doc, sent).end  # a parenthetical cue: the words go on after it
    first = next((t for t in doc.sentence_tokens(sent) if not t.is_punct), None)
    if first is None:
        return None
    return _make(doc, first.start, end, verb, speaker_actor(doc, verb))


def by_phrase(doc: Doc, sent: Sentence, first: Token, size: int) -> Quote | None:
    """``По словам Лаврова, ...`` / ``..., по мнению экспертов, ...``."""
    after_phrase = first.i + size
    if after_phrase >= sent.last:
        return None
    comma = _apposition_end(doc, sent, _next(doc, sent, after_phrase, ","))
    speaker_token = phrase_speaker(doc, first, size, comma.i if comma is not None else sent.last)
    has_after = comma is not None and comma.i + 1 < sent.last and not doc.tokens[comma.i + 1].is_punct
    words_before = [t for t in doc.tokens[sent.first : first.i] if not t.is_punct]
    if has_after and len(words_before) >= 2:
        start, end = sent.start, _last_word(doc, sent).end
    elif has_after and comma is not None:  # (has_after says there is a comma; the type checker cannot tell)
        start, end = doc.tokens[comma.i + 1].start, _last_word(doc, sent).end
    elif words_before:
        start, end = sent.start, words_before[-1].end
    else:
        return None
    speaker = actor_for_span(doc, speaker_token) if speaker_token is not None else None
    return Quote(start, end, doc.text[start:end], speaker, phrase_cue(doc, first, size), "indirect")


def phrase_speaker(doc: Doc, first: Token, size: int, end: int) -> Token | None:
    """Who a ``по словам`` phrase of ``size`` words names: its possessive (``по его словам``), else the
    first nominal of the words after it up to token ``end``."""
    possessive = [t for t in doc.tokens[first.i : first.i + size] if t.text.lower() in POSSESSIVES]
    return possessive[0] if possessive else next((t for t in doc.tokens[first.i + size : end] if t.pos in NOMINALS), None)


def phrase_cue(doc: Doc, first: Token, size: int) -> TextSpan:
    last = doc.tokens[first.i + size - 1]
    return TextSpan(doc.text[first.start : last.end], first.start, last.end)


def attribute_by_phrase(doc: Doc, quotes: list[Quote]) -> None:
    """``По словам губернатора Мишарина, «...»``: a direct quote with no cue of its own is the words
    of the one a ``по словам X,`` phrase right before its opening mark names."""
    for quote in quotes:
        if quote.speaker is not None or quote.cue is not None:
            continue
        opening = doc.text.rfind("«", 0, quote.start + 1)
        tokens = doc.tokens_in(opening, quote.end) if opening >= 0 else []
        if not tokens:
            continue
        sent = doc.sents[tokens[0].sent]
        for first in doc.tokens[sent.first : tokens[0].i]:
            size = phrase_at(doc, first.i)
            if not size:
                continue
            comma = _apposition_end(doc, sent, _next(doc, sent, first.i + size, ","))
            if comma is None or comma.i + 1 != tokens[0].i:
                break  # the phrase is not the quote's: words stand between them
            speaker = phrase_speaker(doc, first, size, comma.i)
            if speaker is not None:
                quote.speaker, quote.cue = actor_for_span(doc, speaker), phrase_cue(doc, first, size)
            break


def _apposition_end(doc: Doc, sent: Sentence, comma: Token | None) -> Token | None:
    """Past an apposition to the speaker (``По словам Лео Бенедучи, генерального секретаря Osapp, ...``):
    the comma after it."""
    while comma is not None and comma.i + 1 < sent.last:
        following = doc.tokens[comma.i + 1]
        # an animate genitive is often tagged accusative: the two share their form
        if following.feats.get("Case") not in ("Gen", "Acc") or following.pos not in ("NOUN", "ADJ", "PROPN", "DET"):
            return comma
        after = _next(doc, sent, comma.i + 1, ",")
        segment = doc.tokens[comma.i + 1 : after.i if after is not None else sent.last]
        if after is None or any(t.feats.get("VerbForm") == "Fin" for t in segment):
            return comma
        comma = after
    return comma


def _next(doc: Doc, sent: Sentence, start: int, text: str) -> Token | None:
    for token in doc.tokens[start : sent.last]:
        if token.text == text:
            return token
    return None


def _make(doc: Doc, start: int, end: int, cue: Token, speaker: Actor | None) -> Quote | None:
    if start >= end:
        return None
    return Quote(start, end, doc.text[start:end], speaker, TextSpan(cue.text, cue.start, cue.end), "indirect")
