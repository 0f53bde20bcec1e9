"""ADAQ Russian quotes: ``ru_sentences.tsv`` (sentence, id) and ``ru_tokens.tsv`` (lemma, token,
sentence id, index, tag) where the tag is ``source``, ``cue``, ``content`` or ``None``.

Each sentence becomes one document. Token offsets are found by walking the sentence text; a
sentence has at most one quote: its ``content`` tokens (possibly split around the cue,
``..., утверждает Пастухов, ...``), said by its ``source`` tokens.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from khronika.eval.gold import GoldDoc


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    tag: str  # "source", "cue", "content" or "None"


@dataclass
class AdaqSentence(GoldDoc):
    tokens: list[Token] = field(default_factory=list)

    def tagged(self, tag: str) -> list[Token]:
        return [t for t in self.tokens if t.tag == tag]

    @property
    def has_quote(self) -> bool:
        return any(t.tag == "content" for t in self.tokens)


def read_adaq(folder: Path, limit: int | None = None) -> Iterator[AdaqSentence]:
    sentences = _read_sentences(folder / "ru_sentences.tsv")
    tokens = _read_tokens(folder / "ru_tokens.tsv")
    for sid, text in list(sentences.items())[:limit]:
        yield AdaqSentence(id=sid, text=text, tokens=align(text, tokens.get(sid, [])))


def align(text: str, rows: list[tuple[str, str]]) -> list[Token]:
    """Place each (token, tag) in the sentence, left to right; a token not found is skipped."""
    found, cursor = [], 0
    for word, tag in rows:
        start = text.find(word, cursor)
        if start < 0:
            continue
        found.append(Token(start, start + len(word), word, tag))
        cursor = start + len(word)
    return found


def _read_sentences(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return {row[1]: row[0] for row in rows[1:] if len(row) >= 2}


def _read_tokens(path: Path) -> dict[str, list[tuple[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t")][1:]
    rows = [row for row in rows if len(row) >= 5]
    return {sid: [(row[1], row[4]) for row in group] for sid, group in groupby(rows, key=lambda row: row[2])}
