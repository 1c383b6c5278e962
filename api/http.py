"""HTTP plumbing shared by the routes: JSON errors, the format a client asked for (``f``
or ``Accept``), conditional answers (ETag, Last-Modified, 304) and links."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, Literal, NamedTuple
from urllib.parse import quote, unquote_plus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from api.source import AtlasView
from clustermap.failures import failure_text
from geo.unknown import UnknownName
from layers.stores import StoreUnavailable

log = logging.getLogger(__name__)

GEOJSON = "application/geo+json"
JSON = "application/json"
HTML = "text/html"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"

Format = Literal["json", "html"]

ERROR_CODES = {
    400: "InvalidParameterValue",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    409: "Conflict",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    507: "InsufficientStorage",
    422: "InvalidParameterValue",
    500: "ServerError",
    501: "NotImplemented",
    503: "ServiceUnavailable",
}


class ApiError(Exception):
    """An error answered as ``{"code": …, "description": …}`` with ``status``."""

    def __init__(self, status: int, description: str, headers: dict[str, str] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.headers = headers or {}


def error_response(status: int, description: str, headers: dict[str, str] | None = None):
    code = ERROR_CODES.get(status, "Error")
    return JSONResponse(
        {"code": code, "description": description}, status_code=status, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    """Every error becomes JSON; invalid parameters are 400, as OGC API asks (not 422)."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return error_response(exc.status, exc.description, exc.headers)

    @app.exception_handler(UnknownName)
    async def unknown_name(request: Request, exc: UnknownName) -> Response:
        body = {"code": ERROR_CODES[400], "description": str(exc), **exc.to_dict()}
        return JSONResponse(body, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        if any(error.get("loc", ("",))[0] == "path" for error in errors):
            return error_response(404, f"no such resource: {request.url.path}")
        status = 422 if request.method in ("POST", "PATCH", "PUT") else 400
        return error_response(status, describe_errors(errors))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        description = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return error_response(exc.status_code, description, getattr(exc, "headers", None))

    @app.exception_handler(StoreUnavailable)
    async def unavailable(request: Request, exc: StoreUnavailable) -> Response:
        log.error("%s", exc)
        message = "the atlas database cannot be reached; try again shortly"
        return error_response(503, message, {"Retry-After": "5"})

    @app.exception_handler(OSError)
    async def os_error(request: Request, exc: OSError) -> Response:
        reason = failure_text(exc, request.app.state.store.folder)
        log.error("%s %s: %s", request.method, request.url.path, reason, exc_info=exc)
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
        return error_response(507 if full else 500, reason)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        return error_response(500, f"internal error ({type(exc).__name__}); see the server log")


def describe_errors(errors: Sequence[Any]) -> str:
    """Pydantic validation errors as one sentence naming each field and its problem."""
    problems = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body"))
        problem = error.get("msg", "invalid")
        if error.get("type") == "extra_forbidden":
            problem = "unknown parameter"
        problems.append(f"{where or 'request'}: {problem}")
    return "; ".join(problems) or "invalid request"


def wants_html(request: Request, f: str | None) -> bool:
    """True when the client asked for HTML: ``f=html``, or an ``Accept`` header that ranks
    ``text/html`` above JSON (as a browser's does). ``f`` wins over ``Accept``."""
    if f is not None:
        return f == "html"
    best_html = best_json = 0.0
    for media, q in weighted(request.headers.get("accept", "")):
        if media in ("text/html", "application/xhtml+xml"):
            best_html = max(best_html, q)
        elif media.endswith("json") or media in ("*/*", "application/*"):
            best_json = max(best_json, q if media.endswith("json") else q - 0.001)
    return best_html > 0 and best_html > best_json


def weighted(header: str) -> list[tuple[str, float]]:
    """The values of an ``Accept`` or ``Accept-Encoding`` header, lower-cased, each with
    its q-value (1 when not given, 0 when unreadable)."""
    found = []
    for part in header.split(","):
        value, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, number = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(number)
                except ValueError:
                    q = 0.0
        if value.strip():
            found.append((value.strip().lower(), q))
    return found


class Versioned(NamedTuple):
    """What an answer is derived from, for its ETag and Last-Modified: an atlas version
    (every ``AtlasView`` is one) or the service itself."""

    version: str
    modified: datetime


def conditional(
    request: Request,
    snapshot: AtlasView | Versioned,
    render: Callable[[], Response],
    *,
    vary: str = "Accept, Accept-Encoding",
    cache: bool = False,
) -> Response:
    """``render()``'s answer with a weak ETag and Last-Modified (the atlas file's time); a
    304 without rendering anything when the client's copy is current.

    The ETag is made of all an answer depends on: the atlas version, path, query, the
    format asked for (``Accept``), the server's URL as the client reached it (bodies
    carry absolute links) and whether it is gzipped. HTML answers, and others asked with
    ``cache``, are kept in the app's ``PageCache`` under it: a map page takes 0.7 s to
    draw, an anonymous client once made it draw every time."""
    key = "|".join(
        (
            snapshot.version,
            request.url.path,
            str(request.query_params),
            request.headers.get("accept", ""),
            str(request.base_url),
            "gzip" if accepts_gzip(request.headers) else "identity",
        )
    )
    etag = 'W/"' + hashlib.blake2b(key.encode(), digest_size=12).hexdigest() + '"'
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(snapshot.modified, usegmt=True),
        "Vary": vary,
        "Cache-Control": "no-cache",
    }
    if _not_modified(request, etag, snapshot):
        return Response(status_code=304, headers=headers)
    pages: PageCache = request.app.state.page_cache
    response = pages.get(etag)
    if response is None:
        response = render()
        if response.status_code == 200:
            response.headers.update(headers)
            if cache or (response.media_type or "").startswith(HTML):
                pages.put(etag, response)
    return response


