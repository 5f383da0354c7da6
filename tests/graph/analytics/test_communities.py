"""Louvain communities: quality against NetworkX, reproducibility, numbering."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analytics.communities import louvain_communities, modularity


@pytest.mark.parametrize(
    "make",
    [nx.karate_club_graph, nx.florentine_families_graph, nx.les_miserables_graph],
    ids=lambda f: f.__name__,
)
def test_partition_is_as_good_as_networkx_louvain(make: type[nx.Graph]) -> None:
    G = make()
    partition = louvain_communities(G, seed=0)
    assert set(partition) == set(G)
    theirs = [nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(5)]
    assert partition.modularity >= min(theirs) - 0.01
    assert partition.modularity == pytest.approx(
        nx.community.modularity(G, partition.communities()), abs=1e-9
    )


def test_karate_club_modularity_is_the_published_louvain_value() -> None:
    # Unweighted Zachary karate club: Louvain reaches Q ≈ 0.4188 (Blondel et al. 2008 report 0.42).
    partition = louvain_communities(nx.karate_club_graph(), weight=None, seed=0)
    assert partition.modularity == pytest.approx(0.4188, abs=0.003)


def test_same_seed_same_partition_and_numbered_by_size() -> None:
    G = nx.les_miserables_graph()
    first, second = louvain_communities(G, seed=4), louvain_communities(G, seed=4)
    assert dict(first) == dict(second) and first.method == "louvain seed=4"
    sizes = [len(group) for group in first.communities()]
    assert sizes == sorted(sizes, reverse=True)


def test_modularity_equals_networkx_with_resolution() -> None:
    G = nx.karate_club_graph()
    partition = louvain_communities(G, seed=0, resolution=1.5)
    expected = nx.community.modularity(G, partition.communities(), resolution=1.5)
    assert partition.modularity == pytest.approx(expected, abs=1e-9)
    assert modularity(G, partition, resolution=1.5) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("G", [nx.Graph(), nx.empty_graph(4)], ids=["empty", "no-edges"])
def test_graphs_without_edges(G: nx.Graph) -> None:
    partition = louvain_communities(G)
    assert len(partition.communities()) == len(G)
    assert partition.modularity == 0.0
