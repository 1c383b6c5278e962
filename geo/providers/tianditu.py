"""Tianditu (天地图), the state map service: answers in CGCS2000.

Geocoder ``geocoder?ds={"keyWord":"..."}&tk=KEY`` (``settings.TIANDITU_URL``) answers one
point: ``{"msg": "ok", "location": {"score": 100, "level": "门址", "lon": 116.29,
"lat": 39.89, "keyWord": "北京市海淀区莲花池西路28号"}, "searchVersion": "6.4.9.45",
"status": "0"}``. ``status`` is a string: 0 found, 101 no result, 404 error; ``score`` is
the match score 0–100 and ``lon``/``lat`` may come as numbers or strings. (Tianditu's
reference, reached from http://lbs.tianditu.gov.cn/server/guide.html, as modelled by
DennisGuo/tianditu-web-sdk ``GeoCoderLocationResult``/``Location`` and used by clients
such as liuxspro/qgis-plugin-tianditu.) No district or city comes back, so answers cannot
be checked by name: the city leads the keyword instead, and ``geo.online`` can check the
point against a polygon.

How a refused key is answered is not documented, so both plausible forms are reported as
a refused key with the body's message: HTTP 401/403, and a JSON body with no ``status``
(such as ``code``/``msg``).
"""

from __future__ import annotations

import json
from typing import Any

from geo import settings
from geo.model import GeocodeError, Location
from geo.providers.base import HttpProvider

LEVEL_PRECISION = {
    "门址": "building", "门牌号": "building", "兴趣点": "building", "POI": "building",
    "道路": "block", "交叉路口": "block",
    "村庄": "area", "开发区": "area",
    "乡镇": "town", "区县": "county", "市": "city", "省": "province",
}  # fmt: skip
"""Match level → precision. Tianditu does not publish its level list; ``门址`` is the one
its reference shows. Any other level counts as ``county`` and says so in the note."""


def with_city(query: str, city: str) -> str:
    """``query`` led by ``city`` unless it already names it: the geocoder takes one
    structured address (省市区…), and the answer cannot be checked by city afterwards."""
    return query if not city or city.rstrip("市") in query else city + query


class Tianditu(HttpProvider):
    """Tianditu's geocoder: one candidate per query."""

    name = "tianditu"
    source_crs = "CGCS2000"
    secret_params = ("tk",)
    refused_hint = "check CLUSTERMAP_TIANDITU_KEY (a 服务端 key) and its daily quota"

    def geocode(
        self, query: str, *, city: str = "重庆市", district: str | None = None
    ) -> list[Location]:
        key = settings.TIANDITU_KEY
        if not key:
            raise GeocodeError("Tianditu needs CLUSTERMAP_TIANDITU_KEY (a 服务端 key)")
        url = settings.TIANDITU_URL
        ds = json.dumps({"keyWord": with_city(query, city)}, ensure_ascii=False)
        body, _ = self._get_json(url, {"ds": ds, "tk": key})
        location = self._check(body, url)
        if location is None:
            return []
        return [self._parse(location, query, url)]

    def _check(self, body: Any, url: str) -> dict[str, Any] | None:
        """The ``location`` of a successful answer, None for "no result", else the
        service's message as ``GeocodeError``."""
        if not isinstance(body, dict):
            raise GeocodeError(f"tianditu: unexpected answer from {url}: {str(body)[:200]}")
        status = str(body.get("status", ""))
        if status == "0" and isinstance(body.get("location"), dict):
            return body["location"]
        if status == "101":
            return None
        message = body.get("msg") or body.get("message") or json.dumps(body, ensure_ascii=False)
        if not status:
            raise GeocodeError(f"tianditu: request refused ({message}): {self.refused_hint}")
        raise GeocodeError(f"tianditu: geocoder error (status {status}): {message}")

    def _parse(self, location: dict[str, Any], query: str, url: str) -> Location:
        level = str(location.get("level", ""))
        known = level in LEVEL_PRECISION
        return self._location(
            float(location["lon"]),
            float(location["lat"]),
            query=query,
            matched_name=str(location.get("keyWord", "")),
            precision=LEVEL_PRECISION.get(level, "county"),
            confidence=float(location.get("score", 0)) / 100,
            source=url,
            note=f"level {level}" if known else f"unknown level {level!r}",
        )
