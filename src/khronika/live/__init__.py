"""Following news sources: the sources file, polite HTTP, robots.txt, language, and the `Watcher`
that polls each source and hands its new articles to the chronicle (``khronika watch``).

The fetched bytes go through the same readers as files do (``readers.feed``, ``readers.html``) and
into the same read -> analyse -> store flow (``chronicle.ingest_items``); what is new here is only
the network side and the per-source state.
"""

from khronika.live.sources import Source, load_sources
from khronika.live.watcher import PollReport, Watcher

__all__ = ["PollReport", "Source", "Watcher", "load_sources"]
