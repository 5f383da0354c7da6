"""The shortest collaboration path between two cities and up to k alternatives (Yen's algorithm).

The store answers one shortest path (``graph.paths``); alternatives need a graph held in
memory. ``PathFinder`` builds a typed NetworkX graph per set of relation kinds from the export
queries — cities, networks, creative fields and projects as nodes — caches it per store
version, and asks ``networkx.shortest_simple_paths`` for paths in order of length.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.paths import MAX_HOPS, RELATION_KINDS, Hop, Path, explain, relation_types
from graph.store import GraphStore, QueryTimeout

__all__ = ["MAX_K", "PathFinder"]

MAX_K = 5
Node = tuple[str, str]  # (label, id): ids are unique per label only


def _city(city_id: str) -> Node:
    return ("City", city_id)


class PathFinder:
    """k shortest paths over one store; graphs are rebuilt when the store's version moves."""

    def __init__(self, store: GraphStore, timeout_ms: int = 10_000) -> None:
        self.store = store
        self.timeout_ms = timeout_ms
        self._graphs: dict[tuple[int, frozenset[str]], nx.Graph] = {}
        self._lock = threading.Lock()

    def graph(self, via: Iterable[str]) -> nx.Graph:
        """The typed graph over the ``via`` relation kinds (cached per store version)."""
        kinds = frozenset(via)
        relation_types(kinds)  # unknown kinds raise ValueError naming them
        key = (self.store.version, kinds)
        with self._lock:
            if key in self._graphs:
                return self._graphs[key]
        built = nx.freeze(self._build(kinds))
        with self._lock:
            # Drop graphs of older versions: they can never be asked for again.
            self._graphs = {k: g for k, g in self._graphs.items() if k[0] == key[0]}
            self._graphs[key] = built
        return built

    def _build(self, kinds: frozenset[str]) -> nx.Graph:
        graph = nx.Graph()
        for row in self.store.run("export_cities"):
            graph.add_node(_city(row["id"]), name=row["name"])

        def link(city: str, other: Node, other_name: str, rel_type: str, props: dict[str, Any]) -> None:
            graph.add_node(other, name=other_name)
            graph.add_edge(_city(city), other, type=rel_type, start=city, props=props)

        if "twinning" in kinds:
            for row in self.store.run("export_twinnings"):
                props = {"kind": row["kind"], "since": row["since"], "sources": row["sources"]}
                graph.add_edge(
                    _city(row["a"]), _city(row["b"]), type="TWINNED_WITH", start=row["a"], props=props
                )
        if "membership" in kinds:
            for row in self.store.run("export_memberships"):
                props = {"since": row["since"], "until": row["until"], "sources": row["sources"]}
                link(row["city"], ("Network", row["network"]), row["name"], "MEMBER_OF", props)
        if "designation" in kinds:
            for row in self.store.run("export_designations"):
                props = {"network": row["network"], "year": row["year"], "sources": row["sources"]}
                link(row["city"], ("CreativeField", row["field"]), row["name"], "DESIGNATED", props)
        if "project" in kinds:
            for row in self.store.run("export_participations"):
                props = {"role": row["role"], "sources": row["sources"]}
                link(row["city"], ("Project", row["project"]), row["name"], "PARTICIPATES_IN", props)
        return graph

    def paths(
        self,
        source: str,
        target: str,
        via: Iterable[str] = tuple(RELATION_KINDS),
        max_hops: int = MAX_HOPS,
        k: int = 1,
    ) -> list[Path]:
        """Up to ``k`` loop-free paths of at most ``max_hops`` hops, shortest first; [] when none."""
        if not 1 <= max_hops <= MAX_HOPS:
            raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}")
        if not 1 <= k <= MAX_K:
            raise ValueError(f"k must be between 1 and {MAX_K}")
        graph = self.graph(via)
        start, end = _city(source), _city(target)
        if start not in graph or end not in graph or start == end:
            return []
        found: list[Path] = []
        deadline = time.monotonic() + self.timeout_ms / 1000
        try:
            # Yen's algorithm yields paths in order of length, so the first too long ends the search.
            for nodes in itertools.islice(nx.shortest_simple_paths(graph, start, end), k):
                if len(nodes) - 1 > max_hops:
                    break
                found.append(Path(self._hops(graph, nodes)))
                if len(found) < k and time.monotonic() > deadline:
                    # Same limit as a store query: the search runs in Python, outside the store.
                    raise QueryTimeout(f"path search {source} → {target} took over {self.timeout_ms} ms")
        except nx.NetworkXNoPath:
            return []
        return found

    @staticmethod
    def _hops(graph: nx.Graph, nodes: list[Node]) -> list[Hop]:
        hops = []
        for here, there in itertools.pairwise(nodes):
            edge = graph.edges[here, there]
            # The relationship's start node is the actor the explanation names first.
            forward = here[0] == "City" and here[1] == edge["start"]
            actor, target = (here, there) if forward else (there, here)
            props = {key: value for key, value in edge["props"].items() if key != "sources"}
            hops.append(
                Hop(
                    from_id=here[1],
                    from_name=graph.nodes[here]["name"],
                    to_id=there[1],
                    to_name=graph.nodes[there]["name"],
                    relation=edge["type"],
                    detail=explain(
                        edge["type"], props, graph.nodes[actor]["name"], graph.nodes[target]["name"]
                    ),
                    sources=list(edge["props"].get("sources") or []),
                    from_label=here[0],
                    to_label=there[0],
                )
            )
        return hops
