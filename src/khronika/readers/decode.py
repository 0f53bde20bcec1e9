"""Bytes to text: UTF-8 first, then the Windows-1251 that older Russian sites still serve."""

from __future__ import annotations


class UnreadableError(ValueError):
    """Raised for content that is not text in any encoding we accept."""


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode(data: bytes) -> tuple[str, str | None]:
    """Return the text and a warning (None when the bytes were clean UTF-8)."""
    if looks_binary(data):
        raise UnreadableError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        position = exc.start
    lossy = data.decode("utf-8", errors="replace")
    damaged = lossy.count("\ufffd")
    # A few bad bytes in otherwise UTF-8 text are damage; wholesale failure means another encoding.
    if damaged <= max(3, len(lossy) // 100):
        return lossy, f"invalid UTF-8 at byte {position}: {damaged} undecodable byte(s) replaced with U+FFFD"
    text = data.decode("cp1251", errors="replace")
    return text, "not valid UTF-8: decoded as Windows-1251"
