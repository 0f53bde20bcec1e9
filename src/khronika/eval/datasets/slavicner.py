"""SlavicNER, Russian documents: ``raw/<topic>/ru/X.txt`` with ``ner/<topic>/ru/X.tsv`` mentions.

There is no dev split here (the upstream splits are train/test over all languages and the test
parts are held out), so every Russian document is read. PER, ORG and LOC are scored; EVT and PRO
are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khronika.eval.gold import OUTER, GoldDoc, Mention
from khronika.model import EntityType

TYPES: dict[str, EntityType] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_slavicner(folder: Path, limit: int | None = None) -> Iterator[GoldDoc]:
    paths = sorted(folder.glob("raw/*/ru/*.txt"))
    for path in paths[:limit]:
        yield read_document(folder, path)


def read_document(folder: Path, path: Path) -> GoldDoc:
    topic = path.parent.parent.name
    text = path.read_text(encoding="utf-8")
    tsv = folder / "ner" / topic / "ru" / f"{path.stem}.tsv"
    doc = GoldDoc(id=f"{topic}/{path.stem}", text=text, nesting=OUTER)
    for line in tsv.read_text(encoding="utf-8").splitlines() if tsv.exists() else []:
        parts = line.split("\t")
        if len(parts) < 5 or parts[4] not in TYPES:
            continue
        start, end = int(parts[0]), int(parts[1])
        doc.mentions.append(Mention(start, end, TYPES[parts[4]], text[start:end], label=parts[4]))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc
