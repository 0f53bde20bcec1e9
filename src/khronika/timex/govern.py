"""Time expressions in the dependency parse: the tense of the verb an expression modifies, and
the expression that governs an event trigger.

``time_for_tokens(doc, token_indices)`` is how the events component dates an event: given the
trigger's token indices (``Doc.tokens``), it returns a copy of the article's ``Time`` that governs
the trigger, or None when its sentence has none (then call ``resolve_default(modality,
published)``). The governing expression is the one attached (by the head of its span) to the
trigger or to the nearest of its ancestors in the parse ("В конце года состоятся мои визиты":
the time hangs from "состоятся", the head of "визиты"); else the one closest below the trigger
("кинофестиваль, открывшийся 23 июля"); else, unless ``nearest=False``, the nearest expression in
the same sentence: that fallback dates more triggers that have a gold time, and more that have none
(figures in docs/timex.md). It reads the times the ``timex`` component left in
``Doc.time_anchors``; a pipeline that dates events declares that it needs them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khronika.model import Time
from khronika.nlp.doc import Anchor, Doc, Token
from khronika.nlp.relations import AUX_RELS

MAX_VERB_DISTANCE = 4  # steps up the parse from an expression to the verb whose tense we read


def tense_of(doc: Doc, attach: int | None) -> str | None:
    """The tense ("past", "future") of the nearest finite verb above the expression, else None.
    An infinitive under a present-tense verb looks ahead ("планирует посетить в понедельник")."""
    steps, infinitive = 0, False
    token = doc.tokens[attach] if attach is not None else None
    while token is not None and steps < MAX_VERB_DISTANCE:
        tense = _tense(doc, token)
        if tense is not None:
            return tense
        infinitive = infinitive or token.feats.get("VerbForm") == "Inf"
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return "future" if infinitive else None  # present tense: no direction of its own
        token, steps = doc.head(token), steps + 1
    return "future" if infinitive else None


def _tense(doc: Doc, token: Token) -> str | None:
    candidates = [token] + doc.children(token, *AUX_RELS)
    for t in candidates:
        if t.feats.get("VerbForm") == "Part":
            continue
        tense = t.feats.get("Tense")
        if tense == "Past":
            return "past"
        if tense == "Fut":
            return "future"
    return None


def time_for_tokens(doc: Doc, token_indices: Sequence[int], nearest: bool = True) -> Time | None:
    """The time expression governing the trigger at ``token_indices`` (see the module docstring);
    with ``nearest=False`` only one the parse links to the trigger."""
    if not token_indices or not doc.tokens:
        return None
    trigger = doc.tokens[token_indices[0]]
    times = [(time, a) for time, a in doc.time_anchors if a.sent == trigger.sent]
    if not times:
        return None
    governing = _attached_above(doc, token_indices, times) or _attached_below(doc, trigger, times)
    if governing is None and nearest:
        governing = min(times, key=lambda ta: abs((ta[1].first or 0) - trigger.i))[0]
    return replace(governing) if governing is not None else None


def _attached_above(doc: Doc, token_indices: Sequence[int], times: list[tuple[Time, Anchor]]) -> Time | None:
    """The time hanging from the trigger or from its nearest ancestor that has one."""
    for ancestor in _ancestors(doc, token_indices):
        for time, a in times:
            if a.attach == ancestor:
                return time
    return None


def _attached_below(doc: Doc, trigger: Token, times: list[tuple[Time, Anchor]]) -> Time | None:
    """The time closest below the trigger in the parse ("кинофестиваль, открывшийся 23 июля")."""
    best: tuple[int, Time] | None = None
    for time, a in times:
        if a.attach is None:
            continue
        chain = _ancestors(doc, [a.attach])
        if trigger.i in chain and (best is None or chain.index(trigger.i) < best[0]):
            best = (chain.index(trigger.i), time)
    return best[1] if best else None


def _ancestors(doc: Doc, token_indices: Sequence[int]) -> list[int]:
    """The trigger's tokens, then its heads upwards to the root of its sentence."""
    chain = list(token_indices)
    for token in doc.ancestors(doc.tokens[token_indices[0]]):
        if token.i in chain:
            break
        chain.append(token.i)
    return chain
