"""The ``entities`` component: corrects natasha's PER/ORG/LOC mentions where news trips it up.

Runs right after ``natasha``. Each rule is driven by a word list in ``data/lexicons`` or by the
gazetteer, never by literals here:

- a name with its short form in brackets is two mentions (``Комитет защиты журналистов (КЗЖ)``);
- a span that runs over a paragraph break is cut at the break, and verbs, prepositions and
  conjunctions it swallowed at its edges are dropped (``Акорды\\n\\nВыступая`` -> ``Акорды``);
- titles are not part of names (``Президента Трампа`` -> PER ``Трампа``); a bare title is not a
  PER mention at all (the linker resolves titles to office holders on its own);
- a known body wins over natasha's type (``Акорда``, ``Кремль``, ``Европейский союз`` are ORG);
- a body with the country or organisation it belongs to is one ORG, the outer span NEREL and
  factRuEval annotate (``МИД России``, ``Совет Безопасности ООН``, ``правительство Франции``);
- countries and international bodies natasha missed are added where the gazetteer knows the
  name for certain (``РФ``, ``ЕС``, ``ОДКБ``), never overlapping another mention.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from khronika.data import word_list
from khronika.kb.agents import with_flag
from khronika.kb.gazetteer import Entry, Gazetteer
from khronika.model import Entity, EntityType
from khronika.nlp.doc import Doc, Token
from khronika.nlp.forms import lemma
from khronika.nlp.models import load_models
from khronika.nlp.normal import normalize
from khronika.registry import component

# Parts of speech that never start or end a name: natasha's spans sometimes swallow a
# neighbouring verb or preposition.
EDGE_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "DET", "ADV", "INTJ"})
EDGE_PUNCT = frozenset(",;:!?—–-")
OPEN_QUOTES = frozenset("«\"„“'")
# Gazetteer subtypes certain enough to add a mention natasha missed.
CERTAIN_SUBTYPES = frozenset({"COUNTRY", "IGO"})
MAX_NAME_TOKENS = 4
NAME_POS = frozenset({"PROPN", "NOUN", "X"})


@component("entities", requires=("tokens", "parse", "entities"), assigns=("entities",))
class EntityCorrector:
    def __init__(self) -> None:
        self.vocab = load_models().vocab
        self.names = Names(Gazetteer.default())

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.article.entities[:] = self.correct(doc)

    def correct(self, doc: Doc) -> list[Entity]:
        spans = [piece for e in doc.entities for piece in split_at_breaks(doc, e)]
        spans = [piece for e in spans for piece in split_parenthetical(doc, e)]
        spans = [s for s in (trim_edges(doc, s) for s in spans) if s is not None]
        spans = [s for s in (strip_titles(doc, s) for s in spans) if s is not None]
        spans = [self.names.retype(doc, s) for s in spans if not self.names.is_facility(doc, s)]
        spans, held = self.names.known_bodies(doc, sorted(spans, key=lambda s: s.start))
        merged = merge_bodies(doc, spans)
        merged += [s for s in spans + held if s.type == "LOC" and s not in merged]  # nested places stay too
        spans = merged
        spans = sorted(spans + self.names.missing(doc, spans), key=lambda s: s.start)
        taken = {t.i for s in spans for t in doc.tokens_in(s.start, s.end)}
        spans = [self.names.with_country_adjective(doc, s, taken) for s in spans]
        for span in spans:
            if not span.normal:
                span.normal = normalize(self.vocab, doc.tokens_in(span.start, span.end))
        return spans


def forms(tokens: list[Token]) -> set[str]:
    """How a word list may spell a run of words: lower-case as written, and as lemmas."""
    return {" ".join(t.text.lower() for t in tokens), " ".join(lemma(t) for t in tokens)}


def make_span(doc: Doc, tokens: list[Token], type_: EntityType, normal: str = "") -> Entity:
    start, end = tokens[0].start, tokens[-1].end
    return Entity(start, end, doc.text[start:end], type_, normal)


def same_span(entity: Entity, tokens: list[Token]) -> bool:
    return tokens[0].start == entity.start and tokens[-1].end == entity.end


def resized(doc: Doc, entity: Entity, tokens: list[Token]) -> Entity:
    if same_span(entity, tokens):
        return entity
    return make_span(doc, tokens, entity.type)


def split_at_breaks(doc: Doc, entity: Entity) -> list[Entity]:
    """Cut a span at line breaks; later pieces survive only if they hold a proper noun."""
    if "\n" not in entity.text:
        return [entity]
    tokens = doc.tokens_in(entity.start, entity.end)
    groups: list[list[Token]] = []
    for token in tokens:
        if groups and "\n" not in doc.text[groups[-1][-1].end : token.start]:
            groups[-1].append(token)
        else:
            groups.append([token])
    kept = groups[:1] + [g for g in groups[1:] if any(t.pos == "PROPN" for t in g)]
    return [make_span(doc, g, entity.type) for g in kept]


def split_parenthetical(doc: Doc, entity: Entity) -> list[Entity]:
    """``Комитет защиты журналистов (КЗЖ)`` is two mentions of the body, its name and its short form.

    Only a bracket that closes the span (or is left open by it) splits; a bracket inside a name
    (``Фонд чистого («зелёного») климата``) does not. A person's bracket is his too when it holds a
    name (``Джошуа Вульф (Joshua Wolf)``, a maiden name), not when it holds acronyms (``Лонгин
    Клинский (РПЦ МП)`` names his church).
    """
    tokens = doc.tokens_in(entity.start, entity.end)
    opening = next((k for k, t in enumerate(tokens) if t.text == "("), None)
    if opening is None or opening == 0:
        return [entity]
    closing = next((k for k, t in enumerate(tokens) if t.text == ")" and k > opening), len(tokens))
    if closing < len(tokens) - 1:
        return [entity]
    inner = tokens[opening + 1 : closing]
    pieces = [tokens[:opening]] + ([inner] if entity.type != "PER" or is_personal_name(inner) else [])
    return [make_span(doc, piece, entity.type) for piece in pieces if piece]


def is_personal_name(tokens: list[Token]) -> bool:
    words_ = [t.text for t in tokens if t.text.isalpha()]
    return bool(words_) and all(w[:1].isupper() and not (w.isupper() and len(w) > 1) for w in words_)


def is_edge_noise(doc: Doc, token: Token) -> bool:
    if token.pos == "PUNCT":
        return token.text in EDGE_PUNCT
    if token.text.lower() in word_list("name_particles"):
        return False
    # A capitalised word inside a sentence is part of the name whatever its tag ("Ван Цзюнь").
    return token.pos in EDGE_POS and (token.text.islower() or opens_line_or_sentence(doc, token))


def opens_line_or_sentence(doc: Doc, token: Token) -> bool:
    if token.i == doc.sents[token.sent].first or token.i == 0:
        return True
    return "\n" in doc.text[doc.tokens[token.i - 1].end : token.start]


def trim_edges(doc: Doc, entity: Entity) -> Entity | None:
    tokens = doc.tokens_in(entity.start, entity.end)
    if len(tokens) == 1 and not tokens[0].text.islower():
        return entity  # a one-word name natasha found: a tagging slip ("Байден-старший" as VERB) is no reason to drop it
    quoted = doc.text[max(entity.start - 1, 0) : entity.start] in OPEN_QUOTES
    while tokens and not quoted and is_edge_noise(doc, tokens[0]):
        tokens = tokens[1:]
    while tokens and is_edge_noise(doc, tokens[-1]):
        tokens = tokens[:-1]
    return resized(doc, entity, tokens) if tokens else None


def is_title(token: Token) -> bool:
    titles = with_flag("name")
    return lemma(token) in titles or token.text.lower() in titles


def strip_titles(doc: Doc, entity: Entity) -> Entity | None:
    """``Президента Трампа`` -> ``Трампа``; a span that is only a title is no person at all."""
    if entity.type != "PER":
        return entity
    tokens = doc.tokens_in(entity.start, entity.end)
    kept = tokens
    while kept and is_title(kept[0]):
        kept = kept[1:]
    if not kept:
        return None
    if not any(t.pos in NAME_POS for t in kept):
        return entity  # "Папа Римский": what follows the title is no name of its own
    return resized(doc, entity, kept)


def root_token(doc: Doc, tokens: list[Token]) -> Token:
    """The token of a span whose syntactic head lies outside it."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head not in inside:
            return token
    return tokens[-1]


