"""k shortest paths: checked against the store's own shortest path and against the seed's links."""

from __future__ import annotations

import itertools

import pytest

from graph import paths
from graph.kpaths import PathFinder
from graph.store import GraphStore, QueryTimeout

VIAS = [("twinning",), ("membership",), ("twinning", "designation"), ("twinning", "membership", "project")]


@pytest.mark.parametrize("via", VIAS)
def test_first_path_is_as_short_as_the_stores(seeded_store: GraphStore, via: tuple[str, ...]) -> None:
    finder = PathFinder(seeded_store)
    cities = [row["id"] for row in seeded_store.run("city_ids")]
    for source, target in itertools.combinations(cities, 2):
        expected = paths.shortest_path(seeded_store, source, target, via)
        found = finder.paths(source, target, via, k=1)
        assert (found[0].length if found else None) == (expected.length if expected else None), (
            source,
            target,
        )


def test_alternatives_are_distinct_simple_and_in_order(seeded_store: GraphStore) -> None:
    found = PathFinder(seeded_store).paths(
        "id-jakarta", "it-milan", ["membership", "project", "designation"], k=5
    )
    routes = [tuple(hop.to_id for hop in path.hops) for path in found]
    assert len(set(routes)) == len(routes) == 5
    # Four two-hop routes (both networks, the LEP project, UCCN Literature), then a longer one.
    assert [path.length for path in found][:4] == [2, 2, 2, 2]
    assert found[4].length == 4
    assert {route[0] for route in routes[:4]} == {"uccn", "wccf", "wccf-lep-3-public-art", "literature"}
    for route in routes:
        assert len(set(route)) == len(route)  # loop-free
    for path in found:
        assert path.hops[0].from_id == "id-jakarta" and path.hops[-1].to_id == "it-milan"
        assert all(a.to_id == b.from_id for a, b in itertools.pairwise(path.hops))


def test_every_hop_is_a_real_explained_relationship(seeded_store: GraphStore) -> None:
    found = PathFinder(seeded_store).paths("us-seattle", "id-bandung", ["twinning", "designation"], k=2)
    assert [(h.from_id, h.to_id, h.detail) for h in found[0].hops] == [
        ("us-seattle", "jp-kobe", "sister city since 1957"),
        ("jp-kobe", "design", "UCCN Design 2008"),
        ("design", "id-bandung", "UCCN Design 2015"),
    ]
    assert [(h.from_label, h.to_label) for h in found[0].hops][1] == ("City", "CreativeField")
    # The only other loop-free route: Seattle and Barcelona share UCCN Literature, Barcelona is Kobe's twin.
    assert len(found) == 2
    assert [h.to_id for h in found[1].hops] == [
        "literature",
        "es-barcelona",
        "jp-kobe",
        "design",
        "id-bandung",
    ]


def test_max_hops_and_missing_paths(seeded_store: GraphStore) -> None:
    finder = PathFinder(seeded_store)
    assert finder.paths("us-seattle", "id-bandung", ["twinning", "designation"], max_hops=2) == []
    assert finder.paths("us-seattle", "id-bandung", ["twinning"]) == []
    assert finder.paths("us-seattle", "xx-nowhere", ["twinning"]) == []


def test_limits_are_refused(seeded_store: GraphStore) -> None:
    finder = PathFinder(seeded_store)
    with pytest.raises(ValueError, match="k must be"):
        finder.paths("id-bandung", "jp-kobe", ["twinning"], k=6)
    with pytest.raises(ValueError, match="max_hops"):
        finder.paths("id-bandung", "jp-kobe", ["twinning"], max_hops=9)
    with pytest.raises(ValueError, match="unknown relation kind"):
        finder.paths("id-bandung", "jp-kobe", ["telepathy"])


def test_graph_is_cached_until_the_store_changes(seeded_store: GraphStore) -> None:
    finder = PathFinder(seeded_store)
    first = finder.graph(["twinning"])
    assert finder.graph(["twinning"]) is first
    seeded_store._version += 1  # what any write does; nothing is written to the shared store
    try:
        assert finder.graph(["twinning"]) is not first
    finally:
        seeded_store._version -= 1


def test_a_search_past_its_time_limit_times_out(seeded_store: GraphStore) -> None:
    finder = PathFinder(seeded_store, timeout_ms=0)
    # The first path is always returned in time to be checked; asking for more than one overruns.
    assert len(finder.paths("id-jakarta", "it-milan", ["membership"], k=1)) == 1
    with pytest.raises(QueryTimeout):
        finder.paths("id-jakarta", "it-milan", ["membership", "project"], k=3)
