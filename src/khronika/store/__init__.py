"""The chronicle store: articles, entities, event mentions, merged events, quotes and failures in DuckDB.

``schema`` creates the tables, ``rows`` flattens an analysed article into rows, ``merge`` clusters
event mentions into events, ``writer`` commits one batch at a time and ``reader`` answers the
questions the CLI asks of a store. The read -> analyse -> store flow is ``khronika.chronicle``:
the store imports neither the readers nor the engine.
"""

from khronika.store.schema import DEFAULT_PATH, TABLES, StoreUnavailable, connect

__all__ = ["DEFAULT_PATH", "TABLES", "StoreUnavailable", "connect"]
