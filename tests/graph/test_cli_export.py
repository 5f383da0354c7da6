"""``citygraph export FORMAT -o FILE`` on a real embedded store in a temporary directory."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.settings import get_settings
from tests.conftest import FIXTURE_SEED

runner = CliRunner()


@pytest.fixture
def seeded_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CITYGRAPH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CITYGRAPH_STORE", "embedded")
    get_settings.cache_clear()
    result = runner.invoke(app, ["seed", "--seed-dir", str(FIXTURE_SEED)])
    assert result.exit_code == 0, result.output
    yield tmp_path
    get_settings.cache_clear()


def test_export_writes_each_format(seeded_dir: Path) -> None:
    for fmt, name in (("gexf", "g.gexf"), ("graphml", "g.graphml"), ("json", "g.json"), ("csv", "g.zip")):
        target = seeded_dir / name
        result = runner.invoke(app, ["export", fmt, "-o", str(target), "--projection", "all"])
        assert result.exit_code == 0, result.output
        assert "wrote 13 cities and 21 links" in result.output
        if fmt == "csv":
            with zipfile.ZipFile(target) as archive:
                assert len(archive.read("edges.csv").decode().splitlines()) == 22
            continue
        graph = {
            "gexf": nx.read_gexf,
            "graphml": nx.read_graphml,
            "json": lambda path: nx.node_link_graph(json.loads(Path(path).read_text()), edges="edges"),
        }[fmt](target)
        assert (graph.number_of_nodes(), graph.number_of_edges()) == (13, 21)


def test_export_filters(seeded_dir: Path) -> None:
    target = seeded_dir / "id.json"
    result = runner.invoke(app, ["export", "json", "-o", str(target), "--country", "ID"])
    assert result.exit_code == 0, result.output
    nodes = json.loads(target.read_text(encoding="utf-8"))["nodes"]
    assert sorted(node["id"] for node in nodes) == ["id-bandung", "id-jakarta"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "xlsx", "-o", "x"], "xlsx"),
        (["export", "json", "-o", "x", "--projection", "tourism"], "tourism"),
    ],
)
def test_export_failures_name_the_bad_value(seeded_dir: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
