"""Request parameters -> ``Filters``, with bounds: every string is short, every number capped, every
code a CAMEO code, every date a date. What fails gets a 422 with a message, never a query."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from khronika.kb.cameo import is_code
from khronika.query.filters import Filters

# Longest accepted text parameter: names, places and phrases are far shorter.
MAX_TEXT = 200
PER_PAGE = 50
MAX_PER_PAGE = 100
# Deep pages cost a scan each; nobody pages past this, they filter.
MAX_PAGE = 2000

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
MODALITIES = ("factual", "planned", "possible", "negated")
# A form sends its empty fields too (modality=&from=): empty is no filter, so these are read as text.
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]


@dataclass(frozen=True)
class FilterForm:
    """The filters as the form holds them (strings kept for redisplay) and as the query layer takes them."""

    filters: Filters
    values: dict[str, str]

    def query_string(self, **changes: object) -> str:
        values = {**self.values, **{k: str(v) for k, v in changes.items() if v is not None}}
        return urlencode({k: v for k, v in values.items() if v})


def filter_form(
    actor: Text = None,
    target: Text = None,
    code: Annotated[str | None, Query(max_length=4, description="CAMEO code or root: 04, 042")] = None,
    modality: Annotated[str | None, Query(max_length=20, description=" or ".join(MODALITIES))] = None,
    date_from: Annotated[Day, Query(alias="from")] = None,
    date_to: Annotated[Day, Query(alias="to")] = None,
    place: Text = None,
    source: Text = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="words in the sentence")] = None,
) -> FilterForm:
    code = (code or "").strip() or None
    if code is not None and not is_code(code):
        raise HTTPException(422, f"unknown CAMEO code {code!r}: give a root (04) or a code (042)")
    modality = (modality or "").strip() or None
    if modality is not None and modality not in MODALITIES:
        raise HTTPException(422, f"modality is one of {', '.join(MODALITIES)}, not {modality!r}")
    start, end = _day("from", date_from), _day("to", date_to)
    if start and end and start > end:
        raise HTTPException(422, f"'from' ({start}) is after 'to' ({end})")
    filters = Filters(actor=_text(actor), target=_text(target), code=code, modality=modality, date_from=start,
                      date_to=end, place=_text(place), source=_text(source), text=_text(q))
    values = {"actor": actor, "target": target, "code": code, "modality": modality, "from": start, "to": end,
              "place": place, "source": source, "q": q}
    return FilterForm(filters, {k: str(v) for k, v in values.items() if v})


@dataclass(frozen=True)
class Page:
    number: int
    size: int

    def apply(self, filters: Filters) -> Filters:
        return replace(filters, limit=self.size, offset=(self.number - 1) * self.size)


def page(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE)] = PER_PAGE,
) -> Page:
    return Page(page, per_page)


def _day(name: str, value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(422, f"'{name}' is a day as YYYY-MM-DD, not {value!r}") from None


def _text(value: str | None) -> str | None:
    """Blank is no filter; control characters are no part of a name."""
    if value is None:
        return None
    cleaned = "".join(ch for ch in value if ch.isprintable()).strip()
    return cleaned or None
