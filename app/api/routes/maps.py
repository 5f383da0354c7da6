"""Interactive maps: standalone HTML pages that open with no network at all."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

from app.api.deps import ProjectorDep, StoreDep, comma_list_pattern
from app.api.errors import bad_parameter
from app.api.filters import FiltersDep, ProjectionQuery
from graph import paths
from graph.export.html import MapOptions, network_html
from graph.export.layout import Layout, LayoutTooLargeError
from graph.export.pathmap import path_graph, path_options
from graph.export.style import MEASURES, ColorBy
from graph.project import Projection

router = APIRouter(prefix="/maps", tags=["maps"])

ColorByQuery = Annotated[ColorBy, Query(description="Colour cities by `network` or creative `field`.")]
SizeByQuery = Annotated[
    str,
    Query(
        pattern=f"^({'|'.join(MEASURES)})$",
        description="Size cities by `degree`, `weight` (summed links) or `none`.",
    ),
]


def _page(graph: nx.Graph, options: MapOptions) -> HTMLResponse:
    try:
        return HTMLResponse(network_html(graph, options))
    except LayoutTooLargeError as error:
        raise bad_parameter("query", "layout", str(error), options.layout) from error


@router.get("/network.html", response_class=HTMLResponse)
def network_map(
    projector: ProjectorDep,
    filters: FiltersDep,
    projection: ProjectionQuery = "twinning",
    center: Annotated[str | None, Query(description="City id: show only its ego network.")] = None,
    depth: Annotated[int, Query(ge=1, le=4, description="Hops around `center`.")] = 1,
    color_by: ColorByQuery = "network",
    size_by: SizeByQuery = "degree",
    layout: Annotated[Layout, Query(description="`force`, `geo` (longitude/latitude) or `auto`.")] = "auto",
) -> HTMLResponse:
    """An interactive map of a projection, or of one city's ego network, as a standalone page."""
    graph = projector.get(projection, filters)
    title = f"CityGraph · {projection}"
    if center is not None:
        if center not in graph:
            raise HTTPException(status_code=404, detail=f"no city with id {center!r} in this projection")
        name = graph.nodes[center].get("name") or center
        graph = nx.ego_graph(graph, center, radius=depth)
        title = f"{name} and its {projection} partners within {depth} hop(s)"
    return _page(graph, MapOptions(title=title, color_by=color_by, size_by=size_by, layout=layout))


@router.get("/path.html", response_class=HTMLResponse)
def path_map(
    store: StoreDep,
    projector: ProjectorDep,
    source: Annotated[str, Query(alias="from", description="City id to start from, e.g. `id-bandung`.")],
    target: Annotated[str, Query(alias="to", description="City id to reach, e.g. `jp-kobe`.")],
    via: Annotated[
        str,
        Query(
            max_length=100,
            pattern=comma_list_pattern(tuple(paths.RELATION_KINDS)),
            description=f"Comma-separated relation kinds: {', '.join(paths.RELATION_KINDS)}.",
        ),
    ] = ",".join(paths.DEFAULT_VIA),
    projection: Annotated[Projection, Query(description="Links drawn around the path.")] = "all",
    color_by: ColorByQuery = "network",
) -> HTMLResponse:
    """The shortest collaboration path between two cities, highlighted over their neighbourhood."""
    # The parameter's pattern already refused unknown kinds (a 422 naming ``via``).
    kinds = list(dict.fromkeys(via.split(",")))
    for city in (source, target):
        if not store.run("city_by_id", {"id": city}):
            raise HTTPException(status_code=404, detail=f"no city with id {city!r}")
    found = paths.shortest_path(store, source, target, kinds)
    if found is None:
        raise HTTPException(
            status_code=404, detail=f"no path from {source!r} to {target!r} via {', '.join(kinds)}"
        )
    names = [found.hops[0].from_name, found.hops[-1].to_name] if found.hops else [source, target]
    title = f"{names[0]} → {names[1]}: {found.length} hop(s)"
    return _page(path_graph(projector.get(projection), found), path_options(found, title, color_by))
