"""The production store: Neo4j 5 through the official driver."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import ClientError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime, Duration, Time

from graph import queries
from graph.store.base import ConstraintViolation, GraphStore, QueryTimeout, Row, StoreError


def to_python(value: Any) -> Any:
    """Driver values to plain Python: temporal types to datetime ones, graph objects to dicts."""
    if isinstance(value, Date | DateTime | Time):
        return value.to_native()
    if isinstance(value, Duration):
        return str(value)
    if isinstance(value, Node | Relationship):
        return {key: to_python(item) for key, item in value.items()}
    if isinstance(value, Path):
        return [to_python(node) for node in value.nodes]
    if isinstance(value, dict):
        return {key: to_python(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_python(item) for item in value]
    return value


def _statement(query: queries.Query, timeout_s: float) -> neo4j.Query:
    # Query text is read from the repository's cypher/ files, never built from input.
    return neo4j.Query(query.text, timeout=timeout_s)


def _translate(error: Neo4jError, query: queries.Query) -> StoreError:
    code = error.code or ""
    if code.endswith("ConstraintValidationFailed"):
        return ConstraintViolation(str(error.message))
    if "TransactionTimedOut" in code or "Terminated" in code:
        return QueryTimeout(f"query {query.name!r} timed out")
    return StoreError(f"query {query.name!r} failed: {error.message}")


class _Neo4jTransaction:
    def __init__(self, tx: neo4j.Transaction) -> None:
        self._tx = tx

    def run(self, name: str, params: dict[str, Any] | None = None) -> list[Row]:
        query = queries.get(name)
        try:
            result = self._tx.run(query.text, dict(params or {}))
            return [to_python(record.data()) for record in result]
        except Neo4jError as error:
            raise _translate(error, query) from error
        except DriverError as error:  # the connection dropped inside the transaction
            raise StoreError(f"query {query.name!r}: Neo4j unreachable ({type(error).__name__})") from error


class Neo4jStore(GraphStore):
    """One driver per process; every call names the database; reads go to readers."""

    kind = "neo4j"

    def __init__(
        self, uri: str, user: str, password: str, database: str, *, timeout_ms: int = 10_000
    ) -> None:
        super().__init__()
        # Retries of a transient failure (server down, leader switch) stop within the query limit,
        # so a request fails in bounded time instead of the driver's default 30 s of retrying.
        self._driver = GraphDatabase.driver(
            uri, auth=(user, password), max_transaction_retry_time=timeout_ms / 1000
        )
        self._database = database
        self._timeout_s = timeout_ms / 1000

    def verify(self) -> None:
        """Fail early, with the driver's reason, when the server cannot be reached."""
        self._driver.verify_connectivity()

    def _execute(self, query: queries.Query, params: dict[str, Any]) -> list[Row]:
        routing = RoutingControl.READ if query.mode == "read" else RoutingControl.WRITE
        try:
            records, _, _ = self._driver.execute_query(
                _statement(query, self._timeout_s),
                params,
                database_=self._database,
                routing_=routing,
            )
        except ClientError as error:
            raise _translate(error, query) from error
        except Neo4jError as error:
            raise _translate(error, query) from error
        except DriverError as error:  # e.g. ServiceUnavailable: the server cannot be reached
            raise StoreError(f"query {query.name!r}: Neo4j unreachable ({type(error).__name__})") from error
        return [to_python(record.data()) for record in records]

    @contextmanager
    def _transaction(self) -> Iterator[_Neo4jTransaction]:
        session = self._driver.session(database=self._database)
        try:
            tx = session.begin_transaction(timeout=self._timeout_s)
        except DriverError as error:
            session.close()
            raise StoreError(f"transaction: Neo4j unreachable ({type(error).__name__})") from error
        with session, tx:
            yield _Neo4jTransaction(tx)
            tx.commit()

    def refresh_indexes(self) -> None:
        # A new full-text index populates in the background; wait so the next search sees it.
        self._driver.execute_query("CALL db.awaitIndexes(300)", database_=self._database)

    def close(self) -> None:
        self._driver.close()
