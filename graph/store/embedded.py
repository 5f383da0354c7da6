"""The embedded store: kglite, a Cypher property graph persisted to one file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import kglite

from graph import queries
from graph.store.base import ConstraintViolation, GraphStore, QueryTimeout, Row, StoreError

# The *..8 bound of cypher/read/path_shortest.cypher.
MAX_PATH_LENGTH = 8
# kglite keeps one full-text index per property; the schema's only one is on City.search_names.
_TEXT_INDEXES = (("City", "search_names"),)


def _translate(error: Exception, query: queries.Query) -> StoreError:
    if isinstance(error, kglite.ConstraintViolationError):
        return ConstraintViolation(str(error))
    if isinstance(error, kglite.CypherTimeoutError):
        return QueryTimeout(f"query {query.name!r} timed out")
    return StoreError(f"query {query.name!r} failed: {error}")


def _rows(result: Any) -> list[Row]:
    # Writes without RETURN give an empty view; none of our queries ask for FORMAT CSV.
    return list(result.to_list()) if result is not None else []


class _EmbeddedTransaction:
    def __init__(self, tx: Any, timeout_ms: int) -> None:
        self._tx = tx
        self._timeout_ms = timeout_ms

    def run(self, name: str, params: dict[str, Any] | None = None) -> list[Row]:
        query = queries.get(name)
        try:
            result = self._tx.cypher(query.text, params=dict(params or {}))
        except kglite.KgError as error:
            raise _translate(error, query) from error
        return _rows(result)


class EmbeddedStore(GraphStore):
    """A kglite graph at ``path``; created on first use, saved on close.

    ``read_only`` opens without taking the single-writer lease, so a CLI can read a file
    that a running API holds open for writing.
    """

    kind = "embedded"

    def __init__(self, path: Path, *, read_only: bool = False, timeout_ms: int = 10_000) -> None:
        super().__init__()
        self.path = path
        self.read_only = read_only
        self._timeout_ms = timeout_ms
        self._write_lock = threading.Lock()
        if read_only:
            self._graph = kglite.load(str(path)) if path.exists() else kglite.KnowledgeGraph()
            self._graph.read_only(True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            # "normal": a committed write survives the process dying; save() checkpoints.
            self._graph = kglite.open(str(path), durable="normal")

    def _execute(self, query: queries.Query, params: dict[str, Any]) -> list[Row]:
        if query.name == "path_shortest":
            return self._path_shortest(params)
        try:
            if query.mode == "read":
                result = self._graph.cypher(
                    query.text, params=params, timeout_ms=self._timeout_ms, hide_structural_keys=True
                )
            else:
                with self._write_lock:
                    result = self._graph.cypher(query.text, params=params, hide_structural_keys=True)
        except kglite.KgError as error:
            raise _translate(error, query) from error
        return _rows(result)

    def _path_shortest(self, params: dict[str, Any]) -> list[Row]:
        """``cypher/read/path_shortest.cypher``, answered by kglite's own breadth-first search.

        kglite 0.21.2 filters ``shortestPath(...) WHERE all(r IN relationships(p) WHERE type(r) IN
        $types)`` after the search rather than during it, so a shorter path over a type that is not
        allowed hides the allowed one (Neo4j finds it). ``shortest_path_ids`` takes the allowed
        types directly (``shortest_path`` does too but is ~100x slower); each hop is then read
        with ``relationship_between``, and the rows keep the query's shape.
        """
        types = list(params["types"])
        try:
            ids = self._graph.shortest_path_ids(
                "City",
                params["from"],
                "City",
                params["to"],
                connection_types=types,
                timeout_ms=self._timeout_ms,
            )
        except kglite.ArgumentError:  # an endpoint that does not exist: no path, as in Cypher
            return []
        if not ids or len(ids) - 1 > MAX_PATH_LENGTH:
            return []
        nodes: list[Row] = [{"key": ids[0], "label": "City"}]
        rels: list[Row] = []
        for there_id in ids[1:]:
            here = nodes[-1]
            # Paths alternate through cities: a non-City node's neighbours on them are all cities.
            city, other = (here["key"], there_id) if here["label"] == "City" else (there_id, here["key"])
            row = self.run("relationship_between", {"city": city, "other": other, "types": types})[0]
            ends = {row["city"]["key"]: row["city"], row["other"]["key"]: row["other"]}
            here.update(ends[here["key"]])
            nodes.append(dict(ends[there_id]))
            rels.append(row["rel"])
        return [{"nodes": nodes, "rels": rels}]

    @contextmanager
    def _transaction(self) -> Iterator[_EmbeddedTransaction]:
        with self._write_lock, self._graph.begin() as tx:
            yield _EmbeddedTransaction(tx, self._timeout_ms)

    def refresh_indexes(self) -> None:
        # kglite's text index does not follow bulk writes; Neo4j's populates by itself.
        for label, prop in _TEXT_INDEXES:
            self._graph.build_text_index(label, prop)

    def save(self) -> None:
        if not self.read_only:
            self._graph.save()

    def close(self) -> None:
        if not self.read_only:
            self._graph.save()
        self._graph.close()
