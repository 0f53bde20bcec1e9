"""Throwaway: token-level NER F1 of bare natasha vs natasha+entities on the dev data.

Usage: PYTHONPATH=src python scripts/dev/ner_score.py factru|nerel|slavic [limit]
Gold nesting is flattened to the outermost PER/ORG/LOC span per token.
"""

from __future__ import annotations

import copy
import re
import sys
from collections import Counter
from pathlib import Path

from khronika.model import Article
from khronika.nlp.doc import Doc
from khronika.pipeline import create_component

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
FACTRU = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
NEREL = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
         "LOCATION": "LOC", "DISTRICT": "LOC"}
TOKEN = re.compile(r"\w+|[^\w\s]")


def factru() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for txt in sorted((DATA / "factRuEval-2016/devset").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        gold = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            parts = line.split("#")[0].split()
            if len(parts) >= 3 and parts[1] in FACTRU:
                ss = [spans[s] for s in parts[2:] if s in spans]
                if ss:
                    gold.append((min(s for s, _ in ss), max(e for _, e in ss), FACTRU[parts[1]]))
        out.append((text, gold))
    return out


def nerel() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for txt in sorted((DATA / "nerel/NEREL-v1.1/dev").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        gold = []
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, _ = line.split("\t", 2)
            kind, *offs = info.split(" ")
            if kind in NEREL and ";" not in info:
                gold.append((int(offs[0]), int(offs[1]), NEREL[kind]))
        out.append((text, gold))
    return out


def slavic() -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for tsv in sorted((DATA / "slavicner-ru/ner").glob("*/ru/*.tsv")):
        raw = Path(str(tsv).replace("/ner/", "/raw/")[: -len(".tsv")] + ".txt")
        text = raw.read_text(encoding="utf-8")
        gold = []
        for line in tsv.read_text(encoding="utf-8").splitlines():
            p = line.split("\t")
            if len(p) >= 5 and p[4] in ("PER", "ORG", "LOC"):
                gold.append((int(p[0]), int(p[1]), p[4]))
        out.append((text, gold))
    return out


def labels(text: str, spans: list[tuple[int, int, str]]) -> list[str | None]:
    toks = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    lab: list[str | None] = [None] * len(toks)
    width: list[int] = [0] * len(toks)
    starts = [s for s, _ in toks]
    import bisect
    for s, e, t in spans:
        i = bisect.bisect_left(starts, s)
        while i < len(toks) and toks[i][1] <= e:
            if e - s > width[i]:
                lab[i], width[i] = t, e - s
            i += 1
    return lab


def score(counts: Counter, name: str) -> None:
    line = [name.ljust(10)]
    for t in ("PER", "ORG", "LOC"):
        tp, fp, fn = counts[t, "tp"], counts[t, "fp"], counts[t, "fn"]
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        line.append(f"{t} P={p:.3f} R={r:.3f} F1={f:.4f}")
    print("  ".join(line))


def count(counts: Counter, gold: list, pred: list) -> None:
    for g, p in zip(gold, pred):
        if g == p and g:
            counts[g, "tp"] += 1
        else:
            if g:
                counts[g, "fn"] += 1
            if p:
                counts[p, "fp"] += 1


def main() -> None:
    data = {"factru": factru, "nerel": nerel, "slavic": slavic}[sys.argv[1]]()
    limit = [a for a in sys.argv[2:] if a.isdigit()]
    if limit:
        data = data[: int(limit[0])]
    natasha, entities = create_component("natasha"), create_component("entities")
    base, ours = Counter(), Counter()
    show = "-v" in sys.argv
    errors = "-e" in sys.argv
    for i in range(0, len(data), 32):
        chunk = data[i : i + 32]
        docs = [Doc(Article(id=str(j), text=t)) for j, (t, _) in enumerate(chunk)]
        natasha(docs)
        before = [copy.deepcopy(d.entities) for d in docs]
        entities(docs)
        for (text, gold), doc, b in zip(chunk, docs, before):
            g = labels(text, gold)
            pb = labels(text, [(e.start, e.end, e.type) for e in b])
            po = labels(text, [(e.start, e.end, e.type) for e in doc.entities])
            count(base, g, pb)
            count(ours, g, po)
            if show or errors:
                toks = [m.group() for m in TOKEN.finditer(text)]
                for k, (x, y, z) in enumerate(zip(g, pb, po)):
                    if y != z or (errors and x != z):
                        ctx = " ".join(toks[max(0, k - 3): k + 4])
                        print(f"  gold={x} nat={y} ours={z}  {toks[k]!r}  | {ctx}")
    score(base, "natasha")
    score(ours, "+entities")


if __name__ == "__main__":
    main()
