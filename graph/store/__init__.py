"""Graph stores: one interface, an embedded (default) and a Neo4j backend."""

from __future__ import annotations

from graph.settings import Settings, get_settings
from graph.store.base import ConstraintViolation, GraphStore, QueryTimeout, Row, StoreError, Transaction

__all__ = [
    "ConstraintViolation",
    "GraphStore",
    "QueryTimeout",
    "Row",
    "StoreError",
    "Transaction",
    "open_store",
]


def open_store(settings: Settings | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the store the settings name (embedded unless ``CITYGRAPH_STORE=neo4j``)."""
    settings = settings or get_settings()
    if settings.store == "neo4j":
        from graph.store.neo4j import Neo4jStore

        if not settings.neo4j_uri:
            raise StoreError("CITYGRAPH_STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)")
        store = Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password,
            settings.neo4j_database,
            timeout_ms=settings.query_timeout_ms,
        )
        try:
            store.verify(settings.neo4j_wait_s)
        except StoreError:
            store.close()
            raise
        return store
    from graph.store.embedded import EmbeddedStore

    return EmbeddedStore(settings.embedded_path, read_only=read_only, timeout_ms=settings.query_timeout_ms)
