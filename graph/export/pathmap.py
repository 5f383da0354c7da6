"""A collaboration path drawn over the neighbourhood of its cities."""

from __future__ import annotations

import networkx as nx

from graph.export.html import MapOptions
from graph.export.style import ColorBy
from graph.paths import Path

# The node at the far end of a relationship that is not a city-city link.
HUB_KIND = {"MEMBER_OF": "network", "DESIGNATED": "creative field", "PARTICIPATES_IN": "project"}


def path_graph(projection: nx.Graph, path: Path, context: int = 1) -> nx.Graph:
    """The path's cities with their neighbours ``context`` hops away, plus the path's hub nodes.

    Networks, fields and projects the path goes through become nodes of their own (named,
    without coordinates), since the path's hops are not all city–city links.
    """
    cities = {hop.from_id for hop in path.hops} | {hop.to_id for hop in path.hops}
    keep: set[str] = set()
    for city in cities & set(projection):
        keep |= set(nx.ego_graph(projection, city, radius=context))
    graph = nx.Graph(projection.subgraph(keep))
    for hop in path.hops:
        for node, name in ((hop.from_id, hop.from_name), (hop.to_id, hop.to_name)):
            if node not in graph:
                kind = HUB_KIND.get(hop.relation, "node")
                graph.add_node(node, name=name, country=None, networks=[], designations=[], fields=[])
                graph.nodes[node]["kind"] = kind
        if not graph.has_edge(hop.from_id, hop.to_id):
            graph.add_edge(hop.from_id, hop.to_id, kinds=[hop.relation.lower()], details=[], sources=[])
        data = graph.edges[hop.from_id, hop.to_id]
        data["details"] = [*data.get("details", []), hop.detail]
        data["sources"] = sorted(set(data.get("sources", [])) | set(hop.sources))
    return graph


def path_options(path: Path, title: str, color_by: ColorBy = "network") -> MapOptions:
    """Map options that highlight the path's nodes and edges and label each hop."""
    nodes = frozenset({hop.from_id for hop in path.hops} | {hop.to_id for hop in path.hops})
    edges = {frozenset((hop.from_id, hop.to_id)): hop.detail for hop in path.hops}
    return MapOptions(
        title=title,
        path_nodes=nodes,
        path_edges=frozenset(edges),
        edge_labels=edges,
        color_by=color_by,
        layout="auto",
        notes=tuple(
            f"{number}. {hop.from_name} → {hop.to_name}: {hop.detail}"
            for number, hop in enumerate(path.hops, 1)
        ),
    )
