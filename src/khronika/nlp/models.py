"""natasha's models, loaded once per process and shared by every pipeline in it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pymorphy2_dicts_ru
from natasha import (
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)
from natasha.morph.vocab import MorphForm
from pymorphy2 import MorphAnalyzer

from khronika.memory import release_memory

# slovnet pads every batch to its longest item; 64 sentences keeps padding cheap while
# amortising the per-call overhead that dominates at natasha's default of 8.
BATCH_SIZE = 64
# The NER tagger reads whole runs of paragraphs (up to an article), not sentences: a batch of 64
# such texts padded to the longest holds hundreds of MB of activations; 2 keeps a worker small.
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
    morph = NewsMorphTagger(emb)
    # Each slovnet model ships its own copy of navec's 250,002-word vocabulary (~45 MB of
    # Python strings and dict per copy); the three are the same list, so keep one.
    syntax = share_words(NewsSyntaxParser(emb), morph)
    ner = share_words(NewsNERTagger(emb), morph)
    models = Models(segmenter=Segmenter(), vocab=morph_vocab(), morph=morph, syntax=syntax, ner=ner)
    for tagger, size in ((models.morph, BATCH_SIZE), (models.syntax, BATCH_SIZE), (models.ner, NER_BATCH_SIZE)):
        tagger.batch_size = size
        tagger.infer.encoder.batch_size = size
    del emb  # navec's own vocabulary: the models keep only its quantised vectors
    release_memory()
    return models


def morph_vocab() -> MorphVocab:
    """natasha's ``MorphVocab`` with pymorphy's Russian dictionary named by its path.

    Left to find it, pymorphy imports ``pkg_resources`` and scans every installed distribution's
    entry points, a good part of a second of start-up, to arrive at the same folder."""
    vocab = MorphVocab.__new__(MorphVocab)
    MorphAnalyzer.__init__(vocab, path=pymorphy2_dicts_ru.get_path(), lang="ru", result_type=MorphForm)
    return vocab


def share_words(tagger: Any, like: Any) -> Any:  # slovnet taggers, untyped
    """``tagger`` using ``like``'s word vocabulary when the two are the same list of words."""
    mine, theirs = tagger.infer.encoder.words_vocab, like.infer.encoder.words_vocab
    if mine.items == theirs.items:
        tagger.infer.encoder.words_vocab = theirs
    return tagger
