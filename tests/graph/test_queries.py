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


def test_search_ignores_case_and_accents(seeded_store: GraphStore) -> None:
    # Kraków is stored with its accent; the folded text finds it, and so does its English name.
    for text in ("krakow", "cracow"):
        rows = seeded_store.run("city_search", {"text": text, "limit": 5})
        assert [row["city"]["id"] for row in rows] == ["pl-krakow"]
