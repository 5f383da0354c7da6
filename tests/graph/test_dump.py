"""Copying a graph between stores (``citygraph export-neo4j``): everything arrives, through the loader.

The source is always the embedded store (what the command reads); the target is each backend in
turn, so the Neo4j half runs whenever NEO4J_URI is set.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from graph.dump import copy_graph, counts, dump, dump_query
from graph.load import SeedError, load_seed
from graph.model import (
    City,
    Country,
    CreativeField,
    FieldCorrespondence,
    ProjectField,
    ProjectSdg,
    Record,
    Sdg,
    Source,
)
from graph.seedfiles import SEED_FILES
from graph.store import GraphStore
from graph.store.embedded import EmbeddedStore
from graph.text import search_names
from tests.conftest import FIXTURE_SEED

# Written after the seed, as the API writes: validated records through the named load queries.
LATER_WRITES: list[tuple[str, Record]] = [
    (
        "load_sources",
        Source(
            id="un-sdgs", title="The 17 Goals", url="https://sdgs.un.org/goals", published=date(2015, 9, 25)
        ),
    ),
    (
        "load_fields",
        CreativeField(
            id="bekraf-kuliner", name="Culinary", name_id="Kuliner", scheme="bekraf", sources=["wccf"]
        ),
    ),
    (
        "load_field_correspondences",
        FieldCorrespondence(field="bekraf-kuliner", uccn_field="design", sources=["wccf"]),
    ),
    (
        "load_sdgs",
        Sdg(number=11, title="Make cities inclusive", short_title="Sustainable Cities", sources=["un-sdgs"]),
    ),
    (
        "load_cities",
        City(
            id="id-surakarta",
            name="Surakarta",
            alt_names=["Solo"],
            country="ID",
            lat=-7.5561,
            lon=110.8317,
            sources=["unesco-uccn"],
        ),
    ),
    ("load_project_fields", ProjectField(project="wccf-lep-3-public-art", field="design", sources=["wccf"])),
    ("load_project_sdgs", ProjectSdg(project="wccf-lep-3-public-art", sdg=11, sources=["un-sdgs"])),
]


def _write(store: GraphStore, query: str, record: Record) -> None:
    row = record.model_dump()
    if isinstance(record, City):
        row["search_names"] = search_names([record.name, *record.alt_names])
    store.run(query, {"rows": [row]})


@pytest.fixture
def source(tmp_path: Path) -> Iterator[GraphStore]:
    """An embedded store with the fixture seed and some later writes in every seed file's shape."""
    store = EmbeddedStore(tmp_path / "source.kgl")
    load_seed(store, FIXTURE_SEED)
    for query, record in LATER_WRITES:
        _write(store, query, record)
    yield store
    store.close()


def test_every_dump_query_returns_every_column_of_its_seed_file(source: GraphStore) -> None:
    records = dump(source)
    for seed_file in SEED_FILES:
        assert records.records[seed_file.name], f"the source fills {seed_file.name}"
        rows = source.run(dump_query(seed_file))
        assert list(rows[0]) == list(seed_file.model.model_fields), seed_file.name


def test_a_copy_holds_every_node_relationship_and_property(
    source: GraphStore, empty_store: GraphStore
) -> None:
    report = copy_graph(source, empty_store)
    assert report.missing() == []
    assert counts(empty_store) == counts(source)
    for seed_file in SEED_FILES:
        assert empty_store.run(dump_query(seed_file)) == source.run(dump_query(seed_file)), seed_file.name
    # Derived data is rebuilt on the way: the later city is found by its other name.
    assert [row["city"]["id"] for row in empty_store.run("city_search", {"text": "solo", "limit": 5})] == [
        "id-surakarta"
    ]


def test_copying_twice_changes_nothing(source: GraphStore, empty_store: GraphStore) -> None:
    copy_graph(source, empty_store)
    first = counts(empty_store)
    copy_graph(source, empty_store)
    assert counts(empty_store) == first


def test_reset_makes_the_target_equal_to_the_source(source: GraphStore, empty_store: GraphStore) -> None:
    _write(empty_store, "load_countries", Country(iso2="FR", name="France"))
    copy_graph(source, empty_store)
    assert counts(empty_store) != counts(source)  # the stray node is still there
    copy_graph(source, empty_store, reset=True)
    assert counts(empty_store) == counts(source)


def test_a_record_that_breaks_the_contract_stops_the_copy_before_writing(
    source: GraphStore, empty_store: GraphStore
) -> None:
    source.run("load_twinnings", {"rows": [{"city_a": "jp-kobe", "city_b": "id-surakarta", "kind": "twin"}]})
    with pytest.raises(SeedError, match=r"dump_twinnings row:\d+: sources: "):
        copy_graph(source, empty_store)
    assert empty_store.run("count_totals") == [{"nodes": 0, "relationships": 0}]
