"""The interface every online geocoder implements, and the HTTP plumbing they share.

A provider turns a place name into candidate ``Location``s, best first, already in WGS-84:
each provider declares the CRS its service answers in (``source_crs``) and the conversion
happens here, at the boundary, through ``geo.crs.to_wgs84``.

Shared behaviour, so every provider fails and waits the same way:

* ``settings.USER_AGENT`` and ``settings.HTTP_TIMEOUT`` on every request; one
  ``requests.Session`` per ``HttpProvider`` object (Nominatim's requests are made by osmnx);
* retries on the answers ``RETRY_STATUSES`` (429 and 5xx), ``settings.HTTP_RETRIES`` times,
  with urllib3's ``Retry``: exponential backoff (``BACKOFF_FACTOR``), the server's
  ``Retry-After`` honoured up to ``RETRY_AFTER_MAX``. Transport failures (refused
  connection, DNS, timeout) are not retried, so a dead service fails fast instead of
  stalling a batch;
* at least ``settings.MIN_INTERVAL[name]`` seconds between the starts of two requests to one
  service, across all threads of the process;
* every failure becomes a ``GeocodeError`` naming the provider and the cause (bad key,
  quota, timeout, refused connection, HTTP status, non-JSON answer), with keys redacted.
  An error is never reported as an empty answer.
"""

from __future__ import annotations

import math
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, TypeVar

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, NameResolutionError, NewConnectionError
from urllib3.response import BaseHTTPResponse
from urllib3.util import Retry

from geo import names, settings
from geo.crs import to_wgs84
from geo.model import GeocodeError, Location

T = TypeVar("T")

RETRY_STATUSES = (429, 500, 502, 503, 504)
"""HTTP answers worth asking again: rate limited, or the server failed."""

BACKOFF_FACTOR = 1.0
"""urllib3 backoff factor: the first retry is immediate, the n-th consecutive one waits
``BACKOFF_FACTOR * 2**(n-1)`` seconds (2 s, then 4 s), capped at 120 s; a ``Retry-After``
header wins."""

RETRY_AFTER_MAX = 60
"""Longest wait, in seconds, a ``Retry-After`` header can impose before a retry."""

CANDIDATES = 5
"""Most candidates asked of a provider per query."""


