"""Quality gate for seed/: one test per integrity rule.

These tests read only seed/ and use only pydantic, the standard library, graph.model,
graph.seedfiles and graph.curate.readme (which itself uses nothing else).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from graph.curate.readme import README, render
from graph.model import FIRST_UCCN_YEAR, LAST_UCCN_YEAR, Record
from graph.seedfiles import SEED_FILES, SEED_FILES_BY_NAME, canonical_text, read_rows

SEED = Path(__file__).resolve().parents[2] / "seed"
FILE_NAMES = [seed_file.name for seed_file in SEED_FILES]


@cache
def records(name: str) -> tuple[Record, ...]:
    seed_file = SEED_FILES_BY_NAME[name]
    rows = []
    for line, row in read_rows(SEED / name):
        try:
            rows.append(seed_file.model(**row))
        except ValueError as error:  # pydantic's ValidationError is a ValueError
            pytest.fail(f"{name}:{line}: {error}")
    return tuple(rows)


def ids(name: str, column: str) -> set[object]:
    return {getattr(record, column) for record in records(name)}


@pytest.mark.parametrize("name", FILE_NAMES)
def test_every_row_is_valid_against_its_model(name: str) -> None:
    assert (SEED / name).exists(), f"{name} is missing"
    records(name)


@pytest.mark.parametrize("name", FILE_NAMES)
def test_keys_are_unique(name: str) -> None:
    key = SEED_FILES_BY_NAME[name].key
    counts = Counter(tuple(getattr(r, column) for column in key) for r in records(name))
    duplicates = [k for k, n in counts.items() if n > 1]
    assert not duplicates, f"{name}: duplicate keys {duplicates[:10]}"


@pytest.mark.parametrize("name", FILE_NAMES)
def test_file_is_in_canonical_form(name: str) -> None:
    text = (SEED / name).read_text(encoding="utf-8")
    assert text == canonical_text(SEED_FILES_BY_NAME[name], records(name)), f"{name} is not canonical"


def test_city_references_resolve() -> None:
    cities = ids("cities.csv", "id")
    references = [
        *(("memberships.csv", r.city) for r in records("memberships.csv")),  # type: ignore[attr-defined]
        *(("designations.csv", r.city) for r in records("designations.csv")),  # type: ignore[attr-defined]
        *(("participations.csv", r.city) for r in records("participations.csv")),  # type: ignore[attr-defined]
        *(("twinnings.csv", r.city_a) for r in records("twinnings.csv")),  # type: ignore[attr-defined]
        *(("twinnings.csv", r.city_b) for r in records("twinnings.csv")),  # type: ignore[attr-defined]
    ]
    dangling = sorted({(name, city) for name, city in references if city not in cities})
    assert not dangling, f"unknown cities: {dangling[:10]}"


def test_network_references_resolve() -> None:
    networks = ids("networks.csv", "id")
    used = ids("memberships.csv", "network") | ids("designations.csv", "network")
    used |= {r.network for r in records("projects.csv") if r.network}  # type: ignore[attr-defined]
    assert used <= networks, f"unknown networks: {sorted(map(str, used - networks))}"


def test_field_references_resolve() -> None:
    fields = ids("fields.csv", "id")
    used = ids("designations.csv", "field") | ids("project_fields.csv", "field")
    used |= ids("field_correspondences.csv", "field") | ids("field_correspondences.csv", "uccn_field")
    assert used <= fields, f"unknown fields: {sorted(map(str, used - fields))}"


def test_correspondences_link_a_bekraf_subsector_to_a_uccn_field() -> None:
    scheme = {r.id: r.scheme for r in records("fields.csv")}  # type: ignore[attr-defined]
    wrong = [
        (r.field, r.uccn_field)  # type: ignore[attr-defined]
        for r in records("field_correspondences.csv")
        if scheme.get(r.field) != "bekraf" or scheme.get(r.uccn_field) != "uccn"  # type: ignore[attr-defined]
    ]
    assert not wrong, f"correspondences in the wrong direction: {wrong}"


def test_designations_use_uccn_fields() -> None:
    scheme = {r.id: r.scheme for r in records("fields.csv")}  # type: ignore[attr-defined]
    wrong = {r.field for r in records("designations.csv") if scheme.get(r.field) != "uccn"}  # type: ignore[attr-defined]
    assert not wrong, f"designations outside the UCCN fields: {wrong}"


def test_project_references_resolve() -> None:
    projects = ids("projects.csv", "id")
    used = ids("participations.csv", "project") | ids("project_fields.csv", "project")
    used |= ids("project_sdgs.csv", "project")
    assert used <= projects, f"unknown projects: {sorted(map(str, used - projects))}"


def test_sdg_references_resolve() -> None:
    used = ids("project_sdgs.csv", "sdg")
    assert used <= ids("sdgs.csv", "number"), (
        f"unknown SDGs: {sorted(map(str, used - ids('sdgs.csv', 'number')))}"
    )


def test_every_source_id_resolves() -> None:
    known = ids("sources.csv", "id")
    unknown = {
        (name, source)
        for name in FILE_NAMES
        for record in records(name)
        for source in getattr(record, "sources", [])
        if source not in known
    }
    assert not unknown, f"unknown source ids: {sorted(unknown)[:10]}"


def test_every_relationship_row_has_a_source() -> None:
    relationship_files = [n for n in FILE_NAMES if n not in ("sources.csv", "countries.csv")]
    missing = [
        (n, i)
        for n in relationship_files
        for i, r in enumerate(records(n))
        if not getattr(r, "sources", None)
    ]
    assert not missing, f"rows without sources: {missing[:10]}"


def test_uccn_years_are_within_the_network_lifetime() -> None:
    years = [r.year for r in records("designations.csv") if r.network == "uccn" and r.year is not None]  # type: ignore[attr-defined]
    years += [r.since for r in records("memberships.csv") if r.network == "uccn" and r.since is not None]  # type: ignore[attr-defined]
    outside = [y for y in years if not FIRST_UCCN_YEAR <= y <= LAST_UCCN_YEAR]
    assert not outside, f"UCCN years outside {FIRST_UCCN_YEAR}-{LAST_UCCN_YEAR}: {outside}"


def test_designations_without_year_say_why() -> None:
    silent = [r.city for r in records("designations.csv") if r.year is None and not r.note]  # type: ignore[attr-defined]
    assert not silent, f"empty years without a note: {silent[:10]}"


def test_every_city_country_is_listed() -> None:
    countries = ids("countries.csv", "iso2")
    missing = {r.country for r in records("cities.csv")} - countries  # type: ignore[attr-defined]
    assert not missing, f"countries missing from countries.csv: {sorted(missing)}"


def test_countries_have_a_region() -> None:
    missing = [r.iso2 for r in records("countries.csv") if not r.region]  # type: ignore[attr-defined]
    assert not missing, f"countries without a UN M49 region: {missing}"


def test_coordinates_are_in_range() -> None:
    bad = [
        r.id  # type: ignore[attr-defined]
        for r in records("cities.csv")
        if r.lat is not None and not (-90 <= r.lat <= 90 and -180 <= r.lon <= 180)  # type: ignore[attr-defined]
    ]
    assert not bad, f"coordinates out of range: {bad[:10]}"


def test_city_ids_start_with_their_country() -> None:
    bad = [r.id for r in records("cities.csv") if not r.id.startswith(r.country.lower() + "-")]  # type: ignore[attr-defined]
    assert not bad, f"ids not prefixed by country: {bad[:10]}"


def test_twinnings_are_stored_once_in_order() -> None:
    pairs = [(r.city_a, r.city_b) for r in records("twinnings.csv")]  # type: ignore[attr-defined]
    assert all(a < b for a, b in pairs), "a pair is not ordered city_a < city_b"
    unordered = Counter(frozenset(pair) for pair in pairs)
    assert all(n == 1 for n in unordered.values()), "a pair is stored twice"


def test_uccn_designated_cities_are_members_from_their_first_designation() -> None:
    first: dict[str, int | None] = {}
    undated: set[str] = set()
    for r in records("designations.csv"):
        if r.network != "uccn":  # type: ignore[attr-defined]
            continue
        if r.year is None:  # type: ignore[attr-defined]
            undated.add(r.city)  # type: ignore[attr-defined]
        else:
            first[r.city] = min(r.year, first.get(r.city) or r.year)  # type: ignore[attr-defined]
    since = {r.city: r.since for r in records("memberships.csv") if r.network == "uccn"}  # type: ignore[attr-defined]
    designated = set(first) | undated
    assert designated == set(since), (
        f"UCCN members without designation or vice versa: {designated ^ set(since)}"
    )
    wrong = [c for c, year in first.items() if c not in undated and since[c] != year]
    assert not wrong, f"membership 'since' differs from first designation year: {wrong[:10]}"


def test_readme_is_the_generated_text() -> None:
    assert (SEED / README).read_text(encoding="utf-8") == render(SEED), "README.md is stale: regenerate it"
