"""Validated records: one pydantic model per seed file, the single description of the data.

Seed files are CSV with a header row. List cells (``alt_names``, ``sources``) hold values
separated by ``|``. Empty cells are ``None``. Every relationship row names at least one
Source id in ``sources``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

LIST_SEPARATOR = "|"
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
CITY_ID = r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$"
FIRST_UCCN_YEAR = 2004
LAST_UCCN_YEAR = 2025


def _split_list(value: object) -> object:
    """Turn a ``a|b|c`` cell into a list; leave lists (JSON, API input) alone."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
    return value


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


StrList = Annotated[list[str], BeforeValidator(_split_list)]
SourceIds = Annotated[
    list[Annotated[str, Field(pattern=SLUG)]],
    BeforeValidator(_split_list),
    Field(min_length=1, description="Ids of the Sources that state this fact (at least one)."),
]
Slug = Annotated[str, Field(pattern=SLUG, max_length=120)]
CityId = Annotated[str, Field(pattern=CITY_ID, max_length=120, examples=["id-bandung"])]
Iso2 = Annotated[str, Field(pattern=r"^[A-Z]{2}$", examples=["ID"])]
Year = Annotated[int, Field(ge=1000, le=2100)]


class Record(BaseModel):
    """Base for seed rows: strict about unknown columns, blank cells read as None."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _blanks(cls, data: object) -> object:
        if isinstance(data, dict):
            return {key: _blank_to_none(value) for key, value in data.items()}
        return data


class Source(Record):
    """Where a fact comes from: a page, a data set or a release."""

    id: Slug = Field(description="Stable source id, e.g. `unesco-uccn-2023-designations`.")
    title: str = Field(min_length=1, description="Title of the page or data set.")
    url: str = Field(pattern=r"^https?://", description="Address of the page or data set.")
    publisher: str | None = Field(default=None, description="Who published it.")
    published: date | None = Field(default=None, description="Publication date, if known.")
    retrieved: date | None = Field(default=None, description="When the copy used was taken.")
    licence: str | None = Field(default=None, description="Licence of the content, e.g. CC0-1.0.")


class Country(Record):
    """A country with its UN M49 region and subregion."""

    iso2: Iso2 = Field(description="ISO 3166-1 alpha-2 code.")
    name: str = Field(min_length=1, description="English short name.")
    region: str | None = Field(default=None, description="UN M49 region, e.g. Asia.")
    subregion: str | None = Field(default=None, description="UN M49 subregion, e.g. South-eastern Asia.")


class Network(Record):
    """An international network of cities (UCCN, ICCN, WCCF)."""

    id: Slug = Field(description="Network id, e.g. `uccn`.")
    name: str = Field(min_length=1)
    founded: Year | None = Field(default=None, description="Year the network was founded.")
    url: str | None = Field(default=None, pattern=r"^https?://")
    sources: SourceIds


class CreativeField(Record):
    """A creative field: one of the UCCN fields or an Indonesian (Bekraf) subsector."""

    id: Slug = Field(description="Field id, e.g. `design`, `bekraf-kuliner`.")
    name: str = Field(min_length=1, description="English name.")
    name_id: str | None = Field(default=None, description="Indonesian name.")
    scheme: Literal["uccn", "bekraf"]
    since: Year | None = Field(default=None, description="First year the field was open.")
    sources: SourceIds


class FieldCorrespondence(Record):
    """A Bekraf subsector that corresponds to a UCCN field."""

    field: Slug
    uccn_field: Slug
    sources: SourceIds


class Sdg(Record):
    """One of the 17 UN Sustainable Development Goals."""

    number: int = Field(ge=1, le=17)
    title: str = Field(min_length=1, description="Official goal text.")
    short_title: str = Field(min_length=1, description="Official short title, e.g. Zero Hunger.")
    title_id: str | None = Field(default=None, description="Indonesian short title.")
    sources: SourceIds


CityKind = Literal["city", "regency", "municipality", "town", "district", "region"]


class City(Record):
    """A city (or regency, municipality, …) with its place on the map."""

    id: CityId = Field(description="`<iso2>-<slug>`, lower case, e.g. `id-bandung`.")
    name: str = Field(min_length=1, description="Name as commonly written, with accents.")
    ascii_name: str | None = Field(default=None, description="Name in plain ASCII.")
    alt_names: StrList = Field(default_factory=list, description="Other names and spellings.")
    country: Iso2
    admin1: str | None = Field(default=None, description="First-level region (province, state).")
    kind: CityKind = "city"
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    population: int | None = Field(default=None, ge=0)
    geonames_id: int | None = Field(default=None, ge=1)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    sources: SourceIds

    @model_validator(mode="after")
    def _country_prefix(self) -> City:
        if not self.id.startswith(self.country.lower() + "-"):
            raise ValueError(f"id {self.id!r} must start with the country code {self.country.lower()!r}-")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon must be given together")
        return self


class Membership(Record):
    """A city's membership of a network."""

    city: CityId
    network: Slug
    since: Year | None = None
    until: Year | None = None
    note: str | None = None
    sources: SourceIds


class Designation(Record):
    """A city designated in a creative field by a network (e.g. UCCN Design 2015)."""

    city: CityId
    network: Slug
    field: Slug
    year: Year | None = Field(default=None, description="Year of designation; empty when unconfirmed.")
    note: str | None = Field(default=None, description="Why a value is empty or was corrected.")
    sources: SourceIds

    @model_validator(mode="after")
    def _uccn_years(self) -> Designation:
        in_uccn_era = self.year is None or FIRST_UCCN_YEAR <= self.year <= LAST_UCCN_YEAR
        if self.network == "uccn" and not in_uccn_era:
            raise ValueError(f"UCCN year {self.year} outside {FIRST_UCCN_YEAR}–{LAST_UCCN_YEAR}")
        if self.year is None and not self.note:
            raise ValueError("an empty year needs a note saying why")
        return self


TwinningKind = Literal["twin", "sister", "friendship", "partnership"]


class Twinning(Record):
    """A bilateral partnership between two cities, stored once with city_a < city_b."""

    city_a: CityId
    city_b: CityId
    kind: TwinningKind = "twin"
    since: Year | None = None
    sources: SourceIds

    @model_validator(mode="after")
    def _ordered(self) -> Twinning:
        if self.city_a >= self.city_b:
            raise ValueError("city_a must sort before city_b (a symmetric pair is stored once)")
        return self


ProjectKind = Literal["exchange", "showcase", "conference", "programme", "event", "cooperation"]


class Project(Record):
    """A joint project, exchange, programme or event that links cities."""

    id: Slug
    name: str = Field(min_length=1)
    kind: ProjectKind
    year: Year | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    network: Slug | None = Field(default=None, description="Network the project runs under, if any.")
    note: str | None = None
    sources: SourceIds


class Participation(Record):
    """A city taking part in a project."""

    project: Slug
    city: CityId
    role: str | None = Field(default=None, description="e.g. host, partner, topic.")
    sources: SourceIds


class ProjectField(Record):
    """A project's creative field."""

    project: Slug
    field: Slug
    sources: SourceIds


class ProjectSdg(Record):
    """An SDG a project advances."""

    project: Slug
    sdg: int = Field(ge=1, le=17)
    sources: SourceIds
