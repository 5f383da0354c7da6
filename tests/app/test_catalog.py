"""GET /networks, /fields, /sdgs, /projects, /sources on the API seed (known answers from its rows)."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_networks_with_member_counts(api: TestClient) -> None:
    body = api.get("/networks").json()
    assert [(n["id"], n["members"]) for n in body["data"]] == [("uccn", 10), ("wccf", 3)]
    assert body["count"] == 2
    page = api.get("/networks", params={"limit": 1, "offset": 1}).json()
    assert [n["id"] for n in page["data"]] == ["wccf"] and page["count"] == 2


def test_network_card(api: TestClient) -> None:
    card = api.get("/networks/uccn").json()
    assert card["founded"] == 2004 and card["members"] == 10
    assert card["fields"] == ["design", "literature", "music"]
    assert [source["id"] for source in card["sources"]] == ["unesco-uccn"]
    missing = api.get("/networks/unesco")
    assert missing.status_code == 404 and missing.json()["suggestions"] == ["uccn", "wccf"]


def test_network_members_filtered(api: TestClient) -> None:
    design = api.get("/networks/uccn/members", params={"field": "design"}).json()
    assert [(m["city"]["id"], m["since"], m["fields"]) for m in design["data"]] == [
        ("id-bandung", 2015, ["design"]),
        ("jp-kobe", 2008, ["design"]),
    ]
    joined = api.get("/networks/uccn/members", params={"since": 2017, "until": 2021}).json()
    assert [m["city"]["id"] for m in joined["data"]] == ["ca-london", "id-jakarta", "it-milan", "us-seattle"]
    assert api.get("/networks/wccf/members").json()["count"] == 3
    assert api.get("/networks/iccn/members").status_code == 404


def test_fields_and_their_cities(api: TestClient) -> None:
    body = api.get("/fields", params={"scheme": "uccn"}).json()
    assert [(f["id"], f["cities"]) for f in body["data"]] == [("design", 2), ("literature", 6), ("music", 2)]
    assert api.get("/fields", params={"scheme": "bekraf"}).json() == {"data": [], "count": 0}
    assert api.get("/fields", params={"scheme": "other"}).status_code == 422
    cities = api.get("/fields/literature/cities", params={"designated_to": 2015, "limit": 2}).json()
    assert [(d["city"]["id"], d["year"]) for d in cities["data"]] == [
        ("gb-edinburgh", 2004),
        ("pl-krakow", 2013),
    ]
    assert cities["count"] == 3
    missing = api.get("/fields/desing/cities")
    assert missing.status_code == 404 and "design" in missing.json()["suggestions"]


def test_sdgs(api: TestClient) -> None:
    body = api.get("/sdgs").json()
    assert body["count"] == 17
    assert [g["number"] for g in body["data"]] == list(range(1, 18))
    assert body["data"][10]["short_title"] == "Sustainable Cities and Communities"
    assert body["data"][10]["projects"] == 0
    page = api.get("/sdgs", params={"limit": 2, "offset": 10}).json()
    assert [g["number"] for g in page["data"]] == [11, 12] and page["count"] == 17
    empty = api.get("/sdgs/11/projects").json()
    assert empty["sdg"]["number"] == 11 and empty["data"] == [] and empty["count"] == 0
    assert api.get("/sdgs/18/projects").status_code == 422
    assert api.get("/sdgs/eleven/projects").json()["detail"][0]["loc"] == ["path", "number"]


def test_projects(api: TestClient) -> None:
    body = api.get("/projects").json()
    assert [(p["id"], p["network"], p["cities"]) for p in body["data"]] == [
        ("wccf-lep-3-public-art", "wccf", 2)
    ]
    assert api.get("/projects", params={"city": "jp-kobe"}).json()["count"] == 0
    assert api.get("/projects", params={"network": "wccf", "city": "it-milan"}).json()["count"] == 1
    card = api.get("/projects/wccf-lep-3-public-art").json()
    assert [(c["id"], c["role"]) for c in card["cities"]] == [
        ("id-jakarta", "partner"),
        ("it-milan", "partner"),
    ]
    assert card["note"] == "Jakarta and Milan paired on the topic"
    assert [s["id"] for s in card["sources"]] == ["wccf"]
    assert api.get("/projects/no-such-project").status_code == 404


def test_sources(api: TestClient) -> None:
    assert api.get("/sources/wikidata-p190").json() == {
        "id": "wikidata-p190",
        "title": "Wikidata property P190 (twinned administrative body)",
        "url": "https://www.wikidata.org/wiki/Property:P190",
        "publisher": "Wikidata",
        "published": None,
        "retrieved": "2016-01-01",
        "licence": "CC0-1.0",
    }
    assert api.get("/sources/nope").status_code == 404
