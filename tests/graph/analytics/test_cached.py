"""Analytics results are cached per store version, projection, filters and parameters."""

from __future__ import annotations

import itertools

import pytest

from graph.analytics.cached import Analytics
from graph.load import load_seed
from graph.project import Filters, Projector, build
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


def test_results_are_reused_until_the_store_changes(empty_store: GraphStore) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    analytics = Analytics(Projector(empty_store))
    _, first = analytics.centrality("betweenness", "all")
    assert analytics.centrality("betweenness", "all")[1] is first
    assert analytics.centrality("betweenness", "all", seed=1)[1] is not first  # other parameters
    assert analytics.centrality("betweenness", "all", Filters(country="ID"))[1] is not first
    _, partition = analytics.communities("all", seed=2)
    assert analytics.communities("all", seed=2)[1] is partition
    load_seed(empty_store, FIXTURE_SEED)  # a write: new version
    assert analytics.centrality("betweenness", "all")[1] is not first
    assert analytics.centrality("betweenness", "all")[1] == first  # same data, same answer


def test_unknown_metric_is_refused(empty_store: GraphStore) -> None:
    with pytest.raises(ValueError, match="unknown metric"):
        Analytics(Projector(empty_store)).centrality("fame", "twinning")  # type: ignore[arg-type]


def test_filtered_projections_share_the_rows_of_one_version(empty_store: GraphStore) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    projector = Projector(empty_store)
    for filters in (Filters(), Filters(country="ID"), Filters(network="wccf"), Filters(until=1958)):
        for projection in ("twinning", "all"):
            cached = projector.get(projection, filters)
            fresh = build(empty_store, projection, filters)
            assert set(cached.nodes) == set(fresh.nodes)
            assert {tuple(sorted(e)) for e in cached.edges} == {tuple(sorted(e)) for e in fresh.edges}
    rows = projector._rows
    projector.get("twinning", Filters(country="JP"))
    assert projector._rows is rows  # same version: rows reused
    load_seed(empty_store, FIXTURE_SEED)
    projector.get("twinning", Filters(country="JP"))
    assert projector._rows is not rows and projector._rows.version == empty_store.version


def test_ranking_is_cached_with_the_scores(empty_store: GraphStore) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    analytics = Analytics(Projector(empty_store))
    _, scores, order = analytics.ranking("degree", "all")
    assert [node for node, _, _ in order] == sorted(scores, key=lambda node: (-round(scores[node], 12), node))
    assert order[0][2] == 1 and all(a[2] <= b[2] for a, b in itertools.pairwise(order))
    assert analytics.ranking("degree", "all")[2] is order
