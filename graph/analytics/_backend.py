"""Compiled backends behind the analytics functions: NetworKit graphs and SciPy matrices.

NetworkX stays the graph model. A graph is converted once per (graph, weight); frozen graphs
(the cached projections) keep their conversion for as long as they live, so a cached
projection pays the conversion only on its first metric.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import networkit as nk
import networkx as nx
import numpy as np
import scipy.sparse as sp

# An exact betweenness or closeness run costs about n·m edge visits; up to this many it takes
# well under a second, so smaller graphs are computed exactly and larger ones sampled.
EXACT_WORK = 20_000_000
# Pivots (sources) sampled on a large graph, for closeness, the mean path length and weighted
# betweenness: 256 BFS runs (≈ 0.3–1 s on 40,000 edges); sampled betweenness keeps ≥ 18 of
# the exact top-20 on a 2,000-city graph.
SAMPLES = 256

# KADABRA's error bound ε and failure probability δ for approximate betweenness on large
# graphs: 0.3–0.6 s on 20,000 cities; ≥ 19 of the exact top-20 there (BENCHMARKS.md).
KADABRA_EPSILON = 0.005
KADABRA_DELTA = 0.1

Samples = int | Literal["auto", "exact"]


def sample_count(n: int, m: int, k: Samples) -> int | None:
    """Sources to sample on a graph of ``n`` nodes and ``m`` edges, or ``None``: exact."""
    if k == "exact":
        return None
    if k == "auto":
        return None if n * m <= EXACT_WORK else min(SAMPLES, n)
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be 'auto', 'exact' or a positive int, not {k!r}")
    return None if k >= n else k


# NetworKit's seed and thread count are process-wide: one algorithm at a time keeps a seeded
# run reproducible even when the API serves several requests at once.
_LOCK = threading.RLock()
_CONVERSIONS: weakref.WeakKeyDictionary[nx.Graph, dict[tuple[str, str | None], Any]] = (
    weakref.WeakKeyDictionary()
)


@dataclass(frozen=True)
class Converted:
    """A NetworKit graph and the NetworkX node behind each NetworKit node id."""

    graph: nk.Graph
    nodes: list[Hashable]


def _memo(G: nx.Graph, kind: str, weight: str | None, make: Any) -> Any:
    if not nx.is_frozen(G):  # a mutable graph may change between calls: convert every time
        return make()
    with _LOCK:
        cached = _CONVERSIONS.setdefault(G, {})
        if (kind, weight) not in cached:
            cached[(kind, weight)] = make()
        return cached[(kind, weight)]


def _edge_arrays(
    G: nx.Graph, weight: str | None
) -> tuple[list[Hashable], np.ndarray, np.ndarray, np.ndarray]:
    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    m = G.number_of_edges()
    src = np.empty(m, dtype=np.int64)
    dst = np.empty(m, dtype=np.int64)
    weights = np.ones(m, dtype=np.float64)
    for i, (u, v, data) in enumerate(G.edges(data=True)):
        src[i], dst[i] = index[u], index[v]
        if weight is not None:
            weights[i] = data.get(weight, 1.0)
    return nodes, src, dst, weights


def to_networkit(G: nx.Graph, weight: str | None = None) -> Converted:
    """``G`` as an undirected NetworKit graph, weighted by the ``weight`` attribute if given."""

    def make() -> Converted:
        nodes, src, dst, weights = _edge_arrays(G, weight)
        graph = nk.Graph(len(nodes), weighted=weight is not None, directed=False)
        if len(src):
            if weight is None:
                graph.addEdges((src.astype(np.uint64), dst.astype(np.uint64)))
            else:
                graph.addEdges((weights, (src.astype(np.uint64), dst.astype(np.uint64))))
        return Converted(graph, nodes)

    converted: Converted = _memo(G, "networkit", weight, make)
    return converted


def to_csr(G: nx.Graph, weight: str | None = None) -> tuple[list[Hashable], sp.csr_array]:
    """The symmetric adjacency matrix of ``G`` (entries: ``weight``, or 1) and its node order."""

    def make() -> tuple[list[Hashable], sp.csr_array]:
        nodes, src, dst, weights = _edge_arrays(G, weight)
        n = len(nodes)
        rows = np.concatenate([src, dst])
        cols = np.concatenate([dst, src])
        data = np.concatenate([weights, weights])
        return nodes, sp.csr_array((data, (rows, cols)), shape=(n, n))

    result: tuple[list[Hashable], sp.csr_array] = _memo(G, "csr", weight, make)
    return result


def csr_to_networkit(matrix: sp.csr_array, weighted: bool) -> nk.Graph:
    """An undirected NetworKit graph of a symmetric adjacency matrix (node i = row i)."""
    upper = sp.triu(matrix, k=1).tocoo()
    graph = nk.Graph(matrix.shape[0], weighted=weighted, directed=False)
    if upper.nnz:
        rows, cols = upper.row.astype(np.uint64), upper.col.astype(np.uint64)
        graph.addEdges((upper.data.astype(np.float64), (rows, cols)) if weighted else (rows, cols))
    return graph


@contextmanager
def seeded(seed: int, threads: int | None = None) -> Iterator[None]:
    """Run NetworKit code with ``seed`` (and ``threads`` threads if given), one run at a time."""
    with _LOCK:
        before = nk.getMaxNumberOfThreads()
        nk.setSeed(seed, False)
        if threads is not None:
            nk.setNumberOfThreads(threads)
        try:
            yield
        finally:
            nk.setNumberOfThreads(before)


def check_graph(G: nx.Graph) -> None:
    """Refuse graph kinds the analytics do not define (they are written for simple undirected graphs)."""
    if G.is_directed() or G.is_multigraph():
        raise nx.NetworkXNotImplemented("analytics take an undirected simple nx.Graph")
