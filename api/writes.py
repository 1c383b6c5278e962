"""Writes, behind an API key: upload a policy document and preview what it adds, confirm
it into the corpus (which rebuilds the atlas in the background), correct a place's
location; and the status of the rebuild jobs these start.

Nothing half-done is kept: an upload is staged in a folder that appears whole (renamed
from a temporary one) and is removed if it cannot be read; a confirmed document joins the
atlas's corpus (``layers.corpus``) whole; a correction is appended to the atlas's
corrections log whole; job records are written through temporary files.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response

from api.auth import Writer
from api.config import ApiConfig
from api.features import ERRORS, HTML_ALTERNATIVE, FormatParam, SnapshotDep
from api.http import JSON, ApiError, absolute, json_bytes, link, wants_html
from api.jobs import JOB_ID, now
from api.models import Corpus as CorpusList
from api.models import (
    CorrectionAccepted,
    ExceptionReport,
    Job,
    LocationCorrection,
    UploadPreview,
)
from api.overrides import correction_row
from api.snapshot import Snapshot
from api.workbench import Lang, documents_page
from extract import extract
from extract.ingest import IngestError, read_file
from extract.readers import DOCUMENT_SUFFIXES as UPLOAD_SUFFIXES
from geo import admin
from geo.model import Location
from geo.resolve import Resolver, document_regions, region_of, resolve_all
from layers.corpus import Corpus, CorpusDocument, content_key
from layers.stores.edits import LOCATION, Edit

router = APIRouter(tags=["Writes (API key)"])

STAGING_TTL_S = 24 * 3600
"""Unconfirmed uploads older than this are removed."""
UPLOAD_ID = r"^[0-9a-f]{32}$"
KEY_HELP = "a document's content key, or a unique prefix of it (6 or more hex digits)"


def error_responses(*statuses: int) -> dict:
    what = {
        400: "The request cannot be parsed",
        401: "No API key",
        403: "Wrong API key, or writes disabled",
        404: "Not found",
        409: "Conflict",
        413: "Document too large",
        415: "Not a supported document type",
        422: "Invalid request",
    }
    return {s: {"model": ExceptionReport, "description": what[s]} for s in statuses}


def _config(request: Request) -> ApiConfig:
    return request.app.state.config


# --- upload and preview ---------------------------------------------------------------


async def _uploaded_file(request: Request, limit: int) -> tuple[str, bytes]:
    """The name and bytes of the form field ``file`` of a multipart request."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "send the document as multipart/form-data, in the field 'file'")
    body = await request.body()  # bounded as it streamed in (api.middleware.WriteGuard)

    async def replay() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await StarletteRequest(request.scope, replay).form(max_files=1, max_fields=5)
    except Exception as exc:  # malformed multipart framing
        raise ApiError(422, f"the form cannot be read: {exc}") from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise ApiError(422, "the form has no file in the field 'file'")
    data = await upload.read()
    await form.close()
    if len(data) > limit:
        raise ApiError(413, f"the document is {len(data):,} bytes, over the {limit:,}-byte limit")
    return upload.filename or "", data


def _preview(staged: Path, snapshot: Snapshot, corpus: Corpus) -> dict:
    """The documents in ``staged`` and their places, located as a build would, and the
    document of the atlas's corpus with the same text, if any."""
    documents = read_file(staged)
    extraction = extract(documents)
    resolver = Resolver.default(
        region=region_of(d.jurisdiction for d in documents),
        document_regions=document_regions(documents),
    )
    resolved = {r.place_id: r for r in resolve_all(extraction.places, resolver)}
    known_docs = set()
    if "documents" in snapshot.tables:
        known_docs = set(snapshot.tables["documents"]["id"])
    key = content_key(documents)
    same = next((d for d in corpus.entries() if d.key == key), None)
    return {
        "key": key,
        "duplicate_of": same.filename if same else None,
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "date": d.date or None,
                "issuer": d.issuer or None,
                "doc_number": d.doc_number or None,
                "in_atlas": d.id in known_docs,
            }
            for d in documents
        ],
        "places": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "district": p.district or resolved[p.id].district or None,
                "sector_ids": list(p.sectors),
                "raw_sectors": list(p.raw_sectors),
                **_location(resolved[p.id].location),
                "flags": resolved[p.id].notes,
                "in_atlas": snapshot.place(p.id) is not None,
            }
            for p in extraction.places
        ],
        "targets": [
            {
                "sector_id": t.sector,
                "sector_phrase": t.sector_phrase,
                "kind": t.kind,
                "count": t.count,
                "year": t.year,
                "at_least": t.at_least,
                "quote": t.quote,
            }
            for t in extraction.targets
        ],
    }


