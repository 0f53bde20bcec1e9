"""Actor codes read off the words of the text: a role from the agents dictionary (``kb.agents``) and the
country the phrase gives it.

- A person introduced with a title (``министр обороны Японии Сейджи Маехара``, ``Марк Тоунер,
  официальный представитель Госдепартамента``) gets the title's code, JPNGOV, USAGOV, for every mention
  of his chain, whether the gazetteer knows him or not (a dated office of the gazetteer goes first).
- A body with no code of its own gets its head word's role (``Суд Партизанского района`` JUD,
  ``Нью-Йоркская фондовая биржа`` BUS) and the country its name gives.

The country of a phrase, in order: a place or body inside it or right after its head (``главы МИД
Литвы``, ``депутат Госдумы``), a country adjective (``японского министра``), the person's or body's
own country, else the article's home country (its source's, else the one it names most).
"""

from __future__ import annotations

from collections import Counter

from khronika.data import word_list
from khronika.kb.agents import agent, with_flag
from khronika.kb.cameo import actor_code, role_of
from khronika.kb.gazetteer import Gazetteer
from khronika.link.context import source_country
from khronika.model import Entity
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import folded_lemma, nominative_lemma, words

TITLE_SPAN = 8  # words a title phrase may run over (официальный представитель Министерства иностранных дел России)
NOUNS = ("NOUN", "PROPN")
PHRASE_POS = ("NOUN", "PROPN", "ADJ")
COMMA = ","
OPENING = {"«", '"', "„", "“", "("}
# Prepositions a title phrase runs over: посол России в США, министр по делам ..., сенатор от штата ...,
# постпред при ООН, посол ЕС на Южном Кавказе.
TITLE_PREPOSITIONS = {"в", "во", "по", "от", "при", "на"}


def home_country(doc: Doc) -> str | None:
    """The country a phrase that names none belongs to: the source's, else the one the article names most."""
    own = source_country(doc.article)
    if own:
        return own
    counts = Counter(e.country for e in doc.entities if e.subtype == "COUNTRY" and e.country)
    top = counts.most_common(1)
    return top[0][0] if top else None


def entity_index(doc: Doc) -> dict[int, Entity]:
    """Token index -> the entity covering it."""
    out: dict[int, Entity] = {}
    for entity in doc.entities:
        for token in doc.tokens_in(entity.start, entity.end):
            out[token.i] = entity
    return out


def phrase_role(tokens: list[Token], covered: dict[int, Entity]) -> tuple[str | None, bool]:
    """The role a phrase names: its first noun's, or for a head that speaks for a body (``of``: глава,
    представитель, лидер) the role of the body it names (``лидер оппозиции`` OPP, ``председатель КГБ`` SPY),
    its own only when it names no body but a country (``председатель КНР``); a body the dictionary cannot
    code leaves the phrase with none (``лидер Движения против ...``). An adjective's role
    (``официальный``) counts only when no noun has one. Second: whether the role is such a head's own,
    which holds only with a country named (``лидер Усамы``: of what?)."""
    role: str | None = None
    heads_a_body = False
    unknown_body = False
    fallback: str | None = None
    for n, token in enumerate(tokens):
        owner = covered.get(token.i)
        if owner is not None and owner.type == "ORG":
            body = role_of(owner.actor) or body_role(owner.text)
            if body is not None and (role is None or heads_a_body):
                return body, False
            if heads_a_body and not is_igo(owner.actor):
                unknown_body = True
            continue
        if owner is not None:
            continue  # a place: the phrase's country
        word = folded_lemma(token)
        following = next((t for t in tokens[n + 1 :] if t.pos in NOUNS), None)
        pair = agent(f"{word} {folded_lemma(following)}") if following is not None else None
        if pair is not None and pair.role:
            return pair.role, False
        entry = agent(word)
        if entry is None:
            unknown_body = unknown_body or (heads_a_body and token.pos in NOUNS)
            continue
        if entry.role is None:
            heads_a_body = heads_a_body or ("of" in entry.flags and role is None)  # член: his body's role
            continue
        if token.pos not in NOUNS:
            fallback = fallback or entry.role
            continue
        if heads_a_body and "of" not in entry.flags:
            return entry.role, False
        if heads_a_body:
            continue  # "заместитель главы вооружённых сил": the body is further on
        if role is None:
            role, heads_a_body = entry.role, "of" in entry.flags
            if not heads_a_body:
                return role, False
    if unknown_body:
        return None, False
    return (role, heads_a_body) if role else (fallback, False)


