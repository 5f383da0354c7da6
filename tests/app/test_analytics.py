"""The analytics endpoints over the fixture graph: answers checked against NetworkX."""

from __future__ import annotations

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from graph.project import build
from graph.store import GraphStore


def test_centrality_ranks_cities_with_networkx_scores(client: TestClient, seeded_store: GraphStore) -> None:
    response = client.get(
        "/analytics/centrality", params={"metric": "betweenness", "projection": "all", "top": 5}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["metric"], body["projection"], body["method"]) == ("betweenness", "all", "exact")
    expected = nx.betweenness_centrality(build(seeded_store, "all"))
    assert body["count"] == len(expected)
    assert len(body["data"]) == 5
    for row in body["data"]:
        assert row["score"] == pytest.approx(expected[row["city"]["id"]], abs=1e-9)
        assert row["rank"] == 1 + sum(1 for value in expected.values() if value > row["score"] + 1e-12)
    assert body["data"][0]["city"]["name"] and body["data"][0]["city"]["country"]


@pytest.mark.parametrize("metric", ["degree", "betweenness", "closeness", "eigenvector", "pagerank"])
def test_every_metric_answers(client: TestClient, metric: str) -> None:
    response = client.get("/analytics/centrality", params={"metric": metric, "projection": "twinning"})
    assert response.status_code == 200, response.text
    scores = [row["score"] for row in response.json()["data"]]
    assert scores == sorted(scores, reverse=True)


def test_filters_narrow_the_projection(client: TestClient) -> None:
    response = client.get("/analytics/centrality", params={"metric": "degree", "country": "ID"})
    assert {row["city"]["id"] for row in response.json()["data"]} == {"id-bandung", "id-jakarta"}


def test_communities_cover_every_city_once(client: TestClient, seeded_store: GraphStore) -> None:
    body = client.get("/analytics/communities", params={"projection": "all", "seed": 3}).json()
    graph = build(seeded_store, "all")
    members = [city["id"] for community in body["data"] for city in community["members"]]
    assert sorted(members) == sorted(graph)
    assert body["method"] == "louvain seed=3"
    assert body["count"] == len(body["data"])
    assert [c["size"] for c in body["data"]] == sorted((c["size"] for c in body["data"]), reverse=True)


def test_communities_cap_members_and_count(client: TestClient) -> None:
    body = client.get("/analytics/communities", params={"projection": "all", "limit": 1, "members": 2}).json()
    assert len(body["data"]) == 1 and len(body["data"][0]["members"]) == 2
    assert body["data"][0]["truncated"] is (body["data"][0]["size"] > 2)


def test_stats_match_networkx(client: TestClient, seeded_store: GraphStore) -> None:
    body = client.get("/analytics/stats", params={"projection": "all"}).json()
    graph = build(seeded_store, "all")
    assert (body["nodes"], body["edges"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert body["components"] == nx.number_connected_components(graph)
    assert body["transitivity"] == pytest.approx(nx.transitivity(graph), abs=1e-9)
    assert body["methods"]["mean_path_length"] == "exact"


@pytest.mark.parametrize("params", [{"country": "ZZ"}, {"since": 2000, "until": 1990}])
def test_an_empty_projection_is_not_an_error(client: TestClient, params: dict[str, object]) -> None:
    for path in ("/analytics/centrality", "/analytics/communities", "/analytics/stats"):
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, response.text)


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/analytics/centrality", {"metric": "fame"}, "metric"),
        ("/analytics/centrality", {"projection": "friends"}, "projection"),
        ("/analytics/centrality", {"top": 0}, "top"),
        ("/analytics/centrality", {"top": 100_000}, "top"),
        ("/analytics/centrality", {"country": "IDN"}, "country"),
        ("/analytics/communities", {"seed": -1}, "seed"),
        ("/analytics/communities", {"members": 5000}, "members"),
        ("/analytics/stats", {"since": "soon"}, "since"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(
    client: TestClient, path: str, params: dict[str, object], name: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["query", name]]


def test_repeated_requests_come_from_the_cache(client: TestClient) -> None:
    analytics = client.app.state.analytics  # type: ignore[attr-defined]
    params = {"metric": "closeness", "projection": "field"}
    first = client.get("/analytics/centrality", params=params).json()
    size = len(analytics._cache)
    assert client.get("/analytics/centrality", params=params).json() == first
    assert len(analytics._cache) == size
