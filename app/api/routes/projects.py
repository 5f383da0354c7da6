"""Joint projects, exchanges and programmes: list, card, and (with the API key) create."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import Limit, Offset, StoreDep
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import SourceIds, SourcePublic
from app.api.security import WRITE_RESPONSES, WriteKey
from app.api.writes import SourceRef, body_errors, split_source
from graph import catalog, model, writes

router = APIRouter(prefix="/projects", tags=["projects"], responses=ERROR_RESPONSES)


class ProjectSummaryPublic(BaseModel):
    """A project in a list."""

    id: str = Field(description="Project id.", examples=["wccf-lep-3-public-art"])
    name: str = Field(description="Project name.", examples=["WCCF Leadership Exchange Programme round 3"])
    kind: str | None = Field(default=None, description="exchange, programme, event, …", examples=["exchange"])
    year: int | None = Field(default=None, description="Year, if known.", examples=[2025])
    url: str | None = Field(default=None, description="Page about it.", examples=[None])
    network: str | None = Field(default=None, description="Network it runs under.", examples=["wccf"])
    cities: int | None = Field(default=None, description="How many cities take part.", examples=[2])
    sources: SourceIds = []


class ProjectsPublic(BaseModel):
    """A page of projects and how many match."""

    data: list[ProjectSummaryPublic] = Field(description="This page of projects, by year.")
    count: int = Field(description="How many projects match.", examples=[1])


class ProjectCityPublic(BaseModel):
    """A city taking part in a project."""

    id: str = Field(description="City id.", examples=["id-jakarta"])
    name: str = Field(description="City name.", examples=["Jakarta"])
    country: str = Field(description="ISO alpha-2 code.", examples=["ID"])
    role: str | None = Field(default=None, description="Its role.", examples=["partner"])
    sources: SourceIds = []


class ProjectFieldPublic(BaseModel):
    """A project's creative field."""

    id: str = Field(description="Field id.", examples=["design"])
    name: str = Field(description="Field name.", examples=["Design"])


class ProjectSdgPublic(BaseModel):
    """A goal a project advances."""

    number: int = Field(description="Goal number.", examples=[11])
    short_title: str = Field(description="Short title.", examples=["Sustainable Cities and Communities"])


class ProjectPublic(BaseModel):
    """One project with its cities, fields, SDGs and sources."""

    id: str = Field(description="Project id.", examples=["wccf-lep-3-public-art"])
    name: str = Field(description="Project name.", examples=["WCCF Leadership Exchange Programme round 3"])
    kind: str | None = Field(default=None, description="exchange, programme, event, …", examples=["exchange"])
    year: int | None = Field(default=None, description="Year, if known.", examples=[2025])
    url: str | None = Field(default=None, description="Page about it.", examples=[None])
    note: str | None = Field(
        default=None, description="Curator's note.", examples=["Jakarta and Milan paired"]
    )
    network: str | None = Field(default=None, description="Network it runs under.", examples=["wccf"])
    cities: list[ProjectCityPublic] = Field(description="Cities taking part.")
    fields: list[ProjectFieldPublic] = Field(description="Its creative fields.")
    sdgs: list[ProjectSdgPublic] = Field(description="Goals it advances.")
    sources: list[SourcePublic] = Field(description="Every source cited for it.")


class ParticipantCreate(BaseModel):
    """A city taking part in a new project."""

    model_config = ConfigDict(extra="forbid")

    city: model.CityId = Field(description="City id.", examples=["id-bandung"])
    role: str | None = Field(default=None, max_length=60, description="Its role.", examples=["host"])


