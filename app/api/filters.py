"""Query parameters that choose a projection and filter it, shared by analytics, maps and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from graph.project import Filters, Projection


def projection_filters(
    network: Annotated[
        str | None, Query(max_length=40, description="Keep members of this network.", examples=["uccn"])
    ] = None,
    field: Annotated[
        str | None,
        Query(max_length=60, description="Keep cities designated in this field.", examples=["design"]),
    ] = None,
    country: Annotated[
        str | None,
        Query(
            pattern="^[A-Za-z]{2}$", description="Keep cities of this country (ISO alpha-2).", examples=["ID"]
        ),
    ] = None,
    region: Annotated[
        str | None,
        Query(
            max_length=60, description="Keep cities of this UN M49 region or subregion.", examples=["Asia"]
        ),
    ] = None,
    since: Annotated[
        int | None,
        Query(ge=1000, le=2100, description="Keep links dated this year or later.", examples=[1990]),
    ] = None,
    until: Annotated[
        int | None,
        Query(ge=1000, le=2100, description="Keep links dated this year or earlier.", examples=[2020]),
    ] = None,
) -> Filters:
    """The projection filters of a request (``until`` before ``since`` keeps no dated link)."""
    return Filters(network=network, field=field, country=country, region=region, since=since, until=until)


FiltersDep = Annotated[Filters, Depends(projection_filters)]
ProjectionQuery = Annotated[
    Projection,
    Query(description="Which city–city links: twinning, projects, field (same designation) or all."),
]
