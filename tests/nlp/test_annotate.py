import gc

from khronika.nlp.annotate import LemmaCache
from khronika.nlp.doc import SharedFeats
from khronika.nlp.models import load_models


class CountingVocab:
    """natasha's MorphVocab, counting the lemmatisations it is asked for."""

    def __init__(self) -> None:
        self.vocab = load_models().vocab
        self.calls = 0

    def lemmatize(self, word, pos, feats):
        self.calls += 1
        return self.vocab.lemmatize(word, pos, feats)


def test_cached_lemmas_are_natashas_and_asked_once_per_form():
    vocab, feats = CountingVocab(), SharedFeats()
    cache = LemmaCache(vocab)
    plural = feats.share({"Case": "Nom", "Number": "Plur"})
    genitive = feats.share({"Case": "Gen", "Number": "Sing"})
    words = [("выборы", "NOUN", plural), ("выборов", "NOUN", feats.share({"Case": "Gen", "Number": "Plur"})),
             ("России", "PROPN", genitive), ("выборы", "NOUN", plural)]
    lemmas = [cache.lemma(*w) for w in words]
    assert lemmas == [vocab.vocab.lemmatize(*w) for w in words]
    assert lemmas[:3] == ["выборы", "выборы", "россия"]
    assert vocab.calls == 3  # the repeated form came from the cache


def test_same_form_with_other_features_is_lemmatised_again():
    vocab, feats = CountingVocab(), SharedFeats()
    cache = LemmaCache(vocab)
    cache.lemma("стали", "VERB", feats.share({"Mood": "Ind", "Number": "Plur"}))
    assert cache.lemma("стали", "NOUN", feats.share({"Case": "Gen", "Number": "Sing"})) == "сталь"
    assert vocab.calls == 2


def test_a_feature_mapping_freed_elsewhere_cannot_stand_for_another():
    # The cache keys on the mapping's identity: it must keep the mapping alive, so a new
    # mapping can never reuse its id and pick up another set's lemma.
    vocab = CountingVocab()
    cache = LemmaCache(vocab)
    cache.lemma("стали", "NOUN", {"Case": "Gen", "Number": "Sing"})
    gc.collect()
    assert cache.lemma("стали", "NOUN", {"Case": "Nom", "Number": "Plur"}) == "сталь"
    assert vocab.calls == 2


def test_a_full_cache_starts_afresh():
    vocab, feats = CountingVocab(), SharedFeats()
    cache = LemmaCache(vocab)
    cache.LIMIT = 2
    none = feats.share({})
    for word in ("мир", "война", "мир", "договор"):
        cache.lemma(word, "NOUN", none)
    assert len(cache.known) == 1 and vocab.calls == 3
    cache.lemma("мир", "NOUN", none)  # forgotten with the rest
    assert vocab.calls == 4
