"""The actor page: events per month by quad class and modality, mean Goldstein over time, main
partners, quotes and planned events ahead, for one stored actor key."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import Response

from khronika.query.profile import actor_names, exact, partners, plans_ahead, quotes_by
from khronika.query.timeline import timeline
from khronika.store.merge import Row
from khronika.web.params import MAX_TEXT
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
ActorKey = Annotated[str, Path(max_length=MAX_TEXT, description="a stored actor key: QID, CAMEO code or name")]
Store = Annotated[WebStore, Depends(store)]


def actor_data(con: duckdb.DuckDBPyConnection, key: str) -> Row:
    names = actor_names(con, key)
    months = timeline(con, exact(key), "month")
    if not names and not months:
        raise HTTPException(404, f"no actor {key!r} in the store")
    return {"key": key, "names": names, "months": months, "partners": partners(con, key),
            "quotes": quotes_by(con, key), "ahead": plans_ahead(con, key, date.today())}


@router.get("/actors/{key}", include_in_schema=False)
def actor_page(request: Request, key: ActorKey, web: Store) -> Response:
    data = web.run(actor_data, key)
    return templates.TemplateResponse(request, "actor.html", {**data, "page_name": "events"})


@router.get("/api/actors/{key}", tags=["actors"], summary="An actor's months, partners, quotes and plans ahead")
def actor_api(key: ActorKey, web: Store) -> Row:
    return web.run(actor_data, key)
