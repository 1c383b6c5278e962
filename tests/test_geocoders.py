"""Online geocoders against a local stub server that answers in each service's real format."""

from __future__ import annotations

import itertools
import json
import logging
import math
import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import osmnx._nominatim
import pytest
from stub_geocoders import (
    AMAP_EMPTY_GEO,
    AMAP_EMPTY_POI,
    AMAP_GCJ,
    AMAP_GEO_BEIJING,
    AMAP_GEO_DISTRICT_LEVEL,
    AMAP_GEO_PATH,
    AMAP_GEO_POI_LEVEL,
    AMAP_POI,
    AMAP_POI_PATH,
    NOMINATIM_BEIJING,
    NOMINATIM_BLOCKED,
    NOMINATIM_CHENGDU,
    NOMINATIM_CHONGQING,
    NOMINATIM_ERROR,
    NOMINATIM_PATH,
    TIANDITU_BAD_KEY,
    TIANDITU_NO_RESULT,
    TIANDITU_OK,
    TIANDITU_PATH,
    Reply,
    StubGeocoders,
    amap_error,
)

from geo import settings
from geo.cache import CACHE_FILE, GeocodeCache
from geo.model import GeocodeError
from geo.online import geocode_online
from geo.providers import REGISTRY, base, enabled_providers, provider
from geo.providers.amap import LEVEL_PRECISION, poi_precision
from geo.providers.nominatim import precision_of, search_text

AMAP_KEY = "amap-secret-0123456789"
TIANDITU_KEY = "tianditu-secret-abcdef"
BACKOFF = 0.2
"""Test backoff factor: the second consecutive retry waits 2 × 0.2 s."""
QUERY = "仙桃国际大数据谷"


def metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance (haversine, spherical Earth)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(h))


def in_chongqing(lon: float, lat: float) -> bool:
    """A stand-in for the caller's polygon test: Chongqing's bounding box."""
    return 105.2 <= lon <= 110.2 and 28.1 <= lat <= 32.3


@pytest.fixture
def stub():
    with StubGeocoders() as server:
        yield server


@pytest.fixture
def configured(monkeypatch, tmp_path, stub):
    """Every provider pointed at the stub, the cache in ``tmp_path``, short retries and
    backoff, no pacing; the real defaults stay in the code."""
    for name, value in {
        "NOMINATIM_URL": stub.url("/nominatim/"),
        "AMAP_URL": stub.url(AMAP_GEO_PATH),
        "AMAP_KEY": AMAP_KEY,
        "TIANDITU_URL": stub.url(TIANDITU_PATH),
        "TIANDITU_KEY": TIANDITU_KEY,
        "CACHE_DIR": tmp_path / "cache",
        "HTTP_TIMEOUT": 2.0,
        "HTTP_RETRIES": 2,
        "MIN_INTERVAL": {"nominatim": 0.0, "amap": 0.0, "tianditu": 0.0},
    }.items():
        monkeypatch.setattr(settings, name, value)
    monkeypatch.setattr(base, "BACKOFF_FACTOR", BACKOFF)
    monkeypatch.setattr(base, "_THROTTLES", {})
    return stub


@pytest.fixture
def no_osmnx_pause(monkeypatch):
    """osmnx's hard-coded 1 s pause before each Nominatim request, skipped (only in
    osmnx's module; ``time.sleep`` elsewhere is untouched)."""
    monkeypatch.setattr(osmnx._nominatim, "time", SimpleNamespace(sleep=lambda _: None))


def timed(call):
    start = time.monotonic()
    try:
        return call(), time.monotonic() - start
    except GeocodeError as exc:
        return exc, time.monotonic() - start


# --- registry ---------------------------------------------------------------------------


def test_unknown_provider_names_the_valid_ones():
    with pytest.raises(GeocodeError, match=r"'baidu'.*nominatim, amap, tianditu"):
        provider("baidu")


def test_enabled_providers_follow_settings(monkeypatch):
    monkeypatch.setattr(settings, "GEOCODERS", ("tianditu", "amap"))
    assert [p.name for p in enabled_providers()] == ["tianditu", "amap"]
    monkeypatch.setattr(settings, "GEOCODERS", ())
    assert enabled_providers() == []
    assert set(REGISTRY) == {"nominatim", "amap", "tianditu"}


# --- Nominatim --------------------------------------------------------------------------


