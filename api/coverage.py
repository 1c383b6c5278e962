"""``/coverage``: the planners' coverage analysis of the served atlas in any of
``layers.coverage.FORMATS`` (JSON, CSV, XLSX, the HTML report), each served as its media
type — the same analysis and files as ``clustermap coverage``."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from api.exports import content_disposition
from api.features import ERRORS, SnapshotDep
from api.http import ApiError, conditional
from api.snapshot import SnapshotStore
from layers.coverage import FORMATS, analyse
from layers.coverage import write as write_report

router = APIRouter(tags=["Coverage"])


@router.get(
    "/coverage",
    summary="Coverage analysis: targets against named carriers, gaps, overlaps, spatial coverage",
    responses={
        **ERRORS,
        200: {
            "description": "The analysis (JSON) or the file (CSV, XLSX, HTML report)",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                **{t: {"schema": {"type": "string"}} for t in list(FORMATS.values())[1:]},
            },
        },
    },
)
def coverage(
    request: Request,
    snapshot: SnapshotDep,
    format: Annotated[str, Query(json_schema_extra={"enum": list(FORMATS)})] = "json",
    sector: Annotated[str | None, Query(max_length=100, description="Sector id or name")] = None,
    district: Annotated[str | None, Query(max_length=50, description="District")] = None,
) -> Response:
    fmt = format.strip().lower()
    if fmt not in FORMATS:
        raise ApiError(400, f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")

    def render() -> Response:
        try:
            analysis = analyse(SnapshotStore(snapshot), sector=sector, district=district)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        folder = Path(tempfile.mkdtemp(prefix="clustermap-coverage-"))
        try:
            written = write_report(analysis, fmt, folder / f"coverage.{fmt}")
            data = written.read_bytes()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if fmt == "json":
            return Response(
                json.dumps(json.loads(data), ensure_ascii=False), media_type=FORMATS[fmt]
            )
        name = f"coverage.{fmt}"
        headers = (
            {}
            if fmt == "html"
            else {"Content-Disposition": content_disposition(f"载体覆盖分析.{fmt}", name)}
        )
        return Response(data, media_type=FORMATS[fmt], headers=headers)

    return conditional(request, snapshot, render, cache=True)  # 0.3 s an analysis
