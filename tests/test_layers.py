"""No two packages of khronika import each other.

A package is the first name under ``khronika`` (``khronika.nlp.doc`` is ``nlp``); a top-level
module (``khronika.pipeline``) is a package of its own. Every import counts, including those
inside functions, since they are dependencies all the same.
"""

from __future__ import annotations

import ast
from itertools import combinations
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "khronika"

# Cycles other steps of issue 10 are removing; this set must only shrink, and no new cycle may appear.
KNOWN_CYCLES = {
    frozenset({"kb", "nlp"}),  # the gazetteer loads the morphology models from nlp (the knowledge layer, H2)
}


def package_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "khronika" or len(parts) < 2:
        return None
    return parts[1]


def imported_packages(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "khronika" else [f"khronika.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found.update(p for p in map(package_of, names) if p is not None)
    return found


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC).with_suffix("")
        package = relative.parts[0]
        graph.setdefault(package, set()).update(imported_packages(path) - {package})
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset({a, b}) for a, b in combinations(sorted(graph), 2) if b in graph[a] and a in graph[b]}


def test_no_two_packages_import_each_other():
    assert cycles(import_graph()) == KNOWN_CYCLES


def test_an_import_inside_a_function_counts(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from khronika.timex.component import annotate\n    import khronika.nlp.doc\n")
    assert imported_packages(module) == {"timex", "nlp"}