def test_nominatim_answer_in_real_format(configured, no_osmnx_pause):
    configured.reply(NOMINATIM_PATH, Reply(NOMINATIM_CHONGQING))
    found = provider("nominatim").geocode(QUERY, city="重庆市", district="渝北区")

    building, area = found
    assert (building.lon, building.lat) == (106.5412, 29.7405)  # WGS-84, unchanged
    assert (building.provider, building.source_crs) == ("nominatim", "WGS-84")
    assert (building.precision, area.precision) == ("building", "area")
    assert building.district == area.district == "渝北区"
    assert building.matched_name == QUERY and building.confidence == 0.8
    assert 0 < building.radius_m < area.radius_m
    (seen,) = configured.hits(NOMINATIM_PATH)
    assert seen.params["format"] == "jsonv2" and seen.params["addressdetails"] == "1"
    assert seen.params["countrycodes"] == "cn" and seen.params["q"] == QUERY + ", 重庆市"
    assert seen.headers["Accept-Language"].startswith("zh")


@pytest.mark.parametrize(
    ("query", "q"),
    [(QUERY, QUERY + ", 重庆市"), ("重庆市" + QUERY, QUERY + ", 重庆市"),
     ("重庆" + QUERY, QUERY + ", 重庆市"), ("重庆市", "重庆市")],
)  # fmt: skip
def test_nominatim_puts_the_city_in_a_phrase_of_its_own(query, q):
    assert search_text(query, "重庆市") == q


@pytest.mark.parametrize(
    ("item", "precision"),
    [
        ({"category": "building", "type": "yes", "addresstype": "building"}, "building"),
        ({"category": "office", "type": "company", "addresstype": "office"}, "building"),
        ({"category": "amenity", "type": "university", "addresstype": "amenity"}, "building"),
        ({"category": "highway", "type": "primary", "addresstype": "road"}, "block"),
        ({"category": "place", "type": "neighbourhood", "addresstype": "neighbourhood"}, "block"),
        ({"category": "place", "type": "quarter", "addresstype": "quarter"}, "block"),
        ({"category": "place", "type": "suburb", "addresstype": "suburb"}, "area"),
        ({"category": "landuse", "type": "industrial", "addresstype": "industrial"}, "area"),
        ({"category": "landuse", "type": "commercial", "addresstype": "commercial"}, "area"),
        (
            {"category": "boundary", "type": "administrative", "addresstype": "city_district"},
            "county",
        ),
        ({"category": "boundary", "type": "administrative", "addresstype": "county"}, "county"),
        ({"class": "landuse", "type": "industrial"}, "area"),  # format=json, no label
        ({"category": "natural", "type": "peak", "addresstype": "peak"}, "county"),  # unknown
    ],
)
def test_nominatim_precision_mapping(item, precision):
    assert precision_of(item) == precision


def test_nominatim_user_agent_and_one_second_apart(configured, monkeypatch):
    """Real pacing: osmnx's pause and the provider's interval."""
    monkeypatch.setitem(settings.MIN_INTERVAL, "nominatim", 1.0)
    configured.reply(NOMINATIM_PATH, default=Reply(NOMINATIM_CHONGQING))
    nominatim = provider("nominatim")
    nominatim.geocode(QUERY)
    nominatim.geocode("仙桃数据谷")

    first, second = configured.hits(NOMINATIM_PATH)
    assert first.headers["User-Agent"] == second.headers["User-Agent"] == settings.USER_AGENT
    assert second.at - first.at >= 1.0


def test_nominatim_drops_a_namesake_in_another_city(configured, no_osmnx_pause):
    configured.reply(NOMINATIM_PATH, Reply(NOMINATIM_BEIJING))
    assert provider("nominatim").geocode(QUERY, city="重庆市") == []


def test_online_rejects_a_namesake_outside_the_district(configured, no_osmnx_pause):
    """The 成都 answer names no city, so the provider keeps it; its district and its point
    give it away."""
    configured.reply(NOMINATIM_PATH, Reply(NOMINATIM_CHENGDU))
    (kept,) = provider("nominatim").geocode(QUERY)
    assert kept.district == "武侯区"

    configured.reply(NOMINATIM_PATH, Reply(NOMINATIM_CHENGDU))
    ask = dict(city="重庆市", district="渝北区", providers=["nominatim"])
    assert geocode_online(QUERY, **ask) == []  # by the answer's district name
    assert geocode_online(QUERY, **ask, within=in_chongqing) == []  # by the point (cached)
    assert len(configured.hits(NOMINATIM_PATH)) == 2


