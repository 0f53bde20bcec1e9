"""``khronika serve``: the chronicle in a browser. Server-rendered pages and a JSON API over the
same store and query layer as the CLI (``khronika.query``); no SQL of its own.

``app`` builds the FastAPI application, ``store`` runs each query read-only under a time limit,
``params`` turns request parameters into ``Filters`` with bounds, ``highlight`` cuts a text into
marked spans for the templates, and ``routes`` has one module per page (its HTML and its JSON)."""

from khronika.web.app import create_app

__all__ = ["create_app"]
