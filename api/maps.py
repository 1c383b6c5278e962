"""``/maps/{kind}``: the interactive maps of ``maps.render_html`` (``maps.KINDS``), drawn
from the request's own snapshot, with their scripts and style sheets served under
``/maps/static/`` (Leaflet from npm, never a CDN)."""

from __future__ import annotations

import functools
import mimetypes
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import Response

from api.features import ERRORS, NOT_FOUND, SnapshotDep
from api.http import HTML, ApiError, conditional
from api.middleware import MAP_CONTENT_SECURITY_POLICY
from api.snapshot import SnapshotStore
from maps import KINDS, MapError, asset_files, render_html
from maps.basemaps import NAMED as BASEMAPS
from maps.i18n import LANGS

router = APIRouter(tags=["Maps"])

ASSETS = "/maps/static/"
"""Where a served map's scripts, style sheets and icons are."""


@functools.cache
def _assets() -> dict[str, Path]:
    return asset_files()


@router.get(
    "/maps/{kind}",
    response_class=HTMLResponse,
    summary="An interactive map: " + ", ".join(KINDS),
    responses={
        **ERRORS,
        **NOT_FOUND,
        200: {"content": {HTML: {"schema": {"type": "string"}}}, "description": "The map"},
    },
)
def map_page(
    request: Request,
    snapshot: SnapshotDep,
    kind: Annotated[str, PathParam(json_schema_extra={"enum": list(KINDS)})],
    target: Annotated[
        str | None,
        Query(
            max_length=100,
            description="The sector (sector and coverage maps), district "
            "(district map) or place id (place map)",
        ),
    ] = None,
    basemap: Annotated[str, Query(json_schema_extra={"enum": list(BASEMAPS)})] = "osm",
    lang: Annotated[str, Query(json_schema_extra={"enum": list(LANGS)})] = "zh",
) -> Response:
    if kind not in KINDS:
        raise ApiError(404, f"no map {kind!r}; the maps are {', '.join(KINDS)}")
    if basemap not in BASEMAPS:
        raise ApiError(400, f"unknown basemap {basemap!r}; choose one of {', '.join(BASEMAPS)}")
    assets = request.scope.get("root_path", "") + ASSETS

    def render() -> Response:
        try:
            markup = render_html(
                kind, SnapshotStore(snapshot), target=target, basemap=basemap, lang=lang,
                standalone=False, asset_url=assets,
            )  # fmt: skip
        except MapError as exc:
            raise ApiError(400, str(exc)) from None
        return HTMLResponse(
            markup, headers={"Content-Security-Policy": MAP_CONTENT_SECURITY_POLICY}
        )

    # Kept per atlas version and arguments in the page cache: a map takes 0.7 s to draw.
    return conditional(request, snapshot, render)


@router.get("/maps/static/{asset:path}", include_in_schema=False)
def map_asset(asset: str) -> Response:
    """A file a served map loads, looked up among ``maps.asset_files()`` (never a path
    built from the request)."""
    path = _assets().get(asset)
    if path is None:
        raise ApiError(404, f"no map asset {asset!r}")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(
        path, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"}
    )
