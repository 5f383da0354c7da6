"""Analytics of a projection: central cities, communities, whole-graph statistics."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Annotated, Any

import networkx as nx
from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from app.api.deps import AnalyticsDep
from app.api.filters import FiltersDep, ProjectionQuery
from graph.analytics.cached import Metric
from graph.project import Projection

router = APIRouter(prefix="/analytics", tags=["analytics"])

SeedQuery = Annotated[
    int, Query(ge=0, le=2**31 - 1, description="Seed of sampled or randomised computations.", examples=[0])
]


class CityBrief(BaseModel):
    """A city in brief."""

    id: str = Field(description="City id `<iso2>-<slug>`.", examples=["id-bandung"])
    name: str | None = Field(description="Name as commonly written.", examples=["Bandung"])
    country: str | None = Field(description="ISO 3166-1 alpha-2 code.", examples=["ID"])


class RankedCity(BaseModel):
    """A city, its score and its rank."""

    city: CityBrief
    score: float = Field(description="The metric's value for this city.", examples=[0.1234])
    rank: int = Field(
        description="1 + the number of cities that score higher (ties share a rank).", examples=[1]
    )


class CentralityPublic(BaseModel):
    """The most central cities of a projection by one metric."""

    metric: Metric = Field(description="Which centrality.", examples=["betweenness"])
    projection: Projection = Field(description="Which city–city links.", examples=["twinning"])
    method: str = Field(
        description='How it was computed: "exact"; "sampled k=… seed=…" (k random source cities; '
        'closeness on large projections); "approximate KADABRA ε=… δ=… seed=…" (betweenness on large '
        'projections: scores within about ±ε with probability ≥ 1 − δ); "exact per component" '
        "(eigenvector). PageRank weighs a link of the `all` projection by how many ties it stands for.",
        examples=["approximate KADABRA ε=0.005 δ=0.1 seed=0"],
    )
    count: int = Field(description="Cities in the projection (all ranked).", examples=[18000])
    data: list[RankedCity] = Field(description="The top cities, best first.")


class CommunityPublic(BaseModel):
    """One community: cities more densely linked to each other than to the rest."""

    id: int = Field(description="Community number; 0 is the largest.", examples=[0])
    size: int = Field(description="How many cities it has.", examples=[412])
    members: list[CityBrief] = Field(description="Its cities by id, at most `members` of them.")
    truncated: bool = Field(
        description="True when more cities belong to it than are listed.", examples=[True]
    )


class CommunitiesPublic(BaseModel):
    """Louvain communities of a projection, largest first."""

    projection: Projection = Field(description="Which city–city links.", examples=["twinning"])
    method: str = Field(description="How they were found.", examples=["louvain seed=0"])
    modularity: float = Field(description="Newman modularity of the partition.", examples=[0.62])
    count: int = Field(
        description="How many communities in all (isolated cities are their own).", examples=[900]
    )
    data: list[CommunityPublic] = Field(description="The largest communities, at most `limit`.")


class StatisticsPublic(BaseModel):
    """Whole-graph statistics of a projection."""

    projection: Projection = Field(description="Which city–city links.", examples=["twinning"])
    nodes: int = Field(description="Cities.", examples=[18000])
    edges: int = Field(description="City–city links.", examples=[21000])
    average_degree: float = Field(description="Mean links per city.", examples=[2.3])
    max_degree: int = Field(description="Most links of one city.", examples=[120])
    components: int = Field(description="Connected components (an isolated city is one).", examples=[4000])
    largest_component_size: int = Field(description="Cities in the largest component.", examples=[9000])
    largest_component_share: float = Field(description="Its share of all cities.", examples=[0.5])
    diameter: int | None = Field(
        description="Longest shortest path in the largest component (hops).", examples=[14]
    )
    mean_path_length: float | None = Field(
        description="Mean shortest-path length in the largest component (hops).", examples=[5.1]
    )
    average_clustering: float = Field(
        description="Mean local clustering (degree < 2 counts 0).", examples=[0.1]
    )
    transitivity: float = Field(
        description="Global clustering: 3 × triangles / connected triples.", examples=[0.04]
    )
    triangles: int = Field(description="Triangles of cities all linked to each other.", examples=[7000])
    degree_assortativity: float | None = Field(
        description="Correlation of linked cities' degrees; null when undefined.", examples=[-0.05]
    )
    methods: dict[str, str] = Field(
        description='How the distance statistics were computed: "exact" or "sampled k=… seed=…".',
        examples=[{"diameter": "exact", "mean_path_length": "sampled k=256 seed=0"}],
    )


def _city(graph: nx.Graph, node: Hashable) -> CityBrief:
    data: dict[str, Any] = graph.nodes[node]
    return CityBrief(id=str(node), name=data.get("name"), country=data.get("country"))


@router.get("/centrality", response_model=CentralityPublic)
def centrality(
    analytics: AnalyticsDep,
    filters: FiltersDep,
    metric: Annotated[Metric, Query(description="Which centrality.")] = "degree",
    projection: ProjectionQuery = "twinning",
    top: Annotated[int, Query(ge=1, le=1000, description="How many cities to return.")] = 20,
    seed: SeedQuery = 0,
) -> CentralityPublic:
    """The top cities of a projection by degree, betweenness, closeness, eigenvector or PageRank."""
    graph, scores, order = analytics.ranking(metric, projection, filters, seed)
    data = [RankedCity(city=_city(graph, node), score=score, rank=rank) for node, score, rank in order[:top]]
    return CentralityPublic(
        metric=metric, projection=projection, method=scores.method, count=len(scores), data=data
    )


@router.get("/communities", response_model=CommunitiesPublic)
def communities(
    analytics: AnalyticsDep,
    filters: FiltersDep,
    projection: ProjectionQuery = "twinning",
    seed: SeedQuery = 0,
    limit: Annotated[int, Query(ge=1, le=500, description="How many communities to return.")] = 20,
    members: Annotated[int, Query(ge=0, le=1000, description="Most cities listed per community.")] = 50,
) -> CommunitiesPublic:
    """Louvain communities of a projection, largest first, with (some of) their cities."""
    graph, partition = analytics.communities(projection, filters, seed)
    groups = partition.communities()
    data = [
        CommunityPublic(
            id=number,
            size=len(group),
            members=[_city(graph, node) for node in sorted(group, key=str)[:members]],
            truncated=len(group) > members,
        )
        for number, group in enumerate(groups[:limit])
    ]
    return CommunitiesPublic(
        projection=projection,
        method=partition.method,
        modularity=partition.modularity,
        count=len(groups),
        data=data,
    )


@router.get("/stats", response_model=StatisticsPublic)
def stats(
    analytics: AnalyticsDep, filters: FiltersDep, projection: ProjectionQuery = "twinning"
) -> StatisticsPublic:
    """Size, components, distances, clustering and degree mixing of a projection."""
    _, statistics = analytics.statistics(projection, filters)
    return StatisticsPublic(projection=projection, **statistics)
