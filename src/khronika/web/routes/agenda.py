"""The agenda page: planned events from a day on (today unless ``from``), whether a later report
realized them, and the same as an iCalendar file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from khronika.query import agenda as agenda_query
from khronika.query.filters import Filters
from khronika.store.merge import Row
from khronika.web.params import FilterForm, filter_form
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
# The agenda is read, not paged: this many planned events at most.
MAX_PLANS = 1000
Form = Annotated[FilterForm, Depends(filter_form)]
Store = Annotated[WebStore, Depends(store)]


def ahead(filters: Filters) -> Filters:
    return replace(filters, date_from=filters.date_from or date.today(), limit=MAX_PLANS)


def agenda_rows(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[Row]:
    return agenda_query.agenda(con, ahead(filters))


@router.get("/agenda", include_in_schema=False)
def agenda_page(request: Request, form: Form, web: Store) -> Response:
    rows = web.run(agenda_rows, form.filters)
    return templates.TemplateResponse(request, "agenda.html", {"form": form, "rows": rows, "page_name": "agenda",
                                                               "since": ahead(form.filters).date_from})


@router.get("/api/agenda", tags=["agenda"], summary="Planned events from a day on, with the report that realized each")
def agenda_api(form: Form, web: Store) -> list[Row]:
    return web.run(agenda_rows, form.filters)


@router.get("/agenda.ics", tags=["agenda"], summary="The agenda as an iCalendar file")
def agenda_ics(form: Form, web: Store) -> Response:
    rows = web.run(agenda_rows, form.filters)
    return Response(agenda_query.calendar(rows).to_ical(), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="khronika-agenda.ics"'})
