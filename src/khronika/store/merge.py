"""Cluster event mentions into events the way a reader would, and link announcements to reports.

A mention joins an event when both say the same thing happened: the same source and target
(by QID, else actor code, else name), the same CAMEO root, the same modality, times that overlap
and places that do not contradict. What the codebook calls symmetric (talks, accord, agreements,
cooperation) reads the same either way round, so its actors may be swapped, and a visit of A to B
(042) is B hosting A (043), its converse. Among several fitting events the one with the most
precise time wins, then the oldest. An event's time is the most precise time any of its
mentions gives, so two visits a month apart never chain into one.

An event that says neither when nor to whom ("Путин провёл переговоры" in an undated article) has
nothing to tell it from the many other things its source did: it joins a mention from another
article only on trigger-level evidence, the same code, the same place and publication dates
within the merge window (``same_occasion``).

A factual event *realizes* a planned one with the same actors and root when the plan was announced
no later than the report and their times overlap. Mentions are merged one at a time in ingestion
order, so the result does not depend on how the input was cut into batches.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from khronika.kb.cameo import converse, is_symmetric
from khronika.nlp.forms import fold

Row = dict[str, Any]

# An undated factual report is about the days before its publication; an undated plan about
# the months after it.
FACTUAL_LOOKBACK = timedelta(days=7)
PLANNED_HORIZON = timedelta(days=180)

# Columns an event takes from its first mention.
CARRIED = (
    "cameo", "root", "label", "modality",
    "source_key", "source_name", "source_qid", "source_code", "source_country", "source_role",
    "target_key", "target_name", "target_qid", "target_code", "target_country", "target_role",
    "time_start", "time_end", "time_precision",
    "location_text", "location_qid", "location_lat", "location_lon", "location_country",
    "location_subtype", "goldstein", "quad_class", "confidence",
)
LOCATION = ("location_text", "location_qid", "location_lat", "location_lon", "location_country", "location_subtype")

Interval = tuple[date | None, date | None]  # None: open on that side


def same_actors(a: Row, b: Row) -> bool:
    if (a["source_key"], a["target_key"]) == (b["source_key"], b["target_key"]):
        return True
    swapped = (a["source_key"], a["target_key"]) == (b["target_key"], b["source_key"])
    if not swapped:
        return False
    if converse(a["cameo"]) == b["cameo"]:
        return True
    return is_symmetric(a["cameo"]) and is_symmetric(b["cameo"])


def interval(start: date | None, end: date | None, modality: str, seen_from: date | None, seen_to: date | None) -> Interval:
    """When something happens: its resolved time, else a window around when it was reported."""
    if start is not None:
        return start, end or start
    if seen_from is None:
        return None, None
    before = seen_from - FACTUAL_LOOKBACK if modality != "planned" else seen_from
    after = (seen_to or seen_from) + PLANNED_HORIZON if modality != "factual" else (seen_to or seen_from)
    return before, after


def mention_interval(m: Row) -> Interval:
    return interval(m["time_start"], m["time_end"], m["modality"], m["published"], m["published"])


def event_interval(e: Row) -> Interval:
    return interval(e["time_start"], e["time_end"], e["modality"], e["first_seen"], e["last_seen"])


def overlap(a: Interval, b: Interval) -> bool:
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and (b[0] is None or a[1] is None or b[0] <= a[1])


def width(span: Interval) -> int:
    if span[0] is None or span[1] is None:
        return 1 << 30
    return (span[1] - span[0]).days


def _stem(place: str) -> str:
    # Russian place names decline at the end (Москва, Москве, Москву): compare the stem.
    return fold(place)[:4]


def places_compatible(a: Row, b: Row) -> bool:
    if not a["location_text"] or not b["location_text"]:
        return True
    if a["location_qid"] and b["location_qid"]:
        return a["location_qid"] == b["location_qid"]
    return _stem(a["location_text"]) == _stem(b["location_text"])


def fits(m: Row, e: Row, same_article: bool = False) -> bool:
    return (
        bool(m["source_key"])  # "an agreement was signed" by nobody named: nothing to tell two apart by
        and m["root"] == e["root"]
        and m["modality"] == e["modality"]
        and same_actors(m, e)
        and overlap(mention_interval(m), event_interval(e))
        and places_compatible(m, e)
        and (same_article or not vague(m, e) or same_occasion(m, e))
    )


def vague(m: Row, e: Row) -> bool:
    """Neither side says when, and there is no target: only the source and a root are left to match,
    which four different things Putin did in undated articles all share."""
    return not m["target_key"] and not e["target_key"] and (m["time_start"] is None or e["time_start"] is None)


def same_occasion(m: Row, e: Row) -> bool:
    """Trigger-level evidence that a vague mention tells the same event: the same code, a place on
    both sides, and publication dates both known (``fits`` has checked that the places agree and the
    dates fall in the merge window)."""
    return (
        m["cameo"] == e["cameo"]
        and bool(m["location_text"]) and bool(e["location_text"])
        and m["published"] is not None and e["first_seen"] is not None
    )


def realizes(factual: Row, planned: Row) -> bool:
    if factual["root"] != planned["root"] or not same_actors(factual, planned):
        return False
    announced, reported = planned["first_seen"], factual["last_seen"]
    if announced is not None and reported is not None and announced > reported:
        return False
    return overlap(event_interval(factual), event_interval(planned))


def new_event(event_id: int, m: Row) -> Row:
    event = {column: m[column] for column in CARRIED}
    return event | {"event_id": event_id, "first_seen": m["published"], "last_seen": m["published"]}


def absorb(e: Row, m: Row) -> None:
    """Fold a mention's detail into its event: finer code and time, a place, the dates it was seen."""
    if len(m["cameo"]) > len(e["cameo"]) and m["cameo"].startswith(e["cameo"]):
        e.update(cameo=m["cameo"], label=m["label"], goldstein=m["goldstein"], quad_class=m["quad_class"])
    if m["time_start"] is not None and width(mention_interval(m)) < width((e["time_start"], e["time_end"])):
        e.update(time_start=m["time_start"], time_end=m["time_end"], time_precision=m["time_precision"])
    if not e["location_text"] and m["location_text"]:
        e.update({column: m[column] for column in LOCATION})
    e["confidence"] = max(e["confidence"] or 0.0, m["confidence"] or 0.0)
    if m["published"] is not None:
        e["first_seen"] = min(filter(None, (e["first_seen"], m["published"])))
        e["last_seen"] = max(filter(None, (e["last_seen"], m["published"])))