def test_nominatim_429_then_success_waits_retry_after(configured, no_osmnx_pause):
    configured.reply(
        NOMINATIM_PATH,
        Reply("Too Many Requests", 429, headers={"Retry-After": "1"}),
        Reply(NOMINATIM_CHONGQING),
    )
    found, elapsed = timed(lambda: provider("nominatim").geocode(QUERY))
    assert len(found) == 2
    assert len(configured.hits(NOMINATIM_PATH)) == 2
    assert 1.0 <= elapsed < 2.5


def test_nominatim_persistent_500_fails_after_retries(configured, no_osmnx_pause):
    configured.reply(NOMINATIM_PATH, default=Reply("Internal Server Error", 500))
    error, _ = timed(lambda: provider("nominatim").geocode(QUERY))
    assert isinstance(error, GeocodeError)
    assert "HTTP 500" in str(error) and "after 2 retries" in str(error)
    assert len(configured.hits(NOMINATIM_PATH)) == 3


def test_nominatim_timeout(configured, no_osmnx_pause, monkeypatch):
    monkeypatch.setattr(settings, "HTTP_TIMEOUT", 0.3)
    configured.reply(NOMINATIM_PATH, Reply(NOMINATIM_CHONGQING, delay=1.5))
    error, elapsed = timed(lambda: provider("nominatim").geocode(QUERY))
    assert isinstance(error, GeocodeError) and "timeout" in str(error)
    assert elapsed < 1.2 and len(configured.hits(NOMINATIM_PATH)) == 1


def test_nominatim_connection_refused(configured, monkeypatch, no_osmnx_pause):
    monkeypatch.setattr(settings, "NOMINATIM_URL", "http://127.0.0.1:9/")
    with pytest.raises(GeocodeError, match=r"nominatim: cannot connect \(connection refused"):
        provider("nominatim").geocode(QUERY)


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(NOMINATIM_BLOCKED, 403, content_type="text/html"), "HTTP 403 (the usage policy"),
        (Reply(NOMINATIM_ERROR, 400), "Parameter 'format' must be one of"),
        (Reply("<html>maintenance</html>", content_type="text/html"), "unusable answer"),
    ],
)
def test_nominatim_errors_are_explained(configured, no_osmnx_pause, reply, message):
    configured.reply(NOMINATIM_PATH, reply)
    with pytest.raises(GeocodeError, match=message.replace("(", r"\(")):
        provider("nominatim").geocode(QUERY)


# --- Amap -------------------------------------------------------------------------------


def test_amap_answer_converted_from_gcj02(configured):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    (found,) = provider("amap").geocode(QUERY, city="重庆市", district="渝北区")

    assert (found.provider, found.source_crs, found.precision) == ("amap", "GCJ-02", "building")
    assert found.district == "渝北区" and found.note == "level 兴趣点"
    assert 300 <= metres(found.lon, found.lat, *AMAP_GCJ) <= 700
    (seen,) = configured.hits(AMAP_GEO_PATH)
    assert seen.params == {"key": AMAP_KEY, "address": QUERY, "city": "重庆市", "output": "JSON"}
    assert seen.headers["User-Agent"] == settings.USER_AGENT
    assert configured.hits(AMAP_POI_PATH) == []  # a building was found: no POI search


def test_amap_asks_poi_search_when_the_geocoder_falls_back(configured):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_DISTRICT_LEVEL))
    configured.reply(AMAP_POI_PATH, Reply(AMAP_POI))
    park, car_park, district = provider("amap").geocode(QUERY)

    assert (park.matched_name, park.precision, park.confidence) == (QUERY, "area", 1.0)
    assert car_park.precision == "building" and car_park.confidence == 0.5  # part of the park
    assert car_park.note == "POI 交通设施服务;停车场;停车场相关, part of B0FFG4M7ZV"
    assert (district.precision, district.note) == ("county", "level 区县")
    (seen,) = configured.hits(AMAP_POI_PATH)
    assert seen.params["keywords"] == QUERY and seen.params["citylimit"] == "true"


