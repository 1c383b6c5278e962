"""Middleware every answer passes through: HEAD wherever GET is, gzip only when the client
accepts it, security headers on HTML pages, and access logs that never show a key sent
in a query string."""

from __future__ import annotations

import logging
import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.gzip import GZipMiddleware, IdentityResponder
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http import accepts_gzip


def content_security_policy(*, scripts_may_eval: bool = False) -> str:
    """What an HTML page of the service may load and run; no other site may frame it.

    The map pages are Folium's: inline scripts and styles, their assets from
    /maps/static/ (never a CDN), basemap tiles from the tile servers over https."""
    scripts = "script-src 'self' 'unsafe-inline'" + (" 'unsafe-eval'" if scripts_may_eval else "")
    return "; ".join(
        (
            "default-src 'self'",
            scripts,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


CONTENT_SECURITY_POLICY = content_security_policy()
"""The policy of every HTML page that sets none of its own."""
MAP_CONTENT_SECURITY_POLICY = content_security_policy(scripts_may_eval=True)
"""The map pages' policy: their measuring tool (leaflet-measure) draws its panels with
underscore's ``_.template``, which compiles with ``new Function``."""
HTML_HEADERS = {
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
"""Set on every HTML answer (``X-Frame-Options`` for browsers without CSP 2)."""


class SecurityHeaders:
    """``X-Content-Type-Options: nosniff`` on every answer; on HTML, ``HTML_HEADERS`` and
    ``CONTENT_SECURITY_POLICY`` unless the page brought its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if headers.get("content-type", "").startswith("text/html"):
                    headers.update(HTML_HEADERS)
                    if "content-security-policy" not in headers:
                        headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """HEAD answered wherever GET is (FastAPI's routes answer it 405): the GET's status
    and headers, Content-Length included, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


class NegotiatedGZip(GZipMiddleware):
    """Starlette's gzip, given only to a client that accepts it: Starlette looks for
    "gzip" anywhere in ``Accept-Encoding``, so ``gzip;q=0`` (gzip refused) was gzipped."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not accepts_gzip(Headers(scope=scope)):
            identity = IdentityResponder(
                self.app, self.minimum_size, exclude_content_types=self.exclude_content_types
            )
            await identity(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


SECRET_PARAMS = re.compile(
    r"(?i)([?&](?:x[-_]?)?(?:api[-_]?)?(?:key|token|secret|password)[^=&\s]*=)[^&\s\"]*"
)
"""Query parameters that look like credentials (``api_key``, ``X-API-Key``, ``token`` …)."""


def redact(text: str) -> str:
    """``text`` with the value of every credential-like query parameter replaced."""
    return SECRET_PARAMS.sub(r"\1REDACTED", text)


class RedactSecrets(logging.Filter):
    """Keeps keys out of the access log: a client that puts its API key in the query
    string (where it is never accepted) must not leave it in the server's logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


def redact_access_log() -> None:
    """Install ``RedactSecrets`` on uvicorn's access log, once per process."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactSecrets) for f in access.filters):
        access.addFilter(RedactSecrets())
