"""Writes outside the seed: idempotent, all-or-nothing, and visible to cached projections."""

from __future__ import annotations

import pytest

from graph import writes
from graph.load import load_seed
from graph.model import Participation, Project, Source, Twinning
from graph.project import Projector
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


@pytest.fixture
def store(empty_store: GraphStore) -> GraphStore:
    load_seed(empty_store, FIXTURE_SEED)
    return empty_store


def test_twinning_bumps_the_version_and_projections_see_it(store: GraphStore) -> None:
    projector = Projector(store)
    assert not projector.get("twinning").has_edge("jp-kobe", "kr-suwon")
    before = store.version
    row, created = writes.add_twinning(store, Twinning(city_a="jp-kobe", city_b="kr-suwon", sources=["wccf"]))
    assert created and row["sources"] == ["wccf"]
    assert store.version > before
    assert projector.get("twinning").has_edge("jp-kobe", "kr-suwon")


def test_the_same_twinning_twice_is_one_relationship_with_both_sources(store: GraphStore) -> None:
    pair = Twinning(city_a="gb-edinburgh", city_b="pl-krakow", since=1995, sources=["unesco-uccn"])
    row, created = writes.add_twinning(store, pair)
    assert not created  # the fixture already holds Edinburgh–Kraków
    assert row["sources"] == ["unesco-uccn", "wikidata-p190", "wikipedia-twin-towns"]
    count = store.run("count_relationship_types")
    writes.add_twinning(store, pair)
    assert store.run("count_relationship_types") == count


def test_unknown_references_are_found_before_anything_is_written(store: GraphStore) -> None:
    totals = store.run("count_totals")
    new_source = Source(id="new-source", title="New", url="https://example.org")
    project = Project(id="half-written", name="Half", kind="event", network="iccn", sources=["new-source"])
    joined = [Participation(project="half-written", city="jp-kobe", sources=["new-source"])]
    with pytest.raises(writes.UnknownReference) as raised:  # no ICCN in the fixture
        writes.add_project(store, project, joined, new_source=new_source)
    assert raised.value.field == "network"
    assert store.run("count_totals") == totals
    assert store.run("sources_by_ids", {"ids": ["new-source"]}) == []


def test_a_source_id_taken_by_another_source_is_a_conflict(store: GraphStore) -> None:
    other = Source(id="wccf", title="Not the WCCF page", url="https://example.org")
    with pytest.raises(writes.SourceConflict):
        writes.add_twinning(store, Twinning(city_a="jp-kobe", city_b="kr-suwon", sources=["wccf"]), other)
