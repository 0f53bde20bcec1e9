"""Word lists shipped in ``khronika/data/lexicons``: one entry a line, ``#`` starts a comment."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def words(name: str, folder: str = "lexicons") -> frozenset[str]:
    """The entries of ``data/<folder>/<name>.txt``, lower-cased."""
    path = resources.files("khronika") / "data" / folder / f"{name}.txt"
    entries = (line.split("#", 1)[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(e for e in entries if e)


@cache
def pairs(name: str) -> dict[str, str]:
    """The ``key value`` lines of ``data/lexicons/<name>.txt``; keys lower-cased."""
    out: dict[str, str] = {}
    for entry in words(name):
        key, _, value = entry.rpartition(" ")
        out[key] = value.upper()
    return out
