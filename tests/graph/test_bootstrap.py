"""Start-up of a store (``citygraph serve``): schema always, seed only into an empty graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.bootstrap import prepare
from graph.dump import counts
from graph.load import SeedError, read_seed, total_rows
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


def test_an_empty_store_gets_the_schema_and_the_seed(empty_store: GraphStore) -> None:
    loaded = prepare(empty_store, FIXTURE_SEED)
    assert loaded == total_rows(read_seed(FIXTURE_SEED))
    assert {row["labels"][0] for row in empty_store.run("schema_constraints")} >= {"City", "Source"}
    assert empty_store.run("city_search", {"text": "bandung", "limit": 1})[0]["city"]["id"] == "id-bandung"


def test_a_store_with_data_is_left_as_it_is(empty_store: GraphStore, tmp_path: Path) -> None:
    prepare(empty_store, FIXTURE_SEED)
    empty_store.run("delete_all")
    empty_store.run("load_countries", {"rows": [{"iso2": "FR", "name": "France"}]})
    before = counts(empty_store)
    # Not even read: a missing seed is no error when nothing is to be loaded.
    assert prepare(empty_store, tmp_path / "no-seed-here") == 0
    assert counts(empty_store) == before


def test_an_empty_store_without_a_seed_is_an_error(empty_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="no seed found"):
        prepare(empty_store, tmp_path / "no-seed-here")