def body_role(name: str) -> str | None:
    """A body's role from the words of its name: the first word the dictionary flags as a body's head
    (``Коммунистическая партия`` PTY, ``фондовая биржа`` BUS)."""
    lemmas = [nominative_lemma(w) for w in words(name)]
    for n, word in enumerate(lemmas):
        for phrase in ((f"{word} {lemmas[n + 1]}",) if n + 1 < len(lemmas) else ()) + (word,):
            entry = agent(phrase)
            if entry is not None and entry.role and "body" in entry.flags:
                return entry.role
    return None  # the people a body is of do not say what it is (Комитет защиты журналистов is no newspaper)


def phrase_country(tokens: list[Token], covered: dict[int, Entity], gaz: Gazetteer) -> str | None:
    """The country a phrase names: a place or body in it, else a country adjective; an international
    body's whole code (``посол Евросоюза`` IGOEUREEC)."""
    for token in tokens:
        owner = covered.get(token.i)
        if owner is not None and owner.type in ("LOC", "ORG") and owner.country:
            return owner.country
        if owner is not None and owner.type == "ORG" and is_igo(owner.actor):
            return owner.actor
    for token in tokens:
        if token.i not in covered and token.pos == "ADJ":
            found = gaz.adjectives.countries(token.text) or place_countries(folded_lemma(token), gaz)
            if len(found) == 1:
                return found[0]
    return None


def place_countries(adjective: str, gaz: Gazetteer) -> list[str]:
    """The country of the place a place adjective names (``Пермский`` обозреватель: Perm, RUS)."""
    entries = (gaz.by_qid(qid) for qid in gaz.adjectives.places(adjective)[:1])
    return [entry.country for entry in entries if entry is not None and entry.country]


def title_before(doc: Doc, person: Entity, covered: dict[int, Entity]) -> list[Token]:
    """The title phrase right before a name, from its first title word: ``[министр обороны Японии]
    Сейджи Маехара``; [] when none (or when the name is the title's genitive: ``советник Трампа``)."""
    words = doc.tokens_between(person.start, person.end)
    if not words or words[0].i == 0:
        return []
    first = doc.sents[words[0].sent].first
    span: list[Token] = []
    i = words[0].i - 1
    while i >= max(first, words[0].i - TITLE_SPAN):
        token = doc.tokens[i]
        owner = covered.get(token.i)
        if owner is not None and owner.type == "PER":
            break
        if owner is None and token.pos not in PHRASE_POS and token.text != "-" and not inner_preposition(token, span):
            break
        span.insert(0, token)
        i -= 1
    while span and span[0].pos == "ADP":
        span = span[1:]
    start = next((n for n, t in enumerate(span) if is_title_word(t, covered)), None)
    if start is None or span[start].feats.get("Number") == "Plur":
        return []  # "кандидат в президенты": a plural title is no apposition to one person
    title_case = span[start].feats.get("Case")
    if any(folded_lemma(t) in word_list("past_title_markers") for t in span[:start]):
        return []  # "бывший министр": not the office he holds
    name_case = words[-1].feats.get("Case")
    head = next((t for t in reversed(span[:start]) if t.pos != "ADJ"), None)
    governed = head is not None and head.pos in NOUNS and head.i not in covered
    if governed and title_case == "Gen" and name_case not in (None, "Gen"):
        return []  # "муж актрисы Сергей Сенин": the title belongs to a noun before it, not to the name
    # the adjectives right before the title stay with it: they may name its country (японского министра)
    while start > 0 and span[start - 1].pos == "ADJ" and span[start - 1].i not in covered:
        start -= 1
    phrase = span[start:]
    if start == 0 and first < phrase[0].i and folded_lemma(doc.tokens[phrase[0].i - 1]) in word_list("past_title_markers"):
        return []
    if name_case == "Gen" and title_case not in (None, "Gen"):
        return []
    return phrase


