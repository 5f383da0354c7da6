"""``citygraph serve`` as the container runs it: seeds an empty store once, then answers on the port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import FIXTURE_SEED

CITYGRAPH = str(Path(sys.executable).parent / "citygraph")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve_until_healthy(data_dir: Path) -> tuple[dict[str, object], str]:
    """Start the server, wait for /health, stop it; return the health answer and what it printed."""
    port = _free_port()
    env = os.environ | {
        "CITYGRAPH_STORE": "embedded",
        "CITYGRAPH_DATA_DIR": str(data_dir),
        "CITYGRAPH_SEED_DIR": str(FIXTURE_SEED),
    }
    server = subprocess.Popen(
        [CITYGRAPH, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()[0]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    health = json.load(response)
                break
            except OSError:
                assert time.monotonic() < deadline, "the API did not answer within 60 s"
                time.sleep(0.3)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    return health, output


def test_serve_seeds_an_empty_store_once_and_answers(tmp_path: Path) -> None:
    health, output = _serve_until_healthy(tmp_path)
    assert health["status"] == "ok" and health["store"] == "embedded"
    assert health["nodes"] == 34
    assert "seeded an empty embedded store" in output
    # A restart keeps what the store holds: no second seeding.
    health, output = _serve_until_healthy(tmp_path)
    assert health["nodes"] == 34
    assert "seeded" not in output
