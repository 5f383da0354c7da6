"""How nodes look: a colour per network or creative field (with a legend) and a size per score.

Sizing takes a measure by name from MEASURES (degree by default, computed here with NetworkX)
or ready-made ``scores`` — the seam for centralities computed elsewhere (graph.analytics).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import networkx as nx

ColorBy = Literal["network", "field"]
COLOR_BY: tuple[ColorBy, ...] = ("network", "field")

NONE = "none"
SEVERAL = "several"
# Fixed colours for the known categories, so a network keeps its colour from map to map.
FIXED_COLOURS: dict[str, str] = {
    "uccn": "#1f77b4",
    "iccn": "#ff7f0e",
    "wccf": "#2ca02c",
    "crafts-folk-art": "#8c564b",
    "design": "#1f77b4",
    "film": "#d62728",
    "gastronomy": "#ff7f0e",
    "literature": "#9467bd",
    "media-arts": "#17becf",
    "music": "#e377c2",
    "architecture": "#bcbd22",
    SEVERAL: "#7f3b08",
    NONE: "#a0a0a0",
}
PALETTE = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354")

MIN_SIZE, MAX_SIZE = 6.0, 30.0

Measure = Callable[[nx.Graph], Mapping[Any, float]]
MEASURES: dict[str, Measure] = {
    "degree": lambda graph: dict(graph.degree()),
    "weight": lambda graph: dict(graph.degree(weight="weight")),
    "none": lambda graph: dict.fromkeys(graph, 1.0),
}


def node_values(data: Mapping[str, Any], color_by: ColorBy) -> list[str]:
    """The networks (or creative fields) a node belongs to, sorted."""
    if color_by == "network":
        networks = set(data.get("networks") or [])
        networks |= {d["network"] for d in data.get("designations") or [] if d.get("network")}
        return sorted(networks)
    return sorted({str(field).split(":", 1)[-1] for field in data.get("fields") or []})


def category(values: list[str]) -> str:
    """One colour category: the single value, ``several`` or ``none``."""
    if not values:
        return NONE
    return values[0] if len(values) == 1 else SEVERAL


def colours(categories: Iterable[str]) -> dict[str, str]:
    """A colour for each category: fixed ones first, then the palette in sorted order."""
    found = sorted(set(categories))
    spare = iter(PALETTE * (len(found) // len(PALETTE) + 1))
    return {name: FIXED_COLOURS[name] if name in FIXED_COLOURS else next(spare) for name in found}


def sizes(
    graph: nx.Graph, size_by: str = "degree", scores: Mapping[Any, float] | None = None
) -> dict[Any, float]:
    """A node size between MIN_SIZE and MAX_SIZE, by square root of the score (area ∝ score)."""
    if scores is None:
        if size_by not in MEASURES:
            raise ValueError(f"unknown size measure {size_by!r}; choose from {sorted(MEASURES)}")
        scores = MEASURES[size_by](graph)
    roots = {node: math.sqrt(max(float(scores.get(node, 0.0)), 0.0)) for node in graph}
    top = max(roots.values(), default=0.0)
    if top == 0:
        return dict.fromkeys(graph, MIN_SIZE)
    return {node: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * root / top for node, root in roots.items()}