def _location(location: Location | None) -> dict:
    """A preview place's location fields; all null for a place not located."""
    if location is None:
        return {"lon": None, "lat": None, "precision": None, "provider": None, "confidence": 0.0}
    return {"lon": location.lon, "lat": location.lat, "precision": location.precision,
            "provider": location.provider, "confidence": location.confidence}  # fmt: skip


def _sweep_staging(folder: Path) -> None:
    if not folder.is_dir():
        return
    for old in folder.iterdir():
        if time.time() - old.stat().st_mtime > STAGING_TTL_S:
            shutil.rmtree(old, ignore_errors=True)


@router.post(
    "/documents",
    status_code=201,
    response_model=UploadPreview,
    summary="Upload a policy document; answers the places it adds, not yet in the atlas",
    responses=error_responses(400, 401, 403, 413, 415, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {
                                "type": "string",
                                "format": "binary",
                                "description": "a .txt, .html, .docx or .pdf policy document",
                            }
                        },
                    }
                }
            },
        }
    },
)
async def upload_document(request: Request, who: Writer, snapshot: SnapshotDep) -> Response:
    config = _config(request)
    filename, data = await _uploaded_file(request, config.max_upload_bytes)
    suffix = Path(filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ApiError(
            415,
            f"unsupported document type {suffix or '(none)'!r}; "
            f"send one of {', '.join(UPLOAD_SUFFIXES)}",
        )
    if not data.strip():
        raise ApiError(422, "the document is empty")
    upload_id = uuid.uuid4().hex
    config.staging.mkdir(parents=True, exist_ok=True)
    _sweep_staging(config.staging)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=config.staging))
    try:
        staged = tmp / f"document{suffix}"
        staged.write_bytes(data)
        try:
            corpus = request.app.state.store.corpus()
            found = await run_in_threadpool(_preview, staged, snapshot, corpus)
        except IngestError as exc:
            raise ApiError(422, f"{filename}: {exc.message}") from None
        base = absolute(request, f"/documents/{upload_id}")
        preview = {
            "upload_id": upload_id,
            "filename": Path(filename).name,
            "size": len(data),
            "uploaded_by": who,
            "uploaded": now(),
            **found,
            "links": [
                link(
                    f"{base}/confirm",
                    "confirm",
                    JSON,
                    "POST here to add the document to the corpus and rebuild",
                )
            ],
        }
        (tmp / "preview.json").write_text(json.dumps(preview, ensure_ascii=False), "utf-8")
        os.rename(tmp, config.staging / upload_id)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return Response(json_bytes(preview), status_code=201, media_type=JSON)


