"""A text cut into plain and marked pieces, for templates to wrap each marked piece in a tag. The
pieces stay text: the template escapes them, so an article's ``<script>`` is shown, not run."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a CSS class: an entity type (PER, LOC, ORG), 'trigger', 'source', 'target'
    info: dict[str, object] = field(default_factory=dict)  # what the tag links to or says on hover


@dataclass(frozen=True)
class Piece:
    text: str
    mark: Mark | None = None


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """Cut ``text`` at the marks; where marks overlap, the one starting first (then the longest) wins."""
    out: list[Piece] = []
    at = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < at or mark.end <= mark.start or mark.end > len(text):
            continue  # overlaps one already placed, or lies outside the text
        if mark.start > at:
            out.append(Piece(text[at:mark.start]))
        out.append(Piece(text[mark.start:mark.end], mark))
        at = mark.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out


def name_end(text: str, start: int) -> int:
    """Where a name starting at ``start`` ends, when only its start is stored (an event's sides):
    the run of capitalised words from there (Сергей Лавров, Министерство ...: the first word)."""
    end = start
    words = text[start:].split(" ")
    for n, word in enumerate(words):
        bare = word.rstrip(".,;:!?»)\"'")
        if not bare or (n and not bare[0].isupper()):
            break
        end += len(word) + (1 if n else 0)
        if bare != word:
            end -= len(word) - len(bare)
            break
    return end
