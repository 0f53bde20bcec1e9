"""Each trigger's source, targets and place, read from the parse and from where a phrase stands.

A prepositional phrase belongs to the nearest trigger on its left that takes that preposition
and case (``визиты в Россию``, ``переговоры с Фиданом``), else to the trigger above it in the
parse: the parser often hangs such phrases on the wrong noun, and in Russian news a modifier
almost always follows the noun it modifies. Bare cases (``поддержал Россию``, ``осуждение
Израиля``) and subjects come from the parse alone. A genitive of a plain noun speaks for it
(``выступить на сессии Генассамблеи``: the Assembly is where the speech goes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khronika.events.lexicon import Trigger, modality_cues, word_list
from khronika.events.participants import Scene, actors_of, entity_actor, first_person
from khronika.events.tree import Tree
from khronika.events.triggers import lemma_of
from khronika.link.coref import agrees, gender
from khronika.model import Actor, Entity
from khronika.nlp.doc import Token

VISIT = "042"
LINEAR_WINDOW = 10  # tokens between a trigger and a phrase it may take by position
THROUGH_DEPTH = 2  # plain nouns a genitive may speak through
PLACE_PREPS = ("в", "на", "во")
SUBJECT_RELS = ("nsubj", "nsubj:pass")
NOUN_CLIMB = ("obj", "obl", "nsubj:pass", "iobj")  # a noun trigger's relations to a verb whose subject acts


@dataclass
class Occurrence:
    token: Token
    entry: Trigger
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    place: Entity | None = None
    first_person: bool = False  # the source is the quote's speaker by a first-person word or verb

    @property
    def sides(self) -> list[Actor]:
        return self.sources + self.targets


@dataclass(frozen=True)
class Phrase:
    """An actor-bearing phrase: the word that names it and where it stands."""

    word: Token  # the word the actors come from
    site: Token  # the word's phrase: the title before a name, or the plain noun it speaks through
    head: Token  # where the site stands: its first conjunct
    prep: str | None
    case: str | None


def read_sentence(scene: Scene, triggers: list[tuple[Token, Trigger]]) -> list[Occurrence]:
    occurrences = [Occurrence(token, entry) for token, entry in triggers]
    by_token = {o.token.i: o for o in occurrences}
    phrases = find_phrases(scene, set(by_token))
    for occurrence in occurrences:
        read_sources(scene, occurrence, by_token)
        verb = clause_verb(scene.tree, occurrence.token)
        if not occurrence.sources and verb is not None and not is_passive(verb):
            occurrence.sources = nominative_before(scene, verb, phrases) or dropped_subject(scene, occurrence, verb)
    for phrase in phrases:
        attach_phrase(scene, phrase, occurrences, by_token)
    for occurrence in occurrences:
        if is_passive(occurrence.token):
            occurrence.targets.extend(a for a in passive_patients(scene, occurrence.token) if a not in occurrence.targets)
        read_bare_targets(scene, occurrence, phrases)
        if not occurrence.targets and occurrence.token.pos == "VERB" and occurrence.entry.target_slot(None, "Acc"):
            occurrence.targets = accusative_after(scene, occurrence.token, phrases)
    return occurrences


# -- phrases ------------------------------------------------------------------------------------


def find_phrases(scene: Scene, triggers: set[int]) -> list[Phrase]:
    """One phrase per site: a person's name before the title it follows, the title or a country's
    leaders before a place inside them (``с главой МИД Турции``: not Turkey)."""
    tree = scene.tree
    words: dict[int, Token] = {}
    entities = {id(e): e for e in tree.entity_of.values()}
    for entity in entities.values():
        head = tree.entity_head(entity)
        if head is not None:
            words[head.i] = head
    for token in tree.tokens:
        if token.i not in tree.entity_of and token.i not in words and actors_of(scene, token):
            words[token.i] = token
    best: dict[int, Phrase] = {}
    for word in sorted(words.values(), key=lambda t: t.i):
        phrase = phrase_of(tree, word, triggers)
        current = best.get(phrase.site.i)
        if current is None or phrase_rank(tree, phrase) < phrase_rank(tree, current):
            best[phrase.site.i] = phrase
    return sorted(best.values(), key=lambda p: p.word.i)


def phrase_rank(tree: Tree, phrase: Phrase) -> int:
    entity = tree.entity_of.get(phrase.word.i)
    if entity is not None and entity.type == "PER":
        return 0
    return 1 if phrase.word.i == phrase.site.i else 2


def phrase_of(tree: Tree, word: Token, triggers: set[int]) -> Phrase:
    site = word
    parent = tree.head(site)
    if site.rel in ("flat:name", "appos", "flat") and parent is not None and parent.i not in tree.entity_of:
        site = parent  # "Президента Трампа": the title heads the phrase
    for _ in range(THROUGH_DEPTH):
        head = tree.first_conjunct(site)
        parent = tree.head(head)
        speaks_through = tree.prep(head) is None and tree.case(head) == "Gen" and head.rel == "nmod"
        if not (speaks_through and parent is not None and parent.pos == "NOUN" and parent.i not in tree.entity_of):
            break
        if parent.i in triggers or lemma_of(parent) in word_list("light_verbs"):
            break
        site = parent
    head = tree.first_conjunct(site)
    return Phrase(word, site, head, tree.prep(head), tree.case(head))


# -- sources ------------------------------------------------------------------------------------


def read_sources(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> None:
    tree, token, entry = scene.tree, occurrence.token, occurrence.entry
    for where in entry.sources:
        found = source_by(scene, occurrence, where, by_token)
        if found:
            occurrence.sources = dedupe(found)
            return
    if scene.speaker is not None and (speaks_first_person(tree, token) or entry.cameo[:2] in ("01", "02")):
        occurrence.sources = [scene.speaker]
        occurrence.first_person = True


def source_by(scene: Scene, occurrence: Occurrence, where: str, by_token: dict[int, Occurrence]) -> list[Actor]:
    tree, token = scene.tree, occurrence.token
    if where == "poss":  # "свой визит" is the clause subject's: left to nsubj
        owners = [c for c in tree.children(token, "det", "nmod")
                  if c.pos in ("DET", "PRON") and not tree.prep(c) and lemma_of(c) != "свой"]
        actors = [a for c in owners for a in actors_of(scene, c)]
        occurrence.first_person = any(lemma_of(c) in first_person() for c in owners) and bool(actors)
        return actors
    if where == "gen":
        return genitive_actors(scene, token)
    if where == "amod":
        return [a for c in tree.children(token, "amod") for a in actors_of(scene, c)]
    if where == "agent":
        return [a for c in tree.children(token, "obl") if tree.case(c) == "Ins" and not tree.prep(c)
                for a in conjunct_actors(scene, c)]
    if where == "nsubj":
        return subject_actors(scene, occurrence, by_token)
    return []


def genitive_actors(scene: Scene, token: Token) -> list[Actor]:
    tree = scene.tree
    found: list[Actor] = []
    for child in tree.children(token, "nmod"):
        if tree.prep(child) is None and tree.case(child) == "Gen":
            found.extend(conjunct_actors(scene, phrase_word(tree, child)))
    return found


def phrase_word(tree: Tree, token: Token) -> Token:
    """The name under a title ("Президента Трампа" -> "Трампа") when the title itself names nobody."""
    if token.i in tree.entity_of:
        return token
    names = [c for c in tree.children(token, "flat:name", "appos", "flat") if c.i in tree.entity_of]
    return names[0] if names else token


def conjunct_actors(scene: Scene, token: Token) -> list[Actor]:
    return [a for part in scene.tree.conjuncts(token) for a in actors_of(scene, phrase_word(scene.tree, part))]


def subject_actors(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> list[Actor]:
    """The verb's subject; an infinitive's, a participle's or a gerund's from the word it hangs on;
    a noun's from the verb that carries it (``Лавров провел переговоры``)."""
    tree, token = scene.tree, occurrence.token
    if is_passive(token):  # "были убиты X": X is who it happened to; only an agent acts
        return [a for agent in passive_agents(tree, token) for a in conjunct_actors(scene, agent)]
    seen: set[int] = set()
    while token is not None and token.i not in seen:
        seen.add(token.i)
        if token.pos in ("VERB", "AUX") and token.feats.get("Voice") == "Pass":
            agents = passive_agents(tree, token)
            if agents:
                return [a for agent in agents for a in conjunct_actors(scene, agent)]
        subjects = subjects_of(tree, token, occurrence.token)
        if subjects:
            return [a for s in subjects for a in conjunct_actors(scene, relative_antecedent(tree, token, s))]
        parent = tree.head(token)
        if parent is None:
            return []
        if token.rel in ("acl", "amod") and token.pos == "VERB":
            return conjunct_actors(scene, parent)  # "Токаев, посетивший Китай"
        if token.rel == "xcomp" and (controllers := object_controllers(tree, parent)):
            return [a for c in controllers for a in conjunct_actors(scene, c)]  # "пригласил лидера посетить"
        if framed(tree, token, parent):
            token, parent = parent, tree.head(parent)  # "в рамках визита": the frame stands for it
            if parent is None:
                return []
            if parent.pos == "VERB" and (framing := subjects_of(tree, parent)):
                return [a for s in framing for a in conjunct_actors(scene, s)]  # "В ходе беседы Токаев пригласил"
        if not carries(tree, token, parent, by_token):
            return []
        token = parent
    return []


