"""POST /twinnings: keyed, validated, idempotent, and seen at once by reads and path search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.settings import Settings
from graph.store import GraphStore
from tests.app.conftest import API_KEY

# Kobe and Suwon are not twinned in the fixture; the source below is cited by id.
PAIR: dict[str, Any] = {
    "city_a": "kr-suwon",
    "city_b": "jp-kobe",
    "kind": "sister",
    "source": "wikidata-p190",
}


def test_posting_twice_stores_one_twinning(writable: TestClient) -> None:
    first = writable.post("/twinnings", json=PAIR)
    assert first.status_code == 201
    assert first.json() == {
        "city_a": "jp-kobe",  # stored in id order
        "city_b": "kr-suwon",
        "kind": "sister",
        "since": None,
        "sources": ["wikidata-p190"],
        "created": True,
    }
    again = writable.post("/twinnings", json={**PAIR, "since": 1990})
    assert again.status_code == 200 and again.json()["created"] is False and again.json()["since"] == 1990
    twins = [t for t in writable.get("/cities/jp-kobe").json()["twins"] if t["id"] == "kr-suwon"]
    assert len(twins) == 1 and twins[0]["since"] == 1990
    totals = writable.get("/health").json()
    assert writable.post("/twinnings", json=PAIR).status_code == 200
    assert writable.get("/health").json() == totals  # no new node or relationship


def test_a_write_is_seen_by_path_search(writable: TestClient) -> None:
    params = {"from": "kr-suwon", "to": "us-seattle", "via": "twinning"}
    before = writable.get("/paths", params=params).json()  # builds and caches the twinning graph
    assert before["paths"] == []  # Suwon's only twin, Bandung, has no twinning route to Seattle
    writable.post("/twinnings", json=PAIR)
    after = writable.get("/paths", params=params).json()
    assert after["paths"][0]["length"] == 2
    assert [h["to"] for h in after["paths"][0]["hops"]] == ["jp-kobe", "us-seattle"]


def test_a_new_source_object_is_created_with_the_twinning(writable: TestClient) -> None:
    source = {
        "id": "bandung-city-sister-cities",
        "title": "Sister cities of Bandung",
        "url": "https://example.org/bandung",
        "retrieved": "2026-01-05",
    }
    response = writable.post("/twinnings", json={**PAIR, "source": source})
    assert response.status_code == 201
    stored = writable.get("/sources/bandung-city-sister-cities").json()
    assert stored["retrieved"] == "2026-01-05" and stored["title"] == "Sister cities of Bandung"
    # The same object again is fine; the same id with other details is a conflict.
    assert writable.post("/twinnings", json={**PAIR, "source": source}).status_code == 200
    clash = writable.post("/twinnings", json={**PAIR, "source": {**source, "title": "Something else"}})
    assert clash.status_code == 409


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"city_b": "kr-suwon"}, "city_b"),  # a city cannot twin with itself
        ({"city_a": "Suwon"}, "city_a"),  # not an id
        ({"kind": "enemy"}, "kind"),
        ({"since": "long ago"}, "since"),
        ({"source": {"id": "x", "title": "T", "url": "ftp://x"}}, "source"),
    ],
)
def test_bad_bodies_are_422_naming_the_field(
    writable: TestClient, change: dict[str, Any], field: str
) -> None:
    response = writable.post("/twinnings", json={**PAIR, **change})
    assert response.status_code == 422, response.json()
    locations = [error["loc"] for error in response.json()["detail"]]
    assert any(loc[:2] == ["body", field] for loc in locations), locations


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"city_a": "kr-atlantis"}, "city_a"),
        ({"city_b": "jp-atlantis"}, "city_b"),
        ({"source": "no-such"}, "source"),
    ],
)
def test_unknown_ids_are_404_naming_the_field(
    writable: TestClient, change: dict[str, Any], field: str
) -> None:
    response = writable.post("/twinnings", json={**PAIR, **change})
    assert response.status_code == 404
    assert response.json()["field"] == field
    assert next(iter(change.values())) in response.json()["detail"]


def test_missing_source_is_422(writable: TestClient) -> None:
    body = {key: value for key, value in PAIR.items() if key != "source"}
    assert writable.post("/twinnings", json=body).json()["detail"][0]["loc"] == ["body", "source"]


def test_writes_need_the_key(writable: TestClient) -> None:
    assert writable.post("/twinnings", json=PAIR, headers={"X-API-Key": "wrong"}).status_code == 401
    del writable.headers["X-API-Key"]
    assert writable.post("/twinnings", json=PAIR).status_code == 401
    writable.headers["X-API-Key"] = API_KEY


def test_writes_are_off_without_a_configured_key(api: TestClient) -> None:
    response = api.post("/twinnings", json=PAIR, headers={"X-API-Key": "anything"})
    assert response.status_code == 403


def test_key_is_checked_before_the_body(api_store: GraphStore, tmp_path: Path) -> None:
    with TestClient(create_app(Settings(api_key=API_KEY), store=api_store)) as client:
        assert client.post("/twinnings", json={"nonsense": True}).status_code == 401
