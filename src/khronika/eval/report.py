"""Rich tables of evaluation figures, and the ``--json`` dump of the same figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khronika.eval.metrics import PRF, Accuracy
from khronika.eval.seed import ItemResult

console = Console()
if not console.is_terminal:  # piped or captured: don't squeeze the tables into 80 columns
    console.width = 160


def pct(value: float) -> str:
    return f"{100 * value:.1f}"


def prf_table(title: str, metrics: dict[str, dict[str, dict[str, PRF]]]) -> Table:
    """One row per (type, system); for each metric (token, exact) its P / R / F1 side by side.

    ``metrics`` maps metric -> system -> type -> counts.
    """
    table = Table(title=title, title_justify="left")
    table.add_column("type")
    table.add_column("system")
    for metric in metrics:
        for col in ("P", "R", "F1"):
            table.add_column(f"{metric} {col}", justify="right")
    for metric in metrics:
        table.add_column(f"gold {metric}", justify="right")
    first = next(iter(metrics.values()))
    systems = list(first)
    for type_ in first[systems[0]]:
        for n, system in enumerate(systems):
            row = [type_ if n == 0 else "", system]
            for by_system in metrics.values():
                prf = by_system[system][type_]
                row += [pct(prf.precision), pct(prf.recall), pct(prf.f1)]
            row += [str(by_system[system][type_].gold) for by_system in metrics.values()]
            table.add_row(*row, end_section=n == len(systems) - 1)
    return table


def accuracy_table(title: str, columns: dict[str, dict[str, Accuracy]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("type")
    for name in columns:
        table.add_column(name, justify="right")
    table.add_column("n", justify="right")
    types = list(next(iter(columns.values())))
    for type_ in types:
        row = [type_] + [pct(acc[type_].value) for acc in columns.values()]
        row.append(str(next(iter(columns.values()))[type_].total))
        table.add_row(*row)
    return table


def print_items(results: list[ItemResult]) -> None:
    """One ✓/✗ line per checked item, grouped by section, with a count per section, then the total."""
    section = None
    for result in results:
        if result.section != section:
            section = result.section
            done = [r for r in results if r.section == section]
            console.print(f"\n[bold]{section}[/bold] {sum(r.ok for r in done)}/{len(done)}")
        mark = "[green]✓[/green]" if result.ok else "[red]✗[/red]"
        detail = f"  [dim]{escape(result.detail)}[/dim]" if result.detail else ""
        console.print(f" {mark} {escape(result.item)}{detail}")
    passed = sum(r.ok for r in results)
    console.print(f"{passed}/{len(results)} items pass", style="bold green" if passed == len(results) else "bold red")


def write_json(path: Path | None, figures: dict[str, Any]) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"figures written to {path}", style="dim")
