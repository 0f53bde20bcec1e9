"""Reference CAMEO events: ``shared/gold-events/dev.yaml`` over factRuEval-2016 dev texts.

Each record names a document (``book_261``: ``data/factRuEval-2016/devset/book_261.txt``) and
the events a coder found in it, as GUIDELINES.md beside the YAML describes: a trigger quoted in
a ``context`` (and any ``also`` contexts that report the same event again), the CAMEO code and
its ``alt`` codes, the sides as a name with a country and a role, the modality, and ``unsure``
for an event the coder would not insist on.

A gold event is placed by the sentences that hold its trigger. The sentences are the scorer's
own (``score.py`` beside the YAML), not the pipeline's, so that a change to our segmentation
cannot move the gold: split at ``. ! ? …`` followed by an upper-case letter or a digit (past
closing quotes and brackets), at a blank line, or at a line break before a dash, a quote or an
upper-case letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from khronika.eval.gold import GoldDoc
from khronika.readers.decode import decode

Span = tuple[int, int]

SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*\s+(?=[«\"“(]?[A-ZА-ЯЁ0-9])|\n\s*\n|\n(?=\s*[-—–«\"A-ZА-ЯЁ])")


@dataclass(frozen=True)
class GoldActor:
    """A side as the coder named it; ``country`` (ISO-3) and ``role`` (GOV, MIL...) when known."""

    name: str | None
    country: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    cameo: str
    trigger: str
    modality: str
    places: tuple[Span, ...]  # the sentences holding the trigger: its context, then each ``also``
    source: GoldActor | None = None
    target: GoldActor | None = None
    alt: tuple[str, ...] = ()
    unsure: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        """The code and the alternatives the coder accepts."""
        return self.cameo, *self.alt


@dataclass
class GoldEventsDoc(GoldDoc):
    events: list[GoldEvent] = field(default_factory=list)


def read_gold_events(gold: Path, texts: Path, limit: int | None = None) -> Iterator[GoldEventsDoc]:
    """The first ``limit`` documents of a gold YAML, in its order, with their texts from ``texts``.

    The text is decoded as ``khronika extract`` decodes a ``.txt`` file, so the pipeline sees the
    same characters (and offsets) as in an extraction of the folder."""
    for record in yaml.safe_load(gold.read_text(encoding="utf-8"))[:limit]:
        text, _ = decode((texts / f"{record['id']}.txt").read_bytes())
        spans = sentences(text)
        events = [gold_event(record["id"], text, spans, raw) for raw in record.get("events") or []]
        yield GoldEventsDoc(id=record["id"], text=text, events=events)


def gold_event(doc_id: str, text: str, spans: list[Span], raw: dict[str, Any]) -> GoldEvent:
    places = []
    for context in [raw["context"], *(raw.get("also") or [])]:
        at = text.find(context)
        if at < 0:
            raise ValueError(f"{doc_id}: context not in text: {context!r}")
        # A trigger the context does not spell out (a paraphrase) is placed by the context's start.
        places.append(sentence_at(spans, at + max(context.find(raw["trigger"]), 0)))
    return GoldEvent(
        cameo=str(raw["cameo"]),
        trigger=raw["trigger"],
        modality=raw.get("modality") or "",
        places=tuple(places),
        source=gold_actor(raw.get("source")),
        target=gold_actor(raw.get("target")),
        alt=tuple(str(code) for code in raw.get("alt") or ()),
        unsure=bool(raw.get("unsure")),
    )


def gold_actor(raw: dict[str, Any] | None) -> GoldActor | None:
    if not raw:
        return None
    return GoldActor(raw.get("name"), raw.get("country"), raw.get("role"))


def sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[Span], pos: int) -> Span:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return spans[-1]
