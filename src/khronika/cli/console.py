"""Shared terminal output: a stderr console, one-line errors and progress bars."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

T = TypeVar("T")
err = Console(stderr=True, soft_wrap=True)  # one message, one line, however long

# Below this many items a progress bar is more noise than help.
PROGRESS_THRESHOLD = 5


class RateColumn(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} {self.unit}/s" if speed else f"? {self.unit}/s")


def fail(message: str) -> typer.Exit:
    err.print(f"khronika: {message}", style="red", highlight=False, markup=False)
    return typer.Exit(1)


def progress(items: Iterable[T], total: int | None, label: str, unit: str = "articles") -> Iterator[T]:
    if total is not None and total <= PROGRESS_THRESHOLD:
        yield from items
        return
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), RateColumn(unit), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal and total is None) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)
