"""Real stores for the tests: the embedded one always, Neo4j too when NEO4J_URI is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.load import load_seed
from graph.store import GraphStore

FIXTURE_SEED = Path(__file__).parent / "fixtures" / "seed"
BACKENDS = ["embedded", "neo4j"]

# Every Neo4j fixture shares one database (Community Edition has one), so an ``empty_store`` test
# (or another seed's fixture) replaces the graph a module's seeded store loaded; its totals
# right after loading tell the next test that reads it to reload it.
_loaded_totals: dict[tuple[str, Path], Any] = {}


def _open_empty(backend: str, directory: Path) -> GraphStore:
    if backend == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set: the Neo4j suite needs a Neo4j 5 server")
        from graph.store.neo4j import Neo4jStore

        store: GraphStore = Neo4jStore(
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
            os.environ.get("NEO4J_DATABASE", "neo4j"),
        )
        store.run("delete_all")
        return store
    from graph.store.embedded import EmbeddedStore

    return EmbeddedStore(directory / "citygraph.kgl")


def open_seeded(backend: str, directory: Path, seed_dir: Path) -> GraphStore:
    """A store of ``backend`` loaded with the seed in ``seed_dir``."""
    store = _open_empty(backend, directory)
    load_seed(store, seed_dir)
    _loaded_totals[(store.kind, seed_dir)] = store.run("count_totals")
    return store


def reload_if_replaced(store: GraphStore, seed_dir: Path) -> None:
    """On Neo4j, load ``seed_dir`` again when another test replaced the graph since it was loaded."""
    if store.kind == "neo4j" and store.run("count_totals") != _loaded_totals.get((store.kind, seed_dir)):
        store.run("delete_all")
        load_seed(store, seed_dir)


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A store with nothing in it."""
    store = _open_empty(request.param, tmp_path)
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def seeded_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GraphStore]:
    """A store loaded with the small fixture seed (real rows); tests must not write to it."""
    store = open_seeded(request.param, tmp_path_factory.mktemp("seeded"), FIXTURE_SEED)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _reload_seeded_store(request: pytest.FixtureRequest) -> None:
    if "seeded_store" in request.fixturenames:
        reload_if_replaced(request.getfixturevalue("seeded_store"), FIXTURE_SEED)


@pytest.fixture(scope="module")
def client(seeded_store: GraphStore) -> Iterator[TestClient]:
    """The API over the seeded fixture store; a context manager, so the lifespan runs."""
    with TestClient(create_app(store=seeded_store)) as test_client:
        yield test_client
