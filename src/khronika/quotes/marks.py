"""Quotation marks: balanced quoted spans in «», “”, „“ and "" with nesting and paragraph continuation.

A span's ``start``/``end`` cover the quoted words without the marks. Russian typography carries a
multi-paragraph quote over paragraph breaks by opening each new paragraph with «, and closes it
only once at the end; an opening mark still open at a paragraph break is kept open when the next
paragraph continues it, and dropped as unbalanced otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that may close it
CLOSERS: dict[str, str] = {"«": "»", "“": "”", "„": "“”", '"': '"', "‘": "’"}
OPENERS = '«“„"‘'
STRAIGHT = '"'
# what may follow the closing mark of a quote that ends there: punctuation, a dash, or the paragraph's end
QUOTE_END = re.compile(r"\s*(?:[,.!?;:…]|[-–—]|\n|$)")


@dataclass
class Mark:
    start: int  # first character inside the marks
    end: int  # the closing mark's offset (exclusive end of the quoted words)
    opener: str
    parent: int | None = None  # index of the enclosing mark in the returned list


@dataclass
class _Open:
    char: str
    offset: int  # offset of the opening mark


def find_marks(text: str) -> list[Mark]:
    """All balanced quoted spans of ``text`` in order of their opening marks, nested ones with a parent."""
    marks: dict[int, Mark] = {}  # keyed by opening offset, so the final order is textual
    parents: dict[int, int | None] = {}
    stack: list[_Open] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            i, continues = _paragraph_break(text, i, stack)
            if not continues:
                _collapse_unclosed(text, stack, marks, parents)
            continue
        if stack and char in CLOSERS[stack[-1].char] and _closes(text, i, stack[-1].char):
            top = stack.pop()
            marks[top.offset] = Mark(top.offset + 1, i, top.char)
            parents[top.offset] = stack[-1].offset if stack else None
        elif char in OPENERS and _opens(text, i):
            stack.append(_Open(char, i))
        i += 1
    _collapse_unclosed(text, stack, marks, parents)
    return _ordered(marks, parents)


def _collapse_unclosed(text: str, stack: list[_Open], marks: dict[int, Mark], parents: dict[int, int | None]) -> None:
    """Close what is still open at the end of a paragraph, or drop it as unbalanced.

    Russian news often writes one closing mark for two (``«Мы договорились с «Газпромом», – сказал
    он``): an open quote whose last nested quote closes where a quote ends (before a comma, dash or
    full stop, or at the paragraph's end) is closed there too.
    """
    while stack:
        top = stack.pop()
        children = [m for offset, m in marks.items() if parents.get(offset) == top.offset]
        last = max(children, key=lambda m: m.end, default=None)
        if last is None or not QUOTE_END.match(text, last.end + 1):
            stack.clear()
            return
        marks[top.offset] = Mark(top.offset + 1, last.end, top.char)
        parents[top.offset] = stack[-1].offset if stack else None


def _ordered(marks: dict[int, Mark], parents: dict[int, int | None]) -> list[Mark]:
    offsets = sorted(marks)
    index = {offset: k for k, offset in enumerate(offsets)}
    result = []
    for offset in offsets:
        mark = marks[offset]
        parent = parents[offset]
        # a parent dropped as unbalanced leaves its child top-level
        mark.parent = index.get(parent) if parent is not None else None
        result.append(mark)
    return result


def _opens(text: str, i: int) -> bool:
    if text[i] != STRAIGHT:
        return True
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace()


def _closes(text: str, i: int, opener: str) -> bool:
    """A straight quote closes its opener unless it looks like the opening of a nested one."""
    if text[i] != STRAIGHT or opener != STRAIGHT:
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opening_shape = (before.isspace() or before in "(«:") and not after.isspace() and after not in ",.;:!?)-–—"
    return not opening_shape


def _paragraph_break(text: str, i: int, stack: list[_Open]) -> tuple[int, bool]:
    """Handle a line break at ``i``: the offset to scan on from, and whether the open marks run on
    into the next paragraph."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if not stack:
        return j, False
    if j < len(text) and text[j] == stack[-1].char and stack[-1].char != STRAIGHT:
        return j + 1, True  # the next paragraph re-opens the same quote: a continuation mark
    return j, _closes_before_opening(text, j, stack[-1].char)


def _closes_before_opening(text: str, j: int, opener: str) -> bool:
    """Whether the next paragraph closes ``opener`` before opening anything (a quote running on)."""
    end = text.find("\n", j)
    paragraph = text[j : end if end >= 0 else len(text)]
    for char in paragraph:
        if char in CLOSERS[opener] and opener != STRAIGHT:
            return True
        if char in OPENERS:
            return False
    return False
