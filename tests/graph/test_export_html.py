"""The map page: self-contained, data kept as text, positions and styles computed in Python."""

from __future__ import annotations

import copy
import json
import re

import networkx as nx
import pytest

from graph.export import layout, style
from graph.export.html import MapOptions, map_data, network_html, script_json
from graph.export.pathmap import path_graph, path_options
from graph.paths import shortest_path
from graph.project import build
from graph.store import GraphStore

EVIL = "</script><script>alert(1)</script>"


def _graph() -> nx.Graph:
    graph = nx.Graph()
    graph.add_node("xx-a", name=EVIL, country="XX", lat=10.0, lon=20.0, networks=["uccn"], designations=[])
    graph.add_node("xx-b", name="B & <b>", country="XX", lat=None, lon=None, networks=[], designations=[])
    graph.add_edge("xx-a", "xx-b", kinds=["twinning"], details=["twin town"], sources=["s"], weight=1)
    return graph


def test_page_fetches_nothing_and_inlines_vis_network() -> None:
    page = network_html(_graph())
    assert "vis-network" in page and "@license" in page
    # No element may load anything: no src/href attributes, no @import or url(http…).
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "@import" not in page and "sourceMappingURL" not in page
    assert "default-src 'none'" in page


def test_names_cannot_close_the_data_block_or_the_title() -> None:
    page = network_html(_graph(), MapOptions(title=EVIL))
    assert EVIL not in page
    # Three script elements: the data block, vis-network, the map code.
    assert re.findall(r"^<script", page, re.MULTILINE) == ["<script"] * 3
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    block = page.split('<script type="application/json" id="map-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(block)["nodes"][0]["label"] == EVIL


def test_script_json_escapes_markup() -> None:
    assert script_json({"a": "<!--&-->"}) == '{"a":"\\u003c!--\\u0026--\\u003e"}'


def test_geo_layout_is_equirectangular_and_places_unplaced_below() -> None:
    positions = layout.geo_positions(_graph())
    assert positions["xx-a"] == (20.0 * layout.GEO_SCALE, -10.0 * layout.GEO_SCALE)
    assert positions["xx-b"][1] > 90 * layout.GEO_SCALE


def test_force_layout_keeps_components_apart_and_refuses_huge_graphs() -> None:
    graph = nx.Graph([("a", "b"), ("c", "d")])
    positions = layout.force_positions(graph)
    assert set(positions) == set(graph)
    assert positions["a"] != positions["c"]
    with pytest.raises(layout.LayoutTooLargeError, match="layout=geo"):
        layout.force_positions(nx.empty_graph(layout.FORCE_MAX + 1))
    assert layout.resolve("auto", nx.empty_graph(layout.AUTO_FORCE_MAX + 1)) == "geo"


def test_sizes_follow_the_score_and_accept_given_scores() -> None:
    star = nx.star_graph(3)
    sizes = style.sizes(star)
    assert sizes[0] == pytest.approx(style.MAX_SIZE) and sizes[1] < sizes[0]
    given = style.sizes(star, scores={1: 4.0})
    assert given[1] == pytest.approx(style.MAX_SIZE) and given[0] == style.MIN_SIZE
    with pytest.raises(ValueError, match="unknown size measure"):
        style.sizes(star, "nope")


def test_map_data_of_the_fixture(seeded_store: GraphStore) -> None:
    graph = build(seeded_store, "all")
    data = map_data(graph, MapOptions(color_by="field", layout="geo"))
    assert len(data["nodes"]) == 13 and len(data["edges"]) == graph.number_of_edges()
    bandung = next(node for node in data["nodes"] if node["id"] == "id-bandung")
    assert bandung["designations"] == ["UCCN design 2015"]
    assert bandung["twins"] == ["Braunschweig", "Suwon"]
    assert "design" in data["filters"]["field"]
    legend = {item["name"]: item["count"] for item in data["legend"]}
    assert sum(legend.values()) == 13
    assert bandung["color"] == style.FIXED_COLOURS["design"]


def test_maps_leave_the_projection_as_it_was(seeded_store: GraphStore) -> None:
    graph = build(seeded_store, "all")
    before = copy.deepcopy((dict(graph.nodes(data=True)), list(graph.edges(data=True))))
    network_html(graph)
    found = shortest_path(seeded_store, "de-braunschweig", "kr-suwon", ["twinning"])
    assert found is not None
    network_html(path_graph(graph, found), path_options(found, "path"))
    assert (dict(graph.nodes(data=True)), list(graph.edges(data=True))) == before


def test_force_layouts_of_frozen_graphs_are_reused() -> None:
    frozen = nx.freeze(nx.path_graph(5))
    assert layout.positions(frozen, "force") is layout.positions(frozen, "force")
    loose = nx.path_graph(5)
    assert layout.positions(loose, "force") is not layout.positions(loose, "force")
