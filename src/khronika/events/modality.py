"""An event's modality: factual, planned, possible or negated.

Read from the words that carry the trigger up to its clause's finite verb: a modality word
(``data/events/modality.tsv``: ``планирую выступить``, ``визит запланирован``, ``отказался от
встречи``) or one modifying the trigger (``предстоящий визит``); then ``не`` on any of them;
then mood (``бы``, the imperative); then tense (``состоятся`` is future: planned). A noun that no
verb carries is factual. Negation outranks possibility, possibility outranks a plan.
"""

from __future__ import annotations

from typing import cast

from khronika.data import word_list
from khronika.events.lexicon import modality_cues
from khronika.events.tree import Tree
from khronika.model import Modality
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma

CARRYING = ("xcomp", "obj", "obl", "nsubj", "nsubj:pass", "nmod", "conj", "iobj", "acl")
MODIFIERS = ("amod", "advmod", "det")
RANK = {"negated": 3, "possible": 2, "planned": 1, "factual": 0}
CHAIN_LIMIT = 5


def carrying_chain(tree: Tree, trigger: Token) -> list[Token]:
    """The trigger and the words above it up to and including its clause's finite verb."""
    chain = [trigger]
    for parent in tree.doc.ancestors(trigger, CHAIN_LIMIT - 1):
        if tree.is_finite_verb(chain[-1]) or chain[-1].rel not in CARRYING:
            break
        chain.append(parent)
    return chain


def modality_of(tree: Tree, trigger: Token) -> tuple[Modality, bool]:
    """(modality, whether a word or a tense said so rather than the default). A noun in a
    prepositional phrase (``во время встречи``, ``после визита``) is taken as given: the clause's
    modal words and negation are about something else, only its tense reaches the noun."""
    chain = carrying_chain(tree, trigger)
    given = is_given(tree, trigger)
    cue = strongest(cue_words(tree, chain[:1] if given else chain))
    negated = any(is_negated(tree, t) for t in (chain[:1] if given else chain))
    if negated:
        return ("possible", True) if cue == "possible" else ("negated", True)
    if cue is not None and cue != "factual":
        return cast(Modality, cue), True  # modality.tsv gives only the contract's modalities
    if not given and any(conditional(tree, t) for t in chain):
        return "possible", True
    tense = tense_of(tree, chain)
    if tense == "Fut":
        return "planned", True
    if tense in ("Past", "Pres") or cue == "factual":
        return "factual", True
    if trigger.feats.get("VerbForm") == "Inf":
        return "planned", True
    return "factual", False


def is_given(tree: Tree, trigger: Token) -> bool:
    """An event noun in a prepositional phrase, unless a modality word takes it (``отказался от
    визита``, ``готовимся к визиту``): ``присоединиться к санкциям ЕС`` does not make the
    sanctions any less real; or one framed by a time noun (``в ходе визита``)."""
    if trigger.pos not in ("NOUN", "PROPN"):
        return False
    frame = tree.doc.head(trigger)
    prep = tree.doc.prep(trigger)
    if prep is not None:
        framed = bool(set(prep.split()) & word_list("given", "events"))  # "в ходе беседы", whatever the verb
        return framed or frame is None or folded_lemma(frame) not in modality_cues()
    framing = word_list("given", "events")
    return trigger.rel == "nmod" and frame is not None and folded_lemma(frame) in framing and tree.doc.prep(frame) is not None


def cue_words(tree: Tree, chain: list[Token]) -> list[str]:
    cues = modality_cues()
    found = [cues[folded_lemma(t)] for t in chain[1:] if folded_lemma(t) in cues]
    found += [cues[folded_lemma(c)] for c in tree.doc.children(chain[0], *MODIFIERS) if folded_lemma(c) in cues]
    for verb in chain[1:]:
        found += [cues[folded_lemma(c)] for c in tree.doc.children(verb, "advmod") if folded_lemma(c) in cues]
    for verb in chain:  # "если нападет" and what follows from it: "окажут помощь, если нападет"
        # (not what was done on a condition: "пообещал ограничить поставки, если Минск откажется")
        clauses = [verb] + (tree.doc.children(verb, "advcl") if verb.feats.get("Tense") != "Past" else [])
        found += [cues[folded_lemma(m)] for c in clauses for m in tree.doc.children(c, "mark") if folded_lemma(m) in cues]
    return found


def strongest(modalities: list[str]) -> str | None:
    return max(modalities, key=RANK.__getitem__) if modalities else None


def is_negated(tree: Tree, token: Token) -> bool:
    return any(folded_lemma(c) in ("не", "ни") for c in tree.doc.children(token, "advmod", "neg", "discourse"))


def conditional(tree: Tree, token: Token) -> bool:
    if token.feats.get("Mood") in ("Cnd", "Imp"):
        return True
    return any(folded_lemma(c) == "бы" for c in tree.doc.children(token))


def tense_of(tree: Tree, chain: list[Token]) -> str | None:
    for token in chain:
        helpers = [c for c in tree.doc.children(token, "aux", "aux:pass", "cop") if c.feats.get("Tense")]
        for word in helpers + [token]:
            if word.pos in ("VERB", "AUX") and word.feats.get("VerbForm") == "Fin" and word.feats.get("Tense"):
                return word.feats["Tense"]
        if token.feats.get("VerbForm") == "Part" and token.feats.get("Variant") == "Short":
            return token.feats.get("Tense")
    return None
