"""Dated CAMEO codes for the gazetteer's people from the PETRARCH2 Phoenix actor dictionary (MIT, January 2014).

Phoenix lists about 18,000 politicians under English names, each with CAMEO codes and the dates they
hold (``NICOLAS_SARKOZY_ [FRAGOV 070516-20120515] [FRAELI]``). The gazetteer knows many of the same
people by QID and Russian name (from NEREL train) but with no office, so they get no actor code. A
person is matched to a Phoenix entry when his Russian first name and surname, transliterated every
usual way (ГОСТ/BGN-like, English, French, German, Polish, Chinese Palladius), agree with a Phoenix
name line's first name and surname; only a match that is unique on both sides counts, never a surname
alone. Used by ``build_gazetteer.py``; every match is written to ``scripts/curated/phoenix_matches.tsv``
for review, and ``scripts/curated/phoenix_rejects.tsv`` lists the ones a reviewer found wrong.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

# A Phoenix date restriction: [CODE], [CODE >YYMMDD], [CODE <YYMMDD], [CODE YYMMDD-YYMMDD] (or YYYYMMDD).
CODE_LINE = re.compile(r"\[([A-Z]{3,})\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*\]")
# Words of a name line that are no part of the person's name.
NOT_NAME = {
    "MR", "MRS", "MS", "DR", "SIR", "LORD", "JR", "SR", "II", "III", "IV", "THE", "PRESIDENT", "PRIME",
    "MINISTER", "SENATOR", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK", "EMIR",
}  # fmt: skip
# Arabic and other particles written both with and without a hyphen (AL-ASSAD, аль-Асад): dropped.
PARTICLES = {"al", "el", "ad", "as", "ash", "az", "an", "at", "ar", "bin", "ben", "ibn", "abu", "de", "da", "di",
             "van", "von", "der", "den", "du", "le", "la", "аль", "эль", "ад", "ас", "аш", "аз", "ан", "ат", "ар",
             "бин", "бен", "ибн", "абу", "де", "да", "ди", "ван", "фон", "дер", "ден", "дю", "ле", "ла"}
# Every Latin spelling of a Russian letter in the names news transliterates: ГОСТ/BGN, English, French
# (ou, ch), German (sch, tsch, w), Polish (cz, sz), Spanish (j for х) and Chinese Palladius (ци = qi,
# си = xi, ж = r). Spellings that differ only as `canonical` folds them (y/i, double letters) are one.
LETTERS: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v", "w"), "г": ("g", "h", "gh"), "д": ("d",),
    "е": ("e", "ye", "ie", "je"), "ё": ("yo", "jo", "e", "io", "eu"), "ж": ("zh", "j", "g", "ge", "r"),
    "з": ("z", "s"), "и": ("i", "ee"), "й": ("y", "", "j"), "к": ("k", "c", "q", "ch"), "л": ("l",),
    "м": ("m",), "н": ("n", "ng"), "о": ("o", "au", "eau"), "п": ("p",), "р": ("r",),
    "с": ("s", "c", "x", "z"), "т": ("t", "th"), "у": ("u", "ou", "oo", "w"), "ф": ("f", "ph"),
    "х": ("kh", "h", "ch", "j", ""), "ц": ("ts", "tz", "c", "z"), "ч": ("ch", "tch", "tsch", "cz", "c", "q"),
    "ш": ("sh", "sch", "ch", "sz", "x", "s"), "щ": ("shch", "sch", "sh"), "ъ": ("",), "ы": ("y", "i"),
    "ь": ("", "i"), "э": ("e", "a", "ai"), "ю": ("yu", "ju", "iu", "u", "you", "eu"), "я": ("ya", "ja", "ia", "a"),
}  # fmt: skip
# Letter pairs spelled as one sound: кс = x, дж = j/g (Italian gi, Turkish c), ей = English a (Джейкоб:
# Jacob), Palladius цз = z/j and чж = zh, нь = n (gn).
PAIRS: dict[str, tuple[str, ...]] = {
    "кс": ("ks", "x"), "дж": ("j", "dj", "g", "gi", "c", "dzh"), "ей": ("ei", "ey", "a", "ay"),
    "эй": ("ei", "ey", "a", "ay"), "цз": ("z", "j", "ts"), "чж": ("zh", "j"),
    "нь": ("n", "gn", "ny"), "ье": ("ie", "ye", "e"), "ья": ("ia", "ya"), "ью": ("iu", "yu"),
}  # fmt: skip
# Latin spellings of one sound, folded to one form on both sides before comparing.
FOLDS = [
    ("tsch", "ch"), ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
    ("kh", "h"), ("ph", "f"), ("ck", "k"), ("cz", "ch"), ("sz", "sh"), ("tz", "ts"), ("th", "t"),
    ("w", "v"), ("y", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("x", "ks"),
]  # fmt: skip
# A patronymic (Фёдорович, Ивановна) or its Turkic word (оглы, кызы): Phoenix writes none.
PATRONYMIC = re.compile(r"(вич|вна|ична|^оглы|^кызы|^улы|^уулу)$", re.I)
MAX_SPELLINGS = 50_000
DOMINANT = 5  # how many times more prominent (NEREL links) a namesake must be to take a shared entry  # per word: a long name's combinations are cut, not enumerated for minutes


def canonical(latin: str) -> str:
    """One spelling for the Latin spellings of a sound: 'Sarkozy' and 'sarkozi' -> 'sarkozi'."""
    text = re.sub(r"[^a-z]", "", latin.lower())
    for old, new in FOLDS:
        text = text.replace(old, new)
    text = re.sub(r"([aeiou])h(?![aeiou])", r"\1", text)  # an unspoken h: John, Mahmoud; Russian writes none
    return re.sub(r"(.)\1+", r"\1", text)


@cache
def spellings(word: str) -> frozenset[str]:
    """The canonical forms of every Latin spelling of a Russian word ('Цзиньтао' -> {'jintao', ...})."""
    word = word.lower().replace("-", "")
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in PAIRS:
            # the pair read as one sound, or as its two letters
            options.append(tuple({*PAIRS[pair], *(a + b for a in LETTERS.get(pair[0], ("",))
                                                  for b in LETTERS.get(pair[1], ("",)))}))
            i += 2
            continue
        options.append(LETTERS.get(word[i], (word[i],)))
        i += 1
    return frozenset(canonical("".join(combo)) for combo in itertools.islice(itertools.product(*options), MAX_SPELLINGS))


def russian_words(name: str) -> list[str]:
    """The words of a Russian name in reading order: 'Фама, Юджин' -> [Юджин, Фама]; no parenthesis,
    no particle (аль-Асад -> Асад)."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if "," in name:
        surname, _, given = name.partition(",")
        name = f"{given} {surname}"
    out = []
    for w in name.split():
        head, sep, rest = w.partition("-")
        if sep and head.lower() in PARTICLES:
            w = rest
        if w.lower() not in PARTICLES and re.fullmatch(r"[А-Яа-яЁё-]+", w):
            out.append(w)
    return out