def title_after(doc: Doc, person: Entity, covered: dict[int, Entity]) -> list[Token]:
    """A title in apposition after a name and a comma: ``Марк Тоунер, [официальный представитель
    Госдепартамента]``."""
    words = doc.tokens_between(person.start, person.end)
    if not words:
        return []
    last = doc.sents[words[-1].sent].last
    i = words[-1].i + 1
    if i + 1 >= last or doc.tokens[i].text != COMMA:
        return []
    phrase: list[Token] = []
    following = doc.tokens[i + 1 : min(last, i + 1 + TITLE_SPAN)]
    while following and folded_lemma(following[0]) in with_flag("acting"):
        following = following[1:]  # "исполняющий обязанности официального представителя"
    for token in following:
        owner = covered.get(token.i)
        if (owner is not None and owner.type == "PER") or (owner is None and token.pos not in PHRASE_POS):
            break
        phrase.append(token)
    head = next((n for n, t in enumerate(phrase) if is_title_word(t, covered)), None)
    # the title opens the phrase, or follows its adjectives (официальный представитель, новый посол)
    if head is None or any(t.pos != "ADJ" for t in phrase[:head]) or phrase[head].feats.get("Number") == "Plur":
        return []
    if any(folded_lemma(t) in word_list("past_title_markers") for t in phrase[:head]):
        return []
    after = phrase[-1].i + 1 if phrase else last
    if after < last and doc.tokens[after].text in OPENING:
        return []  # "лидер московского «Центра»": the body it names is a name in quotes we cannot code
    return phrase


def inner_preposition(token: Token, span: list[Token]) -> bool:
    """A preposition inside a title phrase (``посол России [в] США``): something must follow it."""
    return token.pos == "ADP" and token.text.lower() in TITLE_PREPOSITIONS and bool(span)


def is_title_word(token: Token, covered: dict[int, Entity]) -> bool:
    """A word that opens a title: it precedes names and has a role, or takes the role of its body (член)."""
    if token.i in covered:
        return False
    word = folded_lemma(token)
    entry = agent(word)
    titled = word in with_flag("name") or word in with_flag("appos")
    return titled and entry is not None and (entry.role is not None or "of" in entry.flags)


def person_code(doc: Doc, person: Entity, covered: dict[int, Entity], gaz: Gazetteer,
                home: str | None) -> tuple[str, bool] | None:
    """The code the title a person is introduced with gives him (``министр обороны Японии Сейджи Маехара``
    JPNGOV), and whether the text names its country; the article's country is taken only for a person no
    table knows (a local figure: ``лидер оппозиции Леван Гачечиладзе``), never for a known foreigner."""
    phrase = title_before(doc, person, covered) or title_after(doc, person, covered)
    if not phrase:
        return None
    role, needs_country = phrase_role(phrase, covered)
    named = phrase_country(phrase, covered, gaz)
    if named is not None and is_igo(named):
        return named, True  # an international body's official speaks for the body
    if needs_country and named is None:
        return None
    country = named or person.country or (home if person.qid is None else None)
    return (actor_code(country, role), named is not None) if role and country else None


def is_igo(code: str | None) -> bool:
    return bool(code) and code.startswith("IGO")  # type: ignore[union-attr]


