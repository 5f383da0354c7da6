"""Every query file: a well-formed header, and a run with a known answer on the fixture graph."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from graph import queries
from graph.seedfiles import SEED_FILES
from graph.store import GraphStore, Row

LOAD_QUERIES = {"load_" + seed_file.name.removesuffix(".csv") for seed_file in SEED_FILES}
# Run by tests/graph/test_load.py (schema, loads, delete_all) rather than here.
COVERED_ELSEWHERE = LOAD_QUERIES | {"delete_all", "schema_constraints"}

Check = Callable[[list[Row]], Any]
NO_CITY_FILTERS: dict[str, Any] = {
    "text": None,
    "country": None,
    "region": None,
    "network": None,
    "field": None,
    "designated_from": None,
    "designated_to": None,
    "offset": 0,
    "limit": 50,
}

KNOWN_ANSWERS: dict[str, tuple[dict[str, Any], Check]] = {
    "count_labels": ({}, lambda rows: {r["label"]: r["count"] for r in rows}["City"] == 13),
    "count_relationship_types": ({}, lambda rows: {r["type"]: r["count"] for r in rows}["TWINNED_WITH"] == 5),
    "count_totals": ({}, lambda rows: rows == [{"nodes": 34, "relationships": 44}]),
    "city_by_id": (
        {"id": "id-bandung"},
        lambda rows: rows[0]["city"]["name"] == "Bandung" and rows[0]["city"]["alt_names"] == ["Bandoeng"],
    ),
    "city_search": (
        {"text": "bogota", "limit": 10},
        lambda rows: [row["city"]["id"] for row in rows] == ["co-bogota"],
    ),
    "relationship_between": (
        {"city": "us-seattle", "other": "jp-kobe", "types": ["TWINNED_WITH", "DESIGNATED"]},
        lambda rows: (
            rows[0]["rel"]["start"] == "jp-kobe"
            and rows[0]["rel"]["props"]["since"] == 1957
            and rows[0]["other"] == {"key": "jp-kobe", "name": "Kobe", "label": "City"}
        ),
    ),
    "export_cities": (
        {},
        lambda rows: (
            len(rows) == 13
            and next(r for r in rows if r["id"] == "id-bandung")["designations"][0]["year"] == 2015
            and next(r for r in rows if r["id"] == "gb-london")["region"] == "Europe"
        ),
    ),
    "export_twinnings": ({}, lambda rows: len(rows) == 5 and all(row["a"] < row["b"] for row in rows)),
    "export_participations": (
        {},
        lambda rows: (
            [(row["city"], row["network"]) for row in rows] == [("id-jakarta", "wccf"), ("it-milan", "wccf")]
        ),
    ),
    "path_shortest": (
        {"from": "id-bandung", "to": "kr-suwon", "types": ["TWINNED_WITH"]},
        lambda rows: [node["key"] for node in rows[0]["nodes"]] == ["id-bandung", "kr-suwon"],
    ),
    # --- API queries (cypher/api, issue #3) ---
    "city_list": (
        {**NO_CITY_FILTERS, "network": "uccn", "field": "literature", "designated_from": 2015, "limit": 2},
        # Barcelona 2015, Jakarta 2021, Milan 2017, Seattle 2017; no populations, so by id.
        lambda rows: (
            [(c["id"], c["region"]) for c in rows] == [("es-barcelona", "Europe"), ("id-jakarta", "Asia")]
        ),
    ),
    "city_count": (
        {key: value for key, value in NO_CITY_FILTERS.items() if key not in ("offset", "limit")}
        | {"region": "asia"},
        lambda rows: rows == [{"count": 4}],
    ),
    "city_card": (
        {"id": "jp-kobe"},
        lambda rows: (
            rows[0]["city"]["country_name"] == "Japan"
            and sorted(t["id"] for t in rows[0]["twins"]) == ["es-barcelona", "us-seattle"]
            and rows[0]["designations"][0]["year"] == 2008
            and [n["since"] for n in rows[0]["networks"]] == [2008]
        ),
    ),
    "city_ids": ({}, lambda rows: len(rows) == 13 and rows[0]["id"] == "ca-london"),
    "partners_twinning": (
        {"id": "id-bandung"},
        lambda rows: (
            [(r["city"]["id"], r["since"]) for r in rows] == [("de-braunschweig", 1960), ("kr-suwon", None)]
        ),
    ),
    "partners_project": (
        {"id": "it-milan"},
        lambda rows: (
            [(r["city"]["id"], r["project"]) for r in rows] == [("id-jakarta", "wccf-lep-3-public-art")]
        ),
    ),
    "partners_field": (
        {"id": "co-bogota"},
        lambda rows: (
            [(r["city"]["id"], r["field"], r["year"]) for r in rows] == [("ca-london", "music", 2021)]
        ),
    ),
    "sources_by_ids": (
        {"ids": ["wikidata-p190", "no-such-source"]},
        lambda rows: len(rows) == 1 and rows[0]["source"]["licence"] == "CC0-1.0",
    ),
    "network_list": (
        {"offset": 1, "limit": 5},
        lambda rows: (
            rows[0]["count"] == 2
            and rows[0]["data"]
            == [
                {
                    "id": "wccf",
                    "name": "World Cities Culture Forum",
                    "founded": 2012,
                    "url": "https://www.worldcitiescultureforum.com",
                    "sources": ["wccf"],
                    "members": 3,
                }
            ]
        ),
    ),
    "network_by_id": (
        {"id": "uccn"},
        lambda rows: (
            rows[0]["network"]["members"] == 10
            and set(rows[0]["network"]["fields"]) == {"design", "literature", "music"}
        ),
    ),
    "network_members": (
        {"id": "uccn", "field": None, "since": 2013, "until": 2015, "offset": 0, "limit": 10},
        lambda rows: (
            [m["city"]["id"] for m in rows[0]["data"]] == ["es-barcelona", "id-bandung", "pl-krakow"]
        ),
    ),
    "field_list": (
        {"scheme": "uccn", "offset": 0, "limit": 10},
        lambda rows: (
            [(f["id"], f["cities"]) for f in rows[0]["data"]]
            == [("design", 2), ("literature", 6), ("music", 2)]
        ),
    ),
    "field_by_id": ({"id": "music"}, lambda rows: rows[0]["field"]["name_id"] == "Musik"),
    "field_cities": (
        {
            "id": "music",
            "network": "uccn",
            "designated_from": None,
            "designated_to": None,
            "offset": 0,
            "limit": 5,
        },
        lambda rows: (
            [(d["city"]["id"], d["year"]) for d in rows[0]["data"]]
            == [("co-bogota", 2012), ("ca-london", 2021)]
        ),
    ),
    # The fixture seed holds no SDGs: tests/app (seed_api) checks these with SDGs present.
    "sdg_list": ({}, lambda rows: rows == []),
    "sdg_projects": (
        {"number": 11, "offset": 0, "limit": 5},
        lambda rows: rows == [{"sdg": None, "count": 0, "data": []}],
    ),
    "project_list": (
        {"network": "wccf", "field": None, "sdg": None, "city": "it-milan", "offset": 0, "limit": 5},
        lambda rows: [(p["id"], p["cities"]) for p in rows[0]["data"]] == [("wccf-lep-3-public-art", 2)],
    ),
    "project_card": (
        {"id": "wccf-lep-3-public-art"},
        lambda rows: (
            rows[0]["project"]["network"] == "wccf"
            and sorted(c["id"] for c in rows[0]["cities"]) == ["id-jakarta", "it-milan"]
        ),
    ),
    "nodes_exist": (
        {
            "cities": ["jp-kobe", "xx-nowhere"],
            "networks": ["wccf"],
            "fields": ["film"],
            "projects": [],
            "sources": ["wccf"],
            "sdgs": [11],
        },
        lambda rows: (
            rows
            == [
                {
                    "cities": ["jp-kobe"],
                    "networks": ["wccf"],
                    "fields": [],
                    "projects": [],
                    "sources": ["wccf"],
                    "sdgs": [],
                }
            ]
        ),
    ),
    "export_memberships": (
        {},
        lambda rows: (
            len(rows) == 13
            and [(r["city"], r["since"]) for r in rows if r["network"] == "wccf"]
            == [("gb-london", 2012), ("id-jakarta", None), ("it-milan", None)]
        ),
    ),
    "export_designations": (
        {},
        lambda rows: (
            len(rows) == 10
            and (rows[0]["city"], rows[0]["field"], rows[0]["year"]) == ("id-bandung", "design", 2015)
        ),
    ),
}


def test_every_query_has_a_header_and_a_single_statement() -> None:
    for query in queries.all_queries().values():
        header = query.path.read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith(f"// {query.name} — "), f"{query.path}: first line names the query"
        assert ";" not in query.text, f"{query.path}: one statement per file"
        assert query.mode in ("read", "write", "schema")


def test_every_query_is_exercised_by_a_test() -> None:
    untested = set(queries.all_queries()) - set(KNOWN_ANSWERS) - COVERED_ELSEWHERE
    untested -= {query.name for query in queries.schema_queries()}
    assert not untested, f"queries without a known-answer test: {sorted(untested)}"


@pytest.mark.parametrize("name", sorted(KNOWN_ANSWERS))
def test_query_gives_its_known_answer(seeded_store: GraphStore, name: str) -> None:
    params, check = KNOWN_ANSWERS[name]
    rows = seeded_store.run(name, params)
    assert check(rows), f"{name} returned {rows}"


def test_unknown_query_names_are_refused(seeded_store: GraphStore) -> None:
    with pytest.raises(queries.UnknownQueryError):
        seeded_store.run("MATCH (n) RETURN n")


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"text": "lon"},
        {"network": "wccf"},
        {"field": "literature", "designated_to": 2015},
        {"network": "uccn", "designated_from": 2010},
        {"region": "europe", "country": "GB"},
    ],
)
def test_city_count_has_the_same_where_as_city_list(
    seeded_store: GraphStore, filters: dict[str, Any]
) -> None:
    params = {**NO_CITY_FILTERS, **filters, "limit": 500}
    listed = seeded_store.run("city_list", params)
    del params["offset"], params["limit"]
    assert seeded_store.run("city_count", params) == [{"count": len(listed)}]


def test_search_ignores_case_and_accents(seeded_store: GraphStore) -> None:
    # Kraków is stored with its accent; the folded text finds it, and so does its English name.
    for text in ("krakow", "cracow"):
        rows = seeded_store.run("city_search", {"text": text, "limit": 5})
        assert [row["city"]["id"] for row in rows] == ["pl-krakow"]
