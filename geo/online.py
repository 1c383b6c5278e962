"""Online geocoding: the disk cache first, then each provider in order.

The first provider with an acceptable answer wins. An answer is acceptable when it lies
where the caller expects it: inside ``within`` (a polygon test the caller supplies) when
given, else in ``district`` by the provider's own district name when both are known.
Providers already drop answers that name another city; the polygon test also catches the
ones that name none, such as a Nominatim namesake in 北京 or 成都.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

from geo.cache import GeocodeCache
from geo.model import GeocodeError, Location
from geo.providers import enabled_providers, provider
from geo.providers.base import admin_match

log = logging.getLogger(__name__)

Within = Callable[[float, float], bool]
"""A test that a WGS-84 point (lon, lat) lies in the expected area."""


def expected(loc: Location, district: str | None, within: Within | None) -> bool:
    """Whether ``loc`` lies where the caller expects: inside ``within`` when given (the
    polygon decides, so a functional area such as 两江新区 is judged by its shape, not by
    the district name a provider gives), else not in another district than
    ``district``."""
    if within is not None:
        return within(loc.lon, loc.lat)
    return not (district and loc.district and not admin_match(district, loc.district))


def geocode_online(
    query: str,
    *,
    city: str = "重庆市",
    district: str | None = None,
    providers: Sequence[str] | None = None,
    within: Within | None = None,
) -> list[Location]:
    """Candidate locations of ``query``, best first, from the first provider that has an
    acceptable one (see ``expected``).

    ``providers`` are names in the order to ask (default ``settings.GEOCODERS``); answers
    come from the cache when it has them, and new answers, empty ones included, are
    cached before they are checked. A provider that fails is skipped and logged; if none
    gave an acceptable answer and any failed, ``GeocodeError`` reports every failure,
    since an empty list would claim that nothing was found.
    """
    failures = []
    for name, answers in ask_each(query, city=city, district=district, providers=providers):
        if isinstance(answers, GeocodeError):
            failures.append(str(answers))
            continue
        accepted = [a for a in answers if expected(a, district, within)]
        if len(accepted) < len(answers):
            log.info(
                "%s: %d of %d answers for %r rejected as outside %s",
                name, len(answers) - len(accepted), len(answers), query, district or city,
            )  # fmt: skip
        if accepted:
            return accepted
    if failures:
        raise GeocodeError("; ".join(failures))
    return []


def ask_each(
    query: str,
    *,
    city: str = "重庆市",
    district: str | None = None,
    providers: Sequence[str] | None = None,
) -> Iterator[tuple[str, list[Location] | GeocodeError]]:
    """Each provider's answers to ``query`` in turn (default ``settings.GEOCODERS``), from
    the disk cache when it has them, else asked and cached (empty answers too); a provider
    that fails gives its ``GeocodeError`` (logged) instead. Nothing is filtered: that is
    ``geocode_online``'s, or a reviewer's, judgement. Lazy: a caller that stops at the
    first acceptable answer asks no further provider."""
    asked = [provider(n) for n in providers] if providers is not None else enabled_providers()
    cache = GeocodeCache()
    for p in asked:
        answers = cache.get(p.name, query, city=city, district=district)
        if answers is None:
            try:
                answers = p.geocode(query, city=city, district=district)
            except GeocodeError as exc:
                log.warning("%s", exc)
                yield p.name, exc
                continue
            cache.put(p.name, query, answers, city=city, district=district)
        yield p.name, answers
