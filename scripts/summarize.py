"""Print a readable summary of a ``khronika extract`` JSON Lines file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table


def actor_name(actor: dict | None) -> str:
    if not actor:
        return "—"
    return f"{actor['name']} ({actor.get('code') or actor.get('qid') or '?'})"


def summarize(path: Path, console: Console) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        console.rule(f"{article['id']}  {article.get('published') or ''}  {article.get('title') or ''}")
        if article["status"] == "failed":
            console.print(f"[red]failed:[/red] {'; '.join(article['errors'])}")
            continue
        linked = [e for e in article["entities"] if e.get("qid")]
        names = sorted({f"{e['normal'] or e['text']} {e['qid']}" for e in linked})
        console.print(f"{len(article['entities'])} entities, {len(linked)} linked: " + ", ".join(names))
        _events(article, console)
        for quote in article["quotes"]:
            console.print(f"« {quote['text'][:90]}… » — {actor_name(quote.get('speaker'))}")


def _events(article: dict, console: Console) -> None:
    if not article["events"]:
        return
    table = Table("source", "code", "event", "target", "modality", "time", "trigger")
    for event in article["events"]:
        time = event.get("time") or {}
        table.add_row(
            actor_name(event["source"]), event["cameo"], event["label"], actor_name(event["target"]),
            event["modality"], f"{time.get('value_start') or ''}..{time.get('value_end') or ''}",
            event["trigger"]["text"],
        )
    console.print(table)


if __name__ == "__main__":
    summarize(Path(sys.argv[1]), Console())
