"""Communities of cities: groups more densely linked to each other than to the rest.

Louvain modularity optimisation on NetworKit (``PLM``, single-threaded so that a ``seed``
repeats the result exactly). Graph in, :class:`Partition` (a ``dict`` node → community) out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

import networkit as nk
import networkx as nx

from graph.analytics._backend import check_graph, seeded, to_networkit

__all__ = ["Partition", "louvain_communities", "modularity"]


class Partition(dict[Hashable, int]):
    """Node → community number (0 = the largest community), with ``method`` and ``modularity``."""

    method: str
    modularity: float

    def __init__(self, items: Iterable[tuple[Hashable, int]], method: str, modularity: float) -> None:
        super().__init__(items)
        self.method = method
        self.modularity = modularity

    def communities(self) -> list[set[Hashable]]:
        """The communities as sets of nodes, largest first (the order of their numbers)."""
        groups: dict[int, set[Hashable]] = defaultdict(set)
        for node, community in self.items():
            groups[community].add(node)
        return [groups[number] for number in sorted(groups)]


def louvain_communities(
    G: nx.Graph, weight: str | None = "weight", resolution: float = 1.0, seed: int = 0
) -> Partition:
    """Communities found by the Louvain method (multi-level modularity optimisation).

    Parameters
    ----------
    G : nx.Graph
        An undirected graph; it is not changed. An isolated node is a community of its own.
    weight : str or None
        Edge attribute giving a link's strength (missing: 1); ``None`` weighs links equally.
    resolution : float
        Modularity resolution γ: above 1 favours smaller communities, below 1 larger ones.
    seed : int
        Seed of the node order: the same seed on the same graph gives the same partition.

    Returns
    -------
    Partition
        Node → community number, numbered by size (largest first, ties by smallest member);
        ``method`` is ``"louvain seed=…"``, ``modularity`` the partition's modularity.

    Examples
    --------
    >>> G = nx.barbell_graph(5, 0)
    >>> partition = louvain_communities(G, seed=1)
    >>> sorted(map(sorted, partition.communities()))
    [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    >>> partition.method, round(partition.modularity, 4)
    ('louvain seed=1', 0.4524)
    """
    check_graph(G)
    method = f"louvain seed={seed}" + ("" if resolution == 1.0 else f" resolution={resolution}")
    if G.number_of_nodes() == 0:
        return Partition([], method, 0.0)
    converted = to_networkit(G, weight)
    quality = 0.0
    if converted.graph.numberOfEdges() == 0:
        labels = list(range(G.number_of_nodes()))
    else:
        # One thread: reproducible, and OpenMP threads only spin on a busy shared machine.
        with seeded(seed, threads=1):
            algorithm = nk.community.PLM(converted.graph, refine=False, gamma=resolution, par="none")
            algorithm.run()
            found = algorithm.getPartition()
            labels = found.getVector()
            if resolution == 1.0:  # NetworKit's index has no resolution term
                quality = nk.community.Modularity().getQuality(found, converted.graph)
            else:
                quality = float("nan")
    groups: dict[int, list[Hashable]] = defaultdict(list)
    for node, label in zip(converted.nodes, labels, strict=True):
        groups[label].append(node)
    ordered = sorted(groups.values(), key=lambda members: (-len(members), min(map(str, members))))
    partition = ((node, number) for number, members in enumerate(ordered) for node in members)
    result = Partition(partition, method, quality)
    if quality != quality:  # NaN: a resolution other than 1
        result.modularity = modularity(G, result, weight=weight, resolution=resolution)
    return result


def modularity(
    G: nx.Graph, partition: dict[Hashable, int], weight: str | None = "weight", resolution: float = 1.0
) -> float:
    """Newman's modularity of ``partition`` (node → community), as ``nx.community.modularity``.

    Examples
    --------
    >>> round(modularity(nx.barbell_graph(3, 0), {0: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1}), 4)
    0.3571
    """
    check_graph(G)
    m = G.size(weight=weight)
    if m == 0:
        return 0.0
    inside: dict[int, float] = defaultdict(float)
    degree: dict[int, float] = defaultdict(float)
    for u, v, w in G.edges(data=weight, default=1):
        if partition[u] == partition[v]:
            inside[partition[u]] += 1 if weight is None else w
    for node, d in G.degree(weight=weight):
        degree[partition[node]] += d
    return float(sum(inside[c] / m - resolution * (degree[c] / (2 * m)) ** 2 for c in degree))
