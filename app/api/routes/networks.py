"""Networks of cities (UCCN, ICCN, WCCF) and their members."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from app.api.deps import JoinedSince, JoinedUntil, Limit, Offset, StoreDep
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import CityRef, SourceIds, SourcePublic
from graph import catalog
from graph.store import GraphStore, Row

router = APIRouter(prefix="/networks", tags=["networks"], responses=ERROR_RESPONSES)

NetworkIdPath = Annotated[str, Path(max_length=120, description="Network id.", examples=["uccn"])]


class NetworkBase(BaseModel):
    """What every view of a network shows."""

    id: str = Field(description="Network id.", examples=["uccn"])
    name: str = Field(description="Full name.", examples=["UNESCO Creative Cities Network"])
    founded: int | None = Field(default=None, description="Year founded.", examples=[2004])
    url: str | None = Field(
        default=None, description="Home page.", examples=["https://www.unesco.org/en/creative-cities"]
    )
    members: int = Field(description="Number of member cities.", examples=[408])


class NetworkPublic(NetworkBase):
    """A network of cities."""

    sources: SourceIds = []


class NetworksPublic(BaseModel):
    """A page of networks and how many there are."""

    data: list[NetworkPublic] = Field(description="This page of networks.")
    count: int = Field(description="How many networks in all.", examples=[3])


class NetworkCardPublic(NetworkBase):
    """One network with the fields it designates cities in and its sources."""

    fields: list[str] = Field(
        description="Creative fields it designates cities in.", examples=[["design", "music"]]
    )
    sources: list[SourcePublic] = Field(description="Sources about the network.")


class MemberPublic(BaseModel):
    """A member city of a network."""

    city: CityRef = Field(description="The member city.")
    since: int | None = Field(default=None, description="Year it joined.", examples=[2015])
    until: int | None = Field(default=None, description="Year it left, if it did.", examples=[None])
    fields: list[str] = Field(description="Fields this network designated it in.", examples=[["design"]])
    sources: SourceIds = []


class MembersPublic(BaseModel):
    """A page of members and how many match in all."""

    data: list[MemberPublic] = Field(description="This page of members, by city id.")
    count: int = Field(description="How many members match, over all pages.", examples=[49])


def _network_or_404(store: GraphStore, network_id: str) -> Row:
    found = catalog.network(store, network_id)
    if found is None:
        known = [row["id"] for row in catalog.networks(store, 0, 500)[1]]
        raise NotFoundError(f"no network with id {network_id!r}", known)
    return found


@router.get("", response_model=NetworksPublic)
def list_networks(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> NetworksPublic:
    """Every network with its number of members."""
    total, data = catalog.networks(store, offset, limit)
    return NetworksPublic(data=[NetworkPublic.model_validate(row) for row in data], count=total)


@router.get("/{network_id}", response_model=NetworkCardPublic, responses=NOT_FOUND)
def get_network(store: StoreDep, network_id: NetworkIdPath) -> NetworkCardPublic:
    """One network, the fields it designates in, and its sources."""
    return NetworkCardPublic.model_validate(_network_or_404(store, network_id))


@router.get("/{network_id}/members", response_model=MembersPublic, responses=NOT_FOUND)
def get_members(
    store: StoreDep,
    network_id: NetworkIdPath,
    limit: Limit = 50,
    offset: Offset = 0,
    field: Annotated[
        str | None,
        Query(max_length=120, description="Only members designated in this field.", examples=["design"]),
    ] = None,
    since: JoinedSince = None,
    until: JoinedUntil = None,
) -> MembersPublic:
    """Member cities, optionally designated in a field or joined within [since, until]."""
    _network_or_404(store, network_id)
    total, data = catalog.network_members(store, network_id, field, since, until, offset, limit)
    return MembersPublic(data=[MemberPublic.model_validate(row) for row in data], count=total)
