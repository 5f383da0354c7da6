"""The ``citygraph`` command line on a real embedded store in a temporary directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.settings import get_settings
from tests.conftest import FIXTURE_SEED

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITYGRAPH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CITYGRAPH_STORE", "embedded")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _seed() -> None:
    result = runner.invoke(app, ["seed", "--seed-dir", str(FIXTURE_SEED)])
    assert result.exit_code == 0, result.output


def test_seed_then_stats(data_dir: Path) -> None:
    _seed()
    _seed()  # idempotent
    result = runner.invoke(app, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["labels"]["City"] == 13
    assert counts["relationships"]["TWINNED_WITH"] == 5
    assert (data_dir / "citygraph.kgl").exists()


def test_seed_reports_bad_rows_with_file_and_line(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad-seed"
    bad.mkdir()
    for path in FIXTURE_SEED.iterdir():
        (bad / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with (bad / "twinnings.csv").open("a", encoding="utf-8") as handle:
        handle.write("jp-kobe,us-seattle,twin,1857x,wikidata-p190\n")
    result = runner.invoke(app, ["seed", "--seed-dir", str(bad)])
    assert result.exit_code == 1
    assert "twinnings.csv:7: since:" in result.output
    assert not (data_dir / "citygraph.kgl").exists()


def test_path_prints_every_hop(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(app, ["path", "us-seattle", "id-bandung", "--via", "twinning,designation"])
    assert result.exit_code == 0, result.output
    assert "3 hop(s)" in result.output
    assert "Seattle → Kobe: sister city since 1957" in result.output
    assert "Design → Bandung: UCCN Design 2015" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["path", "us-seattle", "xx-nowhere"], "no city with id 'xx-nowhere'"),
        (["path", "us-seattle", "id-bandung", "--via", "telepathy"], "unknown relation kind"),
        (["path", "id-jakarta", "kr-suwon", "--via", "project"], "no path from id-jakarta to kr-suwon"),
    ],
)
def test_path_failures_say_why(data_dir: Path, args: list[str], message: str) -> None:
    _seed()
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert message in result.output


# --- issue #3: k paths, city card, partners ---


def test_path_with_alternatives(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(
        app, ["path", "us-seattle", "id-bandung", "--via", "twinning,designation", "--k", "3"]
    )
    assert result.exit_code == 0, result.output
    assert "path 1: 3 hop(s)" in result.output and "path 2: 5 hop(s)" in result.output
    assert "path 3" not in result.output  # only two loop-free routes exist
    assert "UCCN Design 2015" in result.output


def test_city_card_and_suggestions(data_dir: Path) -> None:
    _seed()
    card = runner.invoke(app, ["city", "jp-kobe", "--json"])
    assert card.exit_code == 0, card.output
    body = json.loads(card.output)
    assert [twin["id"] for twin in body["twins"]] == ["es-barcelona", "us-seattle"]
    text = runner.invoke(app, ["city", "id-bandung"])
    assert "UCCN Design 2015" in text.output and "twin of Braunschweig" in text.output
    missing = runner.invoke(app, ["city", "id-bandug"])
    assert missing.exit_code == 1 and "id-bandung" in missing.output


def test_partners(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(app, ["partners", "id-jakarta", "--kind", "project", "--json"])
    assert result.exit_code == 0, result.output
    assert [entry["city"]["id"] for entry in json.loads(result.output)["data"]] == ["it-milan"]
    assert runner.invoke(app, ["partners", "id-jakarta", "--kind", "rivals"]).exit_code == 2


def test_centrality_lists_the_top_cities_with_the_method(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(
        app, ["centrality", "--metric", "betweenness", "--projection", "all", "--top", "3", "--json"]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["method"] == "exact" and len(body["data"]) == 3
    assert body["data"][0]["rank"] == 1
    table = runner.invoke(app, ["centrality", "--metric", "pagerank"])
    assert table.exit_code == 0 and "pagerank" in table.output


def test_centrality_refuses_an_unknown_metric(data_dir: Path) -> None:
    result = runner.invoke(app, ["centrality", "--metric", "fame"])
    assert result.exit_code == 2 and "--metric" in result.output


def test_stats_of_a_projection(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(app, ["stats", "--projection", "twinning", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert (body["projection"], body["nodes"], body["edges"]) == ("twinning", 13, 5)
    assert "largest component size" in runner.invoke(app, ["stats", "--projection", "all"]).output
    assert runner.invoke(app, ["stats", "--projection", "friends"]).exit_code == 2


def test_communities_command(data_dir: Path) -> None:
    _seed()
    result = runner.invoke(app, ["communities", "--projection", "all", "--seed", "1"])
    assert result.exit_code == 0 and "louvain seed=1" in result.output
