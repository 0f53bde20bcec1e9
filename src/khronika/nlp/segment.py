"""Sentences and tokens: razdel within paragraphs, with over-long sentences cut into pieces.

A line break in news text ends a paragraph (captions, datelines, headlines), so sentences never
cross one. Over-long "sentences" (tables, lists without punctuation) are cut so the parser's
quadratic cost stays bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize, tokenize

from khronika.nlp.doc import Sentence, Token

MAX_SENTENCE_TOKENS = 120
NER_CHUNK_CHARS = 20_000
_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield match.start(), match.end()


def ner_chunks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of whole paragraphs of at most ~NER_CHUNK_CHARS, so a huge text is tagged in pieces."""
    start: int | None = None
    end = 0  # set with start, before anything is yielded
    for p_start, p_end in paragraphs(text):
        if start is None:
            start = p_start
        elif p_end - start > NER_CHUNK_CHARS:
            yield start, end
            start = p_start
        end = p_end
    if start is not None:
        yield start, end


def segment(text: str) -> tuple[list[Token], list[Sentence]]:
    tokens: list[Token] = []
    sents: list[Sentence] = []
    for p_start, p_end in paragraphs(text):
        for sent in sentenize(text[p_start:p_end]):
            start = p_start + sent.start
            words = [(start + t.start, start + t.stop, t.text) for t in tokenize(sent.text)]
            for piece in _pieces(words):
                _add_sentence(piece, tokens, sents)
    return tokens, sents


def _pieces(words: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    for i in range(0, len(words), MAX_SENTENCE_TOKENS):
        yield words[i : i + MAX_SENTENCE_TOKENS]


def _add_sentence(words: list[tuple[int, int, str]], tokens: list[Token], sents: list[Sentence]) -> None:
    if not words:
        return
    index = len(sents)
    first = len(tokens)
    for start, end, text in words:
        tokens.append(Token(i=len(tokens), start=start, end=end, text=text, sent=index))
    sents.append(Sentence(i=index, start=words[0][0], end=words[-1][1], first=first, last=len(tokens)))