def test_amap_drops_answers_in_another_city(configured):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_BEIJING))
    configured.reply(AMAP_POI_PATH, Reply(AMAP_EMPTY_POI))
    assert provider("amap").geocode("阜通东大街6号", city="重庆市") == []


@pytest.mark.parametrize(
    ("level", "precision"),
    [("门牌号", "building"), ("兴趣点", "building"), ("道路", "block"),
     ("道路交叉路口", "block"), ("村庄", "area"), ("热点商圈", "area"), ("开发区", "area"),
     ("乡镇", "town"), ("区县", "county"), ("市", "city")],
)  # fmt: skip
def test_amap_level_mapping(level, precision):
    assert LEVEL_PRECISION[level] == precision


@pytest.mark.parametrize(
    ("poi_type", "precision"),
    [("商务住宅;楼宇;商务写字楼", "building"), ("公司企业;公司;公司", "building"),
     ("商务住宅;产业园区;产业园区", "area"), ("商务住宅;住宅区;住宅小区", "area"),
     ("地名地址信息;普通地名;区县级地名", "county"), ("地名地址信息;普通地名;村庄级地名", "area"),
     ("地名地址信息;交通地名;道路名", "block"), ("地名地址信息;门牌信息;楼栋号", "building")],
)  # fmt: skip
def test_amap_poi_type_mapping(poi_type, precision):
    assert poi_precision(poi_type) == precision


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            amap_error("INVALID_USER_KEY", "10001"),
            r"key refused \(INVALID_USER_KEY, infocode 10001\)",
        ),
        (amap_error("USERKEY_PLAT_NOMATCH", "10009"), "key refused .*CLUSTERMAP_AMAP_KEY"),
        (amap_error("DAILY_QUERY_OVER_LIMIT", "10003"), "daily quota used up"),
        (amap_error("ACCESS_TOO_FREQUENT", "10004"), "per-minute limit"),
        (
            amap_error("INVALID_PARAMS", "20000"),
            r"request failed \(INVALID_PARAMS, infocode 20000\)",
        ),
    ],
)
def test_amap_errors_are_explained(configured, body, message):
    configured.reply(AMAP_GEO_PATH, Reply(body))
    with pytest.raises(GeocodeError, match=message) as caught:
        provider("amap").geocode(QUERY)
    assert AMAP_KEY not in str(caught.value)
    assert len(configured.hits(AMAP_GEO_PATH)) == 1  # not retried


def test_amap_without_key(configured, monkeypatch):
    monkeypatch.setattr(settings, "AMAP_KEY", "")
    with pytest.raises(GeocodeError, match="Amap needs CLUSTERMAP_AMAP_KEY"):
        provider("amap").geocode(QUERY)
    assert configured.seen == []


def test_amap_qps_code_in_a_200_body_is_retried(configured):
    qps = Reply(amap_error("CUQPS_HAS_EXCEEDED_THE_LIMIT", "10021"))
    configured.reply(AMAP_GEO_PATH, qps, qps, Reply(AMAP_GEO_POI_LEVEL))
    found, elapsed = timed(lambda: provider("amap").geocode(QUERY))
    assert len(found) == 1 and len(configured.hits(AMAP_GEO_PATH)) == 3
    assert elapsed >= 2 * BACKOFF


# --- HTTP failures, alike for the providers with their own session ----------------------

HTTP_PROVIDERS = [
    pytest.param("amap", AMAP_GEO_PATH, AMAP_GEO_POI_LEVEL, "AMAP_URL", AMAP_KEY, id="amap"),
    pytest.param("tianditu", TIANDITU_PATH, TIANDITU_OK, "TIANDITU_URL", TIANDITU_KEY, id="tianditu"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "path", "ok", "url_setting", "key"), HTTP_PROVIDERS)
def test_429_twice_then_success_backs_off(configured, name, path, ok, url_setting, key):
    configured.reply(path, Reply("slow down", 429), Reply("slow down", 429), Reply(ok))
    found, elapsed = timed(lambda: provider(name).geocode(QUERY))
    assert len(found) == 1 and len(configured.hits(path)) == 3
    assert elapsed >= 2 * BACKOFF  # none before the first retry, 2 × factor before the second
    first, second, third = configured.hits(path)
    assert third.at - second.at >= 2 * BACKOFF > second.at - first.at


