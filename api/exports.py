"""``/export/{layer}``: a layer of the served atlas as a file to download, in any of
``layers.exports.FORMATS`` (each with its media type; a format written as several files,
a Shapefile, is zipped), written by ``layers.exports`` from the request's own snapshot,
with a Chinese file name (RFC 6266 / RFC 5987)."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from starlette.responses import Response

from api.features import ERRORS, NOT_FOUND, SnapshotDep
from api.http import ApiError, conditional
from api.snapshot import SnapshotStore
from api.source import COLLECTIONS
from extract.taxonomy import Taxonomy
from geo import admin
from layers.atlas import LAYER_OF_KIND
from layers.exports import ALL_PLACES, CRS_CHOICES, FORMATS, LAYERS, ExportError, export

router = APIRouter(tags=["Exports"])

BINARY = {"type": "string", "format": "binary"}
FILE_PREFIX = ("重庆产业载体", "cluster-atlas")
"""The start of a download's file name (Chinese, ASCII fallback)."""


def layer_title(layer: str) -> str:
    """The Chinese name of a layer, for file names (楼宇 for ``buildings``)."""
    if layer == ALL_PLACES:
        return "全部载体"
    return COLLECTIONS[layer].title.split(" ", 1)[0]


def content_disposition(chinese: str, ascii_name: str) -> str:
    """``attachment`` with an ASCII ``filename`` for old clients and the UTF-8 name in
    ``filename*`` (RFC 6266, RFC 5987)."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in ascii_name)
    return f"attachment; filename=\"{safe}\"; filename*=UTF-8''{quote(chinese, safe='')}"


@router.get(
    "/export/{layer}",
    summary="A layer as a file: " + ", ".join(f.title for f in FORMATS.values()),
    responses={
        **ERRORS,
        **NOT_FOUND,
        200: {
            "description": "The file, named in Content-Disposition",
            "content": {
                t: {"schema": {"type": "object"} if t.endswith("json") else BINARY}
                for t in dict.fromkeys(f.media_type for f in FORMATS.values())
            },
        },
    },
)
def export_layer(
    request: Request,
    snapshot: SnapshotDep,
    layer: Annotated[
        str,
        PathParam(
            description="A collection, or 'places' for every place collection",
            json_schema_extra={"enum": list(LAYERS)},
        ),
    ],
    format: Annotated[str, Query(json_schema_extra={"enum": list(FORMATS)})] = "geojson",
    crs: Annotated[
        str,
        Query(
            description="CRS of the coordinates (GeoJSON and KML: EPSG:4326)",
            json_schema_extra={"enum": list(CRS_CHOICES)},
        ),
    ] = "EPSG:4326",
    sector: Annotated[str | None, Query(max_length=100, description="Sector id or name")] = None,
    district: Annotated[str | None, Query(max_length=50, description="District")] = None,
    kind: Annotated[str | None, Query(json_schema_extra={"enum": list(LAYER_OF_KIND)})] = None,
) -> Response:
    if layer not in LAYERS:
        raise ApiError(404, f"no layer {layer!r}; the layers are {', '.join(LAYERS)}")
    fmt = format.strip().lower()
    if fmt not in FORMATS:
        raise ApiError(400, f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")

    def render() -> Response:
        folder = Path(tempfile.mkdtemp(prefix="clustermap-export-"))
        try:
            try:
                written = export(
                    SnapshotStore(snapshot),
                    layer,
                    fmt,
                    folder / "export",
                    crs=crs,
                    sector=sector,
                    district=district,
                    kind=kind,
                )
            except ExportError as exc:
                raise ApiError(400, str(exc)) from None
            bundle = FORMATS[fmt].bundle  # a Shapefile's parts, zipped together
            suffix = ".zip" if bundle else written.suffix
            data = _zipped(folder) if bundle else written.read_bytes()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        chinese, ascii_name = _names(layer, sector, district, suffix)
        return Response(
            data,
            media_type=FORMATS[fmt].media_type,
            headers={"Content-Disposition": content_disposition(chinese, ascii_name)},
        )

    return conditional(request, snapshot, render)


def _zipped(folder: Path) -> bytes:
    """Every file the export wrote (a Shapefile's parts and sidecars), zipped."""
    archive = folder / ".download.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            if path != archive:
                zf.write(path, path.name)
    return archive.read_bytes()


def _names(layer: str, sector: str | None, district: str | None, suffix: str) -> tuple[str, str]:
    """The download's Chinese file name and its ASCII fallback."""
    chinese = [FILE_PREFIX[0], layer_title(layer)]
    ascii_parts = [FILE_PREFIX[1], layer]
    if sector:
        found = Taxonomy.load().resolve(sector)
        chinese.append(found.name_zh)
        ascii_parts.append(found.id)
    if district:
        chinese.append(admin.area(district).name)
    return "_".join(chinese) + suffix, "_".join(ascii_parts) + suffix
