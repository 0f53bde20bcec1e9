"""The chronicle store: articles, entities, event mentions, merged events, quotes and failures in DuckDB.

``schema`` creates the tables, ``rows`` flattens an analysed article into rows, ``merge`` clusters
event mentions into events, ``writer`` commits one batch at a time, ``ingest`` runs the whole flow
and ``reader`` answers the questions the CLI asks of a store.
"""

from khronika.store.schema import DEFAULT_PATH, TABLES, StoreUnavailable, connect

__all__ = ["DEFAULT_PATH", "TABLES", "StoreUnavailable", "connect"]