def is_genitive(doc: Doc, entity: Entity) -> bool:
    tokens = doc.tokens_in(entity.start, entity.end)
    return bool(tokens) and root_token(doc, tokens).feats.get("Case") == "Gen"


def merge_bodies(doc: Doc, spans: list[Entity]) -> list[Entity]:
    """Join a body and the country or organisation it belongs to into the outer ORG."""
    out: list[Entity] = []
    for span in spans:
        owner = out[-1] if out else None
        if owner is not None and owner.type == "ORG" and span.type in ("LOC", "ORG") and belongs_to(doc, span, owner):
            out[-1] = make_span(doc, doc.tokens_in(owner.start, span.end), "ORG")
            continue
        out.append(span)
    return out


def has_brackets(span: Entity) -> bool:
    return any(c in span.text for c in "(),«»\"")


def belongs_to(doc: Doc, span: Entity, owner: Entity) -> bool:
    """``МИД`` + ``России``, ``Совет Безопасности`` + ``ООН``, ``МВД`` + ``по Москве``."""
    if has_brackets(span) or span.start < owner.end:
        return False
    gap = doc.text[owner.end : span.start]
    if "\n" in gap:
        return False
    if gap.strip() == "":
        return is_genitive(doc, span) and depends_on(doc, span, owner)
    return span.type == "LOC" and gap.strip().lower() in word_list("body_links") and len(gap.split()) == 1


