"""The review workbench's answers over a real atlas of the built-in corpus: the queue, its
order and filters, one place's evidence, sign-in, and the documents page (the browser
drives the same pages in ``test_workbench_browser.py``)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from stub_geocoders import (
    AMAP_GCJ,
    AMAP_GEO_PATH,
    AMAP_GEO_POI_LEVEL,
    AMAP_POI,
    AMAP_POI_PATH,
    Reply,
    StubGeocoders,
)

from api.app import create_app
from api.config import ApiConfig
from api.review import REASONS, distance_m
from api.snapshot import COLLECTIONS
from api.workbench import EDIT_LABELS
from extract.places import normalize
from geo import admin, settings
from geo.crs import gcj02_to_wgs84
from geo.providers import base
from geo.resolve import REVIEW_REASONS
from layers import place_edits
from layers.build import build
from layers.stores import ATLAS_FILE
from layers.stores.edits import LOCATION

KEYS = {"officer-li": "li-key-0123456789"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    out = tmp_path_factory.mktemp("atlas")
    # Every name the rules find, none set aside: the seeds' places with no point at all
    # are names the name model doubts (“两业融合”示范区), and the queue's order and
    # reasons are tested with every kind of reason present.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "NAME_LIKELIHOOD_MIN", 0.0)
        build(out=out, force=True)
    config = ApiConfig(atlas=out / ATLAS_FILE, api_keys=KEYS)
    with TestClient(create_app(config=config)) as client:
        yield client


def test_the_queue_holds_every_flagged_or_unlocated_place_and_nothing_else(client):
    queued = client.get("/review?f=json").json()
    places = []
    for collection in (c for c in COLLECTIONS if c != "districts"):
        items = client.get(f"/collections/{collection}/items?f=json&limit=1000").json()
        places += items["features"]
    expected = {f["id"] for f in places if f["properties"]["review"] or f["geometry"] is None}
    assert {p["id"] for p in queued["places"]} == expected
    assert queued["numberQueued"] == len(expected) > 20


def test_the_queue_puts_places_without_a_point_first_then_by_targets_then_confidence(client):
    places = client.get("/review?f=json").json()["places"]
    keys = [(-p["weight"], -p["targets"], p["confidence"]) for p in places]
    assert keys == sorted(keys)
    assert places[0]["reasons"][0] == "unlocated"
    assert places[0]["precision"] == ""


def test_each_place_is_queued_for_the_reasons_its_build_recorded_each_labelled(client):
    assert tuple(REASONS) == REVIEW_REASONS  # a label and weight for every code, no more
    places = client.get("/review?f=json").json()["places"]
    seen = set()
    for place in places:
        codes = client.get(f"/review/{place['id']}?f=json").json()["place"]["review_codes"]
        recorded = [c for c in codes.split("|") if c]
        assert place["reasons"] == (recorded or ["unlocated"]), place
        seen.update(place["reasons"])
    assert seen >= {"unlocated", "coarse", "low_confidence"}


def test_each_filter_keeps_only_its_places_and_the_counts_say_how_many_each_choice_holds(client):
    everything = client.get("/review?f=json").json()
    for facet in ("reason", "district", "sector", "document"):
        value, count = min(everything["counts"][facet].items(), key=lambda kv: kv[1])
        narrowed = client.get("/review", params={"f": "json", facet: value}).json()
        assert narrowed["numberMatched"] == count, facet
        assert narrowed["numberQueued"] == everything["numberQueued"]


def test_a_district_filter_takes_a_unit_by_name_and_keeps_units_inside_it(client):
    city = client.get("/review", params={"f": "json", "district": "重庆市"}).json()
    located = [p for p in city["places"] if p["district"]]
    assert city["numberMatched"] == len(located) > 30  # the seeds all lie in 重庆
    assert {p["district"] for p in located} > {"重庆市", "渝中区"}
    assert city["counts"]["district"]["重庆市"] == city["numberMatched"]


def test_an_unknown_district_or_reason_is_a_400_with_suggestions(client):
    answer = client.get("/review", params={"district": "火星区"})
    assert answer.status_code == 400
    assert "火星区" in answer.json()["description"]
    assert "did you mean" in answer.json()["description"]
    answer = client.get("/review", params={"reason": "bored"})
    assert answer.status_code == 400
    assert all(r in answer.json()["description"] for r in REASONS)


def test_one_places_evidence_has_its_clauses_unit_nearby_places_and_candidates(client):
    coarse = next(
        p for p in client.get("/review?f=json&reason=coarse").json()["places"] if p["district"]
    )
    found = client.get(f"/review/{coarse['id']}?f=json").json()
    assert found["place"]["name"] == coarse["name"]
    spellings = [normalize(n) for n in [coarse["name"], *found["place"]["aliases"].split("|")] if n]
    assert found["clauses"]
    for clause in found["clauses"]:  # each clause names the place (or one of its aliases)
        assert any(s in normalize(clause["quote"]) for s in spellings), clause["quote"]
    assert all(c["title"] for c in found["clauses"])
    assert found["unit"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    seat = found["candidates"][-1]
    assert seat["kind"] == "seat"
    assert seat["distance_m"] == round(
        distance_m(tuple(found["point"]), (seat["lon"], seat["lat"]))
    )
    assert [n["distance_m"] for n in found["nearby"]] == sorted(
        n["distance_m"] for n in found["nearby"]
    )


def test_a_place_that_does_not_exist_is_a_404(client):
    assert client.get("/review/pl-nothing?f=json").status_code == 404


def test_whoami_names_the_key_and_refuses_none_or_a_wrong_one(client):
    assert client.get("/whoami", headers={"X-API-Key": KEYS["officer-li"]}).json() == {
        "name": "officer-li"
    }
    assert client.get("/whoami").status_code == 401
    assert client.get("/whoami", headers={"X-API-Key": "nope"}).status_code == 403


def test_the_pages_are_chinese_first_with_an_english_switch(client):
    page = client.get("/review", headers={"accept": "text/html"}).text
    assert "待核实地点" in page and 'lang="zh-CN"' in page and "lang=en" in page
    place = client.get("/review?f=json").json()["places"][0]["id"]
    for path, english in (("/review", "Review queue"), (f"/review/{place}", "Clauses that name it"),
                          ("/documents", "Upload documents")):  # fmt: skip
        page = client.get(path, params={"f": "html", "lang": "en"})
        assert page.status_code == 200, path
        assert english in page.text and '<html lang="en">' in page.text


def test_the_documents_page_lists_the_corpus_with_a_drop_zone(client):
    listed = client.get("/documents").json()["documents"]
    page = client.get("/documents?f=html").text
    assert all(d["filename"] in page for d in listed)
    assert 'id="wb-drop"' in page and page.count('class="wb-action wb-remove"') == len(listed)


def test_an_upload_preview_lists_the_targets_the_document_states(client):
    text = "二、发展目标\n到2027年，建成金融特色楼宇5栋，打造软件信息服务产业园2个。依托环球金融中心，打造金融特色楼宇。"
    answer = client.post(
        "/documents",
        headers={"X-API-Key": KEYS["officer-li"]},
        files={"file": ("plan.txt", text.encode(), "text/plain")},
    )
    assert answer.status_code == 201, answer.text
    targets = answer.json()["targets"]
    assert {(t["kind"], t["count"], t["year"]) for t in targets} >= {("building", 5, 2027)}


def test_the_workbench_script_and_style_are_served_and_nothing_else(client):
    assert (
        client.get("/workbench/static/workbench.js")
        .headers["content-type"]
        .startswith("text/javascript")
    )
    assert client.get("/workbench/static/workbench.css").status_code == 200
    assert client.get("/workbench/static/..%2Fapp.py").status_code == 404


@pytest.fixture
def amap_stub(monkeypatch, tmp_path):
    """Amap, the one online geocoder configured, answered by the local stub server in its
    real response format."""
    with StubGeocoders() as stub:
        stub.reply(AMAP_GEO_PATH, default=Reply(AMAP_GEO_POI_LEVEL))
        stub.reply(AMAP_POI_PATH, default=Reply(AMAP_POI))
        for name, value in {
            "GEOCODERS": ("amap",), "AMAP_URL": stub.url(AMAP_GEO_PATH), "AMAP_KEY": "k-123",
            "CACHE_DIR": tmp_path / "cache", "HTTP_RETRIES": 0,
            "MIN_INTERVAL": {"nominatim": 0.0, "amap": 0.0, "tianditu": 0.0},
        }.items():  # fmt: skip
            monkeypatch.setattr(settings, name, value)
        monkeypatch.setattr(base, "_THROTTLES", {})
        yield stub


def test_a_reviewer_sees_what_the_online_geocoders_answer_with_distance_and_unit(client, amap_stub):
    place = client.get("/review?f=json&reason=coarse").json()["places"][0]
    url = f"/review/{place['id']}/providers"
    assert client.get(url).status_code == 401  # it spends the provider's quota
    answer = client.get(url, headers={"X-API-Key": KEYS["officer-li"]}).json()
    assert answer["providers"] == ["amap"] and answer["failed"] == []
    (found,) = [c for c in answer["candidates"] if c["provider"] == "amap"][:1]
    lon, lat = gcj02_to_wgs84(*AMAP_GCJ)
    assert (found["lon"], found["lat"]) == pytest.approx((lon, lat), abs=1e-6)  # WGS-84
    point = client.get(f"/review/{place['id']}?f=json").json()["point"]
    assert found["distance_m"] == round(distance_m(tuple(point), (lon, lat)))
    unit = client.get(f"/review/{place['id']}?f=json").json()["place"]["unit_code"]
    assert found["inside"] == admin.contains(unit, lon, lat)
    page = client.get(f"/review/{place['id']}?f=html").text
    assert 'id="wb-ask"' in page and "(amap)" in page


def test_with_no_online_geocoder_the_page_offers_none_and_the_answer_says_so(client):
    place = client.get("/review?f=json").json()["places"][0]
    answer = client.get(
        f"/review/{place['id']}/providers", headers={"X-API-Key": KEYS["officer-li"]}
    ).json()
    assert answer == {"providers": [], "candidates": [], "failed": []}
    assert 'id="wb-ask"' not in client.get(f"/review/{place['id']}?f=html").text


def test_the_history_has_a_label_in_both_languages_for_every_kind_of_edit():
    assert set(EDIT_LABELS) == {LOCATION, *place_edits.PLACE_EDITS}
    assert all(zh and en for zh, en in EDIT_LABELS.values())
