"""The ``natasha`` pipeline component: segmentation, morphology, syntax, lemmas and NER.

All sentences of a batch of documents go through slovnet together (``.map``), so the models
see full batches instead of one small document at a time. Sentences are fed in order of length:
slovnet pads each batch to its longest item, and batches of like lengths waste little on padding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from khronika.model import Entity
from khronika.nlp.doc import Doc, Sentence, SharedFeats, Token
from khronika.nlp.models import Models, load_models
from khronika.nlp.normal import normalize
from khronika.nlp.segment import ner_chunks, segment
from khronika.registry import component

T = TypeVar("T", bound=Sequence)


def by_length(tagger: Callable[[list[T]], Iterable[Any]], items: list[T]) -> Iterator[tuple[int, Any]]:
    """``tagger(items)`` with the items fed shortest first: each result with its item's index.

    Results are handed on as the tagger makes them, so a batch never holds all of slovnet's
    markups at once."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    return zip(order, tagger([items[i] for i in order]))


@component("natasha", assigns=("tokens", "parse", "entities"))
class NatashaAnnotator:
    """Fills ``Doc.tokens``, ``Doc.sents`` and natasha's PER/ORG/LOC mentions."""

    def __init__(self) -> None:
        self.models: Models = load_models()
        self.feats = SharedFeats()
        self.lemmas = LemmaCache(self.models.vocab)

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.tokens, doc.sents = segment(doc.text)
        pairs = [(doc, sent) for doc in docs for sent in doc.sents]
        words = [[t.text for t in doc.sentence_tokens(sent)] for doc, sent in pairs]
        self._tag_morph(pairs, words)
        self._parse_syntax(pairs, words)
        self._tag_ner(docs)
        for doc in docs:
            self._lemmatize(doc.tokens)
            for entity in doc.entities:
                entity.normal = normalize(self.models.vocab, doc.tokens_in(entity.start, entity.end))

    def _tag_morph(self, pairs: list[tuple[Doc, Sentence]], words: list[list[str]]) -> None:
        for i, markup in by_length(self.models.morph.map, words):
            doc, sent = pairs[i]
            for token, tagged in zip(doc.sentence_tokens(sent), markup.tokens):
                token.pos, token.feats = tagged.pos, self.feats.share(tagged.feats)

    def _parse_syntax(self, pairs: list[tuple[Doc, Sentence]], words: list[list[str]]) -> None:
        for i, markup in by_length(self.models.syntax.map, words):
            doc, sent = pairs[i]
            for token, parsed in zip(doc.sentence_tokens(sent), markup.tokens):
                head = int(parsed.head_id)
                token.head = sent.first + head - 1 if head > 0 else None
                token.rel = parsed.rel

    def _tag_ner(self, docs: list[Doc]) -> None:
        # Whole stretches of text, not sentences: the tagger reads the preceding sentence to
        # recognise a sentence-initial surname ("Путин также ...").
        spans = [(doc, start, end) for doc in docs for start, end in ner_chunks(doc.text)]
        texts = [doc.text[start:end] for doc, start, end in spans]
        for i, markup in by_length(self.models.ner.map, texts):
            doc, offset, _ = spans[i]
            for span in markup.spans:
                start, end = offset + span.start, offset + span.stop
                doc.entities.append(Entity(start, end, doc.text[start:end], span.type))

    def _lemmatize(self, tokens: list[Token]) -> None:
        lemma = self.lemmas.lemma
        for token in tokens:
            token.lemma = lemma(token.text, token.pos, token.feats)


class LemmaCache:
    """``MorphVocab.lemmatize`` remembered per word form, part of speech and feature set.

    natasha caches pymorphy's analyses of 10,000 words, but every lookup still picks the best
    of a word's analyses again, and a run of news goes well past 10,000 words, so pymorphy's
    pure-Python dictionary walk is redone for the same words batch after batch. Feature sets are
    ``SharedFeats`` mappings, one object per distinct set, so their identity stands for their
    content in the key; each entry holds its mapping, so no other object can take its id."""

    LIMIT = 50_000  # entries, ~20 MB of keys and lemmas; past it the cache starts afresh rather than grow

    def __init__(self, vocab: Any) -> None:  # natasha's MorphVocab, untyped
        self.vocab = vocab
        self.known: dict[tuple[str, str, int], tuple[Mapping[str, str], str]] = {}

    def lemma(self, text: str, pos: str, feats: Mapping[str, str]) -> str:
        key = (text, pos, id(feats))
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
            found = self.known[key] = (feats, self.vocab.lemmatize(text, pos, feats))
        return found[1]
