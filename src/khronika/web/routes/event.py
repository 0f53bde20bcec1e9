"""The event page: the merged event, its actors and every mention it was merged from, each with
its sentence (trigger and sides marked) and a link to the article."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import Response

from khronika.store.merge import Row
from khronika.store.reader import event_story
from khronika.web.highlight import Mark, name_end, pieces
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
EventId = Annotated[int, Path(ge=1, le=2**63 - 1, description="the event's id")]
Store = Annotated[WebStore, Depends(store)]


def event_data(con: duckdb.DuckDBPyConnection, event_id: int) -> Row:
    story = event_story(con, event_id)
    if story is None:
        raise HTTPException(404, f"no event {event_id} in the store")
    return {"event": story.event, "mentions": story.mentions, "realizes": story.realizes,
            "realized_by": story.realized_by}


def sentence_marks(mention: Row) -> list[Mark]:
    """The trigger and the sides in the mention's sentence (offsets in the store are the article's)."""
    base, sentence = mention["sentence_start"] or 0, mention["sentence_text"] or ""
    marks = []
    if mention["trigger_start"] is not None and mention["trigger_end"] is not None:
        marks.append(Mark(mention["trigger_start"] - base, mention["trigger_end"] - base, "trigger"))
    for side in ("source", "target"):
        offset = mention[f"{side}_offset"]
        if offset is not None and 0 <= offset - base < len(sentence):
            marks.append(Mark(offset - base, name_end(sentence, offset - base), side))
    return marks


@router.get("/events/{event_id}", include_in_schema=False)
def event_page(request: Request, event_id: EventId, web: Store) -> Response:
    data = web.run(event_data, event_id)
    sentences = [pieces(m["sentence_text"] or "", sentence_marks(m)) for m in data["mentions"]]
    return templates.TemplateResponse(request, "event.html", {**data, "sentences": sentences, "page_name": "events"})


@router.get("/api/events/{event_id}", tags=["events"], summary="One event with every mention behind it")
def event_api(event_id: EventId, web: Store) -> Row:
    return web.run(event_data, event_id)
