"""The seed article and its ``expected.yaml``; and the country QID -> ISO-3 map the matcher needs
(from ``gazetteer/rigour-territories``, the shared source that pairs every country with its QID)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from khronika.model import Article


@dataclass
class Seed:
    article: Article
    expected: dict[str, Any]


def read_seed(shared: Path) -> Seed:
    folder = shared / "seed"
    expected_path = folder / "expected.yaml"
    if not expected_path.exists():
        raise FileNotFoundError(f"seed expectations not found: {expected_path}")
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    meta = expected.get("article", {})
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"no seed article (*.txt) in {folder}")
    article = Article(
        id=meta.get("id", texts[0].stem),
        text=texts[0].read_text(encoding="utf-8"),
        published=str(meta["published"]) if meta.get("published") else None,
        source=meta.get("source"),
        title=meta.get("title"),
    )
    return Seed(article, expected)


def country_codes(shared: Path) -> dict[str, str]:
    """Country QID -> ISO-3 (``Q227`` -> ``AZE``)."""
    path = shared / "gazetteer" / "rigour-territories" / "data.jsonl"
    if not path.exists():
        return {}
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("qid") and row.get("alpha3") and row.get("is_country"):
            codes[row["qid"]] = row["alpha3"].upper()
    return codes
