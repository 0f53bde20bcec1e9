"""Time expressions: recognize them in Russian news text and resolve them against the publication date.

``recognize`` finds expressions, ``resolve`` anchors one to the publication date, the ``timex``
component fills ``article.times``; the events component dates events with ``time_for_tokens``
and, when no expression governs an event, ``resolve_default``.
"""

from khronika.timex.govern import time_for_tokens
from khronika.timex.resolve import resolve_default

__all__ = ["resolve_default", "time_for_tokens"]
