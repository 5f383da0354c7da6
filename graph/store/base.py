"""The store interface: named queries in, plain dicts out, on either backend."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol

from graph import queries

Row = dict[str, Any]
Params = Mapping[str, Any]


class StoreError(RuntimeError):
    """A query failed in the store."""


class ConstraintViolation(StoreError):
    """A write broke a uniqueness constraint."""


class QueryTimeout(StoreError):
    """A query ran longer than the configured limit."""


class Transaction(Protocol):
    """Named queries run inside one transaction: all of them land, or none."""

    def run(self, name: str, params: Params | None = None) -> list[Row]: ...


class GraphStore(ABC):
    """A property graph that runs the queries in ``cypher/``."""

    kind: ClassVar[str]

    def __init__(self) -> None:
        self._version = 0

    @property
    def version(self) -> int:
        """Bumped by every write through this store, so caches of its data can tell they are stale."""
        return self._version

    def run(self, name: str, params: Params | None = None) -> list[Row]:
        """Run the named query (read or write, as its header says) and return its rows."""
        query = queries.get(name)
        rows = self._execute(query, dict(params or {}))
        if query.mode != "read":
            self._version += 1
        return rows

    @contextmanager
    def transaction(self, *, bulk: bool = False) -> Iterator[Transaction]:
        """A write transaction; it commits when the block ends and rolls back on an exception.

        ``bulk`` marks a load of many rows (the seed, a copy of a graph), which is exempt from the
        query time limit that keeps a request's writes short.
        """
        with self._transaction(bulk) as tx:
            yield tx
        self._version += 1

    def apply_schema(self) -> None:
        """Create every constraint and index (idempotent: each uses IF NOT EXISTS)."""
        for query in queries.schema_queries():
            self._execute(query, {})

    @abstractmethod
    def _execute(self, query: queries.Query, params: dict[str, Any]) -> list[Row]: ...

    @abstractmethod
    def _transaction(self, bulk: bool) -> Any: ...

    @abstractmethod
    def refresh_indexes(self) -> None:
        """Bring indexes up to date after a bulk load."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
