"""Node positions computed in Python, so a map opens settled with its physics off.

- ``geo``: equirectangular, x = lon, y = -lat (screen y grows downwards), times GEO_SCALE;
  cities without coordinates go in a row under the map.
- ``force``: Fruchterman–Reingold per connected component (NetworkX, seeded), components
  packed side by side, largest first. It is O(n²) per component, so only up to FORCE_MAX nodes.
- ``auto``: force up to AUTO_FORCE_MAX nodes, geo beyond.
"""

from __future__ import annotations

import math
import threading
import weakref
from typing import Literal

import networkx as nx

Layout = Literal["auto", "force", "geo"]
LAYOUTS: tuple[Layout, ...] = ("auto", "force", "geo")
Positions = dict[str, tuple[float, float]]

GEO_SCALE = 10.0  # pixels per degree: the world is 3,600 × 1,800 px at zoom 1
FORCE_MAX = 3000
AUTO_FORCE_MAX = 500
UNIT = 100.0  # pixels per node spacing in a force layout


class LayoutTooLargeError(ValueError):
    """The graph is too large for the layout asked for."""


def geo_positions(graph: nx.Graph) -> Positions:
    """Equirectangular positions from each node's ``lat``/``lon``."""
    positions: Positions = {}
    missing = []
    for node, data in graph.nodes(data=True):
        lat, lon = data.get("lat"), data.get("lon")
        if lat is None or lon is None:
            missing.append(node)
        else:
            positions[node] = (float(lon) * GEO_SCALE, -float(lat) * GEO_SCALE)
    # A row under the southern edge (lat −95°) keeps the unplaced visible and apart.
    for number, node in enumerate(sorted(missing)):
        positions[node] = ((-180 + number % 360) * GEO_SCALE, (95 + 2 * (number // 360)) * GEO_SCALE)
    return positions


def _component_positions(component: nx.Graph, seed: int) -> Positions:
    size = component.number_of_nodes()
    if size == 1:
        return {next(iter(component)): (0.0, 0.0)}
    raw = nx.spring_layout(component, seed=seed, iterations=50 if size < 500 else 30)
    # spring_layout fits [-1, 1]; scale so node spacing stays about UNIT whatever the size.
    radius = UNIT * math.sqrt(size)
    return {node: (float(x) * radius, float(y) * radius) for node, (x, y) in raw.items()}


def force_positions(graph: nx.Graph, seed: int = 7) -> Positions:
    """Force-directed positions, one component at a time, packed in rows (largest first)."""
    if graph.number_of_nodes() > FORCE_MAX:
        raise LayoutTooLargeError(
            f"{graph.number_of_nodes()} nodes is too many for a force layout (at most {FORCE_MAX}); "
            "use layout=geo"
        )
    components = sorted(nx.connected_components(graph), key=lambda nodes: (-len(nodes), min(nodes)))
    positions: Positions = {}
    row_width = UNIT * max(10.0, 1.5 * math.sqrt(graph.number_of_nodes()))
    x = y = row_height = 0.0
    for nodes in components:
        local = _component_positions(graph.subgraph(nodes), seed)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        width, height = max(xs) - min(xs) + UNIT, max(ys) - min(ys) + UNIT
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (x + px - min(xs), y + py - min(ys))
        x += width
        row_height = max(row_height, height)
    return positions


def resolve(layout: Layout, graph: nx.Graph) -> Literal["force", "geo"]:
    """The concrete layout ``auto`` stands for on this graph."""
    if layout == "auto":
        return "force" if graph.number_of_nodes() <= AUTO_FORCE_MAX else "geo"
    return layout


# Force layouts of frozen graphs (the Projector's cached projections), kept while the graph lives:
# a second request for the same map skips the O(n²) layout.
_force_cache: weakref.WeakKeyDictionary[nx.Graph, dict[int, Positions]] = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


def positions(graph: nx.Graph, layout: Layout = "auto", seed: int = 7) -> Positions:
    """Positions of every node of ``graph`` in pixels."""
    if resolve(layout, graph) == "geo":
        return geo_positions(graph)
    if not nx.is_frozen(graph):
        return force_positions(graph, seed)
    with _cache_lock:
        cached = _force_cache.get(graph, {}).get(seed)
    if cached is None:
        cached = force_positions(graph, seed)
        with _cache_lock:
            _force_cache.setdefault(graph, {})[seed] = cached
    return cached
