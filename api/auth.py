"""Who may write: an API key in the ``X-API-Key`` header, one of the configured keys.
Reads stay public. A missing key is 401, a wrong one 403; with no key configured every
write is refused (403).

``WriteGuard`` checks the key of every write before a byte of its body is read, and
bounds the body as it streams in: an anonymous client cannot make the service hold a
large body (a 200 MB ``PATCH`` once cost +379 MB of memory, kept after the answer). Keys
are taken from the header only, never from the query string (which access logs keep).
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http import ApiError, error_response

API_KEY_HEADER = "X-API-Key"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_scheme = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    description="A key from CLUSTERMAP_API_KEYS (name:key,name:key); needed for writes only",
)


def key_name(keys: Mapping[str, str], key: str | None) -> str:
    """The name of ``key`` among ``keys``; raises ``ApiError`` 401 (none) or 403 (wrong
    key, or writes disabled)."""
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


def writer(request: Request, key: Annotated[str | None, Depends(_scheme)] = None) -> str:
    """The name of the key the request carries; raises 401/403 otherwise."""
    return key_name(request.app.state.config.api_keys, key)


Writer = Annotated[str, Depends(writer)]


class BodyTooLarge(HTTPException):
    """A write's body passed its limit while streaming in (answered 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the {limit:,}-byte limit")


class WriteGuard:
    """ASGI middleware in front of every write route: the API key is checked from the
    headers before the body is read (a refused client's body is never held), and the
    body is counted as it arrives, refused with 413 past ``ApiConfig.body_limit`` (at
    once when ``Content-Length`` says so)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS or not _is_route(scope):
            await self.app(scope, receive, send)
            return
        config = scope["app"].state.config
        headers = Headers(scope=scope)
        limit = config.body_limit(scope["path"])
        try:
            key_name(config.api_keys, headers.get(API_KEY_HEADER))
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                said = f"{int(declared):,} bytes"
                raise ApiError(413, f"the request body is {said}, over the {limit:,}-byte limit")
        except ApiError as exc:
            await error_response(exc.status, exc.description, exc.headers)(scope, receive, send)
            return
        size = 0

        async def bounded() -> Message:
            nonlocal size
            message = await receive()
            size += len(message.get("body", b""))
            if size > limit:
                raise BodyTooLarge(limit)
            return message

        await self.app(scope, bounded, send)


def _is_route(scope: Scope) -> bool:
    """Whether a route takes this method at this path (others get their 404 or 405)."""
    return any(route.matches(scope)[0] is Match.FULL for route in scope["app"].router.routes)