def depends_on(doc: Doc, span: Entity, owner: Entity) -> bool:
    tokens = doc.tokens_in(span.start, span.end)
    head = root_token(doc, tokens).head
    owner_tokens = {t.i for t in doc.tokens_in(owner.start, owner.end)}
    return head in owner_tokens or (head is None and tokens[0].text.isupper())


class Names:
    """Gazetteer and lexicon knowledge about names, with cached look-ups."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _lookup(self, text: str) -> tuple[Entry, ...]:
        return tuple(self.gazetteer.lookup(text))

    def is_org_name(self, doc: Doc, tokens: list[Token]) -> bool:
        return bool(forms(tokens) & word_list("org_names"))

    def is_facility(self, doc: Doc, span: Entity) -> bool:
        """``МКС``: a station or a craft, which natasha tags ORG; not a PER/ORG/LOC mention."""
        return span.type == "ORG" and bool(forms(doc.tokens_in(span.start, span.end)) & word_list("facilities"))

    def known_bodies(self, doc: Doc, spans: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """A body of several words the gazetteer knows (``Голоса Америки``, ``Госдеп США``) is one
        ORG, where natasha saw a place in it or nothing at all. Returns the spans and, apart, the
        mentions the bodies now hold (``США``), which stay as nested mentions."""
        out, held = list(spans), []
        i = 0
        while i < len(doc.tokens):
            found = self.body_at(doc, i)
            if found is None:
                i += 1
                continue
            inner = [s for s in out if s.start < found.end and found.start < s.end]
            if all(found.start <= s.start and s.end <= found.end and s.type != "PER" for s in inner):
                out = sorted([s for s in out if s not in inner] + [found], key=lambda s: s.start)
                held += [s for s in inner if (s.start, s.end) != (found.start, found.end)]
            i = doc.tokens_in(found.start, found.end)[-1].i + 1
        return out, held

    def body_at(self, doc: Doc, i: int) -> Entity | None:
        first = doc.tokens[i]
        if not first.text[:1].isupper() or first.text.lower() in word_list("stop_names"):
            return None
        openers = self.gazetteer.name_openers
        if first.text.lower() not in openers and lemma(first) not in openers:
            return None
        last = doc.sents[first.sent].last
        for n in range(min(MAX_NAME_TOKENS, last - i), 1, -1):
            tokens = doc.tokens[i : i + n]
            if not tokens[-1].text[:1].isalnum() or "\n" in doc.text[tokens[0].start : tokens[-1].end]:
                continue
            entries = self.lookup(doc.text[tokens[0].start : tokens[-1].end])
            if entries and all(e.type == "ORG" for e in entries):
                return make_span(doc, tokens, "ORG")
        return None

    def retype(self, doc: Doc, span: Entity) -> Entity:
        tokens = doc.tokens_in(span.start, span.end)
        if self.is_org_name(doc, tokens):
            span.type = "ORG"
            return span
        entries = self.lookup(span.text) or self.lookup(span.normal)
        types = {e.type for e in entries}
        if types == {"ORG"} and span.type != "ORG":
            span.type = "ORG"
        elif span.type == "PER" and entries and all(e.subtype == "COUNTRY" for e in entries):
            span.type = "LOC"
        return span

    def with_country_adjective(self, doc: Doc, span: Entity, taken: set[int]) -> Entity:
        """``японского МИДа``, ``российским парламентом``: a country adjective belongs to the body's name."""
        tokens = doc.tokens_in(span.start, span.end)
        if span.type != "ORG" or not tokens or tokens[0].i == 0:
            return span
        before = doc.tokens[tokens[0].i - 1]
        if before.i in taken or before.pos != "ADJ" or not before.text.islower() or before.sent != tokens[0].sent:
            return span
        if before.feats.get("Case") != tokens[0].feats.get("Case") or not self.gazetteer.adjectives.countries(before.text):
            return span
        return make_span(doc, [before, *tokens], "ORG")

    def missing(self, doc: Doc, spans: list[Entity]) -> list[Entity]:
        """Countries and bodies natasha missed, where the name is certain and does not overlap."""
        taken = {t.i for s in spans for t in doc.tokens_in(s.start, s.end)}
        added: list[Entity] = []
        i = 0
        while i < len(doc.tokens):
            found = None if i in taken else self.name_at(doc, i, taken)
            if found is None:
                i += 1
                continue
            added.append(found)
            i = doc.tokens_in(found.start, found.end)[-1].i + 1
        return added

    def name_at(self, doc: Doc, i: int, taken: set[int]) -> Entity | None:
        first = doc.tokens[i]
        if not first.text[:1].isupper() or first.text.lower() in word_list("stop_names"):
            return None
        sent = doc.sents[first.sent]
        for n in range(min(MAX_NAME_TOKENS, sent.last - i), 0, -1):
            tokens = doc.tokens[i : i + n]
            if any(t.i in taken for t in tokens) or not self.plausible(doc, tokens):
                continue
            type_ = self.certain_type(doc, tokens)
            if type_ is not None:
                return make_span(doc, tokens, type_)
        return None

    def plausible(self, doc: Doc, tokens: list[Token]) -> bool:
        if not tokens[-1].text[:1].isupper() or any(t.pos == "PUNCT" and t.text != "-" for t in tokens):
            return False
        if "\n" in doc.text[tokens[0].start : tokens[-1].end]:
            return False
        first = tokens[0]
        sentence_initial = first.i == doc.sents[first.sent].first
        # A capitalised common word opens a sentence; only a proper noun or an acronym counts there.
        return not (len(tokens) == 1 and sentence_initial and first.pos != "PROPN" and not first.text.isupper())

    def certain_type(self, doc: Doc, tokens: list[Token]) -> EntityType | None:
        if self.is_org_name(doc, tokens):
            return "ORG"
        text = doc.text[tokens[0].start : tokens[-1].end]
        entries = self.lookup(text)
        if not entries:
            return None
        if all(e.type == "PER" for e in entries) and all(t.pos == "PROPN" for t in tokens):
            return "PER"  # a person the gazetteer knows, and nothing else by that name
        if any(e.subtype not in CERTAIN_SUBTYPES for e in entries):
            return None
        types = {e.type for e in entries}
        return cast(EntityType, next(iter(types))) if len(types) == 1 else None  # the gazetteer's types are ours

