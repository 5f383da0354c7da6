"""Centrality of the cities in a projection: who are the hubs and the brokers.

Every function takes an undirected ``nx.Graph``, never changes it, and returns
:class:`Scores`: a ``dict`` from node to score that also says how it was computed
(``scores.method``): ``"exact"``, ``"sampled k=… seed=…"``, ``"approximate KADABRA …"`` or
``"exact per component"``. Betweenness and closeness run on NetworKit (compiled, C++);
eigenvector centrality and PageRank on SciPy sparse matrices. Large graphs are sampled or
approximated (see :func:`choose_samples` and :func:`betweenness_centrality`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Literal

import networkit as nk
import networkx as nx
import numpy as np
import scipy.sparse as sp
import scipy.sparse.csgraph as csgraph
import scipy.sparse.linalg as sla

from graph.analytics._backend import (
    EXACT_WORK,
    KADABRA_DELTA,
    KADABRA_EPSILON,
    SAMPLES,
    Samples,
    check_graph,
    csr_to_networkit,
    sample_count,
    seeded,
    to_csr,
    to_networkit,
)
from graph.analytics._paths import distance_blocks

__all__ = [
    "EXACT_WORK",
    "KADABRA_DELTA",
    "KADABRA_EPSILON",
    "SAMPLES",
    "Scores",
    "betweenness_centrality",
    "choose_samples",
    "closeness_centrality",
    "degree_centrality",
    "eigenvector_centrality",
    "pagerank",
]


class Scores(dict[Hashable, float]):
    """Scores by node, and ``method``: how they were computed."""

    method: str

    def __init__(self, scores: Iterable[tuple[Hashable, float]], method: str) -> None:
        super().__init__(scores)
        self.method = method


def choose_samples(G: nx.Graph, k: Samples = "auto") -> int | None:
    """How many source nodes to sample, or ``None`` for an exact computation.

    ``"auto"`` is exact while ``n·m`` ≤ :data:`EXACT_WORK`, else :data:`SAMPLES` sources;
    ``"exact"`` is always exact; an int ``k`` samples ``k`` sources (exact when ``k`` ≥ n).

    Examples
    --------
    >>> choose_samples(nx.karate_club_graph()) is None
    True
    >>> choose_samples(nx.path_graph(10_000))
    256
    >>> choose_samples(nx.path_graph(10), k=20) is None
    True
    """
    return sample_count(G.number_of_nodes(), G.number_of_edges(), k)


def _method(k: int | None, seed: int) -> str:
    return "exact" if k is None else f"sampled k={k} seed={seed}"


def degree_centrality(G: nx.Graph) -> Scores:
    """The fraction of the other nodes each node is linked to (degree / (n − 1)).

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.

    Returns
    -------
    Scores
        Node → degree centrality; ``method`` is ``"exact"``.

    Examples
    --------
    >>> scores = degree_centrality(nx.star_graph(3))
    >>> scores[0], scores[1], scores.method
    (1.0, 0.3333333333333333, 'exact')
    """
    check_graph(G)
    return Scores(nx.degree_centrality(G).items(), "exact")


def betweenness_centrality(
    G: nx.Graph,
    k: Samples | Literal["approximate"] = "auto",
    normalized: bool = True,
    weight: str | None = None,
    seed: int = 0,
    epsilon: float = KADABRA_EPSILON,
) -> Scores:
    """The share of shortest paths between other nodes that pass through each node (brokers).

    On NetworKit, equal to ``nx.betweenness_centrality`` when exact. Three methods:

    - exact (Brandes) while ``n·m`` ≤ ``EXACT_WORK``, or with ``k="exact"``;
    - approximate (KADABRA adaptive sampling of shortest paths, Borassi–Natale 2016): scores
      within about ±ε of the exact normalised ones with probability ≥ 1 − δ; what
      ``k="auto"`` uses on larger unweighted graphs, or ``k="approximate"``;
    - sampled: ``k`` random source nodes (an int), their contributions scaled up
      (Geisberger–Sanders–Schultes, NetworKit ``EstimateBetweenness``), like NetworkX's ``k``;
      also what ``"auto"`` uses on larger weighted graphs (``SAMPLES`` sources).

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.
    k : "auto", "exact", "approximate" or int
        The method, as above.
    normalized : bool
        Divide by the number of pairs of other nodes, (n − 1)(n − 2) / 2.
    weight : str or None
        Edge attribute holding a length (paths minimise its sum); ``None`` counts hops.
    seed : int
        Seed of the sample, so a sampled or approximate result can be repeated.
    epsilon : float
        Additive error bound ε of the approximate method (δ is ``KADABRA_DELTA``).

    Returns
    -------
    Scores
        Node → betweenness; ``method`` is ``"exact"``, ``"sampled k=… seed=…"`` or
        ``"approximate KADABRA ε=… δ=… seed=…"``.

    Examples
    --------
    >>> scores = betweenness_centrality(nx.krackhardt_kite_graph())
    >>> round(scores[7], 4), scores.method
    (0.3889, 'exact')
    >>> betweenness_centrality(nx.krackhardt_kite_graph(), k="approximate").method
    'approximate KADABRA ε=0.005 δ=0.1 seed=0'
    """
    check_graph(G)
    approximate = k == "approximate"
    samples = SAMPLES if approximate else choose_samples(G, k)  # type: ignore[arg-type]
    if k == "auto" and samples is not None and weight is None:
        approximate = True
    method = f"approximate KADABRA ε={epsilon} δ={KADABRA_DELTA} seed={seed}" if approximate else None
    method = method or _method(samples, seed)
    n = G.number_of_nodes()
    if n <= 2 or G.number_of_edges() == 0:  # no node lies between two others
        return Scores(((node, 0.0) for node in G), method)
    converted = to_networkit(G, None if approximate else weight)
    # One thread: parallel Brandes sums in varying order (last-bit differences between runs).
    with seeded(seed, threads=1):
        if approximate:
            algorithm = nk.centrality.KadabraBetweenness(converted.graph, epsilon, KADABRA_DELTA, True)
        elif samples is None:
            algorithm = nk.centrality.Betweenness(converted.graph, normalized=False)
        else:
            algorithm = nk.centrality.EstimateBetweenness(converted.graph, samples, False, False)
        algorithm.run()
        raw = np.asarray(algorithm.scores(), dtype=np.float64)
    pairs = (n - 1) * (n - 2) / 2
    if approximate:
        # KADABRA's score is the unordered-pair sum divided by n(n − 1) / 4 (checked against exact
        # runs): back to NetworKit's raw units, where each pair counts in both directions.
        raw = raw * n * (n - 1) / 2
    # NetworKit counts each unordered pair once per direction; NetworkX reports undirected
    # betweenness halved, and normalised by the (n − 1)(n − 2) / 2 pairs of other nodes.
    scores = raw / 2
    if normalized:
        scores = scores / pairs
    return Scores(zip(converted.nodes, scores.tolist(), strict=True), method)


def closeness_centrality(
    G: nx.Graph, k: Samples = "auto", distance: str | None = None, seed: int = 0
) -> Scores:
    """How near each node is to the nodes it can reach (Wasserman–Faust, as NetworkX).

    ``(r − 1) / Σd · (r − 1) / (n − 1)``, r the size of the node's component and Σd the sum of
    its distances to them; equals ``nx.closeness_centrality`` when exact. Sampled: in each
    component bigger than ``k``, Σd is estimated from ``k`` random pivots (Eppstein–Wang:
    Σd(v) ≈ r / k · Σ_p d(p, v)); smaller components stay exact.

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.
    k : "auto", "exact" or int
        Pivots to sample per large component, see :func:`choose_samples`.
    distance : str or None
        Edge attribute holding a length; ``None`` counts hops.
    seed : int
        Seed of the pivot sample.

    Returns
    -------
    Scores
        Node → closeness; ``method`` is ``"exact"`` or ``"sampled k=… seed=…"``.

    Examples
    --------
    >>> scores = closeness_centrality(nx.krackhardt_kite_graph())
    >>> round(scores[5], 4), scores.method
    (0.6429, 'exact')
    """
    check_graph(G)
    samples = choose_samples(G, k)
    nodes, matrix = to_csr(G, distance)
    n = len(nodes)
    if n <= 1:
        return Scores(((node, 0.0) for node in G), _method(samples, seed))
    if samples is None and distance is None:
        # NetworKit's own exact closeness ("generalized" = Wasserman–Faust, as NetworkX).
        converted = to_networkit(G)
        algorithm = nk.centrality.Closeness(converted.graph, True, nk.centrality.ClosenessVariant.GENERALIZED)
        algorithm.run()
        return Scores(zip(converted.nodes, algorithm.scores(), strict=True), "exact")
    _, labels = csgraph.connected_components(matrix, directed=False)
    sizes = np.bincount(labels)
    size_of = sizes[labels]
    pivoted = size_of > samples if samples is not None else np.zeros(n, dtype=bool)
    totals = np.zeros(n)
    # Exact part: every node of a small component (or of the whole graph) is a source, run on
    # the subgraph of those components so each distance row is only as long as they are.
    exact = np.flatnonzero(~pivoted & (size_of > 1))
    if len(exact):
        part = matrix if len(exact) == n else matrix[exact][:, exact]
        graph = csr_to_networkit(part, weighted=distance is not None)
        for chunk, block in distance_blocks(graph, range(len(exact))):
            totals[exact[chunk]] = np.where(np.isfinite(block), block, 0.0).sum(axis=1)
    # Sampled part: each large component's distance sums estimated from k random pivots.
    if pivoted.any() and samples is not None:
        rng = np.random.default_rng(seed)
        graph = to_networkit(G, distance).graph
        for component in np.flatnonzero(sizes > samples):
            members = np.flatnonzero(labels == component)
            pivots = rng.choice(members, size=samples, replace=False)
            for _, block in distance_blocks(graph, pivots.tolist()):
                totals[members] += block[:, members].sum(axis=0)
            totals[members] *= len(members) / samples
    reach = size_of - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(totals > 0, reach / totals * reach / (n - 1), 0.0)
    return Scores(zip(nodes, scores.tolist(), strict=True), _method(samples, seed))


def eigenvector_centrality(G: nx.Graph, weight: str | None = None) -> Scores:
    """Leading-eigenvector centrality, computed in each connected component separately.

    On a disconnected graph the leading eigenvector lives on one component only, so each
    component gets its own (Lanczos/ARPACK, or dense for small components), of unit norm,
    scaled by √(size / n): a connected graph gives exactly ``nx.eigenvector_centrality``'s
    vector and a pair of cities cannot outrank a hub of the giant component. An isolated node
    scores 0. If ARPACK does not converge, PageRank is returned instead and ``method`` says so.

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.
    weight : str or None
        Edge attribute used as the adjacency entry; ``None`` uses 1.

    Returns
    -------
    Scores
        Node → centrality; ``method`` is ``"exact per component"`` (or the PageRank fallback).

    Examples
    --------
    >>> scores = eigenvector_centrality(nx.star_graph(2))
    >>> round(scores[0], 4), round(scores[1], 4), scores.method
    (0.7071, 0.5, 'exact per component')
    """
    check_graph(G)
    nodes, matrix = to_csr(G, weight)
    n = len(nodes)
    scores = np.zeros(n)
    _, labels = csgraph.connected_components(matrix, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    for members in np.split(order, bounds):
        if len(members) < 2:
            continue
        block = matrix[members][:, members]
        try:
            vector = _leading_eigenvector(block)
        except sla.ArpackNoConvergence:
            fallback = pagerank(G, weight=weight)
            return Scores(fallback.items(), "pagerank (eigenvector did not converge)")
        scores[members] = vector * np.sqrt(len(members) / n)
    return Scores(zip(nodes, scores.tolist(), strict=True), "exact per component")


def _leading_eigenvector(block: sp.csr_array) -> np.ndarray:
    """The Perron vector of a connected component's adjacency matrix, positive, unit norm."""
    if block.shape[0] <= 64:
        _, vectors = np.linalg.eigh(block.toarray())
        vector = vectors[:, -1]
    else:
        # tol=0: to machine precision, so results match NetworkX within 1e-9.
        _, vectors = sla.eigsh(block.astype(np.float64), k=1, which="LA", tol=0)
        vector = vectors[:, 0]
    vector = np.abs(vector)
    result: np.ndarray = vector / np.linalg.norm(vector)
    return result


