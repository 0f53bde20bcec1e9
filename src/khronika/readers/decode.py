"""Bytes to text: the declared charset, else UTF-8, else the Windows-1251 or KOI8-R that older
Russian sites still serve, whichever reads as Russian."""

from __future__ import annotations

import codecs
import re


class UnreadableError(ValueError):
    """Raised for content that is not text in any encoding we accept."""


# Where a document names its own encoding: an XML declaration or an HTML meta tag, near the top.
_DECLARED = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']|<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)""", re.I)
# The Russian letters of an ordinary text, most frequent first: the right single-byte code page makes
# most of its letters these, in lower case; the wrong one makes capitals and rare letters of them.
_COMMON = set("оеаинтсрвлкмдпуяыьгзбч")
_SINGLE_BYTE = {"cp1251": "Windows-1251", "koi8_r": "KOI8-R"}


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def declared_charset(data: bytes) -> str | None:
    """The encoding the document names for itself (XML declaration, ``<meta charset>``), if a known one."""
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return known_charset((match.group(1) or match.group(2)).decode("ascii", "replace"))


def known_charset(name: str | None) -> str | None:
    """Python's name for a charset label (``windows-1251`` -> ``cp1251``), or None for an unknown label."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_of(data: bytes, declared: str | None = None) -> str:
    """The encoding to read ``data`` with: the declared one (HTTP header, else the document's own
    declaration) when the bytes agree with it, else UTF-8, else the single-byte Cyrillic code page
    that reads as Russian."""
    for name in (known_charset(declared), declared_charset(data)):
        if name and name != "utf-8" and _fits(data, name):
            return name
    if _fits(data, "utf-8"):
        return "utf-8"
    return guess_single_byte(data) if _mostly_high(data) else "utf-8"


def guess_single_byte(data: bytes) -> str:
    """Windows-1251 or KOI8-R, whichever makes more of the letters common lower-case Russian ones."""
    sample = data[:65536]
    return max(_SINGLE_BYTE, key=lambda name: sum(ch in _COMMON for ch in sample.decode(name, errors="replace")))


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Return the text and a warning (None when the bytes were clean in their own encoding)."""
    if looks_binary(data):
        raise UnreadableError("binary file, not text")
    charset = charset_of(data, declared)
    if charset != "utf-8":
        warning = None if charset in (known_charset(declared), declared_charset(data)) else \
            f"not valid UTF-8: decoded as {_SINGLE_BYTE.get(charset, charset)}"
        return data.decode(charset, errors="replace"), warning
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        position = exc.start
    lossy = data.decode("utf-8", errors="replace")
    damaged = lossy.count("\ufffd")
    return lossy, f"invalid UTF-8 at byte {position}: {damaged} undecodable byte(s) replaced with U+FFFD"


def _fits(data: bytes, charset: str) -> bool:
    try:
        data.decode("utf-8-sig" if charset == "utf-8" else charset)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _mostly_high(data: bytes) -> bool:
    """A few bad bytes in otherwise UTF-8 text are damage; wholesale failure means another encoding."""
    lossy = data.decode("utf-8", errors="replace")
    return lossy.count("\ufffd") > max(3, len(lossy) // 100)
