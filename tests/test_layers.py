"""No import cycle between the packages of khronika: the layers run one way.

A package is the first name under ``khronika`` (``khronika.nlp.doc`` is ``nlp``); a top-level
module (``khronika.pipeline``) is a package of its own. Every import counts, including those
inside functions, since they are dependencies all the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "khronika"


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
    """The packages on a common import cycle, as sets (strongly connected parts of more than one)."""
    reach = {package: reachable(graph, package) for package in graph}
    return {frozenset(p for p in reach if p in reach[a] and a in reach[p]) | {a} for a in graph if a in reach[a]}


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph.get(start, ()))
    while todo:
        package = todo.pop()
        if package not in seen:
            seen.add(package)
            todo.extend(graph.get(package, ()))
    return seen


def test_no_package_import_cycle():
    assert cycles(import_graph()) == set()


def test_a_cycle_through_three_packages_is_found():
    graph = {"nlp": {"model"}, "kb": {"nlp"}, "entities": {"kb", "nlp"}, "link": {"kb", "entities"},
             "model": set(), "store": {"engine"}, "engine": {"pipeline"}, "pipeline": {"store"}}
    assert cycles(graph) == {frozenset({"store", "engine", "pipeline"})}


def test_an_import_inside_a_function_counts(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from khronika.timex.component import annotate\n    import khronika.nlp.doc\n")
    assert imported_packages(module) == {"timex", "nlp"}
