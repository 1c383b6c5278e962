"""``clustermap geocode``, run as a real subprocess; online answers from the stub server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from geonames_points import geonames_point
from stub_geocoders import AMAP_GCJ, AMAP_GEO_POI_LEVEL, Reply, StubGeocoders, amap_error

from geo import admin, boundaries
from geo.crs import distance_m, gcj02_to_wgs84

CLUSTERMAP = Path(sys.executable).with_name("clustermap")
ANSWER_KEYS = {"name", "lon", "lat", "crs", "precision", "provider", "source_crs", "confidence",
               "district"}  # fmt: skip


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CLUSTERMAP), "geocode", *args], capture_output=True, text=True, timeout=120,
        check=False, env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_gazetteer_answer_contract():
    proc = run("凯德来福士", "--district", "渝中区", "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert set(answer) >= ANSWER_KEYS
    assert answer["crs"] == "EPSG:4326" and answer["provider"] == "gazetteer"
    assert boundaries.contains("渝中区", answer["lon"], answer["lat"])


def test_spelling_variant_finds_the_same_place():
    a = json.loads(run("来福士", "--json").stdout)
    b = json.loads(run("凯德来福士", "--json").stdout)
    assert (a["lon"], a["lat"]) == (b["lon"], b["lat"])


def test_unknown_name_with_district_falls_back_to_the_county_seat():
    # 江北区 alone is also Ningbo's: the city settles it.
    answer = json.loads(run("某某不存在大厦", "--district", "重庆市江北区", "--json").stdout)
    assert answer["precision"] == "county" and answer["provider"] == "admin"
    assert boundaries.contains("江北区", answer["lon"], answer["lat"])


def test_a_town_lands_on_the_town():
    proc = run("龙兴镇", "--district", "渝北区", "--json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert (answer["precision"], answer["matched_name"]) == ("town", "龙兴镇")
    # Within 2.5 km of GeoNames' 龙兴 (an independent WGS-84 source); the old district
    # fallback was 12.5 km away.
    assert distance_m((answer["lon"], answer["lat"]), geonames_point("龙兴镇", "500112")) < 2500


def test_unknown_name_without_district_exits_1():
    proc = run("某某不存在大厦", "--json")
    assert proc.returncode == 1
    assert "no match" in proc.stderr and not proc.stdout


@pytest.fixture
def stub():
    with StubGeocoders() as server:
        yield server


def amap_env(stub, tmp_path) -> dict:
    return {
        "CLUSTERMAP_AMAP_URL": stub.url("/v3/geocode/geo"),
        "CLUSTERMAP_AMAP_KEY": "test-key",
        "CLUSTERMAP_CACHE_DIR": str(tmp_path),
    }


def test_amap_answer_is_converted_from_gcj02(stub, tmp_path):
    stub.reply("/v3/geocode/geo", default=Reply(AMAP_GEO_POI_LEVEL))
    proc = run(
        "仙桃国际大数据谷", "--district", "渝北区", "--provider", "amap", "--json",
        env=amap_env(stub, tmp_path),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert (answer["provider"], answer["source_crs"]) == ("amap", "GCJ-02")
    expected = gcj02_to_wgs84(*AMAP_GCJ)
    assert distance_m((answer["lon"], answer["lat"]), expected) < 0.01
    assert 300 < distance_m((answer["lon"], answer["lat"]), AMAP_GCJ) < 700


def test_amap_bad_key_is_reported(stub, tmp_path):
    stub.reply("/v3/geocode/geo", default=Reply(amap_error("INVALID_USER_KEY", "10001")))
    proc = run(
        "仙桃国际大数据谷", "--district", "渝北区", "--provider", "amap", "--json",
        env=amap_env(stub, tmp_path),
    )  # fmt: skip
    assert "key" in proc.stderr.lower() and "test-key" not in proc.stderr
    # The failure is reported, and the place still gets its county's seat.
    assert proc.returncode == 0 and json.loads(proc.stdout)["provider"] == "admin"


def test_all_places_of_the_corpus_are_located_quietly():
    proc = subprocess.run(
        [str(CLUSTERMAP), "geocode", "--all", "--json"], capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows and all(r["crs"] == "EPSG:4326" for r in rows)
    # A place of no known unit and no match is not located: no point, and it says why.
    unlocated = [r for r in rows if r["lon"] is None]
    assert all(r["flags"][0].startswith("not located: no match") for r in unlocated)
    assert len(unlocated) < len(rows) / 10
    assert "geocoding" not in proc.stderr  # no progress display off a terminal


def test_an_online_answer_from_the_wrong_city_is_rejected_anywhere_in_china(stub, tmp_path):
    # The stub answers with 仙桃国际大数据谷's point in 重庆 渝北区, naming no province or
    # city, so only the polygon test can tell it is not in 杭州 滨江区, where the place is.
    [found] = AMAP_GEO_POI_LEVEL["geocodes"]
    unnamed = {**found, "province": [], "city": [], "district": [], "citycode": []}
    stub.reply("/v3/geocode/geo", default=Reply({**AMAP_GEO_POI_LEVEL, "geocodes": [unnamed]}))
    stub.reply("/v3/place/text", default=Reply({"status": "1", "count": "0", "pois": []}))
    proc = run(
        "仙桃国际大数据谷", "--district", "杭州市滨江区", "--provider", "amap", "--json",
        env=amap_env(stub, tmp_path),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert (answer["provider"], answer["precision"], answer["matched_name"]) == (
        "admin", "county", "滨江区",
    )  # fmt: skip
    assert admin.contains("330108", answer["lon"], answer["lat"])
    asked = stub.hits("/v3/geocode/geo")
    assert asked and asked[0].params["city"] == "杭州市"  # searched within the place's city


@pytest.mark.parametrize(
    ("district", "said"),
    [("杭洲市滨江区", "did you mean 滨江区 (浙江省 杭州市)"), ("江北区", "宁波市")],
)
def test_an_unknown_or_ambiguous_district_exits_1_saying_why(district, said):
    proc = run("某某不存在大厦", "--district", district, "--json")
    assert proc.returncode == 1 and not proc.stdout
    assert said in proc.stderr