def subjects_of(tree: Tree, verb: Token, trigger: Token | None = None) -> list[Token]:
    """The verb's subjects; when the parse gives two, an object was read as a second one
    (``посетит Брюссель``): keep the nominative and animate ones."""
    subjects = [c for c in tree.children(verb, *SUBJECT_RELS) if trigger is None or c.i != trigger.i]
    if len(subjects) > 1:
        subjects = [c for c in subjects if tree.case(c) in ("Nom", None)] or subjects
    if len(subjects) > 1:
        subjects = [c for c in subjects if c.feats.get("Animacy") == "Anim"] or subjects[:1]
    return subjects


def object_controllers(tree: Tree, verb: Token) -> list[Token]:
    """Who does what the verb's infinitive says when the verb has an object: ``пригласил
    российского лидера посетить Астану``, ``призвал Израиль прекратить огонь``."""
    return [c for c in tree.children(verb, "obj", "iobj") if c.pos in ("NOUN", "PROPN", "PRON")]


def is_passive(token: Token) -> bool:
    return token.pos == "VERB" and token.feats.get("Voice") == "Pass"


def passive_patients(scene: Scene, verb: Token) -> list[Actor]:
    """Whom a passive trigger happens to: its passive subject, or the noun its participle modifies
    (``приговоренная к казни Асия Биби``)."""
    tree = scene.tree
    if verb.rel in ("acl", "amod") and (parent := tree.head(verb)) is not None:
        return conjunct_actors(scene, parent)
    return [a for s in tree.children(verb, "nsubj:pass", "nsubj") for a in conjunct_actors(scene, s)]