def pagerank(
    G: nx.Graph,
    alpha: float = 0.85,
    weight: str | None = "weight",
    tol: float = 1e-10,
    max_iter: int = 1000,
) -> Scores:
    """PageRank: the share of time a random walker spends at each node.

    The same power iteration as ``nx.pagerank`` (uniform teleport, an isolated node's mass
    spread uniformly) on a cached SciPy matrix, to a tighter default tolerance.

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed.
    alpha : float
        Damping: the chance of following an edge rather than jumping anywhere.
    weight : str or None
        Edge attribute giving a link's strength (missing: 1); ``None`` weighs links equally.
    tol : float
        Stop when the L1 change per iteration is below ``n · tol``.
    max_iter : int
        Give up (``nx.PowerIterationFailedConvergence``) after this many iterations.

    Returns
    -------
    Scores
        Node → PageRank, summing to 1; ``method`` is ``"exact"``.

    Examples
    --------
    >>> scores = pagerank(nx.star_graph(2))
    >>> round(scores[0], 4), round(scores[1], 4)
    (0.4865, 0.2568)
    """
    check_graph(G)
    nodes, matrix = to_csr(G, weight)
    n = len(nodes)
    if n == 0:
        return Scores([], "exact")
    strength = np.asarray(matrix.sum(axis=1)).ravel()
    dangling = strength == 0
    inverse = np.divide(1.0, strength, out=np.zeros(n), where=~dangling)
    walk = sp.diags_array(inverse) @ matrix
    uniform = np.full(n, 1.0 / n)
    x = uniform
    for _ in range(max_iter):
        previous = x
        x = alpha * (x @ walk + x[dangling].sum() * uniform) + (1 - alpha) * uniform
        if np.abs(x - previous).sum() < n * tol:
            return Scores(zip(nodes, x.tolist(), strict=True), "exact")
    raise nx.PowerIterationFailedConvergence(max_iter)
