"""The data files shipped in ``khronika/data``, and one loader per file shape (as natasha's
``data/__init__.py`` and ``load_dict``). Callers name a file; they never open one.

Folders: ``cameo`` (the codebook), ``events`` (triggers, modality cues, event word lists), ``lexicons``
(word lists of linking, entities and quotes), ``gazetteer`` (built by scripts/build_gazetteer.py, read
by ``kb``), ``gdelt`` (export columns, FIPS codes), ``timex`` (time expressions), ``eval``.

Shapes:

- `entries(name, folder)`: ``<folder>/<name>.txt``, one entry a line, ``#`` starts a comment anywhere
  on a line; entries lower-cased, in file order (for lists whose order matters: rules tried in turn).
  An entry may be followed by a tab and comma-separated flags that say what it is for, so one list
  serves several rules (``quote_cues.txt``).
- `word_list(name, folder)`: the entries as a set; `flagged(name, flag, folder)`: those with a flag.
- `pairs(name, folder)`: a word list of ``key value`` lines; the last word is the value, upper-cased.
- `tsv(name)`: tab-separated rows; blank lines and lines starting with ``#`` (the file's header,
  which documents its columns) are skipped; fields are as written.
- `yaml(name)`: a YAML document.

`tsv` and `yaml` take a path under ``data/`` (``"events/triggers.tsv"``), or a `Path` for a file
outside the package (a gazetteer a test builds).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent  # this package: the data files sit beside this module
GAZETTEER = DATA / "gazetteer"


def path(name: str | Path) -> Path:
    return name if isinstance(name, Path) else DATA.joinpath(*name.split("/"))


def read_text(name: str | Path) -> str:
    return path(name).read_text(encoding="utf-8")


@cache
def flagged_entries(name: str, folder: str = "lexicons") -> tuple[tuple[str, frozenset[str]], ...]:
    """(entry, its flags) in file order."""
    found = []
    for line in read_text(f"{folder}/{name}.txt").splitlines():
        entry, _, flags = line.split("#", 1)[0].lower().partition("\t")
        if entry.strip():
            found.append((entry.strip(), frozenset(f.strip() for f in flags.split(",") if f.strip())))
    return tuple(found)


def entries(name: str, folder: str = "lexicons") -> tuple[str, ...]:
    return tuple(entry for entry, _ in flagged_entries(name, folder))


@cache
def word_list(name: str, folder: str = "lexicons") -> frozenset[str]:
    return frozenset(entries(name, folder))


@cache
def flagged(name: str, flag: str, folder: str = "lexicons") -> frozenset[str]:
    return frozenset(entry for entry, flags in flagged_entries(name, folder) if flag in flags)


@cache
def pairs(name: str, folder: str = "lexicons") -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in word_list(name, folder):
        key, _, value = entry.rpartition(" ")
        out[key] = value.upper()
    return out


def tsv(name: str | Path) -> list[list[str]]:
    return [line.split("\t") for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]


def yaml(name: str | Path) -> Any:
    import yaml as pyyaml

    return pyyaml.safe_load(read_text(name))
