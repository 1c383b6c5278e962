"""A real HTTP server on 127.0.0.1 that answers like the online geocoders, for tests.

It serves canned replies per path (a scripted sequence, then a default), can delay a reply
to provoke a timeout, and records every request it gets with its query parameters,
headers and arrival time. The canned bodies below copy each service's real format; the
sources are cited in ``geo/providers/{nominatim,amap,tianditu}.py``.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Reply:
    """One canned HTTP answer. A dict or list body is sent as JSON."""

    body: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering."""
    content_type: str = ""
    """Defaults to JSON for dict/list bodies, else text/plain."""

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, dict | list):
            data = json.dumps(self.body, ensure_ascii=False).encode()
            return data, self.content_type or "application/json; charset=utf-8"
        text = self.body if isinstance(self.body, bytes) else str(self.body or "").encode()
        return text, self.content_type or "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Seen:
    """One request the stub received."""

    path: str
    params: dict[str, str]
    headers: dict[str, str]
    at: float
    """``time.monotonic()`` on arrival."""


class StubGeocoders:
    """The server; use as a context manager. ``reply`` scripts a path, ``hits`` tells
    what it was asked."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, deque[Reply]] = {}
        self._default: dict[str, Reply] = {}
        self.seen: list[Seen] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                reply = stub._record(
                    Seen(
                        parts.path,
                        dict(parse_qsl(parts.query, keep_blank_values=True)),
                        dict(self.headers.items()),
                        time.monotonic(),
                    )
                )
                time.sleep(reply.delay)
                data, content_type = reply.encoded()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up
                    pass

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> StubGeocoders:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def reply(self, path: str, *replies: Reply, default: Reply | None = None) -> None:
        """Answer the next requests to ``path`` with ``replies`` in turn, then with
        ``default`` (404 when none was given)."""
        with self._lock:
            self._queued.setdefault(path, deque()).extend(replies)
            if default is not None:
                self._default[path] = default

    def hits(self, path: str) -> list[Seen]:
        """The requests ``path`` received, in order."""
        with self._lock:
            return [s for s in self.seen if s.path == path]

    def _record(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            queued = self._queued.get(seen.path)
            if queued:
                return queued.popleft()
            return self._default.get(seen.path, Reply({"error": "no reply scripted"}, 404))


# --- real response formats ---------------------------------------------------------------

NOMINATIM_PATH = "/nominatim/search"
AMAP_GEO_PATH = "/v3/geocode/geo"
AMAP_POI_PATH = "/v3/place/text"
TIANDITU_PATH = "/tianditu/geocoder"

LICENCE = "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"


def nominatim_place(
    name: str, lon: float, lat: float, category: str, type_: str, addresstype: str,
    address: dict[str, str], place_rank: int = 30, half: float = 0.001,
) -> dict[str, Any]:  # fmt: skip
    """One place of ``/search?format=jsonv2&addressdetails=1``, field for field as
    Nominatim's ``format_base_json`` writes it (lat/lon and bbox as 7-decimal strings)."""
    return {
        "place_id": 123456789,
        "licence": LICENCE,
        "osm_type": "way",
        "osm_id": 987654321,
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "category": category,
        "type": type_,
        "place_rank": place_rank,
        "importance": 0.10667666666666664,
        "addresstype": addresstype,
        "name": name,
        "display_name": ", ".join([name, *address.values()]),
        "address": address,
        "boundingbox": [
            f"{lat - half:.7f}",
            f"{lat + half:.7f}",
            f"{lon - half:.7f}",
            f"{lon + half:.7f}",
        ],
    }


CHONGQING_ADDRESS = {
    "road": "金山大道", "city_district": "渝北区", "state": "重庆市",
    "ISO3166-2-lvl4": "CN-CQ", "postcode": "401120", "country": "中国", "country_code": "cn",
}  # fmt: skip

NOMINATIM_CHONGQING = [
    nominatim_place("仙桃国际大数据谷", 106.5412, 29.7405, "building", "commercial", "building", CHONGQING_ADDRESS),
    nominatim_place("仙桃数据谷", 106.5389, 29.7431, "landuse", "industrial", "industrial", CHONGQING_ADDRESS, 22, 0.01),
]  # fmt: skip
"""Two answers in 渝北区: a building and the industrial land use around it."""

NOMINATIM_BEIJING = [
    nominatim_place(
        "仙桃国际大数据谷", 116.4835, 39.9902, "building", "yes", "building",
        {"road": "阜通东大街", "city_district": "朝阳区", "city": "北京市", "ISO3166-2-lvl4": "CN-BJ",
         "country": "中国", "country_code": "cn"},
    )
]  # fmt: skip
"""A namesake in 北京: the address names another city."""

NOMINATIM_CHENGDU = [
    nominatim_place(
        "仙桃国际大数据谷", 104.0432, 30.6415, "office", "company", "office",
        {"road": "天府大道", "suburb": "武侯区", "country": "中国", "country_code": "cn"},
    )
]  # fmt: skip
"""A namesake in 成都 whose address names no city, only a district."""

