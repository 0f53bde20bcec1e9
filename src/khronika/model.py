"""The shared data model: the output contract (``shared/spec/output.md``) as dataclasses.

Every stage reads and writes these objects; ``Article.to_dict`` is exactly one line of
``khronika extract`` output and ``Article.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Literal

from khronika.dates import parse_date

EntityType = Literal["PER", "ORG", "LOC"]
Modality = Literal["factual", "planned", "possible", "negated"]
QuoteKind = Literal["direct", "indirect"]
Precision = Literal["day", "month", "quarter", "year", "approx"]
Status = Literal["ok", "partial", "failed"]


@dataclass
class Entity:
    """One mention of a person, organisation or place; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    type: EntityType
    normal: str = ""
    subtype: str | None = None
    qid: str | None = None
    actor: str | None = None
    country: str | None = None
    chain: int | None = None  # within-article coreference chain id


@dataclass
class MentionRef:
    start: int
    end: int


@dataclass
class Actor:
    name: str
    qid: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    mention: MentionRef | None = None
    type: EntityType | None = None  # the type of the entity it was named by; None for a title or common noun
    # The mention's own nominative as the text writes it (``ООН``, ``Беларусь``) when ``name`` is the
    # knowledge base's (``Организация Объединенных Наций``, ``Белоруссия``): readers and coders
    # recognise the actor by either.
    normal: str | None = None


@dataclass
class Time:
    text: str
    start: int | None
    end: int | None
    value_start: str | None = None
    value_end: str | None = None
    precision: Precision | None = None
    defaulted: bool = False  # True when no expression governs the event and a default was used


@dataclass
class Location:
    text: str
    start: int
    end: int
    qid: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    subtype: str | None = None  # the place's kind as linked: COUNTRY, REGION or CITY (GDELT's geo types)


@dataclass
class TextSpan:
    text: str
    start: int
    end: int


@dataclass
class SentenceRef:
    start: int
    end: int
    index: int | None = None  # 0-based, in the pipeline's own segmentation (None in output from before it)


@dataclass
class Event:
    cameo: str
    label: str
    source: Actor | None
    target: Actor | None
    modality: Modality
    trigger: TextSpan
    sentence: SentenceRef
    time: Time | None = None
    location: Location | None = None
    quote: int | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float = 0.5

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker: Actor | None = None
    cue: TextSpan | None = None
    kind: QuoteKind = "direct"
    parent: int | None = None  # index of the enclosing quote for nested quotes


@dataclass
class Article:
    id: str
    text: str
    published: str | None = None  # YYYY-MM-DD, as the readers parsed it
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published_raw: str | None = None  # the document's own date when it could not be read as a date
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    status: Status = "ok"

    @property
    def published_date(self) -> date | None:
        """The publication date every stage uses (timex, link, events, store, Parquet partitions)."""
        return parse_date(self.published)

    def fail(self, reason: str) -> None:
        self.errors.append(reason)
        self.status = "failed"

    def warn(self, reason: str) -> None:
        self.errors.append(reason)
        if self.status == "ok":
            self.status = "partial"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["events"] = [dict(e, root=e["cameo"][:2]) for e in data["events"]]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _build(cls, data)


_NESTED: dict[tuple[type, str], type] = {
    (Event, "source"): Actor,
    (Event, "target"): Actor,
    (Event, "time"): Time,
    (Event, "location"): Location,
    (Event, "trigger"): TextSpan,
    (Event, "sentence"): SentenceRef,
    (Actor, "mention"): MentionRef,
    (Quote, "speaker"): Actor,
    (Quote, "cue"): TextSpan,
}
_LISTS: dict[str, type] = {"entities": Entity, "events": Event, "quotes": Quote, "times": Time}


def _build(cls: type, data: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        nested = _NESTED.get((cls, f.name))
        if nested is not None and value is not None:
            value = _build(nested, value)
        elif cls is Article and f.name in _LISTS:
            value = [_build(_LISTS[f.name], item) for item in value]
        kwargs[f.name] = value
    return cls(**kwargs)
