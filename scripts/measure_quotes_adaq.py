"""Measure quotes on adaq-quotes-ru (interim, until ``khronika eval quotes`` lands).

Each annotated sentence is detokenised into plain text and run through natasha, entities and link
(when present) and quotes. Scores:
content token P/R/F1 (words only), quote detection P/R/F1 per sentence (a predicted quote matches
when it shares a content word with the gold), and speaker accuracy over matched quotes that have
a gold source (the speaker mention must overlap the gold source words).

    PYTHONPATH=src python scripts/measure_quotes_adaq.py [--show]
"""

from __future__ import annotations

import csv
import sys
from collections import OrderedDict
from importlib.util import find_spec
from pathlib import Path

from khronika.model import Article
from khronika.pipeline import Pipeline
from khronika.registry import BUILTIN_MODULES

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "adaq-quotes-ru" / "data" / "ru_tokens.tsv"
NO_SPACE_BEFORE = set(",.:;!?)»…%")
NO_SPACE_AFTER = set("(«")
# one-sentence items give a pronoun nothing to refer to, so its speaker is rightly null
PRONOUNS = {"я", "ты", "он", "она", "оно", "мы", "вы", "они", "та", "тот"}


def load() -> OrderedDict[str, list[dict[str, str]]]:
    sentences: OrderedDict[str, list[dict[str, str]]] = OrderedDict()
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            row["text"] = row["text"].replace('""""', '"')  # the file escapes a quote mark as four
            sentences.setdefault(row["sentence_num"], []).append(row)
    return sentences


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, open_quote, glue = "", [], False, True
    for word in words:
        closing = word == '"' and open_quote
        if text and not glue and word not in NO_SPACE_BEFORE and not closing:
            text += " "
        spans.append((len(text), len(text) + len(word)))
        text += word
        glue = word in NO_SPACE_AFTER or (word == '"' and not open_quote)
        if word == '"':
            open_quote = not open_quote
    return text, spans


def is_word(word: str) -> bool:
    return any(ch.isalnum() for ch in word)


def main(show: bool) -> None:
    sentences = load()
    articles, golds = [], []
    for sid, rows in sentences.items():
        text, spans = detokenize([r["text"] for r in rows])
        articles.append(Article(id=sid, text=text))
        golds.append((rows, spans))
    upstream = [name for name in ("entities", "link") if find_spec(BUILTIN_MODULES[name]) is not None]
    pipeline = Pipeline(["natasha", *upstream, "quotes"])
    tp = fp = fn = 0
    q_tp = q_fp = q_fn = 0
    spk_ok = spk_n = 0
    named_ok = named_n = 0  # the same, leaving out gold sources that are a bare pronoun
    for article, (rows, spans) in zip(pipeline.process(articles), golds):
        tags = [r["tags"] for r in rows]
        words = [k for k, r in enumerate(rows) if is_word(r["text"])]
        gold = {k for k in words if tags[k] == "content"}
        source = {k for k in words if tags[k] == "source"}
        quotes = [q for q in article.quotes if q.parent is None]
        pred: set[int] = set()
        matched = []
        for quote in quotes:
            inside = {k for k in words if quote.start <= spans[k][0] and spans[k][1] <= quote.end}
            pred |= inside
            if inside & gold:
                matched.append((len(inside & gold), quote))
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        q_tp += bool(gold) and bool(matched)
        q_fn += bool(gold) and not matched
        q_fp += len(quotes) - len(matched) if gold else len(quotes)
        if matched and source:
            spk_n += 1
            best = max(matched, key=lambda m: m[0])[1]
            mention = best.speaker.mention if best.speaker else None
            hit = mention is not None and any(mention.start < spans[k][1] and spans[k][0] < mention.end for k in source)
            spk_ok += hit
            if not (len(source) == 1 and rows[min(source)]["lemmas"].lower() in PRONOUNS):
                named_n += 1
                named_ok += hit
            if show and not hit:
                said = article.text[mention.start : mention.end] if mention else None
                print(f"SPEAKER {said!r} gold {' '.join(rows[k]['text'] for k in sorted(source))!r}: {article.text}")
        if show and (bool(gold) != bool(quotes)):
            print(f"{'MISSED' if gold else 'EXTRA'}: {article.text} -> {[q.text for q in quotes]}")
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    qp, qr = q_tp / max(q_tp + q_fp, 1), q_tp / max(q_tp + q_fn, 1)
    print(f"content tokens: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    print(f"quotes: P {qp:.3f} R {qr:.3f} F1 {2 * qp * qr / max(qp + qr, 1e-9):.3f} (tp {q_tp} fp {q_fp} fn {q_fn})")
    print(f"speaker accuracy: {spk_ok}/{spk_n} = {spk_ok / max(spk_n, 1):.3f}")
    print(f"speaker accuracy, gold not a lone pronoun: {named_ok}/{named_n} = {named_ok / max(named_n, 1):.3f}")


if __name__ == "__main__":
    main("--show" in sys.argv)
