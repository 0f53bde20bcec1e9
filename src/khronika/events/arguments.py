"""Each trigger's source, targets and place, read from the parse and from where a phrase stands.

A prepositional phrase belongs to the nearest trigger on its left that takes that preposition
and case (``визиты в Россию``, ``переговоры с Фиданом``), else to the trigger above it in the
parse: the parser often hangs such phrases on the wrong noun, and in Russian news a modifier
almost always follows the noun it modifies. Bare cases (``поддержал Россию``, ``осуждение
Израиля``) and subjects come from the parse alone. A genitive of a plain noun speaks for it
(``выступить на сессии Генассамблеи``: the Assembly is where the speech goes).
"""

from __future__ import annotations

from dataclasses import replace

from khronika.events.implicit import implicit_sources, left_unsaid, reverse_sides
from khronika.events.lexicon import Trigger
from khronika.events.occurrence import Occurrence
from khronika.events.participants import PLACE_PREPS, Scene, group_role, people_noun
from khronika.events.phrases import Phrase, conjunct_actors, find_phrases
from khronika.events.receiving import read_received
from khronika.events.subjects import (
    clause_verb,
    dropped_subject,
    is_passive,
    nominative_before,
    passive_patients,
    read_sources,
)
from khronika.events.tree import Tree
from khronika.events.triggers import recode
from khronika.kb.cameo import VISIT
from khronika.model import Actor, MentionRef
from khronika.nlp.doc import Token
from khronika.nlp.forms import folded_lemma, genitive, is_indeclinable
from khronika.nlp.relations import SUBJECT_RELS

CIVILIANS = "CVL"
LINEAR_WINDOW = 10  # tokens between a trigger and a phrase it may take by position


def read_sentence(scene: Scene, triggers: list[tuple[Token, Trigger]]) -> list[Occurrence]:
    occurrences = [Occurrence(token, entry) for token, entry in triggers]
    by_token = {o.token.i: o for o in occurrences}
    phrases = find_phrases(scene, set(by_token))
    received = {o.token.i for o in occurrences if read_received(scene, o, phrases)}
    for occurrence in occurrences:
        if occurrence.token.i in received:
            continue
        read_sources(scene, occurrence, by_token)
        if not occurrence.sources:
            occurrence.sources = implicit_sources(scene, occurrence)
        verb = clause_verb(scene.tree, occurrence.token)
        if not occurrence.sources and verb is not None and not is_passive(verb) and not left_unsaid(scene, occurrence):
            occurrence.sources = nominative_before(scene, verb, phrases) or dropped_subject(scene, occurrence, verb)
    for phrase in phrases:
        attach_phrase(scene, phrase, [o for o in occurrences if o.token.i not in received], by_token)
    for occurrence in occurrences:
        if occurrence.token.i not in received:
            read_targets(scene, occurrence, phrases, by_token)
        recode(scene.tree, occurrence)
        reverse_sides(scene, occurrence)
    return occurrences


def read_targets(scene: Scene, occurrence: Occurrence, phrases: list[Phrase], by_token: dict[int, Occurrence]) -> None:
    """The targets no preposition attached: a passive's patients, bare cases, a gathering's people, a
    summit's host, an accusative the parse missed; each placed by its source where the text does not."""
    if is_passive(occurrence.token):
        occurrence.targets.extend(a for a in passive_patients(scene, occurrence.token) if a not in occurrence.targets)
    read_bare_targets(scene, occurrence, phrases)
    if not occurrence.targets:
        occurrence.targets = gathering_people(scene, occurrence, by_token) or host_country(scene, occurrence)
    if not occurrence.targets and occurrence.token.pos == "VERB" and occurrence.entry.target_slot(None, "Acc"):
        occurrence.targets = accusative_after(scene, occurrence.token, phrases)
    occurrence.targets = [placed_by_source(scene, occurrence, t) for t in occurrence.targets]


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
    case = None if is_indeclinable(phrase.head.text) else phrase.case  # "визит в США": any case will do

    def takes(o: Occurrence) -> bool:
        return o.token.i != phrase.word.i and o.entry.target_slot(phrase.prep, case)

    left = [o for o in occurrences if o.token.i < phrase.head.i and phrase.head.i - o.token.i <= LINEAR_WINDOW]
    for occurrence in sorted(left, key=lambda o: -o.token.i):
        if takes(occurrence):
            return occurrence
    governor = parse_owner(tree, phrase.head, by_token)
    return governor if governor is not None and takes(governor) else None


