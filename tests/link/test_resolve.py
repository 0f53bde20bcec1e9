"""Within-article coreference and the reference resolver: chains, titles and pronouns resolved to
the linked person, an office holder to a government, a capital to its government, a dropped subject."""

from __future__ import annotations

import pytest
from tests.conftest import SEED_TEXT

from khronika.events.participants import names_before
from khronika.events.tree import Tree
from khronika.kb.gazetteer import Gazetteer
from khronika.link.resolve import DROPPED, MENTIONS, SPEAKER, Resolver, capital_speaks, government_of
from khronika.model import Actor, Article
from khronika.nlp.doc import Doc


def annotate(pipeline, text: str, published: str = "2025-09-08", source: str | None = None) -> Doc:
    doc = Doc(Article(id="t", text=text, published=published, source=source))
    for _, run in pipeline.components:
        run([doc])
    return doc


@pytest.fixture(scope="module")
def seed_doc(pipeline):
    return annotate(pipeline, SEED_TEXT.read_text(encoding="utf-8"), source="kazpravda.kz")


def at(doc: Doc, phrase: str, word: str):
    start = doc.text.index(phrase) + phrase.index(word)
    return Resolver(doc).refers_to(start, start + len(word))


def test_full_name_and_surname_share_a_chain(seed_doc):
    full = next(e for e in seed_doc.entities if e.text == "Касым-Жомарт Токаев")
    short = next(e for e in seed_doc.entities if e.text == "Токаев")
    assert full.chain == short.chain and short.qid == "Q200881"


@pytest.mark.parametrize("phrase, word", [
    ("– сказал он", "он"),
    ("заключил Президент", "Президент"),
    ("Выступая с Посланием народу Казахстана Президент", "Президент"),
    ("Президент анонсировал", "Президент"),
])
def test_titles_and_pronouns_resolve_to_the_president(seed_doc, phrase, word):
    person = at(seed_doc, phrase, word)
    assert person is not None and person.qid == "Q200881" and person.actor == "KAZGOV"


def test_title_before_a_name_is_that_person(seed_doc):
    person = at(seed_doc, "Президента Трампа", "Президента")
    assert person is not None and person.qid == "Q22686"


def test_title_with_a_country_in_the_genitive(pipeline):
    doc = annotate(pipeline, "Глава МИД Турции прибыл в Москву. Он проведет переговоры.")
    minister = at(doc, "Глава МИД", "Глава МИД")
    assert minister is not None and minister.actor == "TURGOV"
    assert at(doc, "Он проведет", "Он") is minister or at(doc, "Он проведет", "Он").qid == minister.qid


def test_same_surname_different_first_name_are_two_people(pipeline):
    doc = annotate(pipeline, "Барак Обама и Мишель Обама посетили Чикаго. Барак Обама выступил с речью.")
    barack = [e for e in doc.entities if e.text == "Барак Обама"]
    michelle = next(e for e in doc.entities if e.text == "Мишель Обама")
    assert barack[0].chain == barack[1].chain != michelle.chain


def test_pronoun_agrees_in_gender(pipeline):
    doc = annotate(pipeline, "Сергей Лавров встретился с коллегой. Она не комментировала итоги.")
    assert at(doc, "Она не", "Она") is None
    assert at(doc, "Сергей Лавров", "Лавров").qid == "Q58217"


# The resolver's API, each rule on its own: who a word means, in each reader's scope.


def word(doc: Doc, text: str, nth: int = 0):
    return [t for t in doc.tokens if t.text == text][nth]


def test_a_pronoun_goes_to_the_person_before_it_of_its_gender(pipeline):
    doc = annotate(pipeline, "Мария Захарова прокомментировала визит. Она назвала его важным.")
    she = word(doc, "Она")
    found = Resolver(doc).antecedent(she, she.start, MENTIONS)
    assert found is not None and found.text == "Мария Захарова"
    doc = annotate(pipeline, "Сергей Лавров прокомментировал визит. Она назвала его важным.")
    she = word(doc, "Она")
    assert Resolver(doc).antecedent(she, she.start, MENTIONS) is None
    assert Resolver(doc).antecedent(she, she.start, SPEAKER) is None


