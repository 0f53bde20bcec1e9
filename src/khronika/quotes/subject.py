"""Who a cue verb's speaker is in the text: the subject token, and the span of words naming it.

The parse gives the subject; where it gives none, a gerund or conjoined verb borrows its head's
subject, a participle its noun, an impersonal verb its ``в``-source (``сообщили в пресс-службе``),
and as a last resort the nearest nominative word beside the verb stands in.
"""

from __future__ import annotations

from khronika.nlp.doc import Doc, Token
from khronika.nlp.relations import NAME_RELS
from khronika.nlp.subject import (
    NOMINALS,
    first_subject,
    nominative_near,
    participle_noun,
    shares_subject,
    source_in,
    subjects_of,
)

MAX_SPAN_TOKENS = 6
# A cue verb's speaker: at the verb or at the verb a gerund or a conjoined verb hangs on (three
# words up at most), the parse's first subject, else a participle's noun; then at the verb itself
# an impersonal verb's ``в``-source, then a nominative beside it.
SPEAKER_REPAIRS = (first_subject, participle_noun)
SPEAKER_LAST_RESORTS = (source_in, nominative_near)
SPEAKER_CLIMB = 3


def subject_of(doc: Doc, verb: Token, outside: tuple[int, int] | None = None) -> Token | None:
    """The speaker token of a cue verb (see ``SPEAKER_REPAIRS``). Tokens within ``outside`` (the
    quote itself) are never the speaker."""

    def allowed(t: Token) -> bool:
        return t.pos in NOMINALS and (outside is None or not outside[0] <= t.start < outside[1])

    found = subjects_of(doc, verb, SPEAKER_REPAIRS, shares_subject, SPEAKER_LAST_RESORTS, allowed, SPEAKER_CLIMB)
    return found[0] if found else None


def speaker_span(doc: Doc, token: Token) -> tuple[int, int]:
    """The text span naming the speaker: a name entity, or the subject with its short dependents."""
    entity = doc.entity_at(token)
    if entity is not None:
        return entity.start, entity.end
    for child in doc.children(token):
        named = doc.entity_at(child)
        if child.rel in NAME_RELS and named is not None and named.type == "PER":
            return min(token.start, named.start), max(token.end, named.end)
    if token.pos == "PRON":
        return token.start, token.end
    return _phrase(doc, token)


def _phrase(doc: Doc, token: Token) -> tuple[int, int]:
    """The contiguous run of tokens under ``token`` (``глава МИД``), or the token alone when long."""
    sent = doc.sents[token.sent]
    inside = {token.i}
    for t in doc.tokens[sent.first : sent.last]:
        # a preposition before the head is not part of the name (``в пресс-службе``)
        if _descends(doc, t, token.i) and t.pos != "PUNCT" and not (t.rel == "case" and t.i < token.i):
            inside.add(t.i)
    lo = hi = token.i
    while lo - 1 in inside:
        lo -= 1
    while hi + 1 in inside:
        hi += 1
    if hi - lo + 1 > MAX_SPAN_TOKENS:
        return token.start, token.end
    return doc.tokens[lo].start, doc.tokens[hi].end


def _descends(doc: Doc, token: Token, ancestor: int) -> bool:
    seen = 0
    head = token.head
    while head is not None and seen < 50:
        if head == ancestor:
            return True
        head = doc.tokens[head].head
        seen += 1
    return False
