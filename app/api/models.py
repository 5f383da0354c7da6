"""Response pieces shared by several resources: a city reference and a source."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field

SourceIds = Annotated[
    list[str],
    Field(
        description="Ids of the sources that state this fact (see `GET /sources/{id}`).",
        examples=[["unesco-uccn"]],
    ),
]


class CityRef(BaseModel):
    """A city in brief, as it appears inside other records."""

    id: str = Field(description="City id `<iso2>-<slug>`.", examples=["id-bandung"])
    name: str = Field(description="Name as commonly written.", examples=["Bandung"])
    country: str = Field(description="ISO 3166-1 alpha-2 code.", examples=["ID"])
    lat: float | None = Field(default=None, description="Latitude (WGS84).", examples=[-6.90389])
    lon: float | None = Field(default=None, description="Longitude (WGS84).", examples=[107.61861])
    population: int | None = Field(default=None, description="Population, if known.", examples=[2444160])


class SourcePublic(BaseModel):
    """Where a fact comes from."""

    id: str = Field(description="Source id.", examples=["unesco-uccn"])
    title: str = Field(
        description="Title of the page or data set.", examples=["UNESCO Creative Cities Network"]
    )
    url: str = Field(description="Address of the page or data set.", examples=["https://www.unesco.org/"])
    publisher: str | None = Field(default=None, description="Who published it.", examples=["UNESCO"])
    published: date | None = Field(
        default=None, description="Publication date (ISO).", examples=["2023-10-31"]
    )
    retrieved: date | None = Field(
        default=None, description="When the copy used was taken.", examples=["2024-10-01"]
    )
    licence: str | None = Field(default=None, description="Licence of the content.", examples=["CC0-1.0"])
