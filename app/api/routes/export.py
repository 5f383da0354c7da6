"""Graph files of a projection for other tools (Gephi, yEd, spreadsheets), streamed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from fastapi.responses import StreamingResponse

from app.api.deps import ProjectorDep
from app.api.filters import FiltersDep, ProjectionQuery
from graph.export import formats

router = APIRouter(prefix="/export", tags=["export"])


@router.get(
    "/{format}",
    response_class=StreamingResponse,
    responses={
        200: {"content": {spec.media_type: {} for spec in formats.FORMATS.values()}},
        404: {"description": "Unknown format"},
    },
)
def export(
    format: Annotated[str, Path(description=f"One of {', '.join(formats.FORMATS)}.")],
    projector: ProjectorDep,
    filters: FiltersDep,
    projection: ProjectionQuery = "twinning",
) -> StreamingResponse:
    """The projection as GEXF, GraphML, a CSV zip (nodes.csv, edges.csv) or node-link JSON."""
    try:
        spec = formats.get_format(format)
    except formats.UnknownFormatError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
    graph = projector.get(projection, filters)
    filename = f"citygraph-{projection}{spec.suffix}"
    return StreamingResponse(
        formats.stream(graph, format),
        media_type=spec.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