def parse_owner(tree: Tree, token: Token, by_token: dict[int, Occurrence]) -> Occurrence | None:
    """The trigger above the phrase in the parse, or the noun trigger its light verb carries."""
    for step, parent in enumerate(tree.doc.ancestors(token, limit=2)):
        if parent.i in by_token:
            return by_token[parent.i]
        carried = [by_token[c.i] for c in tree.doc.children(parent, "obj", "nsubj", "nsubj:pass") if c.i in by_token]
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
    parent = tree.doc.head(phrase.head)
    plain = parent is not None and parent.pos in ("NOUN", "PROPN") and parent.i not in by_token
    plain = plain and parent is not None and parent.i not in tree.entity_of  # under a name: a misparse, not a post
    if plain and parent is not None and tree.doc.prep(parent) is None:
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
    companion = companion_noun(scene.tree, occurrence)
    for phrase in phrases:
        if phrase.prep is not None and not approximate(scene.tree, phrase):
            continue
        after_companion = companion is not None and phrase.head.i == companion + 1 and phrase.case == "Dat"
        if phrase.head.head not in (occurrence.token.i, companion) and not after_companion:
            continue  # "даю поручение правительству»": right after the noun, wherever the parse hung it
        if phrase.head.rel in SUBJECT_RELS:
            continue
        through = phrase.site.i == companion and phrase.word.i != companion  # "почтили память погибших"
        if any(slot.accepts(None, "Gen" if through else bare_case(scene.tree, phrase)) for slot in bare):
            occurrence.targets.extend(a for a in conjunct_actors(scene, phrase.word) if a not in occurrence.targets)


GATHERING = "14"  # CAMEO's protest root: a rally, a demonstration, a picket


