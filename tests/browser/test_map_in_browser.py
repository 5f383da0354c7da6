"""The maps in headless Chromium, offline: they draw, search, filter, and show hostile names as text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from graph.export.html import MapOptions, network_html
from tests.browser.conftest import ARTIFACTS, HOSTILE_ID, HOSTILE_NAME, PAGE_URL, Opened, drag_view, open_map

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def network_map(browser: Any, hostile_client: TestClient) -> Iterator[Opened]:
    response = hostile_client.get("/maps/network.html", params={"projection": "all", "layout": "geo"})
    assert response.status_code == 200
    opened = open_map(browser, response.text)
    yield opened
    opened.page.close()


def _offline_and_clean(opened: Opened) -> None:
    assert set(opened.requests) == {PAGE_URL}, f"requests left the page: {opened.requests}"
    assert opened.errors == []
    assert opened.dialogs == []


def test_map_draws_every_city_with_nothing_fetched(network_map: Opened) -> None:
    page = network_map.page
    assert page.evaluate("window.citygraph.network.body.data.nodes.length") == 13
    assert page.evaluate("window.citygraph.network.body.data.edges.length") == 21
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.citygraph.network.fit({animation: false})")
    page.screenshot(path=str(ARTIFACTS / "network-map.png"))
    _offline_and_clean(network_map)


def test_search_focuses_a_city(network_map: Opened) -> None:
    page = network_map.page
    page.fill("#search", "kobe")
    page.click("#search-form button")
    assert page.evaluate("window.citygraph.network.getSelectedNodes()") == ["jp-kobe"]
    assert page.text_content("#search-status") == "Kobe (JP)"
    # Kobe is now in the middle of the view.
    centre = page.evaluate(
        "(() => { const n = window.citygraph.network; const p = n.getPosition('jp-kobe');"
        " const v = n.getViewPosition(); return Math.hypot(p.x - v.x, p.y - v.y); })()"
    )
    assert centre < 1
    # Accents and case are ignored; a miss says so.
    assert page.evaluate("window.citygraph.focusCity('KRAKOW')") == "pl-krakow"
    assert page.evaluate("window.citygraph.focusCity('Atlantis')") is None
    assert page.text_content("#search-status") == "No city matches “Atlantis”."
    _offline_and_clean(network_map)


def test_filter_by_network_hides_the_rest(network_map: Opened) -> None:
    page = network_map.page
    page.select_option("#filter-network", "wccf")
    hidden = "window.citygraph.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id).sort()"
    assert page.evaluate(hidden) == ["gb-london", "id-jakarta", "it-milan"]
    page.select_option("#filter-network", "")
    assert len(page.evaluate(hidden)) == 13


def test_hostile_name_shows_as_text_and_never_runs(network_map: Opened) -> None:
    page = network_map.page
    page.fill("#search", "<script>")
    page.click("#search-form button")
    assert page.text_content("#search-status") == f"{HOSTILE_NAME} (KR)"
    # Hover the city: the tooltip shows the name as text, with no element made from it.
    point = page.evaluate(
        f"(() => {{ const n = window.citygraph.network; const p = n.getPosition('{HOSTILE_ID}');"
        " const d = n.canvasToDOM(p); const b = document.getElementById('map').getBoundingClientRect();"
        " return {x: b.left + d.x, y: b.top + d.y}; })()"
    )
    page.mouse.move(point["x"] + 1, point["y"] + 1)
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    assert page.text_content("#tooltip .name") == HOSTILE_NAME
    tags = page.evaluate("[...document.querySelectorAll('#tooltip *')].map((e) => e.tagName)")
    assert set(tags) == {"DIV", "SPAN"}
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    _offline_and_clean(network_map)


def test_click_keeps_the_neighbourhood_in_colour(network_map: Opened) -> None:
    page = network_map.page
    page.evaluate("window.citygraph.focusCity('id-bandung')")
    colours = page.evaluate("Object.fromEntries(window.citygraph.nodes.get().map((n) => [n.id, n.color]))")
    dimmed = {node for node, colour in colours.items() if str(colour).startswith("rgba")}
    # Bandung, its twins and its design peer stay in colour; everything else is dimmed.
    assert dimmed == set(colours) - {"id-bandung", "de-braunschweig", "kr-suwon", "jp-kobe"}
    page.mouse.click(5 + 270 + 30, 790)  # the void in the lower-left corner of the map: undo
    colours = page.evaluate("window.citygraph.nodes.get().map((n) => n.color)")
    assert not any(str(colour).startswith("rgba") for colour in colours)


def test_path_map_highlights_the_hops(browser: Any, hostile_client: TestClient) -> None:
    params = {"from": "de-braunschweig", "to": "kr-suwon", "via": "twinning"}
    response = hostile_client.get("/maps/path.html", params=params)
    assert response.status_code == 200
    opened = open_map(browser, response.text)
    page = opened.page
    wide = page.evaluate("window.citygraph.edges.get({filter: (e) => e.width === 5}).map((e) => e.label)")
    assert sorted(wide) == ["sister city", "twin town since 1960"]
    page.screenshot(path=str(ARTIFACTS / "path-map.png"))
    _offline_and_clean(opened)
    opened.page.close()


def test_large_map_pans_and_opens_tooltips_on_click(browser: Any) -> None:
    # 2,100 cities on a grid of coordinates: past the threshold where hover tracking is off.
    graph = nx.Graph()
    for number in range(2100):
        lat, lon = -60 + (number // 60) * 3.4, -175 + (number % 60) * 5.8
        graph.add_node(f"xx-c{number}", name=f"City {number}", country="XX", lat=lat, lon=lon, networks=[])
        if number:
            graph.add_edge(f"xx-c{number - 1}", f"xx-c{number}", kinds=["twinning"], details=["twin town"])
    opened = open_map(browser, network_html(graph, MapOptions(layout="geo")))
    page = opened.page
    assert page.evaluate("window.citygraph.network.body.data.nodes.length") == 2100
    before = page.evaluate("window.citygraph.network.getViewPosition()")
    drag_view(page)
    after = page.evaluate("window.citygraph.network.getViewPosition()")
    assert after["x"] > before["x"] and after["y"] > before["y"]
    page.evaluate("window.citygraph.network.focus('xx-c1030', {scale: 1.5, animation: false})")
    point = page.evaluate(
        "(() => { const n = window.citygraph.network; const d = n.canvasToDOM(n.getPosition('xx-c1030'));"
        " const b = document.getElementById('map').getBoundingClientRect();"
        " return {x: b.left + d.x, y: b.top + d.y}; })()"
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    assert page.text_content("#tooltip .name") == "City 1030"
    _offline_and_clean(opened)
    page.close()
