"""Readers for the gold datasets under ``shared/data``: one module per dataset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khronika.eval.gold import GoldDoc
from khronika.eval.paths import data_dir

NER_DATASETS = ("factru-dev", "nerel-dev", "slavicner")


def read_ner_dataset(name: str, shared: Path, limit: int | None = None) -> Iterator[GoldDoc]:
    """Gold documents of one NER dataset by its command-line name."""
    if name == "factru-dev":
        from khronika.eval.datasets.factru import read_factru

        return read_factru(data_dir(shared, "factRuEval-2016/devset"), limit)
    if name == "nerel-dev":
        from khronika.eval.datasets.nerel import read_nerel

        return read_nerel(data_dir(shared, "nerel/NEREL-v1.1/dev"), limit)
    if name == "slavicner":
        from khronika.eval.datasets.slavicner import read_slavicner

        return read_slavicner(data_dir(shared, "slavicner-ru"), limit)
    raise ValueError(f"unknown dataset {name!r} (known: {', '.join(NER_DATASETS)})")
