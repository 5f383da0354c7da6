"""Whole-graph statistics of a projection: size, components, distances, clustering, mixing."""

from __future__ import annotations

import math
from typing import Any

import networkit as nk
import networkx as nx
import numpy as np
import scipy.sparse.csgraph as csgraph

from graph.analytics._backend import Samples, check_graph, csr_to_networkit, sample_count, to_csr
from graph.analytics._paths import distance_blocks

__all__ = ["graph_statistics"]


def graph_statistics(G: nx.Graph, k: Samples = "auto", seed: int = 0) -> dict[str, Any]:
    """Size, connectivity, distances, clustering and degree mixing of an undirected graph.

    Distances are hop counts in the largest connected component (the first found when two
    are equally large). The diameter is exact (NetworKit's iFUB, fast on real networks); the
    mean shortest-path length is exact while ``r·m`` ≤ ``centrality.EXACT_WORK``, else the mean over BFS
    runs from ``k`` random sources (``methods`` says which).

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.
    k : "auto", "exact" or int
        Sources for the mean path length, as in ``centrality.choose_samples``.
    seed : int
        Seed of the source sample.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``average_degree``, ``max_degree``, ``components``,
        ``largest_component_size``, ``largest_component_share``, ``diameter``,
        ``mean_path_length``, ``average_clustering``, ``transitivity``, ``triangles``,
        ``degree_assortativity`` (``None`` where undefined, e.g. all degrees equal), and
        ``methods``: how each estimated statistic was computed.

    Examples
    --------
    >>> stats = graph_statistics(nx.krackhardt_kite_graph())
    >>> stats["nodes"], stats["edges"], stats["diameter"], stats["triangles"]
    (10, 18, 4, 11)
    >>> round(stats["mean_path_length"], 4), round(stats["transitivity"], 4)
    (1.9778, 0.5789)
    """
    check_graph(G)
    nodes, matrix = to_csr(G, None)
    n = len(nodes)
    degrees = np.asarray((matrix > 0).sum(axis=1)).ravel() if n else np.zeros(0)
    m = int(degrees.sum() // 2)
    result: dict[str, Any] = {
        "nodes": n,
        "edges": m,
        "average_degree": 2 * m / n if n else 0.0,
        "max_degree": int(degrees.max()) if n else 0,
        "components": 0,
        "largest_component_size": 0,
        "largest_component_share": 0.0,
        "diameter": None,
        "mean_path_length": None,
        "average_clustering": 0.0,
        "transitivity": 0.0,
        "triangles": 0,
        "degree_assortativity": _assortativity(matrix, degrees),
        "methods": {"diameter": "exact", "mean_path_length": "exact"},
    }
    if n == 0:
        return result
    count, labels = csgraph.connected_components(matrix, directed=False)
    sizes = np.bincount(labels)
    largest = np.flatnonzero(labels == int(np.argmax(sizes)))
    result["components"] = int(count)
    result["largest_component_size"] = len(largest)
    result["largest_component_share"] = len(largest) / n
    core = csr_to_networkit(matrix[largest][:, largest], weighted=False)
    if len(largest) > 1:
        diameter = nk.distance.Diameter(core, nk.distance.DiameterAlgo.EXACT)
        diameter.run()
        result["diameter"] = int(diameter.getDiameter()[0])
        samples = sample_count(len(largest), core.numberOfEdges(), k)
        result["mean_path_length"] = _mean_path_length(core, samples, seed)
        if samples is not None:
            result["methods"]["mean_path_length"] = f"sampled k={samples} seed={seed}"
    else:
        result["diameter"], result["mean_path_length"] = 0, 0.0
    result.update(_clustering(matrix, degrees))
    return result


def _mean_path_length(core: nk.Graph, samples: int | None, seed: int) -> float:
    """Mean distance between two nodes of a connected graph, from all or ``samples`` sources."""
    r = core.numberOfNodes()
    if samples is None:
        sources = np.arange(r)
    else:
        sources = np.random.default_rng(seed).choice(r, size=samples, replace=False)
    total = 0.0
    for _, block in distance_blocks(core, sources.tolist()):
        total += float(block.sum())
    return float(total / (len(sources) * (r - 1)))


def _clustering(matrix: Any, degrees: np.ndarray) -> dict[str, Any]:
    """Average clustering (nodes of degree < 2 count as 0), transitivity and triangles."""
    adjacency = (matrix > 0).astype(np.float64).tocsr()
    # Triangles at each node: (A² ∘ A) summed over a row counts each triangle twice.
    at_node = np.asarray((adjacency @ adjacency).multiply(adjacency).sum(axis=1)).ravel() / 2
    pairs = degrees * (degrees - 1) / 2
    local = np.divide(at_node, pairs, out=np.zeros(len(degrees)), where=pairs > 0)
    return {
        "average_clustering": float(local.mean()) if len(local) else 0.0,
        "transitivity": float(at_node.sum() / pairs.sum()) if pairs.sum() else 0.0,
        "triangles": round(float(at_node.sum()) / 3),
    }


def _assortativity(matrix: Any, degrees: np.ndarray) -> float | None:
    """Pearson correlation of the degrees at the two ends of an edge (each edge both ways)."""
    rows, cols = matrix.nonzero()
    if len(rows) == 0:
        return None
    x, y = degrees[rows].astype(np.float64), degrees[cols].astype(np.float64)
    spread = x.std() * y.std()
    if spread == 0:
        return None
    value = float(((x - x.mean()) * (y - y.mean())).mean() / spread)
    return None if math.isnan(value) else value
