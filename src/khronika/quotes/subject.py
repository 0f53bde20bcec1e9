"""Who a cue verb's speaker is in the text: the subject token, and the span of words naming it.

The parse gives the subject; where it gives none, a gerund or conjoined verb borrows its head's
subject, a participle its noun, an impersonal verb its ``в``-source (``сообщили в пресс-службе``),
and as a last resort the nearest nominative word beside the verb stands in.
"""

from __future__ import annotations

from collections.abc import Callable

from khronika.nlp.doc import Doc, Token
from khronika.nlp.relations import NAME_RELS, SUBJECT_RELS

NOMINALS = ("NOUN", "PROPN", "PRON", "NUM", "DET")  # ``одна из экс-гимнасток``, ``та скажет``
SHARED_SUBJECT_RELS = ("conj", "xcomp", "advcl")  # ``улыбнулся и сказал``: the subject is the head's
MAX_SPAN_TOKENS = 6


def subject_of(doc: Doc, verb: Token, outside: tuple[int, int] | None = None) -> Token | None:
    """The speaker token of a cue verb: its subject; for a gerund or a conjoined verb the subject of
    the verb it hangs on; for a participle (``Гека Финна, говорившего``) the noun it qualifies.
    Tokens within ``outside`` (the quote itself) are never the speaker."""

    def allowed(t: Token) -> bool:
        return t.pos in NOMINALS and (outside is None or not outside[0] <= t.start < outside[1])

    candidate: Token | None = verb
    for _ in range(3):
        if candidate is None:
            break
        subjects = [t for t in doc.children(candidate) if t.rel in SUBJECT_RELS and allowed(t)]
        if subjects:
            return subjects[0]
        head = doc.head(candidate)
        if candidate.rel == "acl" and head is not None and allowed(head):
            return head
        if candidate.feats.get("VerbForm") != "Conv" and candidate.rel not in SHARED_SUBJECT_RELS:
            break
        candidate = head
    return _source_in(doc, verb, allowed) or _nominative_near(doc, verb, allowed)


def _source_in(doc: Doc, verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """``сообщили в пресс-службе Кремля``, ``в заявлении МИД говорится``: a verb that has no subject
    by its form names its source with ``в``; the body named there (or the place itself) speaks."""
    impersonal = verb.lemma.endswith("ся") or (verb.feats.get("Number") == "Plur" and verb.feats.get("Person") != "1")
    if not impersonal:
        return None
    for obl in doc.children(verb):
        if obl.rel != "obl" or not allowed(obl):
            continue
        if not any(c.rel == "case" and c.text.lower() in ("в", "во") for c in doc.children(obl)):
            continue
        owners = [c for c in doc.children(obl) if c.rel == "nmod" and allowed(c) and doc.entity_at(c) is not None]
        if owners:
            return owners[0]
        if doc.entity_at(obl) is not None:
            return obl  # ``в Министерстве образования``; not ``в зале``, ``в сообщении``
    return None


def _nominative_near(doc: Doc, verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """When the parse gives no subject: the first nominative nominal right after, then right before the verb."""
    sent = doc.sents[verb.sent]
    after = doc.tokens[verb.i + 1 : min(verb.i + 5, sent.last)]
    before = reversed(doc.tokens[max(verb.i - 4, sent.first) : verb.i])
    for window in (after, before):
        for token in window:
            if token.pos == "PUNCT":
                break
            if allowed(token) and token.feats.get("Case") == "Nom":
                return token
    return None


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
