"""NER scoring per type: exact span match, and token level as natasha's naeval benchmark counts it.

Token level (naeval): the text is cut into razdel tokens; for each type a token is "in" when it
lies inside a span of that type; precision is the share of predicted in-tokens that are gold
in-tokens and recall the reverse, summed over all documents. As in naeval, spans whose edges do
not fall on token edges are dropped before token counting (on both sides). Nested gold spans of
one type (NEREL) simply mark the same tokens, so each type is scored on its own.

Exact: a predicted (start, end, type) is right when the same triple is gold.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from razdel import tokenize

from khronika.batching import chop
from khronika.eval.bare import bare_natasha_spans
from khronika.eval.metrics import PRF
from khronika.eval.nesting import flatten
from khronika.eval.runner import BATCH_SIZE, Run, StagedRunner, entity_spans, with_natasha
from khronika.pipeline import DEFAULT_COMPONENTS

TYPES = ("PER", "ORG", "LOC")
SpanT = tuple[int, int, str]


@lru_cache(maxsize=64)
def token_bounds(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((t.start, t.stop) for t in tokenize(text))


def exact_scores(gold: Iterable[SpanT], pred: Iterable[SpanT], types: Iterable[str] = TYPES) -> dict[str, PRF]:
    gold_set, pred_set = set(gold), set(pred)
    scores = {}
    for type_ in types:
        g = {s for s in gold_set if s[2] == type_}
        p = {s for s in pred_set if s[2] == type_}
        hits = len(g & p)
        scores[type_] = PRF(tp_pred=hits, pred=len(p), tp_gold=hits, gold=len(g))
    return scores


def token_scores(
    text: str, gold: Iterable[SpanT], pred: Iterable[SpanT], types: Iterable[str] = TYPES
) -> dict[str, PRF]:
    tokens = token_bounds(text)
    scores = {}
    for type_ in types:
        g = _tokens_in(tokens, [s for s in gold if s[2] == type_])
        p = _tokens_in(tokens, [s for s in pred if s[2] == type_])
        hits = len(g & p)
        scores[type_] = PRF(tp_pred=hits, pred=len(p), tp_gold=hits, gold=len(g))
    return scores


def _tokens_in(tokens: tuple[tuple[int, int], ...], spans: list[SpanT]) -> set[int]:
    starts = {t[0] for t in tokens}
    ends = {t[1] for t in tokens}
    inside: set[int] = set()
    for start, end, _ in spans:
        if start not in starts or end not in ends:
            continue  # misaligned with the tokenizer: naeval drops it
        inside.update(i for i, (ts, te) in enumerate(tokens) if ts >= start and te <= end)
    return inside


class NerScores:
    """Per-type exact and token-level counts, accumulated document by document."""

    def __init__(self, types: Iterable[str] = TYPES) -> None:
        self.types = tuple(types)
        self.exact = {t: PRF() for t in self.types}
        self.token = {t: PRF() for t in self.types}

    def add(self, text: str, gold: Iterable[SpanT], pred: Iterable[SpanT]) -> None:
        gold, pred = list(gold), list(pred)
        for type_, prf in exact_scores(gold, pred, self.types).items():
            self.exact[type_].add(prf)
        for type_, prf in token_scores(text, gold, pred, self.types).items():
            self.token[type_].add(prf)

    def as_dict(self) -> dict[str, dict[str, dict[str, float | int]]]:
        return {
            "exact": {t: prf.as_dict() for t, prf in self.exact.items()},
            "token": {t: prf.as_dict() for t, prf in self.token.items()},
        }


SYSTEMS = ("natasha", "natasha stage", "khronika")


def evaluate(runs: Iterable[Run]) -> dict[str, NerScores]:
    """Score bare natasha, our natasha stage and the full default pipeline against each run's gold.

    "natasha" is slovnet over the whole text as ``natasha.Doc`` runs it; "natasha stage" is the
    entities right after our ``natasha`` stage; "khronika" the default pipeline's final entities.
    Each system's mentions are put into the dataset's nesting convention first (``eval.nesting``).
    """
    systems = {name: NerScores() for name in SYSTEMS}
    for batch in chop(runs, BATCH_SIZE):
        for run, bare in zip(batch, bare_natasha_spans(r.gold.text for r in batch)):
            text, nesting = run.gold.text, run.gold.nesting
            gold = [(m.start, m.end, m.type) for m in run.gold.mentions]
            predicted = {
                "natasha": bare,
                "natasha stage": entity_spans(run.snapshots.get("natasha", [])),
                "khronika": entity_spans(run.article.entities),
            }
            for name, spans in predicted.items():
                systems[name].add(text, gold, flatten(text, list(spans), nesting))
    return systems


def ner_runner(components: Iterable[str] = DEFAULT_COMPONENTS) -> StagedRunner:
    """One pass through the pipeline, with the natasha stage's entities kept on the way."""
    return StagedRunner(with_natasha(components), snapshot=("natasha",))
