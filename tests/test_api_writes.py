"""Writes behind an API key: refused without a valid key (and nothing changes), uploads
bounded in size and type, an uploaded document previewed then confirmed into a rebuilt
atlas, a location correction recorded in the atlas's corrections log and visible after
the rebuild; on every backend of ``backends`` (each keeps corrections and uploads with its
atlas)."""

from __future__ import annotations

import csv
import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from backends import BACKENDS, make_backend
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from api.jobs import JOB_TTL_S, JobStore
from api.models import LocationCorrection
from api.overrides import correction_row
from geo import settings
from layers.build import build

KEYS = {"officer-li": "s3cret-li", "officer-wang": "s3cret-wang"}
DOCUMENT = """重庆市九龙坡区人民政府办公室

关于印发《九龙坡区软件和信息服务业发展行动方案（2025—2027年）》的通知

各镇人民政府、街道办事处，区政府各部门，有关单位：

《九龙坡区软件和信息服务业发展行动方案（2025—2027年）》已经区政府同意，现印发给你们，请认真贯彻执行。

重庆市九龙坡区人民政府办公室

2025年3月10日

九龙坡区软件和信息服务业发展行动方案（2025—2027年）

一、重点任务

（一）建设特色楼宇。依托九龙数智大厦、西彭算力中心大楼等重点楼宇，打造一批软件信息服务、人工智能特色产业楼宇。

（二）建设产业园区。支持建设重庆九龙数字软件园，重点发展工业软件、人工智能、数据服务产业。
"""


@pytest.fixture(params=BACKENDS)
def service(request, tmp_path, monkeypatch):
    """A service over its own freshly built atlas (in each backend in turn), overrides
    file and upload folders."""
    monkeypatch.setattr(settings, "OVERRIDES_FILE", tmp_path / "data" / "overrides.csv")
    backend = make_backend(request.param, tmp_path / "atlas", request)
    backend.build()
    config = backend.config(api_keys=KEYS, max_upload_bytes=20_000)
    with TestClient(create_app(config=config)) as client:
        client.config = config
        client.backend = backend
        yield client
    backend.close()


SEEDS = sorted(p.name for p in settings.CORPUS_DIR.glob("*.txt"))
"""The built-in corpus every test's atlas starts from."""


def key(name: str = "officer-li") -> dict[str, str]:
    return {"X-API-Key": KEYS[name]}


def wait_for(client, job_href: str, timeout_s: float = 60) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = client.get(job_href).json()
        if job["state"] in ("succeeded", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_href} did not finish")


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_writes_need_a_valid_key_and_change_nothing_without_one(service):
    place = service.get("/collections/buildings/items?limit=1").json()["features"][0]["id"]
    before = service.backend.state()
    correction = {"lon": 106.57, "lat": 29.56, "precision": "block"}
    upload = {"file": ("plan.txt", DOCUMENT.encode(), "text/plain")}
    for headers, status in (({}, 401), ({"X-API-Key": "guess"}, 403)):
        answers = [
            service.patch(f"/places/{place}/location", json=correction, headers=headers),
            service.post("/documents", files=upload, headers=headers),
            service.post(f"/documents/{'0' * 32}/confirm", headers=headers),
            service.delete(f"/documents/{'0' * 64}", headers=headers),
        ]
        for answer in answers:
            assert answer.status_code == status, answer.text
            assert answer.json()["code"] in ("Unauthorized", "Forbidden")
    assert not service.backend.corrections()
    assert service.backend.state() == before
    closed = TestClient(create_app(config=service.backend.config(api_keys={})))
    refused = closed.post("/documents", files=upload, headers=key())
    assert refused.status_code == 403 and "disabled" in refused.json()["description"]


def test_uploads_are_bounded_in_size_and_type(service):
    big = {"file": ("plan.txt", b"x" * 25_000, "text/plain")}
    too_big = service.post("/documents", files=big, headers=key())
    assert too_big.status_code == 413 and too_big.json()["code"] == "PayloadTooLarge"
    huge = {"file": ("plan.txt", b"x" * 200_000, "text/plain")}  # refused by Content-Length
    assert service.post("/documents", files=huge, headers=key()).status_code == 413
    exe = {"file": ("plan.exe", b"MZ\x90\x00", "application/octet-stream")}
    assert service.post("/documents", files=exe, headers=key()).status_code == 415
    raw = service.post("/documents", content=DOCUMENT.encode(), headers=key())
    assert raw.status_code == 415
    empty = {"file": ("plan.txt", b"   ", "text/plain")}
    assert service.post("/documents", files=empty, headers=key()).status_code == 422
    assert not files(service.config.staging) and service.backend.corpus() == SEEDS


