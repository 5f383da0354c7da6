"""Graph statistics against NetworkX, sampled distances, degenerate graphs."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analytics.stats import graph_statistics
from graph.analytics.synthetic import twin_town_like_graph


def _networkx_statistics(G: nx.Graph) -> dict[str, object]:
    largest = G.subgraph(max(nx.connected_components(G), key=len))
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "average_degree": 2 * G.number_of_edges() / G.number_of_nodes(),
        "max_degree": max(d for _, d in G.degree()),
        "components": nx.number_connected_components(G),
        "largest_component_size": len(largest),
        "largest_component_share": len(largest) / len(G),
        "diameter": nx.diameter(largest),
        "mean_path_length": nx.average_shortest_path_length(largest),
        "average_clustering": nx.average_clustering(G),
        "transitivity": nx.transitivity(G),
        "triangles": sum(nx.triangles(G).values()) // 3,
        "degree_assortativity": nx.degree_assortativity_coefficient(G),
    }


@pytest.mark.parametrize(
    "make",
    [
        nx.krackhardt_kite_graph,
        nx.florentine_families_graph,
        nx.karate_club_graph,
        lambda: twin_town_like_graph(600, 1200, seed=2),
    ],
    ids=["kite", "florentine", "karate", "twin-town-like"],
)
def test_statistics_equal_networkx(make: type[nx.Graph]) -> None:
    G = make()
    ours = graph_statistics(G)
    for key, value in _networkx_statistics(G).items():
        assert ours[key] == pytest.approx(value, abs=1e-9), key
    assert ours["methods"] == {"diameter": "exact", "mean_path_length": "exact"}


def test_sampled_mean_path_length_is_close() -> None:
    G = twin_town_like_graph(2000, 4000, seed=7)
    exact = graph_statistics(G, k="exact")["mean_path_length"]
    sampled = graph_statistics(G, k=128, seed=1)
    assert sampled["methods"]["mean_path_length"] == "sampled k=128 seed=1"
    assert sampled["mean_path_length"] == pytest.approx(exact, rel=0.03)


@pytest.mark.parametrize(
    ("G", "diameter", "assortativity"),
    [(nx.Graph(), None, None), (nx.empty_graph(3), 0, None), (nx.cycle_graph(5), 2, None)],
    ids=["empty", "isolated", "regular"],
)
def test_degenerate_graphs(G: nx.Graph, diameter: int | None, assortativity: float | None) -> None:
    stats = graph_statistics(G)
    assert stats["diameter"] == diameter
    assert stats["degree_assortativity"] == assortativity
