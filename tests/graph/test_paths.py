"""Collaboration paths: the store's answers checked against NetworkX on the fixture graph."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from graph import paths
from graph.load import read_seed
from graph.model import Membership, Twinning
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


def _reference_graph(via: set[str]) -> nx.Graph:
    """The fixture's cities, networks and their links, built straight from the seed rows."""
    seed = read_seed(FIXTURE_SEED)
    graph = nx.Graph()
    graph.add_nodes_from(city.id for city in seed.records["cities.csv"])
    if "twinning" in via:
        for pair in seed.records["twinnings.csv"]:
            assert isinstance(pair, Twinning)
            graph.add_edge(pair.city_a, pair.city_b)
    if "membership" in via:
        for member in seed.records["memberships.csv"]:
            assert isinstance(member, Membership)
            graph.add_edge(member.city, "network:" + member.network)
    return graph


@pytest.mark.parametrize("via", [("twinning",), ("membership",), ("twinning", "membership")])
def test_path_lengths_match_networkx(seeded_store: GraphStore, via: tuple[str, ...]) -> None:
    reference = _reference_graph(set(via))
    cities = sorted(node for node in reference if not node.startswith("network:"))
    for source, target in itertools.combinations(cities, 2):
        found = paths.shortest_path(seeded_store, source, target, via)
        try:
            expected: int | None = nx.shortest_path_length(reference, source, target)
        except nx.NetworkXNoPath:
            expected = None
        assert (found.length if found else None) == expected, f"{source} → {target} via {via}"


def test_every_hop_is_explained(seeded_store: GraphStore) -> None:
    found = paths.shortest_path(seeded_store, "us-seattle", "id-bandung", ["twinning", "designation"])
    assert found is not None
    assert [(hop.from_id, hop.to_id) for hop in found.hops] == [
        ("us-seattle", "jp-kobe"),
        ("jp-kobe", "design"),
        ("design", "id-bandung"),
    ]
    assert [hop.detail for hop in found.hops] == [
        "sister city since 1957",
        "UCCN Design 2008",
        "UCCN Design 2015",
    ]
    assert found.hops[0].sources == ["wikidata-p190", "wikipedia-twin-towns"]


def test_project_hops_name_the_project(seeded_store: GraphStore) -> None:
    found = paths.shortest_path(seeded_store, "id-jakarta", "it-milan", ["project"])
    assert found is not None
    assert found.hops[0].detail.startswith("Jakarta takes part in WCCF Leadership Exchange Programme")
    assert found.hops[1].detail.startswith("Milan takes part in")


def test_max_hops_cuts_longer_paths(seeded_store: GraphStore) -> None:
    assert (
        paths.shortest_path(seeded_store, "us-seattle", "id-bandung", ["twinning", "designation"], 2) is None
    )


def test_a_city_is_zero_hops_from_itself(seeded_store: GraphStore) -> None:
    found = paths.shortest_path(seeded_store, "jp-kobe", "jp-kobe", ["twinning"])
    assert found is not None
    assert found.length == 0


def test_unknown_relation_kinds_and_hop_limits_are_refused(seeded_store: GraphStore) -> None:
    with pytest.raises(ValueError, match="unknown relation kind"):
        paths.shortest_path(seeded_store, "id-bandung", "jp-kobe", ["friendship"])
    with pytest.raises(ValueError, match="max_hops"):
        paths.shortest_path(seeded_store, "id-bandung", "jp-kobe", ["twinning"], 9)
