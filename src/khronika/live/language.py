"""Which language an article is in, by its letters: Russian goes on to analysis; Kazakh, Uzbek,
Kyrgyz, Tajik, Ukrainian, Belarusian, English and the rest are skipped with the language as the
reason. A page mixing Russian and Kazakh keeps its Russian paragraphs.

Letters, not a statistical model: the languages a Central Asian or CIS source mixes with Russian
each have letters Russian lacks, and a few of them in a paragraph say which language it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from khronika.checks import MAX_OTHER_CYRILLIC_SHARE, MIN_CYRILLIC_SHARE, cyrillic_share, other_cyrillic_share

NAMES = {"ru": "Russian", "kk": "Kazakh", "ky": "Kyrgyz", "uz": "Uzbek", "tg": "Tajik", "uk": "Ukrainian",
         "be": "Belarusian", "en": "English", "und": "an unknown language"}
# Letters of one language only, among those a source here mixes with Russian; first match wins.
_SIGNATURES = (
    ("kk", re.compile(r"[әұӘҰ]")),
    ("tg", re.compile(r"[ӣӯҷӢӮҶ]")),
    ("uz", re.compile(r"[ҳҲ]|[ўЎ].*[қғҚҒ]|[қғҚҒ].*[ўЎ]", re.S)),
    ("be", re.compile(r"[ўЎ]")),
    ("uk", re.compile(r"[їєґЇЄҐ]")),
    ("kk", re.compile(r"[ғқҒҚ]")),
    ("ky", re.compile(r"[ңөүҢӨҮ]")),
    ("uk", re.compile(r"[іІ]")),
)
_UZBEK_LATIN = re.compile(r"\b\w*[oOgG][ʻ'‘`]\w+|\b(?:va|bilan|uchun|Oʻzbekiston|O'zbekiston)\b")
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|said)\b", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
MIN_PARAGRAPH_LETTERS = 20  # shorter lines (a date, a byline) follow the paragraphs around them


def language_of(text: str) -> str:
    """An ISO 639-1 code ('ru', 'kk', ...) or 'und'."""
    sample = text[:20_000]
    if cyrillic_share(sample) < MIN_CYRILLIC_SHARE:
        words = max(1, len(sample.split()))
        if len(_UZBEK_LATIN.findall(sample)) / words > 0.03:
            return "uz"
        return "en" if len(_ENGLISH.findall(sample)) / words > 0.05 else "und"
    if other_cyrillic_share(sample) <= MAX_OTHER_CYRILLIC_SHARE:
        return "ru"
    for code, letters in _SIGNATURES:
        if letters.search(sample):
            return code
    return "und"


@dataclass
class Verdict:
    language: str  # of the whole text
    text: str  # what to analyse: the whole text, its Russian paragraphs, or '' when nothing is Russian
    dropped: int = 0  # paragraphs left out

    @property
    def reason(self) -> str:
        if not self.text:
            return f"language: {NAMES.get(self.language, self.language)} ({self.language}), not Russian"
        return f"kept the Russian paragraphs: {self.dropped} in {NAMES.get(self.language, self.language)} left out"


def russian_only(text: str) -> Verdict:
    """The text itself when it is Russian; else its Russian paragraphs, if any."""
    language = language_of(text)
    if language == "ru":
        return Verdict(language, text)
    kept, dropped = [], 0
    for paragraph in _PARAGRAPH.split(text):
        if not paragraph.strip():
            continue
        if _letters(paragraph) < MIN_PARAGRAPH_LETTERS or language_of(paragraph) == "ru":
            kept.append(paragraph.strip())
        else:
            dropped += 1
    russian = [p for p in kept if _letters(p) >= MIN_PARAGRAPH_LETTERS]
    if not russian:
        return Verdict(language, "", dropped)
    return Verdict(language, "\n\n".join(kept), dropped)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)
