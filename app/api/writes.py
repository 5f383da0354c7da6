"""Request pieces shared by the write endpoints: how a source is cited, and model errors as 422s."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from pydantic import Field, ValidationError

from app.api.errors import bad_parameter
from graph import model

SourceRef = Annotated[
    Annotated[str, Field(pattern=model.SLUG, max_length=120)] | model.Source,
    Field(
        description="The source stating this fact: an existing Source id, or a new source object "
        "{id, title, url, publisher?, published?, retrieved?, licence?} created with it.",
        examples=["wikipedia-twin-towns"],
    ),
]


def split_source(source: str | model.Source) -> tuple[str, model.Source | None]:
    """``(source id, new source or None)``."""
    if isinstance(source, model.Source):
        return source.id, source
    return source, None


@contextmanager
def body_errors() -> Iterator[None]:
    """Turn a graph.model validation error into a 422 naming the body field."""
    try:
        yield
    except ValidationError as error:
        problem = error.errors()[0]
        name = ".".join(str(part) for part in problem["loc"]) or "body"
        raise bad_parameter("body", name, problem["msg"]) from error
