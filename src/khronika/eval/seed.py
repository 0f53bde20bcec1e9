"""Check an extracted article against ``seed/expected.yaml``, item by item.

The rules are those written at the top of ``expected.yaml``:

- an event matches on source, target, CAMEO code and modality (and ``time`` / ``location`` when
  given). A two-digit code is a root (any code under it matches); a longer code must match as far
  as it goes (``042`` matches ``042`` and ``0421``);
- an actor matches by QID; a country's QID also matches any actor of that country (its
  ``country`` field); Tokayev also matches the actor code KAZGOV (``ACTOR_CODES``);
  ``source_also`` / ``target_also`` list more QIDs that count; ``either_direction`` accepts the
  two swapped;
- no event may swap the source and target of a listed directed event (same code);
- an entity item: every occurrence of its text is a mention of that exact span, type and QID
  (or lies inside a longer listed mention of the same QID: ``Токаев`` in ``Касым-Жомарт Токаев``);
- a ``not_entities`` text: no PER mention overlaps any occurrence of it;
- a quote: one quote starts with the text, has the speaker and the cue;
- a time: a time expression with the text whose interval lies within the range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khronika.model import Actor, Article, Event

# Person QID -> actor codes that stand for them (expected.yaml: "Tokayev also matches KAZGOV").
ACTOR_CODES: dict[str, set[str]] = {"Q200881": {"KAZGOV"}}


@dataclass(frozen=True)
class ItemResult:
    section: str
    item: str
    ok: bool
    detail: str = ""


def check_seed_article(article: Article, shared: Path) -> list[ItemResult]:
    """Check an extracted seed article against ``shared/seed/expected.yaml`` (for tests and the CLI)."""
    from khronika.eval.datasets.seed import country_codes, read_seed

    return check_seed(article, read_seed(shared).expected, country_codes(shared))


def extract_and_check_seed(shared: Path) -> list[ItemResult]:
    """Extract the seed article with the default pipeline and check it (``khronika eval seed``)."""
    from khronika import extract
    from khronika.eval.datasets.seed import country_codes, read_seed

    gold = read_seed(shared)
    a = gold.article
    article = extract(a.text, published=a.published, source=a.source, id=a.id)
    return check_seed(article, gold.expected, country_codes(shared))


def seed_figures(results: list[ItemResult]) -> dict[str, Any]:
    """What ``khronika eval seed --json`` writes."""
    return {"items": [r.__dict__ for r in results], "passed": sum(r.ok for r in results), "total": len(results)}


def check_seed(article: Article, expected: dict[str, Any], countries: dict[str, str]) -> list[ItemResult]:
    matcher = ActorMatcher(countries)
    results = [check_entity(article, item) for item in expected.get("entities", [])]
    results += [check_not_entity(article, text) for text in expected.get("not_entities", [])]
    events = expected.get("events", [])
    results += [check_event(article, item, matcher) for item in events]
    results += [check_not_swapped(article, item, matcher) for item in events if not item.get("either_direction")]
    results += [check_quote(article, item, matcher) for item in expected.get("quotes", [])]
    results += [check_time(article, item) for item in expected.get("times", [])]
    return results


# -- entities -----------------------------------------------------------------------------------


def occurrences(text: str, needle: str, whole_word: bool = True) -> list[tuple[int, int]]:
    tail = r"(?!\w)" if whole_word else ""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(needle)}{tail}", text)]


def check_entity(article: Article, item: dict[str, Any]) -> ItemResult:
    text, qid, type_ = item["text"], item["qid"], item["type"]
    label = f"{text} -> {type_} {qid}"
    spans = occurrences(article.text, text)
    if not spans:
        return ItemResult("entities", label, False, "text not in the article")
    for start, end in spans:
        exact = [e for e in article.entities if (e.start, e.end) == (start, end)]
        if any(e.type == type_ and e.qid == qid for e in exact):
            continue
        if any(e.start <= start and end <= e.end and e.qid == qid and e.type == type_ for e in article.entities):
            continue  # inside a longer mention of the same entity
        found = ", ".join(f"{e.text!r} {e.type} {e.qid}" for e in article.entities if e.start < end and start < e.end)
        return ItemResult("entities", label, False, f"at {start}: {found or 'no mention'}")
    return ItemResult("entities", label, True, f"{len(spans)} mention(s)")


def check_not_entity(article: Article, text: str) -> ItemResult:
    spans = occurrences(article.text, text, whole_word=False)
    bad = [e for e in article.entities if e.type == "PER" and any(e.start < b and a < e.end for a, b in spans)]
    detail = ", ".join(repr(e.text) for e in bad)
    return ItemResult("not_entities", f"{text} is not PER", not bad, detail and f"tagged PER: {detail}")


# -- events -------------------------------------------------------------------------------------


class ActorMatcher:
    def __init__(self, countries: dict[str, str]) -> None:
        self.countries = countries

    def matches(self, actor: Actor | None, qids: list[str]) -> bool:
        if actor is None:
            return False
        for qid in qids:
            if actor.qid == qid:
                return True
            if qid in self.countries and actor.country == self.countries[qid]:
                return True
            if actor.code and actor.code in ACTOR_CODES.get(qid, set()):
                return True
        return False


def code_matches(expected: str, cameo: str) -> bool:
    return cameo.startswith(expected)


def event_label(item: dict[str, Any]) -> str:
    arrow = "<->" if item.get("either_direction") else "->"
    extra = "".join(f" {k}={item[k]}" for k in ("time", "location") if k in item)
    return f"{item['source']} {arrow} {item['target']} {item['cameo']} {item['modality']}{extra}"


def roles(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [item["source"], *item.get("source_also", [])], [item["target"], *item.get("target_also", [])]


def directed_match(event: Event, sources: list[str], targets: list[str], matcher: ActorMatcher) -> bool:
    return matcher.matches(event.source, sources) and matcher.matches(event.target, targets)


def event_matches(event: Event, item: dict[str, Any], matcher: ActorMatcher) -> bool:
    if not code_matches(str(item["cameo"]), event.cameo) or event.modality != item["modality"]:
        return False
    sources, targets = roles(item)
    forward = directed_match(event, sources, targets, matcher)
    backward = bool(item.get("either_direction")) and directed_match(event, targets, sources, matcher)
    if not (forward or backward):
        return False
    if "location" in item and (event.location is None or event.location.qid != item["location"]):
        return False
    return "time" not in item or time_within(event.time, item["time"]["within"])


def check_event(article: Article, item: dict[str, Any], matcher: ActorMatcher) -> ItemResult:
    ok = any(event_matches(e, item, matcher) for e in article.events)
    near = [e for e in article.events if code_matches(str(item["cameo"])[:2], e.cameo)]
    detail = "" if ok else "; ".join(describe(e) for e in near[:4]) or "no event of that root"
    return ItemResult("events", event_label(item), ok, detail)


def check_not_swapped(article: Article, item: dict[str, Any], matcher: ActorMatcher) -> ItemResult:
    sources, targets = roles(item)
    swapped = [
        e
        for e in article.events
        if code_matches(str(item["cameo"]), e.cameo) and directed_match(e, targets, sources, matcher)
    ]
    label = f"{item['source']} {item['cameo']} {item['target']} not swapped"
    return ItemResult("swaps", label, not swapped, "; ".join(describe(e) for e in swapped))


def describe(event: Event) -> str:
    def name(actor: Actor | None) -> str:
        return "-" if actor is None else actor.qid or actor.code or actor.name

    return f"{name(event.source)} {event.cameo} {name(event.target)} {event.modality} «{event.trigger.text}»"


# -- quotes and times ---------------------------------------------------------------------------


def check_quote(article: Article, item: dict[str, Any], matcher: ActorMatcher) -> ItemResult:
    label = f"«{item['starts_with']}…» {item['speaker']} {item['cue']}"
    quotes = [q for q in article.quotes if q.text.lstrip().startswith(item["starts_with"])]
    if not quotes:
        return ItemResult("quotes", label, False, "no quote starts so")
    for quote in quotes:
        speaker_ok = matcher.matches(quote.speaker, [item["speaker"]])
        cue_ok = quote.cue is not None and quote.cue.text.lower() == item["cue"].lower()
        if speaker_ok and cue_ok:
            return ItemResult("quotes", label, True)
    quote = quotes[0]
    speaker = quote.speaker.qid or quote.speaker.name if quote.speaker else None
    return ItemResult("quotes", label, False, f"speaker {speaker}, cue {quote.cue.text if quote.cue else None}")


def time_within(time: Any, within: list[str]) -> bool:
    if time is None or not time.value_start or not time.value_end:
        return False
    low, high = str(within[0]), str(within[1])
    return low <= time.value_start <= time.value_end <= high


def check_time(article: Article, item: dict[str, Any]) -> ItemResult:
    low, high = item["within"]
    label = f"{item['text']} within {low}..{high}"
    times = [t for t in article.times if t.text.lower() == item["text"].lower()]
    if not times:
        return ItemResult("times", label, False, "expression not found")
    ok = any(time_within(t, item["within"]) for t in times)
    return ItemResult("times", label, ok, "" if ok else f"got {times[0].value_start}..{times[0].value_end}")
