"""Dependencies shared by the routes: the store and its projections, opened once per process."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.analytics.cached import Analytics
from graph.project import Projector
from graph.settings import Settings, get_settings
from graph.store import GraphStore


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_projector(request: Request) -> Projector:
    projector: Projector = request.app.state.projector
    return projector


def get_analytics(request: Request) -> Analytics:
    analytics: Analytics = request.app.state.analytics
    return analytics


StoreDep = Annotated[GraphStore, Depends(get_store)]
ProjectorDep = Annotated[Projector, Depends(get_projector)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
AnalyticsDep = Annotated[Analytics, Depends(get_analytics)]
