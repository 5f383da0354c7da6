"""Query parameters that choose a projection and filter it, shared by maps and exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from graph.project import Filters, Projection


def projection_filters(
    network: Annotated[str | None, Query(description="Keep members of this network, e.g. `uccn`.")] = None,
    field: Annotated[str | None, Query(description="Keep cities designated in this field.")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code, e.g. `ID`.")] = None,
    region: Annotated[str | None, Query(description="UN M49 region or subregion, e.g. `Europe`.")] = None,
    since: Annotated[int | None, Query(description="Keep links dated this year or later.")] = None,
    until: Annotated[int | None, Query(description="Keep links dated this year or earlier.")] = None,
) -> Filters:
    return Filters(network=network, field=field, country=country, region=region, since=since, until=until)


FiltersDep = Annotated[Filters, Depends(projection_filters)]
ProjectionQuery = Annotated[
    Projection, Query(description="Which links: twinning, projects, field or all (their union).")
]
