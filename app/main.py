"""Builds the FastAPI application: one store per process, opened in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.routes import analytics, export, health, maps
from graph.analytics.cached import Analytics
from graph.project import Projector
from graph.settings import Settings, get_settings
from graph.store import GraphStore, open_store


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The API over ``store`` if given (its owner closes it), else over the store the settings name."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_store = store is None
        app.state.store = open_store(settings or get_settings()) if own_store else store
        app.state.projector = Projector(app.state.store)
        app.state.analytics = Analytics(app.state.projector)
        try:
            yield
        finally:
            if own_store:
                app.state.store.close()

    app = FastAPI(
        title="CityGraph API",
        version="0.1.0",
        summary="Cities and the international networks and partnerships between them.",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    app.include_router(maps.router)
    app.include_router(export.router)
    app.include_router(analytics.router)
    return app
