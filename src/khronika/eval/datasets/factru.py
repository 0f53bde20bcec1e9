"""factRuEval-2016 dev set: ``book_N.txt`` with its ``.spans``, ``.objects``, ``.coref`` and ``.facts`` layers.

NER gold follows natasha's naeval benchmark, so our figures compare with published ones:
a Person is the extent of all its spans; an Org is each of its ``org_name`` spans; a Location or
LocOrg is each of its ``loc_name`` spans (``мэрии Москвы`` is LOC ``Москвы`` and no ORG); where
mentions overlap (``МИД Грузии``) the earlier, longer one is kept. Person -> PER, Org -> ORG,
Location and LocOrg -> LOC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khronika.eval.gold import INNER, GoldDoc, Mention
from khronika.model import EntityType

TYPES: dict[str, EntityType] = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NAME_SPANS = {"Org": "org_name", "Location": "loc_name", "LocOrg": "loc_name"}


@dataclass(frozen=True)
class Span:
    id: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Object:
    id: str
    type: str
    spans: tuple[Span, ...]

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)

    @property
    def end(self) -> int:
        return max(s.end for s in self.spans)


@dataclass(frozen=True)
class Argument:
    role: str
    ref: str  # "obj" (a coreference entity) or "span" or "" for a plain value
    id: str
    text: str


@dataclass(frozen=True)
class Fact:
    id: str
    type: str
    arguments: tuple[Argument, ...]

    def values(self, role: str) -> list[Argument]:
        return [a for a in self.arguments if a.role == role]


@dataclass
class FactruDoc(GoldDoc):
    spans: dict[str, Span] = field(default_factory=dict)
    objects: dict[str, Object] = field(default_factory=dict)
    entities: dict[str, list[str]] = field(default_factory=dict)  # coref entity id -> object ids
    facts: list[Fact] = field(default_factory=list)

    def entity_spans(self, entity_id: str) -> list[tuple[int, int]]:
        """Every character span of every mention of a coreference entity."""
        return [(s.start, s.end) for oid in self.entities.get(entity_id, []) for s in self.objects[oid].spans]


def read_factru(folder: Path, limit: int | None = None) -> Iterator[FactruDoc]:
    paths = sorted(folder.glob("book_*.txt"), key=lambda p: int(p.stem.split("_")[1]))
    for path in paths[:limit]:
        yield read_document(path)


def read_document(path: Path) -> FactruDoc:
    text = path.read_text(encoding="utf-8")
    spans = _read_spans(path.with_suffix(".spans"))
    objects = _read_objects(path.with_suffix(".objects"), spans)
    doc = FactruDoc(id=path.stem, text=text, spans=spans, objects=objects, nesting=INNER)
    doc.entities = _read_coref(path.with_suffix(".coref"))
    doc.facts = _read_facts(path.with_suffix(".facts"))
    doc.mentions = ner_mentions(text, objects.values())
    return doc


def ner_mentions(text: str, objects: Iterable[Object]) -> list[Mention]:
    found: list[Mention] = []
    for obj in objects:
        if obj.type not in TYPES:
            continue
        if obj.type == "Person":
            extents = [(obj.start, obj.end)]
        else:
            extents = [(s.start, s.end) for s in obj.spans if s.type == NAME_SPANS[obj.type]]
        for start, end in extents:
            found.append(Mention(start, end, TYPES[obj.type], text[start:end], label=obj.type))
    return drop_overlapping(found)


def drop_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Keep the earlier (then longer) of overlapping mentions, as naeval does."""
    kept: list[Mention] = []
    for mention in sorted(set(mentions), key=lambda m: (m.start, -m.end, m.type)):
        if kept and kept[-1].end > mention.start:
            continue
        kept.append(mention)
    return kept


def _read_spans(path: Path) -> dict[str, Span]:
    spans = {}
    for line in _lines(path):
        sid, stype, start, length = line.split("#")[0].split()[:4]
        spans[sid] = Span(sid, stype, int(start), int(start) + int(length))
    return spans


def _read_objects(path: Path, spans: dict[str, Span]) -> dict[str, Object]:
    objects = {}
    for line in _lines(path):
        oid, otype, *span_ids = line.split("#")[0].split()
        objects[oid] = Object(oid, otype, tuple(spans[s] for s in span_ids))
    return objects


def _read_coref(path: Path) -> dict[str, list[str]]:
    entities = {}
    for block in _blocks(path):
        eid, *object_ids = block[0].split()
        entities[eid] = object_ids
    return entities


def _read_facts(path: Path) -> list[Fact]:
    facts = []
    for block in _blocks(path):
        fid, ftype = block[0].split()[:2]
        facts.append(Fact(fid, ftype, tuple(_argument(line) for line in block[1:])))
    return facts


def _argument(line: str) -> Argument:
    role, _, rest = line.partition(" ")
    head, _, text = rest.partition(" ")
    for ref in ("obj", "span"):
        if head.startswith(ref) and head[len(ref) :].isdigit():
            return Argument(role, ref, head[len(ref) :], text)
    return Argument(role, "", "", rest)


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _blocks(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    return [[line for line in b.splitlines() if line.strip()] for b in blocks if b.strip()]
