"""Bare natasha: slovnet NER over each whole text, exactly as ``natasha.Doc(text).tag_ner(...)`` gives it.

Our ``natasha`` stage tags sentence by sentence within paragraphs, so its mentions differ from
bare natasha's in a few places (context across sentences, spans across line breaks); the
evaluation reports both.
"""

from __future__ import annotations

from collections.abc import Iterable

from khronika.nlp.models import load_models

SpanT = tuple[int, int, str]


def bare_natasha_spans(texts: Iterable[str]) -> list[list[SpanT]]:
    ner = load_models().ner
    return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in ner.map(list(texts))]
