"""Creative fields (UCCN fields and Indonesia's Bekraf subsectors) and the cities designated in them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from app.api.deps import DesignatedFrom, DesignatedTo, Limit, Offset, StoreDep
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import CityRef, SourceIds
from graph import catalog

router = APIRouter(prefix="/fields", tags=["fields"], responses=ERROR_RESPONSES)


class FieldPublic(BaseModel):
    """A creative field."""

    id: str = Field(description="Field id.", examples=["design"])
    name: str = Field(description="English name.", examples=["Design"])
    name_id: str | None = Field(default=None, description="Indonesian name.", examples=["Desain"])
    scheme: str = Field(description="uccn or bekraf.", examples=["uccn"])
    since: int | None = Field(default=None, description="First year the field was open.", examples=[2004])
    cities: int = Field(description="How many cities are designated in it.", examples=[49])
    corresponds_to: list[str] = Field(description="UCCN fields a Bekraf subsector maps to.", examples=[[]])
    sources: SourceIds = []


class FieldsPublic(BaseModel):
    """A page of fields and how many match."""

    data: list[FieldPublic] = Field(description="This page of fields (UCCN first).")
    count: int = Field(description="How many fields match.", examples=[24])


class FieldCityPublic(BaseModel):
    """A city's designation in the field."""

    city: CityRef = Field(description="The designated city.")
    network: str = Field(description="Network that designated it.", examples=["uccn"])
    year: int | None = Field(default=None, description="Year of designation, if known.", examples=[2015])
    sources: SourceIds = []


class FieldCitiesPublic(BaseModel):
    """A page of designated cities, earliest first, and how many match."""

    data: list[FieldCityPublic] = Field(description="This page of designations.")
    count: int = Field(description="How many designations match.", examples=[49])


@router.get("", response_model=FieldsPublic)
def list_fields(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    scheme: Annotated[
        Literal["uccn", "bekraf"] | None, Query(description="Only fields of this scheme.", examples=["uccn"])
    ] = None,
) -> FieldsPublic:
    """Creative fields with how many cities hold each."""
    total, data = catalog.fields(store, scheme, offset, limit)
    return FieldsPublic(data=[FieldPublic.model_validate(row) for row in data], count=total)


@router.get("/{field_id}/cities", response_model=FieldCitiesPublic, responses=NOT_FOUND)
def get_field_cities(
    store: StoreDep,
    field_id: Annotated[str, Path(max_length=120, description="Field id.", examples=["design"])],
    limit: Limit = 50,
    offset: Offset = 0,
    network: Annotated[
        str | None, Query(max_length=120, description="Only designations by this network.", examples=["uccn"])
    ] = None,
    designated_from: DesignatedFrom = None,
    designated_to: DesignatedTo = None,
) -> FieldCitiesPublic:
    """Cities designated in a field, earliest designation first."""
    if catalog.field(store, field_id) is None:
        known = [row["id"] for row in catalog.fields(store, None, 0, 500)[1]]
        raise NotFoundError(f"no creative field with id {field_id!r}", known)
    total, data = catalog.field_cities(
        store, field_id, network, designated_from, designated_to, offset, limit
    )
    return FieldCitiesPublic(data=[FieldCityPublic.model_validate(row) for row in data], count=total)
