"""Reviewers' edits through the API, on every backend of ``backends``: each edit needs a
key and a reason, is checked before anything is recorded, lands in the atlas's
corrections log with who and why, shows after the rebuild it starts, survives further
rebuilds, and can be undone (once) from the place's history."""

from __future__ import annotations

import time

import pytest
from backends import BACKENDS, make_backend
from fastapi.testclient import TestClient

from api.app import create_app
from layers.build import build

KEYS = {"officer-li": "s3cret-li"}
KEY = {"X-API-Key": KEYS["officer-li"]}


@pytest.fixture(params=BACKENDS)
def service(request, tmp_path):
    backend = make_backend(request.param, tmp_path / "atlas", request)
    backend.build()
    with TestClient(create_app(config=backend.config(api_keys=KEYS))) as client:
        client.backend = backend
        yield client
    backend.close()


def finished(client, answer) -> dict:
    assert answer.status_code == 202, answer.text
    href = answer.headers["Location"]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = client.get(href).json()
        if job["state"] in ("succeeded", "failed"):
            assert job["state"] == "succeeded", job
            return answer.json()
        time.sleep(0.1)
    raise AssertionError("the rebuild did not finish")


def hit(client, name: str) -> dict:
    return next(
        h for h in client.get("/search", params={"q": name}).json()["hits"] if h["name"] == name
    )


def test_not_a_place_is_recorded_with_who_and_why_and_survives_a_rebuild(service):
    place = hit(service, "数据标注基地")
    body = {"kind": "not_a_place", "why": "泛指，不是具体园区"}
    edit = finished(service, service.post(f"/places/{place['id']}/edits", json=body, headers=KEY))[
        "edit"
    ]
    assert (edit["who"], edit["why"], edit["data"]["name"]) == (
        "officer-li",
        "泛指，不是具体园区",
        "数据标注基地",
    )
    assert service.get("/search", params={"q": "数据标注基地"}).json()["numberMatched"] == 0
    rebuilt = build(store=service.backend.store, out=service.backend.folder, force=True)
    assert {
        "id": place["id"],
        "name": "数据标注基地",
        "who": "officer-li",
        "why": "泛指，不是具体园区",
    } in rebuilt.report["edits"]["not_a_place"]
    assert service.get(f"/review/{place['id']}?f=json").status_code == 404


def test_an_undo_brings_the_place_back_and_a_second_undo_is_a_409(service):
    place = hit(service, "数据标注基地")
    edit = finished(
        service,
        service.post(
            f"/places/{place['id']}/edits", json={"kind": "not_a_place", "why": "x"}, headers=KEY
        ),
    )["edit"]
    finished(
        service, service.post(f"/edits/{edit['id']}/undo", json={"why": "看错了"}, headers=KEY)
    )
    assert hit(service, "数据标注基地")["id"] == place["id"]
    again = service.post(f"/edits/{edit['id']}/undo", json={"why": "again"}, headers=KEY)
    assert again.status_code == 409
    history = service.get(f"/places/{place['id']}/history").json()["edits"]
    assert [(e["kind"], e["undone"]) for e in history] == [("not_a_place", True), ("undo", False)]


def test_an_undone_location_correction_no_longer_places_the_place(service):
    place = hit(service, "重庆软件园")
    before = service.get(f"/review/{place['id']}?f=json").json()["point"]
    moved = {"lon": 106.60, "lat": 29.70, "precision": "block", "note": "管委会"}
    answer = finished(
        service, service.patch(f"/places/{place['id']}/location", json=moved, headers=KEY)
    )
    assert service.get(f"/review/{place['id']}?f=json").json()["point"] == pytest.approx(
        [106.60, 29.70]
    )
    location = service.get(f"/places/{place['id']}/history").json()["edits"][-1]
    assert location["kind"] == "location" and answer["name"] == "重庆软件园"
    finished(
        service, service.post(f"/edits/{location['id']}/undo", json={"why": "点错了"}, headers=KEY)
    )
    assert service.get(f"/review/{place['id']}?f=json").json()["point"] == pytest.approx(before)


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({"kind": "not_a_place"}, 422, "why"),
        ({"kind": "explode", "why": "x"}, 422, "kind"),
        ({"kind": "kind", "data": {"to": "castle"}, "why": "x"}, 422, "unknown kind"),
        ({"kind": "sectors", "data": {"sectors": ["no-such"]}, "why": "x"}, 422, "unknown sector"),
        ({"kind": "split", "data": {"alias": "不是别名"}, "why": "x"}, 422, "not an alias"),
        ({"kind": "merge", "data": {"other": "pl-nothing"}, "why": "x"}, 404, "pl-nothing"),
    ],
)
def test_a_bad_edit_is_refused_and_nothing_is_recorded(service, body, status, says):
    place = hit(service, "重庆软件园")
    before = service.backend.state()
    answer = service.post(f"/places/{place['id']}/edits", json=body, headers=KEY)
    assert answer.status_code == status, answer.text
    assert says in answer.text
    assert service.backend.state() == before


def test_edits_need_a_valid_key_and_a_reader_still_sees_the_history(service):
    place = hit(service, "重庆软件园")
    body = {"kind": "rename", "data": {"to": "软件园"}, "why": "x"}
    assert service.post(f"/places/{place['id']}/edits", json=body).status_code == 401
    assert (
        service.post(
            f"/places/{place['id']}/edits", json=body, headers={"X-API-Key": "no"}
        ).status_code
        == 403
    )
    assert service.post("/edits/1/undo", json={"why": "x"}).status_code == 401
    assert service.get(f"/places/{place['id']}/history").json() == {"edits": []}


def test_a_merge_split_again_rename_aliases_and_kind_each_show_after_their_rebuild(service):
    keep, other = hit(service, "重庆两江软件园"), hit(service, "两江软件园")
    merge = {"kind": "merge", "data": {"other": other["id"]}, "why": "同一园区"}
    finished(service, service.post(f"/places/{keep['id']}/edits", json=merge, headers=KEY))
    assert "两江软件园" in service.get(f"/review/{keep['id']}?f=json").json()["place"]["aliases"]
    split = {"kind": "split", "data": {"alias": "两江软件园"}, "why": "其实是两个园区"}
    finished(service, service.post(f"/places/{keep['id']}/edits", json=split, headers=KEY))
    assert hit(service, "两江软件园")["id"] == other["id"]  # its own place again, same id

    rename = {"kind": "rename", "data": {"to": "两江软件园（一期）"}, "why": "正式名称"}
    finished(service, service.post(f"/places/{other['id']}/edits", json=rename, headers=KEY))
    renamed = service.get(f"/review/{other['id']}?f=json").json()["place"]
    assert renamed["name"] == "两江软件园（一期）" and "两江软件园" in renamed["aliases"]

    aliases = {"kind": "aliases", "data": {"aliases": ["一期软件园"]}, "why": "别名"}
    finished(service, service.post(f"/places/{other['id']}/edits", json=aliases, headers=KEY))
    kind = {"kind": "kind", "data": {"to": "zone"}, "why": "是片区"}
    finished(service, service.post(f"/places/{other['id']}/edits", json=kind, headers=KEY))
    place = service.get(f"/review/{other['id']}?f=json").json()["place"]
    assert (place["aliases"], place["kind"]) == ("一期软件园", "zone")
    assert service.get(f"/collections/zones/items/{other['id']}").status_code == 200
    assert service.get(f"/collections/parks/items/{other['id']}").status_code == 404
