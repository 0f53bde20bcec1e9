"""natasha's models, loaded once per process and shared by every pipeline in it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from natasha import (
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)

# slovnet pads every batch to its longest item; 64 sentences keeps padding cheap while
# amortising the per-call overhead that dominates at natasha's default of 8.
BATCH_SIZE = 64


@dataclass(frozen=True)
class Models:
    segmenter: Segmenter
    vocab: MorphVocab
    morph: NewsMorphTagger
    syntax: NewsSyntaxParser
    ner: NewsNERTagger


@lru_cache(maxsize=1)
def load_models() -> Models:
    emb = NewsEmbedding()
    models = Models(
        segmenter=Segmenter(),
        vocab=MorphVocab(),
        morph=NewsMorphTagger(emb),
        syntax=NewsSyntaxParser(emb),
        ner=NewsNERTagger(emb),
    )
    for tagger in (models.morph, models.syntax, models.ner):
        tagger.batch_size = BATCH_SIZE
        tagger.infer.encoder.batch_size = BATCH_SIZE
    return models
