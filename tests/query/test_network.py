from __future__ import annotations

import networkx as nx
import pytest

from khronika.query.network import actor_graph, write_graph


def test_actor_graph_weights_and_both_file_formats(con, tmp_path):
    graph = actor_graph(con)
    assert graph["Q200881"]["Q159"]["weight"] == 2  # two visits to Russia
    assert graph["Q200881"]["Q148"]["weight"] == 1
    assert graph["Q200881"]["Q148"]["mentions"] == 2
    assert graph["Q200881"]["Q159"]["goldstein"] == pytest.approx(1.9)
    assert graph.nodes["Q200881"]["label"] == "Касым-Жомарт Токаев"
    write_graph(graph, tmp_path / "g.graphml")
    write_graph(graph, tmp_path / "g.gexf")
    for loaded in (nx.read_graphml(tmp_path / "g.graphml"), nx.read_gexf(tmp_path / "g.gexf")):
        assert loaded.number_of_edges() == graph.number_of_edges()
        assert loaded["Q200881"]["Q159"]["weight"] == 2
    with pytest.raises(ValueError):
        write_graph(graph, tmp_path / "g.png")
