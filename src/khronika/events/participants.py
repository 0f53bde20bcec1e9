"""Who a word of the sentence stands for: a linked entity, a pronoun or title resolved to its
person, a first-person word in a quote (its speaker), a country's leaders or forces
("руководителей Азербайджана", "российская делегация"), or the countries an adjective names
("казахстанско-американский")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property

from khronika.data import word_list
from khronika.events.tree import Tree
from khronika.kb.agents import actor_roles, agent, with_flag
from khronika.kb.cameo import GOV, ROLES, role_of
from khronika.kb.gazetteer import Gazetteer
from khronika.link.actors import actor_from_entity
from khronika.link.agents import home_country, noun_role, owner_named
from khronika.link.resolve import MENTIONS, Resolver
from khronika.model import Actor, Entity, MentionRef
from khronika.nlp.doc import Token
from khronika.nlp.forms import fold, folded_lemma, participle_lemma

PERSONAL = ("PRON", "DET")
PLACE_PREPS = ("в", "во", "на")
POSSESSIVES = ("его", "ее", "их")
STATE_ROLES = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")


@dataclass
class Scene:
    """What resolving a word needs beyond the sentence: the quote's speaker, the gazetteer, the date."""

    tree: Tree
    gazetteer: Gazetteer
    speaker: Actor | None = None
    on: date | None = None
    previous: list[Actor] = field(default_factory=list)  # the sides of the last two-sided event before
    direct: bool = False  # the sentence is inside a direct quote: the speaker's own words, where he is "я"

    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.tree.doc)

    @cached_property
    def place_country(self) -> str | None:
        """The one country the sentence's scene is in, by its place phrases (``в Бангкоке``,
        ``на Украине``); None when it names none or several."""
        tree, countries = self.tree, set()
        for token in tree.tokens:
            entity = tree.entity_of.get(token.i)
            if (entity is not None and entity.type == "LOC" and entity.country and tree.entity_head(entity) is token
                    and tree.doc.case(token) == "Loc" and tree.doc.prep(token) in PLACE_PREPS):
                countries.add(entity.country)
        return countries.pop() if len(countries) == 1 else None

    @cached_property
    def home_country(self) -> str | None:
        """The article's own country (``link.agents.home_country``), for actors the text places nowhere;
        worked out once per sentence, not once per word that asks."""
        return home_country(self.tree.doc)


# A rule reads the phrase head and its folded lemma (``folded_lemma``, worked out once per word:
# most words go through every rule); None: the rule does not apply.
Rule = Callable[[Scene, Token, str], list[Actor] | None]


def actors_of(scene: Scene, token: Token) -> list[Actor]:
    """The actors a phrase head stands for (the first of ``WHO_RULES`` that answers); [] when it
    names nobody we know."""
    lemma = folded_lemma(token)
    for rule in WHO_RULES:
        found = rule(scene, token, lemma)
        if found is not None:
            return found
    return []