class RetryableAnswer(Exception):
    """An answer that says "ask again later" (HTTP 429/5xx, or a provider's own rate-limit
    code in an HTTP 200 body). Raised inside an attempt given to ``Provider._retrying``."""

    def __init__(self, reason: str, raw: BaseHTTPResponse | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.raw = raw
        """The urllib3 response, for its ``Retry-After`` header."""


class Throttle:
    """Spaces the starts of requests to one service at least ``interval`` seconds apart,
    across threads: each caller reserves the next free slot under a lock, then sleeps
    until that slot outside the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, interval: float) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start > now:
            time.sleep(start - now)


_THROTTLES: dict[str, Throttle] = {}
_THROTTLES_LOCK = threading.Lock()


def throttle_for(name: str) -> Throttle:
    """The one throttle of service ``name`` in this process: the limit belongs to the
    service, not to a provider object."""
    with _THROTTLES_LOCK:
        return _THROTTLES.setdefault(name, Throttle())


def retry_policy() -> Retry:
    """The retry rules of every provider, from the current settings."""
    return Retry(
        total=settings.HTTP_RETRIES,
        connect=0,
        read=0,
        other=0,
        backoff_factor=BACKOFF_FACTOR,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        retry_after_max=RETRY_AFTER_MAX,
        raise_on_status=False,
    )


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every non-empty secret replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def snippet(text: str, limit: int = 200) -> str:
    """The start of a response body, on one line, for an error message."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit] + "…"


def body_text(response: requests.Response) -> str:
    """The body as text: in the declared charset, else UTF-8 (what Chinese services send;
    requests would assume ISO-8859-1 for an undeclared text type)."""
    if "charset" in response.headers.get("Content-Type", "").lower():
        return response.text
    return response.content.decode("utf-8", errors="replace")


def transport_error(provider: str, url: str, exc: requests.RequestException) -> GeocodeError:
    """A ``GeocodeError`` saying why no answer came back from ``url``."""
    reason = exc.args[0].reason if exc.args and isinstance(exc.args[0], MaxRetryError) else exc
    if isinstance(exc, requests.Timeout) or "timed out" in str(reason).lower():
        cause = f"no answer within {settings.HTTP_TIMEOUT:g} s (timeout)"
    elif isinstance(reason, NameResolutionError):
        cause = "host name not found (DNS failure or no network)"
    elif isinstance(reason, NewConnectionError) or isinstance(exc, requests.ConnectionError):
        cause = "cannot connect (connection refused or no network)"
    else:
        cause = f"request failed: {type(exc).__name__}"
    return GeocodeError(f"{provider}: {cause} at {url}")


def admin_match(a: str, b: str) -> bool:
    """Whether two administrative names are one area, written with or without their
    suffix: 重庆 = 重庆市, 渝北 = 渝北区, 石柱县 = 石柱土家族自治县."""

    def core(name: str) -> str:
        name = "".join(name.split())
        for suffix in ("自治县", "市", "区", "县", "省"):
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                return name[: -len(suffix)]
        return name

    ca, cb = core(a), core(b)
    if not ca or not cb:
        return False
    short, long = sorted((ca, cb), key=len)
    return len(short) >= 2 and long.startswith(short)


def in_city(city: str, admin_names: Iterable[str]) -> bool | None:
    """Whether an answer whose administrative names are ``admin_names`` lies in ``city``:
    True or False, or None when the answer names no area to judge by."""
    given = [n for n in admin_names if n]
    if not given:
        return None
    return any(admin_match(city, n) for n in given)


def match_confidence(query: str, matched: str) -> float:
    """How well the name a provider matched fits the query, 0–1: ``geo.names.score`` for
    spellings of one name, 0.7 when one contains the other (an address around the name,
    or the name without its qualifier), 0.4 otherwise (the provider matched something
    else, or matched loosely)."""
    score = names.score(query, matched)
    if score:
        return score
    q, m = names.normalize(query), names.normalize(matched)
    return 0.7 if q and m and (q in m or m in q) else 0.4


def radius_from_bbox(south: float, north: float, west: float, east: float) -> float:
    """Half the diagonal of a WGS-84 bounding box, in metres (equirectangular, which is
    within a fraction of a percent at the size of a park or a district)."""
    mid = math.radians((south + north) / 2)
    dy = (north - south) * 111_320.0
    dx = (east - west) * 111_320.0 * math.cos(mid)
    return round(math.hypot(dx, dy) / 2, 1)


class Provider(ABC):
    """An online geocoder. Subclasses set ``name`` and ``source_crs`` and implement
    ``geocode``."""

    name: ClassVar[str]
    """The name used in ``settings.GEOCODERS`` and ``Location.provider``."""
    source_crs: ClassVar[str]
    """The CRS the service answers in (one of ``geo.model.SOURCE_CRS``)."""

    def __init__(self) -> None:
        self._throttle = throttle_for(self.name)

    @abstractmethod
    def geocode(
        self, query: str, *, city: str = "重庆市", district: str | None = None
    ) -> list[Location]:
        """Candidate locations of ``query`` in ``city``, best first, in WGS-84.

        Answers that name another city are dropped; answers in ``district`` rank before
        answers that do not say, which rank before answers in another district. An empty
        list means the service answered and found nothing; a failure raises
        ``GeocodeError``.
        """

    def _wait_turn(self) -> None:
        """Block until this service may be asked again (``settings.MIN_INTERVAL``)."""
        self._throttle.wait(settings.MIN_INTERVAL.get(self.name, 0.0))

    def _retrying(self, attempt: Callable[[], T], what: str) -> T:
        """``attempt()``, asked again while it raises ``RetryableAnswer``, with the same
        rules, backoff and ``Retry-After`` handling as the sessions' urllib3 retries. For
        answers those cannot see: a rate-limit code in an HTTP 200 body, or requests made
        by another library (osmnx)."""
        retry = retry_policy()
        while True:
            try:
                return attempt()
            except RetryableAnswer as answer:
                try:
                    retry = retry.increment(method="GET", url=what, response=answer.raw)
                except MaxRetryError:
                    raise GeocodeError(
                        f"{self.name}: {answer.reason}, still after {settings.HTTP_RETRIES} "
                        f"retries at {what}"
                    ) from None
                retry.sleep(answer.raw)

    def _location(
        self,
        lon: float,
        lat: float,
        *,
        query: str,
        matched_name: str,
        precision: str,
        confidence: float,
        district: str = "",
        radius_m: float | None = None,
        source: str = "",
        note: str = "",
    ) -> Location:
        """A ``Location`` from a point in ``source_crs``, converted to WGS-84."""
        wlon, wlat = to_wgs84(lon, lat, self.source_crs)
        return Location(
            lon=round(float(wlon), 7),
            lat=round(float(wlat), 7),
            precision=precision,
            provider=self.name,
            source_crs=self.source_crs,
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            query=query,
            matched_name=matched_name,
            district=district,
            radius_m=radius_m,
            source=source,
            note=note,
        )

    @staticmethod
    def _best_first(candidates: list[Location], district: str | None) -> list[Location]:
        """``candidates`` in the provider's order, those in ``district`` first and those
        in another district last."""
        if not district:
            return candidates

        def rank(loc: Location) -> int:
            if not loc.district:
                return 1
            return 0 if admin_match(district, loc.district) else 2

        return sorted(candidates, key=rank)


class HttpProvider(Provider):
    """A provider that asks a JSON web service through its own ``requests.Session``."""

    secret_params: ClassVar[tuple[str, ...]]
    """Query parameters holding keys, redacted from every message."""
    refused_hint: ClassVar[str]
    """What to check when the service refuses the request (HTTP 401/403)."""

    def __init__(self) -> None:
        super().__init__()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.USER_AGENT
        adapter = HTTPAdapter(max_retries=retry_policy())
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def _get_json(self, url: str, params: dict[str, str]) -> tuple[Any, requests.Response]:
        """The decoded JSON answer of ``url`` and the response it came in.

        Waits its turn, retries 429/5xx (see the module docstring) and raises
        ``GeocodeError`` for a transport failure, a final HTTP error or a non-JSON body.
        """
        secrets = [params[p] for p in self.secret_params if params.get(p)]
        self._wait_turn()
        try:
            response = self.session.get(url, params=params, timeout=settings.HTTP_TIMEOUT)
        except requests.RequestException as exc:
            raise transport_error(self.name, url, exc) from None
        body = redact(body_text(response), secrets)
        if response.status_code in RETRY_STATUSES:
            raise GeocodeError(
                f"{self.name}: HTTP {response.status_code} from {url}, still after "
                f"{settings.HTTP_RETRIES} retries: {snippet(body)}"
            )
        if response.status_code in (401, 403):
            raise GeocodeError(
                f"{self.name}: HTTP {response.status_code}, request refused at {url} "
                f"({self.refused_hint}): {snippet(body)}"
            )
        if not response.ok:
            raise GeocodeError(
                f"{self.name}: HTTP {response.status_code} from {url}: {snippet(body)}"
            )
        try:
            return response.json(), response
        except ValueError:
            kind = response.headers.get("Content-Type", "no content type")
            raise GeocodeError(
                f"{self.name}: answer from {url} is not JSON ({kind}): {snippet(body)}"
            ) from None
