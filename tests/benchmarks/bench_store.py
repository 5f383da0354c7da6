"""Embedded store: seed load time and query latency on the real seed.

Run: ``.venv/bin/python -m tests.benchmarks.bench_store [--repeat 200]``. Prints figures only;
nothing here asserts a speed (speed is measured, not tested).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from graph.load import load_seed, read_seed
from graph.paths import shortest_path
from graph.settings import REPO_ROOT
from graph.store.embedded import EmbeddedStore


def _timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median and 99th percentile, in milliseconds, of ``repeat`` runs."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed-dir", type=Path, default=REPO_ROOT / "seed")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    started = time.perf_counter()
    seed = read_seed(args.seed_dir)
    validate_s = time.perf_counter() - started
    rows = sum(len(records) for records in seed.records.values())
    print(f"seed: {rows:,} rows; read + validate {validate_s:.2f} s")

    with tempfile.TemporaryDirectory() as directory:
        store = EmbeddedStore(Path(directory) / "bench.kgl")
        report = load_seed(store, args.seed_dir)
        print(f"load into an empty store (validate + write + index): {report.seconds:.2f} s")
        report = load_seed(store, args.seed_dir)
        print(f"load again (idempotent MERGE over existing data):      {report.seconds:.2f} s")
        totals = store.run("count_totals")[0]
        print(f"graph: {totals['nodes']:,} nodes, {totals['relationships']:,} relationships\n")

        rng = random.Random(7)
        twinned = [(row["a"], row["b"]) for row in store.run("export_twinnings")]
        cities = sorted({city for pair in twinned for city in pair})
        pairs = [(rng.choice(cities), rng.choice(cities)) for _ in range(args.repeat)]
        pair_iter = iter(pairs * 2)

        cases: dict[str, Callable[[], object]] = {
            "city_by_id": lambda: store.run("city_by_id", {"id": rng.choice(cities)}),
            "city_search 'san'": lambda: store.run("city_search", {"text": "san", "limit": 20}),
            "path twinning (random pair)": lambda: shortest_path(store, *next(pair_iter), ["twinning"]),
            "path all kinds (random pair)": lambda: shortest_path(
                store, *next(pair_iter), ["twinning", "membership", "designation", "project"]
            ),
            "count_totals": lambda: store.run("count_totals"),
            "export_twinnings": lambda: store.run("export_twinnings"),
        }
        print(f"{'query':32} {'p50 ms':>9} {'p99 ms':>9}   ({args.repeat} runs each)")
        for name, action in cases.items():
            repeat = args.repeat if not name.startswith("export") else max(5, args.repeat // 20)
            p50, p99 = _timed(action, repeat)
            print(f"{name:32} {p50:9.3f} {p99:9.3f}")
        store.close()


if __name__ == "__main__":
    main()
