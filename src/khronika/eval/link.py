"""Linking accuracy on NEREL: every gold mention with an ``N`` line, per NEREL type.

A gold QID is right when we give that QID; a gold ``Wikidata:NULL`` (NIL) is right only when we
give null. Two ways of finding "what we said" for a gold mention:

- ``exact``: the predicted entity with the same span (none found = we said null);
- ``overlap``: any predicted entity overlapping the span; right when one of them carries the gold
  QID (for a NIL: when none of them carries a QID).

With gold spans fed to the linker the two agree; end to end they differ by boundary errors.
NEREL also links adjectives (``британский`` -> Q145, ``московского`` -> Q649): a quarter of its
COUNTRY mentions. COUNTRY and CITY are therefore also reported split into names and adjectives.

The ``ceiling`` is what the shipped data allows: the share of gold mentions that are NIL or whose
QID is anywhere in the gazetteer (PERSON and ORGANIZATION are bounded by it, not by the linker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from khronika.eval.datasets.nerel import SUBTYPES
from khronika.eval.gold import GoldDoc, Mention
from khronika.eval.metrics import Accuracy, overlaps
from khronika.eval.runner import Run, StagedRunner, with_natasha
from khronika.model import Entity
from khronika.nlp.forms import is_adjective, plain_words
from khronika.pipeline import DEFAULT_COMPONENTS

LINK_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE")
ALL = "ALL"
SPLIT_BY_FORM = ("COUNTRY", "CITY")  # NEREL links adjectives too: британский -> Q145, московского -> Q649


def scored_mentions(doc: GoldDoc, types: Iterable[str] = LINK_TYPES) -> list[Mention]:
    wanted = set(types)
    return [m for m in doc.mentions if m.linked and m.label in wanted]


def gold_entities(doc: GoldDoc) -> list[Entity]:
    """All gold PER/ORG/LOC mentions as entities (nested ones included), for linking on gold spans."""
    return [
        Entity(m.start, m.end, m.text, m.type, subtype=SUBTYPES.get(m.label))
        for m in sorted(doc.mentions, key=lambda m: (m.start, m.end))
    ]


def said_exact(mention: Mention, entities: list[Entity]) -> str | None:
    for entity in entities:
        if (entity.start, entity.end) == mention.span:
            return entity.qid
    return None


def said_overlap(mention: Mention, entities: list[Entity]) -> set[str]:
    return {e.qid for e in entities if e.qid and overlaps((e.start, e.end), mention.span)}


def right_exact(mention: Mention, entities: list[Entity]) -> bool:
    return said_exact(mention, entities) == mention.qid


def right_overlap(mention: Mention, entities: list[Entity]) -> bool:
    qids = said_overlap(mention, entities)
    return mention.qid in qids if mention.qid else not qids


FORMS = ("names", "adjectives")


def form_of(mention: Mention) -> str:
    """Whether a place mention is a name (``Британии``) or an adjective (``британский``)."""
    last = plain_words(mention.text)[-1:] or [""]
    return "adjectives" if last[0] and is_adjective(last[0]) else "names"


class LinkScores:
    """Accuracies per type; ``known(qid)`` says whether the gazetteer holds a QID (for the ceiling)."""

    def __init__(self, types: Iterable[str] = LINK_TYPES, known: Callable[[str], bool] | None = None) -> None:
        self.types = tuple(types)
        self.known = known
        rows = [*self.types, ALL] + [f"{t} {form}" for t in self.types if t in SPLIT_BY_FORM for form in FORMS]
        self.exact = {t: Accuracy() for t in rows}
        self.overlap = {t: Accuracy() for t in rows}
        self.nil = {t: Accuracy() for t in rows}  # share of gold NILs: the all-null baseline
        self.ceiling = {t: Accuracy() for t in rows}  # NIL or a QID the gazetteer holds

    def add(self, doc: GoldDoc, entities: list[Entity]) -> None:
        for mention in scored_mentions(doc, self.types):
            labels = [mention.label, ALL]
            if mention.label in SPLIT_BY_FORM:
                labels.append(f"{mention.label} {form_of(mention)}")
            for label in labels:
                self.exact[label].add(right_exact(mention, entities))
                self.overlap[label].add(right_overlap(mention, entities))
                self.nil[label].add(mention.qid is None)
                if self.known is not None:
                    self.ceiling[label].add(mention.qid is None or self.known(mention.qid))

    def as_dict(self) -> dict[str, dict[str, dict[str, float | int]]]:
        figures = {
            "exact": {t: a.as_dict() for t, a in self.exact.items()},
            "overlap": {t: a.as_dict() for t, a in self.overlap.items()},
        }
        if self.known is not None:
            figures["ceiling"] = {t: a.as_dict() for t, a in self.ceiling.items()}
        return figures


def link_stages(components: Iterable[str] = DEFAULT_COMPONENTS) -> list[str]:
    """The pipeline's stages before ``link`` (just ``natasha`` when link is not in it)."""
    names = with_natasha(components)
    return names[: names.index("link")] if "link" in names else ["natasha"]


def gold_span_runner(components: Iterable[str] = DEFAULT_COMPONENTS) -> StagedRunner:
    """Stages up to ``link``, then gold mentions in place of the predicted ones, then ``link``."""
    from khronika.nlp.models import load_models
    from khronika.nlp.normal import normalize

    vocab = load_models().vocab

    def use_gold(run: Run) -> None:
        entities = gold_entities(run.gold)
        for entity in entities:  # the normal form the natasha stage would have given this span
            entity.normal = normalize(vocab, run.doc.tokens_in(entity.start, entity.end)) or entity.text
        run.doc.article.entities[:] = entities

    return StagedRunner([*link_stages(components), "link"], snapshot=(), before={"link": use_gold})


def end_to_end_runner(components: Iterable[str] = DEFAULT_COMPONENTS) -> StagedRunner:
    return StagedRunner(with_natasha(components))


def in_gazetteer(qid: str) -> bool:
    from khronika.kb.gazetteer import Gazetteer

    return Gazetteer.default().by_qid(qid) is not None


def evaluate_gold_spans(runs: Iterable[Run]) -> LinkScores:
    scores = LinkScores(known=in_gazetteer)
    for run in runs:
        scores.add(run.gold, run.article.entities)
    return scores


def evaluate_end_to_end(runs: Iterable[Run]) -> dict[str, LinkScores]:
    systems = {"natasha": LinkScores(), "khronika": LinkScores()}
    for run in runs:
        systems["natasha"].add(run.gold, run.snapshots.get("natasha", []))
        systems["khronika"].add(run.gold, run.article.entities)
    return systems
