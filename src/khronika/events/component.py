"""The ``events`` pipeline component: who did what to whom, when, where and how sure.

Per sentence: trigger words from the lexicon (``triggers``), their sides and place
(``arguments``, ``sides``), statements coded by what they say (``statements``), then per trigger its modality (``modality``), its time (the
expression that governs it, else the default interval for its modality), the quote it is stated
in, and one ``Event`` per source and target. Reads the parse, the linked entities and what they
refer to, the times and the quotes (the pipeline checks that their components ran before it).
"""

from __future__ import annotations

from datetime import date

from khronika.events.arguments import read_sentence
from khronika.events.modality import modality_of
from khronika.events.occurrence import Occurrence
from khronika.events.participants import Scene, people_noun
from khronika.events.sides import borrow_sides
from khronika.events.statements import quoted_statement, read_statements
from khronika.events.tree import Tree
from khronika.events.triggers import find_triggers, may_have_triggers
from khronika.kb.agents import agent
from khronika.kb.cameo import VISIT, goldstein, is_travel, label, quad_class
from khronika.kb.gazetteer import Gazetteer
from khronika.link.actors import actor_key
from khronika.link.resolve import government_of
from khronika.model import Actor, Article, Entity, Event, Location, Modality, SentenceRef, TextSpan, Time
from khronika.nlp.doc import Doc
from khronika.nlp.forms import folded_lemma
from khronika.quotes.lookup import quote_at
from khronika.registry import component
from khronika.timex.govern import time_for_tokens
from khronika.timex.resolve import resolve_default


@component("events", requires=("tokens", "parse", "entities", "mentions", "times", "quotes"), assigns=("events",))
class EventExtractor:
    def __init__(self) -> None:
        self.gazetteer = Gazetteer.default()

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.article.events = extract_events(doc, self.gazetteer)


def extract_events(doc: Doc, gazetteer: Gazetteer) -> list[Event]:
    on = doc.article.published_date
    events: list[Event] = []
    entities = sorted(doc.entities, key=lambda e: (e.start, e.end))
    voices: dict[int, Actor] = {}  # a speech verb's start -> the source read for it
    for sent in doc.sents:
        tokens = doc.sentence_tokens(sent)
        tree = Tree.build(doc, sent, entities) if may_have_triggers(tokens) else None
        triggers = find_triggers(tree) if tree is not None else []
        # a sentence of a quote is its speaker's statement even with no trigger word (statements)
        words = [t for t in tokens if not t.is_punct]
        quote = quote_at(doc.article, triggers[0][0].start if triggers else words[0].start if words else sent.start)
        speaker = speaker_of(doc.article, quote) or voice_of(doc.article, quote, voices)
        if not triggers and (speaker is None or not words):
            continue
        tree = tree or Tree.build(doc, sent, entities)
        direct = quote is not None and doc.article.quotes[quote].kind == "direct"
        scene = Scene(tree, gazetteer, speaker, on, previous=last_sides(events, doc.text, sent.start), direct=direct)
        occurrences = read_sentence(scene, triggers)
        borrow_sides(tree, occurrences)
        voices.update((o.token.start, o.sources[0]) for o in occurrences if o.entry.has("say") and o.sources)
        occurrences = quoted_statement(scene, read_statements(scene, occurrences))
        for occurrence in restated(tree, occurrences):
            events.extend(events_of(doc, tree, occurrence, on, gazetteer))
    return unique(events)


def last_sides(events: list[Event], text: str, before: int) -> list[Actor]:
    """The source and target of the last two-sided event, if it is in the same paragraph."""
    for event in reversed(events):
        if event.source is not None and event.target is not None:
            if "\n" in text[event.sentence.end : before].strip():
                return []
            return [event.source, event.target]
    return []


def restated(tree: Tree, occurrences: list[Occurrence]) -> list[Occurrence]:
    """Without the nouns that restate their verb's event: ``прибудет с официальным визитом``, and
    the second word of a two-word trigger (``направил телеграмму соболезнования Эрдогану``), whose
    targets the verb takes."""
    verbs = [o for o in occurrences if o.token.pos == "VERB"]
    kept = []
    for o in occurrences:
        same = [v for v in verbs if v.entry.cameo[:3] == o.entry.cameo[:3] and v is not o]
        restating = [v for v in same if (o.token.head == v.token.i and o.token.rel == "obl") or v.entry.needs == o.entry.lemma]
        if o.token.pos in ("NOUN", "PROPN") and restating:
            restating[0].targets.extend(t for t in o.targets if t not in restating[0].targets)
            continue
        kept.append(o)
    return kept


def speaker_of(article: Article, quote: int | None) -> Actor | None:
    while quote is not None:
        if article.quotes[quote].speaker is not None:
            return article.quotes[quote].speaker
        quote = article.quotes[quote].parent
    return None


