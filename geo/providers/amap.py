"""Amap (高德) Web服务: the best Chinese coverage; answers in GCJ-02.

Two endpoints, both JSON over HTTP 200 whatever the outcome:

* geocoding ``v3/geocode/geo?key=&address=&city=`` (``settings.AMAP_URL``):
  ``{"status": "1", "info": "OK", "infocode": "10000", "count": "1", "geocodes": [
  {"formatted_address", "country", "province", "citycode", "city", "district",
  "township", "neighborhood", "building", "adcode", "street", "number",
  "location": "lon,lat", "level": "门牌号"}]}``; values are strings (``neighborhood`` and
  ``building`` are ``{"name", "type"}`` objects), and an empty one is sent as ``[]``.
  ``level`` is the match level: 国家, 省, 市, 区县, 开发区, 乡镇, 村庄, 热点商圈, 兴趣点,
  门牌号, 单元号, 道路, 道路交叉路口, 公交站台、地铁站, 未知.
  (Amap's reference, https://lbs.amap.com/api/webservice/guide/api/georegeo, as quoted by
  apifox.com/apidoc/project-759159/api-14546468 and the AmapJava README, Ride-Group/AmapJava.)
* POI search ``v3/place/text?key=&keywords=&city=&citylimit=true`` (derived from
  ``settings.AMAP_URL``): ``{"status", "info", "infocode", "count", "suggestion",
  "pois": [{"id", "parent", "name", "type": "商务住宅;产业园区;产业园区", "typecode",
  "address", "location": "lon,lat", "pname", "cityname", "adname", ...}]}``
  (https://lbs.amap.com/api/webservice/guide/api/search). Building and park names are
  POIs, which the address geocoder resolves only when it knows them, so POI search is
  asked when the geocoder's best answer is coarser than a building.

Failures come as ``{"status": "0", "info": "INVALID_USER_KEY", "infocode": "10001"}``,
codes from Amap's status table (https://lbs.amap.com/api/webservice/guide/tools/info,
English mirror mapsplatform.opnavi.com/api/web-service/tools/info).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from geo import settings
from geo.model import GeocodeError, Location
from geo.providers.base import (
    CANDIDATES,
    HttpProvider,
    RetryableAnswer,
    in_city,
    match_confidence,
)

LEVEL_PRECISION = {
    "门牌号": "building", "单元号": "building", "兴趣点": "building",
    "道路": "block", "道路交叉路口": "block", "公交站台、地铁站": "block",
    "村庄": "area", "热点商圈": "area", "开发区": "area",
    "乡镇": "town", "区县": "county", "市": "city", "省": "province",
    "国家": "province",
}  # fmt: skip
"""Geocoder match level → precision; 未知 and anything else count as ``county``."""

KEY_CODES = {
    "10001", "10002", "10005", "10006", "10007", "10008", "10009", "10012", "10013",
}  # fmt: skip
"""Key refused: invalid or expired, service not enabled for it, IP/domain not whitelisted,
bad signature or security code, wrong platform, no permission, deleted."""

QUOTA_CODES = {"10003", "10029", "10044", "10045"}
"""Daily quota used up (per key, abroad, per account); restored at 0:00 Beijing time."""

PART_CONFIDENCE = 0.5
"""Most confidence in a POI that is part of another (``parent`` set): the car park or the
gate of the place asked for, named after it but not it."""

RETRY_CODES = {"10014", "10015", "10016", "10019", "10020", "10021"}
"""Transient: queries per second over the limit (overall, per key, per account), gateway
timeout, server busy. Asked again with backoff."""


def _text(value: Any) -> str:
    """An Amap field as a string: empty values come as ``[]``."""
    return value if isinstance(value, str) else ""


def _lonlat(value: Any) -> tuple[float, float] | None:
    """``"lon,lat"`` as floats, or None when the field is empty."""
    text = _text(value)
    if "," not in text:
        return None
    lon, lat = text.split(",", 1)
    return float(lon), float(lat)


def poi_precision(poi_type: str) -> str:
    """The precision of a POI from its type path (大类;中类;小类): a park or a residential
    compound is an area, a place name its level, anything else a building."""
    if "产业园区" in poi_type or "住宅区" in poi_type or "村庄级地名" in poi_type:
        return "area"
    if "交通地名" in poi_type:
        return "block"
    if "地名地址信息" in poi_type and "门牌信息" not in poi_type:
        coarse = {"乡镇级": "town", "区县级": "county", "市级": "city", "省级": "province"}
        return next((p for level, p in coarse.items() if level in poi_type), "area")
    return "building"


class Amap(HttpProvider):
    """Amap geocoding, refined by POI search for names the geocoder does not know."""

    name = "amap"
    source_crs = "GCJ-02"
    secret_params = ("key",)
    refused_hint = "check CLUSTERMAP_AMAP_KEY"

    def geocode(
        self, query: str, *, city: str = "重庆市", district: str | None = None
    ) -> list[Location]:
        key = settings.AMAP_KEY
        if not key:
            raise GeocodeError("Amap needs CLUSTERMAP_AMAP_KEY (a Web服务 key)")
        found = self._geo(query, city, key)
        if not found or found[0].precision != "building":
            # POIs first, so that among equally sure answers the named place wins
            found = sorted(self._pois(query, city, key) + found, key=lambda c: -c.confidence)
        return self._best_first(found, district)

    def _ask(self, url: str, params: dict[str, str]) -> dict[str, Any]:
        """The body of a successful answer; Amap's error codes as ``GeocodeError``, its
        rate-limit codes asked again."""

        def attempt() -> dict[str, Any]:
            body, response = self._get_json(url, params)
            if not isinstance(body, dict) or "status" not in body:
                raise GeocodeError(f"amap: unexpected answer from {url}: {str(body)[:200]}")
            if body["status"] == "1":
                return body
            info, code = body.get("info", "?"), str(body.get("infocode", "?"))
            if code in RETRY_CODES:
                raise RetryableAnswer(f"rate limited ({info}, infocode {code})", response.raw)
            if code in KEY_CODES:
                raise GeocodeError(
                    f"amap: key refused ({info}, infocode {code}): check CLUSTERMAP_AMAP_KEY, "
                    "its service type (Web服务) and IP whitelist"
                )
            if code in QUOTA_CODES:
                raise GeocodeError(
                    f"amap: daily quota used up ({info}, infocode {code}); it resets at "
                    "0:00 Beijing time"
                )
            if code == "10004":
                raise GeocodeError(
                    f"amap: per-minute limit hit ({info}, infocode {code}); wait a minute"
                )
            raise GeocodeError(f"amap: request failed ({info}, infocode {code})")

        return self._retrying(attempt, url)

    def _geo(self, query: str, city: str, key: str) -> list[Location]:
        url = settings.AMAP_URL
        body = self._ask(url, {"key": key, "address": query, "city": city, "output": "JSON"})
        found = []
        for item in body.get("geocodes") or []:
            point = _lonlat(item.get("location"))
            admin = (_text(item.get("province")), _text(item.get("city")))
            if point is None or in_city(city, admin) is False:
                continue
            level = _text(item.get("level"))
            matched = _text(item.get("formatted_address"))
            known = level in LEVEL_PRECISION
            found.append(
                self._location(
                    *point,
                    query=query,
                    matched_name=matched,
                    precision=LEVEL_PRECISION.get(level, "county"),
                    confidence=match_confidence(query, matched) if known else 0.3,
                    district=_text(item.get("district")),
                    source=url,
                    note=f"level {level}" if known else f"unknown level {level!r}",
                )
            )
        return found

    def _pois(self, query: str, city: str, key: str) -> list[Location]:
        url = urljoin(settings.AMAP_URL, "../place/text")
        params = {
            "key": key, "keywords": query, "city": city, "citylimit": "true",
            "offset": str(CANDIDATES), "page": "1", "extensions": "base", "output": "JSON",
        }  # fmt: skip
        body = self._ask(url, params)
        found = []
        for poi in (body.get("pois") or [])[:CANDIDATES]:
            point = _lonlat(poi.get("location"))
            admin = (_text(poi.get("pname")), _text(poi.get("cityname")))
            if point is None or in_city(city, admin) is False:
                continue
            name, poi_type = _text(poi.get("name")), _text(poi.get("type"))
            confidence, note = match_confidence(query, name), f"POI {poi_type}"
            if parent := _text(poi.get("parent")):
                confidence, note = min(confidence, PART_CONFIDENCE), f"{note}, part of {parent}"
            found.append(
                self._location(
                    *point,
                    query=query,
                    matched_name=name,
                    precision=poi_precision(poi_type),
                    confidence=confidence,
                    district=_text(poi.get("adname")),
                    source=url,
                    note=note,
                )
            )
        return found