@dataclass
class PhoenixPerson:
    """One Phoenix entry: its name lines (each a list of canonical words) and its codes with dates."""

    names: list[list[str]] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)  # (code, start, end)

    @property
    def title(self) -> str:
        return self.raw[0] if self.raw else ""


def phoenix_date(text: str) -> date:
    """YYMMDD (00-30 is 20YY, as KEDS, TABARI and PETRARCH read it) or YYYYMMDD."""
    if len(text) <= 7:
        year = int(text[:2])
        return date(2000 + year if year <= 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_codes(line: str) -> list[tuple[str, date | None, date | None]]:
    out: list[tuple[str, date | None, date | None]] = []
    for code, sign, when, start, end in CODE_LINE.findall(line):
        try:
            if sign == ">":
                out.append((code, phoenix_date(when), None))
            elif sign == "<":
                out.append((code, None, phoenix_date(when)))
            elif start:
                first, last = phoenix_date(start), phoenix_date(end)
                if first < last:  # the file has a few reversed ranges: PETRARCH skips them too
                    out.append((code, first, last))
            else:
                out.append((code, None, None))
        except ValueError:  # an impossible day (20100931): PETRARCH skips the line
            continue
    return out


def name_words(line: str) -> list[str]:
    """The canonical name words of a Phoenix name line, titles and particles left out."""
    out = []
    for raw in re.split(r"[_\s]+", line.strip().strip("+")):
        raw = raw.strip(".'")
        head, sep, rest = raw.partition("-")
        if sep and head.lower() in PARTICLES:
            raw = rest
        if not raw or raw.upper() in NOT_NAME or raw.lower() in PARTICLES:
            continue
        out.append(canonical(raw))
    return [w for w in out if w]


def read_phoenix(path: Path) -> list[PhoenixPerson]:
    """Entries in the order of the file. As PETRARCH reads it, consecutive name lines with no code between
    them (DMITRY_MEDVEDEV_ then DMITR_MEDVEDEV_) are one entry; a name line after codes starts the next."""
    people: list[PhoenixPerson] = []
    current: PhoenixPerson | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text[0] in " \t" and "[" in text:
            if current is not None:
                current.codes += parse_codes(text)
            continue
        name = text.split("[", 1)[0]
        if current is None or current.codes:
            current = PhoenixPerson()
            people.append(current)
        current.raw.append(name.strip().strip("+").strip("_"))
        current.names.append(name_words(name))
        current.codes += parse_codes(text[len(name):])
    return people


@dataclass(frozen=True)
class Match:
    qid: str
    russian: str
    phoenix: PhoenixPerson
    line: str  # the Phoenix name line that agreed


def index_phoenix(people: list[PhoenixPerson]) -> dict[str, list[tuple[int, list[str]]]]:
    """Phoenix name lines of two words or more by their last word (the surname, or a Chinese given name)."""
    index: dict[str, list[tuple[int, list[str]]]] = {}
    for n, person in enumerate(people):
        for words in person.names:
            if len(words) >= 2:
                index.setdefault(words[-1], []).append((n, words))
    return index


def agree(first: frozenset[str], middles: list[frozenset[str]], words: list[str]) -> bool:
    """The line's first name is one of the Russian first name's spellings, at most two middle names apart
    from the surname ('BARACK_HUSSEIN_OBAMA'). A Russian name of more words than a first name, a
    patronymic and a surname (Анибал Каваку Силва, Ли Куан Ю) agrees only word for word with the line's
    last words: its middle words tell namesakes apart (LEE_TIEN_YU is not Ли Куан Ю)."""
    if middles:
        n = len(middles) + 2
        if len(words) < n:
            return False
        run = words[-n:-1]
        return _same_first(run[0], first) and all(w in m for w, m in zip(run[1:], middles, strict=True))
    return any(_same_first(w, first) for w in words[max(0, len(words) - 4) : -1])


def _same_first(word: str, first: frozenset[str]) -> bool:
    return word in first or any(word[:k] in first for k in range(max(4, len(word) - 2), len(word)))


def match_people(
    persons: list[tuple[str, list[str], float]], people: list[PhoenixPerson]
) -> tuple[list[Match], list[tuple[str, str, list[str]]]]:
    """(QID, Russian names, prominence) matched to Phoenix entries: unique both ways, by first name and
    surname. An entry several QIDs agree with goes to the one far more prominent than the others (the
    president Виктор Фёдорович Янукович, not his son): the dictionary lists the politician. Also returns
    the ambiguous ones (a QID agreeing with several entries, or an entry with several QIDs)."""
    index = index_phoenix(people)
    found: dict[str, tuple[str, dict[int, str]]] = {}
    prominence = {qid: p for qid, _, p in persons}
    for qid, names, _ in persons:
        hits: dict[int, str] = {}
        said = ""
        for name in names:
            ws = russian_words(name)
            if len(ws) < 2:
                continue
            first, last = spellings(ws[0]), spellings(ws[-1])
            middles = [] if any(PATRONYMIC.search(w) for w in ws[1:-1]) else [spellings(w) for w in ws[1:-1]]
            for surname in last:
                for n, words in index.get(surname, ()):
                    if agree(first, middles, words):
                        hits.setdefault(n, people[n].raw[people[n].names.index(words)])
                        said = said or name
        if hits:
            found[qid] = (said, hits)
    claimed: dict[int, set[str]] = {}
    for qid, (_, hits) in found.items():
        for n in hits:
            claimed.setdefault(n, set()).add(qid)
    matches, ambiguous = [], []
    for qid, (said, hits) in found.items():
        entry = _one_person(hits, people)
        if entry is not None and all(_owner(claimed[n], prominence) == qid for n in hits):
            matches.append(Match(qid, said, entry, hits[min(hits)]))
        else:
            others = sorted({q for n in hits for q in claimed[n]} - {qid})
            ambiguous.append((qid, said, [people[n].title for n in hits] + others))
    return matches, ambiguous


def _owner(qids: set[str], prominence: dict[str, float]) -> str | None:
    ranked = sorted(qids, key=lambda q: -prominence[q])
    if len(ranked) == 1 or prominence[ranked[0]] >= DOMINANT * prominence[ranked[1]]:
        return ranked[0]
    return None


def _one_person(hits: dict[int, str], people: list[PhoenixPerson]) -> PhoenixPerson | None:
    """The entry the hits are: the only one, or one person the file lists twice under the very same name
    (XI_JINPING in two sections), his codes joined; None for different names (GEORGE_W_BUSH, GEORGE_H_W_BUSH)."""
    lines = {tuple(people[n].names[people[n].raw.index(line)]) for n, line in hits.items()}
    if len(lines) > 1:
        return None
    first = people[min(hits)]
    if len(hits) == 1:
        return first
    codes = list(dict.fromkeys(c for n in sorted(hits) for c in people[n].codes))
    return PhoenixPerson(first.names, first.raw, codes)


def dump_codes(codes: list[tuple[str, date | None, date | None]]) -> str:
    return " ".join(f"[{c} {s or ''}..{e or ''}]" for c, s, e in codes)