def _pair(row: Row) -> tuple[str, str, str]:
    return row["root"], row["source_key"], row["target_key"]


@dataclass
class Merger:
    """Merges mentions into a pool of events: those already stored that could match, plus new ones."""

    events: dict[int, Row]
    next_id: int
    articles: dict[int, set[str]] = field(default_factory=dict)  # event id -> ids of the articles it was told in
    links: dict[int, int] = field(default_factory=dict)  # factual event id -> planned event id
    touched: set[int] = field(default_factory=set)
    new_links: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.realized = set(self.links.values())
        self.by_pair: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
        for event in self.events.values():
            self.by_pair[_pair(event)].append(event)

    def candidates(self, row: Row) -> list[Row]:
        """Events with the same root and the same actors, either way round (``same_actors`` decides)."""
        root, source, target = _pair(row)
        found = self.by_pair.get((root, source, target), [])
        return found + self.by_pair.get((root, target, source), []) if source != target else found

    def add(self, m: Row) -> int:
        """Assign a mention to an event (a fitting one, or a new one) and return the event's id."""
        told = self.articles
        fitting = [e for e in self.candidates(m) if fits(m, e, m["article_id"] in told.get(e["event_id"], ()))]
        if fitting:
            event = min(fitting, key=lambda e: (width(event_interval(e)), e["event_id"]))
            absorb(event, m)
        else:
            event = new_event(self.next_id, m)
            self.events[self.next_id] = event
            self.by_pair[_pair(event)].append(event)
            self.next_id += 1
        told.setdefault(event["event_id"], set()).add(m["article_id"])
        self.touched.add(event["event_id"])
        self._link(event)
        return event["event_id"]

    def _link(self, event: Row) -> None:
        eid = event["event_id"]
        if event["modality"] == "factual" and eid not in self.links:
            plans = [p for p in self.candidates(event)
                     if p["modality"] == "planned" and p["event_id"] not in self.realized and realizes(event, p)]
            if plans:
                self._record(eid, min(plans, key=lambda p: (width(event_interval(p)), p["event_id"]))["event_id"])
        elif event["modality"] == "planned" and eid not in self.realized:
            reports = [f for f in self.candidates(event)
                       if f["modality"] == "factual" and f["event_id"] not in self.links and realizes(f, event)]
            if reports:
                self._record(min(reports, key=lambda f: (width(event_interval(f)), f["event_id"]))["event_id"], eid)

    def _record(self, factual: int, planned: int) -> None:
        self.links[factual] = planned
        self.realized.add(planned)
        self.new_links.append((factual, planned))
