"""Cities: search, the city card, and partners."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from app.api.deps import DesignatedFrom, DesignatedTo, Limit, Offset, StoreDep, comma_list_pattern
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import CityRef, SourceIds, SourcePublic
from graph import cities
from graph.store import GraphStore

router = APIRouter(prefix="/cities", tags=["cities"], responses=ERROR_RESPONSES)

CityIdPath = Annotated[
    str, Path(description="City id `<iso2>-<slug>`.", examples=["id-bandung"], max_length=120)
]


class CityPublic(CityRef):
    """A city as listed by search."""

    admin1: str | None = Field(default=None, description="First-level region.", examples=["West Java"])
    kind: str | None = Field(default=None, description="city, regency, municipality, …", examples=["city"])
    region: str | None = Field(default=None, description="UN M49 region of its country.", examples=["Asia"])


class CitiesPublic(BaseModel):
    """A page of cities and how many match in all."""

    data: list[CityPublic] = Field(description="This page of cities.")
    count: int = Field(description="How many cities match, over all pages.", examples=[1])


class MembershipPublic(BaseModel):
    """A city's membership of a network."""

    id: str = Field(description="Network id.", examples=["uccn"])
    name: str | None = Field(
        default=None, description="Network name.", examples=["UNESCO Creative Cities Network"]
    )
    since: int | None = Field(default=None, description="Year the city joined.", examples=[2015])
    until: int | None = Field(default=None, description="Year the city left, if it did.", examples=[None])
    sources: SourceIds = []


class DesignationPublic(BaseModel):
    """A designation of the city in a creative field by a network."""

    network: str = Field(description="Network id.", examples=["uccn"])
    field: str = Field(description="Creative field id.", examples=["design"])
    field_name: str | None = Field(default=None, description="Field name.", examples=["Design"])
    year: int | None = Field(default=None, description="Year of designation, if known.", examples=[2015])
    sources: SourceIds = []


class TwinPublic(BaseModel):
    """A twin town or sister city."""

    id: str = Field(description="City id of the twin.", examples=["de-braunschweig"])
    name: str = Field(description="Its name.", examples=["Braunschweig"])
    country: str = Field(description="Its country (ISO alpha-2).", examples=["DE"])
    kind: str | None = Field(
        default=None, description="twin, sister, friendship or partnership.", examples=["twin"]
    )
    since: int | None = Field(default=None, description="Year the link began, if known.", examples=[1960])
    sources: SourceIds = []


class CityProjectPublic(BaseModel):
    """A project the city takes part in."""

    id: str = Field(description="Project id.", examples=["wccf-lep-3-public-art"])
    name: str = Field(description="Project name.", examples=["WCCF Leadership Exchange Programme round 3"])
    kind: str | None = Field(default=None, description="exchange, programme, event, …", examples=["exchange"])
    year: int | None = Field(default=None, description="Year, if known.", examples=[2025])
    role: str | None = Field(default=None, description="The city's role.", examples=["partner"])
    sources: SourceIds = []


class CityCardPublic(BaseModel):
    """Everything about one city, with every cited source resolved."""

    id: str = Field(description="City id.", examples=["id-bandung"])
    name: str = Field(description="Name as commonly written.", examples=["Bandung"])
    ascii_name: str | None = Field(default=None, description="Name in plain ASCII.", examples=["Bandung"])
    alt_names: list[str] = Field(default_factory=list, description="Other names.", examples=[["Bandoeng"]])
    country: str = Field(description="ISO 3166-1 alpha-2 code.", examples=["ID"])
    country_name: str | None = Field(default=None, description="Country name.", examples=["Indonesia"])
    region: str | None = Field(default=None, description="UN M49 region.", examples=["Asia"])
    subregion: str | None = Field(
        default=None, description="UN M49 subregion.", examples=["South-eastern Asia"]
    )
    admin1: str | None = Field(default=None, description="First-level region.", examples=["West Java"])
    kind: str | None = Field(default=None, description="city, regency, …", examples=["city"])
    lat: float | None = Field(default=None, description="Latitude.", examples=[-6.90389])
    lon: float | None = Field(default=None, description="Longitude.", examples=[107.61861])
    population: int | None = Field(default=None, description="Population, if known.", examples=[2444160])
    geonames_id: int | None = Field(default=None, description="GeoNames id.", examples=[1650357])
    wikidata: str | None = Field(default=None, description="Wikidata QID.", examples=["Q10389"])
    networks: list[MembershipPublic] = Field(description="Networks the city belongs to.")
    designations: list[DesignationPublic] = Field(description="Creative-field designations.")
    twins: list[TwinPublic] = Field(description="Twin towns and sister cities.")
    projects: list[CityProjectPublic] = Field(description="Projects the city takes part in.")
    sdgs: list[int] = Field(description="SDGs its projects advance.", examples=[[11]])
    sources: list[SourcePublic] = Field(description="Every source cited on this card.")