def gathering_people(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> list[Actor]:
    """``разогнала митинг``, ``разгон демонстрации``: an act done to a gathering (its object or its
    genitive, itself a protest trigger) is done to the people in it: those the gathering is read
    as held by (``митинг оппозиции``), else its participants, of the scene's country."""
    tree, entry = scene.tree, occurrence.entry
    if entry.has("say") or entry.cameo.startswith(GATHERING):
        return []
    bare = [s for s in entry.targets if s.prep is None and not s.between]
    for child in tree.doc.children(occurrence.token, "obj", "nmod"):
        kinds = [child, *(g for g in tree.doc.children(child, "nmod") if tree.doc.case(g) == "Gen")]  # акцию протеста
        gathering = next((by_token[k.i] for k in kinds if k.i in by_token), None)
        if gathering is None or not gathering.entry.cameo.startswith(GATHERING) or tree.doc.prep(child) is not None \
                or child.pos != "NOUN":  # "поддержав бастующих": people, not a gathering
            continue
        if not any(slot.accepts(None, tree.doc.case(child)) for slot in bare):
            continue
        held = [a for a in gathering.sources if a not in occurrence.sources]
        if held:
            return held
        country = scene.place_country or scene.home_country
        name = f"участники {child.text.lower() if tree.doc.case(child) == 'Gen' else genitive(folded_lemma(child))}"
        return [Actor(name=name, code=f"{country}{CIVILIANS}" if country else None, country=country,
                      role=CIVILIANS, mention=MentionRef(child.start, child.end))]
    return []


def host_country(scene: Scene, occurrence: Occurrence) -> list[Actor]:
    """A summit's host (flag ``host``): the country of the place it is held in (``в ядерном саммите
    в США``, ``в Вашингтоне``), when that is not the participant's own; only a place the text names.
    Going there is a visit (042), as the codebook codes attending a summit abroad."""
    place = occurrence.place
    if not occurrence.entry.has("host") or place is None or not place.country:
        return []
    if any(place.country in own_countries(scene, a) for a in occurrence.sources):
        return []  # "в саммите в США примут участие Барак Обама": the host takes part, he does not go there
    occurrence.entry = replace(occurrence.entry, cameo=VISIT)  # who goes to a summit abroad visits its host
    entry = scene.gazetteer.country(place.country)
    return [Actor(name=entry.name if entry else place.country, qid=entry.qid if entry else None, code=place.country,
                  country=place.country, mention=MentionRef(place.start, place.end))]


def own_countries(scene: Scene, actor: Actor) -> set[str]:
    """The countries an actor is of: its own, its code's, the gazetteer's for a person (Барак Обама)."""
    entry = scene.gazetteer.by_qid(actor.qid) if actor.qid else None
    return {c for c in (actor.country, (actor.code or "")[:3], entry.country if entry else None) if c}


DOMESTIC_ROLES = ("GOV", "COP", "JUD", "SPY", "LEG")  # bodies that act on people of their own state


def placed_by_source(scene: Scene, occurrence: Occurrence, target: Actor) -> Actor:
    """An unnamed group the text places nowhere (``задержала активистов``, ``финансирует
    неправительственные организации``) is of the country of the state body that acts on it: a
    police, a court, a government act on their own state's people; an army or a foreign body does not tell."""
    if target.country or target.qid or target.mention is None:
        return target
    countries = {a.country for a in occurrence.sources if a.role in DOMESTIC_ROLES and a.country}
    word = scene.tree.doc.token_from(target.mention.start)
    if len(countries) != 1 or word is None or word.i in scene.tree.entity_of:
        return target
    noun = people_noun(word, folded_lemma(word))
    role = group_role(scene.tree, word, noun, word.feats.get("Number") == "Plur")
    if role in (None, "-"):
        return target
    country = countries.pop()
    return replace(target, code=f"{country}{role}", country=country)


def companion_noun(tree: Tree, occurrence: Occurrence) -> int | None:
    """The noun of a two-word verb trigger (``вынес приговор``, ``оказал помощь``): the parser often
    hangs the verb's dative on it (``вынес приговор Санникову``)."""
    entry, token = occurrence.entry, occurrence.token
    if token.pos != "VERB" or entry.needs is None:
        return None
    nouns = [c for c in tree.doc.children(token, "obj") if folded_lemma(c) == entry.needs]
    return nouns[0].i if nouns else None


APPROXIMATORS = ("около", "более", "свыше", "порядка", "менее", "до")


def approximate(tree: Tree, phrase: Phrase) -> bool:
    """``задержала около 200 участников``: a preposition that only rounds the numeral of an object."""
    return (phrase.prep in APPROXIMATORS and phrase.head.rel == "obj"
            and bool(tree.doc.children(phrase.head, "nummod", "nummod:gov")))


def bare_case(tree: Tree, phrase: Phrase) -> str | None:
    """A phrase's case as its verb governs it: an object counted by a numeral stands in the genitive
    the numeral asks for (``задержала пять журналистов``, ``арестовала двоих активистов``), yet it is
    the accusative object; so is an object the tagger read as the nominative (inanimate) or the genitive
    (animate) of the same form."""
    head = phrase.head
    if phrase.case == "Gen" and head.rel == "obj" and tree.doc.children(head, "nummod", "nummod:gov"):
        return "Acc"
    if phrase.case == "Gen" and head.rel == "obj" and head.feats.get("Animacy") == "Anim":
        return "Acc"  # "задержала правозащитников": an animate accusative reads as a genitive
    if phrase.case == "Nom" and head.rel == "obj" and head.feats.get("Animacy") != "Anim":
        return "Acc"  # "финансирует эти организации": an inanimate accusative reads as a nominative
    return phrase.case


def counted_accusative(tree: Tree, word: Token) -> bool:
    """A genitive counted by a numeral in the accusative (``двух активистов``): an accusative object,
    wherever the parse hung it."""
    return tree.doc.case(word) == "Gen" and any(
        n.feats.get("Case") == "Acc" for n in tree.doc.children(word, "nummod", "nummod:gov"))


def accusative_after(scene: Scene, verb: Token, phrases: list[Phrase]) -> list[Actor]:
    """When the parse gives a verb no object, the nearest bare accusative actor after it in its
    clause (``принимает в Белом доме своего коллегу``: the parser hung the guest on the house)."""
    tree = scene.tree
    for phrase in sorted(phrases, key=lambda p: p.word.i):
        counted = counted_accusative(tree, phrase.word)  # "приговорил к пяти годам заключения двух активистов"
        if phrase.word.i <= verb.i or (not counted and (phrase.prep is not None or phrase.case != "Acc")):
            continue
        between = [t for t in tree.tokens if verb.i < t.i < (phrase.word.i if counted else phrase.head.i)]
        if any(tree.is_finite_verb(t) or t.text in (";", ":", ",") for t in between):
            return []
        return conjunct_actors(scene, phrase.word)
    return []
