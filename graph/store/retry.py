"""Waiting for a server that is still starting: retry with exponential backoff, bounded in time."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until_ready(
    check: Callable[[], None],
    *,
    retry_on: tuple[type[BaseException], ...],
    timeout_s: float,
    first_delay_s: float = 0.5,
    max_delay_s: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> int:
    """Call ``check`` until it returns, and return how many calls it took.

    An error in ``retry_on`` is retried after a delay that doubles up to ``max_delay_s``; once
    ``timeout_s`` has passed the last one is raised. Any other error is raised at once (a wrong
    password does not get better by waiting).
    """
    deadline = clock() + timeout_s
    delay = first_delay_s
    attempts = 0
    while True:
        attempts += 1
        try:
            check()
        except retry_on:
            remaining = deadline - clock()
            if remaining <= 0:
                raise
            sleep(min(delay, remaining))
            delay = min(delay * 2, max_delay_s)
        else:
            return attempts