def test_an_upload_is_previewed_then_confirmed_into_the_rebuilt_atlas(service):
    upload = {"file": ("九龙坡区软件方案.txt", DOCUMENT.encode(), "text/plain")}
    answer = service.post("/documents", files=upload, headers=key())
    assert answer.status_code == 201, answer.text
    preview = answer.json()
    assert preview["uploaded_by"] == "officer-li" and preview["filename"] == "九龙坡区软件方案.txt"
    assert [d["in_atlas"] for d in preview["documents"]] == [False]
    names = {p["name"]: p for p in preview["places"]}
    assert {"九龙数智大厦", "重庆九龙数字软件园"} <= set(names)
    assert "software-info" in names["九龙数智大厦"]["sector_ids"]
    assert not any(p["in_atlas"] for p in preview["places"])
    assert service.get("/search?q=九龙数智大厦").json()["numberMatched"] == 0  # not yet

    confirm = next(x["href"] for x in preview["links"] if x["rel"] == "confirm")
    accepted = service.post(confirm.replace("http://testserver", ""), headers=key("officer-wang"))
    assert accepted.status_code == 202 and accepted.headers["location"].endswith(
        accepted.json()["id"]
    )
    job = wait_for(service, f"/jobs/{accepted.json()['id']}")
    assert job["state"] == "succeeded", job
    assert job["requested_by"] == "officer-wang" and job["result"]["skipped"] is False
    hits = service.get("/search?q=九龙数智大厦").json()["hits"]
    assert [h["collection"] for h in hits] == ["buildings"]
    assert service.backend.corpus() == sorted([*SEEDS, "九龙坡区软件方案.txt"])
    assert not files(service.config.staging)
    again = service.post(confirm.replace("http://testserver", ""), headers=key())
    assert again.status_code == 404  # confirmed once
    duplicate = service.post("/documents", files=upload, headers=key()).json()
    assert duplicate["duplicate_of"] == "九龙坡区软件方案.txt"
    dup_confirm = service.post(f"/documents/{duplicate['upload_id']}/confirm", headers=key())
    assert (
        dup_confirm.status_code == 409
        and "九龙坡区软件方案.txt" in dup_confirm.json()["description"]
    )


def test_every_document_stays_in_the_atlas_through_uploads_and_a_removal_drops_its_places(
    service, tmp_path
):
    # An atlas built from the seeds plus a document of the user's, then one more uploaded
    # through the service: the rebuild reads all of them.
    own = tmp_path / "观音桥方案.txt"
    own.write_text("支持建设观音桥数字经济产业园，重点发展软件信息服务。", encoding="utf-8")

    build([own], service.backend.folder, store=service.backend.store)
    service.get("/conformance")  # the service swaps the new atlas in
    upload = {"file": ("九龙坡区软件方案.txt", DOCUMENT.encode(), "text/plain")}
    preview = service.post("/documents", files=upload, headers=key()).json()
    accepted = service.post(f"/documents/{preview['upload_id']}/confirm", headers=key())
    assert wait_for(service, f"/jobs/{accepted.json()['id']}")["state"] == "succeeded"
    listed = service.get("/documents").json()["documents"]
    assert sorted(d["filename"] for d in listed) == sorted(
        [*SEEDS, "观音桥方案.txt", "九龙坡区软件方案.txt"]
    )
    assert all(d["documents"] for d in listed)  # each was read by the current atlas
    for name in ("观音桥数字经济产业园", "九龙数智大厦", "来福士"):
        assert service.get(f"/search?q={name}").json()["numberMatched"] >= 1, name

    # Removal needs the key, answers the rebuild's job, and the document's places go.
    own_key = next(d["key"] for d in listed if d["filename"] == "观音桥方案.txt")
    assert service.delete(f"/documents/{own_key[:12]}").status_code == 401
    assert service.delete(f"/documents/{'f' * 12}", headers=key()).status_code == 404
    removed = service.delete(f"/documents/{own_key[:12]}", headers=key())
    assert removed.status_code == 202, removed.text
    assert wait_for(service, f"/jobs/{removed.json()['id']}")["state"] == "succeeded"
    assert service.get("/search?q=观音桥数字经济产业园").json()["numberMatched"] == 0
    assert service.get("/search?q=九龙数智大厦").json()["numberMatched"] >= 1
    assert service.backend.corpus() == sorted([*SEEDS, "九龙坡区软件方案.txt"])


