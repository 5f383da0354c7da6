"""``citygraph export-neo4j`` end to end: to a real Neo4j when NEO4J_URI is set, else its failure path."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.dump import counts
from graph.load import load_seed
from graph.settings import get_settings
from graph.store import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.conftest import FIXTURE_SEED


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An embedded store holding the fixture seed, named by CITYGRAPH_DATA_DIR."""
    directory = tmp_path / "var"  # apart from the file an embedded empty_store opens in tmp_path
    with EmbeddedStore(directory / "citygraph.kgl") as store:
        load_seed(store, FIXTURE_SEED)
    monkeypatch.setenv("CITYGRAPH_DATA_DIR", str(directory))
    get_settings.cache_clear()
    yield directory
    get_settings.cache_clear()


def test_an_unreachable_neo4j_is_a_clear_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{port}")
    monkeypatch.setenv("CITYGRAPH_NEO4J_WAIT_S", "0")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["export-neo4j"])
    assert result.exit_code == 2, result.output
    assert "cannot reach Neo4j" in result.output


def test_a_missing_embedded_store_is_not_created_or_exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITYGRAPH_DATA_DIR", str(tmp_path / "typo"))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["export-neo4j", "--reset"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "no embedded store at" in result.output
    assert not (tmp_path / "typo").exists()


def test_export_copies_the_embedded_graph_into_neo4j(data_dir: Path, empty_store: GraphStore) -> None:
    if empty_store.kind != "neo4j":
        pytest.skip("export-neo4j writes to Neo4j only")
    assert os.environ.get("NEO4J_URI")
    result = CliRunner().invoke(app, ["export-neo4j", "--reset"])
    assert result.exit_code == 0, result.output
    with EmbeddedStore(data_dir / "citygraph.kgl", read_only=True) as source:
        assert counts(empty_store) == counts(source)
