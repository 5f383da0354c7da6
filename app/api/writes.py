"""Request pieces shared by the write endpoints: how a source is cited, and model errors as 422s."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph import model


class SourceCreate(BaseModel):
    """A new source, created with the record that cites it (strict: no blank-to-null like seed cells)."""

    model_config = ConfigDict(extra="forbid")

    id: model.Slug = Field(description="New source id.", examples=["bandung-sister-cities-2024"])
    title: str = Field(
        min_length=1, max_length=500, description="Title.", examples=["Sister cities of Bandung"]
    )
    url: str = Field(
        pattern=r"^https?://\S+$", max_length=1000, description="Address.", examples=["https://example.org"]
    )
    publisher: str | None = Field(
        default=None, max_length=300, description="Publisher.", examples=["Pemkot Bandung"]
    )
    published: date | None = Field(
        default=None, description="Publication date (ISO).", examples=["2024-05-01"]
    )
    retrieved: date | None = Field(default=None, description="Retrieval date (ISO).", examples=["2026-01-05"])
    licence: str | None = Field(default=None, max_length=200, description="Licence.", examples=["CC-BY-4.0"])


SourceRef = Annotated[
    Annotated[str, Field(pattern=model.SLUG, max_length=120)] | SourceCreate,
    Field(
        description="The source stating this fact: an existing Source id, or a new source object "
        "{id, title, url, publisher?, published?, retrieved?, licence?} created with it.",
        examples=["wikipedia-twin-towns"],
    ),
]


def split_source(source: str | SourceCreate) -> tuple[str, model.Source | None]:
    """``(source id, new source validated as a graph Source, or None)``."""
    if isinstance(source, SourceCreate):
        with body_errors("source"):
            return source.id, model.Source.model_validate(source.model_dump())
    return source, None


@contextmanager
def body_errors(prefix: str = "") -> Iterator[None]:
    """Turn a graph.model validation error into a 422 naming the body field."""
    try:
        yield
    except ValidationError as error:
        problem = error.errors()[0]
        where = [part for part in (prefix, *problem["loc"]) if part != ""]
        detail = {"loc": ("body", *where), "msg": problem["msg"], "type": "value_error"}
        raise RequestValidationError([detail]) from error
