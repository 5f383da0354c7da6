"""Analytics speed: compiled backends (NetworKit, SciPy) against plain NetworkX, side by side.

Run: ``.venv/bin/python -m tests.benchmarks.bench_analytics [--repeat 3] [--no-networkx] [--no-real]``.

On a synthetic 20,000-city / 40,000-link graph shaped like the twin-town network (fixed seed)
and, when ``seed/`` holds the real data, on the real twinning projection (loaded into a
temporary embedded store), it times every metric:

- cold: a fresh frozen copy of the graph, so the NetworKit/SciPy conversion is paid too;
- cached: the same request again through ``Analytics`` (store version + projection + filters
  + parameters → result);

and plain NetworkX for betweenness (k=256, against both our default and our own k=256),
Louvain, and closeness. Exact NetworkX
closeness would take over 10 minutes here, so it is run from a random sample of nodes
(``nx.closeness_centrality(G, u=…)``) and extrapolated to all nodes: the output says so.
Prints figures only; nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from graph.analytics import (
    betweenness_centrality,
    closeness_centrality,
    graph_statistics,
    louvain_communities,
)
from graph.analytics.cached import Analytics
from graph.analytics.synthetic import twin_town_like_graph
from graph.load import load_seed
from graph.project import Filters, Projection, Projector
from graph.settings import REPO_ROOT
from graph.store.embedded import EmbeddedStore

CLOSENESS_SAMPLE = 200  # nodes whose exact NetworkX closeness is timed, then extrapolated


@dataclass
class _Version:
    version: int = 0


@dataclass
class FixedProjector:
    """Serves one ready graph as every projection (the synthetic graph has no store)."""

    graph: nx.Graph
    store: _Version = field(default_factory=_Version)

    def get(self, projection: Projection = "twinning", filters: Filters | None = None) -> nx.Graph:
        return self.graph


def _seconds(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _spread(samples: list[float]) -> str:
    if len(samples) == 1:
        return f"{samples[0]:8.3f}"
    return f"{statistics.median(samples):8.3f} ({min(samples):.3f}–{max(samples):.3f})"


def _ours(graph: nx.Graph, repeat: int) -> list[tuple[str, str, list[float], float]]:
    """(metric, method, cold seconds per run, cached seconds) for every metric."""
    rows = []
    jobs: list[tuple[str, Callable[[Analytics], Any]]] = [
        *[(m, lambda a, m=m: a.centrality(m)[1]) for m in ("degree", "betweenness", "closeness")],
        *[(m, lambda a, m=m: a.centrality(m)[1]) for m in ("eigenvector", "pagerank")],
        ("louvain", lambda a: a.communities()[1]),
        ("statistics", lambda a: a.statistics()[1]),
    ]
    for name, job in jobs:
        cold = []
        for _ in range(repeat):
            analytics = Analytics(FixedProjector(nx.freeze(graph.copy())))  # type: ignore[arg-type]
            seconds, result = _seconds(lambda analytics=analytics, job=job: job(analytics))
            cold.append(seconds)
        warm = analytics
        cached = min(_seconds(lambda warm=warm, job=job: job(warm))[0] for _ in range(5))
        method = getattr(result, "method", None) or f"mean path {result['methods']['mean_path_length']}"
        rows.append((name, method, cold, cached))
    return rows


def _networkx(graph: nx.Graph, seed: int) -> dict[str, tuple[float, str]]:
    """Plain NetworkX seconds per metric, and a note on how it was measured."""
    timings: dict[str, tuple[float, str]] = {}
    seconds, _ = _seconds(lambda: nx.betweenness_centrality(graph, k=256, seed=seed))
    timings["betweenness"] = (seconds, "k=256 (ours: see method)")
    sample = random.Random(seed).sample(list(graph), CLOSENESS_SAMPLE)
    seconds, _ = _seconds(lambda: [nx.closeness_centrality(graph, u=node) for node in sample])
    timings["closeness"] = (
        seconds * len(graph) / CLOSENESS_SAMPLE,
        f"exact, EXTRAPOLATED from {CLOSENESS_SAMPLE} nodes ({seconds:.1f} s)",
    )
    seconds, _ = _seconds(lambda: nx.community.louvain_communities(graph, seed=seed))
    timings["louvain"] = (seconds, "louvain_communities")
    return timings


def _top(scores: dict[Any, float], k: int = 20) -> set[Any]:
    return set(sorted(scores, key=lambda n: (-scores[n], str(n)))[:k])


def _against_exact(graph: nx.Graph) -> None:
    """Exact betweenness once (NetworKit, the slow way), then how close each fast method is."""
    seconds, exact = _seconds(lambda: betweenness_centrality(graph, k="exact"))
    print(f"exact betweenness (NetworKit Brandes, 1 thread): {seconds:.1f} s; against it:")
    for k in ("approximate", 256, 1024):
        for seed in (0, 1):
            took, scores = _seconds(lambda k=k, seed=seed: betweenness_centrality(graph, k=k, seed=seed))
            error = max(abs(scores[node] - exact[node]) for node in graph)
            print(
                f"  {scores.method:<42} {took:6.2f} s  top-20 {len(_top(scores) & _top(exact)):2d}/20  "
                f"top-10 {len(_top(scores, 10) & _top(exact, 10)):2d}/10  max |error| {error:.5f}"
            )


def report(title: str, graph: nx.Graph, repeat: int, with_networkx: bool, exact: bool = False) -> None:
    components = nx.number_connected_components(graph)
    print(
        f"\n## {title}: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges, "
        f"{components:,} components"
    )
    ours = _ours(graph, repeat)
    theirs = _networkx(graph, seed=0) if with_networkx else {}
    print(
        f"{'metric':<12} {'method':<28} {'cold s, median (min–max)':<28} {'cached ms':>9}  "
        f"{'NetworkX s':>10}  {'ratio':>6}  NetworkX run"
    )
    for name, method, cold, cached in ours:
        nx_seconds, note = theirs.get(name, (None, ""))
        ratio = f"{nx_seconds / statistics.median(cold):5.0f}×" if nx_seconds else ""
        nx_shown = f"{nx_seconds:10.1f}" if nx_seconds else ""
        print(
            f"{name:<12} {method[:28]:<28} {_spread(cold):<28} {cached * 1000:9.3f}  {nx_shown:>10}  "
            f"{ratio:>6}  {note}"
        )
    if with_networkx:
        # Like for like on closeness: our exact run against NetworkX's (extrapolated) exact.
        seconds, _ = _seconds(lambda: closeness_centrality(nx.freeze(graph.copy()), k="exact"))
        nx_seconds = theirs["closeness"][0]
        print(
            f"{'closeness':<12} {'exact (forced)':<28} {seconds:8.3f}{'':<20} {'':>9}  "
            f"{nx_seconds:10.1f}  {nx_seconds / seconds:5.0f}×  {theirs['closeness'][1]}"
        )
        seconds, sampled = _seconds(lambda: betweenness_centrality(nx.freeze(graph.copy()), k=256, seed=0))
        nx_seconds = theirs["betweenness"][0]
        print(
            f"{'betweenness':<12} {'sampled k=256 (forced)':<28} {seconds:8.3f}{'':<20} {'':>9}  "
            f"{nx_seconds:10.1f}  {nx_seconds / seconds:5.0f}×  k=256, same method"
        )
        approximate = betweenness_centrality(graph, seed=0)
        reference = nx.betweenness_centrality(graph, k=256, seed=0)

        print(
            f"betweenness top-20 shared with NetworkX k=256 (itself a sample): {approximate.method} "
            f"{len(_top(approximate) & _top(reference))}/20, sampled k=256 {len(_top(sampled) & _top(reference))}/20, "
            f"KADABRA vs our k=256 {len(_top(approximate) & _top(sampled))}/20"
        )
        partition = louvain_communities(graph, seed=0)
        theirs_q = nx.community.modularity(graph, nx.community.louvain_communities(graph, seed=0))
        print(f"louvain modularity: ours {partition.modularity:.4f}, NetworkX {theirs_q:.4f}")
    if exact:
        _against_exact(graph)
    print(f"statistics: { {k: v for k, v in graph_statistics(graph).items() if k != 'methods'} }")


def _real_twinning(seed_dir: Path) -> nx.Graph | None:
    if not (seed_dir / "cities.csv").exists() or sum(1 for _ in (seed_dir / "cities.csv").open()) < 1000:
        return None
    directory = tempfile.mkdtemp()
    store = EmbeddedStore(Path(directory) / "bench.kgl")
    seconds, _ = _seconds(lambda: load_seed(store, seed_dir))
    projector = Projector(store)
    build_s, graph = _seconds(lambda: projector.get("twinning"))
    cached_s, _ = _seconds(lambda: projector.get("twinning"))
    print(
        f"real seed loaded in {seconds:.1f} s; twinning projection built in {build_s:.2f} s, "
        f"cached {cached_s * 1000:.3f} ms"
    )
    _api(store)
    result: nx.Graph = nx.Graph(graph)  # an unfrozen copy; the store can go
    store.close()
    return result


def _api(store: EmbeddedStore) -> None:
    """End to end over HTTP: a fresh app (no projection yet), then the same requests again."""
    from fastapi.testclient import TestClient

    from app.main import create_app

    print("API on the real seed (ms): request, first (builds the projection) / again (cached)")
    with TestClient(create_app(store=store)) as client:
        for metric in ("degree", "betweenness", "closeness", "eigenvector", "pagerank"):
            url = f"/analytics/centrality?metric={metric}&projection=twinning&top=20"
            first, _ = _seconds(lambda url=url: client.get(url).raise_for_status())
            again = min(_seconds(lambda url=url: client.get(url).raise_for_status())[0] for _ in range(5))
            print(f"  {url:<62} {first * 1000:8.1f} / {again * 1000:6.2f}")
        for url in (
            "/analytics/communities?projection=twinning",
            "/analytics/stats?projection=twinning",
            "/analytics/centrality?metric=betweenness&projection=twinning&region=Europe",
        ):
            first, _ = _seconds(lambda url=url: client.get(url).raise_for_status())
            again = min(_seconds(lambda url=url: client.get(url).raise_for_status())[0] for _ in range(5))
            print(f"  {url:<62} {first * 1000:8.1f} / {again * 1000:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per metric")
    parser.add_argument("--no-networkx", action="store_true", help="skip the plain NetworkX runs")
    parser.add_argument("--no-real", action="store_true", help="skip the real twinning projection")
    parser.add_argument("--seed-dir", type=Path, default=REPO_ROOT / "seed")
    parser.add_argument("--exact", action="store_true", help="also exact betweenness (minutes), for accuracy")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    seconds, synthetic = _seconds(lambda: twin_town_like_graph(20_000, 40_000, seed=0))
    print(f"synthetic graph generated in {seconds:.1f} s")
    report(
        "synthetic twin-town-like graph (seed 0)", synthetic, args.repeat, not args.no_networkx, args.exact
    )
    real = None if args.no_real else _real_twinning(args.seed_dir)
    if real is not None:
        report("real twinning projection (seed/)", real, args.repeat, not args.no_networkx, args.exact)
    print(f"\nload average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