def test_the_documents_listing_gives_each_file_s_size_and_digest_without_reading_its_bytes(
    service, monkeypatch
):
    corpus = service.backend.store.corpus()
    kept = {d.filename: d for d in corpus.documents()}
    # What the listing, the duplicate check and a removal read: entries only, on every
    # backend (PostGIS measures and digests in the database).
    monkeypatch.setattr(type(corpus), "documents", lambda self: pytest.fail("bytes read"))
    listed = service.get("/documents").json()["documents"]
    assert {d["filename"]: (d["bytes"], d["sha256"]) for d in listed} == {
        name: (len(d.content), hashlib.sha256(d.content).hexdigest()) for name, d in kept.items()
    }
    smallest = min(kept.values(), key=lambda d: len(d.content))  # under the upload limit
    upload = {"file": ("again.txt", smallest.content, "text/plain")}
    preview = service.post("/documents", files=upload, headers=key())
    assert preview.json()["duplicate_of"] == smallest.filename, preview.text
    # The removal itself, not through the API: the rebuild it starts reads bytes, rightly.
    assert corpus.remove(smallest.key[:12]).filename == smallest.filename
    assert smallest.filename not in [e.filename for e in corpus.entries()]


def test_a_location_correction_is_recorded_and_visible_after_the_rebuild(service):
    building = service.get("/collections/buildings/items?limit=1").json()["features"][0]
    lon, lat = round(building["geometry"]["coordinates"][0] + 0.004, 6), 29.5601
    answer = service.patch(
        f"/places/{building['id']}/location",
        json={"lon": lon, "lat": lat, "precision": "building", "note": "surveyed\non site"},
        headers=key("officer-wang"),
    )
    assert answer.status_code == 202, answer.text
    body = answer.json()
    assert body["district"] and body["override"]["source"].startswith("correction by officer-wang")
    rows = service.backend.corrections()
    assert [(r["name"], r["lon"], r["precision"], r["note"]) for r in rows] == [
        (building["properties"]["name"], f"{lon:.6f}", "building", "surveyed on site")
    ]
    job = wait_for(service, f"/jobs/{body['job']['id']}")
    assert job["state"] == "succeeded", job
    moved = service.get(f"/collections/buildings/items/{building['id']}").json()
    assert moved["geometry"]["coordinates"] == [lon, lat]
    assert moved["properties"]["provider"] == "override"

    second = service.patch(
        f"/places/{building['id']}/location",
        headers=key(),
        json={"lon": lon + 0.001, "lat": lat, "precision": "block"},
    )
    assert second.status_code == 202
    rows = service.backend.corrections()
    assert len(rows) == 1 and rows[0]["source"].startswith("correction by officer-li")
    wait_for(service, f"/jobs/{second.json()['job']['id']}")
    moved = service.get(f"/collections/buildings/items/{building['id']}").json()
    assert moved["geometry"]["coordinates"][0] == pytest.approx(lon + 0.001)


def test_two_officers_correcting_at_once_both_land(service):
    """Corrections sent at the same moment by two officers, each for other places: none
    is lost to another (PostGIS appends each; the overrides file is rewritten under a
    lock)."""
    buildings = service.get("/collections/buildings/items?limit=4").json()["features"]
    sent = [
        (officer, b["properties"]["name"], round(b["geometry"]["coordinates"][0] + 0.001, 6))
        for officer, b in zip(["officer-li", "officer-wang"] * 2, buildings, strict=True)
    ]
    ids = {b["properties"]["name"]: b["id"] for b in buildings}

    def correct(officer: str, name: str, lon: float):
        return service.patch(
            f"/places/{ids[name]}/location", headers=key(officer),
            json={"lon": lon, "lat": 29.56, "precision": "block"},
        )  # fmt: skip

    with ThreadPoolExecutor(len(sent)) as pool:
        answers = list(pool.map(lambda args: correct(*args), sent))
    assert [a.status_code for a in answers] == [202] * len(sent), [a.text for a in answers]
    rows = service.backend.corrections()
    landed = {(r["source"].split()[2], r["name"], float(r["lon"])) for r in rows}
    assert landed == set(sent)


