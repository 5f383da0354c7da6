"""GET /health."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.store import GraphStore


def test_health_reports_the_store_and_its_size(client: TestClient, seeded_store: GraphStore) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    totals = seeded_store.run("count_totals")[0]
    assert response.json() == {"status": "ok", "store": seeded_store.kind, **totals}
