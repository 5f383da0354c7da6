"""Analytics of a store's projections, cached until the store changes.

A result is keyed by store version, projection, filters, metric and its parameters, so a
repeated request costs a dictionary look-up and any write makes the next one recompute.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Literal, TypeVar

import networkx as nx

from graph.analytics.centrality import (
    Scores,
    betweenness_centrality,
    closeness_centrality,
    degree_centrality,
    eigenvector_centrality,
    pagerank,
)
from graph.analytics.communities import Partition, louvain_communities
from graph.analytics.stats import graph_statistics
from graph.project import Filters, Projection, Projector

__all__ = ["METRICS", "Analytics", "Metric", "compute_centrality", "ranked"]

Metric = Literal["degree", "betweenness", "closeness", "eigenvector", "pagerank"]
METRICS: tuple[Metric, ...] = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")

T = TypeVar("T")


def compute_centrality(metric: Metric, graph: nx.Graph, seed: int = 0) -> Scores:
    """``metric`` of every node of ``graph``, with the defaults the API and CLI use."""
    if metric == "degree":
        return degree_centrality(graph)
    if metric == "betweenness":
        return betweenness_centrality(graph, seed=seed)
    if metric == "closeness":
        return closeness_centrality(graph, seed=seed)
    if metric == "eigenvector":
        return eigenvector_centrality(graph)
    if metric == "pagerank":
        return pagerank(graph)
    raise ValueError(f"unknown metric {metric!r}; choose from {list(METRICS)}")


def ranked(scores: dict[Hashable, float]) -> list[tuple[Hashable, float, int]]:
    """(node, score, rank) best first, ties by node; tied scores share a rank (1, 1, 3, …).

    Scores equal to 12 decimals tie: the same value reached by different float sums.

    Examples
    --------
    >>> ranked({"a": 0.5, "b": 1.0, "c": 0.5 + 1e-16, "d": 0.1})
    [('b', 1.0, 1), ('a', 0.5, 2), ('c', 0.5000000000000001, 2), ('d', 0.1, 4)]
    """
    ordered = sorted(scores.items(), key=lambda item: (-round(item[1], 12), str(item[0])))
    result: list[tuple[Hashable, float, int]] = []
    for position, (node, score) in enumerate(ordered):
        tied = result and round(result[-1][1], 12) == round(score, 12)
        result.append((node, score, result[-1][2] if tied else position + 1))
    return result


class Analytics:
    """Centrality, communities and statistics of a projector's projections, cached."""

    def __init__(self, projector: Projector, size: int = 64) -> None:
        self.projector = projector
        self._size = size
        self._cache: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def _get(
        self,
        projection: Projection,
        filters: Filters | None,
        params: tuple[Hashable, ...],
        compute: Callable[[nx.Graph], T],
    ) -> tuple[nx.Graph, T]:
        # Read the version before building: a write in between only files a newer result
        # under an older key, which is never asked for again.
        key = (self.projector.store.version, projection, filters or Filters(), *params)
        graph = self.projector.get(projection, filters)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                result: T = self._cache[key]
                return graph, result
        result = compute(graph)
        with self._lock:
            self._cache[key] = result
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return graph, result

    def centrality(
        self,
        metric: Metric,
        projection: Projection = "twinning",
        filters: Filters | None = None,
        seed: int = 0,
    ) -> tuple[nx.Graph, Scores]:
        """The projection and ``metric`` of every city in it (sampled ones use ``seed``)."""
        if metric not in METRICS:
            raise ValueError(f"unknown metric {metric!r}; choose from {list(METRICS)}")
        return self._get(
            projection, filters, ("centrality", metric, seed), lambda g: compute_centrality(metric, g, seed)
        )

    def ranking(
        self,
        metric: Metric,
        projection: Projection = "twinning",
        filters: Filters | None = None,
        seed: int = 0,
    ) -> tuple[nx.Graph, Scores, list[tuple[Hashable, float, int]]]:
        """The projection, ``metric`` scores, and every city ranked best first (see :func:`ranked`)."""
        graph, scores = self.centrality(metric, projection, filters, seed)
        _, order = self._get(projection, filters, ("ranking", metric, seed), lambda _graph: ranked(scores))
        return graph, scores, order

    def communities(
        self, projection: Projection = "twinning", filters: Filters | None = None, seed: int = 0
    ) -> tuple[nx.Graph, Partition]:
        """The projection and its Louvain communities for ``seed``."""
        return self._get(
            projection, filters, ("communities", seed), lambda g: louvain_communities(g, seed=seed)
        )

    def statistics(
        self, projection: Projection = "twinning", filters: Filters | None = None, seed: int = 0
    ) -> tuple[nx.Graph, dict[str, Any]]:
        """The projection and its whole-graph statistics."""
        return self._get(projection, filters, ("statistics", seed), lambda g: graph_statistics(g, seed=seed))
