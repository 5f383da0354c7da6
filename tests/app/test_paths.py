"""GET /paths: shortest path plus alternatives, every hop explained; limits and errors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_shortest_then_alternatives_with_explained_hops(api: TestClient) -> None:
    params = {"from": "us-seattle", "to": "id-bandung", "via": "twinning,designation", "k": 3}
    body = api.get("/paths", params=params).json()
    assert [path["length"] for path in body["paths"]] == [3, 5]
    first = body["paths"][0]["hops"]
    assert [(h["from"], h["to"], h["relation"], h["detail"]) for h in first] == [
        ("us-seattle", "jp-kobe", "TWINNED_WITH", "sister city since 1957"),
        ("jp-kobe", "design", "DESIGNATED", "UCCN Design 2008"),
        ("design", "id-bandung", "DESIGNATED", "UCCN Design 2015"),
    ]
    assert first[1]["to_kind"] == "CreativeField"
    assert first[0]["sources"] == ["wikidata-p190", "wikipedia-twin-towns"]
    assert body["message"] is None


def test_k_one_gives_only_the_shortest(api: TestClient) -> None:
    params = {"from": "id-jakarta", "to": "it-milan", "via": "project", "k": 1}
    body = api.get("/paths", params=params).json()
    assert len(body["paths"]) == 1
    assert body["paths"][0]["hops"][0]["detail"].startswith("Jakarta takes part in WCCF Leadership")


@pytest.mark.parametrize(
    "params",
    [
        {"from": "us-seattle", "to": "id-bandung", "via": "twinning"},  # no twinning route at all
        {"from": "us-seattle", "to": "id-bandung", "via": "twinning,designation", "max_hops": 2},
    ],
)
def test_no_path_is_200_with_empty_paths_and_a_message(api: TestClient, params: dict[str, object]) -> None:
    response = api.get("/paths", params=params)
    assert response.status_code == 200
    assert response.json()["paths"] == []
    assert "no path" in response.json()["message"]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"from": "jp-kobe", "to": "id-bandung", "max_hops": 9}, "max_hops"),
        ({"from": "jp-kobe", "to": "id-bandung", "k": 6}, "k"),
        ({"from": "jp-kobe", "to": "id-bandung", "k": "many"}, "k"),
        ({"from": "jp-kobe", "to": "id-bandung", "via": "twinning,telepathy"}, "via"),
        ({"to": "id-bandung"}, "from"),
    ],
)
def test_bad_parameters_are_422_naming_them(api: TestClient, params: dict[str, object], name: str) -> None:
    response = api.get("/paths", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", name]


def test_a_city_reaches_itself_in_no_hops(api: TestClient) -> None:
    body = api.get("/paths", params={"from": "jp-kobe", "to": "jp-kobe"}).json()
    assert body["paths"] == [{"length": 0, "hops": []}]


def test_unknown_city_is_404_naming_the_end(api: TestClient) -> None:
    response = api.get("/paths", params={"from": "jp-kobe", "to": "id-bandug"})
    assert response.status_code == 404
    assert "'to' city" in response.json()["detail"]
    assert response.json()["suggestions"][0] == "id-bandung"
