"""The store writes what it is given: the read -> analyse -> store flow lives in khronika.chronicle."""

from __future__ import annotations

import ast
from pathlib import Path

import khronika.store

STORE = Path(khronika.store.__file__).parent


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_store_imports_neither_the_engine_nor_the_readers():
    found = {f"{path.name}: {name}" for path in STORE.glob("*.py") for name in imported(path)
             if name.startswith(("khronika.engine", "khronika.readers"))}
    assert found == set()
