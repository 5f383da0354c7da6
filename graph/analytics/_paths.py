"""Shortest-path distances from many sources at once, in bounded memory (NetworKit BFS/Dijkstra)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import networkit as nk
import numpy as np

# Rows of a distance block held at once: 256 sources × 20,000 cities ≈ 40 MB of float64.
CHUNK = 256


def distance_blocks(graph: nk.Graph, sources: Sequence[int]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(sources, distances) blocks; an unreachable node's distance is ``inf``."""
    for start in range(0, len(sources), CHUNK):
        chunk = np.asarray(sources[start : start + CHUNK], dtype=np.int64)
        spsp = nk.distance.SPSP(graph, [int(s) for s in chunk])
        spsp.run()
        distances = np.asarray(spsp.getDistances(asarray=True), dtype=np.float64)
        # NetworKit marks an unreachable node with the largest double; make it inf so sums skip it.
        distances[distances > 1e300] = np.inf
        yield chunk, distances.reshape(len(chunk), graph.numberOfNodes())
