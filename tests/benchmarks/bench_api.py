"""HTTP API latency: uvicorn on 127.0.0.1 over a store seeded from ``seed/``, driven by concurrent clients.

Run: ``.venv/bin/python -m tests.benchmarks.bench_api [--clients 8] [--requests 200] [--budget 60]``.
Starts the API in a subprocess (loopback only), warms each endpoint once, then sends at most
``--requests`` requests per endpoint from ``--clients`` concurrent httpx clients, stopping an
endpoint early when ``--budget`` seconds have passed. Prints p50/p99 latency and throughput;
nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from graph.load import load_seed
from graph.settings import REPO_ROOT
from graph.store.embedded import EmbeddedStore

Url = Callable[[random.Random], str]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _seed(directory: Path, seed_dir: Path) -> tuple[list[str], list[str], float]:
    """Seed a store in ``directory``; return twinned city ids, some search words, load seconds."""
    store = EmbeddedStore(directory / "citygraph.kgl")
    try:
        report = load_seed(store, seed_dir)
        twinned = sorted({city for row in store.run("export_twinnings") for city in (row["a"], row["b"])})
        names = [row["city"]["name"] for row in store.run("city_search", {"text": "a", "limit": 300})]
    finally:
        store.close()
    return twinned, names, report.seconds


def _endpoints(cities: list[str], names: list[str]) -> dict[str, Url]:
    def pick(rng: random.Random) -> str:
        return rng.choice(cities)

    return {
        "GET /health": lambda rng: "/health",
        "GET /cities?q=": lambda rng: f"/cities?q={rng.choice(names)[:5]}&limit=20",
        "GET /cities?network&field": lambda rng: "/cities?network=uccn&field=music&limit=50",
        "GET /cities/{id}": lambda rng: f"/cities/{pick(rng)}",
        "GET /cities/{id}/partners": lambda rng: f"/cities/{pick(rng)}/partners?limit=50",
        "GET /paths k=1 twinning": lambda rng: (
            f"/paths?from={pick(rng)}&to={pick(rng)}&via=twinning&k=1&max_hops=8"
        ),
        "GET /paths k=3 all kinds": lambda rng: f"/paths?from={pick(rng)}&to={pick(rng)}&k=3&max_hops=6",
        "GET /networks/uccn/members": lambda rng: "/networks/uccn/members?limit=100",
        "GET /fields/music/cities": lambda rng: "/fields/music/cities?limit=100",
    }


async def _drive(
    base: str, url: Url, clients: int, requests: int, budget: float, seed: int
) -> tuple[list[float], int, float]:
    """Latencies (ms) of up to ``requests`` calls from ``clients`` workers, how many were not 2xx, seconds."""
    rng = random.Random(seed)
    urls = [url(rng) for _ in range(requests)]
    latencies: list[float] = []
    failures = 0
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await client.get(urls[0])  # warm caches (path graphs, query plans) outside the timing
        started = time.perf_counter()
        deadline = started + budget

        async def worker(mine: list[str]) -> None:
            nonlocal failures
            for path in mine:
                if time.perf_counter() > deadline:
                    return
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append((time.perf_counter() - started) * 1000)
                failures += not response.is_success

        await asyncio.gather(*(worker(urls[i::clients]) for i in range(clients)))
        return latencies, failures, time.perf_counter() - started


def _wait_until_up(base: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the API exited early with code {process.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).is_success:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the API did not come up in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed-dir", type=Path, default=REPO_ROOT / "seed")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="Most requests per endpoint.")
    parser.add_argument("--budget", type=float, default=60.0, help="Most seconds per endpoint.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        cities, names, load_s = _seed(Path(directory), args.seed_dir)
        print(f"seeded from {args.seed_dir} in {load_s:.1f} s; {len(cities):,} twinned cities to sample")
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "CITYGRAPH_STORE": "embedded", "CITYGRAPH_DATA_DIR": directory}
        command = [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory"]
        command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env)
        try:
            _wait_until_up(base, process)
            health = httpx.get(f"{base}/health").json()
            print(f"graph: {health['nodes']:,} nodes, {health['relationships']:,} relationships")
            print(
                f"{args.clients} concurrent clients, ≤ {args.requests} requests / ≤ {args.budget:.0f} s per endpoint\n"
            )
            print(f"{'endpoint':32} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>7} {'non-2xx':>7}")
            for number, (name, url) in enumerate(_endpoints(cities, names).items()):
                latencies, failures, elapsed = asyncio.run(
                    _drive(base, url, args.clients, args.requests, args.budget, seed=number)
                )
                latencies.sort()
                p50 = statistics.median(latencies)
                p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
                rate = len(latencies) / elapsed
                print(f"{name:32} {len(latencies):5d} {p50:8.1f} {p99:8.1f} {rate:7.1f} {failures:7d}")
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
