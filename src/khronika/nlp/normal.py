"""Normal (nominative) forms of multi-word mentions, through natasha's syntax-aware inflector.

natasha puts a mention's root and the adjectives agreeing with it in the nominative and leaves the
other words as written (``Министерства иностранных дел России`` -> ``Министерство иностранных дел
России``). Two gaps for names, filled here:

- the parts of a name hang off its first word (``flat:name``, often ``appos``) as proper nouns,
  which natasha never inflects: ``Сергеем Донским`` stayed ``Сергей Донским``. A proper noun so
  joined is part of the name and takes the nominative too. A ``flat:name`` part is read in its
  head's case (the tagger guesses ``Линкявичусом`` as a nominative); an ``appos`` must agree;
- a surname the dictionary only knows as an adjective (``Донским``, ``Толстым``) has no noun form
  to inflect: its adjective form of the same gender, number and case is used.
"""

from __future__ import annotations

from natasha import MorphVocab
from natasha.norm import inflect_word, normal_word, recover_shapes, recover_spaces, select_form, select_inflectable

from khronika.nlp.doc import Token

# Relations that join the words of one name: ``Сергеем`` <- flat:name ``Донским``.
NAME_PARTS = frozenset({"flat:name", "flat", "flat:foreign"})
APPOSITION = "appos"
PROPN, ADJ, CASE, NOM = "PROPN", "ADJ", "Case", "Nom"


class _NatashaView:
    """The attribute names natasha's normaliser reads, over one of our tokens."""

    __slots__ = ("text", "pos", "feats", "id", "head_id", "start", "stop", "rel")

    def __init__(self, token: Token) -> None:
        self.text = token.text
        self.pos = token.pos
        self.feats = token.feats
        self.id = token.i
        # the parser heads some sentence roots on themselves: a root all the same
        self.head_id = None if token.head == token.i else token.head
        self.start = token.start
        self.stop = token.end
        self.rel = token.rel


def _add_name_parts(views: list[_NatashaView], inflectable: set[int]) -> None:
    """Adds the proper nouns joined to an inflected word as parts of its name, in the same case."""
    by_id = {v.id: v for v in views}
    grown = True
    while grown:
        grown = False
        for view in views:
            head = by_id.get(view.head_id) if view.head_id is not None else None
            if view.id in inflectable or head is None or head.id not in inflectable or view.pos != PROPN:
                continue
            if view.rel in NAME_PARTS:
                view.feats = {**view.feats, CASE: head.feats.get(CASE, "")}
            elif view.rel != APPOSITION or view.feats.get(CASE) != head.feats.get(CASE):
                continue
            inflectable.add(view.id)
            grown = True


def _inflect(vocab: MorphVocab, view: _NatashaView) -> str:
    return _keep_yo(_nominative(vocab, view), view.text)


def _keep_yo(word: str, text: str) -> str:
    """natasha's forms spell ё as е: put back the ё the text wrote (Королёва -> Королёв)."""
    for i, char in enumerate(text.lower()):
        if char == "ё" and i < len(word) and word[i] == "е":
            word = word[:i] + "ё" + word[i + 1 :]
    return word


def _nominative(vocab: MorphVocab, view: _NatashaView) -> str:
    word = inflect_word(vocab, view)
    if word != normal_word(view.text) or view.pos != PROPN or view.feats.get(CASE) in (None, NOM):
        return word
    # a surname read only as an adjective (Донским -> донской): its adjective form, as the name's gender
    form = select_form(vocab(normal_word(view.text)), ADJ, view.feats)
    inflected = form.inflect({NOM}) if form else None
    return normal_word(inflected.word) if inflected else word


def normalize(vocab: MorphVocab, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    views = [_NatashaView(t) for t in tokens]
    ids = set(select_inflectable(views))
    _add_name_parts(views, ids)
    words = [_inflect(vocab, v) if v.id in ids else v.text for v in views]
    return recover_spaces(recover_shapes(words, views), views)
