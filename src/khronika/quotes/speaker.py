"""The speaker of a quote: the words naming them (``quotes.subject``) resolved to the linked actor.

The span is what the text says (``он``, ``Президент``, ``Сергей Лавров``); the actor is who is
meant. Resolution goes through the linker's coreference (``khronika.link.coref``) when it is
available, otherwise a name is its own entity and a pronoun or a lone title refers back to the
nearest earlier person of matching gender.
"""

from __future__ import annotations

from dataclasses import replace

from khronika.data import flagged
from khronika.kb.cameo import GOV
from khronika.link.actors import actor_from_entity
from khronika.link.coref import resolve_reference
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.doc import Doc, Token
from khronika.nlp.relations import NAME_RELS
from khronika.quotes.subject import speaker_span, subject_of

ANTECEDENT_WINDOW = 3000  # characters to look back for the person a pronoun or title refers to
TITLE_WINDOW = 5  # words before a name in which its title stands (``министр иностранных дел России``)


def resolve(doc: Doc, start: int, end: int, token: Token) -> Entity | None:
    """The entity a speaker span refers to, or None."""
    resolved = resolve_reference(doc, start, end)
    if resolved is not None and _fits(doc, resolved, token, (start, end)):
        return resolved
    named = [e for e in doc.entities if e.start < end and start < e.end and not _is_reference(doc, e)]
    for entity in named:
        if entity.start <= token.start < entity.end or (entity.type == "PER" and _in_apposition(doc, entity, token)):
            return entity  # the subject itself (``МИД заявил``) or the name in ``министр Сергей Лавров``
    if _refers_back(token):
        qualified = (start, end) != (token.start, token.end)
        return _antecedent(doc, start, token, qualified)
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


def _fits(doc: Doc, entity: Entity, token: Token, span: tuple[int, int]) -> bool:
    """Whether the linker's answer can be the speaker: the subject's own name, or a person who
    agrees with a pronoun in gender and is not known only from someone else's quoted words; a place
    or body inside the span (``Премьер-министр Великобритании``) is not."""
    if _is_reference(doc, entity):
        if not entity.start <= token.start < entity.end:
            return False  # ``Его дочь``: the pronoun is not the speaker
        names = _named_in_chain(doc, entity, token)
        if names and all(_quoted_apart(doc, e, token) for e in names):
            return False
        return _agrees(doc, names[-1] if names else entity, token)
    if entity.start <= token.start < entity.end:
        return True
    if entity.start < span[1] and span[0] < entity.end:
        return entity.type == "PER" and _in_apposition(doc, entity, token)  # not ``внучка генерала Петрова``
    return entity.type == "PER" and not _quoted_apart(doc, entity, token) and _agrees(doc, entity, token)


def _agrees(doc: Doc, entity: Entity, token: Token) -> bool:
    gender = token.feats.get("Gender") if token.pos in ("PRON", "DET") else None
    return gender is None or _gender(doc, entity) in (None, gender)


def _is_reference(doc: Doc, entity: Entity) -> bool:
    """A mention that names nobody by itself: a pronoun or a bare title (``Президент``)."""
    if entity.subtype == "PRONOUN":
        return True
    tokens = doc.tokens_between(entity.start, entity.end)
    return all(t.pos in ("PRON", "DET") or t.lemma.lower() in flagged("titles", "alone") for t in tokens)


def _named_in_chain(doc: Doc, entity: Entity, token: Token) -> list[Entity]:
    """The named mentions of ``entity``'s coreference chain before ``token``, in text order."""
    if entity.chain is None:
        return []
    same = [e for e in doc.entities if e.chain == entity.chain and e.end <= token.start]
    return sorted((e for e in same if not _is_reference(doc, e)), key=lambda e: e.start)


def _quoted_apart(doc: Doc, entity: Entity, token: Token) -> bool:
    """Whether ``entity`` stands inside a quote that ``token`` is outside of (someone else's words)."""
    return any(s <= entity.start < e and not s <= token.start < e for s, e in doc.quoted_spans)


def _refers_back(token: Token) -> bool:
    if token.feats.get("Number") == "Plur":
        return False
    if token.pos in ("PRON", "DET"):
        return token.feats.get("Person", "3") == "3"
    return token.pos in ("NOUN", "PROPN") and token.lemma.lower() in flagged("titles", "alone")


def _antecedent(doc: Doc, start: int, token: Token, qualified: bool) -> Entity | None:
    """The person a pronoun or title refers back to.

    A title goes first to a person earlier introduced with the same title (``министр Лавров`` ...
    ``министр``); a qualified title (``Премьер-министр Великобритании``) goes nowhere else, since
    the nearest person may well hold another office.
    """
    candidates = _people_before(doc, start, token)
    if token.pos not in ("PRON", "DET"):
        titled = next((e for e in candidates if _introduced_as(doc, e, token.lemma.lower())), None)
        if titled is not None or qualified:
            return titled
    gender = token.feats.get("Gender") if token.pos in ("PRON", "DET") else None
    for entity in candidates:
        if gender is None or _gender(doc, entity) in (None, gender):
            return entity
    return None


def _people_before(doc: Doc, start: int, token: Token) -> list[Entity]:
    """Persons named before ``start``, nearest first, leaving out those named in a quote that
    ``token`` is not in (someone else's words)."""
    people = [
        e
        for e in doc.entities
        if e.type == "PER"
        and e.end <= start
        and start - e.end <= ANTECEDENT_WINDOW
        and _looks_like_a_name(doc, e)
        and not _is_reference(doc, e)
        and not _quoted_apart(doc, e, token)
    ]
    return sorted(people, key=lambda e: e.start, reverse=True)


def _looks_like_a_name(doc: Doc, entity: Entity) -> bool:
    """A tagger's mention that crosses a line break or ends in a verb (``Акорды\n\nВыступая``) is no name."""
    words = doc.tokens_between(entity.start, entity.end)
    return "\n" not in entity.text and bool(words) and words[-1].pos in ("PROPN", "NOUN", "ADJ", "X")


def _introduced_as(doc: Doc, entity: Entity, title: str) -> bool:
    """Whether the mention carries ``title`` within a few words before it or inside it."""
    first = doc.tokens_between(entity.start, entity.end)
    if not first:
        return False
    sent = doc.sents[first[0].sent]
    window = doc.tokens[max(first[0].i - TITLE_WINDOW, sent.first) : first[-1].i + 1]
    return any(t.lemma.lower() == title for t in window)


def _gender(doc: Doc, entity: Entity) -> str | None:
    """A person's grammatical gender, read off the surname (the last word), which the tagger gets
    right more often than a foreign first name."""
    tokens = doc.tokens_between(entity.start, entity.end)
    return tokens[-1].feats.get("Gender") if tokens else None


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
    return _office_actor(doc, start, end, token) or Actor(name=doc.text[start:end], mention=MentionRef(start, end))


def _office_actor(doc: Doc, start: int, end: int, token: Token) -> Actor | None:
    """An unnamed office holder of a country (``Премьер-министр Великобритании``): that country's government."""
    if token.lemma.lower() not in flagged("titles", "alone"):
        return None
    for entity in doc.entities:
        country = entity.country or (entity.actor if entity.actor and len(entity.actor) == 3 else None)
        if start <= entity.start and entity.end <= end and entity.type == "LOC" and country:
            mention = MentionRef(start, end)
            return Actor(doc.text[start:end], code=f"{country}{GOV}", country=country, role=GOV, mention=mention)
    return None
