"""The FastAPI application: pages, JSON API, vendored static files, and errors as messages.

Every page and API call reads through ``WebStore`` (read-only, time-limited); parameters are
checked by ``params`` before any query runs. Errors a visitor causes are 4xx with a message; a
query past the time limit is a 503 that says to narrow the filters."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from khronika.live import Watcher
from khronika.live.http import Fetcher
from khronika.live.sources import Source
from khronika.web.routes import actor, agenda, article, event, events, network, places
from khronika.web.routes.common import templates
from khronika.web.store import TIME_LIMIT, QueryTimeout, WebStore

STATIC = Path(__file__).parent / "static"
# The pages run only our own vendored scripts; an injected inline script or remote file is refused.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(db: Path, time_limit: float = TIME_LIMIT, watch: list[Source] | None = None,
               every: float | None = None, fetcher: Fetcher | None = None) -> FastAPI:
    """The app over the store at ``db``; with ``watch``, it also follows those sources into the store
    from a thread of its own, stopped (its batch under way finished) when the server stops."""
    web_store = WebStore(db, time_limit, writable=watch is not None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop, thread = threading.Event(), None
        if watch is not None:
            watcher = Watcher(watch, web_store.cursor(), fetcher, every=every)
            thread = threading.Thread(target=watcher.run_forever, args=(stop,), name="khronika-watch", daemon=True)
            thread.start()
        yield
        stop.set()
        if thread is not None:
            thread.join()
        web_store.close()

    app = FastAPI(title="Khronika", description="The chronicle of events: pages and a JSON API over the store.",
                  docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.store = web_store
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (events, event, article, actor, network, places, agenda):
        app.include_router(module.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:  # Swagger UI from the vendored files, not a CDN
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Khronika API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if request.url.path != "/docs":  # Swagger UI starts itself with an inline script
            response.headers["Content-Security-Policy"] = CSP
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        messages = [f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        return _error(request, 422, "; ".join(messages))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, exc: QueryTimeout) -> Response:
        return _error(request, 503, str(exc))

    return app


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": message}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)
