"""Reviewers' edits of places, behind an API key: mark a place "not a place", merge two
places, split a wrong merge, rename, set aliases, kind or sectors (``layers.place_edits``),
undo any edit (a location correction too), and read a place's history.

Every edit is appended to the atlas's corrections log (``layers.stores.edits``) with who
made it, when and why, and starts a rebuild; the log is never rewritten, so an undo is
an edit of its own and the history shows both.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import Response

from api.auth import Writer
from api.features import SnapshotDep
from api.http import JSON, ApiError, absolute, json_bytes
from api.snapshot import Snapshot
from api.writes import error_responses, job_body, record_edit
from extract.taxonomy import Taxonomy
from layers import place_edits as pe
from layers.stores.edits import LOCATION, Edit

router = APIRouter(tags=["Writes (API key)"])

EditKind = Literal["not_a_place", "merge", "split", "rename", "aliases", "kind", "sectors"]


class PlaceEdit(BaseModel):
    """A reviewer's change to a place; ``data`` as ``layers.place_edits.PLACE_EDITS`` says
    for its kind (the place's own name is filled in by the service)."""

    model_config = ConfigDict(extra="forbid")

    kind: EditKind
    data: dict[str, Any] = Field(default_factory=dict)
    why: str = Field(min_length=1, max_length=500, description="the reviewer's reason")


class Undo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    why: str = Field(min_length=1, max_length=500, description="the reviewer's reason")


def _place(snapshot: Snapshot, place_id: str) -> dict:
    found = snapshot.place(place_id)
    if found is None:
        raise ApiError(404, f"no place {place_id!r} in the atlas")
    layer, row = found
    return layer.properties(row)


def _data(snapshot: Snapshot, place: dict, edit: PlaceEdit) -> dict[str, Any]:
    """The edit's data, completed from the atlas and checked: the place's name, the other
    place of a merge, an alias that is one."""
    data = {**edit.data, "name": place["name"]}
    if edit.kind == pe.MERGE:
        other_id = str(data.get("other", ""))
        if other_id == place["id"]:
            raise ApiError(422, "a place cannot be merged with itself")
        data["other_name"] = _place(snapshot, other_id)["name"]
    if edit.kind == pe.SPLIT:
        aliases = [a for a in str(place.get("aliases") or "").split("|") if a]
        if data.get("alias") not in aliases:
            raise ApiError(
                422, f"{data.get('alias')!r} is not an alias of {place['name']}: {aliases}"
            )
    try:
        return pe.check(edit.kind, data, Taxonomy.load())
    except pe.EditError as exc:
        raise ApiError(422, str(exc)) from None


def _accepted(request: Request, who: str, edit: Edit, reason: str) -> Response:
    kept, job = record_edit(request, who, edit, reason)
    headers = {"Location": absolute(request, f"/jobs/{job['id']}")}
    body = {"edit": kept.row(), "job": job_body(request, job)}
    return Response(json_bytes(body), status_code=202, media_type=JSON, headers=headers)


@router.post(
    "/places/{place_id}/edits",
    status_code=202,
    summary="Change a place: not a place, merge, split, rename, aliases, kind, sectors "
    "(recorded in the corrections log; visible after the rebuild this starts)",
    responses=error_responses(400, 401, 403, 404, 422),
)
def edit_place(
    request: Request,
    who: Writer,
    snapshot: SnapshotDep,
    place_id: Annotated[str, PathParam(max_length=64)],
    edit: PlaceEdit,
) -> Response:
    place = _place(snapshot, place_id)
    data = _data(snapshot, place, edit)
    return _accepted(
        request,
        who,
        Edit(edit.kind, place_id, data, who, why=edit.why),
        f"place edited: {edit.kind}",
    )


@router.post(
    "/edits/{edit_id}/undo",
    status_code=202,
    summary="Undo an edit (recorded as an edit of its own; the rebuild this starts shows the "
    "place as it was)",
    responses=error_responses(400, 401, 403, 404, 409, 422),
)
def undo_edit(
    request: Request, who: Writer, edit_id: Annotated[int, PathParam(ge=1)], undo: Undo
) -> Response:
    history = request.app.state.store.corrections().history()
    target = next((e for e in history if e.id == edit_id), None)
    if target is None:
        raise ApiError(404, f"no edit {edit_id} in the corrections log")
    if edit_id in pe.cancelled(history):
        raise ApiError(409, f"edit {edit_id} is undone already")
    edit = Edit(pe.UNDO, target.place, {"edit": edit_id}, who, why=undo.why)
    return _accepted(request, who, edit, f"edit {edit_id} undone")


@router.get(
    "/places/{place_id}/history",
    summary="The edits made to a place (locations, marks, merges, names, sectors), oldest "
    "first, each saying whether it is undone",
    responses=error_responses(404),
)
def place_history(
    request: Request, snapshot: SnapshotDep, place_id: Annotated[str, PathParam(max_length=64)]
) -> Response:
    place = _place(snapshot, place_id)
    history = request.app.state.store.corrections().history()
    return Response(json_bytes({"edits": history_of(place, history)}), media_type=JSON)


def history_of(place: dict, history: list[Edit]) -> list[dict]:
    """The edits about ``place`` (by id, by name, or as the other side of a merge) and
    the undos of those, each with ``undone``."""
    gone = pe.cancelled(history)
    names = {place["name"], *[a for a in str(place.get("aliases") or "").split("|") if a]}
    about = set()
    for e in history:
        if (
            e.place == place["id"]
            or e.data.get("other") == place["id"]
            or (e.kind in (LOCATION, *pe.PLACE_EDITS) and e.data.get("name") in names)
            or (e.kind == pe.UNDO and e.data.get("edit") in about)
        ):
            about.add(e.id)
    return [e.row() | {"undone": e.id in gone} for e in history if e.id in about]