@pytest.mark.parametrize(("name", "path", "ok", "url_setting", "key"), HTTP_PROVIDERS)
def test_persistent_503_fails_after_retries(configured, name, path, ok, url_setting, key):
    configured.reply(path, default=Reply("Service Unavailable", 503))
    with pytest.raises(GeocodeError, match=rf"{name}: HTTP 503 .* still after 2 retries"):
        provider(name).geocode(QUERY)
    assert len(configured.hits(path)) == 3


@pytest.mark.parametrize(("name", "path", "ok", "url_setting", "key"), HTTP_PROVIDERS)
def test_timeout(configured, monkeypatch, name, path, ok, url_setting, key):
    monkeypatch.setattr(settings, "HTTP_TIMEOUT", 0.3)
    configured.reply(path, Reply(ok, delay=1.5))
    error, elapsed = timed(lambda: provider(name).geocode(QUERY))
    assert isinstance(error, GeocodeError) and "no answer within 0.3 s (timeout)" in str(error)
    assert elapsed < 1.2 and len(configured.hits(path)) == 1  # not retried
    assert key not in str(error)


@pytest.mark.parametrize(("name", "path", "ok", "url_setting", "key"), HTTP_PROVIDERS)
def test_non_json_answer(configured, name, path, ok, url_setting, key):
    configured.reply(path, Reply("<html>网关错误</html>", content_type="text/html"))
    with pytest.raises(GeocodeError, match=r"is not JSON \(text/html\): <html>网关错误</html>"):
        provider(name).geocode(QUERY)


@pytest.mark.parametrize(("name", "path", "ok", "url_setting", "key"), HTTP_PROVIDERS)
def test_connection_refused(configured, monkeypatch, name, path, ok, url_setting, key):
    monkeypatch.setattr(settings, url_setting, "http://127.0.0.1:9" + path)
    with pytest.raises(GeocodeError, match=r"cannot connect \(connection refused") as caught:
        provider(name).geocode(QUERY)
    assert key not in str(caught.value)


