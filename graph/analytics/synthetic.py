"""A synthetic graph shaped like the twin-town network, for benchmarks and sampling tests."""

from __future__ import annotations

import random

import networkx as nx

__all__ = ["twin_town_like_graph"]


def twin_town_like_graph(n: int = 20_000, m: int = 40_000, seed: int = 0) -> nx.Graph:
    """A graph with ``n`` nodes and ``m`` edges shaped like a twin-town network.

    Like the real network: one giant component (85% of the nodes) with heavy-tailed degrees
    (preferential attachment: a few cities have hundreds of twins) and some clustering
    (40% of a new city's extra links close a triangle), plus small components: isolated
    cities, pairs and little stars. Nodes are ``"c0"``, ``"c1"``, …

    Parameters
    ----------
    n, m : int
        Number of nodes and of edges (m must be at least about n).
    seed : int
        Seed of the random choices: the same seed gives the same graph.

    Returns
    -------
    nx.Graph
        A new graph.

    Examples
    --------
    >>> G = twin_town_like_graph(200, 400, seed=1)
    >>> G.number_of_nodes(), G.number_of_edges()
    (200, 400)
    >>> nx.utils.graphs_equal(G, twin_town_like_graph(200, 400, seed=1))
    True
    """
    rng = random.Random(seed)
    giant = max(2, int(n * 0.85))
    neighbours: list[list[int]] = [[] for _ in range(n)]
    edges: set[tuple[int, int]] = set()
    ends: list[int] = []  # a node once per edge end: drawing from it is preferential attachment

    def link(u: int, v: int) -> bool:
        if u == v or (min(u, v), max(u, v)) in edges:
            return False
        edges.add((min(u, v), max(u, v)))
        neighbours[u].append(v)
        neighbours[v].append(u)
        ends.extend((u, v))
        return True

    link(0, 1)
    # Small components use about two thirds of an edge per node; the giant gets the rest.
    per_node = max(1.0, (m - (n - giant) * 2 / 3) / giant)
    for u in range(2, giant):
        target = rng.choice(ends)
        link(u, target)
        extra = int(per_node) - 1 + (rng.random() < per_node % 1)
        for _ in range(extra):
            v = rng.choice(neighbours[target]) if rng.random() < 0.4 else rng.choice(ends)
            link(u, v)
    start = giant
    while start < n:
        size = min(rng.choice([1, 2, 2, 2, 3, 4, 6]), n - start)
        for leaf in range(start + 1, start + size):
            link(start, leaf)
        start += size
    while len(edges) < m:  # top up inside the giant component, hubs first
        link(rng.choice(ends[: 2 * giant]), rng.randrange(giant))
    G = nx.Graph()
    G.add_nodes_from(f"c{i}" for i in range(n))
    G.add_edges_from((f"c{u}", f"c{v}") for u, v in sorted(edges)[:m])
    return G
