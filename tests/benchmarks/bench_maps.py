"""Time the maps in headless Chromium: build the page, first render, and a pan.

    .venv/bin/python -m tests.benchmarks.bench_maps [--sizes 2000,all] [--layouts geo,force]

The graph is the whole twin-town network: the twinning projection of seed/ loaded into a
fresh embedded store, or with ``--csv`` the Wikipedia-derived geocoded pairs in ../shared/data
(CC BY-SA 4.0) shaped like a projection. Every request except the page is blocked, as in the
tests. Prints a Markdown table for BENCHMARKS.md; nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

import networkx as nx
from playwright.sync_api import sync_playwright

from graph.export.html import MapOptions, network_html
from graph.load import load_seed
from graph.project import build
from graph.settings import REPO_ROOT
from graph.store.embedded import EmbeddedStore
from tests.browser.conftest import CHROMIUM_ARGS, drag_view

# Outside the repository: the starting material beside a checkout (../shared/data).
PAIRS = Path("../shared/data/sister_cities/hekman_wikipedia_twin_cities_geocoded_2026-02.csv")
URL = "http://bench.test/map.html"


def pairs_graph(path: Path) -> nx.Graph:
    """The twin-town pairs as a projection-shaped graph (same node and edge attributes)."""
    graph = nx.Graph(projection="twinning")

    def node(name: str, country: str, lat: str, lon: str) -> str:
        key = f"{country}/{name}"
        if key not in graph:
            graph.add_node(
                key,
                name=name,
                country=country,
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                networks=[],
                designations=[],
                fields=[],
            )
        return key

    with path.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            a = node(row["city1"], row["country1"], row["lat1"], row["lng1"])
            b = node(row["city2"], row["country2"], row["lat2"], row["lng2"])
            if a != b:
                graph.add_edge(
                    a, b, kinds=["twinning"], details=["twin town"], sources=["wikipedia"], weight=1
                )
    return graph


def seed_graph(seed_dir: Path) -> nx.Graph:
    """The twinning projection of the seed, loaded into a throw-away embedded store."""
    with tempfile.TemporaryDirectory() as directory:
        store = EmbeddedStore(Path(directory) / "citygraph.kgl")
        try:
            load_seed(store, seed_dir)
            return build(store, "twinning")
        finally:
            store.close()


def first_nodes(graph: nx.Graph, size: int) -> nx.Graph:
    """About ``size`` cities reached breadth-first from the best-connected one (a connected slice)."""
    start = max(graph.degree, key=lambda item: item[1])[0]
    seen, queue = {start}, deque([start])
    while queue and len(seen) < size:
        for other in graph[queue.popleft()]:
            if other not in seen and len(seen) < size:
                seen.add(other)
                queue.append(other)
    return nx.Graph(graph.subgraph(seen))


def measure(browser: Any, html: str, screenshot: Path | None = None) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests: list[str] = []

    def route(request_route: Any) -> None:
        requests.append(request_route.request.url)
        if request_route.request.url == URL:
            request_route.fulfill(body=html, content_type="text/html; charset=utf-8")
        else:
            request_route.abort()

    page.route("**/*", route)
    started = time.perf_counter()
    page.goto(URL, wait_until="commit")
    page.wait_for_function("() => window.citygraph && window.citygraph.firstDrawn", timeout=120_000)
    first = page.evaluate("window.citygraph.firstDrawn")  # ms since navigation start, page clock
    drawn_wall = time.perf_counter() - started
    # A real drag of the view (from a point with no city), then wait for the frame drawn after it.
    page.evaluate(
        "(() => { window.__panned = null; window.citygraph.network.on('dragEnd', () => {"
        " window.citygraph.network.once('afterDrawing', () => { window.__panned = performance.now(); }); });"
        " return null; })()"
    )
    pan_start = page.evaluate("performance.now()")
    drag_view(page)
    page.wait_for_function("() => window.__panned", timeout=120_000)
    pan = page.evaluate("window.__panned") - pan_start
    open_and_pan = time.perf_counter() - started
    nodes = page.evaluate("window.citygraph.network.body.data.nodes.length")
    if screenshot:
        page.screenshot(path=str(screenshot))
    print("   page timings (ms since navigation):", page.evaluate("window.citygraph.timings"))
    page.close()
    assert set(requests) == {URL}, requests
    return {
        "nodes": nodes,
        "first_ms": first,
        "drawn_wall_s": drawn_wall,
        "pan_ms": pan,
        "open_pan_s": open_and_pan,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,all", help="Comma-separated node counts, or 'all'.")
    parser.add_argument("--layouts", default="geo", help="Comma-separated layouts (force is O(n²)).")
    parser.add_argument("--seed-dir", type=Path, default=REPO_ROOT / "seed")
    parser.add_argument("--csv", type=Path, help=f"Geocoded twin-town pairs instead, e.g. {PAIRS}.")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--screenshots", type=Path, help="Directory for a screenshot of each map.")
    args = parser.parse_args()

    whole = pairs_graph(args.csv) if args.csv else seed_graph(args.seed_dir)
    print(f"whole graph: {whole.number_of_nodes()} nodes, {whole.number_of_edges()} edges")
    print(
        "| nodes | edges | layout | build page (s) | page MB | first render (ms) | pan (ms) | open+pan (s) |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for size in args.sizes.split(","):
            graph = whole if size == "all" else first_nodes(whole, int(size))
            for layout in args.layouts.split(","):
                started = time.perf_counter()
                html = network_html(graph, MapOptions(layout=layout))  # type: ignore[arg-type]
                build = time.perf_counter() - started
                name = f"bench-{graph.number_of_nodes()}-{layout}.png"
                shot = args.screenshots / name if args.screenshots else None
                runs = [measure(browser, html, shot) for _ in range(args.repeat)]
                best = min(runs, key=lambda run: run["open_pan_s"])
                worst = max(runs, key=lambda run: run["open_pan_s"])
                print(
                    f"| {graph.number_of_nodes()} | {graph.number_of_edges()} | {layout} | {build:.1f} "
                    f"| {len(html) / 1e6:.1f} | {best['first_ms']:.0f} (worst {worst['first_ms']:.0f}) "
                    f"| {best['pan_ms']:.0f} (worst {worst['pan_ms']:.0f}) "
                    f"| {best['open_pan_s']:.1f} (worst {worst['open_pan_s']:.1f}) |",
                    flush=True,
                )
        browser.close()


if __name__ == "__main__":
    main()