def test_requests_to_one_provider_are_spaced_across_threads(configured, monkeypatch):
    monkeypatch.setitem(settings.MIN_INTERVAL, "amap", 0.3)
    configured.reply(AMAP_GEO_PATH, default=Reply(AMAP_GEO_POI_LEVEL))
    threads = [threading.Thread(target=lambda: provider("amap").geocode(QUERY)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    arrivals = [s.at for s in configured.hits(AMAP_GEO_PATH)]
    assert len(arrivals) == 3
    assert all(b - a >= 0.29 for a, b in itertools.pairwise(arrivals))


# --- Tianditu ---------------------------------------------------------------------------


def test_tianditu_answer_in_real_format(configured):
    configured.reply(TIANDITU_PATH, Reply(TIANDITU_OK))
    (found,) = provider("tianditu").geocode(QUERY)

    assert (found.lon, found.lat) == (106.5412, 29.7405)  # CGCS2000 taken as WGS-84
    assert (found.source_crs, found.precision, found.confidence) == ("CGCS2000", "building", 0.85)
    assert found.matched_name == "重庆市" + QUERY
    (seen,) = configured.hits(TIANDITU_PATH)
    assert json.loads(seen.params["ds"]) == {"keyWord": "重庆市" + QUERY}
    assert seen.params["tk"] == TIANDITU_KEY


def test_tianditu_no_result_is_an_empty_answer(configured):
    configured.reply(TIANDITU_PATH, Reply(TIANDITU_NO_RESULT))
    assert provider("tianditu").geocode(QUERY) == []


def test_tianditu_unknown_level_is_district_and_says_so(configured):
    body = {**TIANDITU_OK, "location": {**TIANDITU_OK["location"], "level": "星座"}}
    configured.reply(TIANDITU_PATH, Reply(body))
    (found,) = provider("tianditu").geocode(QUERY)
    assert found.precision == "county" and found.note == "unknown level '星座'"


@pytest.mark.parametrize("status", [403, 200])
def test_tianditu_bad_key(configured, status):
    configured.reply(TIANDITU_PATH, Reply(TIANDITU_BAD_KEY, status))
    with pytest.raises(GeocodeError, match="CLUSTERMAP_TIANDITU_KEY") as caught:
        provider("tianditu").geocode(QUERY)
    assert "非法key" in str(caught.value)  # the service's own message
    assert TIANDITU_KEY not in str(caught.value)


def test_tianditu_without_key(configured, monkeypatch):
    monkeypatch.setattr(settings, "TIANDITU_KEY", "")
    with pytest.raises(GeocodeError, match="Tianditu needs CLUSTERMAP_TIANDITU_KEY"):
        provider("tianditu").geocode(QUERY)


# --- the cache and the online chain -----------------------------------------------------


def test_second_call_is_answered_by_the_cache(configured):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    first = geocode_online(QUERY, district="渝北区", providers=["amap"])
    again = geocode_online(f" {QUERY} ", district="渝北区", providers=["amap"])  # normalised
    assert len(configured.hits(AMAP_GEO_PATH)) == 1
    assert not first[0].from_cache and again[0].from_cache
    assert (again[0].lon, again[0].lat, again[0].precision) == (
        first[0].lon, first[0].lat, first[0].precision,
    )  # fmt: skip


def test_cache_survives_a_new_process(configured, tmp_path):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    (first,) = geocode_online(QUERY, providers=["amap"])
    env = {
        **os.environ,
        "CLUSTERMAP_CACHE_DIR": str(settings.CACHE_DIR),
        "CLUSTERMAP_AMAP_URL": settings.AMAP_URL,
        "CLUSTERMAP_AMAP_KEY": AMAP_KEY,
    }
    script = (
        "import json; from geo.online import geocode_online; "
        f"print(json.dumps([l.to_dict() for l in geocode_online({QUERY!r}, providers=['amap'])]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    (cached,) = json.loads(out.stdout)
    assert cached["from_cache"] and (cached["lon"], cached["lat"]) == (first.lon, first.lat)
    assert len(configured.hits(AMAP_GEO_PATH)) == 1


def test_errors_are_not_cached(configured):
    configured.reply(AMAP_GEO_PATH, Reply(amap_error("INVALID_USER_KEY", "10001")))
    with pytest.raises(GeocodeError, match="INVALID_USER_KEY"):
        geocode_online(QUERY, providers=["amap"])
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    assert len(geocode_online(QUERY, providers=["amap"])) == 1
    assert len(configured.hits(AMAP_GEO_PATH)) == 2


def test_empty_answers_are_cached(configured):
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_EMPTY_GEO))
    configured.reply(AMAP_POI_PATH, Reply(AMAP_EMPTY_POI))
    assert geocode_online("不存在的园区", providers=["amap"]) == []
    assert geocode_online("不存在的园区", providers=["amap"]) == []
    assert len(configured.seen) == 2  # one geocoder and one POI request, once


def test_a_corrupt_cache_is_reported_and_rebuilt(configured, caplog):
    settings.CACHE_DIR.mkdir(parents=True)
    (settings.CACHE_DIR / CACHE_FILE).write_bytes(b"not a database " * 100)
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    with caplog.at_level(logging.WARNING, logger="geo.cache"):
        assert len(geocode_online(QUERY, providers=["amap"])) == 1
    assert "is corrupt" in caplog.text
    assert list(settings.CACHE_DIR.glob(f"{CACHE_FILE}.corrupt-*"))
    assert GeocodeCache().get("amap", QUERY, city="重庆市") is not None


def test_a_failing_provider_is_skipped_and_reported(configured, caplog):
    configured.reply(TIANDITU_PATH, Reply(TIANDITU_BAD_KEY, 403))
    configured.reply(AMAP_GEO_PATH, Reply(AMAP_GEO_POI_LEVEL))
    with caplog.at_level(logging.WARNING, logger="geo.online"):
        (found,) = geocode_online(QUERY, providers=["tianditu", "amap"])
    assert found.provider == "amap" and "tianditu: HTTP 403" in caplog.text


def test_all_providers_failing_is_an_error_not_an_empty_answer(configured):
    configured.reply(TIANDITU_PATH, Reply(TIANDITU_BAD_KEY, 403))
    configured.reply(AMAP_GEO_PATH, Reply(amap_error("DAILY_QUERY_OVER_LIMIT", "10003")))
    with pytest.raises(GeocodeError, match=r"tianditu: HTTP 403.*; amap: daily quota"):
        geocode_online(QUERY, providers=["tianditu", "amap"])


def test_no_provider_configured_is_an_empty_answer(configured, monkeypatch):
    monkeypatch.setattr(settings, "GEOCODERS", ())
    assert geocode_online(QUERY) == []
