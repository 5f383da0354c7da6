"""Dependencies shared by the routes: the store, its projections and path graphs, the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from graph.analytics.cached import Analytics
from graph.kpaths import PathFinder
from graph.project import Projector
from graph.settings import Settings
from graph.store import GraphStore

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


def get_projector(request: Request) -> Projector:
    projector: Projector = request.app.state.projector
    return projector


def get_analytics(request: Request) -> Analytics:
    analytics: Analytics = request.app.state.analytics
    return analytics


def get_path_finder(request: Request) -> PathFinder:
    finder: PathFinder = request.app.state.path_finder
    return finder


def get_app_settings(request: Request) -> Settings:
    """The settings the app was built with (tests pass their own to ``create_app``)."""
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
ProjectorDep = Annotated[Projector, Depends(get_projector)]
AnalyticsDep = Annotated[Analytics, Depends(get_analytics)]
PathFinderDep = Annotated[PathFinder, Depends(get_path_finder)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]

# Every list endpoint pages with these: no request can ask for an unbounded result.
Limit = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"Most items to return (1–{MAX_LIMIT}).", examples=[50])
]
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Items to skip before the first returned.", examples=[0])
]


def comma_list_pattern(words: tuple[str, ...]) -> str:
    """A pattern for a comma-separated list of ``words``, so the schema tells clients what is valid."""
    word = "(?:" + "|".join(words) + ")"
    return f"^{word}(?:,{word})*$"


def year_query(description: str) -> object:
    """A year query parameter (1000–2100) with its meaning."""
    return Query(ge=1000, le=2100, description=description, examples=[2015])


DesignatedFrom = Annotated[int | None, year_query("Designated in this year or later.")]
DesignatedTo = Annotated[int | None, year_query("Designated in this year or earlier.")]
JoinedSince = Annotated[int | None, year_query("Joined in this year or later.")]
JoinedUntil = Annotated[int | None, year_query("Joined in this year or earlier.")]
