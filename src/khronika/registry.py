"""The component registry: ``@component(name, requires=..., assigns=...)``, as spaCy's
``Language.component``.

A component is a class whose instances, called with a list of ``Doc`` objects, annotate them in
place. It declares what it reads (``requires``) and what it sets (``assigns``) by name, so a
pipeline can say, when it is built, which stage is missing. The names used:

- ``tokens``: ``Doc.tokens`` and ``Doc.sents``, with morphology and lemmas
- ``parse``: each token's head and relation
- ``entities``: ``article.entities`` (PER, ORG, LOC spans); ``entities.linked``: with QIDs and actors
- ``mentions``: ``Doc.mentions``, what each name, title and pronoun refers to
- ``times``: ``article.times`` and ``Doc.time_anchors``
- ``quotes``: ``article.quotes``
- ``events``: ``article.events``

This module imports nothing from the rest of the package, so the modules that define components
(``nlp``, ``link``, ...) and the pipeline that runs them both depend on it, not on each other.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ComponentMeta:
    name: str
    factory: type
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


REGISTRY: dict[str, ComponentMeta] = {}

# Where each built-in component lives; imported on first use so a pipeline only pays for
# the components it runs.
BUILTIN_MODULES: dict[str, str] = {
    "natasha": "khronika.nlp.annotate",
    "entities": "khronika.entities.corrector",
    "link": "khronika.link.linker",
    "timex": "khronika.timex.component",
    "quotes": "khronika.quotes.component",
    "events": "khronika.events.component",
}


def component(name: str, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable[[type], type]:
    """Register a component class under ``name`` with what it reads and what it sets."""

    def register(cls: type) -> type:
        REGISTRY[name] = ComponentMeta(name, cls, tuple(requires), tuple(assigns))
        return cls

    return register


def component_meta(name: str) -> ComponentMeta:
    """The registration of ``name``, importing its module if it is a built-in; KeyError if unknown."""
    if name not in REGISTRY and name in BUILTIN_MODULES:
        importlib.import_module(BUILTIN_MODULES[name])
    if name not in REGISTRY:
        known = ", ".join(sorted(set(REGISTRY) | set(BUILTIN_MODULES)))
        raise KeyError(f"unknown pipeline component {name!r} (known: {known})")
    return REGISTRY[name]


def providers(needs: list[str]) -> list[str]:
    """For each need, the first built-in (then registered) component that assigns it, once each."""
    names = [*BUILTIN_MODULES, *(n for n in REGISTRY if n not in BUILTIN_MODULES)]
    found: list[str] = []
    for need in needs:
        for name in names:
            if need in component_meta(name).assigns:
                if name not in found:
                    found.append(name)
                break
    return found
