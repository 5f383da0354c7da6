"""Failures map to clear answers: store errors 503, timeouts 504, anything else a bare 500 with no leak."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.main import create_app
from graph.load import load_seed
from graph.settings import Settings
from graph.store import QueryTimeout, StoreError
from graph.store.embedded import EmbeddedStore
from tests.app.conftest import API_SEED


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    store = EmbeddedStore(tmp_path / "g.kgl")
    load_seed(store, API_SEED)
    application = create_app(Settings(), store=store)
    yield application
    store.close()


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (QueryTimeout("query 'x' timed out"), 504),
        (StoreError("MATCH (secret) failed"), 503),
        (RuntimeError("internal detail /etc/passwd"), 500),
    ],
)
def test_errors_map_to_statuses_without_leaking(app: FastAPI, error: Exception, status: int) -> None:
    @app.get("/boom")
    def boom() -> None:
        raise error

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == status
    assert "secret" not in response.text and "passwd" not in response.text


def test_openapi_documents_every_endpoint(app: FastAPI) -> None:
    with TestClient(app) as client:
        schema = client.get("/openapi.json").json()
        assert client.get("/docs").status_code == 200
    expected = {
        "/health", "/cities", "/cities/{city_id}", "/cities/{city_id}/partners", "/paths", "/networks",
        "/networks/{network_id}", "/networks/{network_id}/members", "/fields", "/fields/{field_id}/cities",
        "/sdgs", "/sdgs/{number}/projects", "/projects", "/projects/{project_id}", "/sources/{source_id}",
        "/twinnings",
    }  # fmt: skip
    assert expected <= set(schema["paths"])
    for name, model in schema["components"]["schemas"].items():
        if name.endswith("Public") or name.endswith("Create"):
            for field, spec in model.get("properties", {}).items():
                assert "description" in spec or "$ref" in spec or "allOf" in spec, f"{name}.{field}"


def test_an_unreachable_neo4j_gives_503_quickly() -> None:
    # A real Neo4j store whose server is not there (nothing listens on port 1 of the loopback).
    from graph.store.neo4j import Neo4jStore

    store = Neo4jStore("bolt://127.0.0.1:1", "neo4j", "unused", "neo4j", timeout_ms=300)
    try:
        with TestClient(create_app(Settings(api_key="k"), store=store)) as client:
            started = time.monotonic()
            response = client.get("/cities/id-bandung")
            assert response.status_code == 503
            assert time.monotonic() - started < 10  # driver retries stop within the query limit
            write = client.post(
                "/twinnings",
                json={"city_a": "id-bandung", "city_b": "jp-kobe", "source": "wccf"},
                headers={"X-API-Key": "k"},
            )
            assert write.status_code == 503
    finally:
        store.close()
