"""Waiting for Neo4j: bounded retries with backoff, and a clear error when it never answers."""

from __future__ import annotations

import socket

import pytest

from graph.store import StoreError
from graph.store.neo4j import Neo4jStore
from graph.store.retry import wait_until_ready


class Clock:
    """Time that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def _failing(times: int, error: type[Exception]) -> tuple[list[int], object]:
    calls: list[int] = []

    def check() -> None:
        calls.append(1)
        if len(calls) <= times:
            raise error("not yet")

    return calls, check


def test_retries_with_doubling_delays_until_the_check_passes() -> None:
    clock = Clock()
    calls, check = _failing(4, ConnectionError)
    attempts = wait_until_ready(
        check,  # type: ignore[arg-type]
        retry_on=(ConnectionError,),
        timeout_s=60,
        first_delay_s=0.5,
        max_delay_s=2,
        sleep=clock.sleep,
        clock=clock,
    )
    assert attempts == 5 == len(calls)
    assert clock.sleeps == [0.5, 1, 2, 2]


def test_gives_up_after_the_timeout_with_the_last_error() -> None:
    clock = Clock()
    calls, check = _failing(1000, ConnectionError)
    with pytest.raises(ConnectionError, match="not yet"):
        wait_until_ready(
            check,  # type: ignore[arg-type]
            retry_on=(ConnectionError,),
            timeout_s=10,
            sleep=clock.sleep,
            clock=clock,
        )
    assert clock.now == 10  # the last sleep is cut to the deadline, not past it
    assert len(calls) == len(clock.sleeps) + 1


def test_an_error_that_waiting_cannot_fix_is_raised_at_once() -> None:
    clock = Clock()
    calls, check = _failing(1, PermissionError)
    with pytest.raises(PermissionError):
        wait_until_ready(
            check,  # type: ignore[arg-type]
            retry_on=(ConnectionError,),
            timeout_s=60,
            sleep=clock.sleep,
            clock=clock,
        )
    assert len(calls) == 1 and clock.sleeps == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_neo4j_is_retried_then_reported() -> None:
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    store = Neo4jStore(uri, "neo4j", "secret", "neo4j")
    try:
        with pytest.raises(StoreError, match=r"cannot reach Neo4j at bolt://127\.0\.0\.1:\d+ \(waited 1 s\)"):
            store.verify(wait_s=1)
    finally:
        store.close()


def test_a_malformed_uri_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="bad NEO4J_URI"):
        Neo4jStore("localhost:7687", "neo4j", "secret", "neo4j")  # no scheme
