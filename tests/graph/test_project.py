"""Projections of the fixture graph into NetworkX, their filters and their cache."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.load import load_seed, read_seed
from graph.model import Designation, Twinning
from graph.project import Filters, Projector, build
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


def test_twinning_projection_has_every_pair_with_its_sources(seeded_store: GraphStore) -> None:
    graph = build(seeded_store, "twinning")
    pairs = [row for row in read_seed(FIXTURE_SEED).records["twinnings.csv"] if isinstance(row, Twinning)]
    assert graph.number_of_edges() == len(pairs)
    for pair in pairs:
        assert graph.edges[pair.city_a, pair.city_b]["sources"] == sorted(pair.sources)
    assert graph.nodes["jp-kobe"]["fields"] == ["uccn:design"]


def test_field_projection_links_cities_designated_in_the_same_field(seeded_store: GraphStore) -> None:
    graph = build(seeded_store, "field")
    designations = [
        d for d in read_seed(FIXTURE_SEED).records["designations.csv"] if isinstance(d, Designation)
    ]
    sizes: dict[str, int] = {}
    for designation in designations:
        sizes[designation.field] = sizes.get(designation.field, 0) + 1
    assert graph.number_of_edges() == sum(n * (n - 1) // 2 for n in sizes.values())
    assert graph.has_edge("id-bandung", "jp-kobe")
    assert not graph.has_edge("id-bandung", "gb-edinburgh")


def test_all_projection_is_the_weighted_union(seeded_store: GraphStore) -> None:
    union = build(seeded_store, "all")
    parts = [build(seeded_store, p) for p in ("twinning", "projects", "field")]
    assert set(union.edges) == set(nx.compose_all(parts).edges)
    # Jakarta and Milan share a project and the Literature designation: one edge, two kinds.
    assert sorted(union.edges["id-jakarta", "it-milan"]["kinds"]) == ["field", "project"]
    assert union.edges["id-jakarta", "it-milan"]["weight"] == 2


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(country="id"), {"id-bandung", "id-jakarta"}),
        (Filters(region="Eastern Asia"), {"jp-kobe", "kr-suwon"}),
        (Filters(field="design"), {"id-bandung", "jp-kobe"}),
        (Filters(network="wccf"), {"gb-london", "id-jakarta", "it-milan"}),
    ],
)
def test_city_filters(seeded_store: GraphStore, filters: Filters, expected: set[str]) -> None:
    assert set(build(seeded_store, "twinning", filters)) == expected


def test_year_filters_keep_only_dated_links_in_range(seeded_store: GraphStore) -> None:
    graph = build(seeded_store, "twinning", Filters(until=1958))
    assert list(graph.edges) == [("jp-kobe", "us-seattle")]


def test_unknown_projection_is_refused(seeded_store: GraphStore) -> None:
    with pytest.raises(ValueError, match="unknown projection"):
        build(seeded_store, "friends")  # type: ignore[arg-type]


def test_cache_is_reused_until_the_store_changes(empty_store: GraphStore) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    projector = Projector(empty_store)
    first = projector.get("twinning")
    assert projector.get("twinning") is first
    with pytest.raises(nx.NetworkXError):
        first.add_edge("a", "b")  # frozen: a cached projection cannot be changed by a caller
    load_seed(empty_store, FIXTURE_SEED)
    assert projector.get("twinning") is not first
