"""The write key: ``X-API-Key`` compared in constant time with ``CITYGRAPH_API_KEY``."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Security
from fastapi.security import APIKeyHeader

from app.api.deps import SettingsDep
from app.api.errors import ErrorPublic

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="Key for write endpoints (CITYGRAPH_API_KEY)."
)


def require_api_key(settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)]) -> None:
    """403 when writes are off (no key configured), 401 when the key is missing or wrong."""
    if not settings.api_key:
        raise HTTPException(status_code=403, detail="writes are disabled: the server has no API key set")
    if key is None or not hmac.compare_digest(key.encode(), settings.api_key.encode()):
        raise HTTPException(
            status_code=401,
            detail="missing or wrong X-API-Key header",
            headers={"WWW-Authenticate": "APIKey"},
        )


WriteKey = Depends(require_api_key)
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorPublic, "description": "The body is not valid JSON."},
    401: {"model": ErrorPublic, "description": "Missing or wrong X-API-Key header."},
    403: {"model": ErrorPublic, "description": "Writes are disabled on this server."},
    404: {"model": ErrorPublic, "description": "The body names an id not in the graph; `field` says which."},
    409: {"model": ErrorPublic, "description": "A new source reuses an existing source's id."},
}
