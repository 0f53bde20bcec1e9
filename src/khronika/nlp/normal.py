"""Normal (nominative) forms of multi-word mentions, through natasha's syntax-aware inflector."""

from __future__ import annotations

from natasha import MorphVocab
from natasha.norm import syntax_normalize

from khronika.nlp.doc import Token


class _NatashaView:
    """The attribute names natasha's normaliser reads, over one of our tokens."""

    __slots__ = ("text", "pos", "feats", "id", "head_id", "start", "stop")

    def __init__(self, token: Token) -> None:
        self.text = token.text
        self.pos = token.pos
        self.feats = token.feats
        self.id = token.i
        self.head_id = token.head
        self.start = token.start
        self.stop = token.end


def normalize(vocab: MorphVocab, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return syntax_normalize(vocab, [_NatashaView(t) for t in tokens])
