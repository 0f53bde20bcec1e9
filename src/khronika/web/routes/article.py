"""The article page: the text with its entities marked by type (as displaCy shows them) and linked
to Wikidata, the event triggers marked and listed, and the quotes with their speakers."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import Response

from khronika.query.article import ArticleView, article_view
from khronika.store.merge import Row
from khronika.web.highlight import Mark, pieces
from khronika.web.routes.common import store, templates
from khronika.web.store import WebStore

router = APIRouter()
ArticleId = Annotated[str, Path(max_length=500, description="the article's id")]
Store = Annotated[WebStore, Depends(store)]


def article_data(con: duckdb.DuckDBPyConnection, article_id: str) -> ArticleView:
    view = article_view(con, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return view


def text_marks(view: ArticleView) -> list[Mark]:
    marks = [Mark(e["start"], e["end"], e["type"] or "ENT", {"qid": e["qid"], "actor": e["actor"]})
             for e in view.entities if e["start"] is not None and e["end"] is not None]
    marks += [Mark(m["trigger_start"], m["trigger_end"], "trigger", {"event_id": m["event_id"], "cameo": m["cameo"]})
              for m in view.mentions if m["trigger_start"] is not None and m["trigger_end"] is not None]
    return marks


@router.get("/articles/{article_id:path}", include_in_schema=False)
def article_page(request: Request, article_id: ArticleId, web: Store) -> Response:
    view = web.run(article_data, article_id)
    text = pieces(view.article["text"] or "", text_marks(view))
    return templates.TemplateResponse(request, "article.html", {**asdict(view), "text": text, "page_name": "events"})


@router.get("/api/articles/{article_id:path}", tags=["articles"],
            summary="One article: its text, entities, quotes and event mentions")
def article_api(article_id: ArticleId, web: Store) -> Row:
    return asdict(web.run(article_data, article_id))
