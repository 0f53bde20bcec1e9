"""Measure the timex component on NEREL dev (run from the repository root with PYTHONPATH=src).

NEREL has no publication dates, so this checks recognition and governance, not resolution:
- DATE mentions: the share of gold DATE spans overlapped by a recognized expression (recall; many
  gold DATEs are durations and ages such as "два года", "23-летний", which timex leaves alone),
  exact span matches, and the share of recognized expressions overlapping a gold DATE.
- POINT_IN_TIME: for EVENT triggers with a gold POINT_IN_TIME argument, whether
  ``time_for_tokens`` returns an expression overlapping it; and how many triggers without one
  get a time anyway (with and without the nearest-in-sentence fallback).

    PYTHONPATH=src python scripts/eval_timex_nerel.py [--limit N]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from khronika.eval.datasets.nerel import NerelDoc, read_nerel
from khronika.eval.paths import shared_root
from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import Pipeline
from khronika.timex import time_for_tokens
from khronika.timex.recognize import recognize


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def date_spans(golds: list[NerelDoc]) -> None:
    gold_n = hit = exact = pred_n = pred_hit = 0
    for gold in golds:
        dates = [(a.start, a.end) for a in gold.annotations.values() if a.label == "DATE" and len(a.fragments) == 1]
        found = [(m.start, m.end) for m in recognize(gold.text)]
        gold_n, pred_n = gold_n + len(dates), pred_n + len(found)
        hit += sum(any(overlaps(d, f) for f in found) for d in dates)
        exact += sum(d in found for d in dates)
        pred_hit += sum(any(overlaps(f, d) for d in dates) for f in found)
    print(f"DATE: {gold_n} gold, overlap recall {hit / gold_n:.3f}, exact {exact / gold_n:.3f}")
    print(f"      {pred_n} recognized, overlapping a gold DATE {pred_hit / pred_n:.3f}")


def governance(golds: list[NerelDoc], docs: list[Doc]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for gold, doc in zip(golds, docs):
        timed: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for r in gold.relations:
            event, date = gold.annotations.get(r.arg1), gold.annotations.get(r.arg2)
            if r.label == "POINT_IN_TIME" and event and date and event.label == "EVENT":
                timed[(event.start, event.end)].append((date.start, date.end))
        events = {(a.start, a.end) for a in gold.annotations.values() if a.label == "EVENT" and len(a.fragments) == 1}
        for span in events:
            tokens = doc.tokens_in(*span)
            if not tokens:
                continue
            for mode, nearest in (("nearest", True), ("strict", False)):
                time = time_for_tokens(doc, [tokens[0].i], nearest=nearest)
                if span in timed:
                    counts[f"{mode} timed"] += 1
                    counts[f"{mode} returned"] += time is not None
                    counts[f"{mode} right"] += time is not None and any(
                        overlaps((time.start, time.end), d) for d in timed[span]
                    )
                else:
                    counts[f"{mode} untimed"] += 1
                    counts[f"{mode} untimed given"] += time is not None
    for mode in ("nearest", "strict"):
        timed, right, returned = counts[f"{mode} timed"], counts[f"{mode} right"], counts[f"{mode} returned"]
        print(
            f"POINT_IN_TIME ({mode}): {timed} timed triggers, recall {right / timed:.3f}, "
            f"precision {right / max(returned, 1):.3f}; "
            f"{counts[f'{mode} untimed given']} of {counts[f'{mode} untimed']} untimed triggers given a time"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    golds = list(read_nerel(shared_root() / "data" / "nerel" / "NEREL-v1.1" / "dev", limit=args.limit))
    date_spans(golds)
    docs = [Doc(Article(id=g.id, text=g.text)) for g in golds]
    pipeline = Pipeline(["natasha", "timex"])
    for i in range(0, len(docs), pipeline.batch_size):
        for _, run in pipeline.components:
            run(docs[i : i + pipeline.batch_size])
    governance(golds, docs)


if __name__ == "__main__":
    main()
