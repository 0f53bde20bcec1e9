"""Statements coded by what they say (GUIDELINES: 010 by default, or the more specific code the
content supports: a denial 016, criticism 111, an accusation 112, a rejection 12x, a threat 13x, a
demand 10x, an appeal 02x, intent 03x, approval 051, sympathy 018, pessimism 012, optimism 013).

A speech trigger (flag ``say`` in ``data/events/triggers.tsv``) has content when the quotes
component found the quote it introduces (``заявил, что ...``, ``«...», — подчеркнул он``,
``как заявил X, ...``), else in its own phrases (``объявил о готовности``, ``выразил мнение о
необходимости``, ``назвал итоги подтасованными``). The content's cue words
(``data/events/statement_cues.tsv``) give the code; the trigger's own code is the default. Without
content a speech trigger keeps the lexicon's rule (``need_target``: a bare ``сказал он`` is no event).

Not every statement with content is an event of its own:
- a content that holds an event of ours by the same speaker (``Кан сообщил, что будет вести
  переговоры``) is that act, coded once on its own trigger, unless its cue words code the statement
  (``объявили о готовности к переговорам``: intent, 03x); the same speaker's speech verb inside the
  content (``«Я заявляю, что ...», — сказал он``) is the statement itself;
- an act of the speaker's own state or of its government as a whole (``пообещал, что его
  правительство будет настаивать``, ``заявил о готовности Токио к диалогу``) is his own too: he
  speaks for it (``data/events/speaks_for.txt``); not so its parts (``ведомства``);
- another's act in the content (``сообщил, что глава МВД распорядился``) gives the statement no code
  of its own (010); when that act is material conflict (``сообщил, что КГБ его пытали``) the
  statement accuses its doer (112);
- a quote carrier (flag ``carrier``: ``сказал``, ``добавил``, ``назвал``) and a verb citing a source
  (``как сообщает X``, ``сообщили в пресс-службе``) are statements only when their content gives a
  code of its own; a speech gerund under another trigger (``отвергают, заявляя, что``) is that act's;
- a medium (``сообщает ТАСС``) cites, it does not state, and the medium a statement is made to
  (``заявил журналистам``, ``сообщил агентству Франс Пресс``) is no side of it;
- a speech verb wanted or asked for (``хотел подчеркнуть``, ``призвал ООН «ответить ...»``) is not made.

A quote of several sentences says its parts where they stand: a sentence whose speech verb stands
elsewhere is the speaker's statement when its cue words give a code of their own
(``quoted_statement``), and the speech verb is coded by its own sentence. What a demand or an appeal
asks for (``Беларусь должна выпустить``, ``мы хотим, чтобы ООН стала посредником``) has not
happened: that act is left out, its doer is the target, and it makes the code finer
(``data/events/asked_acts.tsv``: 1053, 028). A coercive act still to come in a statement (``будет
введён комендантский час``) is a threat (13x), one done is an accusation (112).

A plain intent (030) is coded by the act it is to do and aimed at that act's other side
(``готовность выстраивать диалог с Токио``: 036, Japan; ``пообещал сотрудничать с МАГАТЭ``: 031), and
that act, which has not happened, is left out (``asked_acts.tsv``, its intent column). A demand or an
appeal with no addressee is made of the state or body a duty is laid on (``Белград должен решить
вопрос``), else of the instrumental agent of the act noun it asks for (``настаивать
на возвращении Россией островов``: Russia).

Criticism, approval and rejection of an act the content names are aimed at its doer (``заявил, что
разгон митинга со стороны полиции недопустим``: the police), before any other side the content names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from khronika.data import tsv, word_list
from khronika.events.claims import claim_targets
from khronika.events.lexicon import Trigger
from khronika.events.modality import modality_of
from khronika.events.occurrence import Occurrence
from khronika.events.participants import Scene, actors_of, entity_actor, first_person
from khronika.events.subjects import finite_carrier
from khronika.link.actors import actor_key
from khronika.model import Actor, Quote
from khronika.nlp.doc import Token
from khronika.nlp.forms import fold, folded_lemma
from khronika.nlp.relations import SUBJECT_RELS
from khronika.quotes.indirect import colon_clause, that_clause

# When a content has cues of several kinds, the first kind here wins: the conflictual or committing
# reading of a statement is its point (``мы не намерены ... и надеемся`` is a rejection, ``это
# неприемлемо, Беларусь должна освободить`` criticism before the demand), and CAMEO asks for the most
# specific code; the mood words (sympathy, pessimism, optimism) only colour a statement.
PRECEDENCE = ("016", "13", "112", "111", "12", "10", "02", "03", "051", "018", "012", "013")
PAIR_WINDOW = 3  # words between the two lemmas of a two-word cue ("хотим, чтобы")
ACCUSED_ROOTS = ("14", "15", "16", "17", "18", "19", "20")  # another's act a statement accuses them of
ASKING = ("10", "02")  # a demand or an appeal: the act it asks for has not happened
INTENT = "030"  # a plain intent, made finer by the act it is to do
INTENDED_PREPS = (None, "к")  # how an intent noun or verb takes its act: готовность к переговорам, намерен вести
FUTURE_BE = ("буду", "будешь", "будет", "будем", "будете", "будут")  # the future auxiliary
FUTURE_REACH = 3  # words between "будет" and the noun it announces: "будет введён комендантский час"
# verbs whose infinitive is wanted or asked for, not done
WANTED = ("хотеть", "захотеть", "желать", "пожелать", "призывать", "призвать", "просить", "попросить",
          "требовать", "потребовать", "предлагать", "предложить", "убеждать", "убедить", "уговаривать")
TARGETED = ("016", "11", "12", "13", "10", "02", "051", "018")  # codes aimed at the side the content names
# codes that judge an act: criticism, approval and rejection are aimed at whoever did the act the
# content names (``заявил, что разгон митинга полицией неприемлем``: the police)
JUDGED = ("111", "051", "12")
NEGATIONS = ("не", "ни")
ADDRESSED = ("должный", "обязанный", "обязан")  # a duty is a demand only when laid on a named side
# a need stated in a sentence of its own (``Нам нужно вновь заставить работать экономику``) is a
# demand only when laid on a named side, as a duty is
NEEDED = ("надо", "нужно", "необходимо")
AS_WORDS = ("как",)
PLAIN_SPEECH = "010"  # a speech verb that says nothing of what kind the statement is (заявить, отметить)
# "Об этом сообщает РИА Новости", "пишет газета": a news verb in the present cites where the news
# comes from, unless a person says it
CITING_NOW = ("сообщать", "передавать", "писать", "информировать")
NAMES = ("PER", "ORG", "LOC")
MEDIUM = "MED"
CONTENT_PREPS = ("о", "об", "обо")  # объявил о ..., выразил мнение о ...
NOUN_CONTENT_PREPS = ("с", "со")  # заявление с осуждением, с призывом, с требованием
CLAUSE_RELS = ("ccomp", "advcl", "parataxis")  # the clause a speech verb governs
NAMED_RELS = ("obj", "xcomp", "nmod", "obl")  # назвал итоги (obj) подтасованными (xcomp, or misparsed)
ANAPHORA = ("это", "этот", "то", "тот")  # "Об этом заявил X": the content is the sentence before
OPENING_MARKS = ("«", '"', "“", "„")
CLOSING_MARKS = {"«": "»", '"': '"', "“": "”", "„": "“"}
BETWEEN = " \n\t\u00a0.,»\"”-–—"  # what may stand between a quote and the verb that follows it


@dataclass(frozen=True)
class Cue:
    code: str | None
    negated: str | None


@cache
def cues() -> dict[tuple[str, ...], Cue]:
    """(lemma,) or (lemma, next lemma) -> the codes it gives (``data/events/statement_cues.tsv``)."""
    found = {}
    for words, code, negated in tsv("events/statement_cues.tsv"):
        found[tuple(words.split())] = Cue(None if code == "-" else code, None if negated == "-" else negated)
    return found


def read_statements(scene: Scene, occurrences: list[Occurrence]) -> list[Occurrence]:
    """The sentence's occurrences with each speech trigger that has content coded by it, or left out
    when its content is no statement of its own (module docstring)."""
    kept: list[Occurrence] = []
    asked: set[int] = set()
    stated: set[int] = set()  # speech triggers coded by their content
    by_token = {o.token.i: o for o in occurrences}
    for occurrence in occurrences:
        if not occurrence.entry.has("say"):
            kept.append(occurrence)
            continue
        if accompanies(scene, occurrence, by_token) or intended(scene, occurrence.token) or \
                news_source(scene, occurrence.token):
            continue
        # "заявил журналистам", "сообщил газете": the medium a statement is made to is no side of it
        occurrence.targets = [a for a in occurrence.targets if role(a) != MEDIUM]
        content = content_of(scene, occurrence)
        if not content:
            kept.append(occurrence)  # the lexicon's own rule (need_target) decides
            continue
        coded = statement(scene, occurrence, content, occurrences)
        if coded is not None:
            kept.append(coded[0])
            asked |= coded[1]
            stated.add(occurrence.token.i)
    # "подтвердил готовность выстраивать диалог с Токио": a plain intent word outside a statement (not
    # an agreement between sides: "договорились провести переговоры" holds talks of their own)
    for o in kept:
        if not o.entry.has("sym") and o.token.i not in stated:
            code, others, meant = intent(scene, o.entry.cameo, o.token, o.sources, kept)
            o.entry, o.targets = replace(o.entry, cameo=code), o.targets or others
            asked |= {a.token.i for a in meant}
    for o in kept:  # "опроверг сообщения сирийских властей", "возражает против таких требований"
        o.targets = claim_targets(scene, o)
    # ``призвал ООН «ответить ...»``, ``потребовали освободить``: the act an appeal or a demand
    # asks for has not happened; the appeal is coded by it
    appeals = {o.token.i: o for o in kept if o.entry.cameo.startswith(ASKING)}
    for o in kept:
        appeal = appeals.get(o.token.head) if o.token.head is not None and infinitive(o.token) else None
        if appeal is not None and o is not appeal:
            asked.add(o.token.i)
            appeal.entry = replace(appeal.entry, cameo=asked_code(appeal.entry.cameo, o.entry.cameo))
    for appeal in appeals.values():  # "настаивать на возвращении Россией островов": made of the act's doer
        appeal.targets = appeal.targets or asked_agents(scene, appeal)
    return [o for o in kept if o.token.i not in asked]


def asked_agents(scene: Scene, appeal: Occurrence) -> list[Actor]:
    """Who is to do what a demand or an appeal asks for, named as the instrumental agent of its act
    noun (``настаивать на возвращении Россией островов``, ``требуют расследования убийства властями``);
    never the asking side."""
    doc = scene.tree.doc
    for noun in doc.children(appeal.token, "obj", "obl"):
        if noun.pos != "NOUN" or doc.prep(noun) not in (None, "на", "о", "об"):
            continue
        for agent in doc.children(noun, "nmod"):
            if doc.case(agent) == "Ins" and doc.prep(agent) is None:
                found = [a for a in actors_of(scene, agent) if not ours(a, appeal.sources)]
                if found:
                    return found[:1]
    return []


def infinitive(token: Token) -> bool:
    return token.feats.get("VerbForm") == "Inf"


def accompanies(scene: Scene, occurrence: Occurrence, by_token: dict[int, Occurrence]) -> bool:
    """``Израиль отвергает этот шаг, заявляя, что ...``, ``выступила за реформу, отметив, что ...``:
    a speech gerund says how the act of the verb it hangs from was done; that act is coded once, on
    its own trigger (a speech trigger above it reads the gerund's clause as its content). A gerund of
    a speech act with a code of its own (``выдвинул кандидатуру, пообещав ...``: 030) is an act of its
    own."""
    token = occurrence.token
    plain = occurrence.entry.cameo == PLAIN_SPEECH
    return plain and gerund(token) and token.head is not None and token.head in by_token


def gerund(token: Token) -> bool:
    return token.feats.get("VerbForm") == "Conv"


def statement(scene: Scene, occurrence: Occurrence, content: list[Token],
              occurrences: list[Occurrence]) -> tuple[Occurrence, set[int]] | None:
    """The statement coded by its content, with the token indices of the acts it asks for (left
    out: they have not happened); None when it is no statement of its own."""
    quote = quote_of(scene.tree.doc.article.quotes, occurrence.token)
    speaker = quote.speaker if quote is not None else None
    if not occurrence.sources:
        occurrence.sources = [speaker] if speaker is not None else []
    elif speaker is not None and speaker.qid and not any(a.qid for a in occurrence.sources):
        # "«...», – отметил российский министр": the quote's speaker is the person the title stands
        # for (the quote reader resolved it), not the country's office the title alone would give
        occurrence.sources = [speaker]
    elif speaker is not None and quote is not None and quote.kind == "direct" and \
            all(pronoun_named(scene, a) for a in occurrence.sources):
        # "«... он и его лживые подпевалы ...», — заявил он": the quote reader resolved the pronoun
        # knowing the quote (not to the man the quoted words are about)
        occurrence.sources = [speaker]
    if occurrence.sources and all(role(a) == MEDIUM for a in occurrence.sources):
        return None
    inside = {t.i for t in content}
    within = [o for o in occurrences if o.token.i in inside and o is not occurrence]
    # ``выступил с заявлением: он сообщил, что ...``, ``«Я заявляю, что ...», — сказал он``: the
    # same speaker's speech verb inside the content is the statement itself, coded there
    # (a speech gerund is not: ``отреагировал, заявив, что ...`` is one act, read on its verb)
    if any(o.entry.has("say") and not gerund(o.token) and own_act(scene, o, occurrence.sources, content) for o in within):
        return None
    # A trigger of ours in the content with a subject of its own is another's act (``сообщил, что
    # правительство одобрило``, ``поддерживают и жители края``): it gives the statement no code. A
    # stance word with no subject (``визит «вызывает сожаление»``) is the speaker's.
    acts = {o.token.i for o in within if o.sources or scene.tree.doc.children(o.token, *SUBJECT_RELS)}
    said = [t for t in content if t.i not in acts]
    # A quote of several sentences: each of the others says its own part and is coded where it
    # stands (quoted_statement); the speech verb is coded by its own sentence, and is no second
    # event when only the others carry a code.
    here = [t for t in said if scene.tree.sent.start <= t.start < scene.tree.sent.end]
    if len(here) < len(said) and spoken_quote(scene, occurrence.token) is not None and occurrence.sources:
        found = content_cue(scene, here)
        # (the other sentences' duties and needs are weighed where they stand: this sentence's parse
        # does not hold them)
        if found is None and content_cue(scene, said, skip=ADDRESSED + NEEDED) is not None:
            return None
        within = [o for o in within if scene.tree.sent.start <= o.token.start < scene.tree.sent.end]
    else:
        found = content_cue(scene, said)
    code, cue = found if found is not None else (None, None)
    # the speaker's own act, or his state's (``пообещал, что его правительство будет настаивать``,
    # ``заявил о готовности Токио к диалогу``: he speaks for it), is coded once, on its own trigger;
    # a coercive act of his state is threatened (below)
    mine = [o for o in within if own_act(scene, o, occurrence.sources, content) or spoken_for(scene, o, occurrence.sources)]
    if code is None and mine and not any(o.entry.cameo[:2] in ACCUSED_ROOTS and still_to_come(scene, o.token) for o in mine):
        return None
    targets = list(occurrence.targets)
    # Another's act in the content: a wrong done is an accusation of its doer; any other act
    # reported is a statement with content about an actor or a policy (010 below).
    # ... and a coercive act still to come (``заявил, что будет введён комендантский час``,
    # ``Россия введет санкции``) is threatened, not a wrong done.
    coercive = [o for o in within if o.entry.cameo[:2] in ACCUSED_ROOTS]
    planned = [o for o in coercive if still_to_come(scene, o.token)]
    accused = [o for o in coercive if o.sources and o not in planned]
    if code is None and planned:
        code, targets = threat(planned[0].entry.cameo), [a for o in planned for a in o.targets]
    if code is None and accused:
        code, targets = "112", [a for o in accused for a in o.sources]
    if code is None:
        if occurrence.entry.has("carrier") or citing(scene, occurrence.token):
            return None
        code = occurrence.entry.cameo
    speakers = {actor_key(a) for a in occurrence.sources}
    asked = asked_acts(scene, cue, code, within, speakers) if cue is not None else []
    if asked:
        code = asked_code(code, asked[0].entry.cameo)
        targets = targets or [a for o in asked for a in o.sources if actor_key(a) not in speakers]
    if cue is not None:
        code, others, meant = intent(scene, code, cue, occurrence.sources, within)
        targets, asked = targets or others, asked + meant
    if cue is not None and code.startswith("10") and not targets:  # "Белград должен решить": laid on Belgrade
        targets = [a for a in duty_bearers(scene, cue) if not ours(a, occurrence.sources)]
    if code.startswith(JUDGED) and not targets:
        targets = act_doers(scene, content, within, occurrence.sources)
    if code.startswith(TARGETED) and not targets:
        targets = [a for a in content_actors(scene, content, speakers) if not own_state(a, occurrence.sources)]
    entry = replace(occurrence.entry, cameo=code, flags=occurrence.entry.flags - {"need_target"})
    return replace(occurrence, entry=entry, targets=targets), {o.token.i for o in asked}


def act_doers(scene: Scene, content: list[Token], acts: list[Occurrence], speakers: list[Actor]) -> list[Actor]:
    """Who did the acts a judging statement names (``со стороны полиции разгон митинга ...
    неприемлемо``, ``назвал посещение островов министром обороны ... недопустимым``): each act's
    source, else a noun's instrumental agent (``посещение министром``); never the speaker's side
    (his own acts are no one he judges)."""
    doc = scene.tree.doc
    inside = {t.i for t in content}
    found: list[Actor] = []
    for act in sorted(acts, key=lambda o: o.token.i):
        if act.first_person or act.token.i not in inside:
            continue
        doers = act.sources or [a for c in doc.children(act.token, "nmod", "obl") if act.token.pos == "NOUN"
                                and doc.case(c) == "Ins" and doc.prep(c) is None for a in actors_of(scene, c)]
        found += [a for a in doers if a not in found and not own_state(a, speakers)
                  and not any(same_actor(a, s) for s in speakers)]
    return found[:1]


def asked_acts(scene: Scene, cue: Token, code: str, occurrences: list[Occurrence], speakers: set[str]) -> list[Occurrence]:
    """The acts a demand or an appeal asks for (``Беларусь должна выпустить``, ``хотим, чтобы ООН
    стала посредником``): under its cue word, not done by the speaker. They have not happened."""
    if not code.startswith(ASKING):
        return []
    under = {t.i for t in scene.tree.doc.subtree(cue)} - {cue.i}
    return [o for o in occurrences if o.token.i in under and not any(actor_key(a) in speakers for a in o.sources)]


@cache
def asked_table() -> dict[str, tuple[str, str, str]]:
    """act code prefix -> (appeal code, demand code, intent code) (``data/events/asked_acts.tsv``)."""
    return {act: (appeal, demand, intent) for act, appeal, demand, intent in tsv("events/asked_acts.tsv")}


def asked_prefix(act: str) -> str | None:
    """The longest prefix of the act's code that ``asked_acts.tsv`` holds."""
    table = asked_table()
    return next((act[:n] for n in range(len(act), 1, -1) if act[:n] in table), None)


def asked_code(code: str, act: str) -> str:
    """A plain appeal (020), demand (100) or intent (030) made finer by the act it asks for or is
    to do; a finer code stays."""
    column = {"020": 0, "100": 1, INTENT: 2}.get(code)
    prefix = asked_prefix(act)
    if column is None or prefix is None:
        return code
    return asked_table()[prefix][column]


def intended_acts(scene: Scene, word: Token, occurrences: list[Occurrence], intenders: list[Actor]) -> list[Occurrence]:
    """The acts a plain intent is to do (``пообещал сотрудничать с МАГАТЭ``, ``готовность к переговорам
    с правительством``, ``готовность выстраивать диалог с Токио``): a dependent of the intent word, or
    the event noun of a light verb that is one; with no doer but the intender's side, not called off
    (``пообещал отменить переговоры``), of a kind ``asked_acts.tsv`` knows. They have not happened."""
    doc = scene.tree.doc
    light = word_list("light_verbs", "events")
    return [o for o in occurrences if o.token.head is not None and not o.entry.has("say")
            and (o.token.head == word.i or (doc.tokens[o.token.head].head == word.i and o.token.rel == "obj"
                                            and folded_lemma(doc.tokens[o.token.head]) in light))
            and (o.targets or not o.entry.has("need_target"))  # no act of its own without its target
            and asked_prefix(o.entry.cameo) is not None and all(ours(a, intenders) for a in o.sources)
            and modality_of(scene.tree, o.token)[0] != "negated"]


def intent(scene: Scene, code: str, word: Token, intenders: list[Actor],
           occurrences: list[Occurrence]) -> tuple[str, list[Actor], list[Occurrence]]:
    """A plain intent (030) coded by the act it is to do, with that act's other side as its target
    (``готовность ... выстраивать диалог с Токио``: 036, Japan), and the acts it is to do; an intent
    the lexicon codes already (``готовность к переговорам``: 036) only leaves its act out."""
    meant = intended_acts(scene, word, occurrences, intenders) if code.startswith(INTENT[:2]) else []
    if code != INTENT:  # "готовность к переговорам", not the frame of "в ходе беседы ... пригласил"
        meant = [o for o in meant if scene.tree.doc.prep(o.token) in INTENDED_PREPS]
    if not meant:
        return code, [], []
    others = [a for o in meant for a in o.targets if not ours(a, intenders)]
    # an intent coded already (``готовность к переговорам``: 036) keeps its code; its act is still to come
    return asked_code(code, meant[0].entry.cameo) if code == INTENT else code, others[:1], meant


def ours(actor: Actor, speakers: list[Actor]) -> bool:
    """The speaker himself or his own state."""
    return any(same_actor(actor, s) for s in speakers) or own_state(actor, speakers)


def threat(act: str) -> str:
    """The threat (13x) of a coercive act (CAMEO 16-20): administrative sanctions 172x -> 132x,
    reduced relations, aid or trade 16x -> 131, seizure, arrest, expulsion, repression 171-175 ->
    137, force 18-20 -> 138."""
    if act.startswith("172"):
        return "132" + act[3:]
    if act.startswith("16"):
        return "131"
    if act.startswith("17"):
        return "137"
    return "138"


def still_to_come(scene: Scene, token: Token) -> bool:
    """A planned act, also a noun named as the subject or object of a future verb (``будет введён
    комендантский час``)."""
    head = scene.tree.doc.head(token)
    carriers = [token] + ([head] if head is not None and token.rel in (*SUBJECT_RELS, "obj") else [])
    if any(c.text.lower() in FUTURE_BE for t in carriers for c in scene.tree.doc.children(t, "aux", "aux:pass")):
        return True  # the tagger gives ``будет`` Tense=Pres
    # ``будет введён комендантский час`` with the noun hung elsewhere by the parse: the future just before
    before = scene.tree.doc.tokens[max(token.i - FUTURE_REACH, 0) : token.i]
    if any(t.text.lower() in FUTURE_BE for t in before) and not any(t.pos == "PUNCT" for t in before):
        return True
    return any(modality_of(scene.tree, t)[0] == "planned" for t in carriers)


def intended(scene: Scene, token: Token) -> bool:
    """``хотел подчеркнуть``, ``призвал ООН «ответить ...»``: a speech verb wanted or asked for is
    not a statement made."""
    head = scene.tree.doc.head(token)
    return token.feats.get("VerbForm") == "Inf" and head is not None and folded_lemma(head) in WANTED


def spoken_quote(scene: Scene, token: Token) -> Quote | None:
    """The direct quote that the speech verb introduces."""
    doc = scene.tree.doc
    quote = quote_of(doc.article.quotes, token, doc.text)
    return quote if quote is not None and quote.kind == "direct" else None


def quoted_statement(scene: Scene, occurrences: list[Occurrence]) -> list[Occurrence]:
    """A sentence of a direct quote whose speech verb stands in another sentence (``... со
    специальным заявлением: «Соединенные Штаты осуждают приговор. <...> Беларусь должна
    незамедлительно выпустить всех политических заключенных»``) is the speaker's statement too,
    coded where it stands when its cue words give a code of their own (not a plain 010); its
    first person is the speaker. A sentence with a speech verb or an act of the speaker's own is
    coded there. The act a demand or appeal asks of another (``мы хотим, чтобы ООН стала
    посредником``) has not happened: it is left out, its doer is the one appealed to."""
    tree, speaker = scene.tree, scene.speaker
    if speaker is None or any(o.entry.has("say") or o.first_person for o in occurrences):
        return occurrences
    doc = tree.doc
    words = [t for t in tree.tokens if not t.is_punct]
    quote = next((q for q in doc.article.quotes if q.kind == "direct" and q.start <= words[0].start
                  and words[-1].end <= q.end), None) if words else None
    if quote is None or quote.cue is None or tree.sent.start <= quote.cue.start < tree.sent.end:
        return occurrences
    speakers = {actor_key(speaker)}
    if any(actor_key(a) in speakers for o in occurrences for a in o.sources):
        return occurrences
    acts = {o.token.i for o in occurrences if o.sources or doc.children(o.token, *SUBJECT_RELS)}
    found = content_cue(scene, [t for t in tree.tokens if t.i not in acts], ADDRESSED + NEEDED)
    if found is None or found[0] == "010":
        return occurrences
    code, cue = found
    asked = asked_acts(scene, cue, code, occurrences, speakers)
    if asked:
        code = asked_code(code, asked[0].entry.cameo)
    targets = [a for o in asked for a in o.sources if actor_key(a) not in speakers]
    if code.startswith(TARGETED) and not targets:
        # the side the sentence names, else the subject of any of its clauses (``печально, что
        # японское правительство финансирует ...``)
        targets = content_actors(scene, tree.tokens, speakers) or [
            a for t in tree.tokens if t.rel in SUBJECT_RELS for a in actors_of(scene, t) if actor_key(a) not in speakers]
    entry = Trigger(folded_lemma(cue), cue.pos, code, (), (), frozenset())
    stated = Occurrence(cue, entry, sources=[speaker], targets=targets[:1], first_person=True)
    return [o for o in occurrences if o not in asked] + [stated]


def own_act(scene: Scene, occurrence: Occurrence, speakers: list[Actor], content: list[Token]) -> bool:
    """An event of the content that is the speaker's own act: in the first person, with the
    speaker as its source, or a verb with no subject of its own (``Кан сообщил, что будет вести
    переговоры``: the speaker's)."""
    if occurrence.first_person or any(same_actor(a, b) for a in occurrence.sources for b in speakers):
        return True
    if not speakers or occurrence.sources:  # a doer of its own (в изоляторе КГБ его пытали): another's act
        return False
    verb = finite_carrier(scene.tree, occurrence.token)
    if verb is not None:
        return not scene.tree.doc.children(verb, *SUBJECT_RELS)
    # no verb found to carry it (the parser split ``будет ... вести переговоры``): the speaker's when
    # the content names no subject at all
    return not occurrence.sources and not any(t.rel in SUBJECT_RELS for t in content)


def spoken_for(scene: Scene, occurrence: Occurrence, speakers: list[Actor]) -> bool:
    """An act of the speaker's own state, named as the state or as its government as a whole
    (``data/events/speaks_for.txt``); not a coercive one (a threat, 13x)."""
    doc, whole = scene.tree.doc, word_list("speaks_for", "events")
    return bool(occurrence.sources) and occurrence.entry.cameo[:2] not in ACCUSED_ROOTS and all(
        own_state(a, speakers) and (a.role is None or (a.mention is not None and any(
            folded_lemma(t) in whole for t in doc.tokens_in(a.mention.start, a.mention.end))))
        for a in occurrence.sources)


def pronoun_named(scene: Scene, actor: Actor) -> bool:
    """The actor is named in the sentence by a personal pronoun only (``заявил он``)."""
    if actor.mention is None:
        return False
    words = scene.tree.doc.tokens_in(actor.mention.start, actor.mention.end)
    return bool(words) and all(w.pos == "PRON" for w in words)


def same_actor(a: Actor, b: Actor) -> bool:
    """The same actor, also when one mention is fuller than the other (``Кан``, ``Наото Кан``)."""
    if actor_key(a) == actor_key(b) or (a.qid is not None and a.qid == b.qid):
        return True
    return bool(a.name and b.name) and fold(a.name).split()[-1] == fold(b.name).split()[-1]


def news_source(scene: Scene, token: Token) -> bool:
    """``Об этом сообщает PR-служба конференции``, ``пишет газета``: a news verb in the present with
    no person for its subject names where the news comes from, whatever the news says."""
    if folded_lemma(token) not in CITING_NOW or token.feats.get("Tense") != "Pres":
        return False
    subjects = scene.tree.doc.children(token, *SUBJECT_RELS)
    return not any((e := scene.tree.entity_of.get(s.i)) is not None and e.type == "PER" for s in subjects)


def citing(scene: Scene, token: Token) -> bool:
    """``Как сообщает РБК, ...``, ``сообщили в пресс-службе``: the verb cites where the news comes
    from; only a content with a code of its own makes it a statement (``Как заявили наблюдатели ОБСЕ, выборы соответствовали
    стандартам``)."""
    doc = scene.tree.doc
    before = doc.tokens[token.i - 1] if token.i else None
    if (before is not None and folded_lemma(before) in AS_WORDS) or \
            any(folded_lemma(c) in AS_WORDS for c in doc.children(token, "mark", "advmod")):
        return True
    # "сообщили в пресс-службе": a plural verb with no subject speaks for nobody named
    return token.feats.get("Number") == "Plur" and not doc.children(token, *SUBJECT_RELS)


def content_of(scene: Scene, occurrence: Occurrence) -> list[Token]:
    """The words the speech trigger introduces: its quote (with the quoted words that close an
    indirect one: ``заявил, что этот визит «вызывает сожаление»``), else its own ``что``- or colon
    clause (the quotes component leaves cues inside another quote alone), else its о-phrase and the
    clause it governs (``отреагировал, заявив, что ...``), or, for ``назвать`` (flag ``names``), what
    it names and what it calls it. ``Об этом заявил X`` says what the sentence before said."""
    doc, tree, token = scene.tree.doc, scene.tree, occurrence.token
    quote = quote_of(doc.article.quotes, token, doc.text) or that_clause(doc, tree.sent, token) or colon_clause(doc, tree.sent, token)
    if quote is not None:
        end = quoted_after(doc.text, quote.end) if quote.kind == "indirect" else quote.end
        return doc.tokens_in(quote.start, min(max(end, quote.end), tree.sent.end) if quote.kind == "indirect" else end)
    names = occurrence.entry.has("names")
    words: list[Token] = []
    # the second word of a two-word trigger holds the о-phrase (выразил мнение о необходимости) or,
    # a statement noun, the с-phrase (выпустил заявление с осуждением убийства)
    nouns = [c for c in doc.children(token) if folded_lemma(c) == occurrence.entry.needs]
    for head in [token, *nouns]:
        for child in doc.children(head):
            if child.rel in SUBJECT_RELS:
                continue
            prep = doc.prep(child)
            if (names and child.rel in NAMED_RELS) or prep in CONTENT_PREPS or child.rel in CLAUSE_RELS or \
                    (head is not token and prep in NOUN_CONTENT_PREPS):
                words.extend(doc.subtree(child))
    if names:  # what it is called often stands in quotation marks the parse hangs elsewhere
        words.extend(t for t in tree.tokens if t.i > token.i and t not in words and inside_marks(doc.text, tree.sent.start, t.start))
    if words and all(folded_lemma(t) in ANAPHORA or t.pos == "ADP" for t in words):
        return previous_sentence(scene)
    return sorted(words, key=lambda t: t.i)


def quoted_after(text: str, end: int) -> int:
    """The end of a quoted span that follows right after ``end`` (``что этот визит «...»``)."""
    rest = text[end:]
    stripped = rest.lstrip()
    if not stripped or stripped[0] not in OPENING_MARKS:
        return end
    opening = end + len(rest) - len(stripped)
    closing = text.find(CLOSING_MARKS[stripped[0]], opening + 1)
    return closing + 1 if closing > 0 else end


def inside_marks(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside «...» opened after ``start``."""
    before = text[start:at]
    return before.count("«") > before.count("»")


def previous_sentence(scene: Scene) -> list[Token]:
    doc, sent = scene.tree.doc, scene.tree.sent
    earlier = [s for s in doc.sents if s.end <= sent.start]
    if not earlier or "\n\n" in doc.text[earlier[-1].end : sent.start]:
        return []
    return doc.sentence_tokens(earlier[-1])


def quote_of(quotes: list[Quote], token: Token, text: str = "") -> Quote | None:
    """The quote this word introduces as its cue, or a top-level quote left without a cue that ends
    just before it (``«...»\n\nзаявил X``: only marks, dashes and spaces between)."""
    cued = next((q for q in quotes if q.cue is not None and q.cue.start == token.start), None)
    if cued is not None or not text:
        return cued
    return next((q for q in quotes if q.cue is None and q.parent is None and q.end <= token.start
                 and not text[q.end : token.start].strip(BETWEEN)), None)


def content_code(scene: Scene, content: list[Token]) -> str | None:
    """The code the content's cue words give, by PRECEDENCE; None when it has none."""
    found = content_cue(scene, content)
    return found[0] if found is not None else None


def content_cue(scene: Scene, content: list[Token], duties: tuple[str, ...] = ADDRESSED,
                skip: tuple[str, ...] = ()) -> tuple[str, Token] | None:
    """The code the content's cue words give, by PRECEDENCE, with the word that gives it; a word of
    ``duties`` counts only when laid on a named side (``addressed``), a word of ``skip`` not at all."""
    table = cues()
    found: list[tuple[str, Token]] = []
    lemmas = [folded_lemma(t) for t in content]
    for k, token in enumerate(content):
        for key in ((lemmas[k],), *((lemmas[k], later) for later in lemmas[k + 1 : k + 1 + PAIR_WINDOW])):
            cue = table.get(key)
            if cue is None or key[0] in skip:
                continue
            if key[0] in duties and not addressed(scene, token):
                continue
            code = cue.negated if negated(scene, token, content[k - 1] if k else None) else cue.code
            if code is not None:
                found.append((code, token))
    for kind in PRECEDENCE:
        for code, token in found:
            if code.startswith(kind):
                return code, token
    return None


def duty_bearers(scene: Scene, cue: Token) -> list[Actor]:
    """The state or body a duty or a need is laid on (``Сербия должна решить вопрос``, ``правительству
    нужно``): its subject, or a bare dative; [] for any other cue word. Not a person nor people: ``Мугабе
    должен получить уважение``, ``должен стать гражданин РФ`` say what they deserve or should be."""
    if folded_lemma(cue) not in ADDRESSED + NEEDED:
        return []
    doc = scene.tree.doc
    bearers = doc.children(cue, *SUBJECT_RELS) + [
        c for c in doc.children(cue, "iobj", "obl") if c.feats.get("Case") == "Dat" and not doc.prep(c)]
    return [a for b in bearers if folded_lemma(b) not in first_person() for a in actors_of(scene, b)
            if a.type != "PER" and a.role != "CVL"][:1]


def addressed(scene: Scene, token: Token) -> bool:
    """``Беларусь должна освободить``: a duty laid on a named side is a demand; ``я должен
    предположить``, ``должен был поднять``, ``расценки должны снизиться`` are not."""
    doc = scene.tree.doc
    if any(folded_lemma(c) == "быть" and c.feats.get("Tense") == "Past" for c in doc.children(token)):
        return False
    subjects = doc.children(token, *SUBJECT_RELS) + [
        c for c in doc.children(token, "iobj", "obl") if c.feats.get("Case") == "Dat" and not doc.prep(c)]
    return any(folded_lemma(s) not in first_person() and actors_of(scene, s) for s in subjects)


def negated(scene: Scene, token: Token, before: Token | None) -> bool:
    """``не намерен``: a negation on the word, or just before it (``не допустимо``, parsed apart)."""
    if before is not None and folded_lemma(before) in NEGATIONS:
        return True
    return any(folded_lemma(c) in NEGATIONS for c in scene.tree.doc.children(token))


def content_actors(scene: Scene, content: list[Token], speakers: set[str]) -> list[Actor]:
    """The side a content names: the subject of its clause (``Беларусь должна освободить``,
    ``высказывания Наото Кана носят``), else its first named actor; never the speaker."""
    inside = {t.i for t in content}
    heads = [t for t in content if t.head is None or t.head not in inside]
    for head in heads:
        for subject in scene.tree.doc.children(head, *SUBJECT_RELS):
            found = [a for a in actors_of(scene, subject) if actor_key(a) not in speakers]
            found = found or named(scene, scene.tree.doc.subtree(subject), speakers)
            if found:
                return found[:1]
    return named(scene, content, speakers)[:1]


def own_state(actor: Actor, speakers: list[Actor]) -> bool:
    """The speaker's own state or government, which his statement speaks for, not to: ``Фидан заявил,
    что Турция не намерена ...`` rejects on Turkey's behalf; Turkey is not the side rejected."""
    return actor.type != "PER" and actor.role in (None, "GOV") and any(
        s.country is not None and s.country == actor.country for s in speakers)


def named(scene: Scene, tokens: list[Token], speakers: set[str]) -> list[Actor]:
    """The actors the names among the words stand for, in text order, the speaker's left out (a
    quote's words may lie in other sentences than the trigger's: the document says whose name)."""
    found = []
    for token in sorted(tokens, key=lambda t: t.i):
        entity = scene.tree.doc.entity_at(token)
        if entity is not None and entity.type in NAMES:
            actor = entity_actor(scene, entity)
            if actor_key(actor) not in speakers and actor not in found:
                found.append(actor)
    return found


def role(actor: Actor) -> str | None:
    return actor.role