def test_bad_corrections_are_refused(service):
    place = service.get("/collections/parks/items?limit=1").json()["features"][0]["id"]
    outside = service.patch(
        f"/places/{place}/location", headers=key(), json={"lon": 139.77, "lat": 35.68}
    )  # Tokyo
    assert outside.status_code == 422 and "outside China" in outside.json()["description"]
    beijing = service.patch(
        f"/places/{place}/location", headers=key(), json={"lon": 116.3975, "lat": 39.9087}
    )  # anywhere in China is accepted: 天安门, 东城区
    assert beijing.status_code == 202 and beijing.json()["district"] == "东城区"
    wrong = service.patch(
        f"/places/{place}/location",
        headers=key(),
        json={"lon": 106.5, "lat": 29.5, "precision": "somewhere"},
    )
    assert wrong.status_code == 422 and wrong.json()["code"] == "InvalidParameterValue"
    missing = service.patch(
        "/places/pl-none/location", headers=key(), json={"lon": 106.5, "lat": 29.5}
    )
    assert missing.status_code == 404
    kept = service.backend.corrections()  # the refused ones left nothing behind
    assert [(c["lon"], c["lat"]) for c in kept] == [("116.397500", "39.908700")]
    assert service.get("/jobs/" + "f" * 32).status_code == 404


def test_job_records_older_than_a_week_are_forgotten(tmp_path):
    jobs = JobStore(tmp_path / "jobs")
    old, recent = jobs.create("build", "a", {}), jobs.create("build", "b", {})
    now = time.time()
    os.utime(tmp_path / "jobs" / f"{old['id']}.json", (now, now - JOB_TTL_S - 60))
    os.utime(tmp_path / "jobs" / f"{recent['id']}.json", (now, now - JOB_TTL_S + 3600))
    new = jobs.create("build", "c", {})
    assert jobs.get(old["id"]) is None
    assert jobs.get(recent["id"])["requested_by"] == "b" and jobs.get(new["id"])


def test_jobs_queued_during_a_build_share_the_next_build(service):
    builder = service.app.state.builder
    place = service.get("/collections/parks/items?limit=1").json()["features"][0]["id"]
    correction = {"lon": 106.57, "lat": 29.56, "precision": "block"}
    answer = service.patch(f"/places/{place}/location", json=correction, headers=key())
    first = answer.json()["job"]  # a real rebuild (a changed input), seconds long
    deadline = time.monotonic() + 60
    while service.get(f"/jobs/{first['id']}").json()["state"] == "queued":
        assert time.monotonic() < deadline, "the first build did not start"
        time.sleep(0.02)
    queued = [builder.submit(name, {"reason": "test"}) for name in ("officer-wang", "officer-li")]
    done = [wait_for(service, f"/jobs/{job['id']}") for job in (first, *queued)]
    assert [job["state"] for job in done] == ["succeeded"] * 3, done
    ids = [job["id"] for job in queued]
    assert first["id"] not in done[1]["result"]["built_with"]
    assert done[1]["result"]["built_with"].split() == ids == done[2]["result"]["built_with"].split()


def test_on_a_full_disk_a_correction_is_refused_in_words_and_a_rebuild_fails_in_words(
    full_disk, tmp_path, monkeypatch, caplog
):
    """Corrections are kept with the atlas, so on its full disk a correction is refused
    (507, with the reason) and leaves no part of an edit in the log. A rebuild there (the
    overrides file, on another disk, changed by GIS staff) once left its job queued for
    ever without a log line and 0-byte ``.tmp-*.json`` in ``jobs/``: it fails in words."""
    monkeypatch.setattr(settings, "OVERRIDES_FILE", tmp_path / "data" / "overrides.csv")
    config = ApiConfig(atlas=full_disk / "atlas.gpkg", api_keys=KEYS)
    before = (full_disk / "atlas.gpkg").read_bytes()
    with TestClient(create_app(config=config)) as client:
        place = client.get("/collections/buildings/items?limit=1").json()["features"][0]
        correction = {"lon": 106.57, "lat": 29.56, "precision": "block"}
        answer = client.patch(f"/places/{place['id']}/location", json=correction, headers=key())
        assert answer.status_code == 507, answer.text
        assert "no space left on device" in answer.json()["description"]
        assert client.app.state.store.corrections().history() == []
        row = correction_row(place["properties"], LocationCorrection(**correction), "staff")
        settings.OVERRIDES_FILE.parent.mkdir(parents=True)
        with settings.OVERRIDES_FILE.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(row))
            writer.writeheader()
            writer.writerow(row)
        job = client.app.state.builder.submit("officer-li", {"reason": "overrides edited"})
        job = wait_for(client, f"/jobs/{job['id']}")
    assert job["state"] == "failed"
    assert f"no space left on device at {full_disk}" in job["message"], job["message"]
    assert any("no space left on device" in r.getMessage() for r in caplog.records)
    assert not [p for p in (full_disk / "jobs").glob(".tmp-*")], "temporaries left in jobs/"
    assert (full_disk / "atlas.gpkg").read_bytes() == before
