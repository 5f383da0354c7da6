"""Attribute values made acceptable to file formats that only know scalars (GEXF, GraphML, CSV)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import networkx as nx

SEPARATOR = "|"
Scalar = str | int | float | bool


def flat_value(value: Any) -> Scalar | None:
    """A scalar for ``value``: lists of scalars ``|``-joined, other structures as JSON, None kept."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        if all(isinstance(item, str | int | float | bool) for item in items):
            return SEPARATOR.join(str(item) for item in items)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def flat_attributes(data: Mapping[str, Any]) -> dict[str, Scalar]:
    """The attributes with flat values; None is dropped since GEXF/GraphML have no null."""
    flat = {key: flat_value(value) for key, value in data.items()}
    return {key: value for key, value in flat.items() if value is not None}


def flat_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose node, edge and graph attributes are all scalars."""
    flat = nx.Graph(**flat_attributes(graph.graph))
    flat.add_nodes_from((node, flat_attributes(data)) for node, data in graph.nodes(data=True))
    flat.add_edges_from((a, b, flat_attributes(data)) for a, b, data in graph.edges(data=True))
    return flat
