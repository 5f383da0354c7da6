"""Analytics over city–city projections: centrality, communities and graph statistics.

Pure functions in the NetworkX style (graph in, ``dict`` out, input never changed), computed
on compiled backends (NetworKit, SciPy); :class:`graph.analytics.cached.Analytics` caches
their results per store version, projection, filters and parameters.
"""

from graph.analytics.centrality import (
    Scores,
    betweenness_centrality,
    closeness_centrality,
    degree_centrality,
    eigenvector_centrality,
    pagerank,
)
from graph.analytics.communities import Partition, louvain_communities, modularity
from graph.analytics.stats import graph_statistics

__all__ = [
    "Partition",
    "Scores",
    "betweenness_centrality",
    "closeness_centrality",
    "degree_centrality",
    "eigenvector_centrality",
    "graph_statistics",
    "louvain_communities",
    "modularity",
    "pagerank",
]
