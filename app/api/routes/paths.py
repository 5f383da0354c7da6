"""Collaboration paths between two cities: the shortest and up to k alternatives."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from app.api.deps import PathFinderDep, StoreDep, comma_list_pattern
from app.api.errors import ERROR_RESPONSES, NOT_FOUND
from app.api.routes.cities import city_or_404
from graph.kpaths import MAX_K
from graph.paths import MAX_HOPS, RELATION_KINDS

router = APIRouter(tags=["paths"], responses=ERROR_RESPONSES)

CityParam = Annotated[str, Query(max_length=120, description="City id.", examples=["id-bandung"])]


class HopPublic(BaseModel):
    """One step of a path, explained."""

    from_: str = Field(alias="from", description="Id of the node the hop leaves.", examples=["id-bandung"])
    to: str = Field(description="Id of the node the hop reaches.", examples=["design"])
    from_name: str = Field(description="Its name.", examples=["Bandung"])
    to_name: str = Field(description="Its name.", examples=["Design"])
    from_kind: str = Field(
        description="Node label: City, Network, CreativeField or Project.", examples=["City"]
    )
    to_kind: str = Field(description="Node label of the node reached.", examples=["CreativeField"])
    relation: str = Field(description="Relationship type.", examples=["DESIGNATED"])
    detail: str = Field(description="The link in words.", examples=["UCCN Design 2015"])
    sources: list[str] = Field(description="Ids of the sources of this link.", examples=[["unesco-uccn"]])

    model_config = {"populate_by_name": True}


class PathPublic(BaseModel):
    """A path: its length in hops and each hop."""

    length: int = Field(description="Number of hops.", examples=[2])
    hops: list[HopPublic] = Field(description="The hops, from the start city to the end city.")


class PathsPublic(BaseModel):
    """The shortest path first, then alternatives no shorter; empty with a message when none."""

    paths: list[PathPublic] = Field(description="Paths, shortest first.")
    message: str | None = Field(
        default=None, description="Why no path was found, when none was.", examples=[None]
    )


@router.get("/paths", response_model=PathsPublic, response_model_by_alias=True, responses=NOT_FOUND)
def get_paths(
    store: StoreDep,
    finder: PathFinderDep,
    source: Annotated[
        str, Query(alias="from", max_length=120, description="Start city id.", examples=["id-bandung"])
    ],
    target: Annotated[
        str, Query(alias="to", max_length=120, description="End city id.", examples=["jp-kobe"])
    ],
    via: Annotated[
        str,
        Query(
            max_length=100,
            pattern=comma_list_pattern(tuple(RELATION_KINDS)),
            description=f"Comma-separated relation kinds to travel: {', '.join(RELATION_KINDS)}.",
            examples=["twinning,designation"],
        ),
    ] = ",".join(RELATION_KINDS),
    max_hops: Annotated[
        int, Query(ge=1, le=MAX_HOPS, description="Longest path, in hops.", examples=[4])
    ] = 6,
    k: Annotated[int, Query(ge=1, le=MAX_K, description="How many paths at most.", examples=[3])] = 3,
) -> PathsPublic:
    """Shortest path and up to k − 1 alternatives between two cities, every hop explained."""
    # The parameter's pattern already refused unknown kinds (a 422 naming ``via``).
    kinds = list(dict.fromkeys(via.split(",")))
    city_or_404(store, source, "'from' city")
    city_or_404(store, target, "'to' city")
    if source == target:  # as graph.paths.shortest_path: a city reaches itself in no hops
        return PathsPublic(paths=[PathPublic(length=0, hops=[])], message="'from' and 'to' are the same city")
    found = finder.paths(source, target, kinds, max_hops, k)
    if not found:
        message = f"no path from {source} to {target} within {max_hops} hops via {', '.join(kinds)}"
        return PathsPublic(paths=[], message=message)
    return PathsPublic(
        paths=[
            PathPublic(
                length=path.length,
                hops=[
                    HopPublic(
                        from_=hop.from_id,
                        to=hop.to_id,
                        from_name=hop.from_name,
                        to_name=hop.to_name,
                        from_kind=hop.from_label,
                        to_kind=hop.to_label,
                        relation=hop.relation,
                        detail=hop.detail,
                        sources=hop.sources,
                    )
                    for hop in path.hops
                ],
            )
            for path in found
        ]
    )