def passive_agents(tree: Tree, verb: Token) -> list[Token]:
    """Who acts in a passive clause: a bare instrumental (``договор был подписан Медведевым``)."""
    return [c for c in tree.children(verb, "obl", "nmod", "obl:agent")
            if tree.case(c) == "Ins" and tree.prep(c) is None and c.pos in ("PROPN", "NOUN")]


def framed(tree: Tree, token: Token, parent: Token) -> bool:
    """``в рамках визита``, ``в ходе переговоров``: an event noun under a framing noun."""
    return token.rel == "nmod" and lemma_of(parent) in word_list("given") and tree.prep(parent) is not None


def relative_antecedent(tree: Tree, verb: Token, subject: Token) -> Token:
    """``Миллер и Озерец, которые встречаются``: the subject ``которые`` is the noun the clause modifies."""
    parent = tree.head(verb)
    if lemma_of(subject) == "который" and verb.rel == "acl:relcl" and parent is not None:
        plural = subject.feats.get("Number") == "Plur"
        return tree.first_conjunct(parent) if plural else parent  # "Эрдоган и Алиев, которые"
    return subject


def nominative_before(scene: Scene, verb: Token, phrases: list[Phrase]) -> list[Actor]:
    """When the parse gives a verb no subject, the nearest bare nominative actor before it in its
    clause (a misparse often hangs the subject under the object: ``посол ... встретился с заместителем``)."""
    tree = scene.tree
    for phrase in sorted(phrases, key=lambda p: -p.word.i):
        if phrase.word.i >= verb.i or phrase.prep is not None or tree.case(phrase.word) != "Nom":
            continue
        between = [t for t in tree.tokens if phrase.word.i < t.i < verb.i]
        if any(tree.is_finite_verb(t) or t.text in (";", ":") for t in between):
            return []
        return actors_of(scene, phrase.word)
    return []


