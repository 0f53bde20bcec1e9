"""The CAMEO codebook: labels, Goldstein scores and quad classes (``data/cameo/codes.tsv``)."""

from __future__ import annotations

from functools import cache
from importlib import resources

# CAMEO's four classes by root: verbal cooperation, material cooperation, verbal and material conflict.
QUAD_BY_ROOT = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 10), 2),
                **dict.fromkeys(range(10, 15), 3), **dict.fromkeys(range(15, 21), 4)}


@cache
def codebook() -> dict[str, tuple[str, float | None]]:
    path = resources.files("khronika") / "data" / "cameo" / "codes.tsv"
    book: dict[str, tuple[str, float | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, label, score = line.split("\t")
        book[code] = (label, float(score) if score else None)
    return book


def is_code(code: str) -> bool:
    return code in codebook()


def label(code: str) -> str:
    return codebook()[code][0]


def goldstein(code: str) -> float | None:
    """The code's score, else that of the nearest broader code that has one (183 has none of its own)."""
    for n in range(len(code), 1, -1):
        score = codebook().get(code[:n], ("", None))[1]
        if score is not None:
            return score
    return None


def quad_class(code: str) -> int:
    return QUAD_BY_ROOT[int(code[:2])]
