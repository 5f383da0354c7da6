"""API clients over real stores seeded with ``tests/fixtures/seed_api`` (the fixture seed plus SDGs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.load import load_seed
from graph.settings import Settings
from graph.store import GraphStore
from tests.conftest import BACKENDS, _open_empty, open_seeded, reload_if_replaced

API_SEED = Path(__file__).parents[1] / "fixtures" / "seed_api"
API_KEY = "test-key-0123456789"


@pytest.fixture(scope="module", params=BACKENDS)
def api_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GraphStore]:
    """A store with the API seed; tests that use it only read."""
    store = open_seeded(request.param, tmp_path_factory.mktemp("api"), API_SEED)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _reload_api_store(request: pytest.FixtureRequest) -> None:
    if "api_store" in request.fixturenames:
        reload_if_replaced(request.getfixturevalue("api_store"), API_SEED)


@pytest.fixture(scope="module")
def api(api_store: GraphStore) -> Iterator[TestClient]:
    """The API over the read-only API seed, writes disabled (no key set)."""
    with TestClient(create_app(Settings(api_key=None), store=api_store)) as test_client:
        yield test_client


@pytest.fixture(params=BACKENDS)
def writable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    """A fresh store with the API seed and an API key, for one test that writes."""
    store = _open_empty(request.param, tmp_path)
    load_seed(store, API_SEED)
    with TestClient(create_app(Settings(api_key=API_KEY), store=store)) as test_client:
        test_client.headers["X-API-Key"] = API_KEY
        yield test_client
    store.close()
