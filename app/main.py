"""Builds the FastAPI application: one store per process, opened in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api import errors
from app.api.routes import (
    analytics,
    cities,
    export,
    fields,
    health,
    maps,
    networks,
    paths,
    projects,
    sdgs,
    sources,
    twinnings,
)
from graph.analytics.cached import Analytics
from graph.kpaths import PathFinder
from graph.project import Projector
from graph.settings import Settings, get_settings
from graph.store import GraphStore, open_store


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The API over ``store`` if given (its owner closes it), else over the store the settings name."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_store = store is None
        app.state.store = open_store(settings) if own_store else store
        app.state.projector = Projector(app.state.store)
        app.state.analytics = Analytics(app.state.projector)
        app.state.path_finder = PathFinder(app.state.store, settings.query_timeout_ms)
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
    app.state.settings = settings
    errors.install(app)
    # Store failures (503/504) can reach every route; maps answer 404 for an unknown city or path.
    app.include_router(health.router, responses=errors.ERROR_RESPONSES)
    app.include_router(
        maps.router, responses=errors.json_errors({**errors.ERROR_RESPONSES, **errors.NOT_FOUND})
    )
    app.include_router(export.router, responses=errors.json_errors(errors.ERROR_RESPONSES))
    for router in (cities, paths, networks, fields, sdgs, projects, twinnings, sources):
        app.include_router(router.router)
    app.include_router(analytics.router, responses=errors.ERROR_RESPONSES)
    return app
