"""``khronika network``: the actor graph, one directed edge per (source, target) pair, weighted by
how many events link them and their mean Goldstein score; written as GraphML or GEXF."""

from __future__ import annotations

from pathlib import Path

import duckdb
import networkx as nx

from khronika.query.filters import Filters, where

WRITERS = {".graphml": nx.write_graphml, ".gexf": nx.write_gexf}


def actor_graph(con: duckdb.DuckDBPyConnection, filters: Filters = Filters(), top: int | None = None) -> nx.DiGraph:
    """``top``: only the links with the most events (a drawing of thousands of links shows nothing)."""
    condition, params = where(con, filters)
    heaviest = "" if top is None else f"QUALIFY row_number() OVER (ORDER BY count(*) DESC, e.source_key, e.target_key) <= {int(top)}"
    edges = con.execute(f"""
        SELECT e.source_key, any_value(e.source_name), e.target_key, any_value(e.target_name),
               count(*), avg(e.goldstein), sum(e.num_mentions)
        FROM events e WHERE e.target_key <> '' AND {condition}
        GROUP BY e.source_key, e.target_key {heaviest}
        ORDER BY e.source_key, e.target_key""", params).fetchall()
    graph = nx.DiGraph()
    for source, source_name, target, target_name, count, goldstein, mentions in edges:
        graph.add_node(source, label=source_name or source)
        graph.add_node(target, label=target_name or target)
        graph.add_edge(source, target, weight=int(count), goldstein=float(goldstein or 0.0), mentions=int(mentions or 0))
    return graph


def write_graph(graph: nx.DiGraph, path: Path) -> None:
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"write the network as .graphml or .gexf, not {path.suffix or 'no suffix'!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer(graph, str(path))
