"""Liveness and size of the graph."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from app.api.deps import StoreDep

router = APIRouter(tags=["health"])


class HealthPublic(BaseModel):
    """The API is up and the store answers."""

    status: Literal["ok"] = Field(description="Always `ok` when the store answered.")
    store: Literal["embedded", "neo4j"] = Field(description="Which backend serves the graph.")
    nodes: int = Field(description="Number of nodes in the graph.", examples=[21000])
    relationships: int = Field(description="Number of relationships in the graph.", examples=[60000])


@router.get("/health", response_model=HealthPublic)
def health(store: StoreDep) -> HealthPublic:
    """Is the API up, which store serves it, and how big is the graph?"""
    totals = store.run("count_totals")[0]
    return HealthPublic(status="ok", store=store.kind, **totals)
