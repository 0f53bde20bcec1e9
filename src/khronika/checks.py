"""Checks on an article before analysis: empty, binary, not Russian, too long (then truncated)."""

from __future__ import annotations

import re

from khronika.model import Article

# A long read runs to tens of thousands of characters; beyond 100k a "document" is a dump or a
# mistake, and analysing all of it would stall the batch.
MAX_CHARS = 100_000
MIN_CYRILLIC_SHARE = 0.3
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
# Letters of Ukrainian, Belarusian, Kazakh, Kyrgyz, Tajik, Serbian...: a text full of them is
# Cyrillic but not Russian.
_OTHER_CYRILLIC = re.compile(r"[іїєґўәғқңөұүһҳҷҷђјљњћџІЇЄҐЎӘҒҚҢӨҰҮҺҲҶЂЈЉЊЋЏ]")
MAX_OTHER_CYRILLIC_SHARE = 0.02


def check_article(article: Article) -> Article:
    if article.status == "failed":  # a reader already gave up on it
        return article
    text = article.text or ""
    if not text.strip():
        article.fail("empty text: nothing to analyse")
        return article
    if "\x00" in text:
        article.fail("binary content: the text contains NUL bytes")
        return article
    share = cyrillic_share(text[:20_000])
    if share < MIN_CYRILLIC_SHARE:
        article.fail(f"not Russian: only {share:.0%} of the letters are Cyrillic")
        return article
    other = other_cyrillic_share(text[:20_000])
    if other > MAX_OTHER_CYRILLIC_SHARE:
        article.fail(f"not Russian: {other:.0%} of the Cyrillic letters belong to another language")
        return article
    if len(text) > MAX_CHARS:
        article.warn(f"text truncated: {len(text):,} characters, only the first {MAX_CHARS:,} were analysed")
        article.text = text[:MAX_CHARS]
    return article


def cyrillic_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_CYRILLIC.findall(text)) / letters if letters else 0.0


def other_cyrillic_share(text: str) -> float:
    cyrillic = len(_CYRILLIC.findall(text)) + len(_OTHER_CYRILLIC.findall(text))
    return len(_OTHER_CYRILLIC.findall(text)) / cyrillic if cyrillic else 0.0