def clause_verb(tree: Tree, token: Token) -> Token | None:
    """The verb whose subject acts in the trigger's event: a verb trigger itself, or the light
    verb carrying a noun trigger (``проведёт встречу``)."""
    if token.pos == "VERB":
        return token
    parent = tree.head(token)
    if token.rel == "obj" and parent is not None and parent.pos == "VERB" and light_verb(tree, parent):
        return parent
    return None


def dropped_subject(scene: Scene, occurrence: Occurrence, verb: Token) -> list[Actor]:
    """A finite verb with no subject at all continues the story of the last person named before
    its sentence in the same paragraph, if the verb agrees with them (``Император ... . За это время
    посетил другие святилища``)."""
    tree, verb = scene.tree, finite_carrier(scene.tree, verb)
    if verb is None or tree.children(verb, *SUBJECT_RELS) or verb.feats.get("Person") in ("1", "2"):
        return []
    earlier = shared_subject(scene, verb)
    if earlier:
        return earlier
    doc = tree.doc
    paragraph = doc.text.rfind("\n", 0, tree.sent.start)
    people = [e for e in doc.entities if paragraph < e.start < tree.sent.start and e.type == "PER"]
    if not people or occurrence.entry.cameo[:2] in ("01", "02"):
        return []
    last = max(people, key=lambda e: e.start)
    if not agrees(verb, gender(doc, last)):
        return []
    return [entity_actor(scene, last)]


def shared_subject(scene: Scene, verb: Token) -> list[Actor]:
    """``Обама посетит саммит, проведёт встречу``: a subjectless verb in a run of verbs shares the
    subject of the verb before it (the parser often leaves such a run unjoined)."""
    tree = scene.tree
    for before in sorted((t for t in tree.tokens if t.i < verb.i and tree.is_finite_verb(t)), key=lambda t: -t.i):
        subjects = subjects_of(tree, before)
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
        current = tree.head(current)
    return None


def carries(tree: Tree, token: Token, parent: Token, by_token: dict[int, Occurrence]) -> bool:
    """Whether the subject of ``parent`` is the subject of ``token`` too."""
    if token.rel in ("xcomp", "conj"):
        return True
    if token.rel == "advcl" and token.feats.get("VerbForm") in ("Conv", "Inf"):
        return True  # "Выступая с Посланием, Президент отметил"; "прибыл, чтобы обсудить"
    if token.pos in ("NOUN", "PROPN") and token.rel in NOUN_CLIMB and parent.pos == "VERB":
        if token.rel == "obl" and set((tree.prep(token) or "").split()) & word_list("given"):
            return True  # "В ходе беседы с Путиным Токаев пригласил": whatever the clause does
        takes_part = token.rel == "obl" and (taking_part(tree, token) or lemma_of(parent) in modality_cues())
        if parent.i in by_token:  # "прибыл на переговоры": who comes to talks takes part in them
            visit = by_token[parent.i].entry.cameo == VISIT
            return takes_part and (visit or light_verb(tree, parent))
        return takes_part or (token.rel != "obl" and light_verb(tree, parent))
    return False


def taking_part(tree: Tree, token: Token) -> bool:
    """An oblique event noun its verb's subject takes part in (``на переговорах``, ``с визитом``,
    ``в ходе визита``), not a cause or a topic (``из-за поставок``, ``о встрече``); under a verb
    of planning or refusing any preposition will do (``договорились о встрече``, ``отказался от визита``)."""
    prep = tree.prep(token)
    return prep is None or prep.split()[0] in word_list("taking_part")


def light_verb(tree: Tree, verb: Token) -> bool:
    """A verb that only carries an event noun: ``провел``, or a phrase such as ``принимать участие``."""
    light = word_list("light_verbs")
    return lemma_of(verb) in light or any(f"{lemma_of(verb)} {lemma_of(o)}" in light for o in tree.children(verb, "obj"))


def speaks_first_person(tree: Tree, token: Token) -> bool:
    """A first-person verb carries the trigger: "планирую выступить", "Развиваем контакты"."""
    current: Token | None = token
    for _ in range(4):
        if current is None:
            return False
        if current.feats.get("Person") == "1" and current.pos in ("VERB", "AUX"):
            return True
        if current.rel not in ("xcomp", "obj", "obl", "conj", "nsubj:pass"):
            return False
        current = tree.head(current)
    return False


# -- targets ------------------------------------------------------------------------------------


