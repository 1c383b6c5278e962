"""Who may write: an API key in the ``X-API-Key`` header, one of the configured keys.
Reads stay public. A missing key is 401, a wrong one 403; with no key configured every
write is refused (403)."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from api.http import ApiError

API_KEY_HEADER = "X-API-Key"
_scheme = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    description="A key from CLUSTERMAP_API_KEYS (name:key,name:key); needed for writes only",
)


def writer(request: Request, key: Annotated[str | None, Depends(_scheme)] = None) -> str:
    """The name of the key the request carries; raises 401/403 otherwise."""
    keys = request.app.state.config.api_keys
    if not keys:
        raise ApiError(403, "writes are disabled: no API key is configured (CLUSTERMAP_API_KEYS)")
    if not key:
        raise ApiError(
            401,
            f"this needs an API key in the {API_KEY_HEADER} header",
            {"WWW-Authenticate": f'APIKey header="{API_KEY_HEADER}"'},
        )
    for name, expected in keys.items():
        if hmac.compare_digest(key.encode(), expected.encode()):
            return name
    raise ApiError(403, "the API key is not valid")


Writer = Annotated[str, Depends(writer)]
