"""POST /projects: keyed, validated, idempotent; the project then shows in SDG, field and city reads."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

PROJECT: dict[str, Any] = {
    "id": "design-exchange-test",
    "name": "Design cities exchange (test record)",
    "kind": "exchange",
    "year": 2019,
    "network": "uccn",
    "cities": [{"city": "id-bandung", "role": "host"}, {"city": "jp-kobe"}],
    "fields": ["design"],
    "sdgs": [11, 17],
    "source": {"id": "test-source", "title": "A test source", "url": "https://example.org/test"},
}


def test_posting_twice_stores_one_project_linked_everywhere(writable: TestClient) -> None:
    first = writable.post("/projects", json=PROJECT)
    assert first.status_code == 201 and first.json()["created"] is True
    card = first.json()["project"]
    assert [(c["id"], c["role"]) for c in card["cities"]] == [("id-bandung", "host"), ("jp-kobe", None)]
    assert [f["id"] for f in card["fields"]] == ["design"]
    assert [g["number"] for g in card["sdgs"]] == [11, 17]
    assert [s["id"] for s in card["sources"]] == ["test-source"]
    again = writable.post(
        "/projects", json={**PROJECT, "name": "Design cities exchange", "source": "test-source"}
    )
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["project"]["name"] == "Design cities exchange"
    assert writable.get("/projects", params={"network": "uccn"}).json()["count"] == 1
    sdg = writable.get("/sdgs/11/projects").json()
    assert [p["id"] for p in sdg["data"]] == ["design-exchange-test"] and sdg["count"] == 1
    assert writable.get("/sdgs").json()["data"][16]["projects"] == 1
    assert writable.get("/projects", params={"field": "design", "sdg": 17}).json()["count"] == 1
    partners = writable.get("/cities/id-bandung/partners", params={"kind": "project"}).json()
    assert [(p["city"]["id"], p["reasons"][0]["detail"]) for p in partners["data"]] == [
        ("jp-kobe", "Design cities exchange (2019)")
    ]
    assert writable.get("/cities/jp-kobe").json()["sdgs"] == [11, 17]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cities": []}, "cities"),
        ({"sdgs": [18]}, "sdgs"),
        ({"kind": "party"}, "kind"),
        ({"id": "Not A Slug"}, "id"),
        ({"colour": "blue"}, "colour"),  # unknown body fields are refused (a typo would lose data)
    ],
)
def test_bad_bodies_are_422_naming_the_field(
    writable: TestClient, change: dict[str, Any], field: str
) -> None:
    response = writable.post("/projects", json={**PROJECT, **change})
    assert response.status_code == 422, response.json()
    assert any(error["loc"][:2] == ["body", field] for error in response.json()["detail"])
    assert writable.get("/projects/design-exchange-test").status_code == 404  # nothing half-written


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cities": [{"city": "id-bandung"}, {"city": "id-atlantis"}]}, "cities"),
        ({"network": "iccn"}, "network"),
        ({"fields": ["film"]}, "fields"),
        ({"source": "no-such-source"}, "source"),
    ],
)
def test_unknown_ids_are_404_naming_the_field(
    writable: TestClient, change: dict[str, Any], field: str
) -> None:
    response = writable.post("/projects", json={**PROJECT, **change})
    assert response.status_code == 404
    assert response.json()["field"] == field
    assert writable.get("/projects/design-exchange-test").status_code == 404  # the transaction rolled back


def test_project_writes_need_the_key(writable: TestClient) -> None:
    assert writable.post("/projects", json=PROJECT, headers={"X-API-Key": "nope"}).status_code == 401
