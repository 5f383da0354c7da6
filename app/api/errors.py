"""Errors as HTTP answers: not found with suggestions, bad parameters named, store failures mapped.

No handler echoes an exception's text from the store or from unknown errors: those can carry
query text or internals.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from graph.store import QueryTimeout, StoreError
from graph.writes import SourceConflict, UnknownReference

logger = logging.getLogger("citygraph.api")


class ErrorPublic(BaseModel):
    """An error: what went wrong and, for an unknown id, ids that are close."""

    detail: str = Field(description="What went wrong.", examples=["no city with id 'id-bandug'"])
    suggestions: list[str] = Field(
        default_factory=list, description="Close matches for an unknown id.", examples=[["id-bandung"]]
    )
    field: str | None = Field(
        default=None,
        description="The request body field naming an unknown id, for writes.",
        examples=["city_a"],
    )


class NotFoundError(Exception):
    """A path names a record that does not exist."""

    def __init__(self, detail: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(detail)
        self.detail = detail
        self.suggestions = list(suggestions)


def bad_parameter(where: str, name: str, message: str, value: Any = None) -> RequestValidationError:
    """A 422 in FastAPI's own shape, naming the parameter (``where`` is query, path or body)."""
    return RequestValidationError(
        [{"loc": (where, name), "msg": message, "type": "value_error", "input": value}]
    )


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorPublic, "description": "The graph store failed or is unreachable."},
    504: {"model": ErrorPublic, "description": "A query ran longer than the configured limit."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorPublic, "description": "No record with that id; close matches suggested."}
}


def json_errors(responses: dict[int | str, dict[str, Any]]) -> dict[int | str, dict[str, Any]]:
    """The same error responses stated as JSON, for routes whose success is not JSON (HTML maps).

    FastAPI documents a ``model`` in the route's own media type; errors are JSON whatever it is.
    """
    schema = ErrorPublic.model_json_schema()
    return {
        code: {"description": spec["description"], "content": {"application/json": {"schema": schema}}}
        for code, spec in responses.items()
    }


def _error(status: int, detail: str, suggestions: Sequence[str] = ()) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, "suggestions": list(suggestions)})


async def _not_found(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, NotFoundError)
    return _error(404, error.detail, error.suggestions)


async def _timeout(request: Request, error: Exception) -> JSONResponse:
    logger.warning("query timeout on %s: %s", request.url.path, error)
    return _error(504, "the query took too long; narrow the request (filters, max_hops, limit)")


async def _store_error(request: Request, error: Exception) -> JSONResponse:
    logger.error("store error on %s: %s", request.url.path, error)
    return _error(503, "the graph store could not answer; try again later")


async def _unknown_reference(_request: Request, error: Exception) -> JSONResponse:
    # The body is well-formed but names ids the graph lacks: a 404 that names the field.
    assert isinstance(error, UnknownReference)
    missing = ", ".join(repr(value) for value in error.missing)
    detail = f"{error.field}: no such id(s) in the graph: {missing}"
    return JSONResponse(status_code=404, content={"detail": detail, "suggestions": [], "field": error.field})


async def _conflict(_request: Request, error: Exception) -> JSONResponse:
    return _error(409, str(error))


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s", request.url.path, exc_info=error)
    return _error(500, "internal error")


def install(app: FastAPI) -> None:
    """Register every handler on ``app``."""
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(UnknownReference, _unknown_reference)
    app.add_exception_handler(SourceConflict, _conflict)
    app.add_exception_handler(Exception, _unexpected)