def test_a_bare_title_goes_to_the_person_introduced_with_it(pipeline):
    doc = annotate(pipeline, "Министр иностранных дел России Сергей Лавров встретился с Дмитрием Песковым. "
                             "Министр заявил, что переговоры прошли успешно.")
    title = word(doc, "Министр", 1)
    resolver = Resolver(doc)
    # a quote's speaker looks for the person introduced as "министр", not the nearest person
    assert resolver.antecedent(title, title.start, SPEAKER).text == "Сергей Лавров"
    assert resolver.antecedent(title, title.start, MENTIONS).text == "Дмитрием Песковым"


def test_a_qualified_title_is_its_countrys_government(pipeline):
    text = "Премьер-министр Великобритании заявил о поддержке Украины."
    doc = annotate(pipeline, text)
    end = text.index(" заявил")
    actor = Resolver(doc).office_actor(0, end, word(doc, "Премьер-министр"))
    assert actor is not None and actor.code == "GBRGOV" and actor.country == "GBR"
    assert Resolver(doc).office_actor(end + 1, len(text), word(doc, "поддержке")) is None


def test_a_qualified_title_takes_no_other_persons_name(pipeline):
    doc = annotate(pipeline, "Сергей Лавров прибыл в Лондон. Премьер-министр Великобритании заявил о поддержке Украины.")
    title = word(doc, "Премьер-министр")
    resolver = Resolver(doc)
    assert resolver.antecedent(title, title.start, SPEAKER, qualified=True) is None
    assert resolver.antecedent(title, title.start, SPEAKER).text == "Сергей Лавров"


def test_a_capital_speaking_stands_for_its_government(pipeline):
    doc = annotate(pipeline, "Москва заявила протест Вашингтону.")
    moscow = next(e for e in doc.entities if e.text == "Москва")
    washington = next(e for e in doc.entities if e.text == "Вашингтону")
    assert capital_speaks(doc, moscow) and not capital_speaks(doc, washington)
    assert moscow.actor == moscow.country == "RUS" and washington.actor == "USA"
    gazetteer = Gazetteer.default()
    assert government_of(Actor("Москва", qid=moscow.qid), gazetteer).code == "RUSGOV"
    assert government_of(Actor("Вашингтон", qid=washington.qid), gazetteer).code == "USAGOV"
    kyoto = Actor("Киото", qid="Q34600")
    assert government_of(kyoto, gazetteer) is kyoto  # not a capital


@pytest.mark.parametrize("text, person", [
    ("Император Нарухито прибыл в Киото. За это время посетил несколько храмов.", "Нарухито"),
    ("Император Нарухито прибыл в Киото. За это время посетила несколько храмов.", None),  # the verb's gender
    ("Император Нарухито прибыл в Киото.\nЗа это время посетил несколько храмов.", None),  # another paragraph
])
def test_a_dropped_subject_is_the_last_person_of_the_paragraph(pipeline, text, person):
    doc = annotate(pipeline, text)
    verb = next(t for t in doc.tokens if t.text.startswith("посетил"))
    found = Resolver(doc).antecedent(verb, doc.sents[verb.sent].start, DROPPED)
    assert (found.text if found else None) == person


@pytest.mark.parametrize("text, body", [
    ("Россия может говорить, что она возражает против санкций.", "Россия"),
    ("Китай может говорить, что она возражает против санкций.", None),  # gender
])
def test_a_pronoun_for_a_body_named_in_its_sentence(pipeline, text, body):
    doc = annotate(pipeline, text)
    tree = Tree.build(doc, doc.sents[0], sorted(doc.entities, key=lambda e: (e.start, e.end)))
    she = word(doc, "она")
    found = Resolver(doc).body_antecedent(she, names_before(tree, she))
    assert (found.text if found else None) == body


def test_a_quote_speaker_and_an_event_source_through_the_same_resolver(pipeline):
    text = ("Министр иностранных дел России Сергей Лавров прибыл в Анкару. «Мы готовы к диалогу», — сказал министр. "
            "Министр провел переговоры с Мевлютом Чавушоглу.")
    article = pipeline(Article(id="t", text=text, published="2025-09-08"))
    speaker = article.quotes[0].speaker
    talks = next(e for e in article.events if e.source and e.source.mention.start == text.index("Министр провел"))
    assert speaker is not None and speaker.qid == talks.source.qid == "Q58217"
    assert speaker.mention.start == text.index("министр.") and talks.source.code == "RUSGOV"
