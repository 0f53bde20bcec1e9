"""The network page: the actor graph of the current filters (edge weight: events; colour: mean
Goldstein), drawn in the browser from the JSON route."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from khronika.query.filters import Filters
from khronika.query.network import actor_graph
from khronika.store.merge import Row
from khronika.web.params import FilterForm, filter_form
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
# More links than this draw as a hairball: the heaviest are kept.
MAX_LINKS = 500
Form = Annotated[FilterForm, Depends(filter_form)]
Store = Annotated[WebStore, Depends(store)]


def network_data(con: duckdb.DuckDBPyConnection, filters: Filters, links: int) -> Row:
    graph = actor_graph(con, filters, top=links)
    return {
        "nodes": [{"id": key, "label": data["label"], "events": int(graph.degree(key, weight="weight"))}
                  for key, data in graph.nodes(data=True)],
        "edges": [{"source": s, "target": t, "weight": d["weight"], "goldstein": round(d["goldstein"], 2)}
                  for s, t, d in graph.edges(data=True)],
    }


@router.get("/network", include_in_schema=False)
def network_page(request: Request, form: Form) -> Response:
    return templates.TemplateResponse(request, "network.html", {"form": form, "page_name": "network"})


@router.get("/api/network", tags=["network"], summary="The actor graph of the filtered events")
def network_api(form: Form, web: Store, links: Annotated[int, Query(ge=1, le=MAX_LINKS)] = 200) -> Row:
    return web.run(network_data, form.filters, links)
