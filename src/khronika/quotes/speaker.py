"""The speaker of a quote: the words naming them (``quotes.subject``) resolved to the linked actor.

The span is what the text says (``он``, ``Президент``, ``Сергей Лавров``); the actor is who is
meant. The reference resolver (``khronika.link.resolve``) answers first, and its answer is checked
against the speaker's words; otherwise a name is its own entity and a pronoun or a lone title refers
back, in the resolver's ``SPEAKER`` scope, to the nearest earlier person of matching gender.
"""

from __future__ import annotations

from dataclasses import replace

from khronika.link.actors import actor_from_entity
from khronika.link.resolve import SPEAKER, Resolver, is_reference, quoted_apart, refers_back
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.doc import Doc, Token
from khronika.nlp.relations import NAME_RELS
from khronika.quotes.subject import speaker_span, subject_of


def resolve(doc: Doc, start: int, end: int, token: Token) -> Entity | None:
    """The entity a speaker span refers to, or None."""
    resolver = Resolver(doc)
    resolved = resolver.refers_to(start, end)
    if resolved is not None and _fits(resolver, resolved, token, (start, end)):
        return resolved
    named = [e for e in doc.entities if e.start < end and start < e.end and not is_reference(doc, e)]
    for entity in named:
        if entity.start <= token.start < entity.end or (entity.type == "PER" and _in_apposition(doc, entity, token)):
            return entity  # the subject itself (``МИД заявил``) or the name in ``министр Сергей Лавров``
    if refers_back(token):
        qualified = (start, end) != (token.start, token.end)
        return resolver.antecedent(token, start, SPEAKER, qualified)
    return None


def _in_apposition(doc: Doc, entity: Entity, token: Token) -> bool:
    """``министр Сергей Лавров`` (an apposition in the same case), not ``адвокат Маркива`` or
    ``внучка Ван Цзюня`` (a genitive owner)."""
    words = doc.tokens_between(entity.start, entity.end)
    inside = {w.i for w in words}
    attached = [w for w in words if w.head not in inside]
    if not attached or attached[0].rel not in NAME_RELS:
        return False
    case = token.feats.get("Case")
    return case is None or all(w.feats.get("Case") in (None, case) for w in words)


def _fits(resolver: Resolver, entity: Entity, token: Token, span: tuple[int, int]) -> bool:
    """Whether the resolver's answer can be the speaker: the subject's own name, or a person who
    agrees with a pronoun in gender and is not known only from someone else's quoted words; a place
    or body inside the span (``Премьер-министр Великобритании``) is not."""
    doc = resolver.doc
    if is_reference(doc, entity):
        if not entity.start <= token.start < entity.end:
            return False  # ``Его дочь``: the pronoun is not the speaker
        names = resolver.named_in_chain(entity, token)
        # the latest naming of that person is inside someone's quoted words (``«... он и его лживые
        # подпевалы ...», — заявил он`` after ``Берлускони`` in the quote): the pronoun was read back to
        # the words quoted, not to whoever says them
        if names and quoted_apart(doc, names[-1], token):
            return False
        return resolver.agrees_with(token, names[-1] if names else entity, SPEAKER)
    if entity.start <= token.start < entity.end:
        return True
    if entity.start < span[1] and span[0] < entity.end:
        return entity.type == "PER" and _in_apposition(doc, entity, token)  # not ``внучка генерала Петрова``
    return entity.type == "PER" and not quoted_apart(doc, entity, token) and resolver.agrees_with(token, entity, SPEAKER)


def speaker_actor(doc: Doc, cue: Token, outside: tuple[int, int] | None = None) -> Actor | None:
    """The actor who speaks through ``cue``, with ``mention`` on the speaker's words in the text."""
    token = subject_of(doc, cue, outside)
    if token is None:
        return None
    return actor_for_span(doc, token)


def actor_for_span(doc: Doc, token: Token) -> Actor | None:
    start, end = speaker_span(doc, token)
    entity = resolve(doc, start, end, token)
    if entity is not None:
        return replace(actor_from_entity(entity), mention=MentionRef(start, end))
    if token.pos in ("PRON", "DET"):
        return None  # a pronoun with nobody to refer to
    return Resolver(doc).office_actor(start, end, token) or Actor(name=doc.text[start:end], mention=MentionRef(start, end))
