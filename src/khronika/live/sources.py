"""The sources file: which feeds (or sitemaps) to follow, and how.

```yaml
defaults: {every: 15m, pages: auto}
sources:
  - name: tass
    url: https://tass.ru/rss/v2.xml
    kind: feed            # feed (RSS/Atom) or sitemap
    country: RUS
    language: ru
    pages: auto           # always: fetch every article's page; never: the feed's text only;
                          # auto: fetch the page when the feed carries only a summary
    every: 15m
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

import yaml

Kind = Literal["feed", "sitemap"]
Pages = Literal["always", "never", "auto"]

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class SourcesError(ValueError):
    """A sources file that cannot be used, with the one-line reason."""


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: Kind = "feed"
    country: str | None = None
    language: str = "ru"
    pages: Pages = "auto"
    every: float = 900.0  # seconds between polls
    max_items: int = 50  # newest entries read per poll (sitemaps list thousands)


def parse_interval(value: str | float | int) -> float:
    """``15m``, ``1h``, ``90s``, ``2d`` or a number of seconds."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise SourcesError(f"not an interval: {value!r} (use e.g. 90s, 15m, 1h)")
        seconds = float(match.group(1)) * _SECONDS[match.group(2)]
    if seconds <= 0:
        raise SourcesError(f"an interval must be positive, not {value!r}")
    return seconds


def load_sources(path: str | Path) -> list[Source]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SourcesError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise SourcesError(f"{path}: expected a mapping with a 'sources' list")
    defaults = data.get("defaults") or {}
    sources = [_source({**defaults, **entry}, number) for number, entry in enumerate(data["sources"], 1)]
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise SourcesError(f"{path}: source names must be unique")
    return sources


def _source(entry: Any, number: int) -> Source:
    if not isinstance(entry, dict) or not entry.get("name") or not entry.get("url"):
        raise SourcesError(f"source {number}: needs at least a name and a url")
    known = {f.name for f in fields(Source)}
    unknown = set(entry) - known - {"note"}
    if unknown:
        raise SourcesError(f"source {entry['name']}: unknown field(s) {', '.join(sorted(unknown))}")
    values = {k: v for k, v in entry.items() if k in known}
    values["every"] = parse_interval(values.get("every", 900))
    if values.get("kind", "feed") not in ("feed", "sitemap"):
        raise SourcesError(f"source {entry['name']}: kind must be feed or sitemap")
    pages = values.get("pages", "auto")
    values["pages"] = {True: "always", False: "never"}.get(pages, pages)
    if values["pages"] not in ("always", "never", "auto"):
        raise SourcesError(f"source {entry['name']}: pages must be always, never or auto")
    if not str(values["url"]).startswith(("http://", "https://")):
        raise SourcesError(f"source {entry['name']}: the url must be http(s)")
    return Source(**values)
