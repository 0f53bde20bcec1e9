"""The map page: events at their places, clustered, coloured by quad class, over an offline
basemap of the world's countries (Natural Earth) shipped in ``static/basemap``."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from khronika.query.filters import Filters
from khronika.query.places import event_points
from khronika.store.merge import Row
from khronika.web.params import FilterForm, filter_form
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
# Points a browser clusters without stalling; the most reported events come first.
MAX_POINTS = 5000
Form = Annotated[FilterForm, Depends(filter_form)]
Store = Annotated[WebStore, Depends(store)]


def map_data(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> Row:
    return {"points": event_points(con, filters, limit)}


@router.get("/map", include_in_schema=False)
def map_page(request: Request, form: Form) -> Response:
    return templates.TemplateResponse(request, "map.html", {"form": form, "page_name": "map"})


@router.get("/api/map", tags=["map"], summary="Events with coordinates, most reported first")
def map_api(form: Form, web: Store, limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 2000) -> Row:
    return web.run(map_data, form.filters, limit)