def linked_entity(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    entity = scene.tree.entity_of.get(token.i)
    if entity is None:
        return None
    if entity.subtype == "PRONOUN" and speaks_of_another(scene, token, entity):
        return []  # the speaker talks of someone the linker did not find: nobody we can name
    return [entity_actor(scene, entity)]


def first_person_word(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``мы``, ``наша страна`` in a quote: its speaker."""
    if lemma not in first_person():
        return None
    return [scene.speaker] if scene.speaker is not None else []


LIST_MARKS = (":", "—", "–")  # what introduces the names of a group: "трое оппозиционеров — X, Y и Z"


def listed_people(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``задержаны трое оппозиционеров — X, Y и Z``, ``приговоры другим участникам процесса: X, Y и
    Z проведут ...``: a plural noun for people, followed by a dash or a colon and a list of names,
    stands for each person named (one event each); the parse hangs the list anywhere, so it is read
    by its place: right after the noun and its genitives."""
    if token.pos != "NOUN" or token.i in scene.tree.entity_of or token.feats.get("Number") != "Plur" \
            or token.feats.get("Animacy") != "Anim":
        return None
    tree = scene.tree
    end = token.i
    for child in tree.doc.children(token, "nmod"):
        if child.i > token.i and tree.doc.case(child) == "Gen" and not tree.doc.prep(child):
            end = max([end, *(t.i for t in tree.doc.subtree(child))])
    after = [t for t in tree.tokens if end < t.i <= end + 2]
    if len(after) < 2 or after[0].text not in LIST_MARKS:
        return None
    entity = tree.entity_of.get(after[1].i)
    head = tree.entity_head(entity) if entity is not None and entity.type == "PER" else None
    if head is None:
        return None
    people = [e for part in tree.doc.conjuncts(head) if (e := tree.entity_of.get(part.i)) is not None
              and e.type == "PER" and tree.entity_head(e) is part]
    return [entity_actor(scene, e) for e in people] or None


def holder_of_title(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """A title or an actor noun: the name it stands with, the person the linker resolved it to, or
    the country's office it names (``главы МИД Турции``)."""
    if lemma not in title_names() and lemma not in actor_roles():
        return None
    holder = named_holder(scene.tree, token)
    if holder is not None:
        return [entity_actor(scene, holder)]
    named = scene.resolver.refers_to(token.start, token.end, fallback=False)
    role = noun_role(scene.tree.doc, token, lemma)
    if named is not None:
        actor = mentioned(scene, named, token)
        office = title_country(scene.tree, token)
        if office is None or actor.country in (None, office):
            return [actor]
        # "обсудить с главой администрации США" after "президент Франции": the title names another
        # country than the person it was resolved to holds office in; it is that country's office
        return [country_actor(scene, office, role or GOV, token, token.start, token.end)]
    head = body_head(scene, token, lemma)
    if head is not None:
        return [head]
    role = GOV if role is None and lemma not in actor_roles() else role
    owned = owned_actors(scene, token, role)
    office = title_country(scene.tree, token) if not owned and lemma in title_names() else None
    if office is not None:  # "с главой администрации США": that country's office, not the last person named
        return [country_actor(scene, office, role or GOV, token, token.start, token.end)]
    return owned or None


TITLE_DEPTH = 2  # genitives down from a title to the country it is of (главой администрации США)


def title_country(tree: Tree, title: Token) -> str | None:
    """The one country a title's genitives name (``главой администрации США``, ``министр обороны
    Японии``); None when they name none or several."""
    countries, todo = set(), [(title, 0)]
    while todo:
        word, depth = todo.pop()
        for child in tree.doc.children(word, "nmod"):
            if tree.doc.prep(child) or tree.doc.case(child) != "Gen":
                continue
            entity = tree.entity_of.get(child.i)
            if entity is not None:
                if entity.type == "LOC" and entity.subtype == "COUNTRY" and entity.country:
                    countries.add(entity.country)
            elif depth + 1 < TITLE_DEPTH:
                todo.append((child, depth + 1))
    return countries.pop() if len(countries) == 1 else None


def body_head(scene: Scene, token: Token, lemma: str) -> Actor | None:
    """``председатель КГБ``, ``руководитель Роскосмоса``: an unnamed head of a named body speaks for it
    (``of`` in agents.tsv), with the body's code: the chair of the KGB acts as the KGB, not as whoever
    was named last. Plurals are ``body_people``'s (``представители ОБСЕ и Евросоюза``: one per body)."""
    if lemma not in with_flag("of") or token.feats.get("Number") == "Plur":
        return None
    tree = scene.tree
    for child in tree.doc.children(token, "nmod"):
        body = tree.entity_of.get(child.i)
        if body is None or body.type != "ORG" or not body.actor or tree.doc.prep(child) or tree.doc.case(child) != "Gen":
            continue
        named = entity_actor(scene, body)
        span = MentionRef(min(token.start, body.start), max(token.end, body.end))
        return Actor(name=f"{token.lemma} ({named.name})", code=body.actor, country=body.country,
                     role=role_of(body.actor), mention=span, normal=f"{token.lemma} {body.text}")
    return None


def body_pronoun(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``Россия ..., что она возражает``: a pronoun for a country or body named in its sentence."""
    if token.pos != "PRON":
        return None
    tree = scene.tree
    names = ((head, e) for head, e in names_before(tree, token)  # "во Дворце молодёжи, он провёл": a venue, not him
             if not at_venue(tree, head))
    near = scene.resolver.body_antecedent(token, names)
    return [mentioned(scene, near, token)] if near is not None else None


def at_venue(tree: Tree, head: Token) -> bool:
    """A name that says where (``во Дворце молодёжи``), or whose place it is (``в изоляторе КГБ его
    пытали``: the prisoner, not the service)."""
    if tree.doc.prep(head) in PLACE_PREPS and tree.doc.case(head) == "Loc":
        return True
    place = tree.doc.head(head)
    return (place is not None and head.rel == "nmod" and tree.doc.case(head) == "Gen" and place.i not in tree.entity_of
            and tree.doc.prep(place) in PLACE_PREPS and tree.doc.case(place) == "Loc")


def referred_person(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """A pronoun or a title: the person or body the resolver says it refers to."""
    if token.pos not in PERSONAL and lemma not in title_names():
        return None
    referent = scene.resolver.refers_to(token.start, token.end)
    if referent is None or referent.type not in ("PER", "ORG"):
        return None
    return [] if speaks_of_another(scene, token, referent) else [mentioned(scene, referent, token)]


def speaks_of_another(scene: Scene, token: Token, referent: Entity) -> bool:
    """``По словам Мишарина, «... он жил другими категориями»``: in a direct quote, a third-person
    pronoun is somebody the speaker talks about, never the speaker (who says ``я``), whoever the
    linker, blind to quotes, took for it. In indirect speech it may well be the speaker (``Как
    рассказывает Ямадаев, он знал о готовящемся преступлении``)."""
    speaker = scene.speaker
    if speaker is None or not scene.direct or token.pos not in PERSONAL or token.feats.get("Person", "3") != "3":
        return False
    if referent.qid and speaker.qid:
        return referent.qid == speaker.qid
    return fold(referent.normal or referent.text) == fold(speaker.name)


def actor_noun(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``руководителей Азербайджана``: the country's actors; a bare ``стороны`` or ``лидеры``: the
    sides of the last two-sided event."""
    entry = agent(lemma)
    if token.pos not in ("NOUN", "PROPN") or entry is None or not entry.flags & {"actor", "group"}:
        return None
    role = noun_role(scene.tree.doc, token, lemma)
    owned = owned_actors(scene, token, role)
    many = token.feats.get("Number") == "Plur" or "collective" in entry.flags
    placed = token.rel.startswith("nsubj") or "actor" in entry.flags
    if not owned and many and placed and "group" in entry.flags and not owner_named(scene.tree.doc, token):
        # "военные подавили", "обвинила власти": the state's forces and authorities, or a group of people
        # acting, of the article's own country when no other is named; people only acted upon
        # ("встреча со студентами") are too vague to place
        home = scene.home_country
        return [country_actor(scene, home, role, token, token.start, token.end)] if home else []
    if owned or not the_sides(token) or token.rel == "conj" or scene.tree.doc.children(token, "conj"):
        return owned  # "Обама, а также главы правительств": not the sides of anything before
    if owner_named(scene.tree.doc, token):
        return owned  # "министры иностранных дел Европейского союза": some body's, not the sides before
    return [replace(a, mention=MentionRef(token.start, token.end)) for a in scene.previous]


def body_people(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``представители ПАСЕ``, ``депутаты Законодательного собрания``, ``руководство ОБСЕ``: a
    body's people (a plural, or a collective) act for the body named in the genitive, when no
    country names them."""
    if token.pos not in ("NOUN", "PROPN") or lemma not in actor_roles():
        return None
    if token.feats.get("Number") != "Plur" and token.feats.get("Animacy") != "Inan":
        return None  # "студент университета", "судья ЕСПЧ": one person, not the body
    tree = scene.tree
    bodies = [entity for child in tree.doc.children(token, "nmod")
              if not tree.doc.prep(child) and tree.doc.case(child) == "Gen"
              for part in tree.doc.conjuncts(child)  # "представители ОБСЕ и Евросоюза"
              if (entity := tree.entity_of.get(part.i)) is not None and entity.type == "ORG"]
    if not bodies or owned_actors(scene, token, actor_roles()[lemma]):
        return None  # "представители МИД России": the country's office (actor_noun)
    return [mentioned(scene, entity, token) for entity in {id(e): e for e in bodies}.values()]


def unnamed_group(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``протестующие``, ``власти``, ``полиция``, ``избиратели``: people or a body that act with no
    name and no country of their own, as themselves, of the country of the sentence's scene when it
    names one (``протестующие в Бангкоке``). Plurals, and singular bodies (``полиция``, ``суд``);
    never a single unnamed person (``депутат``: left to the resolver) nor the sides (``стороны``)."""
    noun = people_noun(token, lemma)
    plural = token.feats.get("Number") == "Plur"
    role = group_role(scene.tree, token, noun, plural)
    if role in (None, "-") or noun in title_names() or the_sides(token):
        return None
    if not plural and token.feats.get("Animacy") != "Inan":
        return None
    owned = owned_actors(scene, token, role)
    entry = agent(noun)
    if owned and noun == lemma and entry is not None and entry.flags & {"actor", "group"}:
        return None  # "власти Грузии": actor_noun reads the country
    if owned:
        return owned  # "тайские протестующие", "японские неправительственные организации"
    if not plural and any(names_nobody(scene, c) for c in scene.tree.doc.children(token, "nmod")):
        return None  # "принял руководство сборной": a post, not a body
    owner = possessor(scene, token)
    if owner is not None and owner.country:  # "его правительство": the government of his country
        return [country_actor(scene, owner.country, role, token, token.start, token.end)]
    country = scene.place_country
    if country is None and (token.rel.startswith("nsubj") or not plural or role in STATE_ROLES) \
            and not owner_named(scene.tree.doc, token):  # "остатки армии союзников": whose, not ours
        # "полиция разогнала", "суд приговорил", "протестующие собрались", "обвинила власти": of the
        # article's own country when the sentence names no place; the state's bodies wherever they
        # stand, people only when they act (those acted upon stay unplaced, as in actor_noun)
        country = scene.home_country
    return [Actor(name=noun, code=f"{country}{role}" if country else None, country=country,
                  role=role if role in ROLES else None, mention=MentionRef(token.start, token.end))]


VERB_ENDINGS = ("ть", "ться", "чь")


def people_noun(token: Token, lemma: str) -> str:
    """The noun a word is used as: a participle standing for people is its own noun, though the
    parser's lemma is the verb's (``протестующие``, ``заключенных`` -> протестующий, заключенный)."""
    if token.feats.get("VerbForm") == "Part" and token.rel not in ("amod", "acl", "acl:relcl"):
        return participle_lemma(token.text)
    if token.pos == "NOUN" and lemma.endswith(VERB_ENDINGS):
        noun = participle_lemma(token.text)  # the text itself when no reading is a participle (власти)
        return noun if noun != fold(token.text) else lemma
    return lemma


def group_role(tree: Tree, token: Token, noun: str, plural: bool) -> str | None:
    """The role of an unnamed group: the noun's own (``избиратели``), that of the kind its adjective
    or its genitive names (``неправительственные организации`` NGO, ``участники акции`` CVL), or, in
    the plural, that of a group's noun (``сторонники``) or of bodies of a kind (``телеканалы`` MED:
    one ``телеканал`` is a venue or a medium, several are acted upon as bodies);
    "-" when it names no group."""
    for word in tree.doc.children(token, "amod", "nmod"):  # the kind: "неправительственные", "участники акции"
        if word.rel == "nmod" and (tree.doc.prep(word) or tree.doc.case(word) != "Gen"):
            continue
        pair = agent(f"{folded_lemma(word)} {noun}" if word.rel == "amod" else f"{noun} {folded_lemma(word)}")
        if pair is not None and pair.role and "group" in pair.flags:
            return pair.role
    if noun in actor_roles():
        return actor_roles()[noun]
    entry = agent(noun)
    if plural and entry is not None and entry.role and "group" in entry.flags:
        return entry.role
    return "-"


DEMONSTRATIVES = ("этот", "данный")
LOOK_BACK = 3  # sentences a noun pointed back with may look back over


def said_before(scene: Scene, token: Token, lemma: str) -> Iterator[tuple[Scene, Token]]:
    """Each earlier word of the same lemma, nearest first, in ``token``'s sentence or the few before
    it, with the scene of its own sentence (built only when the search reaches it): where a noun
    pointed back with (``эти организации``, ``таких требований``) was last said."""
    doc = scene.tree.doc
    here = scene.tree.sent
    sentences = [here, *reversed([s for s in doc.sents if s.end <= here.start][-LOOK_BACK:])]
    entities = sorted(doc.entities, key=lambda e: (e.start, e.end))
    for sent in sentences:
        there = scene if sent is here else replace(scene, tree=Tree.build(doc, sent, entities), previous=[])
        for word in reversed(there.tree.tokens):
            if word.i < token.i and folded_lemma(word) == lemma:
                yield there, word


def as_said_here(scene: Scene, there: Scene, actors: list[Actor]) -> list[Actor]:
    """Actors found in another sentence carry no mention in this one."""
    return actors if there is scene else [replace(a, mention=None) for a in actors]


def named_before(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``эти организации``: a noun with a demonstrative stands for the same noun last said before it,
    in its sentence or the few before (``неправительственных организаций ... финансирует эти
    организации``), as whoever that stood for."""
    doc = scene.tree.doc
    if token.pos != "NOUN" or not any(folded_lemma(d) in DEMONSTRATIVES for d in doc.children(token, "det")):
        return None
    for there, word in said_before(scene, token, lemma):
        if word.i in there.tree.entity_of:  # "этих островов": a place's name is no group's
            continue
        if any(folded_lemma(d) in DEMONSTRATIVES for d in doc.children(word, "det")):
            continue
        found = actors_of(there, word)
        if found:
            return as_said_here(scene, there, found)
    return None


def part_of_group(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``большинство депутатов Госдумы``, ``шестеро из семи кандидатов``: some of a group act as the group."""
    if token.pos != "NUM" and lemma not in word_list("partitives", "events"):
        return None
    tree = scene.tree
    groups = [c for c in tree.doc.children(token, "nmod", "obl")
              if (tree.doc.prep(c) is None and tree.doc.case(c) == "Gen") or tree.doc.prep(c) == "из"]
    found = [a for g in groups for part in tree.doc.conjuncts(g) for a in actors_of(scene, part)]
    return found or None


def names_nobody(scene: Scene, child: Token) -> bool:
    """A bare genitive noun that is no actor (``руководство сборной``, ``администрация больницы``)."""
    tree = scene.tree
    return (child.pos == "NOUN" and tree.doc.prep(child) is None and tree.doc.case(child) == "Gen"
            and child.i not in tree.entity_of and folded_lemma(child) not in actor_roles())


def possessor(scene: Scene, token: Token) -> Actor | None:
    """Whose the noun is by its possessive (``его правительство``, ``наша армия`` in a quote)."""
    for det in scene.tree.doc.children(token, "det", "nmod:poss"):
        lemma = folded_lemma(det)
        if lemma in first_person():
            return scene.speaker
        if lemma in POSSESSIVES:  # the parser's "его" is a determiner, which the linker does not resolve
            referent = scene.resolver.antecedent(det, det.start, MENTIONS)
            return entity_actor(scene, referent) if referent is not None else None
    return None


# Demonyms are read off the country adjectives: итальянец -> итальянский, китаец -> китайский,
# грузин -> грузинский, немец -> немецкий, израильтянин -> израильский, россиянин -> российский.
DEMONYM_STEMS = ((0, "ский"), (2, "ский"), (2, "йский"), (2, "ецкий"), (4, "ский"), (4, "йский"))


def nationals(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``палестинцы``, ``итальянцев``: a people, as its country."""
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or len(lemma) < 5:
        return None
    for cut, suffix in DEMONYM_STEMS:
        countries = scene.gazetteer.adjectives.countries(lemma[: len(lemma) - cut] + suffix)
        if len(countries) == 1:
            return [Actor(name=lemma, code=countries[0], country=countries[0],
                          mention=MentionRef(token.start, token.end))]
    return None


def country_adjective(scene: Scene, token: Token, lemma: str) -> list[Actor] | None:
    """``казахстанско-американский``: the countries it names; the parser may read
    ``Российско-китайские`` as a participle (amod)."""
    if token.pos == "ADJ" or token.rel == "amod":
        return adjective_actors(scene, token, None)
    return None


def entity_actor(scene: Scene, entity: Entity) -> Actor:
    """The entity's actor, named as the gazetteer names it ("Нарендрой Моди" -> "Нарендра Моди")."""
    actor = actor_from_entity(entity)
    entry = scene.gazetteer.by_qid(entity.qid) if entity.qid else None
    if entry is not None and entry.name and "," not in entry.name:  # not a "Surname, Name" catalogue form
        written = actor.name
        actor.name = entry.name
        actor.normal = written if written != entry.name else None
    return actor


def mentioned(scene: Scene, entity: Entity, token: Token) -> Actor:
    """The entity's actor, mentioned here by this word."""
    actor = entity_actor(scene, entity)
    actor.mention = MentionRef(token.start, token.end)
    return actor


NAME_GAP = 6  # words between a title and its name (министр энергетики Белоруссии Александр Озерец)
NAME_STOPS = {",", ";", ":", "(", ")", "—", "–", "-", "и", "а", "или"}


def named_holder(tree: Tree, title: Token) -> Entity | None:
    """The name a title stands with: in the parse (``заместителем министра ... Александром
    Налбандовым``), else the first name after it before a break (the parser often hangs the
    name of the second of two titled people on the first)."""
    return named_in_parse(tree, title) or named_after(tree, title)


def named_after(tree: Tree, title: Token) -> Entity | None:
    plural = title.feats.get("Number") == "Plur"
    for token in tree.tokens[title.i - tree.sent.first + 1 :][:NAME_GAP]:
        entity = tree.entity_of.get(token.i)
        if entity is not None and entity.type == "PER":
            # people stand only with the name they hang on (представителями Путина), not the next
            # name along (с избирателями возле супермаркета Гиффордс получила)
            head = tree.entity_head(entity)
            return None if plural and (head is None or head.head != title.i) else entity
        if token.text.lower() in NAME_STOPS or token.pos in ("VERB", "AUX"):
            return None
    return None


def named_in_parse(tree: Tree, title: Token) -> Entity | None:
    todo, seen = [title], 0
    while todo and seen < 8:
        current = todo.pop(0)
        seen += 1
        for child in tree.doc.children(current, "appos", "flat:name", "flat", "nmod"):
            entity = tree.entity_of.get(child.i)
            if entity is not None and entity.type == "PER" and child.rel != "nmod":
                return entity
            if child.rel == "nmod" and child.i not in tree.entity_of:
                todo.append(child)
    return None


def names_before(tree: Tree, word: Token) -> Iterator[tuple[Token, Entity]]:
    """The names before ``word`` in its sentence, nearest first, each with its head word."""
    for token in reversed(tree.tokens[: word.i - tree.sent.first]):
        entity = tree.entity_of.get(token.i)
        if entity is not None and tree.entity_head(entity) is token:
            yield token, entity


def the_sides(token: Token) -> bool:
    """``Стороны обсудили``, ``лидеры договорились``: a plural that names the sides just reported."""
    return token.feats.get("Number") == "Plur" and folded_lemma(token) in word_list("the_sides", "events")


def owned_actors(scene: Scene, token: Token, role: str | None) -> list[Actor]:
    """A country's actors named by a noun and its country: a genitive (главы МИД Турции) or an adjective."""
    tree = scene.tree
    found: list[Actor] = []
    for child in tree.doc.children(token, "nmod", "amod"):
        if child.rel == "nmod" and (tree.doc.prep(child) or tree.doc.case(child) != "Gen"):
            continue
        for part in tree.doc.conjuncts(child):
            entity = tree.entity_of.get(part.i)
            if entity is not None and entity.country and entity.subtype in ("COUNTRY", "CITY", "REGION", None):
                found.append(country_actor(scene, entity.country, role, token, entity.start, entity.end))
            elif part.pos == "ADJ" or part.rel == "amod":
                found.extend(adjective_actors(scene, part, role, token))
    return found


def adjective_actors(scene: Scene, adjective: Token, role: str | None, noun: Token | None = None) -> list[Actor]:
    countries = scene.gazetteer.adjectives.countries(adjective.text)
    mention = noun or adjective
    return [country_actor(scene, iso3, role, mention, adjective.start, mention.end) for iso3 in countries]


def country_actor(scene: Scene, iso3: str, role: str | None, noun: Token, start: int, end: int) -> Actor:
    entry = scene.gazetteer.country(iso3)
    name = entry.name if entry else iso3
    code = iso3 + (role or "")
    label = name if role is None else f"{noun.lemma} ({name})"
    span = MentionRef(min(start, noun.start), max(end, noun.end))
    return Actor(name=label, qid=entry.qid if entry and role is None else None, code=code, country=iso3,
                 role=role_of(code), mention=span)


@cache
def title_names() -> frozenset[str]:
    """Titles that name their holder (``президент``, ``министр``): ``agents.tsv`` entries flagged ``name``."""
    return with_flag("name")


@cache
def first_person() -> frozenset[str]:
    return word_list("first_person", "events")


# Who a word stands for, in order: the first rule that answers decides.
WHO_RULES: tuple[Rule, ...] = (linked_entity, first_person_word, listed_people, named_before, holder_of_title, body_pronoun, referred_person,
                               body_people, unnamed_group, actor_noun, nationals, part_of_group, country_adjective)