def voice_of(article: Article, quote: int | None, voices: dict[int, Actor]) -> Actor | None:
    """The source read for the speech verb that introduces a quote the quotes component found no
    speaker for (the parse missed the subject the event's sides found)."""
    cue = article.quotes[quote].cue if quote is not None else None
    return voices.get(cue.start) if cue is not None else None


def events_of(doc: Doc, tree: Tree, occurrence: Occurrence, on: date | None, gazetteer: Gazetteer) -> list[Event]:
    sources, targets = sides(tree, occurrence)
    sources = [government_of(a, gazetteer) for a in sources]
    if not is_travel(occurrence.entry.cameo):  # a visit's target is a place, not its government
        targets = [government_of(a, gazetteer) for a in targets]
    if not sources or (occurrence.entry.has("need_target") and not targets):
        return []
    modality, said = modality_of(tree, occurrence.token)
    time = time_for_tokens(doc, [occurrence.token.i])
    if time is None:
        time = resolve_default(modality, on)
    elif not said and modality == "factual" and on and time.value_start and time.value_start > on.isoformat():
        modality = "planned"  # "визит Путина в Китай 15 октября", published in September
    quote = quote_at(doc.article, occurrence.token.start)
    with_none: list[Actor | None] = [*targets] or [None]  # an event with no target is one event still
    return [make_event(doc, tree, occurrence, source, target, modality, time, quote, said, gazetteer)
            for source in sources for target in with_none]


def sides(tree: Tree, occurrence: Occurrence) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets; a symmetric event with only one list splits it (``между X и Y``)."""
    sources, targets = occurrence.sources, occurrence.targets
    if occurrence.entry.has("sym"):
        if not sources and len(targets) >= 2:
            sources, targets = targets[:1], targets[1:]
        elif len(sources) >= 2 and not targets:
            sources, targets = sources[:1], sources[1:]
    keys = {actor_key(s) for s in sources}
    targets = [t for t in targets if actor_key(t) not in keys]
    if occurrence.entry.has("animate"):
        targets = [t for t in targets if animate(tree, t)]
    return sources, targets


def animate(tree: Tree, actor: Actor) -> bool:
    """A person, a body, or a country's leaders, not a place (``принять гостей``, not ``принять Турцию``)."""
    if actor.role is not None:
        return True
    entity = entity_at(tree, actor)
    if entity is None and actor.mention is not None and not (actor.code and len(actor.code) == 3):
        # "его пытали": a pronoun the resolver read as a person or a body, not as a country;
        # "задержала правозащитников": a group of people the agents dictionary knows
        words = tree.doc.tokens_in(actor.mention.start, actor.mention.end)
        return (len(words) == 1 and words[0].pos == "PRON") or any(agent(people_noun(w, folded_lemma(w))) is not None for w in words)
    return entity is not None and entity.type in ("PER", "ORG")


def entity_at(tree: Tree, actor: Actor | None) -> Entity | None:
    if actor is None or actor.mention is None:
        return None
    for entity in tree.doc.entities:
        if (entity.start, entity.end) == (actor.mention.start, actor.mention.end):
            return entity
    return None


def make_event(doc: Doc, tree: Tree, occurrence: Occurrence, source: Actor, target: Actor | None, modality: Modality,
               time: Time, quote: int | None, said: bool, gazetteer: Gazetteer) -> Event:
    token, code = occurrence.token, occurrence.entry.cameo
    place = occurrence.place
    if place is None and code == VISIT:
        place = visited_place(tree, target)
    confidence = 0.4 + 0.2 * (not occurrence.first_person or quote is not None) + 0.2 * (target is not None)
    confidence += 0.1 * said + 0.1 * (not time.defaulted)
    return Event(
        cameo=code, label=label(code), source=source, target=target, modality=modality,
        trigger=TextSpan(token.text, token.start, token.end),
        sentence=SentenceRef(tree.sent.start, tree.sent.end, tree.sent.i),
        time=time, location=location(place, gazetteer) if place else None, quote=quote,
        goldstein=goldstein(code), quad_class=quad_class(code), confidence=round(min(confidence, 1.0), 2),
    )


def visited_place(tree: Tree, target: Actor | None) -> Entity | None:
    entity = entity_at(tree, target)
    return entity if entity is not None and entity.type == "LOC" else None


def location(place: Entity, gazetteer: Gazetteer) -> Location:
    entry = gazetteer.by_qid(place.qid) if place.qid else None
    return Location(text=place.text, start=place.start, end=place.end, qid=place.qid,
                    lat=entry.lat if entry else None, lon=entry.lon if entry else None,
                    country=place.country, subtype=place.subtype)


def unique(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for event in events:
        marker = (event.cameo, event.trigger.start, actor_key(event.source) if event.source else None,
                  actor_key(event.target) if event.target else None)
        if marker not in seen:
            seen.add(marker)
            out.append(event)
    return out