NOMINATIM_ERROR = {
    "error": {"code": 400, "message": "Parameter 'format' must be one of: xml, json"}
}
NOMINATIM_BLOCKED = "<html><body><h1>Access blocked</h1><p>You have been blocked because you have violated the usage policy of OSM's Nominatim geocoding service.</p></body></html>"

AMAP_GCJ = (106.545987, 29.737362)
"""Where Amap puts 仙桃国际大数据谷, GCJ-02."""

AMAP_GEO_POI_LEVEL = {
    "status": "1", "info": "OK", "infocode": "10000", "count": "1",
    "geocodes": [{
        "formatted_address": "重庆市渝北区仙桃国际大数据谷", "country": "中国", "province": "重庆市",
        "citycode": "023", "city": "重庆市", "district": "渝北区", "township": [],
        "neighborhood": {"name": [], "type": []}, "building": {"name": [], "type": []},
        "adcode": "500112", "street": [], "number": [],
        "location": f"{AMAP_GCJ[0]},{AMAP_GCJ[1]}", "level": "兴趣点",
    }],
}  # fmt: skip
"""``v3/geocode/geo`` answering with a POI-level match; empty fields are ``[]``."""

AMAP_GEO_DISTRICT_LEVEL = {
    "status": "1", "info": "OK", "infocode": "10000", "count": "1",
    "geocodes": [{
        "formatted_address": "重庆市渝北区", "country": "中国", "province": "重庆市",
        "citycode": "023", "city": "重庆市", "district": "渝北区", "township": [],
        "neighborhood": {"name": [], "type": []}, "building": {"name": [], "type": []},
        "adcode": "500112", "street": [], "number": [],
        "location": "106.631187,29.718143", "level": "区县",
    }],
}  # fmt: skip
"""The geocoder not knowing the name: it falls back to the district."""

AMAP_GEO_BEIJING = {
    "status": "1", "info": "OK", "infocode": "10000", "count": "1",
    "geocodes": [{
        "formatted_address": "北京市朝阳区阜通东大街6号", "country": "中国", "province": "北京市",
        "citycode": "010", "city": "北京市", "district": "朝阳区", "township": [],
        "neighborhood": {"name": [], "type": []}, "building": {"name": [], "type": []},
        "adcode": "110105", "street": "阜通东大街", "number": "6号",
        "location": "116.483038,39.990633", "level": "门牌号",
    }],
}  # fmt: skip

AMAP_POI = {
    "suggestion": {"keywords": [], "cities": []}, "count": "2", "infocode": "10000",
    "status": "1", "info": "OK",
    "pois": [
        {"parent": [], "address": "金山大道", "distance": [], "pname": "重庆市",
         "importance": [], "biz_ext": {"cost": [], "rating": []}, "biz_type": [],
         "cityname": "重庆市", "type": "商务住宅;产业园区;产业园区", "photos": [],
         "typecode": "120100", "shopinfo": "0", "poiweight": [], "childtype": [],
         "adname": "渝北区", "name": "仙桃国际大数据谷", "location": f"{AMAP_GCJ[0]},{AMAP_GCJ[1]}",
         "tel": [], "shopid": [], "id": "B0FFG4M7ZV"},
        {"parent": "B0FFG4M7ZV", "address": "金山大道", "distance": [], "pname": "重庆市",
         "importance": [], "biz_ext": {"cost": [], "rating": []}, "biz_type": [],
         "cityname": "重庆市", "type": "交通设施服务;停车场;停车场相关", "photos": [],
         "typecode": "150904", "shopinfo": "0", "poiweight": [], "childtype": "320",
         "adname": "渝北区", "name": "仙桃国际大数据谷(停车场)", "location": "106.544120,29.736021",
         "tel": [], "shopid": [], "id": "B0FFH1ABCD"},
    ],
}  # fmt: skip
"""``v3/place/text``: the park itself and its car park."""

AMAP_EMPTY_GEO = {"status": "1", "info": "OK", "infocode": "10000", "count": "0", "geocodes": []}
AMAP_EMPTY_POI = {
    "suggestion": {"keywords": [], "cities": []}, "count": "0", "infocode": "10000",
    "status": "1", "info": "OK", "pois": [],
}  # fmt: skip


def amap_error(info: str, infocode: str) -> dict[str, str]:
    """Amap's failure body (sent with HTTP 200)."""
    return {"status": "0", "info": info, "infocode": infocode}


TIANDITU_OK = {
    "msg": "ok",
    "location": {"score": 85, "level": "门址", "lon": 106.5412, "lat": 29.7405,
                 "keyWord": "重庆市仙桃国际大数据谷"},
    "searchVersion": "6.4.9.45",
    "status": "0",
}  # fmt: skip
TIANDITU_NO_RESULT = {"msg": "无结果", "searchVersion": "6.4.9.45", "status": "101"}
"""``status`` 101 is documented as "no result"; the wording of ``msg`` is assumed."""
TIANDITU_BAD_KEY = {"code": 1, "msg": "非法key", "resolve": "请到API控制台获取合法key"}
"""Assumed, not documented: a refused ``tk`` as JSON with ``code``/``msg`` and no ``status``,
sent with HTTP 403. The provider reports any 401/403, and any body without ``status``, as a
refused key, so the exact wording does not matter."""
