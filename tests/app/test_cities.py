"""GET /cities, /cities/{id}, /cities/{id}/partners on the API seed (known answers from its rows)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def _ids(body: dict[str, object]) -> list[str]:
    return [item["id"] for item in body["data"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bogota", ["co-bogota"]),  # Bogotá, accent ignored
        ("BOGOTÁ", ["co-bogota"]),
        ("cracow", ["pl-krakow"]),  # an alternate name
        ("kōbe", ["jp-kobe"]),
        ("london", ["ca-london", "gb-london"]),
        ("nowhere at all", []),
        ("?!", []),  # nothing left after folding: no match, not every city
    ],
)
def test_q_matches_names_and_alternate_names_ignoring_case_and_accents(
    api: TestClient, query: str, expected: list[str]
) -> None:
    body = api.get("/cities", params={"q": query}).json()
    assert _ids(body) == expected
    assert body["count"] == len(expected)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"network": "wccf"}, ["gb-london", "id-jakarta", "it-milan"]),
        ({"country": "id"}, ["id-bandung", "id-jakarta"]),
        ({"region": "asia"}, ["id-bandung", "id-jakarta", "jp-kobe", "kr-suwon"]),
        ({"region": "Northern America"}, ["ca-london", "us-seattle"]),
        ({"field": "design"}, ["id-bandung", "jp-kobe"]),
        (
            {"field": "literature", "designated_from": 2015, "designated_to": 2017},
            ["es-barcelona", "it-milan", "us-seattle"],
        ),
        ({"network": "wccf", "field": "literature"}, []),  # designated by UCCN, not WCCF
        ({"q": "london", "country": "GB"}, ["gb-london"]),
    ],
)
def test_filters_combine(api: TestClient, params: dict[str, object], expected: list[str]) -> None:
    body = api.get("/cities", params=params).json()
    assert _ids(body) == expected
    assert body["count"] == len(expected)


def test_pages_are_stable_and_count_is_the_total(api: TestClient) -> None:
    everything = _ids(api.get("/cities", params={"limit": 500}).json())
    assert len(everything) == 13
    pages = [api.get("/cities", params={"limit": 5, "offset": offset}).json() for offset in (0, 5, 10)]
    assert [city for page in pages for city in _ids(page)] == everything
    assert {page["count"] for page in pages} == {13}


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"limit": 501}, "limit"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
        ({"designated_from": "soon"}, "designated_from"),
        ({"country": "IDN"}, "country"),
    ],
)
def test_bad_parameters_are_422_naming_them(api: TestClient, params: dict[str, object], name: str) -> None:
    response = api.get("/cities", params=params)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", name]


def test_an_empty_q_is_no_filter(api: TestClient) -> None:
    assert api.get("/cities", params={"q": " "}).json()["count"] == 13


def test_unknown_parameters_are_ignored(api: TestClient) -> None:
    assert api.get("/cities", params={"colour": "blue", "q": "kobe"}).json()["count"] == 1


def test_city_card(api: TestClient) -> None:
    card = api.get("/cities/id-bandung").json()
    assert (card["name"], card["country"], card["lat"], card["lon"]) == ("Bandung", "ID", -6.90389, 107.61861)
    assert card["networks"] == [
        {
            "id": "uccn",
            "name": "UNESCO Creative Cities Network",
            "since": 2015,
            "until": None,
            "sources": ["unesco-uccn"],
        }
    ]
    assert [(d["network"], d["field"], d["year"]) for d in card["designations"]] == [("uccn", "design", 2015)]
    assert [(t["id"], t["since"]) for t in card["twins"]] == [("de-braunschweig", 1960), ("kr-suwon", None)]
    assert card["projects"] == []
    assert [source["id"] for source in card["sources"]] == ["unesco-uccn", "wikipedia-twin-towns"]
    assert card["sources"][0]["retrieved"] == "2024-10-01"  # dates as ISO strings


def test_city_card_lists_projects(api: TestClient) -> None:
    card = api.get("/cities/id-jakarta").json()
    assert [(p["id"], p["role"]) for p in card["projects"]] == [("wccf-lep-3-public-art", "partner")]
    assert [n["id"] for n in card["networks"]] == ["uccn", "wccf"]


@pytest.mark.parametrize(
    ("city_id", "suggested"),
    [("id-bandug", "id-bandung"), ("pl-cracow", "pl-krakow"), ("jp-kobe-city", "jp-kobe")],
)
def test_unknown_city_is_404_with_close_matches(api: TestClient, city_id: str, suggested: str) -> None:
    response = api.get(f"/cities/{city_id}")
    assert response.status_code == 404
    assert city_id in response.json()["detail"]
    assert suggested in response.json()["suggestions"]


def test_partners_of_kobe_with_their_reasons(api: TestClient) -> None:
    body = api.get("/cities/jp-kobe/partners").json()
    reasons = {p["city"]["id"]: [(r["kind"], r["detail"]) for r in p["reasons"]] for p in body["data"]}
    assert reasons == {
        "es-barcelona": [("twinning", "sister city")],
        "us-seattle": [("twinning", "sister city since 1957")],
        "id-bandung": [("field", "UCCN Design (partner designated 2015)")],
    }
    assert body["count"] == 3


def test_partners_by_kind_and_paged(api: TestClient) -> None:
    projects = api.get("/cities/id-jakarta/partners", params={"kind": "project"}).json()
    assert [p["city"]["id"] for p in projects["data"]] == ["it-milan"]
    # Milan is both a project partner and a literature peer of Jakarta: two reasons, so it leads.
    both = api.get("/cities/id-jakarta/partners", params={"kind": "project,field", "limit": 1}).json()
    assert both["count"] == 5
    assert [r["kind"] for r in both["data"][0]["reasons"]] == ["project", "field"]
    second = api.get("/cities/id-jakarta/partners", params={"kind": "field", "limit": 2, "offset": 1}).json()
    assert [p["city"]["id"] for p in second["data"]] == ["gb-edinburgh", "it-milan"]


def test_partner_errors(api: TestClient) -> None:
    bad = api.get("/cities/jp-kobe/partners", params={"kind": "twinning,enemies"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["query", "kind"]
    assert api.get("/cities/xx-atlantis/partners").status_code == 404
