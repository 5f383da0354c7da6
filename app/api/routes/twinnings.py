"""Twin towns and sister cities: record one (with the API key)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field

from app.api.deps import StoreDep
from app.api.errors import ERROR_RESPONSES, bad_parameter
from app.api.models import SourceIds
from app.api.security import WRITE_RESPONSES, WriteKey
from app.api.writes import SourceRef, body_errors, split_source
from graph import model, writes

router = APIRouter(prefix="/twinnings", tags=["twinnings"], responses=ERROR_RESPONSES)


class TwinningCreate(BaseModel):
    """A twinning to record between two cities, in either order, with the source that states it."""

    model_config = ConfigDict(extra="forbid")

    city_a: model.CityId = Field(description="One city id.", examples=["id-bandung"])
    city_b: model.CityId = Field(description="The other city id.", examples=["de-braunschweig"])
    kind: model.TwinningKind = Field(default="twin", description="twin, sister, friendship or partnership.")
    since: int | None = Field(default=None, ge=1000, le=2100, description="Year it began.", examples=[1960])
    source: SourceRef


class TwinningPublic(BaseModel):
    """The twinning as stored (city_a sorts before city_b) and whether it is new."""

    city_a: str = Field(description="The city id that sorts first.", examples=["de-braunschweig"])
    city_b: str = Field(description="The other city id.", examples=["id-bandung"])
    kind: str = Field(description="twin, sister, friendship or partnership.", examples=["twin"])
    since: int | None = Field(default=None, description="Year it began, if known.", examples=[1960])
    sources: SourceIds
    created: bool = Field(description="False when the pair was already twinned.", examples=[True])


@router.post(
    "",
    response_model=TwinningPublic,
    status_code=201,
    dependencies=[WriteKey],
    responses={**WRITE_RESPONSES, 200: {"model": TwinningPublic, "description": "Already twinned."}},
)
def create_twinning(store: StoreDep, body: TwinningCreate, response: Response) -> TwinningPublic:
    """Record a twinning (idempotent: the pair is stored once however often it is posted); needs X-API-Key."""
    if body.city_a == body.city_b:
        raise bad_parameter("body", "city_b", "must differ from city_a", body.city_b)
    source_id, new_source = split_source(body.source)
    first, second = sorted((body.city_a, body.city_b))
    with body_errors():
        twinning = model.Twinning(
            city_a=first, city_b=second, kind=body.kind, since=body.since, sources=[source_id]
        )
    try:
        row, created = writes.add_twinning(store, twinning, new_source)
    except writes.UnknownReference as error:
        # Name the field as the client sent it, not as stored after ordering.
        sent = {body.city_a: "city_a", body.city_b: "city_b"}
        field = sent.get(error.missing[0], error.field) if error.field.startswith("city") else error.field
        raise writes.UnknownReference(field, error.missing) from error
    response.status_code = 201 if created else 200
    return TwinningPublic(**row, created=created)
