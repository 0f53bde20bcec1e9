"""Throwaway: token-level NER F1 (the eval's own gold and scorer) for variants of the entities rules.

Usage: PYTHONPATH=src python scripts/dev/ner_variants.py factru-dev|nerel-dev|slavicner [limit] [--all]
"""

from __future__ import annotations

import copy
import sys

from khronika.entities.corrector import EntityCorrector
from khronika.eval.metrics import PRF
from khronika.eval.ner import token_scores
from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import create_component

VARIANTS = {
    "default": {},
    "flat": {"nested": False},
    "no-merge": {"merge": False},
    "nouns": {"body_nouns": True},
}


def gold_docs(name: str, limit: int | None):
    from pathlib import Path

    from khronika.eval.datasets import read_ner_dataset

    return list(read_ner_dataset(name, Path(__file__).resolve().parents[2].parent / "shared", limit))


def main() -> None:
    limit = next((int(a) for a in sys.argv[2:] if a.isdigit()), None)
    docs_gold = gold_docs(sys.argv[1], limit)
    natasha = create_component("natasha")
    variants = {k: v for k, v in VARIANTS.items() if "--all" in sys.argv or k == "default"}
    fixers = {k: EntityCorrector(**v) for k, v in variants.items()}
    totals = {k: {t: PRF() for t in ("PER", "ORG", "LOC")} for k in ["natasha", *variants]}
    for i in range(0, len(docs_gold), 32):
        chunk = docs_gold[i : i + 32]
        docs = [Doc(Article(id=str(j), text=g.text)) for j, g in enumerate(chunk)]
        natasha(docs)
        base = [copy.deepcopy(d.entities) for d in docs]
        for name in totals:
            for doc, ents in zip(docs, base):
                doc.article.entities[:] = copy.deepcopy(ents)
            if name != "natasha":
                fixers[name](docs)
            for doc, g in zip(docs, chunk):
                gold = [(m.start, m.end, m.type) for m in g.mentions]
                pred = [(e.start, e.end, e.type) for e in doc.entities]
                for t, prf in token_scores(g.text, gold, pred).items():
                    totals[name][t].add(prf)
    for name, per in totals.items():
        print(name.ljust(22), "  ".join(f"{t} {per[t].f1 * 100:.1f}" for t in ("PER", "ORG", "LOC")))


if __name__ == "__main__":
    main()
