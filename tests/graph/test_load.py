"""Loading the seed: validation first, idempotent writes, bad rows rejected with nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.load import SeedError, load_seed, read_seed
from graph.store import GraphStore
from tests.conftest import FIXTURE_SEED


def _counts(store: GraphStore) -> tuple[dict[str, int], dict[str, int]]:
    labels = {row["label"]: row["count"] for row in store.run("count_labels")}
    types = {row["type"]: row["count"] for row in store.run("count_relationship_types")}
    return labels, types


def _seed_copy(tmp_path: Path) -> Path:
    directory = tmp_path / "seed"
    shutil.copytree(FIXTURE_SEED, directory)
    return directory


def _replace_line(path: Path, line: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[line - 1] = text
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_load_writes_every_row(empty_store: GraphStore) -> None:
    seed = read_seed(FIXTURE_SEED)
    load_seed(empty_store, FIXTURE_SEED)
    labels, types = _counts(empty_store)
    assert labels["City"] == len(seed.records["cities.csv"])
    assert labels["Source"] == len(seed.records["sources.csv"])
    assert types["TWINNED_WITH"] == len(seed.records["twinnings.csv"])
    assert types["IN_COUNTRY"] == len(seed.records["cities.csv"])
    assert types["DESIGNATED"] == len(seed.records["designations.csv"])
    assert types["UNDER"] == sum(1 for project in seed.records["projects.csv"] if project.network)


def test_loading_twice_gives_the_same_counts(empty_store: GraphStore) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    first = _counts(empty_store)
    load_seed(empty_store, FIXTURE_SEED)
    assert _counts(empty_store) == first


def test_schema_has_a_unique_key_for_every_label(empty_store: GraphStore) -> None:
    empty_store.apply_schema()
    empty_store.apply_schema()  # IF NOT EXISTS: applying twice is harmless
    keys = {(row["labels"][0], row["properties"][0]) for row in empty_store.run("schema_constraints")}
    assert keys >= {
        ("City", "id"),
        ("Country", "iso2"),
        ("Network", "id"),
        ("CreativeField", "id"),
        ("SDG", "number"),
        ("Project", "id"),
        ("Source", "id"),
    }


@pytest.mark.parametrize(
    ("file", "line", "text", "expected"),
    [
        (
            "cities.csv",
            3,
            "co-bogota,Bogotá,Bogota,,CO,,city,95.0,-74.08,,,,unesco-uccn",
            "cities.csv:3: lat:",
        ),
        ("designations.csv", 2, "ca-london,uccn,music,2031,,unesco-uccn", "designations.csv:2: (row):"),
        ("twinnings.csv", 2, "id-bandung,de-braunschweig,twin,1960,wikipedia-twin-towns", "twinnings.csv:2:"),
        ("twinnings.csv", 3, "es-barcelona,jp-kobe,sister,,", "twinnings.csv:3: sources:"),
        ("twinnings.csv", 4, "gb-edinburgh,pl-krakow,twin,,no-such-source", "twinnings.csv:4: sources:"),
        (
            "memberships.csv",
            2,
            "ca-atlantis,uccn,2021,,,unesco-uccn",
            "memberships.csv:2: city: 'ca-atlantis'",
        ),
        ("cities.csv", 2, "ca-london,London,London,,GB,,city,,,,,,unesco-uccn", "cities.csv:2: (row):"),
    ],
)
def test_a_bad_row_names_file_line_and_field_and_writes_nothing(
    empty_store: GraphStore, tmp_path: Path, file: str, line: int, text: str, expected: str
) -> None:
    seed_dir = _seed_copy(tmp_path)
    _replace_line(seed_dir / file, line, text)
    with pytest.raises(SeedError) as raised:
        load_seed(empty_store, seed_dir)
    assert expected in str(raised.value)
    assert empty_store.run("count_totals") == [{"nodes": 0, "relationships": 0}]


def test_a_bad_row_leaves_a_loaded_graph_unchanged(empty_store: GraphStore, tmp_path: Path) -> None:
    load_seed(empty_store, FIXTURE_SEED)
    before = _counts(empty_store)
    seed_dir = _seed_copy(tmp_path)
    with (seed_dir / "cities.csv").open("a", encoding="utf-8") as handle:
        handle.write("xx-nowhere,Nowhere,,,XX,,city,,,,,,unesco-uccn\n")
    with pytest.raises(SeedError, match=r"cities.csv:\d+: country: 'XX' is not in countries.csv"):
        load_seed(empty_store, seed_dir)
    assert _counts(empty_store) == before


def test_duplicate_keys_and_unknown_columns_are_rejected(tmp_path: Path) -> None:
    seed_dir = _seed_copy(tmp_path)
    cities = seed_dir / "cities.csv"
    first_row = cities.read_text(encoding="utf-8").splitlines()[1]
    with cities.open("a", encoding="utf-8") as handle:
        handle.write(first_row + "\n")
    _replace_line(seed_dir / "networks.csv", 1, "id,name,founded,url,sources,colour")
    with pytest.raises(SeedError) as raised:
        read_seed(seed_dir)
    message = str(raised.value)
    assert "cities.csv:15: id: duplicate of line 2" in message
    assert "networks.csv:1: colour: unknown column" in message


def test_a_missing_seed_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="no seed found"):
        read_seed(tmp_path / "nowhere")
