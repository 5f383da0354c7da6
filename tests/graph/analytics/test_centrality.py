"""Centrality against NetworkX on classic graphs, sampling quality, and edge cases."""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx
import pytest

from graph.analytics import centrality
from graph.analytics.centrality import (
    Scores,
    betweenness_centrality,
    choose_samples,
    closeness_centrality,
    degree_centrality,
    eigenvector_centrality,
    pagerank,
)
from graph.analytics.synthetic import twin_town_like_graph

CLASSIC = {
    "krackhardt_kite": nx.krackhardt_kite_graph,
    "florentine_families": nx.florentine_families_graph,
    "karate_club": nx.karate_club_graph,
}


def _with_extras(G: nx.Graph) -> nx.Graph:
    """The graph plus a separate pair and an isolated node: components NetworkX also handles."""
    H = G.copy()
    H.add_edge("extra-a", "extra-b")
    H.add_node("extra-isolated")
    return H


def _assert_equal(ours: Scores, theirs: dict[object, float]) -> None:
    assert set(ours) == set(theirs)
    for node, value in theirs.items():
        assert ours[node] == pytest.approx(value, abs=1e-9), node


@pytest.mark.parametrize("name", sorted(CLASSIC))
@pytest.mark.parametrize("extras", [False, True])
def test_exact_metrics_equal_networkx(name: str, extras: bool) -> None:
    G = CLASSIC[name]()
    if extras:
        G = _with_extras(G)
    _assert_equal(degree_centrality(G), nx.degree_centrality(G))
    _assert_equal(betweenness_centrality(G), nx.betweenness_centrality(G))
    _assert_equal(betweenness_centrality(G, normalized=False), nx.betweenness_centrality(G, normalized=False))
    _assert_equal(closeness_centrality(G), nx.closeness_centrality(G))
    _assert_equal(pagerank(G, tol=1e-12), nx.pagerank(G, tol=1e-12, max_iter=10_000))
    for method in (betweenness_centrality, closeness_centrality):
        assert method(G).method == "exact"


@pytest.mark.parametrize("name", sorted(CLASSIC))
def test_eigenvector_equals_networkx_on_connected_graphs(name: str) -> None:
    G = CLASSIC[name]()
    scores = eigenvector_centrality(G)
    _assert_equal(scores, nx.eigenvector_centrality_numpy(G))
    _assert_equal(scores, nx.eigenvector_centrality(G, tol=1e-14, max_iter=100_000))
    assert scores.method == "exact per component"


def test_eigenvector_per_component_keeps_each_component_own_vector() -> None:
    kite = nx.krackhardt_kite_graph()
    G = _with_extras(kite)
    scores = eigenvector_centrality(G)
    scale = (len(kite) / len(G)) ** 0.5
    for node, value in nx.eigenvector_centrality_numpy(kite).items():
        assert scores[node] == pytest.approx(value * scale, abs=1e-9)
    assert scores["extra-a"] == pytest.approx(2**-0.5 * (2 / len(G)) ** 0.5)
    assert scores["extra-isolated"] == 0.0


def test_weighted_metrics_equal_networkx() -> None:
    G = nx.les_miserables_graph()  # co-appearance counts as "weight"
    _assert_equal(betweenness_centrality(G, weight="weight"), nx.betweenness_centrality(G, weight="weight"))
    _assert_equal(closeness_centrality(G, distance="weight"), nx.closeness_centrality(G, distance="weight"))
    _assert_equal(pagerank(G, tol=1e-12), nx.pagerank(G, tol=1e-12))
    _assert_equal(
        eigenvector_centrality(G, weight="weight"), nx.eigenvector_centrality_numpy(G, weight="weight")
    )


def _top(scores: dict[str, float], k: int = 20) -> set[str]:
    return set(sorted(scores, key=lambda node: (-scores[node], node))[:k])


def test_sampled_betweenness_keeps_the_exact_top_20() -> None:
    G = twin_town_like_graph(2000, 4000, seed=7)
    exact = betweenness_centrality(G, k="exact")
    sampled = betweenness_centrality(G, k=256, seed=0)
    assert sampled.method == "sampled k=256 seed=0"
    assert len(_top(exact) & _top(sampled)) >= 18
    assert betweenness_centrality(G, k=256, seed=0) == sampled  # a seed repeats the sample


def test_approximate_betweenness_is_within_epsilon_and_keeps_the_top_20() -> None:
    G = twin_town_like_graph(2000, 4000, seed=7)
    exact = betweenness_centrality(G, k="exact")
    approximate = betweenness_centrality(G, k="approximate", seed=0)
    assert approximate.method == "approximate KADABRA ε=0.005 δ=0.1 seed=0"
    assert len(_top(exact) & _top(approximate)) >= 18
    assert max(abs(approximate[node] - exact[node]) for node in G) <= 0.005
    assert betweenness_centrality(G, k="approximate", seed=0) == approximate


def test_sampled_closeness_keeps_the_exact_top_20_and_is_close() -> None:
    G = twin_town_like_graph(2000, 4000, seed=7)
    exact = closeness_centrality(G, k="exact")
    sampled = closeness_centrality(G, k=256, seed=0)
    assert sampled.method == "sampled k=256 seed=0"
    assert len(_top(exact) & _top(sampled)) >= 18
    assert max(abs(sampled[node] - exact[node]) for node in G) < 0.02
    assert closeness_centrality(G, k=256, seed=0) == sampled


def test_exact_or_sampled_is_chosen_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    G = twin_town_like_graph(400, 800, seed=1)
    assert choose_samples(G) is None
    monkeypatch.setattr(centrality, "sample_count", lambda n, m, k: 64)  # as if G were large
    assert betweenness_centrality(G).method == "approximate KADABRA ε=0.005 δ=0.1 seed=0"
    assert betweenness_centrality(G, weight="weight").method == "sampled k=64 seed=0"
    assert closeness_centrality(G, seed=3).method == "sampled k=64 seed=3"


def test_bad_k_is_refused() -> None:
    with pytest.raises(ValueError, match="k must be"):
        betweenness_centrality(nx.path_graph(4), k=0)


METRICS: list[Callable[[nx.Graph], Scores]] = [
    degree_centrality,
    betweenness_centrality,
    closeness_centrality,
    eigenvector_centrality,
    pagerank,
]


@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize(
    "G",
    [nx.Graph(), nx.empty_graph(1), nx.empty_graph(3), nx.path_graph(2)],
    ids=["0", "1", "3-isolated", "pair"],
)
def test_tiny_graphs_give_a_score_to_every_node(metric: Callable[[nx.Graph], Scores], G: nx.Graph) -> None:
    scores = metric(G)
    assert set(scores) == set(G)
    assert all(value == value for value in scores.values())  # no NaN


@pytest.mark.parametrize("metric", METRICS)
def test_input_is_not_changed(metric: Callable[[nx.Graph], Scores]) -> None:
    G = nx.florentine_families_graph()
    G.graph["name"] = "florentine"
    before = nx.node_link_data(G, edges="edges")
    metric(G)
    assert nx.node_link_data(G, edges="edges") == before


@pytest.mark.parametrize("metric", METRICS)
def test_frozen_graphs_are_accepted_and_conversions_reused(metric: Callable[[nx.Graph], Scores]) -> None:
    G = nx.freeze(nx.karate_club_graph())
    assert metric(G) == metric(G)


def test_directed_graphs_are_refused() -> None:
    with pytest.raises(nx.NetworkXNotImplemented):
        betweenness_centrality(nx.DiGraph([(1, 2)]))
