"""An analysed article flattened into table rows (one dict per row, keyed by column name)."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from khronika.link.actors import actor_key
from khronika.model import Actor, Article, Event

Row = dict[str, Any]


def content_hash(text: str) -> str:
    """The same story re-published under another id has the same hash (whitespace aside)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def as_date(value: str | None) -> date | None:
    """A time value's ISO date; None for anything else rather than a bad row."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_row(article: Article, seq: int, digest: str) -> Row:
    return {
        "id": article.id, "seq": seq, "content_hash": digest, "published": article.published_date,
        "source": article.source, "title": article.title, "url": article.url, "text": article.text,
        "status": article.status, "errors": list(article.errors),
    }


def entity_rows(article: Article) -> list[Row]:
    return [
        {"article_id": article.id, "idx": i, "start": e.start, "end": e.end, "text": e.text, "type": e.type,
         "subtype": e.subtype, "normal": e.normal, "qid": e.qid, "actor": e.actor, "country": e.country,
         "chain": e.chain}
        for i, e in enumerate(article.entities)
    ]


def quote_rows(article: Article) -> list[Row]:
    return [
        {"article_id": article.id, "idx": i, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
         "parent": q.parent, **_actor_columns("speaker", q.speaker, with_offset=False),
         "cue_text": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None,
         "cue_end": q.cue.end if q.cue else None}
        for i, q in enumerate(article.quotes)
    ]


def time_rows(article: Article) -> list[Row]:
    return [
        {"article_id": article.id, "idx": i, "text": t.text, "start": t.start, "end": t.end,
         "value_start": as_date(t.value_start), "value_end": as_date(t.value_end), "precision": t.precision}
        for i, t in enumerate(article.times)
    ]


def mention_rows(article: Article) -> list[Row]:
    return [_mention_row(article, i, event) for i, event in enumerate(article.events)]


def _mention_row(article: Article, idx: int, event: Event) -> Row:
    time, place = event.time, event.location
    return {
        "mention_id": f"{article.id}#{idx}", "article_id": article.id, "idx": idx,
        "published": article.published_date, "news_source": article.source,
        "cameo": event.cameo, "root": event.cameo[:2], "label": event.label, "modality": event.modality,
        **_actor_columns("source", event.source), **_actor_columns("target", event.target),
        "time_text": time.text if time else None,
        "time_start": as_date(time.value_start) if time else None,
        "time_end": as_date(time.value_end or time.value_start) if time else None,
        "time_precision": time.precision if time else None,
        "location_text": place.text if place else None, "location_qid": place.qid if place else None,
        "location_lat": place.lat if place else None, "location_lon": place.lon if place else None,
        "location_country": place.country if place else None,
        "location_subtype": place.subtype if place else None,
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
        "sentence_text": article.text[event.sentence.start:event.sentence.end],
        # the pipeline's own sentence, 1-based as GDELT counts; unknown for output from before the index
        "sentence_index": event.sentence.index + 1 if event.sentence.index is not None else None,
        "quote": event.quote, "goldstein": event.goldstein, "quad_class": event.quad_class,
        "confidence": event.confidence,
    }


def _actor_columns(prefix: str, actor: Actor | None, with_offset: bool = True) -> Row:
    columns: Row = {f"{prefix}_name": actor.name if actor else None, f"{prefix}_qid": actor.qid if actor else None,
                    f"{prefix}_code": actor.code if actor else None}
    if not with_offset:
        return columns
    columns |= {
        f"{prefix}_key": actor_key(actor),
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_role": actor.role if actor else None,
        f"{prefix}_offset": actor.mention.start if actor and actor.mention else None,
    }
    return columns
