"""NEREL v1.1 (brat standoff): nested mentions (``T``), relations (``R``) and Wikidata links (``N``).

NER gold: PERSON -> PER, ORGANIZATION -> ORG, COUNTRY / CITY / STATE_OR_PROVINCE / LOCATION /
DISTRICT -> LOC. NEREL nests mentions (ORG ``пресс-служба Национальной футбольной лиги США``
holds ORG ``Национальной футбольной лиги США`` and LOC ``США``); every mention of a mapped type
is kept, so each type's spans are scored on their own and a nested span counts as a gold span too.
A discontinuous mention (``a b;c d``) is kept as its outer extent. ``N`` lines give the QID, with
``Wikidata:NULL`` an explicit NIL. Events are ``EVENT`` mentions whose arguments are relations
(AGENT, PARTICIPANT_IN, TAKES_PLACE_IN, POINT_IN_TIME) pointing at them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from khronika.eval.gold import GoldDoc, Mention
from khronika.model import EntityType

TYPES: dict[str, EntityType] = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
    "DISTRICT": "LOC",
}
SUBTYPES = {"COUNTRY": "COUNTRY", "CITY": "CITY", "STATE_OR_PROVINCE": "REGION", "DISTRICT": "DISTRICT"}


@dataclass(frozen=True)
class Annotation:
    id: str
    label: str
    start: int
    end: int
    text: str
    fragments: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Relation:
    id: str
    label: str
    arg1: str
    arg2: str


@dataclass
class NerelDoc(GoldDoc):
    path: str = ""
    annotations: dict[str, Annotation] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    links: dict[str, str | None] = field(default_factory=dict)  # T id -> QID, None for NIL


def read_nerel(folder: Path, limit: int | None = None) -> Iterator[NerelDoc]:
    for path in sorted(folder.glob("*.txt"))[:limit]:
        yield read_document(path)


def read_document(path: Path) -> NerelDoc:
    text = path.read_text(encoding="utf-8")
    doc = NerelDoc(id=path.stem.removesuffix("_text"), text=text, path=str(path))
    ann = path.with_suffix(".ann")
    for line in ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []:
        _read_line(doc, line)
    doc.mentions = [_mention(doc, a) for a in doc.annotations.values() if a.label in TYPES]
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


def _read_line(doc: NerelDoc, line: str) -> None:
    parts = line.split("\t")
    if len(parts) < 2:
        return
    kind = parts[0][:1]
    if kind == "T":
        label, _, where = parts[1].partition(" ")
        pairs = [piece.split() for piece in where.split(";")]  # "12 18;20 25": a span in fragments
        fragments = tuple((int(a), int(b)) for a, b in pairs)
        start, end = fragments[0][0], fragments[-1][1]
        doc.annotations[parts[0]] = Annotation(parts[0], label, start, end, doc.text[start:end], fragments)
    elif kind == "R":
        label, arg1, arg2 = parts[1].split()[:3]
        doc.relations.append(Relation(parts[0], label, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
    elif kind == "N":
        _, target, ref = parts[1].split()[:3]
        if ":" not in ref:
            return  # a damaged link line in the train set ("Wikidaиция"): no link
        value = ref.split(":", 1)[1]
        doc.links[target] = None if value == "NULL" else value


def _mention(doc: NerelDoc, a: Annotation) -> Mention:
    return Mention(
        a.start, a.end, TYPES[a.label], a.text, label=a.label, qid=doc.links.get(a.id), linked=a.id in doc.links
    )
