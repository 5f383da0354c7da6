"""Sources: where each fact comes from."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.api.deps import StoreDep
from app.api.errors import ERROR_RESPONSES, NOT_FOUND, NotFoundError
from app.api.models import SourcePublic
from graph import catalog

router = APIRouter(prefix="/sources", tags=["sources"], responses=ERROR_RESPONSES)


@router.get("/{source_id}", response_model=SourcePublic, responses=NOT_FOUND)
def get_source(
    store: StoreDep,
    source_id: Annotated[str, Path(max_length=120, description="Source id.", examples=["unesco-uccn"])],
) -> SourcePublic:
    """One source: title, address, publisher, dates and licence."""
    found = catalog.source(store, source_id)
    if found is None:
        raise NotFoundError(f"no source with id {source_id!r}")
    return SourcePublic.model_validate(found)
