"""Quote scoring on ADAQ: quote words, quote detection and speaker attribution.

- Span (token overlap): ADAQ's word tokens (punctuation left out, so quote marks and commas at
  the edges do not count) inside a predicted quote vs the gold ``content`` words; P/R/F1 summed
  over sentences.
- Detection: a gold quote is found, and a predicted quote right, when they share a word.
- Speaker: for each gold quote with ``source`` tokens, right when a predicted quote sharing a
  word with it has a speaker whose mention overlaps the gold source tokens. Reported over all
  such gold quotes and over those the system found.
"""

from __future__ import annotations

from khronika.eval.datasets.adaq import AdaqSentence, Token
from khronika.eval.metrics import PRF, Accuracy, overlaps
from khronika.model import Quote


def is_word(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def words_in(sentence: AdaqSentence, quote: Quote) -> set[int]:
    return {
        i for i, t in enumerate(sentence.tokens) if is_word(t) and overlaps((t.start, t.end), (quote.start, quote.end))
    }


def speaker_right(sentence: AdaqSentence, quote: Quote) -> bool:
    speaker = quote.speaker
    if speaker is None or speaker.mention is None:
        return False
    span = (speaker.mention.start, speaker.mention.end)
    return any(overlaps(span, (t.start, t.end)) for t in sentence.tagged("source"))


class QuoteScores:
    def __init__(self) -> None:
        self.tokens = PRF()
        self.detection = PRF()
        self.speaker = Accuracy()  # over gold quotes with a source
        self.speaker_found = Accuracy()  # over those of them a predicted quote found

    def add(self, sentence: AdaqSentence, quotes: list[Quote]) -> None:
        gold = {i for i, t in enumerate(sentence.tokens) if t.tag == "content" and is_word(t)}
        covered = [words_in(sentence, q) for q in quotes]
        predicted = set().union(*covered) if covered else set()
        self.tokens.add(PRF(len(predicted & gold), len(predicted), len(predicted & gold), len(gold)))
        hits = [q for q, words in zip(quotes, covered) if words & gold]
        self.detection.add(PRF(len(hits), len(quotes), int(bool(hits)), int(bool(gold))))
        if gold and sentence.tagged("source"):
            right = any(speaker_right(sentence, q) for q in hits)
            self.speaker.add(right)
            if hits:
                self.speaker_found.add(right)

    def as_dict(self) -> dict[str, object]:
        return {
            "tokens": self.tokens.as_dict(),
            "detection": self.detection.as_dict(),
            "speaker": self.speaker.as_dict(),
            "speaker_of_found": self.speaker_found.as_dict(),
        }
