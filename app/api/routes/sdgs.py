"""The UN Sustainable Development Goals and the projects that advance them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from app.api.deps import Limit, Offset, StoreDep
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import SourceIds
from app.api.routes.projects import ProjectSummaryPublic
from graph import catalog

router = APIRouter(prefix="/sdgs", tags=["sdgs"], responses=ERROR_RESPONSES)


class SdgPublic(BaseModel):
    """One Sustainable Development Goal."""

    number: int = Field(description="Goal number, 1–17.", examples=[11])
    title: str = Field(
        description="Official goal text.", examples=["Make cities … inclusive, safe, resilient"]
    )
    short_title: str = Field(
        description="Official short title.", examples=["Sustainable Cities and Communities"]
    )
    title_id: str | None = Field(
        default=None, description="Indonesian title.", examples=["Kota dan Permukiman"]
    )
    projects: int = Field(description="How many projects advance it.", examples=[1])
    sources: SourceIds = []


class SdgsPublic(BaseModel):
    """All SDGs in the graph."""

    data: list[SdgPublic] = Field(description="This page of goals, by number.")
    count: int = Field(description="How many goals in all.", examples=[17])


class SdgRefPublic(BaseModel):
    """A goal in brief."""

    number: int = Field(description="Goal number.", examples=[11])
    title: str = Field(
        description="Official goal text.", examples=["Make cities … inclusive, safe, resilient"]
    )
    short_title: str = Field(description="Short title.", examples=["Sustainable Cities and Communities"])


class SdgProjectsPublic(BaseModel):
    """A page of projects that advance one goal."""

    sdg: SdgRefPublic = Field(description="The goal.")
    data: list[ProjectSummaryPublic] = Field(description="This page of projects, by year.")
    count: int = Field(description="How many projects advance it.", examples=[1])


@router.get("", response_model=SdgsPublic)
def list_sdgs(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> SdgsPublic:
    """The 17 goals with how many projects advance each."""
    data = catalog.sdgs(store)  # 17 rows at most: paged here, like every list
    page = data[offset : offset + limit]
    return SdgsPublic(data=[SdgPublic.model_validate(row) for row in page], count=len(data))


@router.get("/{number}/projects", response_model=SdgProjectsPublic, responses=NOT_FOUND)
def get_sdg_projects(
    store: StoreDep,
    number: Annotated[int, Path(ge=1, le=17, description="Goal number, 1–17.", examples=[11])],
    limit: Limit = 50,
    offset: Offset = 0,
) -> SdgProjectsPublic:
    """Projects that advance one goal."""
    found = catalog.sdg_projects(store, number, offset, limit)
    if found is None:
        raise NotFoundError(f"SDG {number} is not in the graph")
    sdg, (total, data) = found
    return SdgProjectsPublic(
        sdg=SdgRefPublic.model_validate(sdg),
        data=[ProjectSummaryPublic.model_validate(row) for row in data],
        count=total,
    )
