"""What every page shares: the templates (autoescaped), the store of the running app, and the
labels pages show for codes."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from khronika.kb.cameo import codebook
from khronika.web.params import MODALITIES
from khronika.web.store import WebStore

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
# autoescape on every template: article text, names and parameters are shown, never interpreted
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True))
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def store(request: Request) -> WebStore:
    web_store: WebStore = request.app.state.store
    return web_store


def cameo_label(code: str | None) -> str:
    entry = codebook().get(code or "")
    return entry.label if entry else ""


def wikidata(qid: str | None) -> str | None:
    return f"https://www.wikidata.org/wiki/{qid}" if qid and qid.startswith("Q") else None


def web_url(url: str | None) -> str | None:
    """An article's own link, only when it is a web address (a ``javascript:`` URL is not followed)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


templates.env.globals.update(cameo_label=cameo_label, wikidata=wikidata, web_url=web_url, QUADS=QUADS, MODALITIES=MODALITIES)
