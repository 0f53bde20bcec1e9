"""Throwaway: linking accuracy on NEREL dev per type, on gold spans and end to end.

Usage: PYTHONPATH=src python scripts/dev/link_score.py [limit] [-v]
A mention counts when our QID equals the gold one; a gold NULL is right only when we say None.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from khronika.model import Article, Entity
from khronika.nlp.doc import Doc
from khronika.nlp.models import load_models
from khronika.nlp.normal import normalize
from khronika.pipeline import create_component

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "nerel" / "NEREL-v1.1" / "dev"
TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC"}


def load() -> list[tuple[str, list[tuple[int, int, str, str | None, str]]]]:
    out = []
    for txt in sorted(DATA.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans, links = {}, {}
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and ";" not in parts[1]:
                kind, s, e = parts[1].split(" ")
                if kind in TYPES:
                    spans[parts[0]] = (int(s), int(e), kind)
            elif line.startswith("N"):
                _, ref, value = parts[1].split(" ")
                qid = value.split(":", 1)[1]
                links[ref] = None if qid == "NULL" else qid
        gold = [(s, e, k, links[t], text[s:e]) for t, (s, e, k) in spans.items() if t in links]
        out.append((text, gold))
    return out


def main() -> None:
    data = load()
    limit = [a for a in sys.argv[1:] if a.isdigit()]
    if limit:
        data = data[: int(limit[0])]
    verbose = "-v" in sys.argv
    natasha, entities, link = (create_component(n) for n in ("natasha", "entities", "link"))
    vocab = load_models().vocab
    gold_mode, e2e = Counter(), Counter()
    for i in range(0, len(data), 32):
        chunk = data[i : i + 32]
        docs = [Doc(Article(id=str(j), text=t, published=None)) for j, (t, _) in enumerate(chunk)]
        natasha(docs)
        injected = [Doc(d.article.__class__(id=d.article.id, text=d.text), d.tokens, d.sents, {}) for d in docs]
        for doc, (_, gold) in zip(injected, chunk):
            doc.article.entities[:] = []
            for s, e, k, _, _ in sorted(set((g[0], g[1], g[2], None, "") for g in gold)):
                entity = Entity(s, e, doc.text[s:e], TYPES[k], normalize(vocab, doc.tokens_in(s, e)))
                doc.article.entities.append(entity)
        link(injected)
        entities(docs)
        link(docs)
        for doc, inj, (_, gold) in zip(docs, injected, chunk):
            ours = {(x.start, x.end): x.qid for x in doc.entities}
            given = {(x.start, x.end): x.qid for x in inj.entities}
            for s, e, k, qid, text in gold:
                ok = given.get((s, e)) == qid
                gold_mode[k, ok] += 1
                e2e[k, ours.get((s, e)) == qid] += 1
                if verbose and not ok:
                    print(f"  {k:12} {text!r:35} gold={qid} ours={given.get((s, e))}")
    for name, counts in (("gold spans", gold_mode), ("end to end", e2e)):
        row = [name.ljust(11)]
        for k in TYPES:
            n = counts[k, True] + counts[k, False]
            row.append(f"{k} {counts[k, True] / n if n else 0:.3f} (n={n})")
        print("  ".join(row))


if __name__ == "__main__":
    main()
