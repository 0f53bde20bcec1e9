from types import SimpleNamespace

from khronika.nlp.models import load_models, share_words


def tagger(words: list[str]) -> SimpleNamespace:
    vocab = SimpleNamespace(items=words)
    return SimpleNamespace(infer=SimpleNamespace(encoder=SimpleNamespace(words_vocab=vocab)))


def test_the_three_models_share_one_word_vocabulary():
    models = load_models()
    words = models.morph.infer.encoder.words_vocab
    assert len(words) > 200_000
    assert models.syntax.infer.encoder.words_vocab is words
    assert models.ner.infer.encoder.words_vocab is words


def test_a_model_with_other_words_keeps_its_own():
    morph, other = tagger(["<pad>", "<unk>", "мир"]), tagger(["<pad>", "<unk>", "война"])
    share_words(other, morph)
    assert other.infer.encoder.words_vocab.items == ["<pad>", "<unk>", "война"]
    same = share_words(tagger(["<pad>", "<unk>", "мир"]), morph)
    assert same.infer.encoder.words_vocab is morph.infer.encoder.words_vocab


def test_shared_models_still_find_names(pipeline):
    from khronika.model import Article

    article = pipeline(Article(id="t", text="Президент Казахстана Касым-Жомарт Токаев прибыл с визитом в Ташкент.", published="2025-09-09"))
    found = {(e.text, e.type) for e in article.entities}
    assert ("Касым-Жомарт Токаев", "PER") in found and ("Ташкент", "LOC") in found



def test_the_morphology_dictionary_is_pymorphys_own_and_found_without_pkg_resources():
    import subprocess
    import sys

    from pymorphy2.analyzer import lang_dict_path

    from khronika.nlp.models import morph_vocab

    vocab = morph_vocab()
    assert vocab.dictionary.path == lang_dict_path("ru") and vocab.lang == "ru"
    assert [f.normal for f in vocab("стали")] == [f.normal for f in load_models().vocab("стали")]
    code = "import sys; from khronika.nlp.models import morph_vocab; morph_vocab(); print('pkg_resources' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