def attach_phrase(scene: Scene, phrase: Phrase, occurrences: list[Occurrence], by_token: dict[int, Occurrence]) -> None:
    if phrase.prep is None:
        return
    owner = owner_of(scene.tree, phrase, occurrences, by_token)
    if owner is not None:
        owner.targets.extend(a for a in conjunct_actors(scene, phrase.word) if a not in owner.targets)
        return
    if phrase.prep in PLACE_PREPS and phrase.case == "Loc":
        place = scene.tree.entity_of.get(phrase.word.i)
        if place is not None and place.type == "LOC":
            owner = place_owner(scene.tree, phrase, occurrences, by_token)
            if owner is not None and owner.place is None:
                owner.place = place


def owner_of(tree: Tree, phrase: Phrase, occurrences: list[Occurrence],
             by_token: dict[int, Occurrence]) -> Occurrence | None:
    """The trigger that takes the phrase as its target (see the module docstring)."""
    def takes(o: Occurrence) -> bool:
        return o.token.i != phrase.word.i and o.entry.target_slot(phrase.prep, phrase.case)

    left = [o for o in occurrences if o.token.i < phrase.head.i and phrase.head.i - o.token.i <= LINEAR_WINDOW]
    for occurrence in sorted(left, key=lambda o: -o.token.i):
        if takes(occurrence):
            return occurrence
    governor = parse_owner(tree, phrase.head, by_token)
    return governor if governor is not None and takes(governor) else None


def parse_owner(tree: Tree, token: Token, by_token: dict[int, Occurrence]) -> Occurrence | None:
    """The trigger above the phrase in the parse, or the noun trigger its light verb carries."""
    for step, parent in enumerate(tree.ancestors(token, limit=2)):
        if parent.i in by_token:
            return by_token[parent.i]
        carried = [by_token[c.i] for c in tree.children(parent, "obj", "nsubj", "nsubj:pass") if c.i in by_token]
        if carried:
            return carried[0]
        if step == 0 and parent.rel != "conj":
            break
    return None


def place_owner(tree: Tree, phrase: Phrase, occurrences: list[Occurrence],
                by_token: dict[int, Occurrence]) -> Occurrence | None:
    """The event a place phrase locates; none when it modifies a plain noun that is no venue
    (``ситуацию на Ближнем Востоке`` is a topic, ``посол в Грузии`` a post; ``на сессии в
    Нью-Йорке`` is where the speech is)."""
    parent = tree.head(phrase.head)
    plain = parent is not None and parent.pos in ("NOUN", "PROPN") and parent.i not in by_token
    plain = plain and parent.i not in tree.entity_of  # a place under a name is a misparse, not a post
    if plain and tree.prep(parent) is None:
        return None
    governor = parse_owner(tree, phrase.head, by_token)
    left = [o for o in occurrences if o.token.i < phrase.head.i and phrase.head.i - o.token.i <= LINEAR_WINDOW]
    if left:
        return max(left, key=lambda o: o.token.i)
    if governor is not None:
        return governor
    return occurrences[0] if len(occurrences) == 1 else None


def read_bare_targets(scene: Scene, occurrence: Occurrence, phrases: list[Phrase]) -> None:
    """Targets in a bare case: the phrase's head in the parse is the trigger itself."""
    entry = occurrence.entry
    bare = [s for s in entry.targets if s.prep is None and not s.between]
    if not bare:
        return
    for phrase in phrases:
        if phrase.prep is not None or phrase.head.head != occurrence.token.i:
            continue
        if phrase.head.rel in SUBJECT_RELS:
            continue
        if any(slot.accepts(None, phrase.case) for slot in bare):
            occurrence.targets.extend(a for a in conjunct_actors(scene, phrase.word) if a not in occurrence.targets)


def accusative_after(scene: Scene, verb: Token, phrases: list[Phrase]) -> list[Actor]:
    """When the parse gives a verb no object, the nearest bare accusative actor after it in its
    clause (``принимает в Белом доме своего коллегу``: the parser hung the guest on the house)."""
    tree = scene.tree
    for phrase in sorted(phrases, key=lambda p: p.word.i):
        if phrase.word.i <= verb.i or phrase.prep is not None or phrase.case != "Acc":
            continue
        between = [t for t in tree.tokens if verb.i < t.i < phrase.head.i]
        if any(tree.is_finite_verb(t) or t.text in (";", ":", ",") for t in between):
            return []
        return conjunct_actors(scene, phrase.word)
    return []


def dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for actor in actors:
        key = actor.qid or actor.code or actor.name
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out
