"""Nominatim (OpenStreetMap) through osmnx: free, WGS-84, patchy for Chinese parks.

Response format (``/search?format=jsonv2&addressdetails=1``), from Nominatim's own
formatter ``src/nominatim_api/v1/format_json.py`` (osm-search/Nominatim) and
https://nominatim.org/release-docs/latest/api/Output/: a JSON array of places, each with
``place_id`` (int), ``osm_type``, ``osm_id``, ``lat`` and ``lon`` (strings, 7 decimals),
``category`` (``class`` in ``format=json``, which osmnx's own functions ask for), ``type``,
``place_rank``, ``importance``, ``addresstype``, ``name``, ``display_name``, ``address``
(label → name, e.g. ``city_district``, ``county``, ``suburb``, ``city``, ``state``) and
``boundingbox`` ([south, north, west, east] as strings). Errors are
``{"error": {"code": 400, "message": "..."}}`` with that HTTP status; the public server
answers 403 with an HTML page when its usage policy blocks a client, and 429 when it is
asked too fast.

osmnx 2.x pauses 1 s before every Nominatim request (hard-coded in
``osmnx._nominatim._nominatim_request``; there is no ``requests_pause`` setting any more),
which is the usage policy's limit; ``settings.MIN_INTERVAL['nominatim']`` keeps threads
from overlapping on top of that.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import osmnx
import osmnx._nominatim
import requests
from osmnx._errors import InsufficientResponseError, ResponseStatusCodeError

from geo import settings
from geo.model import GeocodeError, Location
from geo.providers.base import (
    CANDIDATES,
    RETRY_STATUSES,
    Provider,
    RetryableAnswer,
    body_text,
    in_city,
    match_confidence,
    radius_from_bbox,
    snippet,
    transport_error,
)

TRUST = 0.8
"""Scale on the name-match confidence: OSM's coverage of Chinese parks and buildings is
thin, so a match is more often a namesake elsewhere than with the Chinese services."""

_BY_ADDRESSTYPE = {
    "building": "building", "house": "building", "amenity": "building", "office": "building",
    "shop": "building", "craft": "building", "tourism": "building", "healthcare": "building",
    "road": "block", "neighbourhood": "block", "quarter": "block", "city_block": "block",
    "residential": "block",
    "suburb": "area", "industrial": "area", "commercial": "area", "retail": "area",
    "landuse": "area", "village": "area", "hamlet": "area", "locality": "area",
    "isolated_dwelling": "area", "allotments": "area",
    "city_district": "county", "district": "county", "county": "county",
    "borough": "county", "municipality": "county", "town": "county",
    "city": "county", "state_district": "city", "state": "province",
    "province": "province", "region": "province", "country": "province",
}  # fmt: skip
"""Nominatim's ``addresstype`` (the label it gives the place) → precision. A township
(镇, 街道) is labelled ``town`` or ``city`` in China, and so is a county seat, so both count
as county: too coarse rather than too fine."""

_BY_CATEGORY = {
    "building": "building", "amenity": "building", "office": "building", "shop": "building",
    "craft": "building", "tourism": "building", "healthcare": "building",
    "highway": "block", "landuse": "area", "boundary": "county",
}  # fmt: skip
"""OSM main tag key (``category``/``class``) → precision, when the label is not known."""

_DISTRICT_LABELS = ("city_district", "district", "county", "borough", "city", "suburb")
"""Address labels that may hold the 区/县 a place lies in; Chinese districts are tagged
inconsistently in OSM, so the first of them whose name ends in 区 or 县 is taken."""

_CITY_LABELS = ("state", "province", "region", "city", "municipality", "state_district")
"""Address labels that may hold the city (重庆市 is a province-level municipality)."""

_OSMNX_LOCK = threading.Lock()


def search_text(query: str, city: str) -> str:
    """The ``q`` for ``query`` in ``city``: Nominatim splits a query into phrases at commas
    and does not segment Chinese into words, so the city goes in a phrase of its own
    (仙桃国际大数据谷, 重庆市), taken off the front of the query if it leads it."""
    if not city:
        return query
    for head in (city, city.rstrip("市")):
        if query.startswith(head):
            rest = query[len(head) :].lstrip(" ,，")
            return f"{rest}, {city}" if rest else city
    return f"{query}, {city}"


def precision_of(item: dict[str, Any]) -> str:
    """The precision of one Nominatim place, from its label, else its OSM key; an
    unknown kind counts as ``county``."""
    for table, value in (
        (_BY_ADDRESSTYPE, item.get("addresstype", "")),
        (_BY_CATEGORY, item.get("category") or item.get("class", "")),
        (_BY_ADDRESSTYPE, item.get("type", "")),
    ):
        if value in table:
            return table[value]
    return "county"


def district_of(address: dict[str, str]) -> str:
    """The 区 or 县 an address names, or ``""``."""
    for label in _DISTRICT_LABELS:
        value = address.get(label, "")
        if value.endswith(("区", "县")):
            return value
    return ""


def _check_status(response: requests.Response, *_: Any, **__: Any) -> None:
    """requests response hook, run inside osmnx's request: 429/5xx raise
    ``RetryableAnswer`` (osmnx would otherwise sleep 55 s and retry forever), other
    non-2xx raise ``GeocodeError`` with Nominatim's message (osmnx would report a missing
    list instead)."""
    if response.ok:
        return
    if response.status_code in RETRY_STATUSES:
        raise RetryableAnswer(f"HTTP {response.status_code}", response.raw)
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = snippet(body_text(response))
    hint = (
        " (the usage policy blocks this client: check CLUSTERMAP_USER_AGENT and the rate)"
        if response.status_code == 403
        else ""
    )
    raise GeocodeError(f"nominatim: HTTP {response.status_code}{hint}: {message}")


@contextmanager
def _osmnx_configured() -> Iterator[None]:
    """osmnx's global settings as this provider needs them, restored afterwards. Held
    under a lock: osmnx reads its settings as module globals."""
    wanted = {
        "nominatim_url": settings.NOMINATIM_URL,
        "http_user_agent": settings.USER_AGENT,
        "http_accept_language": "zh-CN,zh",  # Chinese names in answers, to compare
        "requests_timeout": settings.HTTP_TIMEOUT,
        "use_cache": False,  # answers are cached by geo.cache, with the other providers'
        "requests_kwargs": {"hooks": {"response": [_check_status]}},
    }
    with _OSMNX_LOCK:
        saved = {k: getattr(osmnx.settings, k) for k in wanted}
        for k, v in wanted.items():
            setattr(osmnx.settings, k, v)
        try:
            yield
        finally:
            for k, v in saved.items():
                setattr(osmnx.settings, k, v)


class Nominatim(Provider):
    """Nominatim ``/search``, through osmnx's request path."""

    name = "nominatim"
    source_crs = "WGS-84"

    def geocode(
        self, query: str, *, city: str = "重庆市", district: str | None = None
    ) -> list[Location]:
        params: OrderedDict[str, int | str] = OrderedDict(
            format="jsonv2",
            q=search_text(query, city),
            addressdetails=1,
            countrycodes="cn",
            limit=CANDIDATES,
        )
        url = settings.NOMINATIM_URL.rstrip("/") + "/search"
        items = self._retrying(lambda: self._search(params, url), url)
        found = []
        for item in items:
            address = item.get("address") or {}
            if in_city(city, (address.get(k, "") for k in _CITY_LABELS)) is False:
                continue
            found.append(self._parse(item, query, url))
        return self._best_first(found, district)

    def _search(self, params: OrderedDict[str, int | str], url: str) -> list[dict[str, Any]]:
        """One request. osmnx's public functions do not suffice: ``osmnx.geocode`` keeps
        only the first point and ``osmnx.geocode_to_gdf`` one chosen place, without the
        address details needed to check the city and district; so this calls osmnx's own
        request function ``_nominatim_request`` (URL, 1 s pause, User-Agent, timeout, JSON
        parsing), which those functions use too."""
        self._wait_turn()
        with _osmnx_configured():
            try:
                return osmnx._nominatim._nominatim_request(params=params, request_type="search")
            except requests.RequestException as exc:
                raise transport_error(self.name, url, exc) from None
            except (InsufficientResponseError, ResponseStatusCodeError) as exc:
                raise GeocodeError(f"nominatim: unusable answer from {url}: {exc}") from None

    def _parse(self, item: dict[str, Any], query: str, url: str) -> Location:
        matched = item.get("name") or item.get("display_name", "").split(",")[0]
        south, north, west, east = (float(v) for v in item["boundingbox"])
        return self._location(
            float(item["lon"]),
            float(item["lat"]),
            query=query,
            matched_name=matched,
            precision=precision_of(item),
            confidence=TRUST * match_confidence(query, matched),
            district=district_of(item.get("address") or {}),
            radius_m=radius_from_bbox(south, north, west, east),
            source=url,
            note=item.get("display_name", ""),
        )
