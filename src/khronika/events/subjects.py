"""Who acts: each trigger's source from the parse, and the repairs for the parser's usual errors
(a misparsed or dropped subject, a relative pronoun, a passive, a frame such as ``в рамках
визита``, a light verb such as ``провел переговоры``)."""

from __future__ import annotations

from collections.abc import Iterator

from khronika.data import word_list
from khronika.events.lexicon import modality_cues
from khronika.events.occurrence import Occurrence, dedupe
from khronika.events.participants import PLACE_PREPS, Scene, actors_of, entity_actor, first_person
from khronika.events.phrases import Phrase, conjunct_actors, phrase_word
from khronika.events.tree import Tree
from khronika.kb.cameo import VISIT, is_speech
from khronika.link.resolve import DROPPED, Resolver
from khronika.model import Actor
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import folded_lemma
from khronika.nlp.relations import SUBJECT_RELS
from khronika.nlp.subject import (
    Question,
    controlling_object,
    modified_noun,
    parse_subjects,
    passive_agent,
    passive_agents,
    subjects_of,
    subjects_pruned,
)
from khronika.quotes.marks import OPENERS

NOUN_CLIMB = ("obj", "obl", "nsubj:pass", "iobj")  # a noun trigger's relations to a verb whose subject acts


def read_sources(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> None:
    tree, token, entry = scene.tree, occurrence.token, occurrence.entry
    for where in entry.sources:
        found = source_by(scene, occurrence, where, by_token)
        if found:
            occurrence.sources = dedupe(found)
            return
    if scene.speaker is not None and (speaks_first_person(tree, token)
                                      or is_speech(entry.cameo) and not (scene.direct and someone_else_acts(tree, token))):
        occurrence.sources = [scene.speaker]
        occurrence.first_person = True


def source_by(scene: Scene, occurrence: Occurrence, where: str, by_token: dict[int, Occurrence]) -> list[Actor]:
    tree, token = scene.tree, occurrence.token
    if where == "poss":  # "свой визит" is the clause subject's: left to nsubj
        owners = [c for c in tree.doc.children(token, "det", "nmod")
                  if c.pos in ("DET", "PRON") and not tree.doc.prep(c) and folded_lemma(c) != "свой"]
        actors = [a for c in owners for a in actors_of(scene, c)]
        occurrence.first_person = any(folded_lemma(c) in first_person() for c in owners) and bool(actors)
        return actors
    if where == "gen":
        return genitive_actors(scene, token)
    if where == "amod":
        return [a for c in tree.doc.children(token, "amod") for a in actors_of(scene, c)]
    if where == "agent":
        return [a for c in tree.doc.children(token, "obl") if tree.doc.case(c) == "Ins" and not tree.doc.prep(c)
                for a in conjunct_actors(scene, c)]
    if where == "nsubj":
        return subject_actors(scene, occurrence, by_token)
    return []


def genitive_actors(scene: Scene, token: Token) -> list[Actor]:
    tree = scene.tree
    found: list[Actor] = []
    for child in tree.doc.children(token, "nmod"):
        if tree.doc.prep(child) is None and tree.doc.case(child) == "Gen":
            found.extend(conjunct_actors(scene, phrase_word(tree, child)))
    return found or genitive_after_place(scene, token)


def genitive_after_place(scene: Scene, token: Token) -> list[Actor]:
    """``визит на острова президента России Дмитрия Медведева``: the parse hangs the visitor on the
    place; a person in the genitive right after the trigger's place phrase is the trigger's (a place
    has no person of its own in news Russian)."""
    tree = scene.tree
    for place in tree.doc.children(token, "nmod", "obl"):
        entity = tree.entity_of.get(place.i)
        if tree.doc.prep(place) not in PLACE_PREPS or not (entity is not None and entity.type == "LOC"
                                                      or folded_lemma(place) in word_list("place_nouns", "events")):
            continue
        for child in tree.doc.children(place, "nmod"):
            if tree.doc.prep(child) is not None or tree.doc.case(child) != "Gen" or child.i != last_word(tree, place) + 1:
                continue
            people = [a for a in conjunct_actors(scene, phrase_word(tree, child)) if a.type == "PER" or a.role]
            if people:
                return people
    return []


def last_word(tree: Tree, token: Token) -> int:
    """The index of a phrase head's last word: its own, or the last of the name it heads."""
    entity = tree.entity_of.get(token.i)
    words = tree.doc.tokens_in(entity.start, entity.end) if entity is not None else []
    return max([token.i] + [t.i for t in words])


# A trigger's source: at the trigger or at the word it hangs on (see ``climbs``), a passive verb's
# agent, the parse's subjects, a participle's noun, an infinitive's controlling object, the subject
# of the verb a frame noun hangs on (``В ходе беседы Токаев пригласил``).


def framing_subject(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """``в рамках визита``, ``в ходе беседы``: the frame stands for the event, and the subject of
    the verb the frame hangs on acts (``В ходе беседы Токаев пригласил``)."""
    parent = doc.head(word)
    if parent is None or not framed(doc, word, parent):
        return None
    verb = doc.head(parent)
    if verb is None:
        return []
    return subjects_pruned(doc, verb) if verb.pos == "VERB" else None


def cue_after_quote(tree: Tree, token: Token, parent: Token) -> Token:
    """``«...», — сказал Медведев на встрече с учёными``: the parser hangs what follows the speech
    verb on the quote's root; it is the speech verb's."""
    cues = [c for c in tree.doc.children(parent, "parataxis") if parent.i < c.i < token.i and c.pos == "VERB"]
    return cues[-1] if cues else parent


def carried_by_noun(tree: Tree, token: Token, parent: Token) -> bool:
    """``участия в саммите``, ``решение просить ООН``, ``заявление с осуждением``: an event word that
    hangs on a carrier noun (``carrier_nouns.txt``)."""
    if parent.pos != "NOUN" or folded_lemma(parent) not in word_list("carrier_nouns", "events"):
        return False
    if token.pos == "VERB":
        return token.feats.get("VerbForm") == "Inf" and token.rel in ("nmod", "acl", "xcomp")
    return token.pos == "NOUN" and token.rel == "nmod"


def carrier_holder(doc: Doc, word: Token, question: Question) -> list[Token] | None:
    """Who holds a carrier noun: its genitive person or body (``решение правительства``), its
    possessive (``его решение``)."""
    if word.pos != "NOUN" or folded_lemma(word) not in word_list("carrier_nouns", "events") or word.i == question.verb.i:
        return None
    owners = [c for c in doc.children(word, "nmod") if doc.prep(c) is None and doc.case(c) == "Gen"
              and (doc.entity_at(c) is not None or c.feats.get("Animacy") == "Anim")]
    owners += [c for c in doc.children(word, "det") if c.pos == "DET" and folded_lemma(c) != "свой"]
    return owners[:1] or None


SOURCE_REPAIRS = (passive_agent, parse_subjects, modified_noun, controlling_object, framing_subject, carrier_holder)


def subject_actors(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> list[Actor]:
    """The verb's subject; an infinitive's, a participle's or a gerund's from the word it hangs on;
    a noun's from the verb that carries it (``Лавров провел переговоры``)."""
    tree, token = scene.tree, occurrence.token
    if is_passive(token):  # "были убиты X": X is who it happened to; only an agent acts
        subjects = passive_agents(tree.doc, token)
    else:
        subjects = subjects_of(tree.doc, token, SOURCE_REPAIRS, lambda doc, word: climbs(tree, word, by_token))
    return [a for s in subjects for a in conjunct_actors(scene, s)]


def climbs(tree: Tree, token: Token, by_token: dict[int, Occurrence]) -> Token | None:
    """The word whose subject acts for ``token`` too: its head, or past a frame noun
    (``в рамках визита``) the frame's head, if that carries it; an event noun or an infinitive
    under a noun that carries it (``от участия в саммите``, ``решение просить``) climbs to that noun."""
    parent = tree.doc.head(token)
    if parent is None:
        return None
    parent = cue_after_quote(tree, token, parent)
    if carried_by_noun(tree, token, parent):
        return parent
    if framed(tree.doc, token, parent):
        token, parent = parent, tree.doc.head(parent)
        if parent is None:
            return None
    return parent if carries(tree, token, parent, by_token) else None


def is_passive(token: Token) -> bool:
    return token.pos == "VERB" and token.feats.get("Voice") == "Pass"


def passive_patients(scene: Scene, verb: Token) -> list[Actor]:
    """Whom a passive trigger happens to: its passive subject, or the noun its participle modifies
    (``приговоренная к казни Асия Биби``)."""
    tree = scene.tree
    if verb.rel in ("acl", "amod") and (parent := tree.doc.head(verb)) is not None:
        return conjunct_actors(scene, parent)
    return [a for s in tree.doc.children(verb, "nsubj:pass", "nsubj") for a in conjunct_actors(scene, s)]


def framed(doc: Doc, token: Token, parent: Token) -> bool:
    """``в рамках визита``, ``в ходе переговоров``: an event noun under a framing noun."""
    return token.rel == "nmod" and folded_lemma(parent) in word_list("given", "events") and doc.prep(parent) is not None


def nominative_before(scene: Scene, verb: Token, phrases: list[Phrase]) -> list[Actor]:
    """When the parse gives a verb no subject, the nearest bare nominative actor before it in its
    clause (a misparse often hangs the subject under the object: ``посол ... встретился с заместителем``).
    A name joined or set beside a word of another case has that word's case, whatever its own tag
    says (``Мне и Ли Со Ён помогли``, ``супруге президента — Наине Иосифовне``); a name in quotes
    after a common noun does not decline (``движения «Талибан»``) and is left to its own tag."""
    tree = scene.tree
    for phrase in sorted(phrases, key=lambda p: -p.word.i):
        if phrase.word.i >= verb.i or phrase.prep is not None or tree.doc.case(phrase.word) != "Nom":
            continue
        joined = tree.doc.head(phrase.word) if phrase.word.rel == "conj" or declined_apposition(tree, phrase.word) else None
        if joined is not None and tree.doc.case(joined) not in (None, "Nom"):
            continue
        between = [t for t in tree.tokens if phrase.word.i < t.i < verb.i]
        if any(tree.is_finite_verb(t) or t.text in (";", ":") for t in between):
            return []
        return actors_of(scene, phrase.word)
    return []


def declined_apposition(tree: Tree, word: Token) -> bool:
    """An apposition that takes its head's case: any but a quoted name."""
    if word.rel != "appos" or word.i == 0:
        return False
    return tree.doc.tokens[word.i - 1].text not in OPENERS


def clause_verb(tree: Tree, token: Token) -> Token | None:
    """The verb whose subject acts in the trigger's event: a verb trigger itself, or the light
    verb carrying a noun trigger (``проведёт встречу``)."""
    if token.pos == "VERB":
        return token
    parent = tree.doc.head(token)
    if token.rel == "obj" and parent is not None and parent.pos == "VERB" and light_verb(tree, parent):
        return parent
    return None


def dropped_subject(scene: Scene, occurrence: Occurrence, verb: Token) -> list[Actor]:
    """A finite verb with no subject at all continues the story of the last person named before
    its sentence in the same paragraph, if the verb agrees with them (``Император ... . За это время
    посетил другие святилища``)."""
    tree, carrier = scene.tree, finite_carrier(scene.tree, verb)
    if carrier is None or tree.doc.children(carrier, *SUBJECT_RELS) or carrier.feats.get("Person") in ("1", "2"):
        return []
    verb = carrier
    earlier = shared_subject(scene, verb)
    if earlier:
        return earlier
    if is_speech(occurrence.entry.cameo):
        return []
    last = Resolver(tree.doc).antecedent(verb, tree.sent.start, DROPPED)
    return [entity_actor(scene, last)] if last is not None else []


def shared_subject(scene: Scene, verb: Token) -> list[Actor]:
    """``Обама посетит саммит, проведёт встречу``: a subjectless verb in a run of verbs shares the
    subject of the verb before it (the parser often leaves such a run unjoined)."""
    tree = scene.tree
    for before in sorted((t for t in tree.tokens if t.i < verb.i and tree.is_finite_verb(t)), key=lambda t: -t.i):
        subjects = subjects_pruned(tree.doc, before)
        if not subjects:
            continue
        if before.feats.get("Number") != verb.feats.get("Number"):
            return []
        return [a for s in subjects for a in conjunct_actors(scene, s)]
    return []


def finite_carrier(tree: Tree, token: Token) -> Token | None:
    """The finite verb of the trigger's clause: itself, or the verb its infinitive hangs on."""
    current: Token | None = token
    for _ in range(3):
        if current is None:
            return None
        if tree.is_finite_verb(current):
            return current
        if current.rel not in ("xcomp", "conj"):
            return None
        current = tree.doc.head(current)
    return None


def carries(tree: Tree, token: Token, parent: Token, by_token: dict[int, Occurrence]) -> bool:
    """Whether the subject of ``parent`` is the subject of ``token`` too."""
    if token.rel in ("xcomp", "conj"):
        return True
    if token.rel == "advcl" and token.feats.get("VerbForm") in ("Conv", "Inf"):
        return True  # "Выступая с Посланием, Президент отметил"; "прибыл, чтобы обсудить"
    if token.pos in ("NOUN", "PROPN") and token.rel in NOUN_CLIMB and parent.pos == "VERB":
        if folded_lemma(token) in word_list("carrier_nouns", "events"):
            held = token.rel == "obj" or (token.rel == "obl" and (tree.doc.prep(token) or "") in ("о", "об"))
            if held and (parent.i not in by_token or light_verb(tree, parent)):
                return True  # "вынесла решение просить", "заявил о намерении посетить"
        if token.rel == "obl" and set((tree.doc.prep(token) or "").split()) & word_list("given", "events"):
            return True  # "В ходе беседы с Путиным Токаев пригласил": whatever the clause does
        takes_part = token.rel == "obl" and (taking_part(tree, token) or folded_lemma(parent) in modality_cues())
        if parent.i in by_token:  # "прибыл на переговоры": who comes to talks takes part in them
            visit = by_token[parent.i].entry.cameo == VISIT
            return takes_part and (visit or light_verb(tree, parent) or setting(tree, token))
        return takes_part or (token.rel != "obl" and light_verb(tree, parent))
    return False


def setting(tree: Tree, token: Token) -> bool:
    """An event noun on whose occasion another act happens (``сказал на встрече``, ``осудил на
    саммите``): who acts there takes part in it. Not ``в беседе с корреспондентом``: that is the
    medium of a statement, not an occasion."""
    return tree.doc.prep(token) == "на" and tree.doc.case(token) == "Loc"


def taking_part(tree: Tree, token: Token) -> bool:
    """An oblique event noun its verb's subject takes part in (``на переговорах``, ``с визитом``,
    ``в ходе визита``), not a cause or a topic (``из-за поставок``, ``о встрече``); under a verb
    of planning or refusing any preposition will do (``договорились о встрече``, ``отказался от визита``)."""
    prep = tree.doc.prep(token)
    return prep is None or prep.split()[0] in word_list("taking_part", "events")


def light_verb(tree: Tree, verb: Token) -> bool:
    """A verb that only carries an event noun: ``провел``, or a phrase such as ``принимать участие``."""
    light = word_list("light_verbs", "events")
    return folded_lemma(verb) in light or any(f"{folded_lemma(verb)} {folded_lemma(o)}" in light for o in tree.doc.children(verb, "obj"))


CARRIER_DEPTH = 4  # words up from a trigger to the verb that carries it
# how a trigger hangs from the verb that carries it: its object, an infinitive, a conjunct...
CARRIED = ("xcomp", "obj", "obl", "conj")


def carriers(tree: Tree, token: Token, climb: tuple[str, ...]) -> Iterator[Token]:
    """The trigger and the words it hangs from while its relation is in ``climb``, a few at most."""
    current: Token | None = token
    for _ in range(CARRIER_DEPTH):
        if current is None:
            return
        yield current
        if current.rel not in climb:
            return
        current = tree.doc.head(current)


def someone_else_acts(tree: Tree, token: Token) -> bool:
    """The verb carrying the trigger has a subject other than ``я``/``мы`` (``«... он заряжал всех
    уверенностью»``): in a direct quote, the speaker tells of another's act, whoever that is."""
    for word in carriers(tree, token, CARRIED):
        subjects = tree.doc.children(word, "nsubj")
        if subjects:
            return any(s.feats.get("Person", "3") != "1" for s in subjects)
    return False


def speaks_first_person(tree: Tree, token: Token) -> bool:
    """A first-person verb carries the trigger: "планирую выступить", "Развиваем контакты"."""
    return any(w.feats.get("Person") == "1" and w.pos in ("VERB", "AUX")
               for w in carriers(tree, token, (*CARRIED, "nsubj:pass")))