class ReasonPublic(BaseModel):
    """Why two cities are partners."""

    kind: str = Field(description="twinning, project or field.", examples=["twinning"])
    detail: str = Field(description="The link in words.", examples=["twin town since 1960"])
    sources: SourceIds = []


class PartnerPublic(BaseModel):
    """A partner city and every reason it is one."""

    city: CityRef = Field(description="The partner city.")
    reasons: list[ReasonPublic] = Field(description="Why it is a partner (at least one).")


class PartnersPublic(BaseModel):
    """A page of partners (most reasons first) and how many there are in all."""

    data: list[PartnerPublic] = Field(description="This page of partners.")
    count: int = Field(description="How many partners, over all pages.", examples=[3])


def city_or_404(store: GraphStore, city_id: str, what: str = "city") -> None:
    """Raise a 404 with close matches unless ``city_id`` is a city."""
    if not store.run("city_by_id", {"id": city_id}):
        raise NotFoundError(f"no {what} with id {city_id!r}", cities.suggest_cities(store, city_id))


@router.get("", response_model=CitiesPublic)
def list_cities(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Name or alternate name; case and accents ignored.",
            examples=["bogota"],
        ),
    ] = None,
    network: Annotated[
        str | None,
        Query(max_length=120, description="Member of (or designated by) this network.", examples=["uccn"]),
    ] = None,
    field: Annotated[
        str | None,
        Query(max_length=120, description="Designated in this creative field.", examples=["design"]),
    ] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code.", examples=["ID"])
    ] = None,
    region: Annotated[
        str | None, Query(max_length=120, description="UN M49 region or subregion.", examples=["Asia"])
    ] = None,
    designated_from: DesignatedFrom = None,
    designated_to: DesignatedTo = None,
) -> CitiesPublic:
    """Cities matching every filter given, largest population first."""
    filters = cities.CityFilters(q, network, field, country, region, designated_from, designated_to)
    total, data = cities.search_cities(store, filters, offset, limit)
    return CitiesPublic(data=[CityPublic.model_validate(row) for row in data], count=total)


@router.get("/{city_id}", response_model=CityCardPublic, responses=NOT_FOUND)
def get_city(store: StoreDep, city_id: CityIdPath) -> CityCardPublic:
    """The city card: networks, designations, twins, projects and SDGs, with sources."""
    card = cities.city_card(store, city_id)
    if card is None:
        raise NotFoundError(f"no city with id {city_id!r}", cities.suggest_cities(store, city_id))
    return CityCardPublic.model_validate(card)


@router.get("/{city_id}/partners", response_model=PartnersPublic, responses=NOT_FOUND)
def get_partners(
    store: StoreDep,
    city_id: CityIdPath,
    limit: Limit = 50,
    offset: Offset = 0,
    kind: Annotated[
        str,
        Query(
            max_length=100,
            pattern=comma_list_pattern(cities.PARTNER_KINDS),
            description=f"Comma-separated partner kinds: {', '.join(cities.PARTNER_KINDS)}.",
            examples=["twinning,project"],
        ),
    ] = ",".join(cities.PARTNER_KINDS),
) -> PartnersPublic:
    """Twins, co-project partners and same-network-same-field peers, each with its reasons."""
    city_or_404(store, city_id)
    # The parameter's pattern already refused unknown kinds (a 422 naming ``kind``).
    chosen = [known for known in cities.PARTNER_KINDS if known in kind.split(",")]
    total, data = cities.partners(store, city_id, chosen, offset, limit)
    return PartnersPublic(data=[PartnerPublic.model_validate(row) for row in data], count=total)
