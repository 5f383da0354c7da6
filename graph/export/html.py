"""The interactive map: one standalone HTML page that works with no network at all.

pyvis 0.3.2's own template pulls vis-network, Bootstrap and tom-select from CDNs in some
paths, and its ``add_edge`` scans every edge (quadratic on 20k edges). So the page is our
template, with vis-network 9.1.2 inlined from the files the pyvis wheel ships
(pyvis/templates/lib), and the graph as a JSON block that the page reads as text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

from graph.export import layout as layouts
from graph.export import style

VIS_VERSION = "9.1.2"
MAX_TWINS_SHOWN = 12


@dataclass(frozen=True)
class MapOptions:
    """What the map shows and how.

    ``scores`` (node → score) overrides ``size_by``: the seam for centralities from elsewhere.
    ``path_nodes``/``path_edges`` are drawn highlighted, with ``edge_labels`` on path edges.
    """

    title: str = "CityGraph map"
    color_by: style.ColorBy = "network"
    size_by: str = "degree"
    scores: Mapping[Any, float] | None = None
    layout: layouts.Layout = "auto"
    seed: int = 7
    path_nodes: frozenset[str] = frozenset()
    path_edges: frozenset[frozenset[str]] = frozenset()
    edge_labels: Mapping[frozenset[str], str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@cache
def _asset(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def vis_js() -> str:
    """vis-network's standalone build, as shipped in the pyvis wheel, minus its source-map link."""
    code = _asset("pyvis", f"templates/lib/vis-{VIS_VERSION}/vis-network.min.js")
    # A browser with developer tools open would try to fetch the .map file.
    return re.sub(r"//# sourceMappingURL=\S*", "", code)


def vis_css() -> str:
    return _asset("pyvis", f"templates/lib/vis-{VIS_VERSION}/vis-network.css")


def script_json(value: Any) -> str:
    """JSON safe inside <script>: no ``</script>``, ``<!--`` or ``&`` can end or change the block."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _designation_text(designation: Mapping[str, Any]) -> str:
    parts = [str(designation.get("network") or "").upper(), designation.get("field"), designation.get("year")]
    return " ".join(str(part) for part in parts if part)


def _twins(graph: nx.Graph, node: Any) -> list[str]:
    twins = sorted(
        str(graph.nodes[other].get("name") or other)
        for other in graph[node]
        if "twinning" in (graph.edges[node, other].get("kinds") or [])
    )
    if len(twins) > MAX_TWINS_SHOWN:
        twins = [*twins[:MAX_TWINS_SHOWN], f"… and {len(twins) - MAX_TWINS_SHOWN} more"]
    return twins


def _legend(categories: Iterable[str], palette: Mapping[str, str]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for name in categories:
        counts[name] = counts.get(name, 0) + 1
    return [{"name": name, "colour": palette[name], "count": counts[name]} for name in sorted(counts)]


def map_data(graph: nx.Graph, options: MapOptions) -> dict[str, Any]:
    """Everything the page draws, as plain JSON-able data."""
    chosen = layouts.resolve(options.layout, graph)
    positions = layouts.positions(graph, chosen, options.seed)
    sizes = style.sizes(graph, options.size_by, options.scores)
    values = {node: style.node_values(data, options.color_by) for node, data in graph.nodes(data=True)}
    categories = {node: style.category(found) for node, found in values.items()}
    palette = style.colours(categories.values())
    nodes = []
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        nodes.append(
            {
                "id": str(node),
                "label": str(data.get("name") or node),
                "x": round(x, 1),
                "y": round(y, 1),
                "size": round(sizes[node], 1),
                "color": palette[categories[node]],
                "country": data.get("country"),
                "networks": style.node_values(data, "network"),
                "fields": style.node_values(data, "field"),
                "designations": [_designation_text(d) for d in data.get("designations") or []],
                "twins": _twins(graph, node),
                "path": node in options.path_nodes,
            }
        )
    edges = []
    for a, b, data in graph.edges(data=True):
        key = frozenset((a, b))
        edges.append(
            {
                "from": str(a),
                "to": str(b),
                "details": [str(detail) for detail in data.get("details") or []],
                "sources": [str(source) for source in data.get("sources") or []],
                "path": key in options.path_edges,
                "label": options.edge_labels.get(key),
            }
        )
    notes = list(options.notes)
    if chosen == "geo":
        notes.append("Geographic layout: x = longitude, y = −latitude; lines every 30°.")
        if any(graph.nodes[n].get("lat") is None or graph.nodes[n].get("lon") is None for n in graph):
            notes.append("Cities without coordinates are in a row below the map.")
    return {
        "title": options.title,
        "colorBy": options.color_by,
        "layout": chosen,
        "geoScale": layouts.GEO_SCALE,
        "legend": _legend(categories.values(), palette),
        "filters": {
            "network": sorted({v for node in nodes for v in node["networks"]}),
            "field": sorted({v for node in nodes for v in node["fields"]}),
        },
        "nodes": nodes,
        "edges": edges,
        "notes": notes,
    }


def render(data: Mapping[str, Any]) -> str:
    """The standalone page for ``map_data`` output."""
    page = _asset("graph.export", "assets/map.html")
    # Replace the data last so nothing inside it is ever taken for a placeholder.
    for placeholder, value in (
        ("@TITLE@", html.escape(str(data["title"]))),
        ("@VIS_CSS@", vis_css()),
        ("@MAP_CSS@", _asset("graph.export", "assets/map.css")),
        ("@VIS_JS@", vis_js()),
        ("@MAP_JS@", _asset("graph.export", "assets/map.js")),
    ):
        page = page.replace(placeholder, value, 1)
    return page.replace("@DATA@", script_json(data), 1)


def network_html(graph: nx.Graph, options: MapOptions | None = None) -> str:
    """An interactive map of ``graph`` (a projection; not changed) as standalone HTML."""
    return render(map_data(graph, options or MapOptions()))
