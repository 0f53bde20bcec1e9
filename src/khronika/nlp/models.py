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
# The NER tagger reads whole runs of paragraphs (up to an article), not sentences: a batch of 64
# such texts padded to the longest holds hundreds of MB of activations; 8 keeps a worker small.
NER_BATCH_SIZE = 2


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
    for tagger, size in ((models.morph, BATCH_SIZE), (models.syntax, BATCH_SIZE), (models.ner, NER_BATCH_SIZE)):
        tagger.batch_size = size
        tagger.infer.encoder.batch_size = size
    return models