def code_titled_people(doc: Doc, chains: list[list[Entity]], gaz: Gazetteer) -> None:
    """Each person chain with no role of its own takes the code of a title it is introduced with, one that
    names its country first (``президентом Виктором Януковичем`` ... ``президент Украины Виктор Янукович``)."""
    covered = entity_index(doc)
    home = home_country(doc)
    for chain in chains:
        if any(role_of(m.actor) and not dictionary_coded(m, gaz) for m in chain):
            continue  # a dated office the gazetteer knows goes first
        codes = [c for m in chain if (c := person_code(doc, m, covered, gaz, home))]
        if not codes:
            continue
        code = next((c for c, named in codes if named), codes[0][0])
        for mention in chain:
            mention.actor = code
            if not is_igo(code):
                mention.country = mention.country or code[:3]


def dictionary_coded(person: Entity, gaz: Gazetteer) -> bool:
    """A person a coding dictionary codes by period (Phoenix: USAGOVLEG while a senator, USAGOV after), not
    an office of the gazetteer's: the title the text introduces him with tells his role then better, on a
    date the dictionary may not cover (``Сенатор Джон Керри`` in an article dated after he left the Senate)."""
    entry = gaz.by_qid(person.qid) if person.qid else None
    return entry is not None and bool(entry.codes)


def code_body(doc: Doc, entity: Entity, covered: dict[int, Entity], gaz: Gazetteer, home: str | None) -> None:
    """A body with no role: its head word's role, with the country its name gives (``Суд Партизанского
    района города Минска`` BLRJUD), else its own, else the article's."""
    if entity.type != "ORG" or (entity.actor and entity.actor != entity.country):
        return
    role = body_role(entity.text) or (body_role(entity.normal) if entity.normal else None)
    if role is None:
        return
    tokens = doc.tokens_in(entity.start, entity.end)
    inner = {t.i: e for t in tokens if (e := covered.get(t.i)) is not None and e is not entity}
    for token in genitives_after(doc, tokens[-1]) if tokens else []:
        if token.i in covered:
            inner[token.i] = covered[token.i]  # "Суд Партизанского района [города Минска]"
    before = adjective_before(doc, tokens[0]) if tokens else None
    own = [t for t in tokens if t.i not in inner]
    words = ([before] if before is not None else []) + own + [doc.tokens[i] for i in sorted(inner)]
    country = phrase_country(words, inner, gaz) or entity.country  # "японского [МИДа]", "Итальянский [суд]"
    places = [e for e in inner.values() if e.type == "LOC"]
    if country is None and not places:
        country = home  # a place it names that no table places leaves it uncoded, not the article's
    if country:
        entity.actor, entity.country = actor_code(country, role), entity.country or country


def genitives_after(doc: Doc, last: Token, limit: int = 4) -> list[Token]:
    """The genitive words that run on after a name (``района [города Минска]``), up to a few."""
    out: list[Token] = []
    for token in doc.tokens[last.i + 1 : last.i + 1 + limit]:
        if token.sent != last.sent or token.pos not in NOUNS or token.feats.get("Case") != "Gen":
            break
        out.append(token)
    return out


def adjective_before(doc: Doc, first: Token) -> Token | None:
    """The adjective right before a name, outside it (``японского [МИДа]``)."""
    if first.i == 0:
        return None
    token = doc.tokens[first.i - 1]
    return token if token.pos == "ADJ" and token.sent == first.sent else None


def noun_role(doc: Doc, token: Token, lemma: str) -> str | None:
    """The role a noun names, with the genitive it governs where the pair has one (``участники митинга``
    CVL, ``лидер оппозиции`` OPP), else its own."""
    for child in doc.children(token, "nmod"):
        pair = agent(f"{lemma} {folded_lemma(child)}")
        if pair is not None and pair.role and not doc.prep(child):
            return pair.role
    entry = agent(lemma)
    return entry.role if entry is not None else None


def owner_named(doc: Doc, token: Token) -> bool:
    """``граждан двух стран``, ``войск союзников``: a genitive names whose group it is, one we could not place
    (in the parse, or right after the noun, where the parser often hangs it elsewhere)."""
    if any(doc.case(child) == "Gen" and not doc.prep(child) for child in doc.children(token, "nmod")):
        return True
    following = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    return following is not None and following.pos in NOUNS and following.feats.get("Case") == "Gen"
