"""Builds the FastAPI application: one store per process, opened in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.routes import health
from graph.project import Projector
from graph.settings import Settings, get_settings
from graph.store import GraphStore, open_store

StoreFactory = Callable[[Settings], GraphStore]


def create_app(settings: Settings | None = None, store_factory: StoreFactory | None = None) -> FastAPI:
    """The API over the store the settings name (or one made by ``store_factory``, for tests)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = store_factory(settings) if store_factory else open_store(settings)
        app.state.store = store
        app.state.projector = Projector(store)
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="CityGraph API",
        version="0.1.0",
        summary="Cities and the international networks and partnerships between them.",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    return app