class PageCache:
    """Answers kept whole by ETag (which names the atlas version), least recently used
    dropped first past ``max_bytes`` in all. One per worker process."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._answers: OrderedDict[str, tuple[bytes, list[tuple[bytes, bytes]]]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, etag: str) -> Response | None:
        with self._lock:
            found = self._answers.get(etag)
            if found is None:
                return None
            self._answers.move_to_end(etag)
        response = Response(found[0])
        response.raw_headers = list(found[1])
        return response

    def put(self, etag: str, response: Response) -> None:
        body = bytes(response.body)
        if len(body) > self.max_bytes // 4:  # one answer never takes the cache whole
            return
        with self._lock:
            if etag in self._answers:
                return
            self._answers[etag] = (body, list(response.raw_headers))
            self._size += len(body)
            while self._size > self.max_bytes:
                _, (dropped, _) = self._answers.popitem(last=False)
                self._size -= len(dropped)


def accepts_gzip(headers: Headers) -> bool:
    """Whether ``Accept-Encoding`` lets gzip in (RFC 9110 §12.5.3): listed, or ``*``, with
    a q-value above 0 (``gzip;q=0`` refuses it)."""
    weights = dict(weighted(headers.get("accept-encoding", "")))
    q = weights.get("gzip", weights.get("x-gzip", weights.get("*", 0.0)))
    return q > 0


def _not_modified(request: Request, etag: str, snapshot: AtlasView | Versioned) -> bool:
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return snapshot.modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def json_bytes(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def absolute(request: Request, path: str) -> str:
    """The absolute URL of ``path`` on this server (behind a proxy's root path too)."""
    return str(request.base_url).rstrip("/") + path


def url_with(request: Request, path: str | None = None, **params: str | int | None) -> str:
    """The request's URL, or ``path`` on this server, with ``params`` set (``None`` drops
    one); the request's other query parameters are kept, as sent, for its own URL."""
    if path is None:
        base = str(request.url).split("?", 1)[0]
        raw = request.scope.get("query_string", b"").decode("latin-1")
        pairs = [p for p in raw.split("&") if p and unquote_plus(p.split("=")[0]) not in params]
    else:
        base, pairs = absolute(request, path), []
    pairs += [f"{k}={quote(str(v), safe='')}" for k, v in params.items() if v is not None]
    return f"{base}?{'&'.join(pairs)}" if pairs else base


def link(href: str, rel: str, type_: str | None = None, title: str | None = None) -> dict:
    out = {"href": href, "rel": rel}
    if type_:
        out["type"] = type_
    if title:
        out["title"] = title
    return out


def self_links(request: Request, html: bool, json_type: str = JSON, what: str = "") -> list[dict]:
    """``self`` and ``alternate`` links of a resource answered as JSON and HTML."""
    as_json = link(url_with(request, f="json"), "alternate", json_type, f"{what} as JSON".strip())
    as_html = link(url_with(request, f="html"), "alternate", HTML, f"{what} as HTML".strip())
    if html:
        return [{**as_html, "rel": "self"}, as_json]
    return [{**as_json, "rel": "self"}, as_html]
