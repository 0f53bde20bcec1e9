"""Quotes: quoted and reported speech with its cue and speaker (the ``quotes`` component)."""

from khronika.quotes.lookup import quote_at

__all__ = ["quote_at"]