class ProjectCreate(BaseModel):
    """A project to record, with its cities, fields, SDGs and the source that states it."""

    model_config = ConfigDict(extra="forbid")

    id: model.Slug = Field(
        description="New (or existing, to update) project id.", examples=["bandung-kobe-design-week"]
    )
    name: str = Field(
        min_length=1, max_length=300, description="Project name.", examples=["Design week exchange"]
    )
    kind: model.ProjectKind = Field(description="What sort of project.", examples=["exchange"])
    year: int | None = Field(default=None, ge=1000, le=2100, description="Year.", examples=[2019])
    url: str | None = Field(
        default=None, pattern=r"^https?://", max_length=500, description="Page.", examples=[None]
    )
    network: model.Slug | None = Field(default=None, description="Network it runs under.", examples=["uccn"])
    note: str | None = Field(default=None, max_length=2000, description="Note.", examples=[None])
    cities: list[ParticipantCreate] = Field(min_length=1, max_length=100, description="Cities taking part.")
    fields: list[model.Slug] = Field(
        default_factory=list, max_length=30, description="Field ids.", examples=[["design"]]
    )
    sdgs: list[Annotated[int, Field(ge=1, le=17)]] = Field(
        default_factory=list, max_length=17, description="SDG numbers.", examples=[[11]]
    )
    source: SourceRef


class ProjectCreatedPublic(BaseModel):
    """The stored project and whether it is new."""

    project: ProjectPublic = Field(description="The project as now stored.")
    created: bool = Field(description="False when a project with this id already existed.", examples=[True])


@router.get("", response_model=ProjectsPublic)
def list_projects(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    network: Annotated[
        str | None, Query(max_length=120, description="Network id.", examples=["wccf"])
    ] = None,
    field: Annotated[str | None, Query(max_length=120, description="Field id.", examples=["design"])] = None,
    sdg: Annotated[int | None, Query(ge=1, le=17, description="SDG number.", examples=[11])] = None,
    city: Annotated[
        str | None, Query(max_length=120, description="A taking-part city.", examples=["id-jakarta"])
    ] = None,
) -> ProjectsPublic:
    """Projects matching every filter given, by year."""
    total, data = catalog.projects(store, network, field, sdg, city, offset, limit)
    return ProjectsPublic(data=[ProjectSummaryPublic.model_validate(row) for row in data], count=total)


@router.get("/{project_id}", response_model=ProjectPublic, responses=NOT_FOUND)
def get_project(
    store: StoreDep,
    project_id: Annotated[
        str, Path(max_length=120, description="Project id.", examples=["wccf-lep-3-public-art"])
    ],
) -> ProjectPublic:
    """One project with its cities, fields, SDGs and sources."""
    found = catalog.project(store, project_id)
    if found is None:
        raise NotFoundError(f"no project with id {project_id!r}")
    return ProjectPublic.model_validate(found)


@router.post(
    "",
    response_model=ProjectCreatedPublic,
    status_code=201,
    dependencies=[WriteKey],
    responses={
        **WRITE_RESPONSES,
        200: {"model": ProjectCreatedPublic, "description": "Already existed; updated."},
    },
)
def create_project(store: StoreDep, body: ProjectCreate, response: Response) -> ProjectCreatedPublic:
    """Record a project (idempotent: posting it again updates it in place); needs X-API-Key."""
    source_id, new_source = split_source(body.source)
    sources = [source_id]
    with body_errors():
        project = model.Project(
            id=body.id,
            name=body.name,
            kind=body.kind,
            year=body.year,
            url=body.url,
            network=body.network,
            note=body.note,
            sources=sources,
        )
        participations = [
            model.Participation(project=body.id, city=p.city, role=p.role, sources=sources)
            for p in body.cities
        ]
        fields = [
            model.ProjectField(project=body.id, field=f, sources=sources) for f in dict.fromkeys(body.fields)
        ]
        sdgs = [model.ProjectSdg(project=body.id, sdg=s, sources=sources) for s in dict.fromkeys(body.sdgs)]
    created = writes.add_project(store, project, participations, fields, sdgs, new_source)
    response.status_code = 201 if created else 200
    stored = catalog.project(store, body.id)
    assert stored is not None  # just written in a committed transaction
    return ProjectCreatedPublic(project=ProjectPublic.model_validate(stored), created=created)