@router.post(
    "/documents/{upload_id}/confirm",
    status_code=202,
    response_model=Job,
    summary="Add an uploaded document to the corpus and rebuild the atlas in the background",
    responses=error_responses(400, 401, 403, 404, 409),
)
def confirm_document(
    request: Request,
    who: Writer,
    upload_id: Annotated[str, PathParam(pattern=UPLOAD_ID, description="From POST /documents")],
) -> Response:
    config = _config(request)
    staged = config.staging / upload_id
    try:
        preview = json.loads((staged / "preview.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ApiError(404, f"no upload {upload_id} waiting for confirmation") from None
    document = staged / f"document{Path(preview['filename']).suffix.lower()}"
    try:
        content = document.read_bytes()
    except FileNotFoundError:  # a concurrent confirmation took it
        raise ApiError(404, f"no upload {upload_id} waiting for confirmation") from None
    entry = CorpusDocument(
        key=preview["key"], filename=preview["filename"], suffix=document.suffix,
        content=content, who=who, added=datetime.now(UTC),
    )  # fmt: skip
    kept = request.app.state.store.corpus().add(entry)
    if kept is not None:
        raise ApiError(409, f"the atlas holds this text already, as {kept.filename!r}")
    shutil.rmtree(staged, ignore_errors=True)
    job = request.app.state.builder.submit(
        who, {"reason": "document added", "upload_id": upload_id, "filename": preview["filename"]}
    )
    return _job_response(request, job, 202)


@router.get(
    "/documents",
    response_model=CorpusList,
    tags=["Documents"],
    summary="The documents the atlas is built from (every rebuild reads all of them)",
    responses={**ERRORS, 200: HTML_ALTERNATIVE},
)
def list_documents(
    request: Request, snapshot: SnapshotDep, f: FormatParam = None, lang: Lang = "zh"
) -> Response:
    built: dict[str, list[dict[str, str]]] = {}
    table = snapshot.tables.get("documents")
    if table is not None and "corpus_key" in table:
        for _, row in table.iterrows():
            built.setdefault(row["corpus_key"], []).append(
                {"id": row["id"], "title": row["title"], "date": row["date"] or ""}
            )
    corpus = request.app.state.store.corpus().entries()
    listed = [d.meta() | {"documents": built.get(d.key, [])} for d in corpus]
    if wants_html(request, f):
        return documents_page(request, listed, lang)
    body = {"documents": listed, "links": [link(absolute(request, "/documents"), "self", JSON)]}
    return Response(json_bytes(body), media_type=JSON)


@router.delete(
    "/documents/{key}",
    status_code=202,
    response_model=Job,
    tags=["Documents"],
    summary="Remove a document from the atlas's corpus; its places go at the rebuild this starts",
    responses=error_responses(401, 403, 404),
)
def remove_document(
    request: Request,
    who: Writer,
    key: Annotated[str, PathParam(pattern=r"^[0-9a-f]{6,64}$", description=KEY_HELP)],
) -> Response:
    try:
        gone = request.app.state.store.corpus().remove(key)
    except KeyError:
        raise ApiError(404, f"no single document of the atlas has a key starting {key}") from None
    job = request.app.state.builder.submit(
        who, {"reason": "document removed", "key": gone.key, "filename": gone.filename}
    )
    return _job_response(request, job, 202)


# --- corrections ----------------------------------------------------------------------


@router.patch(
    "/places/{place_id}/location",
    status_code=202,
    response_model=CorrectionAccepted,
    summary="Correct a place's location (recorded in the atlas's corrections log; visible after "
    "the rebuild this starts)",
    responses=error_responses(400, 401, 403, 404, 422),
)
def correct_location(
    request: Request,
    who: Writer,
    snapshot: SnapshotDep,
    place_id: Annotated[str, PathParam(max_length=64)],
    correction: LocationCorrection,
) -> Response:
    found = snapshot.place(place_id)
    if found is None:
        raise ApiError(404, f"no place {place_id!r} in the atlas")
    layer, row = found
    county = admin.unit_of_point(correction.lon, correction.lat, "county")
    if county is None:
        raise ApiError(
            422,
            f"{correction.lon}, {correction.lat} (WGS-84 lon, lat) is outside "
            "China: swapped, or not WGS-84?",
        )
    lies_in = county.name
    override = correction_row(layer.properties(row), correction, who)
    edit = Edit(LOCATION, place_id, override, who, why=override["note"])
    _, job = record_edit(request, who, edit, "location corrected")
    body = {
        "place_id": place_id,
        "name": override["name"],
        "district": lies_in,
        "override": override,
        "job": job_body(request, job),
    }
    return _accepted(request, body, job)


def record_edit(request: Request, who: str, edit: Edit, reason: str) -> tuple[Edit, dict]:
    """Append ``edit`` to the atlas's corrections log (never replacing: two reviewers'
    edits both land) and start the rebuild that applies it: the edit as kept and the job.
    An edit the log refuses (a row a build could not read) is a 422; nothing is recorded."""
    try:
        kept = request.app.state.store.corrections().append(edit)
    except ValueError as exc:
        raise ApiError(422, f"the edit cannot be recorded: {exc}") from None
    job = request.app.state.builder.submit(
        who, {"reason": reason, "place_id": kept.place, "edit": str(kept.id)}
    )
    return kept, job


def _accepted(request: Request, body: dict, job: dict) -> Response:
    """A 202 answer of a write that started ``job``, with its ``Location``."""
    headers = {"Location": absolute(request, f"/jobs/{job['id']}")}
    return Response(json_bytes(body), status_code=202, media_type=JSON, headers=headers)


# --- jobs -----------------------------------------------------------------------------


def job_body(request: Request, job: dict) -> dict:
    return {**job, "links": [link(absolute(request, f"/jobs/{job['id']}"), "self", JSON)]}


def _job_response(request: Request, job: dict, status: int = 200) -> Response:
    headers = {"Location": absolute(request, f"/jobs/{job['id']}")} if status == 202 else None
    return Response(
        json_bytes(job_body(request, job)), status_code=status, media_type=JSON, headers=headers
    )


@router.get(
    "/jobs/{job_id}",
    response_model=Job,
    summary="The state of a background rebuild",
    responses=error_responses(404),
)
def job_status(
    request: Request, job_id: Annotated[str, PathParam(pattern=JOB_ID.pattern)]
) -> Response:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise ApiError(404, f"no job {job_id}")
    return _job_response(request, job)
