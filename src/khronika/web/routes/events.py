"""The events page: the ``query`` filters as a form, a page of results, counts per CAMEO root and
per modality, and the filtered set as CSV, JSON Lines or GDELT lines."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Annotated, Literal

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from khronika.export.gdelt import gdelt_event_lines
from khronika.query.filters import Filters, find_events, tally
from khronika.query.output import write
from khronika.store.merge import Row
from khronika.web.params import FilterForm, Page, filter_form, page
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
# A download holds its rows in memory: beyond this, use `khronika export` on the store itself.
DOWNLOAD_LIMIT = 10_000
DOWNLOADS = {"csv": "text/csv", "jsonl": "application/x-ndjson", "gdelt": "text/tab-separated-values"}

Form = Annotated[FilterForm, Depends(filter_form)]
PageOf = Annotated[Page, Depends(page)]
Store = Annotated[WebStore, Depends(store)]


def events_data(con: duckdb.DuckDBPyConnection, filters: Filters, at: Page) -> Row:
    counts = tally(con, filters, ("root", "modality"))
    return {
        "total": counts.total,
        "page": at.number,
        "per_page": at.size,
        "pages": max(1, -(-counts.total // at.size)),
        "events": find_events(con, at.apply(filters)) if counts.total else [],
        "by_root": [{"root": root, "events": n} for root, n in counts.by["root"]],
        "by_modality": [{"modality": modality, "events": n} for modality, n in counts.by["modality"]],
    }


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/events")


@router.get("/events", include_in_schema=False)
def events_page(request: Request, form: Form, at: PageOf, web: Store) -> Response:
    data = web.run(events_data, form.filters, at)
    return templates.TemplateResponse(request, "events.html", {"form": form, "page_name": "events", **data})


@router.get("/api/events", tags=["events"], summary="Events matching the filters, a page at a time, with counts")
def events_api(form: Form, at: PageOf, web: Store) -> Row:
    return web.run(events_data, form.filters, at)


@router.get("/download/{fmt}", tags=["events"], summary="The filtered events as csv, jsonl or gdelt (Event table lines)")
def download(fmt: Literal["csv", "jsonl", "gdelt"], form: Form, web: Store) -> Response:
    def ask(con: duckdb.DuckDBPyConnection) -> str:
        rows = find_events(con, replace(form.filters, limit=DOWNLOAD_LIMIT))
        if fmt == "gdelt":
            return "".join(gdelt_event_lines(con, [r["event_id"] for r in rows]))
        out = io.StringIO()
        write(rows, fmt, out)
        return out.getvalue()

    body = web.run(ask)
    name = f"khronika-events.{'tsv' if fmt == 'gdelt' else fmt}"
    return StreamingResponse(iter([body]), media_type=f"{DOWNLOADS[fmt]}; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})
