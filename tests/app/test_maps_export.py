"""Maps and exports over HTTP: pages, files, and errors that name what was wrong."""

from __future__ import annotations

import io
import json
import zipfile

import networkx as nx
import pytest
from fastapi.testclient import TestClient


def _data(page: str) -> dict[str, object]:
    block = page.split('<script type="application/json" id="map-data">', 1)[1].split("</script>", 1)[0]
    result: dict[str, object] = json.loads(block)
    return result


def test_network_map_is_a_standalone_page(client: TestClient) -> None:
    response = client.get("/maps/network.html", params={"projection": "all", "layout": "geo"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    data = _data(response.text)
    assert len(data["nodes"]) == 13  # type: ignore[arg-type]
    assert data["layout"] == "geo"


def test_network_map_filters_and_ego_network(client: TestClient) -> None:
    data = _data(client.get("/maps/network.html", params={"country": "ID"}).text)
    assert {node["id"] for node in data["nodes"]} == {"id-bandung", "id-jakarta"}  # type: ignore[attr-defined]
    ego = _data(client.get("/maps/network.html", params={"center": "id-bandung", "depth": 1}).text)
    assert {node["id"] for node in ego["nodes"]} == {"id-bandung", "de-braunschweig", "kr-suwon"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("params", "status", "named"),
    [
        ({"center": "xx-nowhere"}, 404, "xx-nowhere"),
        ({"size_by": "charm"}, 422, "charm"),
        ({"layout": "spiral"}, 422, "spiral"),
        ({"projection": "tourism"}, 422, "tourism"),
    ],
)
def test_network_map_errors(client: TestClient, params: dict[str, str], status: int, named: str) -> None:
    response = client.get("/maps/network.html", params=params)
    assert response.status_code == status
    assert named in response.text


def test_path_map_highlights_the_path(client: TestClient) -> None:
    response = client.get(
        "/maps/path.html", params={"from": "de-braunschweig", "to": "kr-suwon", "via": "twinning"}
    )
    assert response.status_code == 200
    data = _data(response.text)
    on_path = {node["id"] for node in data["nodes"] if node["path"]}  # type: ignore[attr-defined]
    assert on_path == {"de-braunschweig", "id-bandung", "kr-suwon"}
    labelled = [edge["label"] for edge in data["edges"] if edge["path"]]  # type: ignore[attr-defined]
    assert len(labelled) == 2 and all(labelled)


@pytest.mark.parametrize(
    ("params", "status", "named"),
    [
        ({"from": "xx-nowhere", "to": "kr-suwon"}, 404, "xx-nowhere"),
        ({"from": "id-bandung", "to": "kr-suwon", "via": "gossip"}, 422, "gossip"),
        ({"from": "id-bandung", "to": "us-seattle", "via": "project"}, 404, "no path"),
    ],
)
def test_path_map_errors(client: TestClient, params: dict[str, str], status: int, named: str) -> None:
    response = client.get("/maps/path.html", params=params)
    assert response.status_code == status
    assert named in response.text


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "csv", "json"])
def test_export_serves_each_format(client: TestClient, fmt: str) -> None:
    response = client.get(f"/export/{fmt}", params={"projection": "twinning"})
    assert response.status_code == 200
    assert "citygraph-twinning." in response.headers["content-disposition"]
    raw = response.content
    if fmt == "csv":
        nodes = zipfile.ZipFile(io.BytesIO(raw)).read("nodes.csv").decode().splitlines()
        assert len(nodes) == 14
        return
    reader = {
        "gexf": lambda: nx.read_gexf(io.BytesIO(raw)),
        "graphml": lambda: nx.read_graphml(io.BytesIO(raw)),
        "json": lambda: nx.node_link_graph(json.loads(raw), edges="edges"),
    }[fmt]
    graph = reader()
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (13, 5)


def test_export_filters(client: TestClient) -> None:
    raw = client.get("/export/json", params={"projection": "all", "network": "wccf"}).content
    assert {node["id"] for node in json.loads(raw)["nodes"]} == {"gb-london", "id-jakarta", "it-milan"}


def test_unknown_export_format_is_a_404_naming_it(client: TestClient) -> None:
    response = client.get("/export/xlsx")
    assert response.status_code == 404
    assert "xlsx" in response.json()["detail"]


def test_an_empty_selection_still_gives_a_page_and_files(client: TestClient) -> None:
    page = client.get("/maps/network.html", params={"country": "ZZ"})
    assert page.status_code == 200 and _data(page.text)["nodes"] == []
    for fmt in ("gexf", "graphml", "csv", "json"):
        assert client.get(f"/export/{fmt}", params={"country": "ZZ"}).status_code == 200, fmt
